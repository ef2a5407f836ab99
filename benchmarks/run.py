"""Run every benchmark module and print one table: median, p95, ratio to a baseline.

    python3 -m benchmarks.run            # all modules
    python3 benchmarks/run.py analysis   # only modules whose name contains 'analysis'
    python3 -m benchmarks.run --check    # exit 1 when a case misses its target

The contract for a benchmark module (``benchmarks/bench_<topic>.py``):

- ``def cases() -> list[Case]`` (required). A case is ``(name, function)`` or
  ``(name, function, words)``; ``function()`` takes no arguments and does the work once. With
  ``words`` (the size of the input in words) the table also shows milliseconds per 1,000 words,
  so linear growth is easy to read. Do expensive set-up (loading dictionaries, building texts)
  inside ``cases()``, not at import time and not in the function.
- ``def baseline() -> tuple[str, Callable[[], object]]`` (optional): a cheap reference measured in
  the same run; every case of the module gets a ratio to it, so figures stay comparable on a
  slower or busier machine. Without it a case whose name contains "(baseline)" is used, and
  else the runner's own baseline: ``segment()`` of a 3,000-character post.
- ``TARGETS: dict[str, float]`` (optional): the largest acceptable median in milliseconds per
  case name. The table says "ok" or "TE TRAAG"; ``--check`` turns a miss into exit status 1.

Each case is called once to warm up, then timed with ``time.perf_counter`` until it has run
``--runs`` times or used ``--seconds`` (at least 5 runs). That is one round; there are
``--rounds`` of them (3 by default), each measuring every case of the module in turn, so the
rounds of one case lie seconds apart. The table shows the round with the lowest median: the
build machine is a shared virtual machine whose neighbours slow everything down in bursts
(the same code then runs up to twice as slow), and the quietest round shows what the code costs.
"max ronde" is the highest round median, so a noisy run is visible. The "cpu ms" column is
the median ``time.process_time`` of the shown round. Targets apply to the wall-clock median of
the shown round.
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):  # run as a script: make 'benchmarks' and 'schrijfhulp' importable
    sys.path.insert(0, str(HERE.parent))

MIN_RUNS = 5


@dataclass(frozen=True)
class Result:
    module: str
    name: str
    median_ms: float
    p95_ms: float
    cpu_ms: float
    runs: int
    words: int | None = None
    ratio: float | None = None
    target_ms: float | None = None
    worst_ms: float | None = None  # the highest median of the rounds

    @property
    def missed_target(self) -> bool:
        return self.target_ms is not None and self.median_ms > self.target_ms


def discover(filter_text: str = "") -> list[str]:
    """Module names (benchmarks.bench_x) of every bench_*.py next to this file, sorted."""
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    return [f"benchmarks.{n}" for n in names if filter_text in n]


def measure(function: Callable[[], object], runs: int, seconds: float) -> tuple[list[float], float]:
    """Sorted wall-clock timings in ms after one warm-up call, and the median CPU time in ms."""
    function()
    timings: list[float] = []
    cpu: list[float] = []
    deadline = time.perf_counter() + seconds
    while len(timings) < runs and (len(timings) < MIN_RUNS or time.perf_counter() < deadline):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    timings.sort()
    return timings, statistics.median(cpu)


def p95(timings: Sequence[float]) -> float:
    """Nearest-rank 95th percentile of sorted timings."""
    rank = max(1, round(0.95 * len(timings)))
    return timings[min(rank, len(timings)) - 1]


Baseline = tuple[str, Callable[[], object]]


def run_module(
    module: ModuleType, default_baseline: Baseline, runs: int, seconds: float, rounds: int = 1
) -> list[Result]:
    """Measure the baseline and every case of ``module`` in ``rounds`` rounds.

    A round measures every case once, one after the other, so the rounds of one case lie
    seconds apart. Each case keeps its round with the lowest median: on a shared machine other
    tenants slow everything down in bursts, and the quietest round shows what the code costs.
    ``worst_ms`` keeps the highest round median, so the spread stays visible.
    """
    cases = [tuple(case) for case in module.cases()]
    baseline = _module_baseline(module, cases) or default_baseline
    measured: list[tuple[Any, ...]] = [(f"{baseline[0]} [basis]", baseline[1])]
    measured += [case for case in cases if case[0] != baseline[0]]
    best: dict[str, tuple[list[float], float]] = {}
    worst: dict[str, float] = {}
    for _ in range(max(1, rounds)):
        for case in measured:
            timings, cpu = measure(case[1], runs, seconds)
            median = statistics.median(timings)
            worst[case[0]] = max(worst.get(case[0], 0.0), median)
            if case[0] not in best or median < statistics.median(best[case[0]][0]):
                best[case[0]] = (timings, cpu)
    targets: dict[str, float] = getattr(module, "TARGETS", {})
    short = module.__name__.rsplit(".", 1)[-1]
    base_median = statistics.median(best[measured[0][0]][0])
    results = []
    for case in measured:
        name = case[0]
        timings, cpu = best[name]
        median = statistics.median(timings)
        results.append(
            Result(
                short,
                name,
                median,
                p95(timings),
                cpu,
                len(timings),
                words=case[2] if len(case) > 2 else None,
                ratio=median / base_median if base_median > 0 else None,
                target_ms=None if case is measured[0] else targets.get(name),
                worst_ms=worst[name],
            )
        )
    return results


def _module_baseline(
    module: ModuleType, cases: list[tuple[Any, ...]]
) -> tuple[str, Callable[[], object]] | None:
    if hasattr(module, "baseline"):
        name, function = module.baseline()
        return name, function
    for case in cases:
        if "(baseline)" in case[0]:
            return case[0], case[1]
    return None


def format_table(results: list[Result]) -> str:
    header = (
        f"{'module':<16} {'case':<44} {'median ms':>10} {'p95 ms':>9} {'cpu ms':>9} "
        f"{'max ronde':>10} {'x basis':>8} {'ms/1000 w':>10} {'runs':>5}  target"
    )
    lines = [header, "-" * len(header)]
    for r in results:
        per_1000 = f"{r.median_ms / r.words * 1000:10.3f}" if r.words else " " * 10
        ratio = f"{r.ratio:8.1f}" if r.ratio is not None else " " * 8
        worst = f"{r.worst_ms:10.3f}" if r.worst_ms is not None else " " * 10
        target = ""
        if r.target_ms is not None:
            verdict = "TE TRAAG" if r.missed_target else "ok"
            target = f"≤ {r.target_ms:g} ms {verdict}"
        lines.append(
            f"{r.module:<16} {r.name[:44]:<44} {r.median_ms:10.3f} {r.p95_ms:9.3f} "
            f"{r.cpu_ms:9.3f} {worst} {ratio} {per_1000} {r.runs:5d}  {target}"
        )
    return "\n".join(lines)


def _default_baseline() -> tuple[str, Callable[[], object]]:
    from benchmarks.bench_analysis import LINKEDIN_POST
    from schrijfhulp.core.dutch.segmentation import segment

    return "segment() 3000 tekens", lambda: segment(LINKEDIN_POST)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Schrijfhulp benchmarks")
    parser.add_argument("filter", nargs="?", default="", help="only modules whose name has this")
    parser.add_argument("--runs", type=int, default=50, help="most timed runs per case")
    parser.add_argument("--seconds", type=float, default=2.0, help="time budget per case")
    parser.add_argument(
        "--rounds", type=int, default=3, help="rounds per case; the quietest one is shown"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # GUI benchmarks need no display
    default_baseline = _default_baseline()
    results: list[Result] = []
    broken: list[str] = []
    for name in discover(args.filter):
        try:
            module = importlib.import_module(name)
            results.extend(
                run_module(module, default_baseline, args.runs, args.seconds, args.rounds)
            )
        except Exception as exc:  # one broken module must not hide the other figures
            broken.append(name)
            print(f"{name} is niet gelukt: {type(exc).__name__}: {exc}", file=sys.stderr)
    print(format_table(results))
    missed = [r for r in results if r.missed_target]
    for r in missed:
        print(f"Te traag: {r.module} '{r.name}' {r.median_ms:.1f} ms, doel {r.target_ms:g} ms")
    return 1 if broken or (args.check and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
