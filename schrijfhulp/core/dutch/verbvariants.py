"""The verb form a writer meant by a form with the wrong ending: 'gebeurd' for 'gebeurt',
'werkde' for 'werkte'. The clause finder asks these to see a misspelt verb as a verb; the
grammar rules ask them for the suggestion. Cached per form.
"""

from __future__ import annotations

from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.lexicon import lexicon


def dt_variant(form: str) -> str:
    """The present tense form meant by a form ending in d ('gebeurd' -> 'gebeurt'), or ''."""
    if len(form) > 3 and form.endswith("d"):
        candidate = form[:-1] + "t"
        if t.info(candidate).bits & t.PRES_3:
            return candidate
    return ""


_PAST_ENDINGS = ("dden", "tten", "den", "ten", "en", "dde", "tte", "de", "te", "e")
_PAST: dict[str, str] = {}


def past_variant(form: str) -> str:
    """The past tense meant by stem + a wrong ending ('werkde' -> 'werkte', 'antwoorde' ->
    'antwoordde', 'fietsden' -> 'fietsten'), or ''; the lexicon knows every verb's own past."""
    found = _PAST.get(form)
    if found is None:
        if len(_PAST) > 50_000:
            _PAST.clear()
        found = _PAST[form] = _past_variant(form)
    return found


def _past_variant(word: str) -> str:
    if t.info(word).bits & (t.NOUN | t.ADJ) and lexicon().zipf(word) >= 3.0:
        return ""  # 'rente' is no 'rende': a common noun or adjective is what it looks like
    for ending in _PAST_ENDINGS:
        stem = word[: -len(ending)]
        if len(stem) < 2 or not word.endswith(ending):
            continue
        info = t.info(stem)
        if not info.bits & t.PRES_1 or not info.verbs:
            continue
        forms = lexicon().verb(info.verbs[0])
        if forms is None or forms.stem != stem:
            continue
        if ending in ("e", "en") and not stem.endswith(("d", "t")):
            continue  # 'ter plaatse': only 'brande', 'wachte' lack a d or t
        right = forms.past_pl if ending.endswith("n") else forms.past_sg
        return right if right != word and right.startswith(stem) else ""
    return ""
