"""The draft store: saving, titles, versions, the bin, search and files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from schrijfhulp.core import drafts as drafts_module
from schrijfhulp.core.drafts import (
    DraftConflictError,
    DraftStore,
    derive_title,
    is_meaningful_change,
    search_expression,
)
from schrijfhulp.core.drafts.files import export_draft, file_name, read_draft_file
from schrijfhulp.core.settings import Paths

OPEN_DAY = (
    "Open dag bij de brandweer!\n\n"
    "Zaterdag 14 juni zetten we de deuren van de kazerne open. Kom kijken hoe we oefenen, "
    "klim in de ladderwagen en maak kennis met onze vrijwilligers. #brandweer #opendag"
)
VACANCY = (
    "Wij zoeken een nieuwe collega voor het team Burgerzaken.\n"
    "Werk je graag met mensen? Reageer vóór 1 juli via onze website."
)
CAFE = "Vrijdagmiddag sluiten we de week af in het café naast het stadhuis. Iedereen is welkom."


class Clock:
    """A clock the test moves by hand, so version intervals need no sleeping."""

    def __init__(self, start: float = 1_750_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock) -> Iterator[DraftStore]:
    opened = DraftStore.open(Paths.default().drafts_db, clock)
    assert opened.problems == []
    yield opened
    opened.close()


def test_store_lives_in_the_data_dir_in_wal_mode(store: DraftStore) -> None:
    assert store.path == Paths.default().data_dir / "concepten.sqlite3"
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_title_follows_first_line_until_the_user_sets_one(store: DraftStore) -> None:
    draft = store.create(OPEN_DAY)
    assert draft.title == "Open dag bij de brandweer!"
    store.save_text(draft.id, VACANCY)
    assert store.get(draft.id).title == "Wij zoeken een nieuwe collega voor het team Burgerzaken."
    store.update(draft.id, title="Vacature Burgerzaken")
    store.save_text(draft.id, OPEN_DAY)
    assert store.get(draft.id).title == "Vacature Burgerzaken"
    store.update(draft.id, title="")
    assert store.get(draft.id).title == "Open dag bij de brandweer!"


def test_long_first_line_is_cut_at_a_word() -> None:
    title = derive_title("## " + "Vandaag tekenen we het convenant over duurzame inkoop " * 3)
    assert title.endswith("…") and len(title) <= 61
    assert title.startswith("Vandaag tekenen we")
    assert derive_title("\n\n   \n") == ""


def test_save_keeps_text_platform_and_status(store: DraftStore) -> None:
    draft = store.create(VACANCY, platform="x", template_id="vacature")
    revision = store.save_text(draft.id, VACANCY + " Solliciteer snel!", draft.revision)
    store.update(draft.id, status="klaar", platform="linkedin")
    saved = store.get(draft.id)
    assert saved.text.endswith("Solliciteer snel!")
    assert (saved.status, saved.platform, saved.template_id) == ("klaar", "linkedin", "vacature")
    assert saved.revision == revision == draft.revision + 1


def test_new_platform_or_status_is_an_edit_but_the_same_values_are_not(
    store: DraftStore, clock: Clock
) -> None:
    draft = store.create(VACANCY, platform="x")
    clock.now += 60
    store.update(draft.id, platform="x", status="concept", template_id="")
    assert store.get(draft.id).updated == draft.updated
    store.update(draft.id, status="klaar")
    assert store.get(draft.id).updated == clock.now
    clock.now += 60
    store.update(draft.id, platform="linkedin")
    assert store.get(draft.id).updated == clock.now


def test_unknown_status_is_refused(store: DraftStore) -> None:
    draft = store.create(VACANCY)
    with pytest.raises(ValueError, match="geplaatst"):
        store.update(draft.id, status="gepubliceerd")


def test_snapshot_at_most_every_few_minutes_and_only_for_real_changes(
    store: DraftStore, clock: Clock
) -> None:
    draft = store.create(OPEN_DAY)
    assert len(store.versions(draft.id)) == 1
    clock.advance(30)
    store.save_text(draft.id, OPEN_DAY + " Toegang is gratis, ook voor kinderen.")
    assert len(store.versions(draft.id)) == 1  # too soon
    clock.advance(drafts_module.VERSION_INTERVAL_S)
    store.save_text(draft.id, OPEN_DAY + " Toegang is gratis, ook voor kinderen!")
    assert len(store.versions(draft.id)) == 2  # differs from the last snapshot by > 20 chars
    clock.advance(drafts_module.VERSION_INTERVAL_S)
    store.save_text(draft.id, OPEN_DAY + " Toegang is gratis, ook voor kinderen!!")
    assert len(store.versions(draft.id)) == 2  # one character is not worth a version


def test_versions_are_capped_oldest_first(store: DraftStore, clock: Clock) -> None:
    draft = store.create("Versie 0 " + VACANCY)
    for n in range(1, drafts_module.VERSION_CAP + 10):
        clock.advance(drafts_module.VERSION_INTERVAL_S)
        store.save_text(draft.id, f"Versie {n} " + VACANCY + " extra zin" * (3 * n))
    versions = store.versions(draft.id)
    assert len(versions) == drafts_module.VERSION_CAP
    assert versions[0].text.startswith(f"Versie {drafts_module.VERSION_CAP + 9} ")
    assert not any(v.text.startswith("Versie 0 ") for v in versions)


def test_restoring_a_version_keeps_the_current_text_as_a_version(
    store: DraftStore, clock: Clock
) -> None:
    draft = store.create(OPEN_DAY)
    clock.advance(10)
    store.save_text(draft.id, VACANCY)
    first = store.versions(draft.id)[-1]
    restored = store.restore_version(draft.id, first.id)
    assert restored.text == OPEN_DAY
    assert VACANCY in [v.text for v in store.versions(draft.id)]


def test_meaningful_change_ignores_typos() -> None:
    assert not is_meaningful_change(VACANCY, VACANCY.replace("collega", "colega"))
    assert is_meaningful_change(VACANCY, VACANCY + " Het is een baan voor 32 uur per week.")
    assert is_meaningful_change(VACANCY, VACANCY[:40] + "Werk je graag buiten? Dan past het.")


def test_search_finds_words_in_title_and_text_without_accents(store: DraftStore) -> None:
    open_day = store.create(OPEN_DAY)
    vacancy = store.create(VACANCY, title="Vacature")
    cafe = store.create(CAFE)
    assert [d.id for d in store.list_drafts("ladderwagen")] == [open_day.id]
    assert [d.id for d in store.list_drafts("vacat")] == [vacancy.id]  # prefix while typing
    assert [d.id for d in store.list_drafts("cafe")] == [cafe.id]
    assert [d.id for d in store.list_drafts("voor 1 juli")] == [vacancy.id]
    assert store.list_drafts("brandweer vacature") == []  # all words must match
    assert len(store.list_drafts('"; DROP TABLE drafts; --')) == 0  # quotes are harmless


def test_search_expression_quotes_words_and_prefixes_the_last() -> None:
    assert search_expression('zaterdag "open') == '"zaterdag" "open"*'
    assert search_expression("  !? ") == ""


def test_list_filters_by_platform_and_status_newest_first(store: DraftStore, clock: Clock) -> None:
    a = store.create(OPEN_DAY, platform="facebook")
    clock.advance(5)
    b = store.create(VACANCY, platform="linkedin", status="klaar")
    clock.advance(5)
    c = store.create(CAFE, platform="linkedin")
    assert [d.id for d in store.list_drafts()] == [c.id, b.id, a.id]
    assert [d.id for d in store.list_drafts(platform="linkedin")] == [c.id, b.id]
    assert [d.id for d in store.list_drafts(platform="linkedin", status="klaar")] == [b.id]
    assert store.latest_id() == c.id


def test_bin_keeps_drafts_for_thirty_days(store: DraftStore, clock: Clock) -> None:
    draft = store.create(CAFE)
    store.delete(draft.id)
    assert store.list_drafts() == []
    assert [d.id for d in store.list_drafts(in_bin=True)] == [draft.id]
    assert store.list_drafts("stadhuis") == []  # the bin stays out of search
    store.restore(draft.id)
    assert [d.id for d in store.list_drafts()] == [draft.id]
    store.delete(draft.id)
    clock.advance(29 * 24 * 3600)
    assert store.purge_bin() == 0
    clock.advance(2 * 24 * 3600)
    assert store.purge_bin() == 1
    assert store.list_drafts(in_bin=True) == []


def test_duplicate_copies_text_and_platform_as_new_concept(store: DraftStore) -> None:
    draft = store.create(VACANCY, platform="instagram", status="geplaatst")
    copy = store.duplicate(draft.id)
    assert copy.id != draft.id
    assert (copy.text, copy.platform, copy.status) == (VACANCY, "instagram", "concept")
    assert copy.title.endswith("(kopie)")


def test_second_window_saving_an_old_revision_gets_a_conflict(clock: Clock) -> None:
    path = Paths.default().drafts_db
    first, second = DraftStore.open(path, clock), DraftStore.open(path, clock)
    draft = first.create(OPEN_DAY)
    first.save_text(draft.id, OPEN_DAY + " Tot zaterdag!", draft.revision)
    with pytest.raises(DraftConflictError, match="ander venster"):
        second.save_text(draft.id, OPEN_DAY + " Neem je kinderen mee.", draft.revision)
    assert second.get(draft.id).text.endswith("Tot zaterdag!")
    first.close()
    second.close()


def test_export_and_import_round_trip(store: DraftStore, tmp_path: Path) -> None:
    titled = store.create(VACANCY, title="Vacature Burgerzaken")
    plain = store.create(OPEN_DAY)
    md = export_draft(store.get(titled.id), tmp_path, "md")
    txt = export_draft(store.get(plain.id), tmp_path, "txt")
    assert md.name == f"{titled.id:04d}-vacature-burgerzaken.md"
    assert md.read_text(encoding="utf-8").startswith("# Vacature Burgerzaken\n\nWij zoeken")
    assert read_draft_file(md) == ("Vacature Burgerzaken", VACANCY)
    assert read_draft_file(txt) == (None, OPEN_DAY)
    assert not list(tmp_path.glob("*.tmp"))


def test_file_name_is_safe_for_any_title(store: DraftStore) -> None:
    draft = store.create('Wat/waar?*: "Pas op" <b>\n')
    name = file_name(draft, "txt")
    assert name.startswith(f"{draft.id:04d}-") and name.endswith(".txt")
    assert not set('/\\?*:"<>') & set(name)
