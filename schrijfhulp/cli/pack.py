"""``schrijfhulp pack validate PAD`` and ``schrijfhulp pack new NAAM``, for communications staff.

``validate`` lists every problem with file, line and field, checks that each template's
example passes our own checks and fits its platforms, and exits 1 when the pack would not load.
``new`` writes a small pack that validates, with comments that explain every field.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import tomli_w

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.findings import Severity
from schrijfhulp.core.open_points import REQUIRED_PREFIX
from schrijfhulp.core.packs import read_pack_path
from schrijfhulp.core.packs.conditions import Conditions
from schrijfhulp.core.packs.house_style import slug
from schrijfhulp.core.packs.parsing import HOUSE_STYLE_FILE, MANIFEST_FILE, TEMPLATES_DIR, Pack
from schrijfhulp.core.packs.templates import Template
from schrijfhulp.core.packs.toml_reader import PackProblem
from schrijfhulp.core.platforms import count, get_platform


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "pack",
        help="maak of controleer een sjabloonpakket",
        description="Maak of controleer een sjabloonpakket.",
    )
    actions = parser.add_subparsers(
        dest="pack_command", metavar="OPDRACHT", parser_class=type(parser)
    )
    validate = actions.add_parser(
        "validate",
        help="controleer een sjabloonpakket",
        description="Controleer een sjabloonpakket (map of .zip).",
    )
    validate.add_argument("path", metavar="PAD", help="de map of het .zip-bestand van het pakket")
    validate.set_defaults(func=run_validate)
    new = actions.add_parser(
        "new",
        help="maak een nieuw sjabloonpakket",
        description="Maak een nieuw sjabloonpakket met een voorbeeld.",
    )
    new.add_argument("name", metavar="NAAM", help="de naam van het pakket, bijvoorbeeld 'Gemeente'")
    new.add_argument("--organisatie", default="", help="de naam van je organisatie")
    new.add_argument("--map", default=".", metavar="MAP", help="waar de nieuwe map komt")
    new.set_defaults(func=run_new)
    parser.set_defaults(func=lambda args: _help(parser))


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def run_validate(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if not path.exists():
        print(f"schrijfhulp pack validate: '{path}' bestaat niet.", file=sys.stderr)
        return 1
    if path.name == MANIFEST_FILE:  # "validate gemeente/sjabloonpakket.toml" means the pack
        path = path.parent
    result = read_pack_path(path)
    problems = list(result.problems)
    if result.pack:
        problems.extend(example_problems(result.pack))
    for problem in problems:
        label = "waarschuwing" if problem.warning else "fout"
        print(f"{label}: {problem.describe()}.")
    errors = sum(1 for p in problems if not p.warning)
    warnings = len(problems) - errors
    if result.pack and not errors:
        count_text = _plural(len(result.pack.templates), "sjabloon", "sjablonen")
        extra = f", {_plural(warnings, 'waarschuwing', 'waarschuwingen')}" if warnings else ""
        print(
            f"Het sjabloonpakket '{result.name}' (versie {result.pack.manifest.version}) is in "
            f"orde: {count_text}{extra}."
        )
        return 0
    print(
        f"Het sjabloonpakket '{result.name}' heeft {_plural(errors, 'fout', 'fouten')}. "
        "Schrijfhulp laadt het pas als je die hebt opgelost."
    )
    return 1


def example_problems(pack: Pack) -> list[PackProblem]:
    """Warnings for examples that our own checks reject or that do not fit a platform."""
    problems: list[PackProblem] = []
    style = pack.house_style
    for template in pack.templates:
        text = template.example_text()
        for platform in template.platforms:
            name = get_platform(platform).name
            analysis = analyse(
                text,
                platform,
                house_style=style,
                extra_words=style.words,
                disabled_rules=style.disabled_rules,
                conditions=Conditions.for_post(style, template),
            )
            counted = analysis.platform_count  # of a draad: its longest part
            if counted.over:
                part = analysis.thread.over_parts[0] if analysis.thread else None
                what = f"deel {part.number} van {part.total}" if part else "een voorbeeld"
                problems.append(
                    PackProblem(
                        template.source_file,
                        None,
                        "voorbeeld",
                        f"heeft {what} van {counted.used} {counted.unit}; op {name} is het "
                        f"maximum {counted.limit}",
                        warning=True,
                    )
                )
            problems += _first_comment_problems(template, platform)
            for finding in analysis.findings:
                if finding.rule_id.startswith(REQUIRED_PREFIX):
                    problems.append(
                        PackProblem(
                            template.source_file,
                            None,
                            "voorbeeld",
                            f"heeft een voorbeeld voor {name} zonder verplicht onderdeel: "
                            f"{finding.message} Zet het in de tekst of bij 'hashtags'",
                            warning=True,
                        )
                    )
                elif finding.severity is Severity.ERROR:
                    problems.append(
                        PackProblem(
                            template.source_file,
                            None,
                            "voorbeeld",
                            f"heeft in het voorbeeld '{text[finding.start : finding.end]}': "
                            f"{finding.message}",
                            warning=True,
                        )
                    )
    return problems


def _first_comment_problems(template: Template, platform: str) -> list[PackProblem]:
    comment = template.fill_first_comment(template.example_values)
    if not comment or get_platform(platform).comment_limit is None:
        return []
    counted = count(comment, platform, figure="comment_limit")
    if not counted.over:
        return []
    name = get_platform(platform).name
    return [
        PackProblem(
            template.source_file,
            None,
            "eerste_reactie",
            f"heeft een eerste reactie van {counted.used} {counted.unit} in het voorbeeld; "
            f"op {name} is het maximum {counted.limit}",
            warning=True,
        )
    ]


def _plural(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def run_new(args: argparse.Namespace) -> int:
    name = args.name.strip()
    if not name:
        print("schrijfhulp pack new: geef het pakket een naam.", file=sys.stderr)
        return 1
    folder = Path(args.map) / slug(name)
    if folder.exists():
        print(
            f"schrijfhulp pack new: de map '{folder}' bestaat al. Kies een andere naam of map.",
            file=sys.stderr,
        )
        return 1
    try:
        (folder / TEMPLATES_DIR).mkdir(parents=True)
        (folder / MANIFEST_FILE).write_text(
            new_manifest(name, args.organisatie or name), encoding="utf-8"
        )
        (folder / HOUSE_STYLE_FILE).write_text(NEW_HOUSE_STYLE, encoding="utf-8")
        (folder / TEMPLATES_DIR / "uitnodiging.toml").write_text(NEW_TEMPLATE, encoding="utf-8")
    except OSError as exc:
        print(
            f"schrijfhulp pack new: '{folder}' kan niet worden gemaakt ({exc.strerror}).",
            file=sys.stderr,
        )
        return 1
    print(
        f"Het sjabloonpakket '{name}' staat in {folder}.\n"
        "Pas de bestanden aan en controleer ze daarna met:\n"
        f"  schrijfhulp pack validate {folder}"
    )
    return 0


def _toml_value(value: str) -> str:
    return tomli_w.dumps({"x": value}).split("=", 1)[1].strip()


def new_manifest(name: str, organisation: str) -> str:
    return f"""\
