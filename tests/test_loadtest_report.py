"""The load test's reading of the host: which requests ran while it took the cores away.

The README's figures separate a slower line from a busier host by this reading, so it
is checked here on made-up seconds (the benchmark itself runs only under `make loadtest`).
"""

from __future__ import annotations

import os
import subprocess
import time

from tests.benchmarks.loadtest import CoreSample, CoreSampler, Pause, Results, print_cores


def _sampler(stolen_by_second: list[float], pauses: list[Pause] = ()) -> CoreSampler:
    """Seconds from 1000 to 1001, 1001 to 1002, ... with these shares stolen, and these
    pauses of the whole machine."""
    cores = CoreSampler()
    cores.pauses = list(pauses)
    cores.samples = [
        CoreSample(
            start=1000.0 + n,
            end=1001.0 + n,
            busy=0.2,
            iowait=0.0,
            stolen=stolen,
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


def test_a_request_that_ran_while_the_machine_stood_still_is_disturbed() -> None:
    # Nothing stolen, but the sampler woke 60 ms late from a nap that began at 1001.5.
    cores = _sampler([0.0, 0.0], [Pause(start=1001.5, seconds=0.06)])
    assert not cores.ran_disturbed(1001.4, 50.0)  # over before the pause
    assert cores.ran_disturbed(1001.47, 40.0)  # ran into it
    assert cores.ran_disturbed(1001.52, 5.0)  # ran within it
    assert cores.ran_disturbed(1001.55, 40.0)  # began in it
    assert not cores.ran_disturbed(1001.57, 40.0)  # began after it


def test_a_pause_is_noted_when_the_sampler_wakes_up_late() -> None:
    cores = CoreSampler()
    cores.start()
    try:
        time.sleep(0.1)
        # The whole process stopped for 150 ms, as when the host pauses the machine.
        pid = os.getpid()
        subprocess.Popen(["sh", "-c", f"kill -STOP {pid}; sleep 0.15; kill -CONT {pid}"]).wait()
        time.sleep(0.1)
    finally:
        cores.stop()
    assert any(pause.seconds >= 0.1 for pause in cores.pauses), cores.pauses


def test_the_report_says_how_many_slow_steps_were_disturbed(capsys) -> None:
    cores = _sampler([0.0, 0.3, 0.0, 0.0], [Pause(start=1003.5, seconds=0.03)])
    results = Results()
    results.latencies["/ivr/menu"] = [(1000.5, 5.0), (1001.5, 45.0), (1002.5, 6.0)]
    results.latencies["/ivr/status"] = [(1003.5, 35.0)]
    results.latencies["/ivr/describe/heard"] = [(1001.5, 150.0)]  # the search is not a menu step

    print_cores(cores, results, (1000.0, 1004.0))

    printed = capsys.readouterr().out
    assert "stolen by the host 7.5% (at most 30% in a second, 10% or more in 1 s)" in printed
    assert (
        "pauses of the whole machine of 20 ms or more: 1 (0.03 s in all, the longest 30 ms)"
        in printed
    )
    assert "menu steps over 30 ms: 2 of 4, 2 of them disturbed" in printed
    assert "(as were 50.0% of all menu steps)" in printed
