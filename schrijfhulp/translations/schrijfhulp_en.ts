<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over Schrijfhulp</source>
        <translation>About Schrijfhulp</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Schrijfhulp %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Schrijfhulp %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Schrijf zelf heldere berichten voor sociale media. Je tekst blijft op je eigen computer, tenzij jij of je organisatie LanguageTool op een server aanzet.</source>
        <translation>Write clear social-media posts yourself. Your text stays on your own computer, unless you or your organisation turns on LanguageTool on a server.</translation>
    </message>
    <message>
        <source>Licenties</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Terug naar mijn tekst</source>
        <translation>Back to my text</translation>
    </message>
    <message>
        <source>Toch kopiëren</source>
        <translation>Copy anyway</translation>
    </message>
    <message>
        <source>Nog 1 punt open voor je kopieert voor %2.</source>
        <translation>1 point still open before you copy for %2.</translation>
    </message>
    <message>
        <source>Nog %1 punten open voor je kopieert voor %2.</source>
        <translation>%1 points still open before you copy for %2.</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Voeg toe: %1</source>
        <translation>Add: %1</translation>
    </message>
</context>
<context>
    <name>CopyCheck</name>
    <message>
        <source>Je tekst wordt gecontroleerd voor het kopiëren …</source>
        <translation>Checking your text before copying …</translation>
    </message>
    <message>
        <source>Gekopieerd. Plak je bericht nu in %1.</source>
        <translation>Copied. Now paste your post into %1.</translation>
    </message>
    <message>
        <source>Deel 1 van %2 is gekopieerd. Plak het in %1. Kopieer daarna de volgende delen met &apos;Kopieer deel 2&apos; en verder in het paneel Draad.</source>
        <translation>Part 1 of %2 has been copied. Paste it into %1. Then copy the next parts with &apos;Copy part 2&apos; and onwards in the Thread panel.</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <source>&apos;%1&apos; is teruggezet.</source>
        <translation>&apos;%1&apos; has been restored.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat nu op geplaatst.</source>
        <translation>&apos;%1&apos; is now marked as posted.</translation>
    </message>
    <message>
        <source>Concept exporteren</source>
        <translation>Export draft</translation>
    </message>
    <message>
        <source>Tekst (*.txt);;Markdown (*.md)</source>
        <translation>Text (*.txt);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>De oude versie staat terug. Je tekst van daarvoor staat bij de versies.</source>
        <translation>The old version is back. Your text from before is under the versions.</translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
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
        <translation>Changed</translation>
    </message>
    <message>
        <source>Zonder titel</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>vandaag %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <source>gisteren %1</source>
        <translation>yesterday %1</translation>
    </message>
