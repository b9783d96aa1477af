"""``tessaban``: the command line. A thin shell: parse, call one library function, turn errors into one line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from urllib.parse import unquote

from crawler import __version__
from crawler.sites import DEFAULT_REGISTRY, RegistryError, find_site, load_sites, shared_settings

DEFAULT_DB = "data/archive.db"


class UsageError(Exception):
    """A mistake in what the user asked for: printed as one line, exit status 2."""


def _setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got '{text}'")
    return name.strip(), value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got '{text}'") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {value}")
    return value


MAX_RESULTS = 100_000


def _limit(text: str) -> int:
    """A ``--limit``: 0 or more, at most MAX_RESULTS (SQLite's integers end at 2**63)."""
    value = _positive(text)
    if value > MAX_RESULTS:
        raise argparse.ArgumentTypeError(f"expected at most {MAX_RESULTS:,}, got {text[:30]}")
    return value


def cmd_crawl(args: argparse.Namespace) -> int:
    from crawler.run import (
        CrawlInputError,
        check_database,
        check_overrides,
        check_start_url,
        crawl_settings,
        run_crawl,
    )

    urls = list(args.urls)
    overrides: dict[str, object] = {}
    url_rules: dict[str, dict[str, list[str]]] = {}
    selectors: dict[str, dict[str, str]] = {}
    chosen = [find_site(name, args.sites_file) for name in args.site or []]
    if args.all:
        named = {site.name for site in chosen}
        enabled = [site for site in load_sites(args.sites_file).values() if site.enabled and site.name not in named]
        if not enabled and not chosen:
            raise UsageError(f"--all: no enabled site in {args.sites_file}")
        chosen += enabled
        overrides.update(shared_settings(chosen))  # the same for every site, or refused
    for site in chosen:
        urls += site.start_urls
        if not args.all:
            overrides.update(site.settings)  # a registry entry's settings apply to the whole crawl
        from pipelines.urls import site_of

        for url in site.start_urls:
            if site.allow or site.deny:
                url_rules[site_of(url)] = {"allow": list(site.allow), "deny": list(site.deny)}
            if site.selectors:
                selectors[site_of(url)] = site.selectors
    if url_rules:
        overrides["TESSABAN_URL_RULES"] = url_rules
    if selectors:
        overrides["TESSABAN_SELECTORS"] = selectors
    if not urls:
        raise UsageError("give at least one URL, --site NAME or --all")
    if args.redis:
        return _seed(args, urls, url_rules, selectors)
    if args.job_dir:
        # A resumable job: Scrapy keeps its queue there; every item is committed as it comes, so a
        # kill loses nothing that was stored, and the next run re-fetches what was in flight.
        overrides["JOBDIR"] = str(args.job_dir)
        overrides["TESSABAN_COMMIT_EVERY"] = 1
    overrides.update(dict(args.set or []))  # -s wins over the registry
    if args.job_dir and args.job_dir.exists() and not args.job_dir.is_dir():
        raise UsageError(f"--job-dir {args.job_dir} is a file: give a folder (it is created if missing)")
    args.db = _one_database(args, overrides)
    try:
        urls = [check_start_url(u) for u in urls]
        check_overrides(overrides)
        check_database(args.db)
    except CrawlInputError as exc:
        raise UsageError(str(exc)) from None
    overrides.setdefault("LOG_LEVEL", args.log_level)
    result = run_crawl(urls, crawl_settings(args.db, args.max_pages, overrides))
    articles = {k: result.count(f"tessaban/articles/{k}") for k in ("new", "changed", "unchanged")}
    pages = sum(v for k, v in result.stats.items() if k.startswith("tessaban/pages/"))
    unwritten = result.count("tessaban/store/failed")  # fetched, but the archive could not take them
    print(
        f"{pages} pages stored, {sum(articles.values())} articles ({articles['new']} new, "
        f"{articles['changed']} changed, {articles['unchanged']} unchanged), "
        f"{result.count('tessaban/pages/error') + unwritten} errors -> {args.db}"
    )
    for url, problem in result.start_problems.items():
        print(f"tessaban: error: could not crawl {url}: {problem}", file=sys.stderr)
    if unwritten:
        print(
            f"tessaban: error: {unwritten} pages could not be written to {args.db} "
            f"({result.stats.get('tessaban/store/first_error')})",
            file=sys.stderr,
        )
    unsettled = result.count("tessaban/settled/failed")
    if unsettled:
        print(
            f"tessaban: error: {unsettled} sites could not be settled in {args.db} (their page kinds as first"
            " judged; the next crawl settles them)",
            file=sys.stderr,
        )
    unlogged = result.count("tessaban/pending/unwritten")
    if unlogged:
        print(
            f"tessaban: error: {unlogged} scheduled requests could not be remembered in "
            f"{args.db}.pending (disk full?): the next crawl follows this crawl's sites again",
            file=sys.stderr,
        )
    return 1 if result.start_problems or unwritten or unlogged or unsettled else 0


def _one_database(args: argparse.Namespace, overrides: dict[str, object]) -> str:
    """The archive of a crawl: ``--db``, or ``-s TESSABAN_DB`` alone; both, naming two files, is refused."""
    given = overrides.pop("TESSABAN_DB", None)
    if given is None:
        return args.db
    if args.db_given and str(given) != args.db:
        raise UsageError(
            f"-s TESSABAN_DB={str(given)[:80]} and --db {args.db[:80]} name two archives: give it once, with --db"
        )
    return str(given)


def _seed(args: argparse.Namespace, urls: list[str], url_rules: dict, selectors: dict) -> int:
    """``crawl --redis``: add the sites to the shared crawl; workers fetch, the store writes."""
    from crawler.distributed.frontier import FrontierError
    from crawler.distributed.seed import seed
    from crawler.run import CrawlInputError, check_start_url

    for option, given in (
        ("--job-dir", args.job_dir),
        ("--max-pages", args.max_pages),
        ("-s", args.set),
        ("--db", args.db_given),
    ):
        if given:
            where = "tessaban store" if option == "--db" else "tessaban worker"
            raise UsageError(f"{option} does not apply with --redis: give it to `{where}`")
    try:
        urls = [check_start_url(u) for u in urls]
        result = seed(args.redis, urls, url_rules, selectors)
    except (CrawlInputError, FrontierError) as exc:
        raise UsageError(str(exc)) from None
    print(
        f"{result.queued} start requests queued ({result.already_seen} already seen), {result.sites} sites in the "
        f"crawl{' (a new pass)' if result.new_pass else ''}, {result.workers} workers running -> {args.redis}"
    )
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from crawler.distributed.frontier import Frontier, FrontierError, connect
    from crawler.distributed.worker import run_worker, worker_settings
    from crawler.run import CrawlInputError, check_overrides

    overrides = dict(args.set or [])
    try:
        check_overrides(overrides)
        connect(args.redis)
    except (CrawlInputError, FrontierError) as exc:
        raise UsageError(str(exc)) from None
    overrides.setdefault("LOG_LEVEL", args.log_level)
    worker = Frontier.new_worker_id()
    result = run_worker(worker_settings(args.redis, worker, args.idle_exit, overrides))
    pages = sum(v for k, v in result.stats.items() if k.startswith("tessaban/pages/"))
    print(
        f"worker {worker}: {pages} pages fetched and handed to the store "
        f"({result.stats.get('tessaban/pages/error', 0)} errors)"
    )
    return 0


def cmd_store(args: argparse.Namespace) -> int:
    from crawler.distributed.archive_writer import run_store
    from crawler.distributed.frontier import FrontierError
    from crawler.run import CrawlInputError, check_database

    try:
        check_database(args.db)
        result = run_store(args.redis, args.db, idle_exit=args.idle_exit)
    except (CrawlInputError, FrontierError) as exc:
        raise UsageError(str(exc)) from None
    print(result.summary(args.db))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the article of a saved page (FILE, or ``-`` for standard input) as JSON; of several pages
    of one site (FILEs, or a folder of them), one JSON line each, with the site's template lines
    learned across them and removed as a crawl's archive does (pipelines.extract.site).

    Reads at most the crawl's size limit (DOWNLOAD_MAXSIZE) of a page: a crawl never reads a larger
    page, and reading without a limit kept ``tessaban extract /dev/zero`` reading (5.7 GB) until it
    was killed."""
    headers = {"Content-Type": args.content_type} if args.content_type else None
    if len(args.file) == 1 and (args.file[0] == "-" or not Path(args.file[0]).is_dir()):
        from pipelines.extract import extract

        stdin = args.file[0] == "-"
        path = Path(args.file[0])
        body = _read_saved_page(None if stdin else path)
        url = args.url or ("file:///dev/stdin" if stdin else path.resolve().as_uri())
        data = asdict(extract(body, url, headers))
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    return _extract_site_pages(args, headers)


def _saved_pages(names: list[str], base_url: str | None) -> list[tuple[Path, str]]:
    """(file, URL) of every page named: files as given, a folder's files recursively in name order.
    With ``base_url``, a page's URL is its path relative to the folder (or its file name) under it,
    as ``wget --mirror`` saves a site; without, its ``file:`` URI."""
    from urllib.parse import quote, urljoin

    pages: list[tuple[Path, str]] = []
    for name in names:
        given = Path(name)
        if name == "-":
            raise UsageError("standard input (-) is one page: give files or a folder to extract several")
        if given.is_dir():
            files = sorted(p for p in given.rglob("*") if p.is_file())
            pages += [(f, f.relative_to(given).as_posix()) for f in files]
        else:
            pages.append((given, given.name))
    base = base_url.rstrip("/") + "/" if base_url else None
    return [(f, urljoin(base, quote(rel, safe="/?=&%")) if base else f.resolve().as_uri()) for f, rel in pages]


def _extract_site_pages(args: argparse.Namespace, headers: dict[str, str] | None) -> int:
    from pipelines.extract.site import extract_site

    pages, skipped = [], 0
    for path, url in _saved_pages(args.file, args.url):
        try:
            pages.append((_read_saved_page(path), url, headers))
        except UsageError as exc:  # one page that cannot be read does not lose the others
            print(f"tessaban: error: {exc}", file=sys.stderr)
            skipped += 1
    if not pages:
        raise UsageError("no page to extract")
    for page in extract_site(pages):
        data = asdict(page.article)
        print(json.dumps({"url": page.url, **data, "template_lines": page.template_lines}, ensure_ascii=False))
    return 1 if skipped else 0


def _read_saved_page(path: Path | None) -> bytes:
    """A saved page's bytes (``None``: standard input), up to DOWNLOAD_MAXSIZE; else one line."""
    from crawler.settings import DOWNLOAD_MAXSIZE

    name = "standard input" if path is None else str(path)
    try:
        with open(sys.stdin.fileno(), "rb", closefd=False) if path is None else path.open("rb") as source:
            body = source.read(DOWNLOAD_MAXSIZE + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None
    if len(body) > DOWNLOAD_MAXSIZE:
        raise UsageError(
            f"{name} is larger than DOWNLOAD_MAXSIZE ({DOWNLOAD_MAXSIZE:,} bytes), the most a crawl "
            "reads of a page: not extracted"
        )
    return body


def _archive(path: str, readonly: bool = False):
    """Open (or create) the archive at ``path``; a file that is not one, or cannot be opened, is one line."""
    import sqlite3

    from pipelines.schema import NotAnArchive, open_database

    try:
        return open_database(path, readonly=readonly)
    except NotAnArchive as exc:
        raise UsageError(str(exc)) from None
    except (OSError, sqlite3.Error) as exc:
        raise UsageError(f"cannot open the archive at {path}: {exc}") from None


def _existing_db(path: str, readonly: bool = False):
    """Open an archive that must already exist (search, stats, reprocess read it). ``readonly``: for
    commands that only read: nothing is written, so an archive on read-only storage works."""
    if not Path(path).is_file():
        raise UsageError(f"no archive at {path} (crawl first, or give --db PATH)")
    return _archive(path, readonly)


def cmd_search(args: argparse.Namespace) -> int:
    from pipelines.search import QueryError, search, search_files

    for what, value in (("the query", args.query), ("--site", args.site), ("--since", args.since)):
        if value is not None and not _is_utf8(value):
            raise UsageError(f"{what} is not valid UTF-8 text")
    db = _existing_db(args.db, readonly=True)
    try:
        hits = (
            search(db, args.query, site=args.site, since=args.since, limit=args.limit) if args.within != "files" else []
        )
        files = search_files(db, args.query, site=args.site, limit=args.limit) if args.within != "articles" else []
    except QueryError as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        found_json = [asdict(hit) for hit in hits] + [asdict(found) for found in files]
        print(json.dumps(found_json, ensure_ascii=False, indent=2))
        return 0
    for hit in hits:  # Thai slugs shown as Thai, not percent-encoded
        print(f"{hit.published or '----------'}  {hit.site}  {hit.title or ''}")
        print(f"  {unquote(hit.url)}\n  {hit.snippet}\n")
    for found in files:  # words inside a linked PDF, DOCX, XLSX or scan, and which pages link it
        print(f"[{found.kind or 'file'}]  {unquote(found.url)}")
        print(f"  {found.snippet}")
        for page in found.linked_from:
            print(f"  linked from {unquote(page.url)}" + (f"  ({page.title})" if page.title else ""))
        print()
    count = len(hits) + len(files)
    print(
        f"{count} result{'s' if count != 1 else ''}" + (f" ({len(files)} in files)" if files else ""), file=sys.stderr
    )
    return 0


def _is_utf8(text: str) -> bool:
    """False for an argument whose bytes were not UTF-8 (Python keeps them as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def cmd_stats(args: argparse.Namespace) -> int:
    from pipelines.stats import site_stats

    db = _existing_db(args.db, readonly=True)
    if args.shapes:
        return _print_shapes(db, args.site)
    rows = site_stats(db)
    print(f"{'site':<32} {'pages':>7} {'articles':>8} {'dupes':>6} {'errors':>6}  published")
    for r in rows:
        span = f"{r.first_published or '?'} .. {r.last_published or '?'}" if r.articles else ""
        print(f"{r.site:<32} {r.pages:>7} {r.articles:>8} {r.duplicates:>6} {r.errors:>6}  {span}")
    return 0


def _print_shapes(db, site: str | None) -> int:
    """`tessaban stats --shapes`: what the crawl learned of each site's URL shapes, traps first."""
    from pipelines.stats import shape_stats

    print(f"{'site':<24} {'shape':<48} {'pages':>6} {'articles':>8} {'verdict':<8} why stopped (dropped requests)")
    for r in shape_stats(db, site):
        why = f"{r.stopped} ({r.dropped} dropped)" if r.stopped else ""
        print(f"{r.site:<24} {r.shape[:48]:<48} {r.pages:>6} {r.articles:>8} {r.verdict:<8} {why}")
    return 0


def cmd_reprocess(args: argparse.Namespace) -> int:
    from crawler.reprocess import reprocess
    from crawler.sites import selectors_by_site

    _existing_db(args.db).close()
    result = reprocess(args.db, site=args.site, selectors=selectors_by_site(args.sites_file))
    changes = ", ".join(f"{n} {k}" for k, n in sorted(result.changes.items())) or "no articles"
    print(f"{result.pages} pages re-extracted: {changes}; {len(result.sites)} sites finalised")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pipelines.export import ExportError, export, format_of

    out = _export_target(args.out, args.out_option)
    try:
        fmt = args.format or format_of(out)
        result = export(
            args.db,
            fmt,
            out,
            sites=args.site or (),
            since=args.since,
            until=args.until,
            include_duplicates=args.include_duplicates,
            file_text=not args.no_file_text,
        )
    except ExportError as exc:
        raise UsageError(str(exc)) from None
    print(result.summary())
    return 0


def _export_target(positional: str | None, option: str | None) -> str:
    """The export's file: the positional OUT or ``--out PATH`` (the spelling of the export issue), once."""
    if positional is None:
        if option is None:
            raise UsageError("give the file to write: tessaban export OUT, or --out PATH")
        return option
    if option is not None and positional != option:
        raise UsageError(f"OUT ({positional[:80]}) and --out ({option[:80]}) name two files: give one")
    return positional


def cmd_report(args: argparse.Namespace) -> int:
    from functools import partial

    from crawler.chain_gaps import chain_gaps
    from pipelines.report import ReportError, write_report

    finder = partial(chain_gaps, max_articles=args.chain_gaps) if args.chain_gaps else None
    try:
        result = write_report(args.db, args.out, sites=args.site or (), chain_gaps=finder)
    except ReportError as exc:
        raise UsageError(str(exc)) from None
    print(result.summary())
    return 0


def cmd_schedule(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from crawler.schedules import ScheduleError, add_schedule, list_schedules, remove_schedule

    if args.action in ("add", "remove") and not args.site:
        raise UsageError(f"schedule {args.action} needs a SITE")
    if args.action == "add" and not args.every:
        raise UsageError("schedule add needs --every (30m, 6h, 1d, or a cron expression)")
    try:
        if args.action == "add":
            find_site(args.site, args.sites_file)  # only registry sites can be scheduled
            db = _archive(args.db)
            schedule = add_schedule(db, args.site, args.every, datetime.now(UTC))
            print(f"{schedule.site}: every {schedule.every}, first crawl due {schedule.next_run}")
        elif args.action == "remove":
            remove_schedule(_existing_db(args.db), args.site)
            print(f"{args.site}: schedule removed")
        else:
            for schedule in list_schedules(_existing_db(args.db, readonly=True)):
                last = schedule.last_run or "-"
                print(f"{schedule.site}\tevery {schedule.every}\tnext {schedule.next_run}\tlast {last}")
    except ScheduleError as exc:
        raise UsageError(str(exc)) from None
    return 0


def cmd_scheduler(args: argparse.Namespace) -> int:
    import logging

    from crawler.cron_runner import CronRunner
    from crawler.run import CrawlInputError, check_overrides

    try:
        check_overrides(dict(args.set or []))  # every crawl would fail on it: say so once, now
    except CrawlInputError as exc:
        raise UsageError(str(exc)) from None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    _existing_db(args.db).close()
    scheduler = CronRunner(
        args.db,
        args.sites_file,
        jitter=args.jitter,
        crawl_args=[a for pair in (args.set or []) for a in ("-s", "=".join(pair))],
    )
    if args.once:
        started = scheduler.tick()
        scheduler.wait()
        processes = len(scheduler.processes())
        print(
            f"{len(started)} crawl{'s' if len(started) != 1 else ''} run: {' '.join(started) or 'none due'}"
            + (f" ({processes} crawl process{'es' if processes != 1 else ''})" if processes else "")
        )
        return 0
    scheduler.run_forever(poll=args.poll)
    return 0


def cmd_sites(args: argparse.Namespace) -> int:
    from crawler.sites import add_site

    if args.action == "add":
        from crawler.run import CrawlInputError, check_start_url

        if not args.name or not args.urls:
            raise UsageError("sites add needs a NAME and at least one URL")
        try:
            urls = [check_start_url(u) for u in args.urls]
        except CrawlInputError as exc:
            raise UsageError(str(exc)) from None
        site = add_site(args.name, urls, args.sites_file, title=args.title or "")
        print(f"{site.name}: {' '.join(site.start_urls)} added to {args.sites_file}")
        return 0
    if args.action == "check":
        from crawler.run import CrawlInputError, check_overrides, crawl_settings
        from crawler.site_check import CheckRules, check_site

        if not args.name:
            raise UsageError("sites check needs a NAME")
        site = find_site(args.name, args.sites_file)
        overrides = {**site.settings, **dict(args.set or [])}  # as a crawl of the site would have them
        try:
            check_overrides(overrides)
        except CrawlInputError as exc:
            raise UsageError(str(exc)) from None
        rules = CheckRules.from_settings(crawl_settings(DEFAULT_DB, 0, overrides))
        for url in site.start_urls:
            r = check_site(url, rules)
            print(
                f"{url}\n  robots.txt: {r.robots_status}; start page allowed: {'yes' if r.start_allowed else 'NO'}"
                f"; crawl-delay: {r.crawl_delay or '-'}; sitemaps listed: {len(r.robots_sitemaps)}"
            )
            print(
                f"  start page: {r.status} {r.content_type or ''} (decoded as {r.encoding or '-'}), "
                f"kind {r.kind or '-'}"
            )
            print(
                f"  discovery: {len(r.feeds)} feeds, {len(r.sitemaps) + len(r.robots_sitemaps)} sitemaps, "
                f"{len(r.prev_next)} prev/next links, {r.pagination} pagination links, {r.article_links} post links"
            )
        return 0
    for site in load_sites(args.sites_file).values():
        flag = "" if site.enabled else "  (disabled)"
        print(f"{site.name}\t{' '.join(site.start_urls)}\t{site.title}{flag}")
    return 0


def _sites_file_option(parser: argparse.ArgumentParser, why: str = "") -> None:
    parser.add_argument(
        "--sites-file",
        type=Path,
        default=DEFAULT_REGISTRY,
        metavar="PATH",
        help=f"the site registry{why} (default {DEFAULT_REGISTRY})",
    )


def _db_option(parser: argparse.ArgumentParser) -> None:
    # default None: main() fills in DEFAULT_DB and records whether --db was given (db_given)
    parser.add_argument("--db", metavar="PATH", help=f"SQLite archive (default {DEFAULT_DB})")


def _redis_option(parser: argparse.ArgumentParser, required: bool, why: str) -> None:
    parser.add_argument("--redis", required=required, metavar="URL", help=f"redis://HOST:PORT/DB {why}")


def _idle_exit_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--idle-exit",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="stop once the whole crawl has been done for SECONDS (default 0: keep waiting for "
        "new sites until stopped)",
    )


def _set_option(parser: argparse.ArgumentParser, why: str) -> None:
    parser.add_argument("-s", "--set", action="append", type=_setting, metavar="NAME=VALUE", help=why)


def _log_level_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-L",
        "--log-level",
        default="WARNING",
        choices=["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"],
        help="default WARNING",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tessaban", description="Crawl and archive Thai local-government websites into SQLite."
    )
    parser.add_argument("--version", action="version", version=f"tessaban {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    crawl = sub.add_parser(
        "crawl",
        help="crawl sites into the SQLite archive",
        description="Crawl each URL's whole site (same host and port; www. ignored) into SQLite.",
        epilog="example: tessaban crawl https://www.kohsichang.go.th/ --max-pages 200   "
        "(every site of the registry: tessaban crawl --all)",
    )
    crawl.add_argument("urls", nargs="*", metavar="URL", help="home page or any article of a site")
    crawl.add_argument("--site", action="append", metavar="NAME", help="a site of the registry (repeatable)")
    crawl.add_argument(
        "--all",
        action="store_true",
        help="every enabled site of the registry (--sites-file), in one crawl; their settings must agree",
    )
    _sites_file_option(crawl)
    _db_option(crawl)
    crawl.add_argument(
        "--job-dir",
        type=Path,
        metavar="DIR",
        help="keep the crawl's state in DIR: after a stop or a kill, the same command resumes it",
    )
    crawl.add_argument(
        "--max-pages",
        type=_positive,
        default=0,
        metavar="N",
        help="fetch at most N pages from each site (default: no limit)",
    )
    crawl.add_argument(
        "-s",
        "--set",
        action="append",
        type=_setting,
        metavar="NAME=VALUE",
        help="override a Scrapy setting, as scrapy crawl -s does (repeatable)",
    )
    _log_level_option(crawl)
    _redis_option(
        crawl,
        False,
        "of a distributed crawl: queue the sites there for `tessaban worker` processes instead of crawling here",
    )
    crawl.set_defaults(func=cmd_crawl)

    worker = sub.add_parser(
        "worker",
        help="crawl from a shared Redis frontier (distributed crawl)",
        description="Join the distributed crawl in Redis (scrapy-redis): fetch and extract pages and hand them to "
        "`tessaban store`. Workers on any machine may join or leave at any time; a killed worker's requests "
        "are taken up by the others.",
        epilog="example: tessaban worker --redis redis://10.0.0.5:6379/0 --idle-exit 60",
    )
    _redis_option(worker, True, "of the crawl (the one `tessaban crawl --redis` seeded)")
    _idle_exit_option(worker)
    _set_option(worker, "override a Scrapy setting for this worker (repeatable)")
    _log_level_option(worker)
    worker.set_defaults(func=cmd_worker)

    store = sub.add_parser(
        "store",
        help="write a distributed crawl's pages into the SQLite archive",
        description="The one writer of a distributed crawl: take the pages workers put in Redis and write them "
        "to the SQLite archive, in batches that survive a kill. Run exactly one per crawl, beside the database.",
        epilog="example: tessaban store --redis redis://10.0.0.5:6379/0 --db data/archive.db",
    )
    _redis_option(store, True, "of the crawl")
    _db_option(store)
    _idle_exit_option(store)
    store.set_defaults(func=cmd_store)

    ext = sub.add_parser(
        "extract",
        help="print the article of a saved page (or of several pages of one site) as JSON",
        description="Run the crawl's extraction on a saved page and print title, text, date, images as JSON. "
        "Several pages of one site (FILEs or a folder) are extracted together, one JSON line each: the lines "
        "that recur across them (the site's template) are removed, as the crawl's archive removes them.",
        epilog="example: tessaban extract page.html --url https://www.kohsichang.go.th/2022/07/1018/ "
        "(a site's saved pages: tessaban extract mirror/www.kohsichang.go.th/ --url https://www.kohsichang.go.th/)",
    )
    ext.add_argument(
        "file", metavar="FILE", nargs="+", help="a saved HTML page (raw bytes, any charset), several, or a folder"
    )
    ext.add_argument(
        "--url",
        help="the URL the page came from (resolves links and URL dates); with several pages, the site's URL "
        "under which each page's path (relative to the folder given, or its file name) is its URL",
    )
    ext.add_argument("--content-type", metavar="VALUE", help="the page's Content-Type header, if known")
    ext.set_defaults(func=cmd_extract)

    search = sub.add_parser(
        "search",
        help="Thai full-text search of the archive",
        description='Search articles: words and "phrases" are all required, -word excludes, OR between two '
        "terms accepts either. Thai words are found inside compounds (สีชัง in เกาะสีชัง).",
        epilog='example: tessaban search "เกาะสีชัง" ท่องเที่ยว --since 2022-01-01 --limit 5',
    )
    search.add_argument("query", metavar="QUERY")
    _db_option(search)
    search.add_argument("--site", metavar="HOST", help="only this site (e.g. kohsichang.go.th)")
    search.add_argument("--since", metavar="DATE", help="only articles published on or after DATE (YYYY-MM-DD)")
    search.add_argument(
        "--limit", type=_limit, default=20, metavar="N", help=f"at most N results (default 20, at most {MAX_RESULTS:,})"
    )
    search.add_argument("--json", action="store_true", help="print results as JSON")
    search.add_argument(
        "--in",
        dest="within",
        choices=("all", "articles", "files"),
        default="all",
        help="search article texts, the texts of archived files (PDF, DOCX, XLSX, scans), or both (default)",
    )
    search.set_defaults(func=cmd_search)

    stats = sub.add_parser(
        "stats",
        help="per-site pages, articles, duplicates, errors and date range",
        description="Per-site figures of the archive.",
        epilog="example: tessaban stats --db data/archive.db",
    )
    _db_option(stats)
    stats.add_argument(
        "--shapes",
        action="store_true",
        help="the URL shapes each site's last crawl learned: pages, articles, verdict, traps stopped",
    )
    stats.add_argument("--site", metavar="HOST", help="with --shapes: only this site")
    stats.set_defaults(func=cmd_stats)

    reprocess = sub.add_parser(
        "reprocess",
        help="re-extract archived pages without fetching",
        description="Re-run page classification, extraction, template learning and dedup over the raw "
        "responses stored in the archive; changed articles keep their earlier versions.",
        epilog="example: tessaban reprocess --site kohsichang.go.th",
    )
    _db_option(reprocess)
    reprocess.add_argument("--site", metavar="HOST", help="only this site (as in articles.site)")
    _sites_file_option(reprocess, ", for per-site selectors")
    reprocess.set_defaults(func=cmd_reprocess)

    export = sub.add_parser(
        "export",
        help="write the articles to JSONL, CSV, Parquet or WARC, with a manifest",
        description="Export the archive's articles (republished copies left out unless --include-duplicates) "
        "to OUT, and a manifest to OUT.manifest.json (counts, filters, sha256, schema, licence). The format "
        "comes from OUT's name (.jsonl, .csv, .parquet, .warc.gz) unless --format is given.",
        epilog="example: tessaban export data/articles.parquet --since 2023-01-01 --site kohsichang.go.th  "
        "(or: tessaban export --format jsonl --out data/articles.jsonl)",
    )
    export.add_argument("out", nargs="?", metavar="OUT", help="the file to write (its folder is created)")
    export.add_argument(
        "--out", "-o", dest="out_option", metavar="PATH", help="the file to write, as OUT (either one, not both)"
    )
    export.add_argument("--format", "-f", metavar="FORMAT", help="jsonl, csv, parquet or warc (default: from OUT)")
    _db_option(export)
    export.add_argument("--site", action="append", metavar="HOST", help="only this site (repeatable)")
    export.add_argument("--since", metavar="DATE", help="published on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY)")
    export.add_argument("--until", metavar="DATE", help="published on or before DATE (YYYY-MM-DD, YYYY-MM, YYYY)")
    export.add_argument(
        "--include-duplicates", action="store_true", help="also export republished copies (duplicate_of set)"
    )
    export.add_argument(
        "--no-file-text",
        action="store_true",
        help="list each article's files (url, sha256, kind, size) without their text",
    )
    export.set_defaults(func=cmd_export)

    report = sub.add_parser(
        "report",
        help="write a coverage report of the archive as one HTML file",
        description="Write one self-contained HTML file (no network needed to view it): per site, articles per "
        "month, page kinds, URL shapes and traps, failures by reason, chain gaps, duplicates, template lines "
        "and the last crawl runs with their extraction figures; the sites to look at first.",
        epilog="example: tessaban report report.html --site kohsichang.go.th",
    )
    report.add_argument("out", metavar="OUT.html", help="the file to write (its folder is created)")
    report.add_argument("--site", action="append", metavar="HOST", help="only this site (repeatable)")
    report.add_argument(
        "--chain-gaps",
        type=_positive,
        default=1000,
        metavar="N",
        help="check the prev/next links of the newest N articles of each site (about 7 ms each; default 1000, "
        "0: do not check)",
    )
    _db_option(report)
    report.set_defaults(func=cmd_report)

    schedule = sub.add_parser(
        "schedule",
        help="recurring crawls of registry sites",
        description="Add, list or remove the recurring crawl of a site of the registry; "
        "`tessaban scheduler` runs them.",
        epilog='example: tessaban schedule add kohsichang --every 1d   (or --every "0 3 * * *")',
    )
    schedule.add_argument("action", choices=["add", "list", "remove"])
    schedule.add_argument("site", nargs="?", metavar="SITE", help="a name of the site registry")
    schedule.add_argument("--every", metavar="WHEN", help="an interval (30m, 6h, 1d, 1w) or a cron expression (UTC)")
    _sites_file_option(schedule)
    _db_option(schedule)
    schedule.set_defaults(func=cmd_schedule)

    scheduler = sub.add_parser(
        "scheduler",
        help="run due crawls unattended",
        description="Start the crawls that are due, the sites due together in one crawl process (those whose "
        "registry settings differ in separate ones), never two crawls of one site at once; "
        "after downtime each overdue site is crawled once. Runs until stopped, or once with --once.",
        epilog="example: tessaban scheduler --jitter 300",
    )
    scheduler.add_argument("--once", action="store_true", help="start what is due, wait for it, and exit")
    scheduler.add_argument(
        "--poll", type=float, default=30.0, metavar="SECONDS", help="how often to look for due crawls (default 30)"
    )
    scheduler.add_argument(
        "--jitter",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="delay each next run by up to this many seconds, so sites do not all start together",
    )
    _sites_file_option(scheduler)
    _set_option(scheduler, "a setting for every crawl (repeatable)")
    _db_option(scheduler)
    scheduler.set_defaults(func=cmd_scheduler)

    sites = sub.add_parser(
        "sites",
        help="list, add or check the sites of the registry",
        description="List the named sites of the registry (data/sites.toml), add one, or check what a crawl of "
        "one would find (robots.txt, start page, feeds, sitemaps, prev/next links).",
        epilog="example: tessaban sites add koh https://www.kohsichang.go.th/ && tessaban sites check koh",
    )
    sites.add_argument("action", nargs="?", default="list", choices=["list", "add", "check"])
    sites.add_argument("name", nargs="?", metavar="NAME")
    sites.add_argument("urls", nargs="*", metavar="URL")
    sites.add_argument("--title", help="the body's name, with add")
    _sites_file_option(sites)
    _set_option(
        sites,
        "with check: a crawl setting the check obeys (TESSABAN_ALLOW_PRIVATE_ADDRESSES, "
        "DOWNLOAD_MAXSIZE, DOWNLOAD_TIMEOUT, ROBOTSTXT_OBEY, REDIRECT_MAX_TIMES; repeatable)",
    )
    sites.set_defaults(func=cmd_sites)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tessaban`` console script; returns the exit status."""
    import sqlite3

    parser = build_parser()
    args = parser.parse_args(argv)
    if hasattr(args, "db"):
        args.db_given = args.db is not None
        args.db = args.db if args.db is not None else DEFAULT_DB
    try:
        return args.func(args)
    except (UsageError, RegistryError) as exc:
        print(f"tessaban: error: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("tessaban: interrupted", file=sys.stderr)
        return 130
    except (sqlite3.Error, OSError) as exc:  # a damaged archive, a disk that filled: one line, no traceback
        print(f"tessaban: error: {_one_line(f'{type(exc).__name__}: {exc}')}", file=sys.stderr)
        return 1


def _one_line(message: str, width: int = 280) -> str:
    """``message`` on one line of at most ``width`` characters."""
    message = " ".join(message.split())
    return message if len(message) <= width else message[: width - 1] + "…"


if __name__ == "__main__":
    sys.exit(main())
