"""Named matchers a rule file may use (``matcher = "passive"``) where a pattern can't say it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import Document
from schrijfhulp.core.rules import (
    clarity,
    grammar_auxiliary,
    grammar_comparative,
    grammar_pronouns,
    grammar_verbs,
    grammar_words,
    plain_forms,
    posts,
)
from schrijfhulp.core.rules.model import Hit, Rule

Matcher = Callable[[Document, Rule, CheckContext], Iterable[Hit]]

MATCHERS: dict[str, Matcher] = {
    "passive": clarity.passive,
    "stacked_prepositions": clarity.stacked_prepositions,
    "sentence_capital": posts.sentence_capital,
    "all_caps": posts.all_caps,
    "hashtag_count": posts.hashtag_count,
    "hashtag_camel_case": posts.hashtag_camel_case,
    "emoji_count": posts.emoji_count,
    "link_mid_post": posts.link_mid_post,
    "mixed_address": posts.mixed_address,
    "verb_agreement": grammar_verbs.verb_agreement,
    "participle": grammar_verbs.participle,
    "past_tense": grammar_verbs.past_tense,
    "present_for_past": grammar_verbs.present_for_past,
    "comparative_als": grammar_comparative.comparative_als,
    "relative_pronoun": grammar_words.relative_pronoun,
    "pronoun_case": grammar_pronouns.pronoun_case,
    "auxiliary": grammar_auxiliary.auxiliary,
    "possessive_pronoun": grammar_pronouns.possessive_pronoun,
    "light_verb": plain_forms.light_verb,
    "jargon_form": plain_forms.jargon_form,
}
