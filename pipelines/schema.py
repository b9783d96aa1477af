"""The archive's SQLite schema: the only DDL in tessaban, applied as recorded sqlite-utils migrations.

Table and column names are a public contract (users' SQL depends on them): add, never rename.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode

import sqlite_utils
from sqlite_utils.migrations import Migrations

from pipelines.short_grams import gram_document

migrations = Migrations("tessaban")
# How long a writer waits for another process's transaction (a concurrent crawl's finalise) to end.
BUSY_TIMEOUT_MS = 60_000


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    """articles, pages, responses and bodies."""
    db.table("articles").create(
        {
            "id": int,
            "url": str,  # canonical URL
            "site": str,  # host without www. (":port" when not the default)
            "title": str,
            "text": str,  # body paragraphs, newline-separated
            "published": str,  # ISO YYYY-MM-DD, Gregorian
            "author": str,
            "images": str,  # JSON list of {"src", "caption"}
            "attachments": str,  # JSON list of {"url", "label"}
            "content_hash": str,  # sha256 of the normalised text (pipelines.content_hash.content_hash)
            "duplicate_of": int,
            "first_seen": str,
            "last_seen": str,
            "last_changed": str,
        },
        pk="id",
        not_null={"url", "site", "text", "content_hash", "first_seen", "last_seen", "last_changed"},
        foreign_keys=[("duplicate_of", "articles", "id")],
    )
    db.table("articles").create_index(["url"], unique=True)
    db.table("articles").create_index(["site", "published"])
    db.table("articles").create_index(["content_hash"])

    db.table("bodies").create(
        {"sha256": str, "size": int, "body": bytes},  # body is zlib-compressed
        pk="sha256",
        not_null={"size", "body"},
    )
    db.table("responses").create(
        {
            "id": int,
            "url": str,
            "fetched_at": str,
            "status": int,
            "headers": str,  # JSON list of [name, value]
            "body_sha256": str,
        },
        pk="id",
        not_null={"url", "fetched_at"},
        foreign_keys=[("body_sha256", "bodies", "sha256")],
    )
    db.table("responses").create_index(["url", "fetched_at"])

    db.table("pages").create(
        {
            "url": str,  # as fetched
            "site": str,
            "status": int,  # HTTP status; NULL when no response (network error)
            "kind": str,  # article | listing | page | feed | sitemap | file | redirect | error
            "article_id": int,
            "fetched_at": str,
            "redirected_to": str,  # for kind=redirect: where the redirect chain ended
            "error": str,  # why the page gave no article: HTTP 404, DNSLookupError: ..., ...
            "response_id": int,  # the latest response of this URL
        },
        pk="url",
        not_null={"site"},
        foreign_keys=[("article_id", "articles", "id"), ("response_id", "responses", "id")],
    )
    db.table("pages").create_index(["article_id"])
    db.table("pages").create_index(["site", "kind"])


@migrations()
def m002_site_templates(db: sqlite_utils.Database) -> None:
    """Site-level template learning: what was learned per site, and what was removed per article."""
    # JSON list of [line index, line]: template lines removed from this article's text, to restore it.
    db.table("articles").add_column("template_lines", str)
    db.table("site_boilerplate").create(
        {"site": str, "line_key": str, "line": str, "pages": int},
        pk=("site", "line_key"),
        not_null={"line", "pages"},
    )


# FTS5 tokenizer of the word index: Thai vowel and tone marks (category M) are part of words, not
# separators as in the default unicode61, so pythainlp-segmented words index whole.
WORDS_TOKENIZER = "unicode61 categories 'L* N* Co M*'"


@migrations()
def m003_versions_duplicates_search(db: sqlite_utils.Database) -> None:
    """Article versions, duplicate relations, near-duplicate signatures, Thai full-text search, views."""
    db.table("article_versions").create(
        {
            "id": int,
            "article_id": int,
            "title": str,
            "text": str,
            "published": str,
            "content_hash": str,
            "first_seen": str,  # when this version was first fetched
            "replaced_at": str,  # when a fetch found the next version
        },
        pk="id",
        not_null={"article_id", "text", "content_hash", "replaced_at"},
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("article_versions").create_index(["article_id"])
    db.table("duplicates").create(
        {
            "article_id": int,  # the copy
            "original_id": int,  # the earliest article of its cluster (articles.duplicate_of)
            "similarity": float,  # character 5-gram Jaccard of the copy and the article it matched
            "method": str,  # exact | near
            "detected_at": str,
        },
        pk="article_id",
        not_null={"original_id", "similarity", "method", "detected_at"},
        foreign_keys=[("article_id", "articles", "id"), ("original_id", "articles", "id")],
    )
    db.table("duplicates").create_index(["original_id"])
    db.table("articles").add_column("minhash", bytes)  # near-duplicate signature (pipelines.near_duplicates)
    # Substring search (3+ characters; finds สีชัง inside เกาะสีชัง), kept in sync by triggers.
    db.table("articles").enable_fts(["title", "text"], tokenize="trigram", create_triggers=True)
    # Word search on pythainlp-segmented text (also 1-2 character words), kept in sync by the archive.
    db.execute(f'CREATE VIRTUAL TABLE articles_words USING fts5(title, text, tokenize = "{WORDS_TOKENIZER}")')
    db.execute(
        "CREATE VIEW articles_per_site_month AS SELECT site, substr(published, 1, 7) AS month, count(*) AS articles,"
        " sum(duplicate_of IS NOT NULL) AS duplicates FROM articles GROUP BY site, month ORDER BY site, month"
    )
    db.execute(
        "CREATE VIEW duplicate_pairs AS SELECT d.article_id, a.site, a.url, a.title, d.original_id,"
        " o.site AS original_site, o.url AS original_url, d.similarity, d.method, d.detected_at"
        " FROM duplicates d JOIN articles a ON a.id = d.article_id JOIN articles o ON o.id = d.original_id"
    )
    db.execute(
        "CREATE VIEW duplicate_clusters AS SELECT o.id AS original_id, o.site AS original_site, o.url AS original_url,"
        " o.title, o.published, count(*) AS copies, group_concat(DISTINCT a.site) AS copy_sites,"
        " round(min(d.similarity), 3) AS min_similarity FROM duplicates d JOIN articles o ON o.id = d.original_id"
        " JOIN articles a ON a.id = d.article_id GROUP BY o.id ORDER BY copies DESC"
    )


@migrations()
def m004_duplicate_of_index(db: sqlite_utils.Database) -> None:
    """Clusters are looked up by duplicate_of on every stored article: index it. And re-index the
    trigram FTS only when title or text change: sqlite-utils' trigger fires on any column, so
    every last_seen, minhash or duplicate_of update re-tokenised the whole article."""
    db.table("articles").create_index(["duplicate_of"])
    db.execute("DROP TRIGGER IF EXISTS articles_au")
    db.execute(
        "CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN"
        " INSERT INTO articles_fts (articles_fts, rowid, title, text)"
        " VALUES ('delete', old.rowid, old.title, old.text);"
        " INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text); END"
    )


@migrations()
def m005_crawl_runs_and_schedules(db: sqlite_utils.Database) -> None:
    """Every crawl as a row (a killed one keeps finished_at NULL), and recurring crawls of sites."""
    db.table("crawl_runs").create(
        {
            "id": int,
            "sites": str,  # space-separated sites of the crawl
            "started_at": str,
            "finished_at": str,  # NULL while running, or when the process was killed
            "pages": int,
            "new_articles": int,
            "changed_articles": int,
            "unchanged_articles": int,
            "errors": int,
            "finish_reason": str,  # Scrapy's: finished, closespider_*, shutdown, ...
            "pid": int,
        },
        pk="id",
        not_null={"sites", "started_at"},
    )
    db.table("schedules").create(
        {
            "site": str,  # a name of the site registry
            "every": str,  # an interval (30m, 6h, 1d) or a cron expression
            "next_run": str,  # UTC ISO time the next crawl is due
            "last_run": str,
            "last_run_id": int,
            "created_at": str,
        },
        pk="site",
        not_null={"every", "next_run", "created_at"},
        foreign_keys=[("last_run_id", "crawl_runs", "id")],
    )


@migrations()
def m006_minhash_buckets(db: sqlite_utils.Database) -> None:
    """The near-duplicate LSH index as a table (pipelines.near_duplicate_index), instead of memory
    that grew with the archive: one row per band of each article's signature, filled from the
    signatures already stored. Internal: kept in step with articles.minhash by the archive writer."""
    from pipelines.near_duplicate_index import buckets  # the banding is the index's, not the schema's
    from pipelines.near_duplicates import signature_from_bytes

    db.execute(
        "CREATE TABLE minhash_buckets (bucket BLOB NOT NULL, article_id INTEGER NOT NULL,"
        " PRIMARY KEY (bucket, article_id)) WITHOUT ROWID"
    )
    stored = db.execute("SELECT id, minhash FROM articles WHERE minhash IS NOT NULL")
    db.conn.executemany(
        "INSERT OR IGNORE INTO minhash_buckets (bucket, article_id) VALUES (?, ?)",
        ((bucket, key) for key, data in stored for bucket in buckets(signature_from_bytes(data))),
    )


@migrations()
def m007_item_batches(db: sqlite_utils.Database) -> None:
    """Batches written by `tessaban store` (distributed crawls): a batch's id is committed with its
    pages, so a store killed between the commit and Redis' confirmation does not write them twice."""
    db.execute("CREATE TABLE item_batches (id TEXT PRIMARY KEY, pages INTEGER NOT NULL, stored_at TEXT NOT NULL)")