</context>
<context>
    <name>DraftsController</name>
    <message>
        <source>Er was nog tekst die de vorige keer niet was opgeslagen. Die staat nu in het concept &apos;%1&apos;.</source>
        <translation>Some text was not saved last time. It is now in the draft &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Schrijfhulp is niet goed afgesloten. Je tekst van %1 is teruggezet.</source>
        <translation>Schrijfhulp did not close properly. Your text from %1 has been restored.</translation>
    </message>
    <message>
        <source>Dit concept is ook in een ander venster van Schrijfhulp gewijzigd. Jouw tekst staat nu in een nieuw concept, zodat niets verloren gaat.</source>
        <translation>This draft was also changed in another Schrijfhulp window. Your text is now in a new draft, so nothing is lost.</translation>
    </message>
    <message>
        <source>Je concept is weer opgeslagen.</source>
        <translation>Your draft is saved again.</translation>
    </message>
    <message>
        <source>Opgeslagen om %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Je concept is nog niet opgeslagen, dus je blijft in dit concept. Schrijfhulp probeert het zo opnieuw.</source>
        <translation>Your draft is not saved yet, so you stay in this draft. Schrijfhulp will try again shortly.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat in de Prullenbak. Je kunt het 30 dagen terugzetten.</source>
        <translation>&apos;%1&apos; is in the Bin. You can restore it for 30 days.</translation>
    </message>
    <message>
        <source>Concepten</source>
        <translation>Drafts</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Zoek in je concepten</source>
        <translation>Search your drafts</translation>
    </message>
    <message>
        <source>Zoek in concepten</source>
        <translation>Search drafts</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Alle platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Prullenbak</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Verwijderde concepten. Ze blijven 30 dagen bewaard.</source>
        <translation>Deleted drafts. They are kept for 30 days.</translation>
    </message>
    <message>
        <source>Concepten</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Begin een nieuw concept</source>
        <translation>Start a new draft</translation>
    </message>
    <message>
        <source>Dupliceer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; gekopieerd voor %2. Heb je het geplaatst?</source>
        <translation>&apos;%1&apos; copied for %2. Have you posted it?</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>geplaatst</source>
        <translation>posted</translation>
    </message>
    <message>
        <source>Verwijder</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Exporteer…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Versies…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <source>Naar de Prullenbak; je kunt het 30 dagen terugzetten.</source>
        <translation>To the Bin; you can restore it for 30 days.</translation>
    </message>
    <message>
        <source>Maak een kopie van dit concept</source>
        <translation>Make a copy of this draft</translation>
    </message>
    <message>
        <source>Bewaar dit concept als tekstbestand</source>
        <translation>Save this draft as a text file</translation>
    </message>
    <message>
        <source>Bekijk eerdere versies en zet er een terug</source>
        <translation>See earlier versions and restore one</translation>
    </message>
    <message>
        <source>Meer</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Meer acties voor dit concept</source>
        <translation>More actions for this draft</translation>
    </message>
    <message>
        <source>Dupliceer, exporteer of bekijk versies</source>
        <translation>Duplicate, export or see versions</translation>
    </message>
    <message>
        <source>Zet op geplaatst</source>
        <translation>Mark as posted</translation>
    </message>
    <message>
        <source>Nog niet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Status van dit concept</source>
        <translation>Status of this draft</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Tekst van je bericht</source>
        <translation>Text of your post</translation>
    </message>
    <message>
        <source>Typ hier je bericht. Opmerkingen worden onderstreept.</source>
        <translation>Type your post here. Remarks are underlined.</translation>
    </message>
    <message>
        <source>Schrijf hier je bericht…</source>
        <translation>Write your post here…</translation>
    </message>
    <message>
        <source>Voorstel: %1</source>
        <translation>Suggestion: %1</translation>
    </message>
    <message>
        <source>(weghalen)</source>
        <translation>(remove)</translation>
    </message>
    <message>
        <source>Voeg toe: %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <source>Negeren</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Toevoegen aan woordenboek</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <source>Altijd negeren</source>
        <translation>Always ignore</translation>
    </message>
    <message>
        <source>Deze opmerking nooit meer geven</source>
        <translation>Never give this remark again</translation>
    </message>
    <message>
        <source>Hier kort %1 je bericht in</source>
        <translation>Here %1 shortens your post</translation>
    </message>
    <message>
        <source>Daarna staat er &apos;…meer weergeven&apos;.</source>
        <translation>After this it shows &apos;…see more&apos;.</translation>
    </message>
</context>
<context>
    <name>FindingActions</name>
    <message>
        <source>Geen opmerkingen.</source>
        <translation>No remarks.</translation>
    </message>
    <message>
        <source>Even geduld: je tekst wordt nog gecontroleerd.</source>
        <translation>One moment: your text is still being checked.</translation>
    </message>
    <message>
        <source>Hier is geen voorstel.</source>
        <translation>There is no suggestion here.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat nu in je woordenboek.</source>
        <translation>&apos;%1&apos; is now in your dictionary.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is niet opgeslagen in je woordenboek: %2</source>
        <translation>&apos;%1&apos; was not saved in your dictionary: %2</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Alle opmerkingen over je tekst, per soort. Kies er een om hem in de tekst te zien.</source>
        <translation>All remarks about your text, by kind. Choose one to see it in the text.</translation>
    </message>
    <message>
        <source>Geen opmerkingen.</source>
        <translation>No remarks.</translation>
    </message>
    <message>
        <source>Nog geen tekst.</source>
        <translation>No text yet.</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Voeg toe: %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <source>Zet %1 op de plek waar het hoort.</source>
        <translation>Put %1 where it belongs.</translation>
    </message>
    <message>
        <source>Verplicht: %1 ontbreekt</source>
        <translation>Required: %1 is missing</translation>
    </message>
