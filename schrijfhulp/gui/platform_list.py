"""The platforms to choose from, without loading the counters behind them.

The platform box and ``--platform`` need only ids and names. ``core.platforms`` also loads the
exact counters, URL extraction and segmentation (about 0.15 s); the analysis worker loads it
after the window shows. Both read the same file, so the lists are the same.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schrijfhulp.core.platforms.specs import PlatformSpec


@cache
def platform_specs() -> dict[str, PlatformSpec]:
    loaded = sys.modules.get("schrijfhulp.core.platforms")
    if loaded is not None:
        return dict(loaded.PLATFORMS)
    from schrijfhulp.core.platforms.specs import load_platforms
    from schrijfhulp.core.resources import resource_path

    return load_platforms(resource_path("platforms.toml"))


def platform_name(platform_id: str) -> str:
    spec = platform_specs().get(platform_id)
    return spec.name if spec is not None else platform_id