@migrations()
def m008_url_shapes(db: sqlite_utils.Database) -> None:
    """What each crawl learned of a site's URL shapes: how many pages of each kind, the verdict, and
    the traps it stopped (crawler.site_model)."""
    db.table("url_shapes").create(
        {
            "site": str,
            "shape": str,  # pipelines.urls.url_shape: ids, dates and slugs abstracted, query keys only
            "example": str,  # one URL of the shape
            "pages": int,  # HTML pages of the shape fetched in the last crawl
            "articles": int,
            "listings": int,
            "productive": int,  # pages that added new text or new links
            "verdict": str,  # article | listing | page | trap
            "stopped": str,  # why the shape was stopped (a trap), or NULL
            "dropped": int,  # requests of the shape not made once it was stopped
            "updated_at": str,
        },
        pk=("site", "shape"),
        not_null={"site", "shape", "verdict"},
    )


@migrations()
def m009_files(db: sqlite_utils.Database) -> None:
    """Files pages link (PDF, Office documents, images): one row per distinct content (sha256) with its
    text, the URLs it was fetched from, the pages linking each URL, ITA/OIT transparency items, and a
    trigram index of the files' text (pipelines.files)."""
    db.table("files").create(
        {
            "sha256": str,  # of the body as received (decompressed): the key of bodies
            "kind": str,  # pdf | docx | xlsx | pptx | odt | ods | doc | xls | ppt | image | unknown
            "content_type": str,  # as the server said (first fetch)
            "size": int,  # bytes
            "pages": int,  # PDF pages
            "text": str,  # Thai-normalised text, lines kept; NULL when none could be read
            "method": str,  # pypdf | ocr | pypdf+ocr | ooxml | odf | html
            "error": str,  # why there is no text (or only part of it)
            "first_url": str,
            "first_seen": str,
            "last_seen": str,
        },
        pk="sha256",
        not_null={"size", "first_url", "first_seen", "last_seen"},
        foreign_keys=[("sha256", "bodies", "sha256")],
    )
    db.table("files").create_index(["kind"])
    db.table("file_urls").create(
        {
            "url": str,  # where the file was fetched (after redirects)
            "sha256": str,  # what it held at the last fetch
            "site": str,  # host of the URL (another host than the linking site's is common)
            "fetched_at": str,
        },
        pk="url",
        not_null={"sha256", "site", "fetched_at"},
        foreign_keys=[("sha256", "files", "sha256")],
    )
    db.table("file_urls").create_index(["sha256"])
    db.table("file_links").create(
        {
            "page_url": str,  # pages.url of the linking page (pages.article_id: its article)
            "file_url": str,  # file_urls.url once fetched
            "label": str,  # the link's text
            "site": str,  # the linking page's site
            "seen_at": str,
        },
        pk=("page_url", "file_url"),
        not_null={"site", "seen_at"},
    )
    db.table("file_links").create_index(["file_url"])
    db.table("transparency_items").create(
        {
            "site": str,
            "year": int,  # fiscal year, Buddhist era (2567), as the page says it; NULL when none is named
            "code": str,  # o1 ... o50
            "title": str,  # the item's Thai title as the page writes it
            "url": str,  # the item's link (a file or a page); '' when the item has none
            "file_sha256": str,  # files.sha256 once the linked file is fetched
            "page_url": str,  # the ITA/OIT page listing the item
            "seen_at": str,
        },
        pk=("site", "page_url", "code", "url"),
        not_null={"site", "code", "page_url", "seen_at"},
    )
    db.table("transparency_items").create_index(["site", "year", "code"])
    db.table("transparency_items").create_index(["url"])
    db.table("files").enable_fts(["text"], tokenize="trigram", create_triggers=True)
    # Re-index only when the text changes (as m004 does for articles): last_seen moves on every fetch.
    db.execute("DROP TRIGGER IF EXISTS files_au")
    db.execute(
        "CREATE TRIGGER files_au AFTER UPDATE OF text ON files BEGIN"
        " INSERT INTO files_fts (files_fts, rowid, text) VALUES ('delete', old.rowid, old.text);"
        " INSERT INTO files_fts (rowid, text) VALUES (new.rowid, new.text); END"
    )


