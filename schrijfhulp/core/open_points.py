"""What is nog open before a post goes out: the short checklist behind "Kopieer voor …".

A pure function over one :class:`Analysis` and the pack's :class:`Conditions`, so the GUI's
checklist and ``schrijfhulp check`` say the same. A point is open when the post is too long for
the platform, a verplicht onderdeel is missing, a spelfout or a sure taalfout (error level) is
left, a persoonlijk field has no eigen woorden, or most of the post is still sjabloontekst;
and what the post holds besides its text: an image without a beschrijving, more images than the
platform takes (:func:`image_points`, which the GUI adds to the same list). A point
``blocking`` comes from a pack (``blokkeren = true``): the GUI then offers no "Toch kopiëren",
and ``set_by`` names who decided.
Each point is a code with parameters, like the readability verdict: the GUI translates it with
``tr()``, the CLI and the JSON show :func:`dutch_text`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from schrijfhulp.core.findings import Kind, Severity
from schrijfhulp.core.packs.house_style import DEFAULT_TEMPLATE_TEXT_MAXIMUM
from schrijfhulp.core.packs.requirements import ElementKind, missing_message
from schrijfhulp.core.platforms import RULE_TOO_LONG, about_limit, count_phrase, get_platform

if TYPE_CHECKING:
    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.core.packs.conditions import Conditions
    from schrijfhulp.core.post.model import PostImage

TOO_LONG = "te-lang"  # params: platform id, used, maximum, unit, reserved, "ongeveer" or "",
# and for a draad the part that is too long and the number of parts ("" otherwise)
REQUIRED = "verplicht"  # params: element kind, value, organisation, reason
SPELLING = "spelfouten"  # params: number of spelfouten, then up to three of the words
GRAMMAR = "taalfouten"  # params: number of sure taalfouten, then up to three of the words
PERSONAL = "persoonlijk"  # params: the field's label, its hint
TEMPLATE_TEXT = "sjabloontekst"  # params: percent of sjabloontekst
NO_DESCRIPTION = "beschrijving"  # params: image number, file name, the coach's Dutch text
TOO_MANY_IMAGES = "te-veel-afbeeldingen"  # params: platform id, maximum, number of images
RULE_TEMPLATE_TEXT = "sjabloon.tekst"
REQUIRED_PREFIX = "verplicht."
PERSONAL_PREFIX = "sjabloon.persoonlijk."
OWN_WORDS_CODES = (PERSONAL, TEMPLATE_TEXT)
DEFAULT_OWN_WORDS_HINT = "vertel in één zin wat jij ervan vindt"
SHOWN_WORDS = 3


@dataclass(frozen=True, slots=True)
class OpenPoint:
    """One point as a code with parameters: the GUI translates it, ``dutch_text`` is the CLI's."""

    code: str  # TOO_LONG, REQUIRED, SPELLING, PERSONAL, TEMPLATE_TEXT, NO_DESCRIPTION, ...
    params: tuple[str, ...] = ()  # see the codes; words and pack texts as they are written
    rule_id: str = ""
    blocking: bool = False
    set_by: str = ""  # the organisation whose pack makes this point blocking
    start: int | None = None  # where in the text it is, to go back to it
    suggestion: str = ""  # text to insert at ``start`` ("Voeg toe"), if any
    image: int | None = None  # 0-based index of the image it is about

    @property
    def message(self) -> str:
        return dutch_text(self)

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
            "params": list(self.params),
            "message": self.message,
            "rule_id": self.rule_id,
            "blocking": self.blocking,
            "set_by": self.set_by,
            "start": self.start,
            "image": self.image,
        }


def dutch_text(point: OpenPoint) -> str:
    """The point in Dutch, one or two short sentences: what the CLI and the JSON show."""
    p = point.params
    if point.code == TOO_LONG:
        count = count_phrase(int(p[1]), int(p[2]), p[3], bool(p[5]), int(p[4]))
        name = get_platform(p[0]).name
        what = f"Deel {p[6]} van {p[7]} van je draad" if len(p) > 7 and p[6] else "Je bericht"
        return (
            f"{what} is te lang voor {name}: {count}. {name} plaatst het dan niet, of knipt het af."
        )
    if point.code == REQUIRED:
        message = missing_message(ElementKind(p[0]), p[1], p[2]) if p[0] else p[1]
        return f"{message} {p[3]}".strip()
    if point.code in (SPELLING, GRAMMAR):
        return _mistakes_text(p, "spelfout" if point.code == SPELLING else "taalfout")
    if point.code == PERSONAL:
        return f"Schrijf bij '{p[0]}' een paar eigen woorden. {p[1]}".strip()
    if point.code == TEMPLATE_TEXT:
        return f"Nog {p[0]} % tekst van het sjabloon: {DEFAULT_OWN_WORDS_HINT}."
    if point.code == NO_DESCRIPTION:
        return p[2]
    if point.code == TOO_MANY_IMAGES:
        name = get_platform(p[0]).name
        return f"{name} neemt maximaal {p[1]} afbeeldingen; je hebt er {p[2]}."
    return " ".join(p)


