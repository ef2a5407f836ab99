<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over Schrijfhulp</source>
        <translation>Over Schrijfhulp</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Schrijfhulp %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Schrijfhulp %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Schrijf zelf heldere berichten voor sociale media. Je tekst blijft op je eigen computer, tenzij jij of je organisatie LanguageTool op een server aanzet.</source>
        <translation>Schrijf zelf heldere berichten voor sociale media. Je tekst blijft op je eigen computer, tenzij jij of je organisatie LanguageTool op een server aanzet.</translation>
    </message>
    <message>
        <source>Licenties</source>
        <translation>Licenties</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Nog open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>Terug naar mijn tekst</source>
        <translation>Terug naar mijn tekst</translation>
    </message>
    <message>
        <source>Toch kopiëren</source>
        <translation>Toch kopiëren</translation>
    </message>
    <message>
        <source>Nog 1 punt open voor je kopieert voor %2.</source>
        <translation>Nog 1 punt open voor je kopieert voor %2.</translation>
    </message>
    <message>
        <source>Nog %1 punten open voor je kopieert voor %2.</source>
        <translation>Nog %1 punten open voor je kopieert voor %2.</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Voeg toe</translation>
    </message>
    <message>
        <source>Voeg toe: %1</source>
        <translation>Voeg toe: %1</translation>
    </message>
</context>
<context>
    <name>CopyCheck</name>
    <message>
        <source>Je tekst wordt gecontroleerd voor het kopiëren …</source>
        <translation>Je tekst wordt gecontroleerd voor het kopiëren …</translation>
    </message>
    <message>
        <source>Gekopieerd. Plak je bericht nu in %1.</source>
        <translation>Gekopieerd. Plak je bericht nu in %1.</translation>
    </message>
    <message>
        <source>Deel 1 van %2 is gekopieerd. Plak het in %1. Kopieer daarna de volgende delen met &apos;Kopieer deel 2&apos; en verder in het paneel Draad.</source>
        <translation>Deel 1 van %2 is gekopieerd. Plak het in %1. Kopieer daarna de volgende delen met &apos;Kopieer deel 2&apos; en verder in het paneel Draad.</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <source>&apos;%1&apos; is teruggezet.</source>
        <translation>&apos;%1&apos; is teruggezet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat nu op geplaatst.</source>
        <translation>&apos;%1&apos; staat nu op geplaatst.</translation>
    </message>
    <message>
        <source>Concept exporteren</source>
        <translation>Concept exporteren</translation>
    </message>
    <message>
        <source>Tekst (*.txt);;Markdown (*.md)</source>
        <translation>Tekst (*.txt);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: %1</source>
        <translation>Niet geëxporteerd: %1</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>De oude versie staat terug. Je tekst van daarvoor staat bij de versies.</source>
        <translation>De oude versie staat terug. Je tekst van daarvoor staat bij de versies.</translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Zonder titel</source>
        <translation>Zonder titel</translation>
    </message>
    <message>
        <source>vandaag %1</source>
        <translation>vandaag %1</translation>
    </message>
    <message>
        <source>gisteren %1</source>
        <translation>gisteren %1</translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>Er was nog tekst die de vorige keer niet was opgeslagen. Die staat nu in het concept &apos;%1&apos;.</source>
        <translation>Er was nog tekst die de vorige keer niet was opgeslagen. Die staat nu in het concept &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Schrijfhulp is niet goed afgesloten. Je tekst van %1 is teruggezet.</source>
        <translation>Schrijfhulp is niet goed afgesloten. Je tekst van %1 is teruggezet.</translation>
    </message>
    <message>
        <source>Dit concept is ook in een ander venster van Schrijfhulp gewijzigd. Jouw tekst staat nu in een nieuw concept, zodat niets verloren gaat.</source>
        <translation>Dit concept is ook in een ander venster van Schrijfhulp gewijzigd. Jouw tekst staat nu in een nieuw concept, zodat niets verloren gaat.</translation>
    </message>
    <message>
        <source>Je concept is weer opgeslagen.</source>
        <translation>Je concept is weer opgeslagen.</translation>
    </message>
    <message>
        <source>Opgeslagen om %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Je concept is nog niet opgeslagen, dus je blijft in dit concept. Schrijfhulp probeert het zo opnieuw.</source>
        <translation>Je concept is nog niet opgeslagen, dus je blijft in dit concept. Schrijfhulp probeert het zo opnieuw.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat in de Prullenbak. Je kunt het 30 dagen terugzetten.</source>
        <translation>&apos;%1&apos; staat in de Prullenbak. Je kunt het 30 dagen terugzetten.</translation>
    </message>
    <message>
        <source>Concepten</source>
        <translation>Concepten</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Zoek in je concepten</source>
        <translation>Zoek in je concepten</translation>
    </message>
    <message>
        <source>Zoek in concepten</source>
        <translation>Zoek in concepten</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Alle platforms</source>
        <translation>Alle platforms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Prullenbak</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Verwijderde concepten. Ze blijven 30 dagen bewaard.</source>
        <translation>Verwijderde concepten. Ze blijven 30 dagen bewaard.</translation>
    </message>
    <message>
        <source>Concepten</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Begin een nieuw concept</source>
        <translation>Begin een nieuw concept</translation>
    </message>
    <message>
        <source>Dupliceer</source>
        <translation>Dupliceer</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; gekopieerd voor %2. Heb je het geplaatst?</source>
        <translation>&apos;%1&apos; gekopieerd voor %2. Heb je het geplaatst?</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>geplaatst</source>
        <translation>geplaatst</translation>
    </message>
    <message>
        <source>Verwijder</source>
        <translation>Verwijder</translation>
    </message>
    <message>
        <source>Exporteer…</source>
        <translation>Exporteer…</translation>
    </message>
    <message>
        <source>Versies…</source>
        <translation>Versies…</translation>
    </message>
    <message>
        <source>Naar de Prullenbak; je kunt het 30 dagen terugzetten.</source>
        <translation>Naar de Prullenbak; je kunt het 30 dagen terugzetten.</translation>
    </message>
    <message>
        <source>Maak een kopie van dit concept</source>
        <translation>Maak een kopie van dit concept</translation>
    </message>
    <message>
        <source>Bewaar dit concept als tekstbestand</source>
        <translation>Bewaar dit concept als tekstbestand</translation>
    </message>
    <message>
        <source>Bekijk eerdere versies en zet er een terug</source>
        <translation>Bekijk eerdere versies en zet er een terug</translation>
    </message>
    <message>
        <source>Meer</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>Meer acties voor dit concept</source>
        <translation>Meer acties voor dit concept</translation>
    </message>
    <message>
        <source>Dupliceer, exporteer of bekijk versies</source>
        <translation>Dupliceer, exporteer of bekijk versies</translation>
    </message>
    <message>
        <source>Zet op geplaatst</source>
        <translation>Zet op geplaatst</translation>
    </message>
    <message>
        <source>Nog niet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Status van dit concept</source>
        <translation>Status van dit concept</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Tekst van je bericht</source>
        <translation>Tekst van je bericht</translation>
    </message>
    <message>
        <source>Typ hier je bericht. Opmerkingen worden onderstreept.</source>
        <translation>Typ hier je bericht. Opmerkingen worden onderstreept.</translation>
    </message>
    <message>
        <source>Schrijf hier je bericht…</source>
        <translation>Schrijf hier je bericht…</translation>
    </message>
    <message>
        <source>Voorstel: %1</source>
        <translation>Voorstel: %1</translation>
    </message>
    <message>
        <source>(weghalen)</source>
        <translation>(weghalen)</translation>
    </message>
    <message>
        <source>Voeg toe: %1</source>
        <translation>Voeg toe: %1</translation>
    </message>
    <message>
        <source>Negeren</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Toevoegen aan woordenboek</source>
        <translation>Toevoegen aan woordenboek</translation>
    </message>
    <message>
        <source>Altijd negeren</source>
        <translation>Altijd negeren</translation>
    </message>
    <message>
        <source>Deze opmerking nooit meer geven</source>
        <translation>Deze opmerking nooit meer geven</translation>
    </message>
    <message>
        <source>Hier kort %1 je bericht in</source>
        <translation>Hier kort %1 je bericht in</translation>
    </message>
    <message>
        <source>Daarna staat er &apos;…meer weergeven&apos;.</source>
        <translation>Daarna staat er &apos;…meer weergeven&apos;.</translation>
    </message>
