<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="62" />
        <source>Willkommen! Wobei können wir helfen?</source>
        <translation>Welcome! How can we help?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="66" />
        <source>Tippen Sie auf ein Thema:</source>
        <translation>Tap a topic:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="67" />
        <location filename="../../kiosk/ui/screens/home.py" line="68" />
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="69" />
        <source>Für wen?</source>
        <translation>For whom?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/home.py" line="85" />
        <source>%n Angebot(e)</source>
        <translation><numerusform>%n offer</numerusform><numerusform>%n offers</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="120" />
        <source>Gerade sind keine Angebote geladen. Bitte fragen Sie das Team der Sozial-Info.</source>
        <translation>No offers are loaded right now. Please ask the Sozial-Info team.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="96" />
        <source>Sind Sie noch da?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="97" />
        <source>Sonst beginnt der Bildschirm gleich von vorne, damit die nächste Person nicht sieht, was Sie angesehen haben.</source>
        <translation>Otherwise the screen will start over soon, so that the next person does not see what you looked at.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="99" />
        <location filename="../../kiosk/ui/idle.py" line="100" />
        <source>Ja, ich bin noch da</source>
        <translation>Yes, I am still here</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="190" />
        <location filename="../../kiosk/ui/main_window.py" line="192" />
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="191" />
        <location filename="../../kiosk/ui/main_window.py" line="193" />
        <source>Startseite</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="196" />
        <source>Sprache wechseln</source>
        <translation>Change language</translation>
    </message>
</context>
<context>
    <name>OfferListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="213" />
        <source>Angebote</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="217" />
        <source>Liste der Angebote</source>
        <translation>List of offers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="218" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="261" />
        <source>Angebote werden geladen …</source>
        <translation>Loading offers …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/offers.py" line="263" />
        <source>%n Angebot(e)</source>
        <translation><numerusform>%n offer</numerusform><numerusform>%n offers</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="266" />
        <source>Hier gibt es gerade keine Angebote. Tippen Sie auf „Zurück“ oder wählen Sie einen anderen Filter.</source>
        <translation>There are no offers here right now. Tap “Back” or choose another filter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="273" />
        <source>Für wen?</source>
        <translation>For whom?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="275" />
        <source>Welches Thema?</source>
        <translation>Which topic?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="290" />
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="294" />
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
</context>
<context>
    <name>OfferScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="70" />
        <source>Angebot</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="107" />
        <source>Öffnungszeiten</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="109" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="110" />
        <source>Barrierefreiheit</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="111" />
        <source>Anreise</source>
        <translation>Getting there</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="112" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="114" />
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="115" />
        <source>Im Internet</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="116" />
        <source>Für wen?</source>
        <translation>For whom?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="118" />
        <source>So kommen Sie zum Angebot</source>
        <translation>How to get this offer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="119" />
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="120" />
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="121" />
        <source>Ansprechpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="124" />
        <source>Zuletzt geprüft: %1</source>
        <translation>Last checked: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="162" />
        <source>Das Wichtigste</source>
        <translation>At a glance</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="65" />
        <source>Für das Team</source>
        <translation>For staff</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="69" />
        <source>Bitte PIN eingeben</source>
        <translation>Please enter the PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="70" />
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="71" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="73" />
        <source>Letzte Ziffer löschen</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="73" />
        <source>PIN bestätigen</source>
        <translation>Confirm PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="90" />
        <source>Bitte warten Sie noch %1 Sekunden.</source>
        <translation>Please wait %1 more seconds.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="94" />
        <source>Es ist keine PIN eingerichtet. Bitte mit „kiosk set-pin“ festlegen.</source>
        <translation>No PIN is set up. Please set one with “kiosk set-pin”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="126" />
        <source>Zu viele falsche Versuche. Gesperrt für %1 Minuten.</source>
        <translation>Too many wrong tries. Locked for %1 minutes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="129" />
        <source>Falsche PIN. Bitte noch einmal versuchen.</source>
        <translation>Wrong PIN. Please try again.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="182" />
        <source>Für das Team</source>
        <translation>For staff</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="186" />
        <source>Datenstand</source>
        <translation>Data status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="187" />
        <source>Meldungen</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="188" />
        <source>Jetzt synchronisieren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="189" />
        <source>Kiosk beenden</source>
        <translation>Quit kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="190" />
        <source>Zurück zum Kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="213" />
        <source>Beispieldaten (Demo)</source>
        <translation>Example data (demo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="213" />
        <source>Echte Daten</source>
        <translation>Real data</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="215" />
        <source>Quelle: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="216" />
        <source>Art: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="217" />
        <source>Stand des Datensatzes: %1</source>
        <translation>Data set as of: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="218" />
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="219" />
        <source>Geladen am: %1 (%2)</source>
        <translation>Loaded on: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="221" />
        <source>Angebote: %1 aktiv von %2, Organisationen: %3</source>
        <translation>Offers: %1 active of %2, organisations: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="224" />
        <source>Warnungen beim Laden: %1</source>
        <translation>Warnings while loading: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="228" />
        <source>Keine Meldungen.</source>
        <translation>No notices.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="239" />
        <source>vor weniger als einer Stunde</source>
        <translation>less than an hour ago</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="241" />
        <source>vor %n Stunde(n)</source>
        <translation><numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="242" />
        <source>vor %n Tag(en)</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>taxonomy</name>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="12" />
        <source>Beratung &amp; Soziales</source>
        <translation>Counselling &amp; social</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="13" />
        <source>Gesundheit</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="14" />
        <source>Psychische Gesundheit</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="15" />
        <source>Pflege &amp; Senior*innen</source>
        <translation>Care &amp; seniors</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="16" />
        <source>Kinder, Jugend &amp; Familie</source>
        <translation>Children, youth &amp; family</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="17" />
        <source>Bildung</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="18" />
        <source>Deutschkurse</source>
        <translation>German courses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="19" />
        <source>Arbeit</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="20" />
        <source>Wohnen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="21" />
        <source>Geld &amp; Grundsicherung</source>
        <translation>Money &amp; basic income</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="22" />
        <source>Behinderung &amp; Inklusion</source>
        <translation>Disability &amp; inclusion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="23" />
        <source>Flucht &amp; Migration</source>
        <translation>Refugees &amp; migration</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="24" />
        <source>Frauen &amp; Mädchen</source>
        <translation>Women &amp; girls</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="25" />
        <source>Kultur</source>
        <translation>Culture</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="26" />
        <source>Freizeit</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="27" />
        <source>Ehrenamt &amp; Teilhabe</source>
        <translation>Volunteering &amp; participation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="28" />
        <source>Notfall &amp; Krisenhilfe</source>
        <translation>Emergency &amp; crisis help</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="29" />
        <source>Familien</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="30" />
        <source>Kinder &amp; Jugendliche</source>
        <translation>Children &amp; young people</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="31" />
        <source>Senior*innen</source>
        <translation>Seniors</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="32" />
        <source>Menschen mit Behinderung</source>
        <translation>People with disabilities</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="33" />
        <source>Geflüchtete &amp; Migrant*innen</source>
        <translation>Refugees &amp; migrants</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="34" />
        <source>Zugezogene</source>
        <translation>Newcomers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="35" />
        <source>Alle</source>
        <translation>All</translation>
    </message>
</context>
</TS>