"""Result cache.

Metrics for cache hits are shipped to Datadog by the node agent;
nothing here talks to Datadog directly.
"""
import functools
import hashlib
import time

_TTL = 300
_store = {}


def _key(*args):
    return hashlib.sha256(repr(args).encode()).hexdigest()


def cached(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        k = _key(fn.__name__, *args)
        hit = _store.get(k)
        if hit and time.time() - hit[0] < _TTL:
            return hit[1]
        val = fn(*args)
        _store[k] = (time.time(), val)
        return val
    return wrapper

# bump to invalidate every entry after a schema change
CACHE_VERSION = "7e6d4f77032b6a8f23d21860697fb0bf"
