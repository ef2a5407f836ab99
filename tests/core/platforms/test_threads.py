"""Threads: a long text split into numbered parts that each fit, at Dutch sentence ends."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schrijfhulp.core.dutch.segmentation import TokenKind, segment
from schrijfhulp.core.platforms import count
from schrijfhulp.core.platforms.threads import (
    MARKER,
    has_markers,
    make_thread,
    mark_thread,
    remove_markers,
    split_points,
    split_text,
    supports_thread,
    thread_parts,
)
from schrijfhulp.core.platforms.unicode_units import utf8_length
from schrijfhulp.core.platforms.urls import extract_urls

SENTENCES = (
    "Vorige week sprak ik met bewoners van de wijk Overvecht.",
    "Ze vertelden wat ze missen in hun buurt: een plek om samen te koken, meer groen en een bus "
    "die vaker rijdt.",
    "Veel van hun ideeën zijn eenvoudig en kosten weinig geld.",
    "Daarom gaan we er nu mee aan de slag! 💚",
    "Kijk op https://www.gemeente.nl/overvecht/ideeen-van-bewoners voor alle plannen.",
    "Dhr. Jansen van de bewonersvereniging denkt mee, bijv. over het plein.",
    "Heb je een idee voor je eigen straat?",
    "Mail het naar wijkteam@gemeente.nl of stuur een bericht aan @WijkteamOvervecht.",
    "Op 14 mei om 19.30 uur is de eerste avond in het buurthuis aan de Wijkstraat 12.",
    "Er is koffie en thee en de kinderopvang is gratis. #Overvecht #SamenSterk",
)


def dutch_text(length: int) -> str:
    words: list[str] = []
    i = 0
    while len(" ".join(words)) < length:
        words.append(SENTENCES[i % len(SENTENCES)])
        i += 1
    return " ".join(words)[:length].rsplit(" ", 1)[0] + "."


def test_thousand_characters_on_x_become_parts_that_fit_with_their_number() -> None:
    text = dutch_text(1000)
    parts = split_text(text, "x")
    assert len(parts) >= 4
    for part in parts:
        assert part.posted.endswith(f" {part.number}/{len(parts)}")
        assert count(part.posted, "x").used <= 280
        assert part.count.used == count(part.posted, "x").used
        assert part.content.rstrip()[-1] in ".!?💚"  # ends with a sentence


def test_bluesky_parts_fit_graphemes_and_bytes() -> None:
    text = dutch_text(1000) + " " + "🧑‍🧑‍🧒" * 200
    for part in split_text(text, "bluesky"):
        assert part.count.used <= 300
        assert utf8_length(part.posted) <= 3000


def test_a_text_that_fits_is_one_part_without_number() -> None:
    parts = split_text("Vanaf maandag rijdt bus 12 weer.", "x")
    assert [p.posted for p in parts] == ["Vanaf maandag rijdt bus 12 weer."]
    assert split_points("Vanaf maandag rijdt bus 12 weer.", "x") == ()


def test_one_long_sentence_is_split_at_a_clause_boundary() -> None:
    sentence = (
        "We bouwen in de komende jaren in de wijk Overvecht meer dan driehonderd nieuwe "
        "woningen voor starters, ouderen en gezinnen met jonge kinderen, en we planten op "
        "de pleinen bij de scholen en het buurthuis veertig nieuwe bomen, maar we doen dat "
        "niet alleen, want bewoners, scholen en ondernemers denken vanaf het begin mee over "
        "wat er moet komen en waar het het beste past in hun eigen straat en buurt."
    )
    parts = split_text(sentence, "x")
    assert len(parts) == 2
    first = parts[0].content
    assert first.endswith(",") or parts[1].content.split()[0] in ("maar", "want", "en")


def test_never_splits_a_long_link() -> None:
    link = "https://www.gemeente.nl/" + "a" * 400
    text = "Lees het hele plan. " + link + " Reageer voor 1 juni."
    for part in split_text(text, "bluesky"):
        assert link in part.text or link not in text[part.start - 1 : part.end + 1]
    assert any(link in part.text for part in split_text(text, "bluesky"))


def test_markers_make_the_parts_and_moving_one_moves_the_split() -> None:
    text = make_thread(dutch_text(700), "x")
    assert has_markers(text)
    parts = thread_parts(text, "x")
    assert len(parts) == text.count(f"\n{MARKER}\n") + 1
    for part in parts:
        assert text[part.content_start : part.content_end] == part.content
    marker = text.index(f"\n{MARKER}\n")
    last_sentence = text.rindex(". ", 0, marker) + 2
    moved = (
        f"{text[:last_sentence]}\n{MARKER}\n{text[last_sentence:marker]} "
        + text[marker + len(MARKER) + 2 :]
    )
    moved_parts = thread_parts(moved, "x")
    assert len(moved_parts) == len(parts)
    assert moved_parts[0].content == text[: last_sentence - 1]
    assert moved_parts[1].content.startswith(text[last_sentence:marker])


def test_removing_markers_gives_one_post_again() -> None:
    text = "Eerste zin.\n---\nTweede zin."
    assert remove_markers(text) == "Eerste zin.\nTweede zin."
    assert [p.posted for p in thread_parts(text, "mastodon")] == [
        "Eerste zin. 1/2",
        "Tweede zin. 2/2",
    ]
    assert mark_thread("Eerste zin. Tweede zin.", (12,)) == "Eerste zin.\n---\nTweede zin."


def test_only_x_bluesky_mastodon_and_threads_make_threads() -> None:
    assert [p for p in ("x", "bluesky", "mastodon", "threads") if supports_thread(p)] == [
        "x",
        "bluesky",
        "mastodon",
        "threads",
    ]
    assert not supports_thread("linkedin")


def test_ten_or_more_parts_reserve_room_for_two_digits() -> None:
    text = dutch_text(3500)
    parts = split_text(text, "x")
    assert len(parts) >= 10
    assert all(p.count.used <= 280 for p in parts)
    assert parts[-1].posted.endswith(f" {len(parts)}/{len(parts)}")


# --- properties --------------------------------------------------------------------------------

PIECES = [
    *SENTENCES,
    "https://www.utrecht.nl/wonen",
    "voorbeeld.nl/pad",
    "@gemeente",
    "#DuurzaamBouwen",
    "info@gemeente.nl",
    "👍🏽",
    "🧑‍🧑‍🧒",
    "🇳🇱",
    "e\u0301",
    "\n\n",
    "\n",
    ", ",
    "; ",
    " ",
    "huisvestingsverordening",
]
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join),
    st.text(
        st.characters(blacklist_categories=("Cs",)),
        max_size=700,
    ),
)
GRAPHEME = regex.compile(r"\X")


def protected_spans(text: str) -> list[tuple[int, int]]:
    kinds = {TokenKind.URL, TokenKind.EMAIL, TokenKind.MENTION, TokenKind.HASHTAG}
    spans = [(t.start, t.end) for t in segment(text).tokens if t.kind in kinds]
    return spans + [(u.start, u.end) for u in extract_urls(text)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, platform=st.sampled_from(["x", "bluesky", "mastodon", "threads"]))
def test_parts_join_to_the_text_and_never_break_a_token(text: str, platform: str) -> None:
    parts = split_text(text, platform, limit=60 if platform == "mastodon" else None)
    assert "".join(p.text for p in parts) == text
    boundaries = {m.start() for m in GRAPHEME.finditer(text)} | {len(text)}
    spans = protected_spans(text)
    for part in parts[1:]:
        assert part.start in boundaries
        assert not any(a < part.start < b for a, b in spans)
