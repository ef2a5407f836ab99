"""A draad in the main count: every part counted as posted, room kept for verplichte onderdelen."""

from __future__ import annotations

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.open_points import TOO_LONG, open_points
from schrijfhulp.core.packs.conditions import Conditions
from schrijfhulp.core.packs.requirements import ElementKind, RequiredElement
from schrijfhulp.core.platforms.thread_count import copy_text, describe_thread
from schrijfhulp.core.platforms.threads import make_thread, remove_markers, thread_parts

SENTENCE = "Vanaf maandag rijdt bus 12 weer elk kwartier door de wijk Overvecht. "
TEXT = (SENTENCE * 15).strip()  # about 1,000 characters
HASHTAG = RequiredElement(
    "gemeente",
    "Gemeente Voorbeeld",
    ElementKind.HASHTAG,
    "#BusInDeWijk",
    "Zo vinden inwoners alle berichten over de bus.",
)
CONDITIONS = Conditions(required=(HASHTAG,))


def test_a_thread_on_x_is_counted_per_part_not_as_one_post() -> None:
    thread = make_thread(TEXT, "x")
    analysis = analyse(thread, "x", checkers=[])
    assert analysis.thread is not None
    assert describe_thread(analysis.thread) == f"{analysis.thread.total} delen, elk past"
    assert not analysis.platform_count.over and analysis.platform_count.used <= 280
    assert analysis.overflow_spans() == ()
    assert not [f for f in analysis.findings if f.rule_id.startswith("platform.")]
    assert open_points(analysis) == ()


def test_one_part_too_long_is_named_and_marked_inside_that_part() -> None:
    parts = make_thread(TEXT, "x").split("\n---\n")
    text = "\n---\n".join([parts[0], parts[1] + " " + parts[2], *parts[3:]])
    analysis = analyse(text, "x", checkers=[])
    assert analysis.thread is not None
    assert describe_thread(analysis.thread).startswith(f"Deel 2 van {len(parts) - 1} is te lang")
    second = analysis.thread.parts[1]
    [(start, end)] = analysis.overflow_spans()
    assert second.content_start < start < end == second.content_end
    [finding] = [f for f in analysis.findings if f.rule_id == "platform.te-lang"]
    assert (finding.start, finding.end) == (start, end)
    assert finding.message.startswith("Deel 2 van ")
    [point] = open_points(analysis)
    assert point.code == TOO_LONG and point.message.startswith("Deel 2 van ")


def test_kopieer_voor_copies_part_one_without_markers() -> None:
    thread = make_thread(TEXT, "x")
    copied, total = copy_text(thread, "x")
    assert total == len(thread_parts(thread, "x")) > 1
    assert copied.endswith(f" 1/{total}") and "---" not in copied
    second, _ = copy_text(thread, "x", number=2)
    assert second.endswith(f" 2/{total}")
    linkedin, one = copy_text(thread, "linkedin")  # no threads there: one post again
    assert one == 1 and "---" not in linkedin and linkedin == remove_markers(thread).strip()


def test_the_split_keeps_room_for_a_missing_hashtag_in_the_last_part() -> None:
    doc_text = TEXT
    analysis = analyse(doc_text, "x", conditions=CONDITIONS, checkers=[])
    assert analysis.platform_count.reserved > 0  # one post: counted against the whole text
    complete = CONDITIONS.thread_completion(segment(doc_text), "x")
    assert complete is not None
    thread = make_thread(doc_text, "x", complete=complete)
    parts = thread_parts(thread, "x", complete=complete)
    last = parts[-1]
    assert last.count.reserved == len(" #BusInDeWijk") + 1  # on a line of its own: "\n\n#…"
    assert all(not p.count.over for p in parts)
    assert all(p.count.reserved == 0 for p in parts[:-1])
    # The analysis counts the same: the hashtag's room is in the last part only.
    counted = analyse(thread, "x", conditions=CONDITIONS, checkers=[])
    assert counted.thread is not None
    assert [p.count.reserved for p in counted.thread.parts] == [p.count.reserved for p in parts]
    # With the hashtag added where the voorstel puts it, the last part still fits.
    [missing] = [f for f in counted.findings if f.rule_id == HASHTAG.rule_id]
    added = thread[: missing.start] + missing.suggestions[0] + thread[missing.start :]
    assert not analyse(added, "x", conditions=CONDITIONS, checkers=[]).thread.over  # type: ignore[union-attr]


def test_a_full_last_part_is_too_long_once_the_hashtag_must_go_in() -> None:
    thread = make_thread(TEXT, "x")  # split without room for the hashtag
    plain = analyse(thread, "x", checkers=[])
    assert plain.thread is not None
    last = plain.thread.parts[-1]
    room = 280 - last.count.used
    filler = "Kom langs. " * 40
    longer = thread + " " + filler[: room - 1].strip()
    assert not analyse(longer, "x", checkers=[]).platform_count.over
    counted = analyse(longer, "x", conditions=CONDITIONS, checkers=[])
    assert counted.thread is not None and counted.thread.parts[-1].count.over