</context>
<context>
    <name>FindingActions</name>
    <message>
        <source>Geen opmerkingen.</source>
        <translation>Geen opmerkingen.</translation>
    </message>
    <message>
        <source>Even geduld: je tekst wordt nog gecontroleerd.</source>
        <translation>Even geduld: je tekst wordt nog gecontroleerd.</translation>
    </message>
    <message>
        <source>Hier is geen voorstel.</source>
        <translation>Hier is geen voorstel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat nu in je woordenboek.</source>
        <translation>&apos;%1&apos; staat nu in je woordenboek.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is niet opgeslagen in je woordenboek: %2</source>
        <translation>&apos;%1&apos; is niet opgeslagen in je woordenboek: %2</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Opmerkingen</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Alle opmerkingen over je tekst, per soort. Kies er een om hem in de tekst te zien.</source>
        <translation>Alle opmerkingen over je tekst, per soort. Kies er een om hem in de tekst te zien.</translation>
    </message>
    <message>
        <source>Geen opmerkingen.</source>
        <translation>Geen opmerkingen.</translation>
    </message>
    <message>
        <source>Nog geen tekst.</source>
        <translation>Nog geen tekst.</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Voeg toe</translation>
    </message>
    <message>
        <source>Voeg toe: %1</source>
        <translation>Voeg toe: %1</translation>
    </message>
    <message>
        <source>Zet %1 op de plek waar het hoort.</source>
        <translation>Zet %1 op de plek waar het hoort.</translation>
    </message>
    <message>
        <source>Verplicht: %1 ontbreekt</source>
        <translation>Verplicht: %1 ontbreekt</translation>
    </message>
