"""Whether a process still runs, from its id (no Scrapy: worker processes import it)."""

from __future__ import annotations

import os


def process_running(pid: int, *, ours: bool = False) -> bool:
    """True while process ``pid`` runs.

    A process of another user cannot be signalled; with ``ours=True`` it does not count (the pid of a
    process we started was reused, so ours is gone), otherwise it does (another user's crawl)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return not ours
    return True