</context>
<context>
    <name>ImageRow</name>
    <message>
        <source>Beschrijf wat er op de afbeelding te zien is.</source>
        <translation>Describe what can be seen in the image.</translation>
    </message>
    <message>
        <source>Beschrijving van %1</source>
        <translation>Description of %1</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nog geen beschrijving.</source>
        <translation>No description yet.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Onbekende woorden</source>
        <translation>Unknown words</translation>
    </message>
    <message>
        <source>Onbekend woord</source>
        <translation>Unknown word</translation>
    </message>
    <message>
        <source>Spelfouten</source>
        <translation>Spelling mistakes</translation>
    </message>
    <message>
        <source>Taalfouten</source>
        <translation>Grammar mistakes</translation>
    </message>
    <message>
        <source>Schrijftips</source>
        <translation>Writing tips</translation>
    </message>
    <message>
        <source>Leestekens en opmaak</source>
        <translation>Punctuation and layout</translation>
    </message>
    <message>
        <source>Leesbaarheid</source>
        <translation>Readability</translation>
    </message>
    <message>
        <source>Past niet op het platform</source>
        <translation>Does not fit the platform</translation>
    </message>
    <message>
        <source>Huisstijl</source>
        <translation>House style</translation>
    </message>
    <message>
        <source>Spelfout</source>
        <translation>Spelling mistake</translation>
    </message>
    <message>
        <source>Taalfout</source>
        <translation>Grammar mistake</translation>
    </message>
    <message>
        <source>Schrijftip</source>
        <translation>Writing tip</translation>
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
        <translation>LanguageTool did not start: %1</translation>
    </message>
    <message>
        <source>Controle: offline (LanguageTool uit)</source>
        <translation>Checking: offline (LanguageTool off)</translation>
    </message>
    <message>
        <source>LanguageTool op deze computer</source>
        <translation>LanguageTool on this computer</translation>
    </message>
    <message>
        <source>LanguageTool: server van je organisatie</source>
        <translation>LanguageTool: your organisation&apos;s server</translation>
    </message>
    <message>
        <source>LanguageTool: openbare dienst</source>
        <translation>LanguageTool: public service</translation>
    </message>