</context>
<context>
    <name>ImageRow</name>
    <message>
        <source>Beschrijf wat er op de afbeelding te zien is.</source>
        <translation>Beschrijf wat er op de afbeelding te zien is.</translation>
    </message>
    <message>
        <source>Beschrijving van %1</source>
        <translation>Beschrijving van %1</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Nog geen beschrijving.</source>
        <translation>Nog geen beschrijving.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Onbekende woorden</source>
        <translation>Onbekende woorden</translation>
    </message>
    <message>
        <source>Onbekend woord</source>
        <translation>Onbekend woord</translation>
    </message>
    <message>
        <source>Spelfouten</source>
        <translation>Spelfouten</translation>
    </message>
    <message>
        <source>Taalfouten</source>
        <translation>Taalfouten</translation>
    </message>
    <message>
        <source>Schrijftips</source>
        <translation>Schrijftips</translation>
    </message>
    <message>
        <source>Leestekens en opmaak</source>
        <translation>Leestekens en opmaak</translation>
    </message>
    <message>
        <source>Leesbaarheid</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <source>Past niet op het platform</source>
        <translation>Past niet op het platform</translation>
    </message>
    <message>
        <source>Huisstijl</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <source>Spelfout</source>
        <translation>Spelfout</translation>
    </message>
    <message>
        <source>Taalfout</source>
        <translation>Taalfout</translation>
    </message>
    <message>
        <source>Schrijftip</source>
        <translation>Schrijftip</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
</context>
<context>
    <name>LanguageToolController</name>
    <message>
        <source>LanguageTool is niet gestart: %1</source>
        <translation>LanguageTool is niet gestart: %1</translation>
    </message>
    <message>
        <source>Controle: offline (LanguageTool uit)</source>
        <translation>Controle: offline (LanguageTool uit)</translation>
    </message>
    <message>
        <source>LanguageTool op deze computer</source>
        <translation>LanguageTool op deze computer</translation>
    </message>
    <message>
        <source>LanguageTool: server van je organisatie</source>
        <translation>LanguageTool: server van je organisatie</translation>
    </message>
    <message>
        <source>LanguageTool: openbare dienst</source>
        <translation>LanguageTool: openbare dienst</translation>
    </message>
