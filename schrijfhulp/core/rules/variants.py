"""A compiled plain-language entry: the row of slots the matcher walks (see plain.py)."""

from __future__ import annotations

from dataclasses import dataclass

from schrijfhulp.core.rules.entries import Entry

Slot = frozenset[str] | None  # the lower-case forms a token may have; None: a gap


@dataclass(frozen=True, slots=True)
class Variant:
    slots: tuple[Slot, ...]
    entry: Entry
    owner: str  # rule id the hits belong to
    required: frozenset[str]  # words that must all be in the text (the one-form slots)
    verb_slot: int = -1
    verb_fields: tuple[tuple[str, tuple[str, ...]], ...] = ()  # form -> fields of the verb
    verb_first: bool = False  # main-clause order: finite verb, gap, rest
    with_te: bool = False  # 'mede te delen'
    # The particle of a separable verb ends the match: it must end the clause too, or it is a
    # preposition ('dient de soep op in grote kommen' is not 'indienen').
    particle_last: bool = False

    @property
    def size(self) -> int:
        return sum(slot is not None for slot in self.slots)
