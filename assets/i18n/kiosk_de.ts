<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="de">
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="62" />
        <source>Willkommen! Wobei können wir helfen?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="66" />
        <source>Tippen Sie auf ein Thema:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="67" />
        <location filename="../../kiosk/ui/screens/home.py" line="68" />
        <source>Suchen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="69" />
        <source>Für wen?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/home.py" line="85" />
        <source>%n Angebot(e)</source>
        <translation><numerusform>%n Angebot</numerusform><numerusform>%n Angebote</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="120" />
        <source>Gerade sind keine Angebote geladen. Bitte fragen Sie das Team der Sozial-Info.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="96" />
        <source>Sind Sie noch da?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="97" />
        <source>Sonst beginnt der Bildschirm gleich von vorne, damit die nächste Person nicht sieht, was Sie angesehen haben.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="99" />
        <location filename="../../kiosk/ui/idle.py" line="100" />
        <source>Ja, ich bin noch da</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="190" />
        <location filename="../../kiosk/ui/main_window.py" line="192" />
        <source>Zurück</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="191" />
        <location filename="../../kiosk/ui/main_window.py" line="193" />
        <source>Startseite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="196" />
        <source>Sprache wechseln</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfferListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="213" />
        <source>Angebote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="217" />
        <source>Liste der Angebote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="218" />
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="261" />
        <source>Angebote werden geladen …</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/offers.py" line="263" />
        <source>%n Angebot(e)</source>
        <translation><numerusform>%n Angebot</numerusform><numerusform>%n Angebote</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="266" />
        <source>Hier gibt es gerade keine Angebote. Tippen Sie auf „Zurück“ oder wählen Sie einen anderen Filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="273" />
        <source>Für wen?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="275" />
        <source>Welches Thema?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="290" />
        <source>Alle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="294" />
        <source>Filter: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfferScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="70" />
        <source>Angebot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="107" />
        <source>Öffnungszeiten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="109" />
        <source>Adresse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="110" />
        <source>Barrierefreiheit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="111" />
        <source>Anreise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="112" />
        <source>Telefon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="114" />
        <source>E-Mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="115" />
        <source>Im Internet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="116" />
        <source>Für wen?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="118" />
        <source>So kommen Sie zum Angebot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="119" />
        <source>Sprachen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="120" />
        <source>Kosten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="121" />
        <source>Ansprechpersonen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="124" />
        <source>Zuletzt geprüft: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="162" />
        <source>Das Wichtigste</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="65" />
        <source>Für das Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="69" />
        <source>Bitte PIN eingeben</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="70" />
        <source>Löschen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="71" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="73" />
        <source>Letzte Ziffer löschen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="73" />
        <source>PIN bestätigen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="90" />
        <source>Bitte warten Sie noch %1 Sekunden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="94" />
        <source>Es ist keine PIN eingerichtet. Bitte mit „kiosk set-pin“ festlegen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="126" />
        <source>Zu viele falsche Versuche. Gesperrt für %1 Minuten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="129" />
        <source>Falsche PIN. Bitte noch einmal versuchen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="182" />
        <source>Für das Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="186" />
        <source>Datenstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="187" />
        <source>Meldungen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="188" />
        <source>Jetzt synchronisieren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="189" />
        <source>Kiosk beenden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="190" />
        <source>Zurück zum Kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="213" />
        <source>Beispieldaten (Demo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="213" />
        <source>Echte Daten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="215" />
        <source>Quelle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="216" />
        <source>Art: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="217" />
        <source>Stand des Datensatzes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="218" />
        <source>unbekannt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="219" />
        <source>Geladen am: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="221" />
        <source>Angebote: %1 aktiv von %2, Organisationen: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="224" />
        <source>Warnungen beim Laden: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="228" />
        <source>Keine Meldungen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="239" />
        <source>vor weniger als einer Stunde</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="241" />
        <source>vor %n Stunde(n)</source>
        <translation><numerusform>vor %n Stunde</numerusform><numerusform>vor %n Stunden</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="242" />
        <source>vor %n Tag(en)</source>
        <translation><numerusform>vor %n Tag</numerusform><numerusform>vor %n Tagen</numerusform></translation>
    </message>
</context>
<context>
    <name>taxonomy</name>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="12" />
        <source>Beratung &amp; Soziales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="13" />
        <source>Gesundheit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="14" />
        <source>Psychische Gesundheit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="15" />
        <source>Pflege &amp; Senior*innen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="16" />
        <source>Kinder, Jugend &amp; Familie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="17" />
        <source>Bildung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="18" />
        <source>Deutschkurse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="19" />
        <source>Arbeit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="20" />
        <source>Wohnen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="21" />
        <source>Geld &amp; Grundsicherung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="22" />
        <source>Behinderung &amp; Inklusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="23" />
        <source>Flucht &amp; Migration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="24" />
        <source>Frauen &amp; Mädchen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="25" />
        <source>Kultur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="26" />
        <source>Freizeit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="27" />
        <source>Ehrenamt &amp; Teilhabe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="28" />
        <source>Notfall &amp; Krisenhilfe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="29" />
        <source>Familien</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="30" />
        <source>Kinder &amp; Jugendliche</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="31" />
        <source>Senior*innen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="32" />
        <source>Menschen mit Behinderung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="33" />
        <source>Geflüchtete &amp; Migrant*innen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="34" />
        <source>Zugezogene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/taxonomy_names.py" line="35" />
        <source>Alle</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>