</context>
<context>
    <name>LanguageToolDownloadDialog</name>
    <message>
        <source>LanguageTool downloaden</source>
        <translation>LanguageTool downloaden</translation>
    </message>
    <message>
        <source>Downloaden</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Schrijfhulp downloadt LanguageTool één keer van internet: ongeveer %1 MB (uitgepakt ongeveer %2 MB, in %3). Daarna controleert LanguageTool je tekst op deze computer en blijft je tekst op deze computer. Wil je dat?</source>
        <translation>Schrijfhulp downloadt LanguageTool één keer van internet: ongeveer %1 MB (uitgepakt ongeveer %2 MB, in %3). Daarna controleert LanguageTool je tekst op deze computer en blijft je tekst op deze computer. Wil je dat?</translation>
    </message>
    <message>
        <source>Verbinding maken…</source>
        <translation>Verbinding maken…</translation>
    </message>
    <message>
        <source>Stoppen…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>%1 van %2 MB</source>
        <translation>%1 van %2 MB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Schrijfhulp</source>
        <translation>Schrijfhulp</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Voor welk platform je schrijft. Het maximum en het voorbeeld volgen je keuze.</source>
        <translation>Voor welk platform je schrijft. Het maximum en het voorbeeld volgen je keuze.</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>Kopieert je tekst zo dat je hem meteen kunt plakken op het platform.</source>
        <translation>Kopieert je tekst zo dat je hem meteen kunt plakken op het platform.</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Concepten</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Niet alles is gecontroleerd: %1</source>
        <translation>Niet alles is gecontroleerd: %1</translation>
    </message>
    <message>
        <source>De controle is mislukt: %1</source>
        <translation>De controle is mislukt: %1</translation>
    </message>
    <message>
        <source>Te lang om live te controleren.</source>
        <translation>Te lang om live te controleren.</translation>
    </message>
    <message>
        <source>Te lang om live te controleren. Maak de tekst korter.</source>
        <translation>Te lang om live te controleren. Maak de tekst korter.</translation>
    </message>
    <message>
        <source>Kopieer voor %1</source>
        <translation>Kopieer voor %1</translation>
    </message>
    <message>
        <source>Je instellingen zijn niet opgeslagen: %1</source>
        <translation>Je instellingen zijn niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Leesbaarheid</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Nieuw bericht</source>
        <translation>&amp;Nieuw bericht</translation>
    </message>
    <message>
        <source>Begin met een lege tekst.</source>
        <translation>Begin met een lege tekst.</translation>
    </message>
    <message>
        <source>Kopieer je tekst om hem op het platform te plakken.</source>
        <translation>Kopieer je tekst om hem op het platform te plakken.</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Opn&amp;ieuw</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <source>K&amp;nippen</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Plakken</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>&amp;Alles selecteren</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>&amp;Volgende opmerking</source>
        <translation>&amp;Volgende opmerking</translation>
    </message>
    <message>
        <source>Ga naar de volgende opmerking in je tekst.</source>
        <translation>Ga naar de volgende opmerking in je tekst.</translation>
    </message>
    <message>
        <source>&amp;Eerste voorstel gebruiken</source>
        <translation>&amp;Eerste voorstel gebruiken</translation>
    </message>
    <message>
        <source>Vervang de tekst bij de cursor door het eerste voorstel.</source>
        <translation>Vervang de tekst bij de cursor door het eerste voorstel.</translation>
    </message>
    <message>
        <source>&amp;Groter</source>
        <translation>&amp;Groter</translation>
    </message>
    <message>
        <source>&amp;Kleiner</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <source>&amp;Normale grootte</source>
        <translation>&amp;Normale grootte</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Over Schrijfhulp</source>
        <translation>&amp;Over Schrijfhulp</translation>
    </message>
    <message>
        <source>Instellingen zijn in deze versie nog niet beschikbaar.</source>
        <translation>Instellingen zijn in deze versie nog niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>OpenPoints</name>
    <message>
        <source>Schrijf bij &apos;%1&apos; een paar eigen woorden.</source>
        <translation>Schrijf bij &apos;%1&apos; een paar eigen woorden.</translation>
    </message>
    <message>
        <source>Afbeelding %1 (%2) heeft nog geen beschrijving.</source>
        <translation>Afbeelding %1 (%2) heeft nog geen beschrijving.</translation>
    </message>
    <message>
        <source>Mensen die slecht of niet zien, weten dan niet wat erop staat. Schrijf in een of twee zinnen wat er te zien is.</source>
        <translation>Mensen die slecht of niet zien, weten dan niet wat erop staat. Schrijf in een of twee zinnen wat er te zien is.</translation>
    </message>
    <message>
        <source>%1 neemt maximaal %2 afbeeldingen; je hebt er %3.</source>
        <translation>%1 neemt maximaal %2 afbeeldingen; je hebt er %3.</translation>
    </message>
    <message>
        <source>De hashtag %1 is verplicht bij %2.</source>
        <translation>De hashtag %1 is verplicht bij %2.</translation>
    </message>
    <message>
        <source>De vermelding %1 is verplicht bij %2.</source>
        <translation>De vermelding %1 is verplicht bij %2.</translation>
    </message>
    <message>
        <source>De tekst &apos;%1&apos; is verplicht bij %2.</source>
        <translation>De tekst &apos;%1&apos; is verplicht bij %2.</translation>
    </message>
    <message>
        <source>Een link naar %1 is verplicht bij %2. Voeg een link toe die hierop past.</source>
        <translation>Een link naar %1 is verplicht bij %2. Voeg een link toe die hierop past.</translation>
    </message>
    <message>
        <source>De link %1 is verplicht bij %2.</source>
        <translation>De link %1 is verplicht bij %2.</translation>
    </message>
    <message>
        <source>Verplicht: %1 ontbreekt</source>
        <translation>Verplicht: %1 ontbreekt</translation>
    </message>
    <message>
        <source>Nog %1 % tekst van het sjabloon: %2.</source>
        <translation>Nog %1 % tekst van het sjabloon: %2.</translation>
    </message>
    <message>
        <source>vertel in één zin wat jij ervan vindt</source>
        <translation>vertel in één zin wat jij ervan vindt</translation>
    </message>
    <message>
        <source>Je organisatie</source>
        <translation>Je organisatie</translation>
    </message>
    <message>
        <source>%1 heeft bepaald dat je dit eerst oplost. Daarna kun je kopiëren.</source>
        <translation>%1 heeft bepaald dat je dit eerst oplost. Daarna kun je kopiëren.</translation>
    </message>
    <message>
        <source>ongeveer %1</source>
        <translation>ongeveer %1</translation>
    </message>
    <message>
        <source>tekens</source>
        <translation>tekens</translation>
    </message>
    <message>
        <source>Je bericht is te lang voor %1: %2 van %3 %4 (waarvan %5 voor verplichte onderdelen).</source>
        <translation>Je bericht is te lang voor %1: %2 van %3 %4 (waarvan %5 voor verplichte onderdelen).</translation>
    </message>
    <message>
        <source>Je bericht is te lang voor %1: %2 van %3 %4.</source>
        <translation>Je bericht is te lang voor %1: %2 van %3 %4.</translation>
    </message>
    <message>
        <source>Deel %6 van %7 van je draad is te lang voor %1: %2 van %3 %4.</source>
        <translation>Deel %6 van %7 van je draad is te lang voor %1: %2 van %3 %4.</translation>
    </message>
    <message>
        <source>%1 plaatst het dan niet, of knipt het af.</source>
        <translation>%1 plaatst het dan niet, of knipt het af.</translation>
    </message>
    <message>
        <source>Er staat nog 1 spelfout in je tekst: %2.</source>
        <translation>Er staat nog 1 spelfout in je tekst: %2.</translation>
    </message>
    <message>
        <source>Er staan nog %1 spelfouten in je tekst: %2.</source>
        <translation>Er staan nog %1 spelfouten in je tekst: %2.</translation>
    </message>
    <message>
        <source>Er staat nog 1 taalfout in je tekst: %2.</source>
        <translation>Er staat nog 1 taalfout in je tekst: %2.</translation>
    </message>
    <message>
        <source>Er staan nog %1 taalfouten in je tekst: %2.</source>
        <translation>Er staan nog %1 taalfouten in je tekst: %2.</translation>
    </message>
    <message>
        <source>%1 en meer</source>
        <translation>%1 en meer</translation>
    </message>
