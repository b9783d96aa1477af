"""Export benchmark: rows/s and peak memory of each format at N articles, against baselines measured in the same run.

    python -m bench.export                       # 100,000 articles
    python -m bench.export --articles 20000      # quicker
    python -m bench.export --formats jsonl,warc  # some formats only

Fills a temporary archive quickly with bulk inserts (sqlite-utils ``insert_all`` into the real schema:
articles with images and attachments, 5 % exact copies, pages, raw responses and zlib bodies, 10 %
re-fetches with an identical body, 5 % redirect hops fetched once); export only reads these tables, so
the crawl's writer (FTS, MinHash) is not needed and the FTS triggers are dropped for the fill.

Each format then runs in its own subprocess (``pipelines.export.export``), so its peak RSS is its own,
once on all sites and once on a tenth of them (memory must not grow with the size of the export).
Baselines, each in its own subprocess too:

* ``read``: the same SELECT of the same rows with a bare sqlite3 cursor, nothing converted or written;
* ``read+bodies``: every response of the exported articles joined with its body and zlib-decompressed
  (the least a WARC export must do);
* ``sqlite3 -csv``: the sqlite3 command-line shell dumping the same rows to CSV, when installed.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

SITES = [f"tambon{n:03d}-example.go.th" for n in range(200)]
SUBSET = SITES[:20]  # a tenth of the sites: about a tenth of the articles
ARTICLE_SQL = (
    "SELECT id, url, site, title, text, published, author, images, attachments, duplicate_of, first_seen,"
    " last_seen, last_changed, content_hash FROM articles WHERE duplicate_of IS NULL ORDER BY id"
)
BODIES_SQL = (
    "SELECT r.url, r.headers, b.body FROM articles a JOIN pages p ON p.article_id = a.id"
    " JOIN responses r ON r.url = p.url JOIN bodies b ON b.sha256 = r.body_sha256"
    " WHERE a.duplicate_of IS NULL ORDER BY a.id, r.url, r.fetched_at"
)
BATCH = 2_000


PHRASES = (
    "เทศบาลตำบล{place} จัดโครงการอบรมให้ความรู้แก่ประชาชน",
    "ณ ศาลาประชาคมหมู่ที่ {n}",
    "เพื่อส่งเสริมสุขภาพผู้สูงอายุ",
    "โดยมีนายกเทศมนตรีเป็นประธานในพิธีเปิด",
    "มีผู้เข้าร่วมกิจกรรมจำนวน {n} คน",
    "ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบล",
    "รณรงค์ป้องกันโรคไข้เลือดออก",
    "กำจัดแหล่งเพาะพันธุ์ลูกน้ำยุงลาย",
    "ประกาศรับสมัครพนักงานจ้างตามภารกิจ",
    "ประจำปีงบประมาณ พ.ศ. {year}",
    "ขอเชิญชวนประชาชนร่วมแสดงความคิดเห็น",
    "การประชุมสภาเทศบาลสมัยสามัญ สมัยที่ {n}",
    "ที่ประชุมมีมติเห็นชอบร่างข้อบัญญัติงบประมาณรายจ่าย",
    "จำนวนเงิน {n},500,000 บาท",
    "งานประชาสัมพันธ์ สำนักปลัด",
    "ซ่อมแซมถนนคอนกรีตเสริมเหล็ก",
    "ติดตั้งไฟฟ้าส่องสว่างสาธารณะ",
    "ตามหลัก 3 เก็บ ป้องกัน 3 โรค",
    '"ขอบคุณทุกท่าน",',
)
PLACES = ("บ้านนา", "หนองบัว", "โคกสูง", "ท่าช้าง", "ห้วยทราย", "ดอนแก้ว", "โคกกลาง", "บ้านใหม่", "นาดี", "หนองแก")


def _text(rnd: random.Random, i: int) -> tuple[str, str, str]:
    """(title, text, published) of synthetic article ``i``: Thai phrases, 3 to 9 paragraphs (about 1,200
    characters on average, as municipal posts), quotes and commas included."""
    place, year = rnd.choice(PLACES), rnd.randint(2556, 2567)

    def sentence() -> str:
        return " ".join(rnd.choice(PHRASES) for _ in range(rnd.randint(4, 8))).format(
            place=place, n=rnd.randint(1, 99), year=year
        )

    paragraphs = [f"โครงการที่ {i} ของเทศบาลตำบล{place}"] + [sentence() for _ in range(rnd.randint(3, 9))]
    published = f"{year - 543}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    return f"{sentence()[:80]} ({place} {i})", "\n".join(paragraphs), published


def _rows(n: int, seed: int = 3) -> Iterator[tuple[dict, list[dict], list[dict], dict | None]]:
    """Per article: (article row, pages rows, responses rows, new body row or None)."""
    import hashlib

    rnd = random.Random(seed)
    originals: list[int] = []
    for i in range(1, n + 1):
        title, text, published = _text(rnd, i)
        site = SITES[i % len(SITES)]  # spread evenly: the subset holds a tenth
        url = f"https://{site}/news/{i}/"
        copy_of = rnd.choice(originals) if originals and rnd.random() < 0.05 else None
        if copy_of is None:
            originals.append(i)
        seen = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00+00:00"
        images = [
            {"src": f"https://{site}/uploads/{i}-{k}.jpg", "caption": f'ภาพกิจกรรม {k}, "{title[:20]}"'}
            for k in range(rnd.randint(0, 4))
        ]
        files = [{"url": f"https://{site}/files/{i}.pdf", "label": "เอกสารแนบ (PDF)"}] if i % 3 == 0 else []
        article = {
            "id": i,
            "url": url,
            "site": site,
            "title": title,
            "text": text,
            "published": published,
            "author": "งานประชาสัมพันธ์",
            "images": json.dumps(images, ensure_ascii=False),
            "attachments": json.dumps(files, ensure_ascii=False),
            "content_hash": hashlib.sha256(text.encode()).hexdigest(),
            "duplicate_of": copy_of,
            "first_seen": seen,
            "last_seen": seen,
            "last_changed": seen,
        }
        paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n"))
        raw = (
            f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='menu'>"
            f"หน้าแรก | ข่าวประชาสัมพันธ์ | ติดต่อเรา</div><h1>{title}</h1>{paragraphs}</body></html>"
        ).encode()
        sha = hashlib.sha256(raw).hexdigest()
        headers = json.dumps(
            [
                ["Content-Type", "text/html; charset=UTF-8"],
                ["Content-Length", str(len(raw) // 3)],
                ["Server", "Apache"],
                ["Set-Cookie", f"PHPSESSID={i:08x}; path=/"],
            ]
        )
        pages = [{"url": url, "site": site, "status": 200, "kind": "article", "article_id": i, "fetched_at": seen}]
        responses = [{"url": url, "fetched_at": seen, "status": 200, "headers": headers, "body_sha256": sha}]
        if i % 10 == 0:  # re-fetched, identical body: a revisit
            responses.append(
                {
                    "url": url,
                    "fetched_at": seen.replace("2026-", "2027-"),
                    "status": 200,
                    "headers": headers,
                    "body_sha256": sha,
                }
            )
        if i % 20 == 0:  # a redirect hop that was fetched once itself
            hop = f"https://{site}/?p={i}"
            pages.append(
                {
                    "url": hop,
                    "site": site,
                    "status": 301,
                    "kind": "redirect",
                    "article_id": i,
                    "fetched_at": seen,
                    "redirected_to": url,
                }
            )
            responses.append({"url": hop, "fetched_at": seen, "status": 200, "headers": headers, "body_sha256": sha})
        yield article, pages, responses, {"sha256": sha, "size": len(raw), "body": zlib.compress(raw, 6)}


def fill(db_path: Path, n: int) -> float:
    """Write ``n`` articles with their pages, responses and bodies; returns seconds."""
    from pipelines.schema import open_database

    start = time.perf_counter()
    db = open_database(db_path)
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("PRAGMA foreign_keys = OFF")  # copies may point forward within a batch
    batch: dict[str, list[dict]] = {"articles": [], "pages": [], "responses": [], "bodies": []}

    def flush() -> None:
        with db.atomic():
            for table, rows in batch.items():
                if rows:
                    db[table].insert_all(rows, batch_size=500, ignore=table == "bodies")
                    rows.clear()

    for article, pages, responses, body in _rows(n):
        batch["articles"].append(article)
        batch["pages"] += pages
        batch["responses"] += responses
        batch["bodies"].append(body)
        if len(batch["articles"]) >= BATCH:
            flush()
    flush()
    db.close()
    return time.perf_counter() - start


# --- children: each measured in its own process --------------------------------------------------------------


def _vmhwm_mb(status: str = "/proc/self/status") -> float:
    """A process's own peak RSS: VmHWM, the high-water mark of its memory (0 when unreadable). Not
    getrusage's ru_maxrss: Linux carries that over fork and exec, so every child would report at
    least the benchmark parent's peak."""
    try:
        for line in Path(status).read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _peak_rss_mb() -> float:
    return _vmhwm_mb() or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(task: str, db: Path, out: Path, subset: bool) -> dict:
    """Run one measured task in this (fresh) process; returns its figures."""
    import sqlite3

    sites = SUBSET if subset else ()
    if task == "imports":  # what the interpreter and the export's libraries take before any row
        import pyarrow.parquet  # noqa: F401
        import warcio  # noqa: F401

        import pipelines.export  # noqa: F401

        return {"seconds": 0.0, "articles": 0, "records": 0}
    start = time.perf_counter()
    if task == "read":
        conn = sqlite3.connect(db)
        count = 0
        for row in conn.execute(ARTICLE_SQL):
            count += len(row) > 0
        return {"seconds": time.perf_counter() - start, "articles": count, "records": count}
    if task == "read+bodies":
        conn = sqlite3.connect(db)
        count = size = 0
        for _, _, body in conn.execute(BODIES_SQL):
            size += len(zlib.decompress(body))
            count += 1
        articles = conn.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NULL").fetchone()[0]
        return {"seconds": time.perf_counter() - start, "articles": articles, "records": count}
    if task == "sqlite3-csv":
        with open(out, "wb") as fh:
            shell = subprocess.Popen(["sqlite3", "-csv", "-header", str(db), ARTICLE_SQL], stdout=fh)
            rss = 0.0
            while shell.poll() is None:  # its VmHWM, sampled until it exits (it only grows)
                rss = max(rss, _vmhwm_mb(f"/proc/{shell.pid}/status"))
                time.sleep(0.005)
        seconds = time.perf_counter() - start
        rows = db_count(db)
        return {"seconds": seconds, "articles": rows, "records": rows, "rss_override": rss, "bytes": out.stat().st_size}
    from pipelines.export import export

    result = export(db, task, out, sites=sites)
    return {
        "seconds": time.perf_counter() - start,
        "articles": result.articles,
        "records": result.records,
        "bytes": out.stat().st_size,
    }


