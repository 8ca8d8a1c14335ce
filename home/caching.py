"""Facts that are the same for every reader (locale rows, the taxonomy's names, the menus), kept in the cache until
one of the rows they come from changes. Nothing that depends on who is asking is kept here."""

import time
from collections.abc import Callable
from typing import Any

from django.core.cache import cache


class SharedFacts:
    """Values read from a few tables, cached under a version that `forget` moves on.

    Connect `forget` to post_save and post_delete of those tables: the next read computes afresh. With the
    per-process default cache, other processes see a change when their copy expires after `seconds`.
    """

    def __init__(self, name: str, seconds: int) -> None:
        self.name, self.seconds = name, seconds
        self.version_key = f"iscn:{name}:version"

    def get(self, key: str, compute: Callable[[], Any]) -> Any:
        """The cached value for `key`, or `compute()`'s (kept unless it is None)."""
        version = cache.get_or_set(self.version_key, time.time_ns, None)
        cache_key = f"iscn:{self.name}:{version}:{key}"
        value = cache.get(cache_key)
        if value is None:
            value = compute()
            if value is not None:
                cache.set(cache_key, value, self.seconds)
        return value

    def forget(self, **kwargs) -> None:
        """Signal receiver: every value cached so far is stale."""
        cache.set(self.version_key, time.time_ns(), None)
