"""Token buckets per API key and per client address; Redis-backed when Redis is configured so
every API process shares them, in-process otherwise. Over the limit: 429 with Retry-After."""

from __future__ import annotations

import threading
import time
from typing import Protocol

from common.errors import RateLimited, ServiceUnavailable
from common.settings import Settings

# KEYS[1] = bucket; ARGV = rate per second, burst, now (s), cost. Returns {allowed, wait_ms}.
_LUA = """
local b = redis.call('HMGET', KEYS[1], 't', 'ts')
local rate, burst, now, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local tokens = tonumber(b[1]) or burst
local ts = tonumber(b[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - ts) * rate)
local allowed, wait = 0, 0
if tokens >= cost then tokens = tokens - cost; allowed = 1 else wait = (cost - tokens) / rate end
redis.call('HSET', KEYS[1], 't', tokens, 'ts', now)
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 60)
return {allowed, math.ceil(wait * 1000)}
"""


class Buckets(Protocol):
    def take(self, bucket: str, *, rate: float, burst: int) -> float:
        """0.0 if a token was taken, else seconds until one is free."""
        ...


class LocalBuckets:
    def __init__(self) -> None:
        self._state: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, bucket: str, *, rate: float, burst: int) -> float:
        now = time.monotonic()
        with self._lock:
            tokens, ts = self._state.get(bucket, (float(burst), now))
            tokens = min(float(burst), tokens + (now - ts) * rate)
            if tokens >= 1.0:
                self._state[bucket] = (tokens - 1.0, now)
                return 0.0
            self._state[bucket] = (tokens, now)
            return (1.0 - tokens) / rate


class RedisBuckets:
    def __init__(self, url: str) -> None:
        import redis

        self._redis = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self._script = self._redis.register_script(_LUA)

    def take(self, bucket: str, *, rate: float, burst: int) -> float:
        import redis

        try:
            allowed, wait_ms = self._script(keys=[f"hardrag:rl:{bucket}"], args=[rate, burst, time.time(), 1])
        except redis.RedisError:
            raise ServiceUnavailable("the rate limiter's Redis is unavailable") from None
        return 0.0 if int(allowed) else int(wait_ms) / 1000.0


class RateLimiter:
    def __init__(self, settings: Settings, buckets: Buckets | None = None) -> None:
        self.settings = settings
        url = settings.rate_limit_redis_url or (
            settings.broker_url if settings.broker_url and settings.broker_url.startswith("redis") else None
        )
        self.buckets: Buckets = buckets or (RedisBuckets(url) if url else LocalBuckets())

    @property
    def local(self) -> bool:
        """In-process buckets: a check is a few microseconds and never blocks."""
        return isinstance(self.buckets, LocalBuckets)

    def check_address(self, address: str) -> None:
        s = self.settings
        wait = self.buckets.take(f"ip:{address}", rate=s.rate_limit_ip_per_minute / 60.0, burst=s.rate_limit_ip_burst)
        if wait:
            raise RateLimited("too many requests from this address", retry_after=wait)

    def check_key(self, key_id: str) -> None:
        s = self.settings
        wait = self.buckets.take(f"key:{key_id}", rate=s.rate_limit_key_per_minute / 60.0, burst=s.rate_limit_key_burst)
        if wait:
            raise RateLimited("too many requests for this API key", retry_after=wait)
