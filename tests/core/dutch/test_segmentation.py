"""Dutch segmentation of posts: sentences, tokens and exact character offsets."""

from __future__ import annotations

import pytest

from schrijfhulp.core.dutch.segmentation import (
    LONG_TEXT,
    Document,
    InvalidTextError,
    TokenKind,
    release_gil,
    segment,
    tokenize,
)


def sentences(text: str) -> list[str]:
    doc = segment(text)
    _assert_offsets_exact(doc)
    return [s.text for s in doc.sentences]


def tokens(text: str, kind: TokenKind) -> list[str]:
    doc = segment(text)
    _assert_offsets_exact(doc)
    return [t.text for t in doc.tokens_of(kind)]


def _assert_offsets_exact(doc: Document) -> None:
    text = doc.text
    previous_end = 0
    for paragraph in doc.paragraphs:
        assert paragraph.start <= paragraph.end
        for sentence in paragraph.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
            assert paragraph.start <= sentence.start <= sentence.end <= paragraph.end
            for token in sentence.tokens:
                assert text[token.start : token.end] == token.text
                assert sentence.start <= token.start < token.end <= sentence.end
                assert token.start >= previous_end, "tokens overlap or go backwards"
                previous_end = token.end


# -- abbreviations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "abbreviation"),
    [
        ("Neem bijv. een fiets mee naar het werk.", "bijv."),
        ("We spraken o.a. over de begroting.", "o.a."),
        ("Het plan, d.w.z. het nieuwe plan, is klaar.", "d.w.z."),
        ("Gisteren sprak ik dhr. Jansen over de wijk.", "dhr."),
        ("Vraag het aan mevr. De Vries van de afdeling.", "mevr."),
        ("Er kwamen ca. 40 mensen naar de avond.", "ca."),
        ("Zie nr. 5 in de lijst.", "nr."),
        ("Een vraag m.b.t. de subsidie kun je mailen.", "m.b.t."),
        ("We nemen de trein i.p.v. de auto.", "i.p.v."),
    ],
)
def test_abbreviation_is_one_token_and_does_not_end_the_sentence(
    text: str, abbreviation: str
) -> None:
    assert sentences(text) == [text]
    assert tokens(text, TokenKind.ABBREVIATION) == [abbreviation]


def test_abbreviation_before_a_name_with_capital_stays_in_the_sentence() -> None:
    text = "Ik sprak met dhr. Jansen. Daarna met mevr. Bakker."
    assert sentences(text) == ["Ik sprak met dhr. Jansen.", "Daarna met mevr. Bakker."]


def test_abbreviation_at_sentence_start_is_recognised_in_capitals() -> None:
    assert tokens("Dhr. Jansen komt ook.", TokenKind.ABBREVIATION) == ["Dhr."]


def test_enz_and_etc_end_a_sentence_before_a_capital() -> None:
    text = "We kochten appels, peren etc. Daarna gingen we naar huis."
    assert sentences(text) == ["We kochten appels, peren etc.", "Daarna gingen we naar huis."]


def test_initials_do_not_end_a_sentence() -> None:
    text = "Het rapport is van A. de Vries en J.P. Balkenende."
    assert sentences(text) == [text]


# -- numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["3,5", "1.000", "13.00", "1.500,00", "50%", "20:30"])
def test_dutch_number_formats_are_one_token_and_never_split_a_sentence(number: str) -> None:
    text = f"Het gaat om {number} vandaag. Tot dan!"
    assert tokens(text, TokenKind.NUMBER) == [number]
    assert sentences(text) == [f"Het gaat om {number} vandaag.", "Tot dan!"]


def test_time_with_uur_stays_in_one_sentence() -> None:
    assert sentences("We beginnen om 13.00 uur. Kom op tijd.") == [
        "We beginnen om 13.00 uur.",
        "Kom op tijd.",
    ]


def test_numbers_are_not_words() -> None:
    doc = segment("Er kwamen 1.500 mensen.")
    assert [w.text for w in doc.words] == ["Er", "kwamen", "mensen"]


# -- links, e-mail, mentions, hashtags ----------------------------------------------------------