</context>
<context>
    <name>LanguageToolDownloadDialog</name>
    <message>
        <source>LanguageTool downloaden</source>
        <translation>Download LanguageTool</translation>
    </message>
    <message>
        <source>Downloaden</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Schrijfhulp downloadt LanguageTool één keer van internet: ongeveer %1 MB (uitgepakt ongeveer %2 MB, in %3). Daarna controleert LanguageTool je tekst op deze computer en blijft je tekst op deze computer. Wil je dat?</source>
        <translation>Schrijfhulp downloads LanguageTool once from the internet: about %1 MB (about %2 MB unpacked, in %3). After that LanguageTool checks your text on this computer and your text stays on this computer. Do you want that?</translation>
    </message>
    <message>
        <source>Verbinding maken…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Stoppen…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>%1 van %2 MB</source>
        <translation>%1 of %2 MB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
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
        <translation>The platform you write for. The maximum and the preview follow your choice.</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>Kopieert je tekst zo dat je hem meteen kunt plakken op het platform.</source>
        <translation>Copies your text so you can paste it straight into the platform.</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Concepten</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Niet alles is gecontroleerd: %1</source>
        <translation>Not everything was checked: %1</translation>
    </message>
    <message>
        <source>De controle is mislukt: %1</source>
        <translation>Checking failed: %1</translation>
    </message>
    <message>
        <source>Te lang om live te controleren.</source>
        <translation>Too long to check live.</translation>
    </message>
    <message>
        <source>Te lang om live te controleren. Maak de tekst korter.</source>
        <translation>Too long to check live. Make the text shorter.</translation>
    </message>
    <message>
        <source>Kopieer voor %1</source>
        <translation>Copy for %1</translation>
    </message>
    <message>
        <source>Je instellingen zijn niet opgeslagen: %1</source>
        <translation>Your settings were not saved: %1</translation>
    </message>
    <message>
        <source>Leesbaarheid</source>
        <translation>Readability</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Nieuw bericht</source>
        <translation>&amp;New post</translation>
    </message>
    <message>
        <source>Begin met een lege tekst.</source>
        <translation>Start with an empty text.</translation>
    </message>
    <message>
        <source>Kopieer je tekst om hem op het platform te plakken.</source>
        <translation>Copy your text to paste it into the platform.</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Opn&amp;ieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>K&amp;nippen</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Plakken</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Alles selecteren</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Volgende opmerking</source>
        <translation>&amp;Next remark</translation>
    </message>
    <message>
        <source>Ga naar de volgende opmerking in je tekst.</source>
        <translation>Go to the next remark in your text.</translation>
    </message>
    <message>
        <source>&amp;Eerste voorstel gebruiken</source>
        <translation>Use &amp;first suggestion</translation>
    </message>
    <message>
        <source>Vervang de tekst bij de cursor door het eerste voorstel.</source>
        <translation>Replace the text at the cursor with the first suggestion.</translation>
    </message>
    <message>
        <source>&amp;Groter</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>&amp;Kleiner</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Normale grootte</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Over Schrijfhulp</source>
        <translation>&amp;About Schrijfhulp</translation>
    </message>
    <message>
        <source>Instellingen zijn in deze versie nog niet beschikbaar.</source>
        <translation>Settings are not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>OpenPoints</name>
    <message>
        <source>Schrijf bij &apos;%1&apos; een paar eigen woorden.</source>
        <translation>Write a few words of your own at &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Afbeelding %1 (%2) heeft nog geen beschrijving.</source>
        <translation>Image %1 (%2) has no description yet.</translation>
    </message>
    <message>
        <source>Mensen die slecht of niet zien, weten dan niet wat erop staat. Schrijf in een of twee zinnen wat er te zien is.</source>
        <translation>People who cannot see well or at all will not know what is on it. Describe in one or two sentences what it shows.</translation>
    </message>
    <message>
        <source>%1 neemt maximaal %2 afbeeldingen; je hebt er %3.</source>
        <translation>%1 takes at most %2 images; you have %3.</translation>
    </message>
    <message>
        <source>De hashtag %1 is verplicht bij %2.</source>
        <translation>%2 requires the hashtag %1.</translation>
    </message>
    <message>
        <source>De vermelding %1 is verplicht bij %2.</source>
        <translation>%2 requires the label %1.</translation>
    </message>
    <message>
        <source>De tekst &apos;%1&apos; is verplicht bij %2.</source>
        <translation>%2 requires the text &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Een link naar %1 is verplicht bij %2. Voeg een link toe die hierop past.</source>
        <translation>%2 requires a link to %1. Add a link that matches it.</translation>
    </message>
    <message>
        <source>De link %1 is verplicht bij %2.</source>
        <translation>%2 requires the link %1.</translation>
    </message>
    <message>
        <source>Verplicht: %1 ontbreekt</source>
        <translation>Required: %1 is missing</translation>
    </message>
    <message>
        <source>Nog %1 % tekst van het sjabloon: %2.</source>
        <translation>Still %1 % template text: %2.</translation>
    </message>
    <message>
        <source>vertel in één zin wat jij ervan vindt</source>
        <translation>say in one sentence what you think of it</translation>
    </message>
    <message>
        <source>Je organisatie</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>%1 heeft bepaald dat je dit eerst oplost. Daarna kun je kopiëren.</source>
        <translation>%1 decided that you fix this first. Then you can copy.</translation>
    </message>
    <message>
        <source>ongeveer %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>tekens</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>Je bericht is te lang voor %1: %2 van %3 %4 (waarvan %5 voor verplichte onderdelen).</source>
        <translation>Your post is too long for %1: %2 of %3 %4 (%5 of them for required parts).</translation>
    </message>
    <message>
        <source>Je bericht is te lang voor %1: %2 van %3 %4.</source>
        <translation>Your post is too long for %1: %2 of %3 %4.</translation>
    </message>
    <message>
        <source>Deel %6 van %7 van je draad is te lang voor %1: %2 van %3 %4.</source>
        <translation>Part %6 of %7 of your thread is too long for %1: %2 of %3 %4.</translation>
    </message>
    <message>
        <source>%1 plaatst het dan niet, of knipt het af.</source>
        <translation>%1 will then not post it, or cut it off.</translation>
    </message>
    <message>
        <source>Er staat nog 1 spelfout in je tekst: %2.</source>
        <translation>There is still 1 spelling mistake in your text: %2.</translation>
    </message>
    <message>
        <source>Er staan nog %1 spelfouten in je tekst: %2.</source>
        <translation>There are still %1 spelling mistakes in your text: %2.</translation>
    </message>
    <message>
        <source>Er staat nog 1 taalfout in je tekst: %2.</source>
        <translation>There is still 1 grammar mistake in your text: %2.</translation>
    </message>
    <message>
        <source>Er staan nog %1 taalfouten in je tekst: %2.</source>
        <translation>There are still %1 grammar mistakes in your text: %2.</translation>
    </message>
    <message>
        <source>%1 en meer</source>
        <translation>%1 and more</translation>
    </message>
