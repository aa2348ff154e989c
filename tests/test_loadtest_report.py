"""The load test's reading of the host: which requests ran while it took the cores away.

The README's figures separate a slower line from a busier host by this reading, so it
is checked here on made-up seconds (the benchmark itself runs only under `make loadtest`).
"""

from __future__ import annotations

from tests.benchmarks.loadtest import CoreSample, CoreSampler, Results, print_cores


def _sampler(stolen_by_second: list[float], late: dict[int, float] | None = None) -> CoreSampler:
    """Seconds from 1000 to 1001, 1001 to 1002, ... with these shares stolen, and the sampler
    late by `late[n]` seconds at the end of the n-th."""
    cores = CoreSampler()
    cores.samples = [
        CoreSample(
            start=1000.0 + n,
            end=1001.0 + n,
            busy=0.2,
            iowait=0.0,
            stolen=stolen,
            late=(late or {}).get(n, 0.0),
        )
        for n, stolen in enumerate(stolen_by_second)
    ]
    return cores


def test_a_request_counts_as_disturbed_if_any_part_of_it_ran_in_a_disturbed_second() -> None:
    cores = _sampler([0.01, 0.25, 0.02])  # the second from 1001 to 1002 was stolen
    assert not cores.ran_disturbed(1000.2, 40.0)
    assert cores.ran_disturbed(1001.5, 10.0)
    assert cores.ran_disturbed(1000.98, 40.0)  # began calm, ended in the stolen second
    assert not cores.ran_disturbed(1002.1, 40.0)
    assert not _sampler([0.09]).ran_disturbed(1000.5, 10.0)  # under 10% is calm


def test_a_second_in_which_the_whole_machine_stood_still_is_disturbed() -> None:
    cores = _sampler([0.0, 0.0], late={1: 0.9})  # nothing stolen, but the sampler woke late
    assert not cores.ran_disturbed(1000.5, 10.0)
    assert cores.ran_disturbed(1001.5, 10.0)


def test_the_report_says_how_many_slow_steps_ran_in_disturbed_seconds(capsys) -> None:
    cores = _sampler([0.0, 0.3, 0.0, 0.0])
    results = Results()
    results.latencies["/ivr/menu"] = [(1000.5, 5.0), (1001.5, 45.0), (1002.5, 6.0)]
    results.latencies["/ivr/status"] = [(1003.5, 35.0)]
    results.latencies["/ivr/describe/heard"] = [(1001.5, 150.0)]  # the search is not a menu step

    print_cores(cores, results, (1000.0, 1004.0))

    printed = capsys.readouterr().out
    assert "stolen by the host 7.5% (at most 30% in a second)" in printed
    assert "(10% or more stolen, or 0.1 s or more standing still): 1" in printed
    assert "menu steps over 30 ms: 2 of 4, 1 of them in a disturbed second" in printed
    assert "(as were 25% of all menu steps)" in printed
