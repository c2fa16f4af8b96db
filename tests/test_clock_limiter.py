"""Nonce clock and rate limiter, on controlled clocks."""

from __future__ import annotations

import itertools
import threading

import anyio
import pytest
from hypothesis import given
from hypothesis import strategies as st

from btse_gui.api.clock import ClockSkew, NonceSequence
from btse_gui.api.limiter import SlidingWindowLimiter


class FakeClock:
    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_skew_adopts_the_first_sample_and_smooths_small_changes() -> None:
    wall = FakeClock(1_000.0)
    skew = ClockSkew(wall)
    # Server 10 minutes ahead; request sent at 1000.0 s, answered at 1000.2 s.
    skew.observe(server_ms=1_000_100 + 600_000, sent_s=1_000.0, received_s=1_000.2)
    assert skew.skew_ms == pytest.approx(600_000, abs=1)
    skew.observe(server_ms=1_000_100 + 600_400, sent_s=1_000.0, received_s=1_000.2)
    assert 600_000 < skew.skew_ms < 600_400  # smoothed, not jumped
    skew.observe(server_ms=1_000_100, sent_s=1_000.0, received_s=1_000.2)
    assert skew.skew_ms == pytest.approx(0, abs=1)  # a jump of > 1 s is adopted outright
    assert skew.now_ms() == pytest.approx(1_000_000, abs=1)


@given(
    steps=st.lists(
        st.tuples(st.floats(-5.0, 5.0), st.integers(1, 5)),  # clock change, nonces drawn
        max_size=30,
    )
)
def test_nonces_strictly_increase_even_when_the_clock_goes_back(
    steps: list[tuple[float, int]],
) -> None:
    wall = FakeClock(1_700_000_000.0)
    skew = ClockSkew(wall)
    nonces = NonceSequence(skew)
    drawn: list[int] = []
    for delta, count in steps:
        wall.now += delta
        drawn += [nonces.next() for _ in range(count)]
    assert all(b > a for a, b in itertools.pairwise(drawn))


def test_nonces_from_concurrent_threads_are_unique_and_increasing() -> None:
    nonces = NonceSequence(ClockSkew())
    results: list[list[int]] = [[] for _ in range(8)]

    def draw(out: list[int]) -> None:
        out.extend(nonces.next() for _ in range(2_000))

    threads = [threading.Thread(target=draw, args=(out,)) for out in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [n for out in results for n in out]
    assert len(set(everything)) == len(everything) == 16_000
    for out in results:
        assert out == sorted(out)


def test_limiter_delay_counts_a_sliding_window() -> None:
    clock = FakeClock(0.0)
    limiter = SlidingWindowLimiter(limit=3, window=1.0, margin=0.0, clock=clock)
    for _ in range(3):
        assert limiter.delay() == 0
        limiter._sent.append(clock())
        clock.now += 0.1
    # Three sent at 0.0, 0.1, 0.2; now 0.3: the next may go when the first leaves, at 1.0.
    assert limiter.delay() == pytest.approx(0.7)
    clock.now = 1.0
    assert limiter.delay() == 0
    limiter.pause(5)
    assert limiter.delay() == pytest.approx(5)


@pytest.mark.anyio
async def test_a_slot_counts_from_the_answer_not_the_grant() -> None:
    # Three granted at 0.0 but answered at 0.5 (a slow connection): the server may have
    # seen them as late as 0.5, so the fourth waits until 1.5, not 1.0.
    clock = FakeClock(0.0)
    limiter = SlidingWindowLimiter(limit=3, window=1.0, margin=0.0, clock=clock)
    stamps = [await limiter.acquire(hold=True) for _ in range(3)]
    clock.now = 0.4
    assert limiter.delay() == pytest.approx(1.0)  # held slots stay while unsent
    clock.now = 0.5
    for stamp in stamps:
        limiter.restamp(stamp)
    clock.now = 1.2
    assert limiter.delay() == pytest.approx(0.3)
    clock.now = 1.5
    assert limiter.delay() == 0


@pytest.mark.anyio
async def test_limiter_never_admits_more_than_the_limit_in_any_window() -> None:
    limiter = SlidingWindowLimiter(limit=5, window=0.2, margin=0.0)
    times: list[float] = []

    async def one() -> None:
        await limiter.acquire()
        times.append(anyio.current_time())

    async with anyio.create_task_group() as tg:
        for _ in range(23):
            tg.start_soon(one)
    assert len(times) == 23
    times.sort()
    for i in range(len(times) - 5):
        assert times[i + 5] - times[i] >= 0.2 - 0.005  # loop clock granularity
    # ...and it does not dawdle: 23 requests at 5 per 0.2 s need 4 windows.
    assert times[-1] - times[0] < 0.2 * 4 + 0.3


def test_rebase_lets_nonces_follow_a_clock_corrected_backwards() -> None:
    wall = FakeClock(1_700_000_000.0)
    skew = ClockSkew(wall)
    nonces = NonceSequence(skew)
    ahead = nonces.next()
    # The server turns out to be 10 minutes behind us.
    skew.observe(int(wall.now * 1000) - 600_000, wall.now, wall.now)
    assert nonces.next() == ahead + 1  # still increasing: without rebase, stuck ahead
    nonces.rebase()
    behind = nonces.next()
    assert behind == pytest.approx(ahead - 600_000, abs=5)
    assert nonces.next() > behind


def test_concurrent_rebases_never_repeat_a_nonce() -> None:
    wall = FakeClock(1_700_000_000.0)
    skew = ClockSkew(wall)
    nonces = NonceSequence(skew)
    refused = [nonces.next() for _ in range(3)]  # three requests signed 10 minutes ahead
    skew.observe(int(wall.now * 1000) - 600_000, wall.now, wall.now)
    nonces.rebase()  # the first refusal comes back
    retried = [nonces.next()]
    nonces.rebase()  # the second refusal comes back after the first retry went out
    retried.append(nonces.next())
    nonces.rebase()
    retried.append(nonces.next())
    assert len(set(retried)) == 3
    assert retried == sorted(retried)
    assert all(n < min(refused) for n in retried)