</context>
<context>
    <name>OwnWordsLine</name>
    <message>
        <source>Eigen woorden</source>
        <translation>Eigen woorden</translation>
    </message>
    <message>
        <source>Je bericht begon met een sjabloon. Mensen lezen liever wat jij zelf vindt: schrijf het in je eigen woorden.</source>
        <translation>Je bericht begon met een sjabloon. Mensen lezen liever wat jij zelf vindt: schrijf het in je eigen woorden.</translation>
    </message>
</context>
<context>
    <name>PlatformMeter</name>
    <message>
        <source>Aantal tekens</source>
        <translation>Aantal tekens</translation>
    </message>
    <message>
        <source>Hoeveel van het maximum je gebruikt</source>
        <translation>Hoeveel van het maximum je gebruikt</translation>
    </message>
    <message>
        <source>Waar het bericht wordt ingekort</source>
        <translation>Waar het bericht wordt ingekort</translation>
    </message>
    <message>
        <source>Deel %1 van %2 is te lang: %3</source>
        <translation>Deel %1 van %2 is te lang: %3</translation>
    </message>
    <message>
        <source>%1 delen, elk past</source>
        <translation>%1 delen, elk past</translation>
    </message>
    <message>
        <source>ongeveer %1</source>
        <translation>ongeveer %1</translation>
    </message>
    <message>
        <source>%1 van %2 %3</source>
        <translation>%1 van %2 %3</translation>
    </message>
    <message>
        <source>tekens</source>
        <translation>tekens</translation>
    </message>
    <message>
        <source>%1 te veel</source>
        <translation>%1 te veel</translation>
    </message>
    <message>
        <source>ongeveer </source>
        <translation>ongeveer </translation>
    </message>
    <message>
        <source>wordt ingekort na %1%2 tekens</source>
        <translation>wordt ingekort na %1%2 tekens</translation>
    </message>
    <message>
        <source>%1 tekens. Te lang om live te controleren.</source>
        <translation>%1 tekens. Te lang om live te controleren.</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Bijna op het maximum</source>
        <translation>Bijna op het maximum</translation>
    </message>
    <message>
        <source>Over het maximum</source>
        <translation>Over het maximum</translation>
    </message>
</context>
<context>
    <name>PostController</name>
    <message>
        <source>Draad, eerste reactie en afbeeldingen</source>
        <translation>Draad, eerste reactie en afbeeldingen</translation>
    </message>
    <message>
        <source>Deel %1 is gekopieerd.</source>
        <translation>Deel %1 is gekopieerd.</translation>
    </message>
</context>
<context>
    <name>PostPanel</name>
    <message>
        <source>Draad</source>
        <translation>Draad</translation>
    </message>
    <message>
        <source>Maak er een draad van</source>
        <translation>Maak er een draad van</translation>
    </message>
    <message>
        <source>Maak er weer één bericht van</source>
        <translation>Maak er weer één bericht van</translation>
    </message>
    <message>
        <source>Een regel met alleen --- begint een nieuw deel. Verplaats die regel om te kiezen waar een deel stopt.</source>
        <translation>Een regel met alleen --- begint een nieuw deel. Verplaats die regel om te kiezen waar een deel stopt.</translation>
    </message>
    <message>
        <source>Eerste reactie</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <source>Schrijf hier wat je als eerste reactie onder je bericht zet.</source>
        <translation>Schrijf hier wat je als eerste reactie onder je bericht zet.</translation>
    </message>
    <message>
        <source>Afbeeldingen</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <source>Afbeelding toevoegen…</source>
        <translation>Afbeelding toevoegen…</translation>
    </message>
    <message>
        <source>Sleep een afbeelding hierheen of kies er een. Hij blijft op je computer.</source>
        <translation>Sleep een afbeelding hierheen of kies er een. Hij blijft op je computer.</translation>
    </message>
    <message>
        <source>Deel %1 van %2</source>
        <translation>Deel %1 van %2</translation>
    </message>
    <message>
        <source> (te lang)</source>
        <translation> (te lang)</translation>
    </message>
    <message>
        <source> (met %1 voor verplichte onderdelen)</source>
        <translation> (met %1 voor verplichte onderdelen)</translation>
    </message>
    <message>
        <source>Kopieer deel %1</source>
        <translation>Kopieer deel %1</translation>
    </message>
    <message>
        <source>Kies een afbeelding</source>
        <translation>Kies een afbeelding</translation>
    </message>
    <message>
        <source>Nog %1 punt open:</source>
        <translation>Nog %1 punt open:</translation>
    </message>
