<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name />
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="48" />
        <source>Verbindung zur Quelle wird aufgebaut …</source>
        <translation>Connecting to the source …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="49" />
        <source>Seite %1 von %2 wird geladen …</source>
        <translation>Loading page %1 of %2 …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="50" />
        <source>Details zu Angebot %1 von %2 werden geladen …</source>
        <translation>Loading details of offer %1 of %2 …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="51" />
        <source>Die Datei wird gelesen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="52" />
        <source>Angebot %1 von %2 wird geprüft …</source>
        <translation>Checking offer %1 of %2 …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="53" />
        <source>Der neue Datenstand wird aufgebaut (%2 Angebote) …</source>
        <translation>Building the new data (%2 offers) …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="54" />
        <source>Der neue Datenstand wird geprüft …</source>
        <translation>Checking the new data …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="55" />
        <source>Der neue Datenstand wird übernommen …</source>
        <translation>Installing the new data …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="57" />
        <source>Bitte warten …</source>
        <translation>Please wait …</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="89" />
        <source>Willkommen in der Sozial-Info</source>
        <translation>Welcome to the Sozial-Info</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="109" />
        <location filename="../../kiosk/ui/screens/attract.py" line="110" />
        <source>Bitte berühren Sie den Bildschirm</source>
        <translation>Please touch the screen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="111" />
        <source>Informationen zur Sozial-Info</source>
        <translation>Information about the Sozial-Info</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="113" />
        <source>Broschüren unserer Partner liegen hier im Raum für Sie bereit.</source>
        <translation>Brochures from our partners are here in the room for you.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="115" />
        <source>Alle Angebote finden Sie auch im Internet: %1</source>
        <translation>You can also find all offers online: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="118" />
        <source>Öffnungszeiten der Sozial-Info</source>
        <translation>Sozial-Info opening hours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="120" />
        <source>Wir sind da – fragen Sie uns gern!</source>
        <translation>We are here – just ask us!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="122" />
        <source>Heute für Sie da</source>
        <translation>Here for you today</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="125" />
        <source>Die Sozial-Info ist gerade nicht besetzt.</source>
        <translation>The Sozial-Info is not staffed right now.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="127" />
        <source>Nächster Thementag</source>
        <translation>Next theme day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="138" />
        <source>Heute geschlossen: %1</source>
        <translation>Closed today: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="139" />
        <source>Heute geschlossen.</source>
        <translation>Closed today.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="143" />
        <source>Wieder für Sie da: %1 um %2 Uhr</source>
        <translation>Back for you: %1 at %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="158" />
        <source>%1, %2.%3.</source>
        <translation>%1, %2/%3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="166" />
        <source>geschlossen (%1)</source>
        <translation>closed (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="167" />
        <source>geschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="172" />
        <source>Thementag: %1</source>
        <translation>Theme day: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="179" />
        <source>In den nächsten Tagen ist die Sozial-Info nicht besetzt.</source>
        <translation>The Sozial-Info is not staffed in the next few days.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="186" />
        <source>Derzeit ist kein Thementag geplant.</source>
        <translation>No theme day is planned at the moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="203" />
        <source>mit:</source>
        <translation>with:</translation>
    </message>
</context>
<context>
    <name>ClosurePanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="83" />
        <source>Öffnungszeiten und Schließungen</source>
        <translation>Opening hours and closures</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="84" />
        <source>Heute geschlossen</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="85" />
        <source>Schließung aufheben</source>
        <translation>Lift the closure</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="86" />
        <source>Schließung mit Grund:</source>
        <translation>Closure with a reason:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="89" />
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="90" />
        <source>nur heute</source>
        <translation>today only</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="91" />
        <source>heute und morgen</source>
        <translation>today and tomorrow</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="92" />
        <source>eine Woche</source>
        <translation>one week</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="93" />
        <source>Schließung speichern</source>
        <translation>Save the closure</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="113" />
        <source>ohne Grund</source>
        <translation>no reason</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="118" />
        <source>Geschlossen: %1 (%2)</source>
        <translation>Closed: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="71" />
        <source>Willkommen! Wobei können wir helfen?</source>
        <translation>Welcome! How can we help?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="75" />
        <source>Tippen Sie auf ein Thema:</source>
        <translation>Tap a topic:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="76" />
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="77" />
        <source>Wort eingeben, z. B. Pflege</source>
        <translation>Type a word, e.g. Pflege</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="78" />
        <source>Suchen: Wort eingeben, z. B. Pflege</source>
        <translation>Search: type a word, e.g. Pflege</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="79" />
        <source>Für wen?</source>
        <translation>For whom?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/home.py" line="97" />
        <source>%n Angebot(e)</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="132" />
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
        <location filename="../../kiosk/ui/main_window.py" line="354" />
        <location filename="../../kiosk/ui/main_window.py" line="356" />
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="355" />
        <location filename="../../kiosk/ui/main_window.py" line="357" />
        <source>Startseite</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="360" />
        <source>Sprache wechseln</source>
        <translation>Change language</translation>
    </message>
</context>
<context>
    <name>MerklisteScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/merkliste.py" line="120" />
        <source>Merkliste</source>
        <translation>My list</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/merkliste.py" line="124" />
        <source>Alle drucken</source>
        <translation>Print all</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/merkliste.py" line="125" />
        <source>Alle Angebote der Merkliste drucken</source>
        <translation>Print all services on my list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/merkliste.py" line="150" />
        <source>%n Angebot(e) gemerkt (höchstens %1)</source>
        <translation>
            <numerusform>%n service saved (at most %1)</numerusform>
            <numerusform>%n services saved (at most %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/merkliste.py" line="154" />
        <source>Ihre Merkliste ist leer. Tippen Sie bei einem Angebot auf „Merken“, dann erscheint es hier.</source>
        <translation>Your list is empty. Tap “Save to list” on a service and it appears here.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/merkliste.py" line="169" />
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/merkliste.py" line="170" />
        <source>%1 von der Merkliste nehmen</source>
        <translation>Remove %1 from my list</translation>
    </message>
</context>
<context>
    <name>OfferListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="216" />
        <location filename="../../kiosk/ui/screens/offers.py" line="369" />
        <source>Angebote</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="220" />
        <source>Liste der Angebote</source>
        <translation>List of offers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="221" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="222" />
        <source>Nur jetzt geöffnete</source>
        <translation>Open now only</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="223" />
        <source>Nur Angebote zeigen, die jetzt geöffnet sind</source>
        <translation>Show only offers that are open now</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="371" />
        <source>Angebote werden geladen …</source>
        <translation>Loading offers …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/offers.py" line="373" />
        <source>%n Angebot(e)</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="378" />
        <source>Die Angebote konnten gerade nicht geladen werden. Tippen Sie auf „Zurück“ und versuchen Sie es noch einmal.</source>
        <translation>The offers could not be loaded just now. Tap “Back” and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="384" />
        <source>Hier gibt es gerade keine Angebote. Tippen Sie auf „Zurück“ oder wählen Sie einen anderen Filter.</source>
        <translation>There are no offers here right now. Tap “Back” or choose another filter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="392" />
        <source>Für wen?</source>
        <translation>For whom?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="394" />
        <source>Welches Thema?</source>
        <translation>Which topic?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="399" />
        <source>Alle Angebote</source>
        <translation>All offers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="413" />
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
</context>
<context>
    <name>OfferScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="100" />
        <source>Angebot</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="134" />
        <location filename="../../kiosk/ui/screens/offer.py" line="138" />
        <source>Öffnungszeiten</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="140" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="141" />
        <source>Barrierefreiheit</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="142" />
        <source>Anreise</source>
        <translation>Getting there</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="143" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="145" />
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="146" />
        <source>Im Internet</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="147" />
        <source>Für wen?</source>
        <translation>For whom?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="149" />
        <source>So kommen Sie zum Angebot</source>
        <translation>How to get this offer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="150" />
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="151" />
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="152" />
        <source>Ansprechpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="154" />
        <source>Zuletzt geprüft: %1</source>
        <translation>Last checked: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="229" />
        <source>Mitnehmen</source>
        <translation>Take it home</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="114" />
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="115" />
        <source>Leerzeichen</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="116" />
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="117" />
        <source>Letztes Zeichen löschen</source>
        <translation>Delete the last letter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="118" />
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="119" />
        <source>Alles löschen</source>
        <translation>Clear all</translation>
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
    <name>PrintService</name>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="195" />
        <source>Ihr Zettel wird gedruckt. Bitte nehmen Sie ihn aus dem Drucker.</source>
        <translation>Your slip is being printed. Please take it from the printer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="196" />
        <source>Hier ist kein Drucker eingerichtet. Scannen Sie den QR-Code mit dem Handy oder fragen Sie das Team der Sozial-Info.</source>
        <translation>There is no printer here. Scan the QR code with your phone or ask the Sozial-Info team.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="198" />
        <source>Der Drucker ist gerade nicht erreichbar. Scannen Sie den QR-Code mit dem Handy oder fragen Sie das Team.</source>
        <translation>The printer cannot be reached right now. Scan the QR code with your phone or ask the team.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="200" />
        <source>Der Drucker ist gerade nicht bereit (vielleicht fehlt Papier). Der Druck wurde abgebrochen.</source>
        <translation>The printer is not ready (perhaps out of paper). Printing was cancelled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="202" />
        <source>Der Drucker braucht zu lange. Der Druck wurde abgebrochen.</source>
        <translation>The printer is taking too long. Printing was cancelled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="203" />
        <source>Es wird gerade gedruckt. Bitte einen Moment.</source>
        <translation>Printing is in progress. Please wait a moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="205" />
        <source>Das Drucken hat nicht geklappt. Bitte fragen Sie das Team der Sozial-Info.</source>
        <translation>Printing did not work. Please ask the Sozial-Info team.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="174" />
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="178" />
        <source>Suchwort eingeben …</source>
        <translation>Type a search word …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="179" />
        <source>Suchwort</source>
        <translation>Search word</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="181" />
        <source>Tippen Sie ein Wort auf der Tastatur, z. B. Pflege, Wohnung oder Schulden. Die Treffer erscheinen rechts.</source>
        <translation>Type a word on the keyboard, e.g. Pflege (care), Wohnung (housing) or Schulden (debts). The results appear on the right.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="183" />
        <location filename="../../kiosk/ui/screens/search.py" line="274" />
        <source>Treffer</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="184" />
        <source>Meinten Sie vielleicht:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="195" />
        <source>Fragen Sie uns – das Team der Sozial-Info hilft Ihnen gern.</source>
        <translation>Ask us – the Sozial-Info team is glad to help you.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="205" />
        <source>Fragen Sie uns – das Team der Sozial-Info ist jetzt für Sie da, bis %1 Uhr.</source>
        <translation>Ask us – the Sozial-Info team is here for you now, until %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="210" />
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="210" />
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="210" />
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="211" />
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="211" />
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="211" />
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="212" />
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="215" />
        <source>Fragen Sie uns – das Team der Sozial-Info ist wieder da: %1 Uhr.</source>
        <translation>Ask us – the Sozial-Info team is back on %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="275" />
        <source>Hier erscheinen die Angebote zu Ihrem Wort.</source>
        <translation>The offers for your word appear here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/search.py" line="281" />
        <source>Die besten %n Treffer</source>
        <translation>
            <numerusform>The best result</numerusform>
            <numerusform>The best %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/search.py" line="282" />
        <source>%n Treffer</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="284" />
        <source>Keine Treffer</source>
        <translation>No results</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="285" />
        <source>Dazu haben wir leider nichts gefunden.</source>
        <translation>Sorry, we found nothing for that.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="289" />
        <source>Suchen nach %1</source>
        <translation>Search for %1</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="198" />
        <source>Für das Team</source>
        <translation>For staff</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="202" />
        <source>Datenstand</source>
        <translation>Data status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="203" />
        <source>Meldungen</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="204" />
        <source>Jetzt synchronisieren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="205" />
        <source>Kiosk beenden</source>
        <translation>Quit kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="206" />
        <source>Zurück zum Kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="207" />
        <source>Testseite drucken</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="234" />
        <source>Beispieldaten (Demo)</source>
        <translation>Example data (demo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="234" />
        <source>Echte Daten</source>
        <translation>Real data</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="236" />
        <source>Quelle: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="237" />
        <source>Art: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="238" />
        <source>Stand des Datensatzes: %1</source>
        <translation>Data set as of: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="239" />
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="240" />
        <source>Geladen am: %1 (%2)</source>
        <translation>Loaded on: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="242" />
        <source>Angebote: %1 aktiv von %2, Organisationen: %3</source>
        <translation>Offers: %1 active of %2, organisations: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="245" />
        <source>Warnungen beim Laden: %1</source>
        <translation>Warnings while loading: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="249" />
        <source>Keine Meldungen.</source>
        <translation>No notices.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="260" />
        <source>vor weniger als einer Stunde</source>
        <translation>less than an hour ago</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="262" />
        <source>vor %n Stunde(n)</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="263" />
        <source>vor %n Tag(en)</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="121" />
        <source>Sozialatlas aktualisieren</source>
        <translation>Update the social atlas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="125" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="126" />
        <source>Trotzdem übernehmen</source>
        <translation>Apply anyway</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="127" />
        <source>Nicht übernehmen</source>
        <translation>Do not apply</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="128" />
        <source>Weiter</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="132" />
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="134" />
        <source>Der Sozialatlas wird aktualisiert</source>
        <translation>The social atlas is being updated</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="136" />
        <source>Bitte warten …</source>
        <translation>Please wait …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="171" />
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="187" />
        <source>Der Sozialatlas wurde aktualisiert</source>
        <translation>The social atlas was updated</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="188" />
        <source>Der Sozialatlas ist aktuell</source>
        <translation>The social atlas is up to date</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="189" />
        <source>Die neuen Daten wurden abgelehnt</source>
        <translation>The new data was rejected</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="190" />
        <source>Die Quelle ist nicht erreichbar</source>
        <translation>The source cannot be reached</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="191" />
        <source>Bitte bestätigen</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="192" />
        <source>Abgebrochen</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <location filename="../../kiosk/ui/take_home.py" line="55" />
        <source>Merkliste (%1)</source>
        <translation>My list (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/take_home.py" line="56" />
        <source>Merkliste öffnen, %n Angebot(e)</source>
        <translation>
            <numerusform>Open my list, %n service</numerusform>
            <numerusform>Open my list, %n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/take_home.py" line="108" />
        <source>Die Merkliste ist voll (höchstens %1 Angebote). Bitte nehmen Sie zuerst eines heraus.</source>
        <translation>Your list is full (at most %1 services). Please remove one first.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/take_home.py" line="140" />
        <source>Wird gedruckt …</source>
        <translation>Printing …</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="104" />
        <source>Mit dem Handy scannen: speichert Name, Telefon und Adresse als Kontakt (auch ohne Internet).</source>
        <translation>Scan with your phone: saves the name, phone and address as a contact (works without internet).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="106" />
        <source>Kontakt (vCard)</source>
        <translation>Contact (vCard)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="108" />
        <source>Zurück zum Link</source>
        <translation>Back to the link</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="111" />
        <source>Mit dem Handy scannen: öffnet dieses Angebot im Internet.</source>
        <translation>Scan with your phone: opens this service on the internet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="114" />
        <source>Für dieses Angebot gibt es keinen Link-Code.</source>
        <translation>There is no link code for this service.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="119" />
        <source>Kontakt aufs Handy speichern</source>
        <translation>Save contact to phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="120" />
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="121" />
        <source>Gemerkt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="122" />
        <source>Merken</source>
        <translation>Save to list</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="125" />
        <source>Dieses Angebot drucken</source>
        <translation>Print this service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="127" />
        <source>Von der Merkliste nehmen</source>
        <translation>Remove from my list</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="128" />
        <source>Auf die Merkliste setzen</source>
        <translation>Add to my list</translation>
    </message>
</context>
<context>
    <name>closure</name>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="17" />
        <source>Krankheit</source>
        <translation>illness</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="18" />
        <source>Fortbildung</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="19" />
        <source>Veranstaltung</source>
        <translation>event</translation>
    </message>
</context>
<context>
    <name>hours</name>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="29" />
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="29" />
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="30" />
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="30" />
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="31" />
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="31" />
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="32" />
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="43" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="50" />
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="52" />
        <location filename="../../kiosk/ui/hours_text.py" line="137" />
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="55" />
        <source>%1, %2.%3.</source>
        <translation>%1, %2/%3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="66" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="84" />
        <source>das Team der Sozial-Info</source>
        <translation>the Sozial-Info team</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="86" />
        <source>Thementag %1</source>
        <translation>Theme day %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="96" />
        <source>Jetzt für Sie da: %1 mit %2, bis %3</source>
        <translation>Here for you now: %1 with %2, until %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="99" />
        <source>Jetzt für Sie da: %1, bis %2</source>
        <translation>Here for you now: %1, until %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="105" />
        <source>Heute geschlossen: %1 – wieder da: %2</source>
        <translation>Closed today: %1 – back: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="108" />
        <source>Heute geschlossen: %1</source>
        <translation>Closed today: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="110" />
        <source>Heute geschlossen – wieder da: %1</source>
        <translation>Closed today – back: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="111" />
        <source>Heute geschlossen</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="113" />
        <source>Gerade nicht besetzt – wieder da: %1</source>
        <translation>Not staffed right now – back: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="114" />
        <source>Gerade nicht besetzt</source>
        <translation>Not staffed right now</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="119" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="127" />
        <source>Mo</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="127" />
        <source>Di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="128" />
        <source>Mi</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="128" />
        <source>Do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="129" />
        <source>Fr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="129" />
        <source>Sa</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="130" />
        <source>So</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="131" />
        <source>Jetzt geöffnet – bis {time}</source>
        <translation>Open now – until {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="132" />
        <source>Jetzt geöffnet – bis {day} {time}</source>
        <translation>Open now – until {day} {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="133" />
        <source>Öffnet heute {time}</source>
        <translation>Opens today {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="134" />
        <source>Öffnet morgen {time}</source>
        <translation>Opens tomorrow {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="135" />
        <source>Öffnet {weekday} {time}</source>
        <translation>Opens {weekday} {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="136" />
        <source>Öffnet am {date} {time}</source>
        <translation>Opens on {date} {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="138" />
        <source>{weekday}, {d}.{m}.</source>
        <translation>{weekday}, {d}/{m}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="139" />
        <source>{d}.{m}.{y}</source>
        <translation>{d}/{m}/{y}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="140" />
        <source>Zeiten bitte telefonisch erfragen</source>
        <translation>Please ask for the times by phone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="141" />
        <source>Täglich</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="142" />
        <source>Alle {n} Wochen {days}</source>
        <translation>Every {n} weeks {days}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="143" />
        <source>Alle {n} Tage</source>
        <translation>Every {n} days</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="144" />
        <source>Jeden {nth}. {weekday} im Monat</source>
        <translation>Every {nth}. {weekday} of the month</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="145" />
        <source>Jeden letzten {weekday} im Monat</source>
        <translation>Every last {weekday} of the month</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="146" />
        <source>Jeden {nth}.-letzten {weekday} im Monat</source>
        <translation>Every {nth}. to last {weekday} of the month</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="147" />
        <source>Jeden {weekday} im Monat</source>
        <translation>Every {weekday} of the month</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="148" />
        <source>Monatlich am {days}</source>
        <translation>Monthly on the {days}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="149" />
        <source>letzten Tag</source>
        <translation>last day</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="150" />
        <source>alle {n} Monate</source>
        <translation>every {n} months</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="151" />
        <source>{line} ({first}–{last})</source>
        <translation>{line} ({first}–{last})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="152" />
        <source>{line} (ab {first})</source>
        <translation>{line} (from {first})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="153" />
        <source>{line} (bis {last})</source>
        <translation>{line} (until {last})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="154" />
        <source> und </source>
        <translation> and </translation>
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