"""Rate limits for logins and uploads, through the ``limits`` library.

Counters live in ``HOSPICEWIJZER_RATE_LIMIT_STORAGE`` (``memory://`` by default: per process).
With ``serve --workers N`` and in-memory counters each worker gets 1/N of every limit (rounded
up), so the machine as a whole keeps the limit wherever the kernel sends a client; deployments
on several machines point the storage at a shared Redis or Memcached (``redis://host:6379``,
with the ``redis`` package installed).
"""

from __future__ import annotations

import math

from limits import RateLimitItem, parse
from limits.errors import ConfigurationError
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from assistant.errors import ConfigError


def make_limiter(storage_uri: str) -> MovingWindowRateLimiter:
    """A moving-window limiter on the configured storage.

    Raises:
        ConfigError: Unknown storage scheme or its client library is missing (Dutch message).
    """
    try:
        return MovingWindowRateLimiter(storage_from_string(storage_uri))
    except ConfigurationError as err:
        raise ConfigError(
            f"HOSPICEWIJZER_RATE_LIMIT_STORAGE='{storage_uri}' is niet bruikbaar: {err}"
        ) from err


def per_process(limit: str, storage_uri: str, processes: int) -> RateLimitItem:
    """``limit`` ("5/minute") as one of ``processes`` processes should count it."""
    item = parse(limit)
    if processes <= 1 or not storage_uri.startswith("memory://"):
        return item
    return type(item)(math.ceil(item.amount / processes), item.multiples, item.namespace)
