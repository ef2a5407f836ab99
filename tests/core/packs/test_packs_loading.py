"""Loading packs from every place: newest version wins, broken or unreachable ones never stop
the others, and a shared pack that cannot be reached is served from the local cache."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from schrijfhulp.core.packs import load_packs
from schrijfhulp.core.settings import Paths, load_settings
from tests.core.packs.test_packs_format import MANIFEST, VACANCY, pack_files, write_pack
from tests.core.packs.test_packs_sources import zip_bytes


def manifest(version: str, name: str = "Gemeente") -> str:
    return MANIFEST.replace('"1.2"', f'"{version}"').replace('"Gemeente"', f'"{name}"')


def vacancy(label: str) -> str:
    return VACANCY.replace('naam = "Vacature"', f'naam = "{label}"')


@pytest.fixture
def paths() -> Paths:
    return Paths.default()  # conftest points these at a fresh temporary folder


def names(packs: object) -> dict[str, str]:
    return {p.id: p.manifest.version for p in packs}  # type: ignore[attr-defined]


def test_default_pack_is_always_there(paths: Paths) -> None:
    loaded = load_packs(paths)
    assert names(loaded.packs) == {"standaard": "1.0"}
    assert loaded.problems == ()
    assert loaded.template("standaard/linkedin-vacature") is not None


def test_packs_in_the_users_own_folder_load(paths: Paths) -> None:
    write_pack(paths.packs_dir / "gemeente")
    (paths.packs_dir / "wijkteam.zip").write_bytes(
        zip_bytes(pack_files(sjabloonpakket_toml=manifest("1.0", "Wijkteam")))
    )
    loaded = load_packs(paths)
    assert names(loaded.packs) == {"gemeente": "1.2", "wijkteam": "1.0", "standaard": "1.0"}


def test_newest_version_wins_wherever_it_lives(paths: Paths, tmp_path: Path) -> None:
    write_pack(
        paths.packs_dir / "gemeente",
        sjabloonpakket_toml=manifest("1.10"),
        sjablonen__vacature_toml=vacancy("Nieuwste"),
    )
    shared = write_pack(
        tmp_path / "share" / "gemeente",
        sjabloonpakket_toml=manifest("1.9"),
        sjablonen__vacature_toml=vacancy("Oud"),
    )
    loaded = load_packs(paths, [str(shared.parent)])
    assert names(loaded.packs)["gemeente"] == "1.10"
    assert loaded.template("gemeente/vacature").name == "Nieuwste"  # type: ignore[union-attr]


def test_same_version_prefers_the_shared_location_of_it(paths: Paths, tmp_path: Path) -> None:
    write_pack(paths.packs_dir / "gemeente", sjablonen__vacature_toml=vacancy("Eigen map"))
    shared = write_pack(tmp_path / "share" / "gemeente", sjablonen__vacature_toml=vacancy("IT"))
    loaded = load_packs(paths, [str(shared)])
    assert loaded.template("gemeente/vacature").name == "IT"  # type: ignore[union-attr]


def test_broken_pack_is_skipped_and_the_others_still_load(paths: Paths) -> None:
    write_pack(paths.packs_dir / "gemeente", sjablonen__vacature_toml=VACANCY.split("tekst")[0])
    write_pack(paths.packs_dir / "wijkteam", sjabloonpakket_toml=manifest("1.0", "Wijkteam"))
    loaded = load_packs(paths)
    assert names(loaded.packs) == {"wijkteam": "1.0", "standaard": "1.0"}
    assert loaded.problems == (
        "Het sjabloonpakket 'Gemeente' is niet geladen: regel 1 van sjablonen/vacature.toml "
        "mist het veld 'tekst'. De andere pakketten werken gewoon.",
    )


def test_pack_for_a_newer_app_falls_back_to_an_older_copy(paths: Paths, tmp_path: Path) -> None:
    write_pack(paths.packs_dir / "gemeente", sjabloonpakket_toml=manifest("1.0"))
    future = manifest("2.0").replace('"0.1"', '"99.0"')
    shared = write_pack(tmp_path / "share" / "gemeente", sjabloonpakket_toml=future)
    loaded = load_packs(paths, [str(shared)])
    assert names(loaded.packs)["gemeente"] == "1.0"
    assert "vraagt Schrijfhulp 99.0 of nieuwer" in loaded.problems[0]


def test_unreachable_share_uses_the_last_good_copy(paths: Paths, tmp_path: Path) -> None:
    share = tmp_path / "share"
    write_pack(share / "gemeente", sjablonen__vacature_toml=vacancy("Van de share"))
    assert names(load_packs(paths, [str(share)]).packs)["gemeente"] == "1.2"
    shutil.rmtree(share)  # the network drive is gone
    loaded = load_packs(paths, [str(share)])
    assert loaded.template("gemeente/vacature").name == "Van de share"  # type: ignore[union-attr]
    assert loaded.problems == (
        f"De sjabloonpakketten op {share} zijn niet opgehaald: de map of het bestand {share} is "
        "niet gevonden. Schrijfhulp gebruikt de laatst opgehaalde versie.",
    )


def test_unreachable_share_without_a_copy_says_so(paths: Paths, tmp_path: Path) -> None:
    loaded = load_packs(paths, [str(tmp_path / "nergens")])
    assert names(loaded.packs) == {"standaard": "1.0"}
    assert loaded.problems[0].endswith("Er is nog geen eerder opgehaalde versie.")


def test_pack_that_broke_on_the_share_keeps_the_previous_version(
    paths: Paths, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    write_pack(share / "gemeente")
    load_packs(paths, [str(share)])
    write_pack(
        share / "gemeente", sjabloonpakket_toml=manifest("1.3"), sjablonen__vacature_toml="naam = "
    )
    loaded = load_packs(paths, [str(share)])
    assert names(loaded.packs)["gemeente"] == "1.2"
    assert (
        "Schrijfhulp gebruikt de vorige versie (1.2). De andere pakketten werken gewoon."
        in loaded.problems[0]
    )


def test_pack_removed_from_the_share_is_removed_from_the_cache(
    paths: Paths, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    write_pack(share / "gemeente")
    write_pack(share / "wijkteam", sjabloonpakket_toml=manifest("1.0", "Wijkteam"))
    load_packs(paths, [str(share)])
    shutil.rmtree(share / "wijkteam")
    load_packs(paths, [str(share)])
    shutil.rmtree(share)
    assert names(load_packs(paths, [str(share)]).packs) == {"gemeente": "1.2", "standaard": "1.0"}


@pytest.fixture
def web_root(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    root = tmp_path / "web"
    root.mkdir()
    handler = partial(_QuietHandler, directory=str(root))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield root, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def test_pack_from_a_url_loads_and_is_cached_for_when_the_server_is_down(
    paths: Paths, web_root: tuple[Path, str]
) -> None:
    root, base = web_root
    (root / "gemeente.zip").write_bytes(zip_bytes(pack_files()))
    url = f"{base}/gemeente.zip"
    assert names(load_packs(paths, [url]).packs)["gemeente"] == "1.2"
    (root / "gemeente.zip").unlink()  # the server now answers 404
    loaded = load_packs(paths, [url])
    assert names(loaded.packs)["gemeente"] == "1.2"
    assert "gaf status 404" in loaded.problems[0]
    assert "laatst opgehaalde versie" in loaded.problems[0]


def test_plain_http_url_elsewhere_is_refused_and_reported(paths: Paths) -> None:
    loaded = load_packs(paths, ["http://intranet.voorbeeld.nl/gemeente.zip"])
    assert names(loaded.packs) == {"standaard": "1.0"}
    assert "alleen op via https://" in loaded.problems[0]


def test_it_sets_locations_through_the_environment(
    paths: Paths, tmp_path: Path, web_root: tuple[Path, str]
) -> None:
    root, base = web_root
    (root / "wijkteam.zip").write_bytes(
        zip_bytes(pack_files(sjabloonpakket_toml=manifest("1.0", "Wijkteam")))
    )
    share = write_pack(tmp_path / "share" / "gemeente").parent
    settings = load_settings(paths, {"SCHRIJFHULP_PACKS": f"{share};{base}/wijkteam.zip"})
    loaded = load_packs(paths, settings["pack_locations"])
    assert names(loaded.packs) == {"gemeente": "1.2", "wijkteam": "1.0", "standaard": "1.0"}
    assert loaded.problems == ()


def test_house_style_of_all_packs_is_merged(paths: Paths) -> None:
    write_pack(paths.packs_dir / "gemeente")
    style = load_packs(paths).house_style
    assert "Stadswinkel" in style.words
    assert style.hashtags == ("#Gemeente",)
    assert style.preferred[0].pack_id == "gemeente"


def test_cached_only_uses_last_copies_without_contacting_the_share(
    paths: Paths, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    write_pack(share / "gemeente")
    load_packs(paths, [str(share)])
    write_pack(share / "gemeente", sjabloonpakket_toml=manifest("2.0"))
    quick = load_packs(paths, [str(share)], cached_only=True)
    assert names(quick.packs)["gemeente"] == "1.2"
    assert quick.problems == ()
    assert names(load_packs(paths, [str(share)]).packs)["gemeente"] == "2.0"


def test_it_sets_locations_in_the_managed_file(paths: Paths, tmp_path: Path) -> None:
    share = write_pack(tmp_path / "share" / "gemeente").parent
    paths.managed_config.parent.mkdir(parents=True, exist_ok=True)
    paths.managed_config.write_text(
        f"locked = ['pack_locations']\n[settings]\npack_locations = ['{share}']\n", encoding="utf-8"
    )
    settings = load_settings(paths, {})
    assert settings.is_locked("pack_locations")
    assert names(load_packs(paths, settings["pack_locations"]).packs)["gemeente"] == "1.2"