def db_count(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NULL").fetchone()[0]


def measure(task: str, db: Path, out: Path, subset: bool = False) -> dict:
    """Run ``task`` in a fresh subprocess; its figures plus its own peak RSS."""
    command = [sys.executable, "-m", "bench.export", "--child", task, "--db", str(db), "--out", str(out)]
    if subset:
        command.append("--subset")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{task} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.export", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the archive (default 100000)")
    parser.add_argument("--formats", default="jsonl,csv,parquet,warc", help="comma-separated (default: all)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--subset", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        figures = child(args.child, args.db, args.out, args.subset)
        figures["rss_mb"] = figures.pop("rss_override", None) or _peak_rss_mb()
        print(json.dumps(figures))
        return 0

    from pipelines.export import FORMATS

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "archive.db"
        seconds = fill(db, args.articles)
        size_mb = sum(p.stat().st_size for p in folder.glob("archive.db*")) / 1e6
        print(
            f"archive: {args.articles:,} articles ({db_count(db):,} originals), {size_mb:,.0f} MB, "
            f"filled in {seconds:.0f} s (bulk inserts)"
        )
        imports = measure("imports", db, folder / "none")
        read = measure("read", db, folder / "none")
        bodies = measure("read+bodies", db, folder / "none")
        rows = [("read (baseline)", read, None), ("read+bodies (baseline)", bodies, None)]
        if shutil.which("sqlite3"):
            rows.append(("sqlite3 -csv (baseline)", measure("sqlite3-csv", db, folder / "sqlite3.csv"), None))
        for fmt in formats:
            out = folder / f"articles{FORMATS[fmt]}"
            full = measure(fmt, db, out)
            part = measure(fmt, db, folder / f"subset{FORMATS[fmt]}", subset=True)
            rows.append((fmt, full, part))
    print(f"interpreter + pyarrow + warcio + pipelines.export imported: peak RSS {imports['rss_mb']:.0f} MB")
    print(
        f"{'task':<24} {'articles':>9} {'records':>9} {'seconds':>8} {'articles/s':>11} {'x read':>7}"
        f" {'x bodies':>8} {'peak RSS MB':>12} {'RSS @1/10':>10} {'MB out':>8}"
    )
    for name, fig, part in rows:
        rate = fig["articles"] / fig["seconds"] if fig["seconds"] else float("nan")
        x_read = fig["seconds"] / read["seconds"] if read["seconds"] else float("nan")
        x_bodies = fig["seconds"] / bodies["seconds"] if bodies["seconds"] else float("nan")
        subset_rss = f"{part['rss_mb']:.0f}" if part else "-"
        size = f"{fig['bytes'] / 1e6:.1f}" if fig.get("bytes") else "-"
        print(
            f"{name:<24} {fig['articles']:>9,} {fig['records']:>9,} {fig['seconds']:>8.2f} {rate:>11,.0f}"
            f" {x_read:>6.1f}x {x_bodies:>7.1f}x {fig['rss_mb']:>12.0f} {subset_rss:>10} {size:>8}"
        )
    print(
        "x read / x bodies: time relative to the bare read of the same rows / of the same responses with their "
        "bodies decompressed (the floor of a WARC export); RSS @1/10: the same export of a tenth of the sites "
        "(flat memory: about the same); sqlite3's RSS is sampled every 5 ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
