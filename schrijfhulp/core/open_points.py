"""What is nog open before a post goes out: the short checklist behind "Kopieer voor …".

A pure function over one :class:`Analysis` and the pack's :class:`Conditions`, so the GUI's
checklist and ``schrijfhulp check`` say the same. A point is open when the post is too long for
the platform, a verplicht onderdeel is missing, a spelfout is left, a persoonlijk field has no
eigen woorden, or most of the post is still sjabloontekst; and what the post holds besides its
text: an image without a beschrijving, more images than the platform takes (:func:`image_points`,
which the GUI adds to the same list). A point ``blocking`` comes from a pack
(``blokkeren = true``): the GUI then offers no "Toch kopiëren", and ``set_by`` names who decided.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from schrijfhulp.core.findings import Kind, Severity
from schrijfhulp.core.packs.house_style import DEFAULT_TEMPLATE_TEXT_MAXIMUM
from schrijfhulp.core.platforms import RULE_TOO_LONG, describe_count, get_platform

if TYPE_CHECKING:
    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.core.packs.conditions import Conditions
    from schrijfhulp.core.post.model import PostImage

TOO_LONG = "te-lang"
REQUIRED = "verplicht"
SPELLING = "spelfouten"
PERSONAL = "persoonlijk"
TEMPLATE_TEXT = "sjabloontekst"
NO_DESCRIPTION = "beschrijving"
TOO_MANY_IMAGES = "te-veel-afbeeldingen"
RULE_TEMPLATE_TEXT = "sjabloon.tekst"
REQUIRED_PREFIX = "verplicht."
PERSONAL_PREFIX = "sjabloon.persoonlijk."
DEFAULT_OWN_WORDS_HINT = "vertel in één zin wat jij ervan vindt"


@dataclass(frozen=True, slots=True)
class OpenPoint:
    code: str  # TOO_LONG, REQUIRED, SPELLING, PERSONAL, TEMPLATE_TEXT, NO_DESCRIPTION, ...
    message: str  # Dutch, one or two short sentences
    rule_id: str = ""
    blocking: bool = False
    set_by: str = ""  # the organisation whose pack makes this point blocking
    start: int | None = None  # where in the text it is, to go back to it
    suggestion: str = ""  # text to insert at ``start`` ("Voeg toe"), if any
    image: int | None = None  # 0-based index of the image it is about

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
            "image": self.image,
        }


def open_points(
    analysis: Analysis, conditions: Conditions | None = None, extra: Iterable[OpenPoint] = ()
) -> tuple[OpenPoint, ...]:
    """The open points of ``analysis`` and ``extra`` ones (:func:`image_points`), most
    important first; empty when the post is ready."""
    points = [*_too_long(analysis), *_required(analysis, conditions)]
    points += _own_words(analysis, conditions)
    points += _spelling(analysis)
    points += extra
    return tuple(sorted(points, key=lambda p: not p.blocking))


def image_points(images: tuple[PostImage, ...], platform: str) -> list[OpenPoint]:
    """Images without a beschrijving, and more images than ``platform`` takes."""
    from schrijfhulp.core.post.alt_text import MISSING, hint
    from schrijfhulp.core.post.model import MAX_IMAGES

    points = []
    for index, image in enumerate(images):
        if not image.description.strip():
            text = hint(MISSING, number=index + 1, name=image.name)
            message = f"{text.message} {text.explanation}"
            points.append(OpenPoint(NO_DESCRIPTION, message, "alt-tekst." + MISSING, image=index))
    spec = get_platform(platform)
    maximum = min(spec.max_images or MAX_IMAGES, MAX_IMAGES)
    if len(images) > maximum:
        message = f"{spec.name} neemt maximaal {maximum} afbeeldingen; je hebt er {len(images)}."
        points.append(OpenPoint(TOO_MANY_IMAGES, message))
    return points


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
    thread = analysis.thread
    what = "Je bericht"
    if thread is not None:  # the count is that of the first part that is too long
        part = thread.over_parts[0]
        what = f"Deel {part.number} van {part.total} van je draad"
    return [
        OpenPoint(
            TOO_LONG,
            f"{what} is te lang voor {name}: {describe_count(pc)}. "
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
