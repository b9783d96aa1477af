"""The disk-queue scheduler: the same archive as the default one, its queue on disk, nothing left behind."""

from __future__ import annotations

import os
import subprocess

from tests.conftest import FAST, rows, run_tessaban

STORED = "SELECT url, title, text, published, content_hash, minhash FROM articles ORDER BY url"


def crawl(start: str, db, tmpdir, *settings: str) -> subprocess.CompletedProcess:
    return run_tessaban("crawl", start, "--db", db, *FAST, "-L", "INFO", *settings, env={"TMPDIR": str(tmpdir)})


def test_queue_on_disk_gives_the_same_archive_and_is_removed(sites, tmp_path):
    start = sites["wp_modern"].base_url + "/"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    in_memory = crawl(start, tmp_path / "memory.db", scratch, "-s", "SCHEDULER=scrapy.core.scheduler.Scheduler")
    on_disk = crawl(start, tmp_path / "disk.db", scratch)  # tessaban's default scheduler
    assert in_memory.returncode == on_disk.returncode == 0, on_disk.stderr
    assert "'scheduler/enqueued/disk'" in on_disk.stderr and "'scheduler/enqueued/disk'" not in in_memory.stderr
    assert "'scheduler/enqueued/memory'" not in on_disk.stderr  # every request was picklable
    stored = rows(tmp_path / "disk.db", STORED)
    assert stored == rows(tmp_path / "memory.db", STORED) and len(stored) > 10
    assert not [p for p in scratch.iterdir() if p.name.startswith("tessaban-queue-")]


def test_a_killed_crawls_queue_is_removed_by_the_next_crawl(sites, tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    dead = subprocess.Popen(["true"])
    dead.wait()  # a process id that no longer runs
    orphan = scratch / f"tessaban-queue-{dead.pid}-x1y2"
    (orphan / "slot").mkdir(parents=True)
    (orphan / "slot" / "-20").write_bytes(b"\0" * 1000)
    living = scratch / f"tessaban-queue-{os.getpid()}-a1b2"  # another crawl, still running
    living.mkdir()
    result = crawl(sites["wp_modern"].base_url + "/", tmp_path / "a.db", scratch)
    assert result.returncode == 0, result.stderr
    assert not orphan.exists() and living.exists()
