"""The rate limits' moving window: at most N hits in any W seconds per key, room again as hits age
out, the wait until then, and keys whose hits all expired forgotten."""

from __future__ import annotations

from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from service.moving_window import MovingWindows


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_at_most_the_limit_in_any_window_and_room_again_as_hits_age_out():
    clock = Clock()
    windows = MovingWindows(clock)
    assert [windows.hit("a", 60, 3) for _ in range(4)] == [True, True, True, False]
    assert windows.count("a", 60) == 3 and windows.hit("b", 60, 3)  # another key has its own window
    clock.now += 30
    assert not windows.hit("a", 60, 3) and windows.seconds_until_free("a", 60) == 30
    clock.now += 30.5  # the first three hits are more than 60 s old
    assert windows.count("a", 60) == 0 and windows.seconds_until_free("a", 60) == 0
    assert windows.hit("a", 60, 3)


def test_a_moving_window_not_a_fixed_one():
    clock = Clock()
    windows = MovingWindows(clock)
    assert windows.hit("a", 60, 2)
    clock.now += 50
    assert windows.hit("a", 60, 2)
    clock.now += 20  # a fixed minute would have started afresh; the moving window still holds one hit
    assert windows.count("a", 60) == 1 and windows.hit("a", 60, 2) and not windows.hit("a", 60, 2)


def test_keys_with_no_hit_left_in_their_window_are_forgotten():
    clock = Clock()
    windows = MovingWindows(clock)
    for address in range(100):
        windows.hit(f"addr-{address}", 1, 5)
    clock.now += 120  # past the sweep interval: the next hit sweeps
    windows.hit("fresh", 1, 5)
    assert list(windows._hits) == [("fresh", 1)]


def test_the_same_decisions_as_the_limits_librarys_moving_window():
    item = parse("5/minute")
    library = MovingWindowRateLimiter(MemoryStorage())
    ours = MovingWindows()
    for _ in range(8):  # a burst: well inside one minute
        room = ours.count(item.key_for("k"), item.get_expiry()) < item.amount
        assert room == library.test(item, "k")
        assert ours.hit(item.key_for("k"), item.get_expiry(), item.amount) == library.hit(item, "k")
