import redis

cache = redis.Redis.from_url("rediss://:j50m_LFMNpGmcXi29@cache.acme.internal:6380/0")