def test_url_keeps_its_path_and_drops_the_closing_full_stop() -> None:
    text = "Kijk op https://www.utrecht.nl/wonen. Of bel ons."
    assert tokens(text, TokenKind.URL) == ["https://www.utrecht.nl/wonen"]
    assert sentences(text) == ["Kijk op https://www.utrecht.nl/wonen.", "Of bel ons."]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Zie www.gemeente.nl voor meer.", "www.gemeente.nl"),
        ("Meer op gemeente.nl/afval vandaag.", "gemeente.nl/afval"),
        ("Lees meer (https://example.com/a_b).", "https://example.com/a_b"),
        ("Kijk op https://nos.nl.", "https://nos.nl"),
    ],
)
def test_links_with_and_without_scheme(text: str, url: str) -> None:
    assert tokens(text, TokenKind.URL) == [url]


def test_email_address_is_one_token() -> None:
    text = "Mail info@utrecht.nl of JAN@EXAMPLE.NL!"
    assert tokens(text, TokenKind.EMAIL) == ["info@utrecht.nl", "JAN@EXAMPLE.NL"]
    assert tokens(text, TokenKind.MENTION) == []


def test_mentions_and_hashtags() -> None:
    text = "Dank @janjansen en @jan_j voor #Utrecht en #WerkenBijDeGemeente!"
    assert tokens(text, TokenKind.MENTION) == ["@janjansen", "@jan_j"]
    assert tokens(text, TokenKind.HASHTAG) == ["#Utrecht", "#WerkenBijDeGemeente"]


def test_hashtag_needs_a_letter() -> None:
    text = "Wij zijn #1 in #2024verkiezingen."
    assert tokens(text, TokenKind.HASHTAG) == ["#2024verkiezingen"]


def test_links_mentions_and_hashtags_are_not_words() -> None:
    doc = segment("Zie https://utrecht.nl @gemeente #afval")
    assert [w.text for w in doc.words] == ["Zie"]


# -- emoji ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "emoji",
    [
        "👍",
        "👍🏽",  # skin tone
        "👨\u200d👩\u200d👧",  # ZWJ family
        "👩🏾\u200d💻",  # ZWJ with skin tone
        "🏳️\u200d🌈",  # flag sequence with variation selector
        "🇳🇱",  # regional indicators
        "1️⃣",  # keycap
        "#️⃣",  # keycap on '#', not a hashtag
        "❤️",
    ],
)
def test_emoji_sequence_is_one_token(emoji: str) -> None:
    text = f"Top {emoji} werk"
    assert tokens(text, TokenKind.EMOJI) == [emoji]
    assert [w.text for w in segment(text).words] == ["Top", "werk"]


def test_emoji_after_end_punctuation_starts_the_next_sentence() -> None:
    assert sentences("Top werk! 🎉 Tot morgen.") == ["Top werk!", "🎉 Tot morgen."]


# -- punctuation, quotes, ellipsis -----------------------------------------------------------


def test_ellipsis_ends_a_sentence_before_a_capital_only() -> None:
    assert sentences("Ik weet het niet... Misschien morgen… Wie weet?") == [
        "Ik weet het niet...",
        "Misschien morgen…",
        "Wie weet?",
    ]
    assert sentences("Het was... eh... leuk.") == ["Het was... eh... leuk."]


def test_repeated_marks_end_one_sentence() -> None:
    assert sentences("Echt?! Ja!!! Super.") == ["Echt?!", "Ja!!!", "Super."]


