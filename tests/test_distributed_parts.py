"""The parts of a distributed crawl on a real `redis-server`: leases, the store's batches, bad input."""

from __future__ import annotations

import threading

import pytest

from crawler.distributed.archive_writer import ArchiveWriter, _take_lock
from crawler.distributed.frontier import FrontierError, check_redis_url
from pipelines.archive import Archive
from pipelines.item_queue import ItemQueue
from pipelines.items import FetchedPage
from pipelines.schema import open_database
from tests.conftest import rows, run_tessaban


def test_a_popped_request_is_leased_until_released(frontier):
    frontier.push(b"a", priority=0)
    frontier.push(b"b", priority=10)
    frontier.heartbeat("w1", timeout=30)
    assert frontier.pop("w1") == b"b"  # higher priority first, as in Scrapy
    assert (frontier.queued(), frontier.leased()) == (1, 1)
    assert not frontier.finished()
    assert frontier.requeue_dead() == 0  # w1 is alive
    frontier.release(b"b")
    assert frontier.pop("w1") == b"a"
    frontier.release(b"a")
    assert frontier.pop("w1") is None
    assert frontier.finished()


def test_leases_of_a_dead_worker_go_back_once_with_their_priority(frontier):
    for n in range(50):
        frontier.push(f"r{n}".encode(), priority=n)
    frontier.heartbeat("alive", timeout=30)
    dead = [frontier.pop("dead") for _ in range(20)]  # never heartbeats: dead
    alive = [frontier.pop("alive") for _ in range(5)]
    moved: list[int] = []
    threads = [threading.Thread(target=lambda: moved.append(frontier.requeue_dead())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(moved) == 20  # each dead lease requeued by exactly one caller
    assert frontier.leased() == 5 and frontier.queued() == 45
    again = [frontier.pop("alive") for _ in range(20)]
    assert again == dead  # same requests, same order of priority
    assert not set(alive) & set(again)


def test_seen_and_queued_in_one_step_once_among_racing_pushers(frontier):
    results: list[bool] = []
    threads = [
        threading.Thread(target=lambda n=n: results.append(frontier.push_unseen("fp", f"m{n}".encode(), 0)))
        for n in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(True) == 1 and frontier.queued() == 1
    assert frontier.server.sismember("tessaban:dupefilter", "fp")


def page(url: str) -> FetchedPage:
    body = f"<html><head><title>t</title></head><body><p>{url}</p></body></html>".encode()
    return FetchedPage(
        url=url,
        site="127.0.0.1:1",
        status=200,
        kind="page",
        fetched_at="2026-01-01T00:00:00+00:00",
        body=body,
        headers=[("Content-Type", "text/html; charset=utf-8")],
    )


def test_a_store_killed_at_any_point_writes_each_page_once(frontier, tmp_path):
    db = tmp_path / "a.db"
    queue = ItemQueue(frontier.server)
    for n in range(10):
        queue.push(page(f"http://127.0.0.1:1/{n}"))

    def new_store() -> ArchiveWriter:
        return ArchiveWriter(Archive(open_database(db)), ItemQueue(frontier.server), frontier)

    # Killed after taking a batch, before writing it: the next store writes it.
    assert queue.take(4, wait=1) is not None
    store = new_store()
    store.write(*store.queue.unfinished_batch())
    store.archive.close()
    assert rows(db, "SELECT count(*) FROM responses")[0][0] == 4

    # Killed after committing a batch, before confirming it to Redis: the next store only confirms it.
    store = new_store()
    batch = store.queue.take(4, wait=1)
    store.queue.done = lambda: None  # the confirmation that the kill prevented
    store.write(*batch)
    store.archive.close()
    store = new_store()
    unfinished = store.queue.unfinished_batch()
    assert unfinished is not None and unfinished[0] == batch[0]
    store.write(*unfinished)
    while (taken := store.queue.take(4, wait=0.1)) is not None:
        store.write(*taken)
    store.archive.close()
    assert rows(db, "SELECT count(*) FROM responses")[0][0] == 10
    assert rows(db, "SELECT count(DISTINCT url) FROM pages")[0][0] == 10
    assert queue.pending() == 0


def test_a_second_store_is_refused(frontier):
    _take_lock(frontier, "first")
    with pytest.raises(FrontierError, match="another `tessaban store`"):
        _take_lock(frontier, "second")


@pytest.mark.parametrize("url", ["http://127.0.0.1:6379/0", "redis://", "redis://host:port/0", "redis://h:1/x"])
def test_bad_redis_urls(url):
    with pytest.raises(FrontierError, match="invalid Redis URL"):
        check_redis_url(url)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["worker", "--redis", "redis://127.0.0.1:1/0"], "cannot reach Redis at redis://127.0.0.1:1/0"),
        (["store", "--redis", "mysql://x/0"], "invalid Redis URL"),
        (["crawl", "https://a.go.th/", "--redis", "redis://127.0.0.1:1/0"], "cannot reach Redis"),
        (
            ["crawl", "https://a.go.th/", "--redis", "redis://127.0.0.1:1/0", "--job-dir", "j"],
            "--job-dir does not apply with --redis",
        ),
        (
            ["crawl", "https://a.go.th/", "--redis", "redis://127.0.0.1:1/0", "--db", "x.db"],
            "--db does not apply with --redis: give it to `tessaban store`",
        ),
    ],
)
def test_distributed_commands_reject_bad_input_in_one_line(args, message, tmp_path):
    result = run_tessaban(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
