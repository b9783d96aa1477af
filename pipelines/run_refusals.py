"""Requests a crawl run decided not to make (robots.txt forbade them), counted per site and reason.

They are never fetched, so they are not ``pages`` rows; a person asking why a site came back thin
asks about them beside the failures. The spider counts them in the crawl's stats under
``tessaban/site/<site>/refused:<reason>``; at the end of the run they are written to
``crawl_run_refusals``, and the report shows the latest run's for each site.
"""

from __future__ import annotations

from collections.abc import Mapping

import sqlite_utils

REFUSED = "refused:"  # a site's refusals: tessaban/site/<site>/refused:<reason> (one figure of the site)
_PREFIX = "tessaban/site/"


def record_refusals(db: sqlite_utils.Database, run_id: int, stats: Mapping[str, object]) -> int:
    """Write the refusals counted in a run's ``stats`` to ``crawl_run_refusals``; returns their total.
    The caller holds the transaction."""
    total = 0
    for key, value in stats.items():
        if not key.startswith(_PREFIX) or f"/{REFUSED}" not in key or not isinstance(value, int) or value <= 0:
            continue
        site, _, reason = key[len(_PREFIX) :].partition(f"/{REFUSED}")
        db.execute(
            "INSERT OR REPLACE INTO crawl_run_refusals (run_id, site, reason, requests) VALUES (?, ?, ?, ?)",
            [run_id, site, reason, value],
        )
        total += value
    return total


def latest_refusals(db: sqlite_utils.Database, site: str) -> dict[str, int]:
    """``{reason: requests}`` of the latest crawl run of ``site`` (a run that listed it among its sites);
    empty for an archive made before refusals were recorded."""
    if not db.table("crawl_run_refusals").exists():
        return {}
    latest = db.execute(
        "SELECT max(id) FROM crawl_runs WHERE ' ' || sites || ' ' LIKE ? ESCAPE '\\'",
        ["% " + site.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %"],
    ).fetchone()[0]
    if latest is None:
        return {}
    rows = db.execute(
        "SELECT reason, requests FROM crawl_run_refusals WHERE run_id = ? AND site = ? ORDER BY requests DESC",
        [latest, site],
    )
    return {reason: requests for reason, requests in rows}