def _mistakes_text(p: tuple[str, ...], noun: str) -> str:
    """'Er staan nog 2 taalfouten in je tekst: 'heb', 'verstuurt'.'"""
    number = int(p[0])
    words = ", ".join(f"'{w}'" for w in p[1:]) + (" en meer" if number > len(p) - 1 else "")
    if number == 1:
        return f"Er staat nog 1 {noun} in je tekst: {words}."
    return f"Er staan nog {number} {noun}en in je tekst: {words}."


def open_points(
    analysis: Analysis, conditions: Conditions | None = None, extra: Iterable[OpenPoint] = ()
) -> tuple[OpenPoint, ...]:
    """The open points of ``analysis`` and ``extra`` ones (:func:`image_points`), most
    important first; empty when the post is ready."""
    points = [*_too_long(analysis), *_required(analysis, conditions)]
    points += own_words_points(analysis, conditions)
    points += _errors(analysis, Kind.SPELLING, SPELLING)
    points += _errors(analysis, Kind.GRAMMAR, GRAMMAR)
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
            params = (str(index + 1), image.name, f"{text.message} {text.explanation}")
            points.append(OpenPoint(NO_DESCRIPTION, params, "alt-tekst." + MISSING, image=index))
    spec = get_platform(platform)
    maximum = min(spec.max_images or MAX_IMAGES, MAX_IMAGES)
    if len(images) > maximum:
        points.append(OpenPoint(TOO_MANY_IMAGES, (spec.id, str(maximum), str(len(images)))))
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
    about = "ongeveer" if about_limit(pc) else ""
    params: tuple[str, ...] = (
        pc.platform,
        str(pc.used),
        str(pc.limit),
        pc.unit,
        str(pc.reserved),
        about,
    )
    thread = analysis.thread
    if thread is not None and thread.over_parts:  # the count is that of the part too long
        part = thread.over_parts[0]
        params += (str(part.number), str(part.total))
    return [OpenPoint(TOO_LONG, params, RULE_TOO_LONG, start=pc.overflow_start)]


def _required(analysis: Analysis, conditions: Conditions | None) -> list[OpenPoint]:
    points = []
    for finding in analysis.findings:
        if not finding.rule_id.startswith(REQUIRED_PREFIX):
            continue
        element = conditions.element(finding.rule_id) if conditions else None
        if element is None:  # conditions not given: the finding's own Dutch, no kind
            params = ("", finding.message, "", finding.explanation)
            blocking, set_by = finding.severity is Severity.ERROR, ""
        else:
            params = (str(element.kind), element.value, element.organisation, element.reason)
            blocking, set_by = element.blocking, element.organisation
        points.append(
            OpenPoint(
                REQUIRED,
                params,
                finding.rule_id,
                blocking,
                set_by,
                finding.start,
                finding.suggestions[0] if finding.suggestions else "",
            )
        )
    return points


def own_words_points(analysis: Analysis, conditions: Conditions | None) -> list[OpenPoint]:
    """Eigen woorden: persoonlijk fields not filled in, and a post that is mostly sjabloontekst
    (from the pack's maximum, by default 70 %). The GUI shows these while the user types."""
    own = analysis.own_words
    if own is None:
        return []
    rule = conditions.template_text if conditions else None
    maximum = rule.maximum if rule else DEFAULT_TEMPLATE_TEXT_MAXIMUM
    blocking = bool(rule and rule.blocking)
    set_by = rule.organisation if rule else ""
    template = conditions.template if conditions else None
    fields = {f.name: f for f in template.fields} if template else {}
    points = []
    for finding in analysis.findings:
        if finding.rule_id.startswith(PERSONAL_PREFIX):
            name = finding.rule_id.removeprefix(PERSONAL_PREFIX)
            field = fields.get(name)
            params = (field.label, field.hint) if field else (name, "")
            points.append(
                OpenPoint(PERSONAL, params, finding.rule_id, blocking, set_by, finding.start)
            )
    if own.words and own.template_share >= maximum:
        share = (str(own.template_share),)
        points.append(OpenPoint(TEMPLATE_TEXT, share, RULE_TEMPLATE_TEXT, blocking, set_by))
    return points


def _errors(analysis: Analysis, kind: Kind, code: str) -> list[OpenPoint]:
    """Error-level findings of one kind as one point; warnings and hints are advice, not open."""
    errors = [f for f in analysis.findings if f.kind is kind and f.severity is Severity.ERROR]
    if not errors:
        return []
    words = tuple(analysis.text[f.start : f.end] for f in errors[:SHOWN_WORDS])
    return [OpenPoint(code, (str(len(errors)), *words), start=errors[0].start)]
