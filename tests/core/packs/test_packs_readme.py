"""The example pack in the README is a real pack: copied as it stands, it loads without problems."""

from __future__ import annotations

import re
from pathlib import Path

from schrijfhulp.core.packs.parsing import read_pack

README = Path(__file__).resolve().parents[3] / "README.md"


def readme_example_files() -> dict[str, bytes]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Voor communicatie: sjabloonpakketten", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"\*\*([\w/.]+\.toml)\*\*\n```toml\n(.*?)```", section, re.DOTALL)
    return {name: body.encode() for name, body in blocks}


def test_readme_example_pack_is_valid_and_complete() -> None:
    files = readme_example_files()
    assert set(files) == {"sjabloonpakket.toml", "sjablonen/vacature.toml", "huisstijl.toml"}
    result = read_pack(files, "gemeente-voorbeeld")
    assert result.problems == ()
    assert result.pack is not None
    assert result.pack.id == "gemeente-voorbeeld"
    (template,) = result.pack.templates
    assert template.example_text().startswith("Mijn team zoekt een nieuwe collega: een adviseur")
    assert result.pack.house_style.preferred[0].use == "inwoners"