# Over dit sjabloonpakket. Verhoog 'versie' bij elke nieuwe uitgave:
# Schrijfhulp gebruikt altijd de nieuwste versie die het vindt.
naam = {_toml_value(name)}
organisatie = {_toml_value(organisation)}
versie = "1.0"
minimale_versie = "0.1"
beschrijving = "Sjablonen van {organisation.replace('"', "'")}."
"""


NEW_HOUSE_STYLE = """\
# De huisstijl van je organisatie. Alles in dit bestand mag je weglaten.

# Woorden die de spellingcontrole moet kennen, zoals namen van afdelingen.
eigen_woorden = ["Stadswinkel"]

# Hashtags die bij elk sjabloon worden voorgesteld.
hashtags = []

# Regels van Schrijfhulp die je organisatie uitzet (het id staat bij elke opmerking).
regels_uit = []

# Een woord dat je liever anders schrijft: "gebruik X, niet Y".
[[voorkeur]]
gebruik = "inwoners"
niet = ["burgers"]
uitleg = "Zo noemen we de mensen voor wie we werken."

# Een woord dat je liever helemaal niet gebruikt, met de reden.
# Schrijf woorden in de grondvorm: "verstrekken" vindt ook "verstrekte" en "verstrekt".
[[vermijd]]
woord = "kwetsbare ouderen"
reden = "schrijf liever 'ouderen die hulp nodig hebben'."

