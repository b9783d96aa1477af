"""The shared frontier of a distributed crawl: its Redis keys and the atomic operations on them.

scrapy-redis keeps the queue (a sorted set of serialized requests) and the dupefilter (a set of
fingerprints). A request popped from that queue lives only in the memory of the worker that took
it, so a worker killed mid-crawl loses every request it was downloading: the dupefilter has marked
them seen and nobody fetches them again. Leases close that gap:

* a pop moves the request from the queue into the ``leases`` hash in one Lua script (atomic);
* the worker drops its lease once the request's page is pushed to Redis for the store
  (or the request was handed back to the queue: a redirect or a retry);
* every live worker refreshes a heartbeat key; the leases of a worker whose heartbeat has
  expired go back to the queue, again in one script, so exactly one process requeues each.

One Redis database holds one crawl (choose it in the URL: ``redis://host:6379/3``).
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

import redis
from redis.typing import EncodableT, FieldT

from crawler.middlewares import FETCHED  # URLs fetched in this pass (AliasMiddleware)

logger = logging.getLogger(__name__)

PREFIX = "tessaban"
QUEUE = f"{PREFIX}:requests"  # sorted set: score -priority, member: serialized request
DUPEFILTER = f"{PREFIX}:dupefilter"  # set of request fingerprints
LEASES = f"{PREFIX}:leases"  # hash: serialized request -> "worker-id|score"
WORKER = f"{PREFIX}:worker:"  # + worker id: heartbeat, expires when the worker stops refreshing it
SITES = f"{PREFIX}:sites"  # hash: site -> JSON {start_urls, allow, deny, selectors}
SITES_VERSION = f"{PREFIX}:sites:version"
# The pages on their way to the store are in pipelines.item_queue (tessaban:items...).

_POP = """
local popped = redis.call('ZPOPMIN', KEYS[1])
if #popped == 0 then return false end
redis.call('HSET', KEYS[2], popped[1], ARGV[1] .. '|' .. popped[2])
return popped[1]
"""

_PUSH_UNSEEN = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

_REQUEUE_DEAD = """
local entries = redis.call('HGETALL', KEYS[1])
local moved = 0
for i = 1, #entries, 2 do
  local value = entries[i + 1]
  local sep = string.find(value, '|', 1, true)
  local worker = string.sub(value, 1, sep - 1)
  if redis.call('EXISTS', ARGV[1] .. worker) == 0 then
    redis.call('HDEL', KEYS[1], entries[i])
    redis.call('ZADD', KEYS[2], tonumber(string.sub(value, sep + 1)), entries[i])
    moved = moved + 1
  end
