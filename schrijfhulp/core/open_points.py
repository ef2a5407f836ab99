"""What is nog open before a post goes out: the short checklist behind "Kopieer voor …".

A pure function over one :class:`Analysis` and the pack's :class:`Conditions`, so the GUI's
checklist and ``schrijfhulp check`` say the same. A point is open when the post is too long for
the platform, a verplicht onderdeel is missing, a spelfout is left, a persoonlijk field has no
eigen woorden, or most of the post is still sjabloontekst. A point ``blocking`` comes from a pack
(``blokkeren = true``): the GUI then offers no "Toch kopiëren", and ``set_by`` names who decided.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from schrijfhulp.core.findings import Kind, Severity
from schrijfhulp.core.packs.house_style import DEFAULT_TEMPLATE_TEXT_MAXIMUM
from schrijfhulp.core.platforms import RULE_TOO_LONG, describe_count, get_platform

if TYPE_CHECKING:
    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.core.packs.conditions import Conditions

TOO_LONG = "te-lang"
REQUIRED = "verplicht"
SPELLING = "spelfouten"
PERSONAL = "persoonlijk"
TEMPLATE_TEXT = "sjabloontekst"
RULE_TEMPLATE_TEXT = "sjabloon.tekst"
REQUIRED_PREFIX = "verplicht."
PERSONAL_PREFIX = "sjabloon.persoonlijk."
DEFAULT_OWN_WORDS_HINT = "vertel in één zin wat jij ervan vindt"


@dataclass(frozen=True, slots=True)
class OpenPoint:
    code: str  # TOO_LONG, REQUIRED, SPELLING, PERSONAL or TEMPLATE_TEXT
    message: str  # Dutch, one or two short sentences
    rule_id: str = ""
    blocking: bool = False
    set_by: str = ""  # the organisation whose pack makes this point blocking
    start: int | None = None  # where in the text it is, to go back to it
    suggestion: str = ""  # text to insert at ``start`` ("Voeg toe"), if any

    @property
    def blocking_reason(self) -> str:
        """Why there is no "Toch kopiëren" for this point, naming who decided."""
        if not self.blocking:
            return ""
        return (
            f"{self.set_by or 'Je organisatie'} heeft bepaald dat je dit eerst oplost. "
            "Daarna kun je kopiëren."
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "message": self.message,
            "rule_id": self.rule_id,
            "blocking": self.blocking,
            "set_by": self.set_by,
            "start": self.start,
        }


def open_points(analysis: Analysis, conditions: Conditions | None = None) -> tuple[OpenPoint, ...]:
    """The open points of ``analysis``, most important first; empty when the post is ready."""
    points = [*_too_long(analysis), *_required(analysis, conditions)]
    points += _own_words(analysis, conditions)
    points += _spelling(analysis)
    return tuple(sorted(points, key=lambda p: not p.blocking))


def summary(points: tuple[OpenPoint, ...]) -> str:
    """'Nog 1 punt open' or 'Nog 3 punten open'."""
    return f"Nog {len(points)} {'punt' if len(points) == 1 else 'punten'} open"


def can_copy_anyway(points: tuple[OpenPoint, ...]) -> bool:
    return not any(p.blocking for p in points)


def _too_long(analysis: Analysis) -> list[OpenPoint]:
    pc = analysis.platform_count
    if not pc.over:
        return []
    name = get_platform(pc.platform).name
    return [
        OpenPoint(
            TOO_LONG,
            f"Je bericht is te lang voor {name}: {describe_count(pc)}. "
            f"{name} plaatst het dan niet, of knipt het af.",
            RULE_TOO_LONG,
            start=pc.overflow_start,
        )
    ]


def _required(analysis: Analysis, conditions: Conditions | None) -> list[OpenPoint]:
    points = []
    for finding in analysis.findings:
        if not finding.rule_id.startswith(REQUIRED_PREFIX):
            continue
        element = conditions.element(finding.rule_id) if conditions else None
        blocking = element.blocking if element else finding.severity is Severity.ERROR
        reason = f" {finding.explanation}" if finding.explanation else ""
        points.append(
            OpenPoint(
                REQUIRED,
                finding.message + reason,
                finding.rule_id,
                blocking,
                element.organisation if element else "",
                finding.start,
                finding.suggestions[0] if finding.suggestions else "",
            )
        )
    return points


def _own_words(analysis: Analysis, conditions: Conditions | None) -> list[OpenPoint]:
    own = analysis.own_words
    if own is None:
        return []
    rule = conditions.template_text if conditions else None
    maximum = rule.maximum if rule else DEFAULT_TEMPLATE_TEXT_MAXIMUM
    blocking = bool(rule and rule.blocking)
    set_by = rule.organisation if rule else ""
    points = [
        OpenPoint(PERSONAL, f.message, f.rule_id, blocking, set_by, f.start)
        for f in analysis.findings
        if f.rule_id.startswith(PERSONAL_PREFIX)
    ]
    if own.words and own.template_share >= maximum:
        hint = DEFAULT_OWN_WORDS_HINT
        points.append(
            OpenPoint(
                TEMPLATE_TEXT,
                f"Nog {own.template_share} % tekst van het sjabloon: {hint}.",
                RULE_TEMPLATE_TEXT,
                blocking,
                set_by,
            )
        )
    return points


def _spelling(analysis: Analysis) -> list[OpenPoint]:
    errors = [
        f for f in analysis.findings if f.kind is Kind.SPELLING and f.severity is Severity.ERROR
    ]
    if not errors:
        return []
    words = ", ".join(f"'{analysis.text[f.start : f.end]}'" for f in errors[:3])
    more = " en meer" if len(errors) > 3 else ""
    count = "1 spelfout" if len(errors) == 1 else f"{len(errors)} spelfouten"
    message = f"Er staat nog {count} in je tekst: {words}{more}."
    return [OpenPoint(SPELLING, message, start=errors[0].start)]
