"""analyse(text, platform) -> Analysis: the one contract every view reads.

The GUI, the CLI and the tests all read the same value. Later results (LanguageTool) are merged
into a new Analysis with :meth:`Analysis.with_findings`, never painted on a separate path.
"""

from __future__ import annotations

import gc
import json
import logging
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from schrijfhulp.core import platforms, readability
from schrijfhulp.core.checking import CheckContext, Checker, checker_status
from schrijfhulp.core.dutch.segmentation import Document, TokenKind, segment
from schrijfhulp.core.findings import Finding, Severity, sort_findings
from schrijfhulp.core.platforms.thread_count import ThreadCount, count_thread, thread_findings
from schrijfhulp.core.platforms.threads import has_markers

if TYPE_CHECKING:
    from schrijfhulp.core.packs.conditions import Conditions
    from schrijfhulp.core.packs.own_words import OwnWords

log = logging.getLogger(__name__)


JSON_FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Counts:
    characters: int
    characters_without_spaces: int
    words: int
    sentences: int
    paragraphs: int
    links: int
    mentions: int
    hashtags: int
    emoji: int


@dataclass(frozen=True, slots=True)
class EngineStatus:
    """State of one checker, for the status bar: ok, off, unavailable or error."""

    name: str
    state: str
    message: str = ""


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    platform: str
    counts: Counts
    readability: readability.Readability
    platform_count: platforms.PlatformCount
    findings: tuple[Finding, ...]
    engines: tuple[EngineStatus, ...] = field(default=())
    own_words: OwnWords | None = None  # set when the post started from a template
    # A draad (marker lines on a platform with threads): every part counted as it is posted;
    # ``platform_count`` is then that of the part that is too long, or else the fullest part.
    thread: ThreadCount | None = None

    def overflow_spans(self) -> tuple[tuple[int, int], ...]:
        """What does not fit: the end of the post, or per part of a draad the end of that part."""
        if self.thread is not None:
            return self.thread.overflow_spans()
        pc = self.platform_count
        if pc.over and pc.overflow_start is not None:
            return ((pc.overflow_start, len(self.text)),)
        return ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    def with_findings(
        self, extra: Iterable[Finding], engine: EngineStatus | None = None
    ) -> Analysis:
        """A new Analysis with more findings (for example from LanguageTool)."""
        engines = tuple(e for e in self.engines if engine is None or e.name != engine.name)
        return replace(
            self,
            findings=sort_findings([*self.findings, *extra]),
            engines=engines + ((engine,) if engine else ()),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": JSON_FORMAT_VERSION,
            "platform": self.platform,
            "counts": asdict(self.counts),
            "readability": _plain(asdict(self.readability)),
            "platform_count": _plain(
                {**asdict(self.platform_count), "over": self.platform_count.over}
            ),
            "findings": [f.to_dict() for f in self.findings],
            "engines": [asdict(e) for e in self.engines],
            "own_words": _own_words_dict(self.own_words),
            "thread": _thread_dict(self.thread),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def default_checkers() -> list[Checker]:
    """The offline checkers every user gets, built here so ``checking`` imports no checker.

    Imported lazily: the spelling engine and the rules load their data on first use, and the
    GUI's first paint must not wait for them.
    """
    from schrijfhulp.core import rules, spelling
    from schrijfhulp.core.packs.house_style import HouseStyleChecker

    return [spelling.shared_checker(), rules.shared_checker(), HouseStyleChecker()]


def analyse(
    text: str,
    platform: str = "linkedin",
    *,
    house_style: Any = None,
    disabled_rules: Iterable[str] = (),
    extra_words: Iterable[str] = (),
    checkers: Sequence[Checker] | None = None,
    platform_limits: Mapping[str, int] | None = None,
    shorten_links: bool = False,
    conditions: Conditions | None = None,
    figure: str = "limit",
) -> Analysis:
    """Run every offline check on ``text`` for ``platform``.

    ``platform_limits`` overrides a platform's maximum (a Mastodon server's own limit, set by
    IT); ``shorten_links`` counts Bluesky links the way its app shortens them. ``conditions``
    are what a pack asks of the post (verplichte onderdelen, eigen woorden): their findings
    join the others and missing onderdelen count against the maximum (in a draad, against the
    part they go into). ``figure`` checks the
    text against another maximum of the platform: "comment_limit" for an eerste reactie,
    "alt_text_limit" for the beschrijving of an image (``platform_limits`` is then not used:
    it is about posts).

    Raises InvalidTextError for text that cannot be analysed and UnknownPlatformError for an
    unknown platform id; a failing checker is reported in ``engines``, never raised.
    """
    spec = platforms.get_platform(platform)
    doc = segment(text)
    context = CheckContext(spec, house_style, frozenset(disabled_rules), frozenset(extra_words))
    score = readability.assess(doc)
    limit = (platform_limits or {}).get(spec.id) if figure == "limit" else None
    missing: list[Finding] = []
    own_words: OwnWords | None = None
    own_findings: list[Finding] = []
    thread = None
    if figure == "limit" and spec.thread and has_markers(text):
        complete = conditions.thread_completion(doc, spec.id) if conditions is not None else None
        thread = count_thread(
            text, spec.id, limit=limit, shorten_links=shorten_links, complete=complete
        )
    reserved = 0
    if conditions is not None and not conditions.is_empty:
        missing = conditions.missing(doc, spec.id)
        if missing and thread is None:
            posted = conditions.text_to_count(text, missing)
            with_all = platforms.count(
                posted, spec.id, limit=limit, shorten_links=shorten_links, figure=figure
            )
            alone = platforms.count(
                text, spec.id, limit=limit, shorten_links=shorten_links, figure=figure
            )
            reserved = max(0, with_all.used - alone.used)
        own_words, own_findings = conditions.own_words(doc)
    if thread is not None:
        platform_count = thread.text_count()
        platform_side = thread_findings(thread)
    else:
        platform_count = platforms.count(
            text,
            spec.id,
            limit=limit,
            shorten_links=shorten_links,
            reserved=reserved,
            figure=figure,
        )
        platform_side = platforms.platform_findings(doc, platform_count)
    findings = [*readability.readability_findings(doc, score), *platform_side]
    engines: list[EngineStatus] = []
    for checker in default_checkers() if checkers is None else checkers:
        try:
            findings.extend(checker.check(doc, context))
            engines.append(EngineStatus(checker.name, *checker_status(checker)))
        except Exception as exc:  # one broken checker must not take the others down
            log.exception("checker %s failed", checker.name)
            engines.append(EngineStatus(checker.name, "error", str(exc)))
    if checkers is None and doc.words:
        _settle_loaded_data()
    findings += own_findings
    kept = [f for f in findings if f.rule_id not in context.disabled_rules]
    # A blocking onderdeel stays, even when the writer switched its rule off.
    disabled = context.disabled_rules
    kept += [f for f in missing if f.severity is Severity.ERROR or f.rule_id not in disabled]
    return Analysis(
        text,
        spec.id,
        _counts(doc),
        score,
        platform_count,
        sort_findings(kept),
        tuple(engines),
        own_words,
        thread,
    )


_settled = False
_settle_lock = threading.Lock()


def _settle_loaded_data() -> None:
    """Once, after the first analysis that loaded the lexicon, word lists and rules: take what
    is alive then out of the cyclic garbage collector's rounds (``gc.freeze``).

    That data lives as long as the process (some 70,000 objects with millions of references),
    and every full collection walked all of it again: while analysing a long document, whose
    tokens and sentences survive long enough to trigger full collections, that was a quarter
    of the time, and the reason the cost grew faster than the text. Frozen objects are still
    freed by reference counting; only reference cycles among them are never collected.
    """
    global _settled
    with _settle_lock:
        if _settled:
            return
        _settled = True
    gc.collect()  # no garbage goes into the frozen set
    gc.freeze()


def _own_words_dict(own: OwnWords | None) -> dict[str, Any] | None:
    if own is None:
        return None
    return _plain({**asdict(own), "template_share": own.template_share})


def _thread_dict(thread: ThreadCount | None) -> list[dict[str, Any]] | None:
    if thread is None:
        return None
    return [
        {
            "number": p.number,
            "start": p.content_start,
            "end": p.content_end,
            "used": p.count.used,
            "limit": p.count.limit,
            "reserved": p.count.reserved,
            "over": p.count.over,
        }
        for p in thread.parts
    ]


def _counts(doc: Document) -> Counts:
    text = doc.text
    kinds = doc.kinds
    return Counts(
        characters=len(text),
        # str.split() splits on exactly the characters str.isspace() accepts; counted in C.
        characters_without_spaces=sum(map(len, text.split())),
        words=len(doc.words),
        sentences=sum(1 for s in doc.sentences if s.words),
        paragraphs=len(doc.paragraphs),
        links=kinds.count(TokenKind.URL),
        mentions=kinds.count(TokenKind.MENTION),
        hashtags=kinds.count(TokenKind.HASHTAG),
        emoji=kinds.count(TokenKind.EMOJI),
    )


def _plain(value: Any) -> Any:
    """Tuples to lists so the dict equals what json.loads gives back."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
