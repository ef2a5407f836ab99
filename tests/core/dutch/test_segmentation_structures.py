"""The segmented text as other modules read it: immutable tokens, words per sentence and kind."""

from __future__ import annotations

import dataclasses

import pytest

from schrijfhulp.core.dutch.segmentation import Sentence, Token, TokenKind, segment, tokenize

POST = (
    "Vorige week sprak ik met dhr. Jansen over de wijk. Kijk op gemeente.nl/overvecht.\n"
    "- We planten 40 bomen 🌳\n"
    "Doe je mee? Mail wijkteam@gemeente.nl of @WijkteamOost #Overvecht #SamenSterk"
)


def test_tokens_cannot_be_changed() -> None:
    token = segment(POST).tokens[0]
    with pytest.raises(AttributeError):
        token.start = 3  # type: ignore[misc]


def test_sentence_words_are_its_words_and_abbreviations_in_order() -> None:
    for sentence in segment(POST).sentences:
        expected = tuple(
            t for t in sentence.tokens if t.kind in (TokenKind.WORD, TokenKind.ABBREVIATION)
        )
        assert sentence.words == expected


def test_document_words_and_tokens_of_follow_the_sentences() -> None:
    doc = segment(POST)
    assert doc.words == tuple(w for s in doc.sentences for w in s.words)
    assert [t.text for t in doc.tokens_of(TokenKind.HASHTAG)] == ["#Overvecht", "#SamenSterk"]
    assert [t.text for t in doc.tokens_of(TokenKind.URL)] == ["gemeente.nl/overvecht"]
    assert [t.text for t in doc.tokens_of(TokenKind.EMOJI)] == ["🌳"]


def test_a_sentence_made_by_hand_equals_the_segmented_one() -> None:
    sentence = segment(POST).sentences[0]
    copy = Sentence(sentence.start, sentence.end, sentence.text, sentence.tokens)
    assert copy == sentence and hash(copy) == hash(sentence)
    assert copy.words == sentence.words
    assert dataclasses.replace(sentence, tokens=sentence.tokens[:2]).words == sentence.words[:2]


def test_tokenize_gives_the_same_tokens_as_segment_for_one_line() -> None:
    line = "Kijk op https://www.gemeente.nl/afval. Of mail info@gemeente.nl!"
    assert list(tokenize(line)) == list(segment(line).tokens)
    assert all(isinstance(t, Token) for t in tokenize(line))
    assert [t.text for t in tokenize(line, 8, 38)] == ["https://www.gemeente.nl/afval", "."]
