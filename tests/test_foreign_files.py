"""Other people's files are never touched, and reports are true: a --db that is not a tessaban archive
is refused and left byte-for-byte as it was; a read-only archive can be read; export replaces only
regular files; a page the archive could not take is an error; two crawls into one archive lose nothing."""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import sqlite3
import stat
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipelines.schema import open_database
from tests.conftest import FAST, rows, run_tessaban, tessaban_command


def one_error_line(result: subprocess.CompletedProcess, *fragments: str) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("tessaban: error:")]
    assert len(lines) == 1, result.stderr
    assert len(lines[0]) < 300
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file of ``folder`` and the sha256 of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _other_app(path: Path, articles: bool) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)"
        if articles
        else "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"
    )
    conn.execute("INSERT INTO %s VALUES (1, 'x')" % ("articles" if articles else "invoices"))  # noqa: S608, UP031
    conn.commit()
    conn.close()


def _damaged(path: Path) -> None:
    open_database(path).close()
    data = bytearray(path.read_bytes())
    data[:16] = b"NOT SQLITE AT AL"
    path.write_bytes(bytes(data))


FOREIGN = {
    "other app, own articles table": lambda p: _other_app(p, True),
    "other app": lambda p: _other_app(p, False),
    "damaged archive": _damaged,
    "text file": lambda p: p.write_text("notes: buy rice\n" * 50),
    "one byte": lambda p: p.write_text("x"),  # SQLite alone would take it for an empty database
}


def _commands(db: Path, registry: Path, out: Path) -> dict[str, list]:
    common = ["--db", db]
    return {
        "crawl": ["crawl", "--site", "here", "--sites-file", registry, *common],
        "search": ["search", "เทศบาล", *common],
        "stats": ["stats", *common],
        "reprocess": ["reprocess", "--sites-file", registry, *common],
        "schedule add": ["schedule", "add", "here", "--every", "1d", "--sites-file", registry, *common],
        "schedule list": ["schedule", "list", *common],
        "scheduler": ["scheduler", "--once", "--sites-file", registry, *common],
        "export": ["export", out, *common],
    }


@pytest.mark.parametrize("kind", FOREIGN)
def test_a_file_that_is_not_an_archive_is_refused_and_untouched(tmp_path, kind):
    folder = tmp_path / "theirs"
    folder.mkdir()
    db = folder / "data.db"
    FOREIGN[kind](db)
    before = fingerprint(folder)
    registry = tmp_path / "sites.toml"
    registry.write_text('[sites.here]\nstart_urls = ["http://127.0.0.1:9/"]\n')
    for name, args in _commands(db, registry, tmp_path / "out" / "a.jsonl").items():
        result = run_tessaban(*args)
        one_error_line(result, str(db), "not a tessaban archive")
        assert fingerprint(folder) == before, name  # no table added, no WAL switch, no -wal/-shm left
    assert not (tmp_path / "out" / "a.jsonl").exists()


