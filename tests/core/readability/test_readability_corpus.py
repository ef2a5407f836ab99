"""The verdict over the team's corpora: one judgement per text, everyday words never rare."""

from __future__ import annotations

import csv
import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

from schrijfhulp.cli.check import format_report
from schrijfhulp.core.analysis import Analysis, analyse
from schrijfhulp.core.readability import dutch_reason

DATA = Path(__file__).parents[2] / "data"
# Words that judge a text: only the verdict line may use them.
# ("moeilijkste zinnen" names a list, it does not judge the text)
JUDGING = re.compile(r"\b((ge)?makkelijk|moeilijk|normaal)\b", re.IGNORECASE)
EVERYDAY = ("appje", "aanvrager", "benadeelt", "strompelt", "knel", "buurtapp")


def _corpus() -> list[str]:
    texts: list[str] = []
    for path in [DATA / "good_posts.toml", *sorted((DATA / "realistic_posts").rglob("*.toml"))]:
        texts += [post["text"] for post in tomllib.loads(path.read_text("utf-8"))["post"]]
    for path in sorted((DATA / "accuracy").rglob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as rows:
            rows_read = csv.reader(rows, delimiter="\t")
            texts += [row[-1] for row in rows_read if len(row) > 1 and not row[0].startswith("#")]
    return texts


CORPUS = _corpus()


@cache
def _analyses() -> list[Analysis]:
    return [analyse(text, checkers=[]) for text in CORPUS]  # readability and platform only


def test_the_corpus_is_large_enough_to_mean_something() -> None:
    assert len(CORPUS) > 200


def test_no_text_gets_a_verdict_and_a_detail_that_disagree() -> None:
    for analysis in _analyses():
        text = analysis.text
        r = analysis.readability
        if not r.words:
            continue
        verdict_line, _, rest = r.verdict_text.partition(".")
        shown = [rest, *(dutch_reason(x) for s in r.sentence_difficulties for x in s.reasons)]
        # the readability part of the report below the verdict (remarks quote the user's words)
        report = format_report(analysis).split("\n\n", 1)[0].split("\n", 1)[-1]
        for part in [*shown, report]:
            assert not JUDGING.search(part), (text, part)
        assert str(r.level) in verdict_line
        assert "douma_band" not in analysis.to_dict()["readability"]


def test_everyday_words_in_the_corpus_draw_no_rare_word_hint() -> None:
    for analysis in _analyses():
        text = analysis.text
        rare = {
            text[f.start : f.end].lower()
            for f in analysis.findings
            if f.rule_id == "leesbaarheid.zeldzaam-woord"
        }
        assert not rare & set(EVERYDAY), (text, rare)


@pytest.mark.parametrize("word", EVERYDAY)
def test_everyday_word_in_a_post_draws_no_rare_word_hint(word: str) -> None:
    analysis = analyse(f"Gisteren zag ik het woord {word} in een bericht van de buurt.")
    assert [f for f in analysis.findings if f.rule_id == "leesbaarheid.zeldzaam-woord"] == []
