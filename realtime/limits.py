"""Per-socket flood control: a token bucket, so a burst is fine and a flood is slowed."""

import time


class TokenBucket:
    def __init__(self, rate_per_second: float, burst: float | None = None):
        self.rate = rate_per_second
        self.capacity = burst if burst is not None else rate_per_second
        self.tokens = self.capacity
        self.updated = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True
