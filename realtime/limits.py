"""Per-socket flood control: a token bucket, so a burst is fine and a flood is slowed."""

import time


class TokenBucket:
    def __init__(self, rate_per_second: float, burst: float | None = None):
        self.rate = rate_per_second
        self.capacity = burst if burst is not None else rate_per_second
        self.tokens = self.capacity
        self.updated = time.monotonic()

    def refill(self) -> None:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def take(self) -> bool:
        self.refill()
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class AddressCounter:
    """Open sockets per client address in this process (SOCKETS_PER_ADDRESS; 0 means no limit).
    Cheap: a dict in memory, so with N Daphne processes an address may open N times as many."""

    def __init__(self):
        self.open: dict[str, int] = {}

    def acquire(self, address: str, limit: int) -> bool:
        if limit and self.open.get(address, 0) >= limit:
            return False
        self.open[address] = self.open.get(address, 0) + 1
        return True

    def release(self, address: str) -> None:
        left = self.open.get(address, 0) - 1
        if left > 0:
            self.open[address] = left
        else:
            self.open.pop(address, None)


SOCKETS = AddressCounter()


class NoteBudget:
    """A socket's NOTES_PER_MINUTE: a token bucket that refills over a minute, so the rate
    check costs no query. Spent only on a note that was stored (a resend is free)."""

    def __init__(self, per_minute: int):
        self.bucket = TokenBucket(per_minute / 60, burst=per_minute)

    def allows(self, now=None) -> bool:
        self.bucket.refill()
        return self.bucket.tokens >= 1

    def spend(self) -> None:
        self.bucket.tokens -= 1