</context>
<context>
    <name>OwnWordsLine</name>
    <message>
        <source>Eigen woorden</source>
        <translation>Your own words</translation>
    </message>
    <message>
        <source>Je bericht begon met een sjabloon. Mensen lezen liever wat jij zelf vindt: schrijf het in je eigen woorden.</source>
        <translation>Your post started from a template. People would rather read what you think yourself: write it in your own words.</translation>
    </message>
</context>
<context>
    <name>PlatformMeter</name>
    <message>
        <source>Aantal tekens</source>
        <translation>Number of characters</translation>
    </message>
    <message>
        <source>Hoeveel van het maximum je gebruikt</source>
        <translation>How much of the maximum you use</translation>
    </message>
    <message>
        <source>Waar het bericht wordt ingekort</source>
        <translation>Where the post is cut off</translation>
    </message>
    <message>
        <source>Deel %1 van %2 is te lang: %3</source>
        <translation>Part %1 of %2 is too long: %3</translation>
    </message>
    <message>
        <source>%1 delen, elk past</source>
        <translation>%1 parts, each fits</translation>
    </message>
    <message>
        <source>ongeveer %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>%1 van %2 %3</source>
        <translation>%1 of %2 %3</translation>
    </message>
    <message>
        <source>tekens</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>%1 te veel</source>
        <translation>%1 too many</translation>
    </message>
    <message>
        <source>ongeveer </source>
        <translation>about </translation>
    </message>
    <message>
        <source>wordt ingekort na %1%2 tekens</source>
        <translation>is cut off after %1%2 characters</translation>
    </message>
    <message>
        <source>%1 tekens. Te lang om live te controleren.</source>
        <translation>%1 characters. Too long to check live.</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Fits</translation>
    </message>
    <message>
        <source>Bijna op het maximum</source>
        <translation>Almost at the maximum</translation>
    </message>
    <message>
        <source>Over het maximum</source>
        <translation>Over the maximum</translation>
    </message>
</context>
<context>
    <name>PostController</name>
    <message>
        <source>Draad, eerste reactie en afbeeldingen</source>
        <translation>Thread, first comment and images</translation>
    </message>
    <message>
        <source>Deel %1 is gekopieerd.</source>
        <translation>Part %1 has been copied.</translation>
    </message>
</context>
<context>
    <name>PostPanel</name>
    <message>
        <source>Draad</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Maak er een draad van</source>
        <translation>Make it a thread</translation>
    </message>
    <message>
        <source>Maak er weer één bericht van</source>
        <translation>Make it one post again</translation>
    </message>
    <message>
        <source>Een regel met alleen --- begint een nieuw deel. Verplaats die regel om te kiezen waar een deel stopt.</source>
        <translation>A line with only --- starts a new part. Move that line to choose where a part ends.</translation>
    </message>
    <message>
        <source>Eerste reactie</source>
        <translation>First comment</translation>
    </message>
    <message>
        <source>Schrijf hier wat je als eerste reactie onder je bericht zet.</source>
        <translation>Write here what you will post as the first comment under your post.</translation>
    </message>
    <message>
        <source>Afbeeldingen</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Afbeelding toevoegen…</source>
        <translation>Add image…</translation>
    </message>
    <message>
        <source>Sleep een afbeelding hierheen of kies er een. Hij blijft op je computer.</source>
        <translation>Drag an image here or choose one. It stays on your computer.</translation>
    </message>
    <message>
        <source>Deel %1 van %2</source>
        <translation>Part %1 of %2</translation>
    </message>
    <message>
        <source> (te lang)</source>
        <translation> (too long)</translation>
    </message>
    <message>
        <source> (met %1 voor verplichte onderdelen)</source>
        <translation> (with %1 for required elements)</translation>
    </message>
    <message>
        <source>Kopieer deel %1</source>
        <translation>Copy part %1</translation>
    </message>
    <message>
        <source>Kies een afbeelding</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <source>Nog %1 punt open:</source>
        <translation>%1 point still open:</translation>
    </message>
