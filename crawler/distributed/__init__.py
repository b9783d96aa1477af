"""One crawl spread over many processes and machines, on scrapy-redis and a real Redis server.

* ``frontier``: the Redis keys of a shared crawl and the atomic operations on them (leases).
* ``scheduler``: scrapy-redis' scheduler, queue and dupefilter, adapted (see the module).
* ``seed``: ``tessaban crawl --redis`` puts sites and their start requests into the frontier.
* ``worker``: ``tessaban worker --redis`` fetches and extracts; items go to Redis, not to SQLite.
* ``store``: ``tessaban store --redis`` is the one process that writes the SQLite archive.
"""
