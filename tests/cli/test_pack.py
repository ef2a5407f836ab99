"""``schrijfhulp pack validate`` and ``schrijfhulp pack new`` for communications staff."""

from __future__ import annotations

from pathlib import Path

import pytest

from schrijfhulp.cli import main
from schrijfhulp.core.packs import DEFAULT_PACK, load_packs
from schrijfhulp.core.settings import Paths
from tests.core.packs.test_packs_format import VACANCY, pack_files, write_pack
from tests.core.packs.test_packs_sources import zip_bytes


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["pack", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_default_pack_validates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", str(DEFAULT_PACK))
    assert code == 0
    assert out.strip().endswith("is in orde: 17 sjablonen.")


def test_missing_field_names_file_line_and_field_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = VACANCY.replace('label = "Functie"\n', "")
    folder = write_pack(tmp_path / "gemeente", sjablonen__vacature_toml=broken)
    code, out, _ = run(capsys, "validate", str(folder))
    assert code == 1
    assert out.splitlines() == [
        "fout: regel 10 van sjablonen/vacature.toml mist het veld 'label'.",
        "Het sjabloonpakket 'Gemeente' heeft 1 fout. Schrijfhulp laadt het pas als je die hebt "
        "opgelost.",
    ]


def test_zip_with_a_path_outside_the_pack_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "kwaad.zip"
    path.write_bytes(zip_bytes({**pack_files(), "../../buiten.toml": b""}))
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 1
    assert "fout: kwaad.zip bevat '../../buiten.toml' met '..' in het pad" in out


def test_warnings_alone_keep_exit_code_0(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = write_pack(
        tmp_path / "gemeente",
        sjablonen__vacature_toml=VACANCY.replace("naam =", "titel = 'x'\nnaam ="),
    )
    code, out, _ = run(capsys, "validate", str(folder))
    assert code == 0
    assert (
        "waarschuwing: regel 1 van sjablonen/vacature.toml heeft een onbekend veld 'titel'" in out
    )
    assert out.strip().endswith("in orde: 1 sjabloon, 1 waarschuwing.")


def test_example_too_long_for_its_platform_is_a_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    long_example = VACANCY.replace('["linkedin"]', '["x"]').replace(
        'voorbeeld = "adviseur voor de buurt"',
        'voorbeeld = "' + "adviseur voor de buurt en de wijk, " * 9 + '"',
    )
    folder = write_pack(tmp_path / "gemeente", sjablonen__vacature_toml=long_example)
    code, out, _ = run(capsys, "validate", str(folder))
    assert code == 0
    assert "waarschuwing: sjablonen/vacature.toml heeft een voorbeeld van" in out
    assert "op X is het maximum 280" in out


def test_path_that_does_not_exist_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "validate", "bestaat-niet")
    assert code == 1
    assert "'bestaat-niet' bestaat niet" in err


def test_new_pack_validates_and_loads(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(
        capsys,
        "new",
        "Gemeente Voorbeeld",
        "--organisatie",
        'Gemeente "Voorbeeld"',
        "--map",
        str(tmp_path),
    )
    assert code == 0
    folder = tmp_path / "gemeente-voorbeeld"
    assert f"schrijfhulp pack validate {folder}" in out
    assert run(capsys, "validate", str(folder))[0] == 0
    paths = Paths.default()
    paths.packs_dir.mkdir(parents=True)
    folder.rename(paths.packs_dir / folder.name)
    loaded = load_packs(paths)
    assert loaded.problems == ()
    pack = next(p for p in loaded.packs if p.id == "gemeente-voorbeeld")
    assert pack.manifest.organisation == 'Gemeente "Voorbeeld"'
    assert pack.house_style.preferred[0].use == "inwoners"


def test_new_pack_refuses_an_existing_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "gemeente").mkdir()
    code, _, err = run(capsys, "new", "Gemeente", "--map", str(tmp_path))
    assert code == 1
    assert "bestaat al" in err


def test_validating_the_manifest_file_checks_the_whole_pack(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = write_pack(tmp_path / "gemeente")
    code, out, _ = run(capsys, "validate", str(folder / "sjabloonpakket.toml"))
    assert code == 0
    assert "'Gemeente' (versie 1.2) is in orde: 1 sjabloon." in out
