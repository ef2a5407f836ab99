"""The core's open points (``core.open_points``) in the UI language.

Each point is a code with parameters; here each code has its Dutch source text for ``tr()``.
Words from the post and texts from a pack (an organisation's name, its reason) stay as they are
written. A code this module does not know is shown with the core's Dutch text, never dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from schrijfhulp.core.open_points import (
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


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def point_text(point: OpenPoint) -> str:
    """One open point in the UI language, its parameters filled in."""
    p = point.params
    if point.code == TOO_LONG:
        return _too_long(p)
    if point.code == REQUIRED and p and p[0]:
        return " ".join(t for t in (required_text(p[0], p[1], p[2]), p[3]) if t)
    if point.code == SPELLING:
        return _spelling(p)
    if point.code == PERSONAL:
        text = _tr("Schrijf bij '%1' een paar eigen woorden.").replace("%1", p[0])
        return f"{text} {p[1]}".strip()
    if point.code == TEMPLATE_TEXT:
        return template_text_line(int(p[0]))
    if point.code == NO_DESCRIPTION:
        text = _tr("Afbeelding %1 (%2) heeft nog geen beschrijving.")
        why = _tr(
            "Mensen die slecht of niet zien, weten dan niet wat erop staat. "
            "Schrijf in een of twee zinnen wat er te zien is."
        )
        return text.replace("%1", p[0]).replace("%2", p[1]) + " " + why
    if point.code == TOO_MANY_IMAGES:
        text = _tr("%1 neemt maximaal %2 afbeeldingen; je hebt er %3.")
        return text.replace("%1", platform_name(p[0])).replace("%2", p[1]).replace("%3", p[2])
    return dutch_text(point)


def required_text(kind: str, value: str, organisation: str) -> str:
    """'De hashtag #WerkenBij is verplicht bij Gemeente Voorbeeld.'"""
    sources = {
        "hashtag": _tr("De hashtag %1 is verplicht bij %2."),
        "vermelding": _tr("De vermelding %1 is verplicht bij %2."),
        "tekst": _tr("De tekst '%1' is verplicht bij %2."),
    }
    if kind == "link":
        text = (
            _tr("Een link naar %1 is verplicht bij %2. Voeg een link toe die hierop past.")
            if "*" in value
            else _tr("De link %1 is verplicht bij %2.")
        )
    else:
        text = sources.get(kind, "%1")
    return text.replace("%1", value).replace("%2", organisation)


def missing_item(value: str) -> str:
    """The short line in Opmerkingen: 'Verplicht: #WerkenBij ontbreekt'."""
    return _tr("Verplicht: %1 ontbreekt").replace("%1", value)


def template_text_line(share: int) -> str:
    """'Nog 80 % tekst van het sjabloon: vertel in één zin wat jij ervan vindt.'"""
    text = _tr("Nog %1 % tekst van het sjabloon: %2.")
    hint = _tr("vertel in één zin wat jij ervan vindt")
    return text.replace("%1", QLocale().toString(share)).replace("%2", hint)


def blocking_reason(point: OpenPoint) -> str:
    """Why there is no "Toch kopiëren" for this point, naming who decided."""
    if not point.blocking:
        return ""
    who = point.set_by or _tr("Je organisatie")
    return _tr("%1 heeft bepaald dat je dit eerst oplost. Daarna kun je kopiëren.").replace(
        "%1", who
    )


def _too_long(p: tuple[str, ...]) -> str:
    locale = QLocale()
    limit = locale.toString(int(p[2]))
    if p[5]:
        limit = _tr("ongeveer %1").replace("%1", limit)
    unit = _tr("tekens") if p[3] == "tekens" else p[3]  # the platform data are Dutch
    text = (
        _tr("Je bericht is te lang voor %1: %2 van %3 %4 (waarvan %5 voor verplichte onderdelen).")
        if int(p[4])
        else _tr("Je bericht is te lang voor %1: %2 van %3 %4.")
    )
    if len(p) > 7 and p[6]:  # a draad: the part that is too long
        text = _tr("Deel %6 van %7 van je draad is te lang voor %1: %2 van %3 %4.")
        text = text.replace("%6", p[6]).replace("%7", p[7])
    name = platform_name(p[0])
    text = text.replace("%1", name).replace("%2", locale.toString(int(p[1])))
    text = text.replace("%3", limit).replace("%4", unit).replace("%5", locale.toString(int(p[4])))
    return text + " " + _tr("%1 plaatst het dan niet, of knipt het af.").replace("%1", name)


def _spelling(p: tuple[str, ...]) -> str:
    number = int(p[0])
    words = ", ".join(f"'{w}'" for w in p[1:])
    if number > len(p) - 1:
        words = _tr("%1 en meer").replace("%1", words)
    text = (
        _tr("Er staat nog 1 spelfout in je tekst: %2.")
        if number == 1
        else _tr("Er staan nog %1 spelfouten in je tekst: %2.")
    )
    return text.replace("%1", QLocale().toString(number)).replace("%2", words)
