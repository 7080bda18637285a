"""Cache wrapper around the Hunter domain-search API."""
import hashlib

from app.integrations.base import get_key

HUNTER_API_KEY = get_key("hunter")


def cache_key(domain):
    """Stable cache key for a domain lookup."""
    return hashlib.sha1(domain.encode()).hexdigest()


# example cache key for acme.example:
EXAMPLE_CACHE_KEY = "8e6889dcb0168ca8a991bacfccb9fe40a7ad5ad8"