</context>
<context>
    <name>PostPreview</name>
    <message>
        <source>Jouw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Voorbeeld van je bericht</source>
        <translation>Preview of your post</translation>
    </message>
    <message>
        <source>…meer weergeven</source>
        <translation>…see more</translation>
    </message>
    <message>
        <source>(nog leeg)</source>
        <translation>(still empty)</translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message>
        <source>Leesbaarheid</source>
        <translation>Readability</translation>
    </message>
    <message>
        <source>Aantal zinnen</source>
        <translation>Number of sentences</translation>
    </message>
    <message>
        <source>Aantal woorden</source>
        <translation>Number of words</translation>
    </message>
    <message>
        <source>Woorden per zin</source>
        <translation>Words per sentence</translation>
    </message>
    <message>
        <source>Lettergrepen per woord</source>
        <translation>Syllables per word</translation>
    </message>
    <message>
        <source>Moeilijkste zinnen</source>
        <translation>Hardest sentences</translation>
    </message>
    <message>
        <source>Oordeel over de leesbaarheid</source>
        <translation>Readability verdict</translation>
    </message>
    <message>
        <source>Opmerking over korte teksten</source>
        <translation>Note on short texts</translation>
    </message>
    <message>
        <source>Wat het meest meeweegt</source>
        <translation>What weighs most</translation>
    </message>
    <message>
        <source>Aantal moeilijkste zinnen</source>
        <translation>Number of hardest sentences</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Uitleg bij de details</source>
        <translation>About the details</translation>
    </message>
    <message>
        <source>Oudere formules: ze tellen alleen woord- en zinslengte. Hoe hoger de score, hoe korter de woorden en zinnen.</source>
        <translation>Older formulas: they count only word and sentence length. The higher the score, the shorter the words and sentences.</translation>
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
        <translation>LiNT-II score</translation>
    </message>
    <message>
        <source>Zinnen:</source>
        <translation>Sentences:</translation>
    </message>
    <message>
        <source>Woorden:</source>
        <translation>Words:</translation>
    </message>
    <message>
        <source>Woorden per zin:</source>
        <translation>Words per sentence:</translation>
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
        <translation>Syllables per word:</translation>
    </message>
    <message>
        <source>Wat het meest meeweegt:</source>
        <translation>What weighs most:</translation>
    </message>
    <message>
        <source>Moeilijkste zinnen, de moeilijkste eerst:</source>
        <translation>Hardest sentences, hardest first:</translation>
    </message>
    <message>
        <source>niveau %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <source>Moeilijkste zinnen:</source>
        <translation>Hardest sentences:</translation>
    </message>
    <message>
        <source>LiNT-II-score, die het niveau bepaalt:</source>
        <translation>LiNT-II score, which sets the level:</translation>
    </message>
    <message>
        <source>Nog geen tekst.</source>
        <translation>No text yet.</translation>
    </message>
</context>
<context>
    <name>ReadabilityTexts</name>
    <message>
        <source>Niveau 1 van 4: ongeveer 1 op de 7 volwassenen vindt zo&apos;n tekst moeilijk</source>
        <translation>Level 1 of 4: about 1 in 7 adults finds a text like this hard</translation>
    </message>
    <message>
        <source>Niveau 2 van 4: ongeveer 3 op de 10 volwassenen vinden zo&apos;n tekst moeilijk</source>
        <translation>Level 2 of 4: about 3 in 10 adults find a text like this hard</translation>
    </message>
    <message>
        <source>Niveau 3 van 4: ongeveer de helft van de volwassenen vindt zo&apos;n tekst moeilijk</source>
        <translation>Level 3 of 4: about half of all adults find a text like this hard</translation>
    </message>
    <message>
        <source>Niveau 4 van 4: ongeveer 8 op de 10 volwassenen vinden zo&apos;n tekst moeilijk</source>
        <translation>Level 4 of 4: about 8 in 10 adults find a text like this hard</translation>
    </message>
    <message>
        <source>Bij een korte tekst zegt het niveau minder.</source>
        <translation>For a short text the level says less.</translation>
    </message>
    <message>
        <source>minder bekende woorden (%1)</source>
        <translation>less familiar words (%1)</translation>
    </message>
    <message>
        <source>woorden die bij elkaar horen staan ver uit elkaar (tot %1 woorden ertussen)</source>
        <translation>words that belong together stand far apart (up to %1 words between them)</translation>
    </message>
    <message>
        <source>veel informatie per zinsdeel (gemiddeld %1 inhoudswoorden)</source>
        <translation>much information per clause (%1 content words on average)</translation>
    </message>
    <message>
        <source>abstracte woorden (%1)</source>
        <translation>abstract words (%1)</translation>
    </message>
    <message>
        <source>lange zin (%1 woorden)</source>
        <translation>long sentence (%1 words)</translation>
    </message>
    <message>
        <source>lange samengestelde woorden (%1)</source>
        <translation>long compound words (%1)</translation>
    </message>
    <message>
        <source>bekende woorden en korte zinsdelen</source>
        <translation>familiar words and short clauses</translation>
    </message>
