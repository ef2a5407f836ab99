"""A plain-language tip says its category once: the message names it, the reason explains."""

from __future__ import annotations

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.rules.entries import without_label


def message_for(text: str, word: str) -> str:
    analysis = analyse(text, "linkedin")
    [finding] = [f for f in analysis.findings if analysis.text[f.start : f.end] == word]
    return finding.message


def test_the_category_is_not_said_twice() -> None:
    message = message_for("Dit is ten behoeve van de buurt.", "ten behoeve van")
    assert message.startswith("'ten behoeve van' klinkt ambtelijk. ")
    assert "ambtelijk. Ambtelijk" not in message
    assert message.lower().count("ambtelijk") == 1


def test_a_label_that_only_repeats_the_category_goes() -> None:
    assert without_label("Ambtelijk. Met 'voor' is het korter.") == "Met 'voor' is het korter."
    assert without_label("Heel ouderwets. Zeg 'al'.") == "Zeg 'al'."
    assert without_label("Onnodig leenwoord. Zeg 'overleg'.") == "Zeg 'overleg'."


def test_a_first_sentence_that_adds_something_stays() -> None:
    for reason in (
        "Latijn. Niet iedereen kent het.",
        "Niet iedereen kent dit woord. Zeg 'nu'.",
        "Ambtelijk.",
        "Stijve briefzin. Schrijf 'We vertellen u graag dat …'.",
    ):
        assert without_label(reason) == reason