# Een verplicht onderdeel: dit moet in elk bericht staan. Kies er één van:
# hashtag, vermelding (zoals @gemeente), link of tekst. Schrijf bij 'reden' waarom.
# Ontbreekt het, dan kan je collega het met één klik toevoegen.
[[verplicht]]
hashtag = "#GemeenteVoorbeeld"
reden = "Zo vinden inwoners al onze berichten terug."

# Alleen op sommige platforms, op een vaste plek, en zonder kan het niet.
# plaats = "begin" of "eind". Met blokkeren = true kan je collega pas kopiëren
# als het erin staat. Gebruik dat alleen als het echt moet, zoals bij een advertentie.
[[verplicht]]
tekst = "[Advertentie]"
platforms = ["instagram"]
plaats = "begin"
reden = "Een betaald bericht moet zeggen dat het reclame is."
blokkeren = false

# Hoeveel procent van een bericht nog tekst van het sjabloon mag zijn. Is het meer,
# dan ziet je collega dat voor het kopiëren. Met blokkeren = true moet het eerst minder.
[sjabloontekst]
maximum = 70
blokkeren = false
"""

NEW_TEMPLATE = """\
# Een sjabloon. Elk sjabloon is een eigen bestand in de map 'sjablonen'.
naam = "Uitnodiging voor een bijeenkomst"
# Kies uit: x, linkedin, facebook, instagram, mastodon, bluesky, threads
platforms = ["linkedin", "facebook"]
categorie = "Evenement"
beschrijving = "Nodig mensen uit voor een bijeenkomst."
hashtags = ["#GemeenteVoorbeeld"]

# De tekst. Een woord tussen { } is een veld dat de schrijver invult.
# Voor een draad (X, Bluesky, Mastodon, Threads): een regel met alleen --- begint een nieuw deel.
tekst = \"\"\"
Je bent van harte welkom bij {bijeenkomst}!

Wanneer: {datum}

Waarom ik erbij ben: {waarom}

Aanmelden kan via {link}. Tot dan!\"\"\"

# Een eerste reactie die je collega onder het bericht zet (LinkedIn, Facebook, Instagram).
# Mag je weglaten. Ook hier mag je velden gebruiken.
eerste_reactie = "Meer weten over {bijeenkomst}? Kijk op {link}"

# Bij elk veld uit de tekst: een label, een korte uitleg en een voorbeeld.
[velden.bijeenkomst]
label = "Naam van de bijeenkomst"
uitleg = "Zoals het in de agenda staat."
voorbeeld = "onze avond over veilig fietsen"

[velden.datum]
label = "Datum en tijd"
uitleg = "Dag, datum en begintijd."
voorbeeld = "donderdag 14 november om 19.30 uur"

# persoonlijk = true: hier moet je collega een paar eigen woorden schrijven.
[velden.waarom]
label = "Waarom ben jij erbij?"
uitleg = "Vertel in één zin wat jij ervan verwacht."
voorbeeld = "Ik fiets elke dag naar mijn werk en wil weten hoe het veiliger kan."
persoonlijk = true

[velden.link]
label = "Link om je aan te melden"
uitleg = "Het webadres van de bijeenkomst in de agenda."
voorbeeld = "https://voorbeeld.nl/agenda/veilig-fietsen"

# Ook een sjabloon kan verplichte onderdelen hebben. Een * in een link staat voor
# 'wat dan ook': elke link naar de agenda is goed.
[[verplicht]]
link = "voorbeeld.nl/agenda/*"
reden = "Alle bijeenkomsten staan in onze agenda."
"""