@migrations()
def m010_run_quality(db: sqlite_utils.Database) -> None:
    """Extraction quality of each crawl run (pipelines.run_quality): per site in ``crawl_run_sites``, the
    run's totals and its drift warning (sites that extract sharply worse than in their previous runs)
    in new ``crawl_runs`` columns."""
    for column, kind in (
        ("articles_seen", int),  # article pages the run fetched or saw unchanged, all its sites
        ("empty_text_share", float),  # share of them without article text
        ("template_leak_share", float),  # share whose text keeps a line of the site's learned template
        ("undated_share", float),  # share without a publication date
        ("mean_text_length", float),  # characters, over those with text
        ("drift", str),  # "site: why; ..." for the sites whose figures moved sharply, or NULL
    ):
        db.table("crawl_runs").add_column(column, kind)
    db.table("crawl_run_sites").create(
        {
            "run_id": int,
            "site": str,
            "articles": int,
            "empty_text_share": float,
            "template_leak_share": float,
            "undated_share": float,
            "mean_text_length": float,
            "drift": str,  # why this run's figures are sharply worse than the site's previous runs, or NULL
        },
        pk=("run_id", "site"),
        not_null={"articles"},
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    db.table("crawl_run_sites").create_index(["site", "run_id"])


class NotAnArchive(sqlite3.DatabaseError):
    """The file is not a tessaban archive: another application's SQLite file, or damaged. It is left
    untouched (no table added, no WAL switch); ``str()`` is one line for the user."""


@migrations()
def m011_run_refusals(db: sqlite_utils.Database) -> None:
    """Requests a crawl run decided not to make, per site and reason (``robots.txt``): never fetched,
    so never pages, but what a person reading the report asks about with the failures."""
    db.table("crawl_run_refusals").create(
        {"run_id": int, "site": str, "reason": str, "requests": int},
        pk=("run_id", "site", "reason"),
        not_null={"requests"},
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    db.table("crawl_run_refusals").create_index(["site", "run_id"])


@migrations()
def m012_short_grams(db: sqlite_utils.Database) -> None:
    """Search in milliseconds at 100,000 articles: the short-word index (pipelines.short_grams) for 1-2
    character terms, which were a LIKE scan of every text, filled for the articles already archived;
    and the order of unranked results as an index, so a common short word's newest matches are read
    first and the search stops at its limit."""
    db.execute(
        "CREATE VIRTUAL TABLE articles_grams USING fts5(grams, content='', detail=none, columnsize=0, tokenize='ascii')"
    )
    rows = db.execute("SELECT id, title, text FROM articles")
    while batch := rows.fetchmany(500):
        db.conn.executemany(
            "INSERT INTO articles_grams (rowid, grams) VALUES (?, ?)",
            [(i, gram_document(title, text)) for i, title, text in batch],
        )
    db.execute("CREATE INDEX idx_articles_recent ON articles (published IS NULL, published DESC, id)")


# Whether an article's trigram index entry is still queued (not yet in articles_fts): then there is
# nothing there to delete when its text changes or it is deleted.
_TRIGRAM_QUEUED = "EXISTS (SELECT 1 FROM search_queue WHERE article_id = old.rowid AND trigram)"


@migrations()
def m013_search_queue(db: sqlite_utils.Database) -> None:
    """Writes in batches: an article's search index entries (trigram, words, short words) are queued in
    ``search_queue`` as it is stored and written for the whole batch at its commit, one statement per
    index (pipelines.search_index.flush). FTS5 writes its pending entries out at every statement that
    opens a savepoint, so indexing one article at a time between the batch's other writes cost two
    thirds of the writer's time. The triggers keep the trigram index right for any writer."""
    db.execute(
        "CREATE TABLE search_queue (article_id INTEGER PRIMARY KEY, trigram INTEGER NOT NULL DEFAULT 0,"
        " title_words TEXT, text_words TEXT, grams TEXT)"
    )
    for name in ("articles_ai", "articles_au", "articles_ad"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    queue = (
        "INSERT INTO search_queue (article_id, trigram) VALUES (new.rowid, 1)"
        " ON CONFLICT(article_id) DO UPDATE SET trigram = 1;"
    )
    unindex = (
        "INSERT INTO articles_fts (articles_fts, rowid, title, text)"
        f" SELECT 'delete', old.rowid, old.title, old.text WHERE NOT {_TRIGRAM_QUEUED};"
    )
    db.execute(f"CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN {queue} END")
    db.execute(f"CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN {unindex} {queue} END")
    db.execute(
        f"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN {unindex}"
        " DELETE FROM search_queue WHERE article_id = old.rowid; END"
    )


# Bytes of pending entries an FTS5 index holds in memory before it writes them out as a segment
# (FTS5's ``hashsize``; its default is 1 MB). A batch of 500 articles made several trigram segments at
# 1 MB, and the segment merges that followed cost a quarter of the index's time; 16 MB writes a batch
# as one segment. Only how the index is written: its contents, and every MATCH and bm25, are the same.
FTS_HASHSIZE = 16 * 1024 * 1024


@migrations()
def m014_fts_hashsize(db: sqlite_utils.Database) -> None:
    """Faster batch writes of the search indexes: each index keeps a batch's entries in memory until
    the batch is written (FTS_HASHSIZE). A setting of each index (its ``_config`` table), kept in the
    archive, so every writer of it gets it."""
    for table in ("articles_fts", "articles_words", "articles_grams"):
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', {FTS_HASHSIZE})")


@migrations()
def m015_uri_article_urls(db: sqlite_utils.Database) -> None:
    """Articles stored under a ``rel=canonical`` the page wrote in raw Unicode (``/news/entry/42-เปิด…``)
    are stored under its percent-encoded form, the form the page itself is fetched and stored under, so
    one page is one article (pipelines.archive.article_url). A URL whose encoded form is already an
    article's stays as it is."""
    from w3lib.url import safe_url_string

    from pipelines.urls import canonical_url

    rows = db.execute("SELECT id, url FROM articles WHERE url GLOB '*[^ -~]*'").fetchall()
    for article_id, url in rows:
        encoded = canonical_url(safe_url_string(url))
        if encoded != url and db.execute("SELECT 1 FROM articles WHERE url = ?", [encoded]).fetchone() is None:
            db.execute("UPDATE articles SET url = ? WHERE id = ?", [encoded, article_id])


def _uri(path: Path, **options: str) -> str:
    """A ``file:`` URI for ``path`` (``?`` and ``#`` in the name escaped), with query options."""
    return "file:" + quote(str(path.resolve())) + ("?" + urlencode(options) if options else "")


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write ``path``. On a read-only folder, where SQLite cannot make the
    WAL index (``-shm``) a WAL archive needs, the file is read as immutable: nobody can write it there."""
    try:
        conn = sqlite3.connect(_uri(path, mode="ro"), uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if "unable to open" not in str(exc) or os.access(path.parent, os.W_OK):
            raise
    return sqlite3.connect(_uri(path, mode="ro", immutable="1"), uri=True)


# Files shorter than this have their header read directly (an SQLite page is at least 512 bytes,
# and an archive is many pages).
SHORT_FILE = 4096


def check_archive(path: str | Path) -> bool:
    """True when ``path`` holds a tessaban archive, False when there is none yet (no file, an empty
    file, or an SQLite database with nothing in it). Raises NotAnArchive for anything else. Reads only."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False  # absent (or not a file: opening it fails and says so)
    # SQLite would take a short file for an empty database, so a short file's header is read here. Never
    # a longer one's: closing any descriptor of a database file drops every POSIX lock this process
    # holds on it (SQLite's connections included), and two crawls into one archive then corrupt it.
    # SQLite itself refuses a longer file that is not a database ("file is not a database").
    if path.stat().st_size < SHORT_FILE:
        with path.open("rb") as head:
            if head.read(16) != b"SQLite format 3\x00":
                raise NotAnArchive(
                    f"{path} is not a tessaban archive: damaged or not an SQLite database; it was left untouched"
                )
    conn = None
    try:
        conn = _connect_read_only(path)
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        ours = (
            "_sqlite_migrations" in names
            and conn.execute(
                "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? LIMIT 1", [migrations.name]
            ).fetchone()
            is not None
        )
        marked = any(conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("user_version", "application_id"))
    except sqlite3.DatabaseError as exc:
        raise NotAnArchive(
            f"{path} is not a tessaban archive: damaged or not an SQLite database ({exc}); it was left untouched"
        ) from None
    finally:
        if conn is not None:
            conn.close()
    if ours:
        return True
    if not names and not marked:
        return False
    shown = ", ".join(sorted(names)[:4]) + (", …" if len(names) > 4 else "")
    raise NotAnArchive(
        f"{path} is not a tessaban archive (another application's SQLite file: "
        f"{shown or 'no tables'}); it was left untouched: give another --db"
    )


class ArchiveDatabase(sqlite_utils.Database):
    """sqlite-utils' Database whose write transactions take the write lock when they begin
    (``BEGIN IMMEDIATE``), waiting up to the busy timeout for it.

    With a plain ``BEGIN`` a transaction that reads first and then writes fails at once with
    "database is locked", without waiting, when another process committed in between (SQLite cannot
    upgrade a stale snapshot): two crawls into one archive (the scheduler's two due sites) met it.
    """

    def begin(self) -> None:
        self.execute("BEGIN IMMEDIATE")

    @contextlib.contextmanager
    def atomic(self) -> Iterator[ArchiveDatabase]:
        if self.conn.in_transaction:  # nested: sqlite-utils' savepoint
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            with super().atomic():  # a savepoint inside the immediate transaction
                yield self
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_database(path: str | Path, readonly: bool = False) -> sqlite_utils.Database:
    """Open (creating if needed) the archive at ``path`` in WAL mode, with every migration applied.

    ``readonly``: for commands that only read (search, stats, export): an up-to-date archive is
    opened without any write, so an archive on read-only storage can be read; one that needs a
    migration is migrated when it can be written.

    Raises NotAnArchive (untouched) for a file that is not a tessaban archive, OSError or
    sqlite3.Error when the path cannot be written.
    """
    path = Path(path)
    existing = check_archive(path)
    if readonly and not existing:
        raise NotAnArchive(f"{path} is not a tessaban archive (it is empty)")
    if readonly:
        db = sqlite_utils.Database(_connect_read_only(path))
        if not migrations.pending(db):
            return db
        db.close()
        if not _writable(path):
            raise NotAnArchive(f"{path} was written by an older tessaban and is read-only: it cannot be upgraded")
    path.parent.mkdir(parents=True, exist_ok=True)
    db = ArchiveDatabase(path)
    db.conn.isolation_level = "IMMEDIATE"  # the implicit transactions of single writes too
    db.execute("PRAGMA foreign_keys = ON")
    # Two crawls of one archive (the scheduler starting two due sites) wait for each other's commits.
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.enable_wal()
    # In WAL mode NORMAL loses nothing when a process is killed (commits are in the WAL file); only a
    # power cut can take the last commits. It spares an fsync per commit.
    db.execute("PRAGMA synchronous = NORMAL")
    migrations.apply(db)
    return db