</context>
<context>
    <name>PostPreview</name>
    <message>
        <source>Jouw naam</source>
        <translation>Jouw naam</translation>
    </message>
    <message>
        <source>Voorbeeld van je bericht</source>
        <translation>Voorbeeld van je bericht</translation>
    </message>
    <message>
        <source>…meer weergeven</source>
        <translation>…meer weergeven</translation>
    </message>
    <message>
        <source>(nog leeg)</source>
        <translation>(nog leeg)</translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message>
        <source>Leesbaarheid</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message>
        <source>Aantal zinnen</source>
        <translation>Aantal zinnen</translation>
    </message>
    <message>
        <source>Aantal woorden</source>
        <translation>Aantal woorden</translation>
    </message>
    <message>
        <source>Woorden per zin</source>
        <translation>Woorden per zin</translation>
    </message>
    <message>
        <source>Lettergrepen per woord</source>
        <translation>Lettergrepen per woord</translation>
    </message>
    <message>
        <source>Moeilijkste zinnen</source>
        <translation>Moeilijkste zinnen</translation>
    </message>
    <message>
        <source>Oordeel over de leesbaarheid</source>
        <translation>Oordeel over de leesbaarheid</translation>
    </message>
    <message>
        <source>Opmerking over korte teksten</source>
        <translation>Opmerking over korte teksten</translation>
    </message>
    <message>
        <source>Wat het meest meeweegt</source>
        <translation>Wat het meest meeweegt</translation>
    </message>
    <message>
        <source>Aantal moeilijkste zinnen</source>
        <translation>Aantal moeilijkste zinnen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Uitleg bij de details</source>
        <translation>Uitleg bij de details</translation>
    </message>
    <message>
        <source>Oudere formules: ze tellen alleen woord- en zinslengte. Hoe hoger de score, hoe korter de woorden en zinnen.</source>
        <translation>Oudere formules: ze tellen alleen woord- en zinslengte. Hoe hoger de score, hoe korter de woorden en zinnen.</translation>
    </message>
    <message>
        <source>Flesch-Douma</source>
        <translation>Flesch-Douma</translation>
    </message>
    <message>
        <source>Brouwer</source>
        <translation>Brouwer</translation>
    </message>
    <message>
        <source>LiNT-II-score</source>
        <translation>LiNT-II-score</translation>
    </message>
    <message>
        <source>Zinnen:</source>
        <translation>Zinnen:</translation>
    </message>
    <message>
        <source>Woorden:</source>
        <translation>Woorden:</translation>
    </message>
    <message>
        <source>Woorden per zin:</source>
        <translation>Woorden per zin:</translation>
    </message>
    <message>
        <source>Flesch-Douma (0-100):</source>
        <translation>Flesch-Douma (0-100):</translation>
    </message>
    <message>
        <source>Brouwer (0-100):</source>
        <translation>Brouwer (0-100):</translation>
    </message>
    <message>
        <source>Lettergrepen per woord:</source>
        <translation>Lettergrepen per woord:</translation>
    </message>
    <message>
        <source>Wat het meest meeweegt:</source>
        <translation>Wat het meest meeweegt:</translation>
    </message>
    <message>
        <source>Moeilijkste zinnen, de moeilijkste eerst:</source>
        <translation>Moeilijkste zinnen, de moeilijkste eerst:</translation>
    </message>
    <message>
        <source>niveau %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>Moeilijkste zinnen:</source>
        <translation>Moeilijkste zinnen:</translation>
    </message>
    <message>
        <source>LiNT-II-score, die het niveau bepaalt:</source>
        <translation>LiNT-II-score, die het niveau bepaalt:</translation>
    </message>
    <message>
        <source>Nog geen tekst.</source>
        <translation>Nog geen tekst.</translation>
    </message>
</context>
<context>
    <name>ReadabilityTexts</name>
    <message>
        <source>Niveau 1 van 4: ongeveer 1 op de 7 volwassenen vindt zo&apos;n tekst moeilijk</source>
        <translation>Niveau 1 van 4: ongeveer 1 op de 7 volwassenen vindt zo&apos;n tekst moeilijk</translation>
    </message>
    <message>
        <source>Niveau 2 van 4: ongeveer 3 op de 10 volwassenen vinden zo&apos;n tekst moeilijk</source>
        <translation>Niveau 2 van 4: ongeveer 3 op de 10 volwassenen vinden zo&apos;n tekst moeilijk</translation>
    </message>
    <message>
        <source>Niveau 3 van 4: ongeveer de helft van de volwassenen vindt zo&apos;n tekst moeilijk</source>
        <translation>Niveau 3 van 4: ongeveer de helft van de volwassenen vindt zo&apos;n tekst moeilijk</translation>
    </message>
    <message>
        <source>Niveau 4 van 4: ongeveer 8 op de 10 volwassenen vinden zo&apos;n tekst moeilijk</source>
        <translation>Niveau 4 van 4: ongeveer 8 op de 10 volwassenen vinden zo&apos;n tekst moeilijk</translation>
    </message>
    <message>
        <source>Bij een korte tekst zegt het niveau minder.</source>
        <translation>Bij een korte tekst zegt het niveau minder.</translation>
    </message>
    <message>
        <source>minder bekende woorden (%1)</source>
        <translation>minder bekende woorden (%1)</translation>
    </message>
    <message>
        <source>woorden die bij elkaar horen staan ver uit elkaar (tot %1 woorden ertussen)</source>
        <translation>woorden die bij elkaar horen staan ver uit elkaar (tot %1 woorden ertussen)</translation>
    </message>
    <message>
        <source>veel informatie per zinsdeel (gemiddeld %1 inhoudswoorden)</source>
        <translation>veel informatie per zinsdeel (gemiddeld %1 inhoudswoorden)</translation>
    </message>
    <message>
        <source>abstracte woorden (%1)</source>
        <translation>abstracte woorden (%1)</translation>
    </message>
    <message>
        <source>lange zin (%1 woorden)</source>
        <translation>lange zin (%1 woorden)</translation>
    </message>
    <message>
        <source>lange samengestelde woorden (%1)</source>
        <translation>lange samengestelde woorden (%1)</translation>
    </message>
    <message>
        <source>bekende woorden en korte zinsdelen</source>
        <translation>bekende woorden en korte zinsdelen</translation>
    </message>