def test_missing_space_after_full_stop_still_splits() -> None:
    assert sentences("Wat een dag!Morgen weer.") == ["Wat een dag!", "Morgen weer."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Kom je ook?" vroeg ze. Hij zei: "Ja."', ['"Kom je ook?" vroeg ze.', 'Hij zei: "Ja."']),
        ("Hij zei: ‘Ja.’ Toen ging hij.", ["Hij zei: ‘Ja.’", "Toen ging hij."]),
        ("Zij vroeg: “Kom je?” Ik kwam.", ["Zij vroeg: “Kom je?”", "Ik kwam."]),
    ],
)
def test_closing_quote_belongs_to_the_sentence_it_closes(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


# -- line breaks, bullets, paragraphs --------------------------------------------------------


def test_line_break_ends_a_sentence_without_punctuation() -> None:
    assert sentences("Eerste regel\nTweede regel") == ["Eerste regel", "Tweede regel"]


def test_hard_wrapped_sentence_continues_on_a_lower_case_line() -> None:
    text = "Dit is een zin die\ndoorloopt op de volgende regel."
    assert sentences(text) == [text]


@pytest.mark.parametrize("bullet", ["-", "*", "•", "–", "1.", "2)"])
def test_bullet_items_are_sentences_without_their_marker(bullet: str) -> None:
    text = f"Onze plannen:\n{bullet} meer groen\n{bullet} betere bussen"
    assert sentences(text) == ["Onze plannen:", "meer groen", "betere bussen"]
    assert len(tokens(text, TokenKind.BULLET)) == 0  # markers are left out of the sentences


def test_blank_line_starts_a_new_paragraph_also_with_windows_line_ends() -> None:
    doc = segment("Regel een\r\n\r\nRegel twee\r\nRegel drie")
    _assert_offsets_exact(doc)
    assert [len(p.sentences) for p in doc.paragraphs] == [1, 2]
    assert [s.text for s in doc.sentences] == ["Regel een", "Regel twee", "Regel drie"]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\r"])
def test_unicode_line_separators_end_sentences(separator: str) -> None:
    assert sentences(f"Eerste regel{separator}Tweede regel") == ["Eerste regel", "Tweede regel"]


# -- apostrophes ---------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["auto's", "foto's", "zo'n", "baby's", "auto’s"])
def test_apostrophe_inside_a_word_keeps_it_one_word(word: str) -> None:
    doc = segment(f"Kijk naar {word} hier.")
    assert [w.text for w in doc.words] == ["Kijk", "naar", word, "hier"]


def test_s_ochtends_starts_a_sentence_and_is_a_word() -> None:
    text = "Het is laat. 's Ochtends is het druk. 's avonds ook."
    assert sentences(text) == ["Het is laat.", "'s Ochtends is het druk.", "'s avonds ook."]
    assert segment(text).words[3].text == "'s"


def test_short_forms_n_and_t_are_words() -> None:
    doc = segment("Dit is 'n test van 't systeem.")
    assert [w.text for w in doc.words] == ["Dit", "is", "'n", "test", "van", "'t", "systeem"]


# -- robustness ----------------------------------------------------------------------------


def test_empty_and_blank_text_have_no_sentences() -> None:
    for text in ["", "   ", "\n\n\n", "\t"]:
        doc = segment(text)
        assert doc.sentences == () and doc.words == ()


def test_lone_surrogate_is_rejected_with_a_dutch_message() -> None:
    with pytest.raises(InvalidTextError, match="ongeldig teken op positie 4"):
        segment("Hoi \ud83d daar")


def test_tokenize_gives_offsets_into_the_whole_text() -> None:
    text = "Eerst dit. Dan https://x.nl."
    found = list(tokenize(text, 11))
    assert [(t.text, t.kind) for t in found] == [
        ("Dan", TokenKind.WORD),
        ("https://x.nl", TokenKind.URL),
        (".", TokenKind.PUNCT),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_combining_accents_stay_inside_the_word() -> None:
    text = "Een cafe\u0301 in de stad."
    assert [w.text for w in segment(text).words] == ["Een", "cafe\u0301", "in", "de", "stad"]


@pytest.mark.parametrize("number", ["2e", "21ste", "3de", "12a", "2x"])
def test_ordinals_and_house_numbers_are_one_number_not_a_number_and_a_word(number: str) -> None:
    text = f"Het is de {number} keer."
    assert tokens(text, TokenKind.NUMBER) == [number]
    assert [w.text for w in segment(text).words] == ["Het", "is", "de", "keer"]


def test_regex_searches_keep_the_gil_on_a_post_and_let_it_go_on_a_long_text() -> None:
    # Letting go per match doubles the cost of tokenising a post; a long paste must not hold
    # the GUI thread up while a worker analyses it.
    assert release_gil("Een korte post.") is False
    assert release_gil("x" * LONG_TEXT) is None


def test_lowered_texts_per_sentence_line_up_with_the_sentences() -> None:
    doc = segment("Eerste Zin. TWEEDE zin!\n\n- Een Punt\n- nog één 😀 #Tag")
    assert sum(doc.lowered_by_sentence, ()) == doc.lowered
    for sentence, lowered in zip(doc.sentences, doc.lowered_by_sentence, strict=True):
        assert lowered == tuple(t.text.lower() for t in sentence.tokens)
