"""The benchmark runner's contract: discovery, baseline ratio, per-1000-words, targets."""

from __future__ import annotations

import time
from collections.abc import Callable
from types import ModuleType

from benchmarks import run


def _module(**attributes: object) -> ModuleType:
    module = ModuleType("benchmarks.bench_fake")
    for name, value in attributes.items():
        setattr(module, name, value)
    return module


def _sleep(ms: float) -> Callable[[], None]:
    return lambda: time.sleep(ms / 1000)


def test_discovers_every_bench_module_and_filters_by_name() -> None:
    names = run.discover()
    assert "benchmarks.bench_analysis" in names
    assert all(n.startswith("benchmarks.bench_") for n in names)
    assert run.discover("analysis") == ["benchmarks.bench_analysis"]


def test_ratio_is_to_the_module_baseline_and_words_give_ms_per_1000() -> None:
    module = _module(
        baseline=lambda: ("kort", _sleep(1)),
        cases=lambda: [("lang", _sleep(4), 2000)],
        TARGETS={"lang": 2.0},
    )
    base, case = run.run_module(module, ("standaard", _sleep(50)), runs=5, seconds=0.1)
    assert base.name == "kort [basis]" and base.ratio == 1.0
    assert case.ratio is not None and 1.5 < case.ratio < 10  # 4 ms / 1 ms, on a busy machine
    assert case.words == 2000 and case.missed_target
    table = run.format_table([base, case])
    assert "TE TRAAG" in table and "lang" in table


def test_case_named_baseline_or_the_runner_default_is_used_without_baseline() -> None:
    named = _module(cases=lambda: [("x (baseline)", _sleep(1)), ("y", _sleep(2))])
    results = run.run_module(named, ("standaard", _sleep(1)), runs=5, seconds=0.05)
    assert [r.name for r in results] == ["x (baseline) [basis]", "y"]
    plain = _module(cases=lambda: [("y", _sleep(1))])
    results = run.run_module(plain, ("standaard", _sleep(1)), runs=5, seconds=0.05)
    assert [r.name for r in results] == ["standaard [basis]", "y"]


def test_p95_is_the_nearest_rank() -> None:
    assert run.p95([float(i) for i in range(1, 101)]) == 95.0
    assert run.p95([3.0]) == 3.0


def test_rounds_show_the_quietest_round_and_keep_the_slowest_median() -> None:
    # The case is slow in its first round only, as on a machine with a noisy neighbour.
    delays = iter([8.0] * 6 + [1.0] * 100)  # first call warms up, then at least 5 timed runs

    def case() -> None:
        time.sleep(next(delays) / 1000)

    module = _module(cases=lambda: [("x (baseline)", _sleep(1)), ("y", case)], TARGETS={"y": 5.0})
    _, result = run.run_module(module, ("standaard", _sleep(1)), runs=5, seconds=0.01, rounds=2)
    assert result.median_ms < 5.0 and not result.missed_target
    assert result.worst_ms is not None and result.worst_ms >= 8.0
    assert "max ronde" in run.format_table([result])
