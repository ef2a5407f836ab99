"""The core's open points (``core.open_points``) in the UI language.

Each point is a code with parameters; here each code has its Dutch source text for ``tr()``.
Words from the post and texts from a pack (an organisation's name, its reason) stay as they are
written. A code this module does not know is shown with the core's Dutch text, never dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from schrijfhulp.core.open_points import (
    GRAMMAR,
    NO_DESCRIPTION,
    PERSONAL,
    REQUIRED,
    SPELLING,
    TEMPLATE_TEXT,
    TOO_LONG,
    TOO_MANY_IMAGES,
    dutch_text,
)
from schrijfhulp.gui.platform_list import platform_name

if TYPE_CHECKING:
    from schrijfhulp.core.open_points import OpenPoint

CONTEXT = "OpenPoints"


def point_text(point: OpenPoint) -> str:
    """One open point in the UI language, its parameters filled in."""
    p = point.params
    if point.code == TOO_LONG:
        return _too_long(p)
    if point.code == REQUIRED and p and p[0]:
        return " ".join(t for t in (required_text(p[0], p[1], p[2]), p[3]) if t)
    if point.code == SPELLING:
        return _spelling(p)
    if point.code == GRAMMAR:
        return _grammar(p)
    if point.code == PERSONAL:
        text = QCoreApplication.translate(
            "OpenPoints", "Schrijf bij '%1' een paar eigen woorden."
        ).replace("%1", p[0])
        return f"{text} {p[1]}".strip()
    if point.code == TEMPLATE_TEXT:
        return template_text_line(int(p[0]))
    if point.code == NO_DESCRIPTION:
        text = QCoreApplication.translate(
            "OpenPoints", "Afbeelding %1 (%2) heeft nog geen beschrijving."
        )
        why = QCoreApplication.translate(
            "OpenPoints",
            "Mensen die slecht of niet zien, weten dan niet wat erop staat. "
            "Schrijf in een of twee zinnen wat er te zien is.",
        )
        return text.replace("%1", p[0]).replace("%2", p[1]) + " " + why
    if point.code == TOO_MANY_IMAGES:
        text = QCoreApplication.translate(
            "OpenPoints", "%1 neemt maximaal %2 afbeeldingen; je hebt er %3."
        )
        return text.replace("%1", platform_name(p[0])).replace("%2", p[1]).replace("%3", p[2])
    return dutch_text(point)


def required_text(kind: str, value: str, organisation: str) -> str:
    """'De hashtag #WerkenBij is verplicht bij Gemeente Voorbeeld.'"""
    sources = {
        "hashtag": QCoreApplication.translate("OpenPoints", "De hashtag %1 is verplicht bij %2."),
        "vermelding": QCoreApplication.translate(
            "OpenPoints", "De vermelding %1 is verplicht bij %2."
        ),
        "tekst": QCoreApplication.translate("OpenPoints", "De tekst '%1' is verplicht bij %2."),
    }
    if kind == "link":
        text = (
            QCoreApplication.translate(
                "OpenPoints",
                "Een link naar %1 is verplicht bij %2. Voeg een link toe die hierop past.",
            )
            if "*" in value
            else QCoreApplication.translate("OpenPoints", "De link %1 is verplicht bij %2.")
        )
    else:
        text = sources.get(kind, "%1")
    return text.replace("%1", value).replace("%2", organisation)


def missing_item(value: str) -> str:
    """The short line in Opmerkingen: 'Verplicht: #WerkenBij ontbreekt'."""
    return QCoreApplication.translate("OpenPoints", "Verplicht: %1 ontbreekt").replace("%1", value)


def template_text_line(share: int) -> str:
    """'Nog 80 % tekst van het sjabloon: vertel in één zin wat jij ervan vindt.'"""
    text = QCoreApplication.translate("OpenPoints", "Nog %1 % tekst van het sjabloon: %2.")
    hint = QCoreApplication.translate("OpenPoints", "vertel in één zin wat jij ervan vindt")
    return text.replace("%1", QLocale().toString(share)).replace("%2", hint)


def blocking_reason(point: OpenPoint) -> str:
    """Why there is no "Toch kopiëren" for this point, naming who decided."""
    if not point.blocking:
        return ""
    who = point.set_by or QCoreApplication.translate("OpenPoints", "Je organisatie")
    return QCoreApplication.translate(
        "OpenPoints", "%1 heeft bepaald dat je dit eerst oplost. Daarna kun je kopiëren."
    ).replace("%1", who)


def _too_long(p: tuple[str, ...]) -> str:
    locale = QLocale()
    limit = locale.toString(int(p[2]))
    if p[5]:
        limit = QCoreApplication.translate("OpenPoints", "ongeveer %1").replace("%1", limit)
    unit = (
        QCoreApplication.translate("OpenPoints", "tekens") if p[3] == "tekens" else p[3]
    )  # the platform data are Dutch
    text = (
        QCoreApplication.translate(
            "OpenPoints",
            "Je bericht is te lang voor %1: %2 van %3 %4 (waarvan %5 voor verplichte onderdelen).",
        )
        if int(p[4])
        else QCoreApplication.translate(
            "OpenPoints", "Je bericht is te lang voor %1: %2 van %3 %4."
        )
    )
    if len(p) > 7 and p[6]:  # a draad: the part that is too long
        text = QCoreApplication.translate(
            "OpenPoints", "Deel %6 van %7 van je draad is te lang voor %1: %2 van %3 %4."
        )
        text = text.replace("%6", p[6]).replace("%7", p[7])
    name = platform_name(p[0])
    text = text.replace("%1", name).replace("%2", locale.toString(int(p[1])))
    text = text.replace("%3", limit).replace("%4", unit).replace("%5", locale.toString(int(p[4])))
    return (
        text
        + " "
        + QCoreApplication.translate(
            "OpenPoints", "%1 plaatst het dan niet, of knipt het af."
        ).replace("%1", name)
    )


def _spelling(p: tuple[str, ...]) -> str:
    one = QCoreApplication.translate("OpenPoints", "Er staat nog 1 spelfout in je tekst: %2.")
    return _counted(
        p,
        one,
        QCoreApplication.translate("OpenPoints", "Er staan nog %1 spelfouten in je tekst: %2."),
    )


def _grammar(p: tuple[str, ...]) -> str:
    one = QCoreApplication.translate("OpenPoints", "Er staat nog 1 taalfout in je tekst: %2.")
    return _counted(
        p,
        one,
        QCoreApplication.translate("OpenPoints", "Er staan nog %1 taalfouten in je tekst: %2."),
    )


def _counted(p: tuple[str, ...], one: str, more: str) -> str:
    """A number of mistakes and up to three of the words: '%1' the number, '%2' the words."""
    number = int(p[0])
    words = ", ".join(f"'{w}'" for w in p[1:])
    if number > len(p) - 1:
        words = QCoreApplication.translate("OpenPoints", "%1 en meer").replace("%1", words)
    text = one if number == 1 else more
    return text.replace("%1", QLocale().toString(number)).replace("%2", words)