end
return moved
"""


class FrontierError(Exception):
    """Redis cannot be reached or the URL is not a Redis URL: one line for the user."""


def check_redis_url(url: str) -> str:
    """``url`` if it is a Redis URL (``redis://``, ``rediss://`` or ``unix://``), else FrontierError."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss", "unix") or (parts.scheme != "unix" and not parts.hostname):
        raise FrontierError(f"invalid Redis URL '{url}': expected redis://HOST:PORT/DB")
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
        database = parts.path.strip("/")
        if database and not database.isdigit():
            raise ValueError(f"database '{database}' is not a number")
    except ValueError as exc:
        raise FrontierError(f"invalid Redis URL '{url}': {exc}") from None
    return url


def connect(url: str) -> redis.Redis:
    """A client for the Redis at ``url``, checked with a PING (FrontierError if unreachable)."""
    server = redis.Redis.from_url(check_redis_url(url), socket_connect_timeout=5, socket_timeout=30)
    try:
        server.ping()
    except redis.RedisError as exc:
        raise FrontierError(f"cannot reach Redis at {url}: {exc}") from None
    return server


@dataclass(frozen=True)
class SiteSpec:
    """A site of the shared crawl, as workers on any machine need it (they have no registry file)."""

    start_urls: tuple[str, ...]
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    selectors: tuple[tuple[str, str], ...] = ()


class Frontier:
    """The shared crawl state in one Redis database."""

    def __init__(self, server: redis.Redis) -> None:
        self.server = server
        self._pop = server.register_script(_POP)
        self._push_unseen = server.register_script(_PUSH_UNSEEN)
        self._requeue_dead = server.register_script(_REQUEUE_DEAD)

    # --- the queue and leases ---------------------------------------------------------------------

    def push(self, member: bytes, priority: int) -> None:
        """Queue a serialized request (higher priority first, like Scrapy's)."""
        self.server.zadd(QUEUE, {member: -priority})

    def push_unseen(self, fingerprint: str, member: bytes, priority: int) -> bool:
        """Mark a request seen and queue it, in one step (a process killed in between would leave it
        seen and never queued); False when it was seen already."""
        return bool(self._push_unseen(keys=[DUPEFILTER, QUEUE], args=[fingerprint, -priority, member]))

    def pop(self, worker: str) -> bytes | None:
        """Take the next request and lease it to ``worker``, atomically."""
        return self._pop(keys=[QUEUE, LEASES], args=[worker]) or None

    def release(self, *members: bytes) -> None:
        """Drop leases: their requests are done (or are back in the queue)."""
        if members:
            self.server.hdel(LEASES, *members)

    def requeue_dead(self) -> int:
        """Put the leases of workers whose heartbeat expired back into the queue; how many."""
        moved = int(self._requeue_dead(keys=[LEASES, QUEUE], args=[WORKER]))
        if moved:
            logger.warning("requeued %d requests of a worker that stopped", moved)
        return moved

    def queued(self) -> int:
        return int(self.server.zcard(QUEUE))

    def leased(self) -> int:
        return int(self.server.hlen(LEASES))

    def finished(self) -> bool:
        """Nothing queued and nothing leased (dead workers' leases are requeued first)."""
        self.requeue_dead()
        return self.queued() == 0 and self.leased() == 0

    # --- workers ------------------------------------------------------------------------------------

    @staticmethod
    def new_worker_id() -> str:
        return uuid.uuid4().hex[:12]

    def heartbeat(self, worker: str, timeout: float, info: dict | None = None) -> None:
        """Mark ``worker`` alive for ``timeout`` seconds more."""
        payload = json.dumps({"seen": time.time(), **(info or {})})
        self.server.set(WORKER + worker, payload, px=max(1, int(timeout * 1000)))

    def retire(self, worker: str) -> None:
        """A worker leaving cleanly: no heartbeat to wait out."""
        self.server.delete(WORKER + worker)

    def workers(self) -> list[str]:
        """Ids of the workers alive now."""
        return sorted(key.decode()[len(WORKER) :] for key in self.server.scan_iter(match=WORKER + "*"))

    # --- sites ----------------------------------------------------------------------------------------

    def add_sites(self, sites: dict[str, SiteSpec]) -> None:
        """Add (or replace) sites of the crawl; running workers pick them up within a second."""
        if not sites:
            return
        encoded: dict[FieldT, EncodableT] = {
            site: json.dumps(
                {
                    "start_urls": list(s.start_urls),
                    "allow": list(s.allow),
                    "deny": list(s.deny),
                    "selectors": dict(s.selectors),
                }
            )
            for site, s in sites.items()
        }
        pipe = self.server.pipeline()
        pipe.hset(SITES, mapping=encoded)
        pipe.incr(SITES_VERSION)
        pipe.execute()

    def sites(self) -> tuple[int, dict[str, SiteSpec]]:
        """The crawl's sites and their version (incremented at every change)."""
        pipe = self.server.pipeline()
        pipe.get(SITES_VERSION)
        pipe.hgetall(SITES)
        version, raw = pipe.execute()
        sites = {}
        for site, value in raw.items():
            data = json.loads(value)
            sites[site.decode()] = SiteSpec(
                start_urls=tuple(data["start_urls"]),
                allow=tuple(data.get("allow", ())),
                deny=tuple(data.get("deny", ())),
                selectors=tuple(sorted(data.get("selectors", {}).items())),
            )
        return int(version or 0), sites

    def sites_version(self) -> int:
        return int(self.server.get(SITES_VERSION) or 0)

    # --- a new pass ------------------------------------------------------------------------------------

    def new_pass_if_finished(self) -> bool:
        """Forget which URLs were seen when the last crawl pass is over, so seeding again recrawls;
        while a pass runs, seeding adds to it. True when a new pass began."""
        if not self.finished():
            return False
        self.server.delete(DUPEFILTER, FETCHED)
        return True