</context>
<context>
    <name>RulesList</name>
    <message>
        <source>Zoek een regel</source>
        <translation>Search for a rule</translation>
    </message>
    <message>
        <source>Regels die je kunt uitzetten</source>
        <translation>Rules you can switch off</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Kies een map met sjabloonpakketten</source>
        <translation>Choose a folder with template packs</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sommige instellingen zijn ingesteld door je organisatie.</source>
        <translation>Some settings were set by your organisation.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Zoals op deze computer</source>
        <translation>Same as this computer</translation>
    </message>
    <message>
        <source>Taal van Schrijfhulp</source>
        <translation>Language of Schrijfhulp</translation>
    </message>
    <message>
        <source>Een andere taal zie je als je Schrijfhulp opnieuw start.</source>
        <translation>A new language shows when you start Schrijfhulp again.</translation>
    </message>
    <message>
        <source>LanguageTool: extra controle op spelling en grammatica</source>
        <translation>LanguageTool: extra spelling and grammar check</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Op deze computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>Server van je organisatie</source>
        <translation>Your organisation&apos;s server</translation>
    </message>
    <message>
        <source>Openbare dienst (tekst gaat naar LanguageTool)</source>
        <translation>Public service (text goes to LanguageTool)</translation>
    </message>
    <message>
        <source>LanguageTool</source>
        <translation>LanguageTool</translation>
    </message>
    <message>
        <source>Nederlands (Nederland)</source>
        <translation>Dutch (Netherlands)</translation>
    </message>
    <message>
        <source>Nederlands (België)</source>
        <translation>Dutch (Belgium)</translation>
    </message>
    <message>
        <source>Taalvariant</source>
        <translation>Language variant</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Gebruikersnaam (als dat nodig is)</source>
        <translation>User name (if needed)</translation>
    </message>
    <message>
        <source>API-sleutel (als dat nodig is)</source>
        <translation>API key (if needed)</translation>
    </message>
    <message>
        <source>Let op: met de openbare dienst gaat je tekst via internet naar LanguageTool, een extern bedrijf. Gebruik dit niet voor vertrouwelijke tekst. De gratis dienst controleert hoogstens 20 keer per minuut en 20 kB tekst per keer; daarboven wacht Schrijfhulp even.</source>
        <translation>Note: with the public service your text goes over the internet to LanguageTool, an outside company. Do not use it for confidential text. The free service checks at most 20 times a minute and 20 kB of text at a time; above that Schrijfhulp waits a moment.</translation>
    </message>
    <message>
        <source>Ik begrijp dat mijn tekst naar LanguageTool gaat.</source>
        <translation>I understand that my text goes to LanguageTool.</translation>
    </message>
    <message>
        <source>Downloaden…</source>
        <translation>Download…</translation>
    </message>
    <message>
        <source>Regels uitzetten</source>
        <translation>Switch rules off</translation>
    </message>
    <message>
        <source>Zet een vinkje bij een regel. Opmerkingen van die regel zie je dan niet meer.</source>
        <translation>Tick a rule. You will then no longer see remarks from that rule.</translation>
    </message>
    <message>
        <source>Gedeelde plekken met sjabloonpakketten van je organisatie: een map, een map op het netwerk of een webadres (https://). Zet elke plek onder de vorige.</source>
        <translation>Shared places with your organisation&apos;s template packs: a folder, a folder on the network or a web address (https://). Put each place below the previous one.</translation>
    </message>
    <message>
        <source>Sjabloonpakketten</source>
        <translation>Template packs</translation>
    </message>
    <message>
        <source>Plekken met sjabloonpakketten</source>
        <translation>Places with template packs</translation>
    </message>
    <message>
        <source>Map toevoegen…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>ingesteld door je organisatie</source>
        <translation>set by your organisation</translation>
    </message>
    <message>
        <source>Je tekst gaat naar de server van je organisatie. Let op: het adres begint met http://, dus je tekst gaat onversleuteld over het netwerk. Gebruik https:// als dat kan.</source>
        <translation>Your text goes to your organisation&apos;s server. Note: the address starts with http://, so your text crosses the network unencrypted. Use https:// if you can.</translation>
    </message>
    <message>
        <source>Je tekst gaat naar de server van je organisatie.</source>
        <translation>Your text goes to your organisation&apos;s server.</translation>
    </message>
    <message>
        <source>Je tekst gaat naar LanguageTool (openbare dienst).</source>
        <translation>Your text goes to LanguageTool (public service).</translation>
    </message>
    <message>
        <source>Je tekst blijft op deze computer.</source>
        <translation>Your text stays on this computer.</translation>
    </message>
    <message>
        <source>LanguageTool staat op deze computer.</source>
        <translation>LanguageTool is on this computer.</translation>
    </message>
    <message>
        <source>LanguageTool is nog niet gedownload (ongeveer %1 MB). Je hebt Java 17 of nieuwer nodig.</source>
        <translation>LanguageTool has not been downloaded yet (about %1 MB). You need Java 17 or newer.</translation>
    </message>
    <message>
        <source>Vul het adres van de server in.</source>
        <translation>Fill in the server address.</translation>
    </message>
    <message>
        <source>Bevestig dat je tekst naar LanguageTool mag gaan.</source>
        <translation>Confirm that your text may go to LanguageTool.</translation>
    </message>
    <message>
        <source>Je instellingen zijn niet opgeslagen: %1</source>
        <translation>Your settings were not saved: %1</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Sjablonen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Zoek een sjabloon</source>
        <translation>Search for a template</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Zoekveld leegmaken</source>
        <translation>Clear search field</translation>
    </message>
    <message>
        <source>Alle platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Alle categorieën</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Jouw tekst</source>
        <translation>Your text</translation>
    </message>
    <message>
        <source>Platform voor je tekst</source>
        <translation>Platform for your text</translation>
    </message>
    <message>
        <source>Vul het voorbeeld in</source>
        <translation>Fill in the example</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Invoegen</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Geen sjabloon gevonden. Probeer een ander zoekwoord.</source>
        <translation>No template found. Try another search word.</translation>
    </message>
    <message>
        <source>Hashtags toevoegen: %1</source>
        <translation>Add hashtags: %1</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: %1</source>
        <translation>For example: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesController</name>
    <message>
        <source>Sja&amp;blonen…</source>
        <translation>Tem&amp;plates…</translation>
    </message>
    <message>
        <source>Begin met een sjabloon</source>
        <translation>Start from a template</translation>
    </message>
    <message>
        <source>Sjabloonpakketten opnieuw laden</source>
        <translation>Reload template packs</translation>
    </message>
    <message>
        <source>De sjabloonpakketten zijn niet geladen door een onverwachte fout. Je kunt gewoon verder schrijven.</source>
        <translation>The template packs were not loaded because of an unexpected error. You can just keep writing.</translation>
    </message>
    <message>
        <source>Sjabloonpakketten opnieuw geladen: %1 sjablonen.</source>
        <translation>Template packs reloaded: %1 templates.</translation>
    </message>
    <message>
        <source>Er zijn nog %1 meldingen: zie Sjablonen (Ctrl+T).</source>
        <translation>There are %1 more messages: see Templates (Ctrl+T).</translation>
    </message>
    <message>
        <source>Sjabloon &apos;%1&apos; staat in een nieuw concept. Je vorige tekst staat in Concepten.</source>
        <translation>Template &apos;%1&apos; is in a new draft. Your previous text is in Drafts.</translation>
    </message>
    <message>
        <source>Sjabloon &apos;%1&apos; ingevoegd.</source>
        <translation>Template &apos;%1&apos; inserted.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versies van dit concept</source>
        <translation>Versions of this draft</translation>
    </message>
    <message>
        <source>Versies</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Tekst van deze versie</source>
        <translation>Text of this version</translation>
    </message>
    <message>
        <source>Zet deze versie terug</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>Schrijfhulp bewaart een versie als je tekst flink is veranderd, hoogstens om de paar minuten.</source>
        <translation>Schrijfhulp keeps a version when your text has changed a lot, at most every few minutes.</translation>
    </message>
    <message>
        <source>Dit concept heeft nog geen eerdere versies.</source>
        <translation>This draft has no earlier versions yet.</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Concepten</source>
        <translation>Drafts</translation>
    </message>
</context>
</TS>
