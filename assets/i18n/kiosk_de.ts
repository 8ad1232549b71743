<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="de">
<context>
    <name />
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="48" />
        <source>Verbindung zur Quelle wird aufgebaut …</source>
        <translation>Verbindung zur Quelle wird aufgebaut …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="49" />
        <source>Seite %1 von %2 wird geladen …</source>
        <translation>Seite %1 von %2 wird geladen …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="50" />
        <source>Details zu Angebot %1 von %2 werden geladen …</source>
        <translation>Details zu Angebot %1 von %2 werden geladen …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="51" />
        <source>Die Datei wird gelesen …</source>
        <translation>Die Datei wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="52" />
        <source>Angebot %1 von %2 wird geprüft …</source>
        <translation>Angebot %1 von %2 wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="53" />
        <source>Der neue Datenstand wird aufgebaut (%2 Angebote) …</source>
        <translation>Der neue Datenstand wird aufgebaut (%2 Angebote) …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="54" />
        <source>Der neue Datenstand wird geprüft …</source>
        <translation>Der neue Datenstand wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="55" />
        <source>Der neue Datenstand wird übernommen …</source>
        <translation>Der neue Datenstand wird übernommen …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="57" />
        <source>Bitte warten …</source>
        <translation>Bitte warten …</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="89" />
        <source>Willkommen in der Sozial-Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="109" />
        <location filename="../../kiosk/ui/screens/attract.py" line="110" />
        <source>Bitte berühren Sie den Bildschirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="111" />
        <source>Informationen zur Sozial-Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="113" />
        <source>Broschüren unserer Partner liegen hier im Raum für Sie bereit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="115" />
        <source>Alle Angebote finden Sie auch im Internet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="118" />
        <source>Öffnungszeiten der Sozial-Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="120" />
        <source>Wir sind da – fragen Sie uns gern!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="122" />
        <source>Heute für Sie da</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="125" />
        <source>Die Sozial-Info ist gerade nicht besetzt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="127" />
        <source>Nächster Thementag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="138" />
        <source>Heute geschlossen: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="139" />
        <source>Heute geschlossen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="143" />
        <source>Wieder für Sie da: %1 um %2 Uhr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="158" />
        <source>%1, %2.%3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="166" />
        <source>geschlossen (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="167" />
        <source>geschlossen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="172" />
        <source>Thementag: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="179" />
        <source>In den nächsten Tagen ist die Sozial-Info nicht besetzt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="186" />
        <source>Derzeit ist kein Thementag geplant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="203" />
        <source>mit:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClosurePanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="83" />
        <source>Öffnungszeiten und Schließungen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="84" />
        <source>Heute geschlossen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="85" />
        <source>Schließung aufheben</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="86" />
        <source>Schließung mit Grund:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="89" />
        <source>Sonstiges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="90" />
        <source>nur heute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="91" />
        <source>heute und morgen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="92" />
        <source>eine Woche</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="93" />
        <source>Schließung speichern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="113" />
        <source>ohne Grund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="118" />
        <source>Geschlossen: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="71" />
        <source>Willkommen! Wobei können wir helfen?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="75" />
        <source>Tippen Sie auf ein Thema:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="76" />
        <source>Suchen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="77" />
        <source>Wort eingeben, z. B. Pflege</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="78" />
        <source>Suchen: Wort eingeben, z. B. Pflege</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="79" />
        <source>Für wen?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/home.py" line="97" />
        <source>%n Angebot(e)</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="132" />
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
        <location filename="../../kiosk/ui/main_window.py" line="354" />
        <location filename="../../kiosk/ui/main_window.py" line="356" />
        <source>Zurück</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="355" />
        <location filename="../../kiosk/ui/main_window.py" line="357" />
        <source>Startseite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="360" />
        <source>Sprache wechseln</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MerklisteScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/merkliste.py" line="120" />
        <source>Merkliste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/merkliste.py" line="124" />
        <source>Alle drucken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/merkliste.py" line="125" />
        <source>Alle Angebote der Merkliste drucken</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/merkliste.py" line="150" />
        <source>%n Angebot(e) gemerkt (höchstens %1)</source>
        <translation>
            <numerusform>%n Angebot gemerkt (höchstens %1)</numerusform>
            <numerusform>%n Angebote gemerkt (höchstens %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/merkliste.py" line="154" />
        <source>Ihre Merkliste ist leer. Tippen Sie bei einem Angebot auf „Merken“, dann erscheint es hier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/merkliste.py" line="169" />
        <source>Entfernen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/merkliste.py" line="170" />
        <source>%1 von der Merkliste nehmen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfferListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="216" />
        <location filename="../../kiosk/ui/screens/offers.py" line="369" />
        <source>Angebote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="220" />
        <source>Liste der Angebote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="221" />
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="222" />
        <source>Nur jetzt geöffnete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="223" />
        <source>Nur Angebote zeigen, die jetzt geöffnet sind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="371" />
        <source>Angebote werden geladen …</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/offers.py" line="373" />
        <source>%n Angebot(e)</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="378" />
        <source>Die Angebote konnten gerade nicht geladen werden. Tippen Sie auf „Zurück“ und versuchen Sie es noch einmal.</source>
        <translation>Die Angebote konnten gerade nicht geladen werden. Tippen Sie auf „Zurück“ und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="384" />
        <source>Hier gibt es gerade keine Angebote. Tippen Sie auf „Zurück“ oder wählen Sie einen anderen Filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="392" />
        <source>Für wen?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="394" />
        <source>Welches Thema?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="399" />
        <source>Alle Angebote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offers.py" line="413" />
        <source>Filter: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfferScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="100" />
        <source>Angebot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="134" />
        <location filename="../../kiosk/ui/screens/offer.py" line="138" />
        <source>Öffnungszeiten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="140" />
        <source>Adresse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="141" />
        <source>Barrierefreiheit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="142" />
        <source>Anreise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="143" />
        <source>Telefon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="145" />
        <source>E-Mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="146" />
        <source>Im Internet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="147" />
        <source>Für wen?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="149" />
        <source>So kommen Sie zum Angebot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="150" />
        <source>Sprachen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="151" />
        <source>Kosten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="152" />
        <source>Ansprechpersonen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="154" />
        <source>Zuletzt geprüft: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/offer.py" line="229" />
        <source>Mitnehmen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="114" />
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="115" />
        <source>Leerzeichen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="116" />
        <source>Löschen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="117" />
        <source>Letztes Zeichen löschen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="118" />
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="119" />
        <source>Alles löschen</source>
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
    <name>PrintService</name>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="195" />
        <source>Ihr Zettel wird gedruckt. Bitte nehmen Sie ihn aus dem Drucker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="196" />
        <source>Hier ist kein Drucker eingerichtet. Scannen Sie den QR-Code mit dem Handy oder fragen Sie das Team der Sozial-Info.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="198" />
        <source>Der Drucker ist gerade nicht erreichbar. Scannen Sie den QR-Code mit dem Handy oder fragen Sie das Team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="200" />
        <source>Der Drucker ist gerade nicht bereit (vielleicht fehlt Papier). Der Druck wurde abgebrochen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="202" />
        <source>Der Drucker braucht zu lange. Der Druck wurde abgebrochen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="203" />
        <source>Es wird gerade gedruckt. Bitte einen Moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/printing.py" line="205" />
        <source>Das Drucken hat nicht geklappt. Bitte fragen Sie das Team der Sozial-Info.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="174" />
        <source>Suchen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="178" />
        <source>Suchwort eingeben …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="179" />
        <source>Suchwort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="181" />
        <source>Tippen Sie ein Wort auf der Tastatur, z. B. Pflege, Wohnung oder Schulden. Die Treffer erscheinen rechts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="183" />
        <location filename="../../kiosk/ui/screens/search.py" line="274" />
        <source>Treffer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="184" />
        <source>Meinten Sie vielleicht:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="195" />
        <source>Fragen Sie uns – das Team der Sozial-Info hilft Ihnen gern.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="205" />
        <source>Fragen Sie uns – das Team der Sozial-Info ist jetzt für Sie da, bis %1 Uhr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="210" />
        <source>Montag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="210" />
        <source>Dienstag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="210" />
        <source>Mittwoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="211" />
        <source>Donnerstag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="211" />
        <source>Freitag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="211" />
        <source>Samstag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="212" />
        <source>Sonntag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="215" />
        <source>Fragen Sie uns – das Team der Sozial-Info ist wieder da: %1 Uhr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="275" />
        <source>Hier erscheinen die Angebote zu Ihrem Wort.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/search.py" line="281" />
        <source>Die besten %n Treffer</source>
        <translation>
            <numerusform>Der beste Treffer</numerusform>
            <numerusform>Die besten %n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/search.py" line="282" />
        <source>%n Treffer</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="284" />
        <source>Keine Treffer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="285" />
        <source>Dazu haben wir leider nichts gefunden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="289" />
        <source>Suchen nach %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="198" />
        <source>Für das Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="202" />
        <source>Datenstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="203" />
        <source>Meldungen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="204" />
        <source>Jetzt synchronisieren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="205" />
        <source>Kiosk beenden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="206" />
        <source>Zurück zum Kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="207" />
        <source>Testseite drucken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="234" />
        <source>Beispieldaten (Demo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="234" />
        <source>Echte Daten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="236" />
        <source>Quelle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="237" />
        <source>Art: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="238" />
        <source>Stand des Datensatzes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="239" />
        <source>unbekannt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="240" />
        <source>Geladen am: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="242" />
        <source>Angebote: %1 aktiv von %2, Organisationen: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="245" />
        <source>Warnungen beim Laden: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="249" />
        <source>Keine Meldungen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/staff.py" line="260" />
        <source>vor weniger als einer Stunde</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="262" />
        <source>vor %n Stunde(n)</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/staff.py" line="263" />
        <source>vor %n Tag(en)</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="121" />
        <source>Sozialatlas aktualisieren</source>
        <translation>Sozialatlas aktualisieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="125" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="126" />
        <source>Trotzdem übernehmen</source>
        <translation>Trotzdem übernehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="127" />
        <source>Nicht übernehmen</source>
        <translation>Nicht übernehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="128" />
        <source>Weiter</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="132" />
        <source>Fortschritt</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="134" />
        <source>Der Sozialatlas wird aktualisiert</source>
        <translation>Der Sozialatlas wird aktualisiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="136" />
        <source>Bitte warten …</source>
        <translation>Bitte warten …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="171" />
        <source>Wird abgebrochen …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="187" />
        <source>Der Sozialatlas wurde aktualisiert</source>
        <translation>Der Sozialatlas wurde aktualisiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="188" />
        <source>Der Sozialatlas ist aktuell</source>
        <translation>Der Sozialatlas ist aktuell</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="189" />
        <source>Die neuen Daten wurden abgelehnt</source>
        <translation>Die neuen Daten wurden abgelehnt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="190" />
        <source>Die Quelle ist nicht erreichbar</source>
        <translation>Die Quelle ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="191" />
        <source>Bitte bestätigen</source>
        <translation>Bitte bestätigen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sync.py" line="192" />
        <source>Abgebrochen</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <location filename="../../kiosk/ui/take_home.py" line="55" />
        <source>Merkliste (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/take_home.py" line="56" />
        <source>Merkliste öffnen, %n Angebot(e)</source>
        <translation>
            <numerusform>Merkliste öffnen, %n Angebot</numerusform>
            <numerusform>Merkliste öffnen, %n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/take_home.py" line="108" />
        <source>Die Merkliste ist voll (höchstens %1 Angebote). Bitte nehmen Sie zuerst eines heraus.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/take_home.py" line="140" />
        <source>Wird gedruckt …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="104" />
        <source>Mit dem Handy scannen: speichert Name, Telefon und Adresse als Kontakt (auch ohne Internet).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="106" />
        <source>Kontakt (vCard)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="108" />
        <source>Zurück zum Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="111" />
        <source>Mit dem Handy scannen: öffnet dieses Angebot im Internet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="114" />
        <source>Für dieses Angebot gibt es keinen Link-Code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="119" />
        <source>Kontakt aufs Handy speichern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="120" />
        <source>Drucken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="121" />
        <source>Gemerkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="122" />
        <source>Merken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="125" />
        <source>Dieses Angebot drucken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="127" />
        <source>Von der Merkliste nehmen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/take_home.py" line="128" />
        <source>Auf die Merkliste setzen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>closure</name>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="17" />
        <source>Krankheit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="18" />
        <source>Fortbildung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/closure_panel.py" line="19" />
        <source>Veranstaltung</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hours</name>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="29" />
        <source>Montag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="29" />
        <source>Dienstag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="30" />
        <source>Mittwoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="30" />
        <source>Donnerstag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="31" />
        <source>Freitag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="31" />
        <source>Samstag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="32" />
        <source>Sonntag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="43" />
        <source>%1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="50" />
        <source>heute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="52" />
        <location filename="../../kiosk/ui/hours_text.py" line="137" />
        <source>morgen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="55" />
        <source>%1, %2.%3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="66" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="84" />
        <source>das Team der Sozial-Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="86" />
        <source>Thementag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="96" />
        <source>Jetzt für Sie da: %1 mit %2, bis %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="99" />
        <source>Jetzt für Sie da: %1, bis %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="105" />
        <source>Heute geschlossen: %1 – wieder da: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="108" />
        <source>Heute geschlossen: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="110" />
        <source>Heute geschlossen – wieder da: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="111" />
        <source>Heute geschlossen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="113" />
        <source>Gerade nicht besetzt – wieder da: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="114" />
        <source>Gerade nicht besetzt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="119" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="127" />
        <source>Mo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="127" />
        <source>Di</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="128" />
        <source>Mi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="128" />
        <source>Do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="129" />
        <source>Fr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="129" />
        <source>Sa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="130" />
        <source>So</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="131" />
        <source>Jetzt geöffnet – bis {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="132" />
        <source>Jetzt geöffnet – bis {day} {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="133" />
        <source>Öffnet heute {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="134" />
        <source>Öffnet morgen {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="135" />
        <source>Öffnet {weekday} {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="136" />
        <source>Öffnet am {date} {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="138" />
        <source>{weekday}, {d}.{m}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="139" />
        <source>{d}.{m}.{y}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="140" />
        <source>Zeiten bitte telefonisch erfragen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="141" />
        <source>Täglich</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="142" />
        <source>Alle {n} Wochen {days}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="143" />
        <source>Alle {n} Tage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="144" />
        <source>Jeden {nth}. {weekday} im Monat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="145" />
        <source>Jeden letzten {weekday} im Monat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="146" />
        <source>Jeden {nth}.-letzten {weekday} im Monat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="147" />
        <source>Jeden {weekday} im Monat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="148" />
        <source>Monatlich am {days}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="149" />
        <source>letzten Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="150" />
        <source>alle {n} Monate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="151" />
        <source>{line} ({first}–{last})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="152" />
        <source>{line} (ab {first})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="153" />
        <source>{line} (bis {last})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/ui/hours_text.py" line="154" />
        <source> und </source>
        <translation type="unfinished" />
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