"""A fault-injecting fixture site: a Thai municipal news site on loopback whose URLs misbehave on purpose
(503s, resets, stalls, cut-off bodies, redirect loops, a 50 MB page, a gzip bomb, charset lies, tag soup,
an endless calendar, session ids in URLs). ``site`` holds the pages and the ground truth, ``server`` the
misbehaviour and the request log. Standard library only.
"""

from __future__ import annotations

from . import site
from .server import FaultRecord, FaultServer

__all__ = ["FaultRecord", "FaultServer", "site"]