</context>
<context>
    <name>RulesList</name>
    <message>
        <source>Zoek een regel</source>
        <translation>Zoek een regel</translation>
    </message>
    <message>
        <source>Regels die je kunt uitzetten</source>
        <translation>Regels die je kunt uitzetten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Kies een map met sjabloonpakketten</source>
        <translation>Kies een map met sjabloonpakketten</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Sommige instellingen zijn ingesteld door je organisatie.</source>
        <translation>Sommige instellingen zijn ingesteld door je organisatie.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Zoals op deze computer</source>
        <translation>Zoals op deze computer</translation>
    </message>
    <message>
        <source>Taal van Schrijfhulp</source>
        <translation>Taal van Schrijfhulp</translation>
    </message>
    <message>
        <source>Een andere taal zie je als je Schrijfhulp opnieuw start.</source>
        <translation>Een andere taal zie je als je Schrijfhulp opnieuw start.</translation>
    </message>
    <message>
        <source>LanguageTool: extra controle op spelling en grammatica</source>
        <translation>LanguageTool: extra controle op spelling en grammatica</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Op deze computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <source>Server van je organisatie</source>
        <translation>Server van je organisatie</translation>
    </message>
    <message>
        <source>Openbare dienst (tekst gaat naar LanguageTool)</source>
        <translation>Openbare dienst (tekst gaat naar LanguageTool)</translation>
    </message>
    <message>
        <source>LanguageTool</source>
        <translation>LanguageTool</translation>
    </message>
    <message>
        <source>Nederlands (Nederland)</source>
        <translation>Nederlands (Nederland)</translation>
    </message>
    <message>
        <source>Nederlands (België)</source>
        <translation>Nederlands (België)</translation>
    </message>
    <message>
        <source>Taalvariant</source>
        <translation>Taalvariant</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>Adres van de server</translation>
    </message>
    <message>
        <source>Gebruikersnaam (als dat nodig is)</source>
        <translation>Gebruikersnaam (als dat nodig is)</translation>
    </message>
    <message>
        <source>API-sleutel (als dat nodig is)</source>
        <translation>API-sleutel (als dat nodig is)</translation>
    </message>
    <message>
        <source>Let op: met de openbare dienst gaat je tekst via internet naar LanguageTool, een extern bedrijf. Gebruik dit niet voor vertrouwelijke tekst. De gratis dienst controleert hoogstens 20 keer per minuut en 20 kB tekst per keer; daarboven wacht Schrijfhulp even.</source>
        <translation>Let op: met de openbare dienst gaat je tekst via internet naar LanguageTool, een extern bedrijf. Gebruik dit niet voor vertrouwelijke tekst. De gratis dienst controleert hoogstens 20 keer per minuut en 20 kB tekst per keer; daarboven wacht Schrijfhulp even.</translation>
    </message>
    <message>
        <source>Ik begrijp dat mijn tekst naar LanguageTool gaat.</source>
        <translation>Ik begrijp dat mijn tekst naar LanguageTool gaat.</translation>
    </message>
    <message>
        <source>Downloaden…</source>
        <translation>Downloaden…</translation>
    </message>
    <message>
        <source>Regels uitzetten</source>
        <translation>Regels uitzetten</translation>
    </message>
    <message>
        <source>Zet een vinkje bij een regel. Opmerkingen van die regel zie je dan niet meer.</source>
        <translation>Zet een vinkje bij een regel. Opmerkingen van die regel zie je dan niet meer.</translation>
    </message>
    <message>
        <source>Gedeelde plekken met sjabloonpakketten van je organisatie: een map, een map op het netwerk of een webadres (https://). Zet elke plek onder de vorige.</source>
        <translation>Gedeelde plekken met sjabloonpakketten van je organisatie: een map, een map op het netwerk of een webadres (https://). Zet elke plek onder de vorige.</translation>
    </message>
    <message>
        <source>Sjabloonpakketten</source>
        <translation>Sjabloonpakketten</translation>
    </message>
    <message>
        <source>Plekken met sjabloonpakketten</source>
        <translation>Plekken met sjabloonpakketten</translation>
    </message>
    <message>
        <source>Map toevoegen…</source>
        <translation>Map toevoegen…</translation>
    </message>
    <message>
        <source>ingesteld door je organisatie</source>
        <translation>ingesteld door je organisatie</translation>
    </message>
    <message>
        <source>Je tekst gaat naar de server van je organisatie. Let op: het adres begint met http://, dus je tekst gaat onversleuteld over het netwerk. Gebruik https:// als dat kan.</source>
        <translation>Je tekst gaat naar de server van je organisatie. Let op: het adres begint met http://, dus je tekst gaat onversleuteld over het netwerk. Gebruik https:// als dat kan.</translation>
    </message>
    <message>
        <source>Je tekst gaat naar de server van je organisatie.</source>
        <translation>Je tekst gaat naar de server van je organisatie.</translation>
    </message>
    <message>
        <source>Je tekst gaat naar LanguageTool (openbare dienst).</source>
        <translation>Je tekst gaat naar LanguageTool (openbare dienst).</translation>
    </message>
    <message>
        <source>Je tekst blijft op deze computer.</source>
        <translation>Je tekst blijft op deze computer.</translation>
    </message>
    <message>
        <source>LanguageTool staat op deze computer.</source>
        <translation>LanguageTool staat op deze computer.</translation>
    </message>
    <message>
        <source>LanguageTool is nog niet gedownload (ongeveer %1 MB). Je hebt Java 17 of nieuwer nodig.</source>
        <translation>LanguageTool is nog niet gedownload (ongeveer %1 MB). Je hebt Java 17 of nieuwer nodig.</translation>
    </message>
    <message>
        <source>Vul het adres van de server in.</source>
        <translation>Vul het adres van de server in.</translation>
    </message>
    <message>
        <source>Bevestig dat je tekst naar LanguageTool mag gaan.</source>
        <translation>Bevestig dat je tekst naar LanguageTool mag gaan.</translation>
    </message>
    <message>
        <source>Je instellingen zijn niet opgeslagen: %1</source>
        <translation>Je instellingen zijn niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Sjablonen</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Zoek een sjabloon</source>
        <translation>Zoek een sjabloon</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Zoekveld leegmaken</source>
        <translation>Zoekveld leegmaken</translation>
    </message>
    <message>
        <source>Alle platforms</source>
        <translation>Alle platforms</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Alle categorieën</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Jouw tekst</source>
        <translation>Jouw tekst</translation>
    </message>
    <message>
        <source>Platform voor je tekst</source>
        <translation>Platform voor je tekst</translation>
    </message>
    <message>
        <source>Vul het voorbeeld in</source>
        <translation>Vul het voorbeeld in</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Invoegen</source>
        <translation>Invoegen</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Geen sjabloon gevonden. Probeer een ander zoekwoord.</source>
        <translation>Geen sjabloon gevonden. Probeer een ander zoekwoord.</translation>
    </message>
    <message>
        <source>Hashtags toevoegen: %1</source>
        <translation>Hashtags toevoegen: %1</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: %1</source>
        <translation>Bijvoorbeeld: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesController</name>
    <message>
        <source>Sja&amp;blonen…</source>
        <translation>Sja&amp;blonen…</translation>
    </message>
    <message>
        <source>Begin met een sjabloon</source>
        <translation>Begin met een sjabloon</translation>
    </message>
    <message>
        <source>Sjabloonpakketten opnieuw laden</source>
        <translation>Sjabloonpakketten opnieuw laden</translation>
    </message>
    <message>
        <source>De sjabloonpakketten zijn niet geladen door een onverwachte fout. Je kunt gewoon verder schrijven.</source>
        <translation>De sjabloonpakketten zijn niet geladen door een onverwachte fout. Je kunt gewoon verder schrijven.</translation>
    </message>
    <message>
        <source>Sjabloonpakketten opnieuw geladen: %1 sjablonen.</source>
        <translation>Sjabloonpakketten opnieuw geladen: %1 sjablonen.</translation>
    </message>
    <message>
        <source>Er zijn nog %1 meldingen: zie Sjablonen (Ctrl+T).</source>
        <translation>Er zijn nog %1 meldingen: zie Sjablonen (Ctrl+T).</translation>
    </message>
    <message>
        <source>Sjabloon &apos;%1&apos; staat in een nieuw concept. Je vorige tekst staat in Concepten.</source>
        <translation>Sjabloon &apos;%1&apos; staat in een nieuw concept. Je vorige tekst staat in Concepten.</translation>
    </message>
    <message>
        <source>Sjabloon &apos;%1&apos; ingevoegd.</source>
        <translation>Sjabloon &apos;%1&apos; ingevoegd.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versies van dit concept</source>
        <translation>Versies van dit concept</translation>
    </message>
    <message>
        <source>Versies</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Tekst van deze versie</source>
        <translation>Tekst van deze versie</translation>
    </message>
    <message>
        <source>Zet deze versie terug</source>
        <translation>Zet deze versie terug</translation>
    </message>
    <message>
        <source>Schrijfhulp bewaart een versie als je tekst flink is veranderd, hoogstens om de paar minuten.</source>
        <translation>Schrijfhulp bewaart een versie als je tekst flink is veranderd, hoogstens om de paar minuten.</translation>
    </message>
    <message>
        <source>Dit concept heeft nog geen eerdere versies.</source>
        <translation>Dit concept heeft nog geen eerdere versies.</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Concepten</source>
        <translation>Concepten</translation>
    </message>
</context>
</TS>
