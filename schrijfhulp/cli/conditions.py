"""``schrijfhulp check --pakket``: a pack's house style and conditions, and the open points."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from schrijfhulp.core.open_points import OpenPoint, summary
from schrijfhulp.core.packs import not_loaded_message, read_pack_path
from schrijfhulp.core.packs.conditions import Conditions
from schrijfhulp.core.packs.house_style import HouseStyle


class ConditionsError(Exception):
    """The pack or template asked for cannot be used; the message is Dutch."""


@dataclass(frozen=True)
class PackConditions:
    house_style: HouseStyle | None = None
    conditions: Conditions | None = None

    @property
    def words(self) -> frozenset[str]:
        return self.house_style.words if self.house_style else frozenset()

    @property
    def disabled_rules(self) -> frozenset[str]:
        return self.house_style.disabled_rules if self.house_style else frozenset()


def read_conditions(pack_path: str, template_id: str = "") -> PackConditions:
    if not pack_path:
        if template_id:
            raise ConditionsError("--sjabloon werkt alleen samen met --pakket.")
        return PackConditions()
    path = Path(pack_path)
    if not path.exists():
        raise ConditionsError(f"het sjabloonpakket '{path}' bestaat niet.")
    result = read_pack_path(path)
    if result.pack is None:
        raise ConditionsError(
            not_loaded_message(result).replace(" De andere pakketten werken gewoon.", "")
        )
    pack = result.pack
    template = None
    if template_id:
        template = next((t for t in pack.templates if template_id in (t.id, t.qualified_id)), None)
        if template is None:
            known = ", ".join(t.id for t in pack.templates)
            raise ConditionsError(
                f"het pakket '{pack.name}' heeft geen sjabloon '{template_id}'. Kies uit: {known}."
            )
    style = pack.house_style
    return PackConditions(style, Conditions.for_post(style, template))


def format_open_points(points: tuple[OpenPoint, ...]) -> str:
    if not points:
        return "Niets meer open: je bericht is klaar om te kopiëren."
    lines = [f"{summary(points)}:"]
    for point in points:
        lines.append(f"  - {point.message}")
        if point.blocking:
            lines.append(f"    Blokkeert: {point.blocking_reason}")
    return "\n".join(lines)