@pytest.fixture
def tmpfs(tmp_path) -> Iterator[Path]:
    """A real 5 MB tmpfs mounted for the test (root only), unmounted after."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=5m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_read_only_archive_can_be_searched_counted_and_exported(tmp_path, tmpfs, sites):
    db = tmpfs / "archive.db"
    crawled = run_tessaban("crawl", sites["wp_modern"].base_url + "/", "--db", db, "--max-pages", "15", *FAST)
    assert crawled.returncode == 0, crawled.stderr
    conn = sqlite3.connect(db)
    (title,) = conn.execute("SELECT title FROM articles WHERE title IS NOT NULL LIMIT 1").fetchone()
    (originals,) = conn.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NULL").fetchone()
    conn.close()
    for _ in range(50):  # the crawl's worker processes may take a moment to let go of the folder
        if subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], capture_output=True).returncode == 0:
            break
        time.sleep(0.2)
    assert not os.access(db, os.W_OK)
    searched = run_tessaban("search", title.split()[0], "--db", db)
    assert searched.returncode == 0, searched.stderr
    assert "1 result" in searched.stderr or "results" in searched.stderr
    stats = run_tessaban("stats", "--db", db)
    assert stats.returncode == 0, stats.stderr
    assert "127.0.0.11" in stats.stdout
    exported = run_tessaban("export", tmp_path / "a.jsonl", "--db", db)
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "a.jsonl").read_text(encoding="utf-8").count("\n") == originals


@pytest.fixture
def archive(tmp_path, sites) -> Path:
    db = tmp_path / "archive.db"
    crawled = run_tessaban("crawl", sites["wp_classic"].base_url + "/", "--db", db, "--max-pages", "10", *FAST)
    assert crawled.returncode == 0, crawled.stderr
    return db


def test_export_never_replaces_a_device_a_link_or_the_archive(tmp_path, archive):
    device = tmp_path / "null.jsonl"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    target = tmp_path / "someone-elses.jsonl"
    target.write_text("precious\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    alias = tmp_path / "archive-alias.jsonl"
    os.link(archive, alias)
    archive_hash = hashlib.sha256(archive.read_bytes()).hexdigest()
    for out in (device, link, alias, archive):
        result = run_tessaban("export", out, "--db", archive, "--format", "jsonl")
        one_error_line(result, str(out))
        assert result.returncode == 2
    assert stat.S_ISCHR(device.lstat().st_mode)
    assert link.is_symlink() and target.read_text() == "precious\n"
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == archive_hash
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".partial", ".manifest.json"))]


SECRET = "ข้อความลับของหน้าเว็บ"  # in every page body: must never appear in a log line


class BigPagesSite:
    """Pages of about 150 KB of incompressible text each, linked from the home page: fills 5 MB fast."""

    def __init__(self, host: str, pages: int, paragraphs: int = 25) -> None:
        rnd = random.Random(7)
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ."  # 6 bits a byte: zlib gets 25%
        self.bodies = {
            f"/news/{i}": (
                f"<html><head><title>ข่าว {i}</title></head><body><article><h1>ข่าว {i}</h1><p>{SECRET}</p>"
                + "".join(f"<p>{''.join(rnd.choices(alphabet, k=6000))}</p>" for _ in range(paragraphs))
                + "</article></body></html>"
            ).encode()
            for i in range(pages)
        }
        links = "".join(f'<a href="/news/{i}">ข่าว {i}</a> ' for i in range(pages))
        self.bodies["/"] = f"<html><body><h1>หน้าแรก</h1>{links}</body></html>".encode()
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                body = bodies.get(self.path)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.base_url = f"http://{host}:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_a_full_disk_is_an_error_and_the_counts_are_what_the_archive_holds(tmpfs):
    site = BigPagesSite("127.0.0.71", pages=80)
    db = tmpfs / "archive.db"
    try:
        result = run_tessaban("crawl", site.base_url + "/", "--db", db, *FAST, "-s", "TESSABAN_COMMIT_EVERY=5")
        # With room again, the same command completes the archive (what was not written is pending).
        subprocess.run(["mount", "-o", "remount,size=300m", str(tmpfs)], check=True)
        again = run_tessaban("crawl", site.base_url + "/", "--db", db, *FAST)
    finally:
        site.close()
    assert again.returncode == 0, again.stderr
    assert rows(db, "SELECT count(*) FROM articles") == [(80,)]
    assert result.returncode == 1, result.stdout + result.stderr
    assert SECRET not in result.stderr and SECRET not in result.stdout
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "could not be written" in result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    stored = int(summary.split()[0])
    assert stored < 81
    assert stored < 81 and "pages stored" in summary
    errors = int(summary.split(", ")[-1].split()[0])
    assert errors >= 81 - stored


def test_a_pending_log_the_disk_refused_is_made_up_for_by_the_next_crawl(tmp_path, tmpfs):
    """The archive has room, the pending log has none (its folder on a full disk): the crawl stopped by
    its budget says it could not remember what it scheduled, and the next crawl, though the home page
    is unchanged, follows its links again and completes the archive."""
    (tmpfs / "pending").mkdir()
    db = tmp_path / "archive.db"
    (tmp_path / "archive.db.pending").symlink_to(tmpfs / "pending")
    filler = tmpfs / "filler"
    with filler.open("wb") as stream, contextlib.suppress(OSError):
        while True:
            stream.write(b"\0" * 65536)
            stream.flush()
    site = BigPagesSite("127.0.0.72", pages=30, paragraphs=1)
    try:
        first = run_tessaban("crawl", site.base_url + "/", "--db", db, "--max-pages", "8", *FAST)
        (after_first,) = rows(db, "SELECT count(*) FROM articles")[0]
        filler.unlink()
        again = run_tessaban("crawl", site.base_url + "/", "--db", db, *FAST)
    finally:
        site.close()
    assert first.returncode == 1, first.stdout + first.stderr
    assert "could not be remembered" in first.stderr
    assert after_first < 30
    assert again.returncode == 0, again.stderr
    assert rows(db, "SELECT count(*) FROM articles") == [(30,)]


def test_two_crawls_into_one_archive_at_once_lose_nothing(tmp_path, sites):
    db = tmp_path / "archive.db"
    open_database(db).close()
    crawls = [
        subprocess.Popen(
            [
                *tessaban_command(),
                "crawl",
                sites[name].base_url + "/",
                "--db",
                str(db),
                *FAST,
                "-s",
                "TESSABAN_COMMIT_EVERY=1",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("wp_modern", "table_cms")
    ]
    outputs = [crawl.communicate(timeout=300) for crawl in crawls]
    for crawl, (out, err) in zip(crawls, outputs, strict=True):
        assert crawl.returncode == 0, err
        assert "locked" not in err
        assert "could not write" not in err and "errors -> " in out
    # Both crawls wrote their pages, and both finished their run record.
    assert len(rows(db, "SELECT DISTINCT site FROM pages")) == 2
    assert rows(db, "SELECT count(*) FROM crawl_runs WHERE finished_at IS NOT NULL") == [(2,)]
