"""The site registry, ``data/sites.toml``: named municipal sites and their start URLs (pure, no Scrapy)."""

from __future__ import annotations

import difflib
import json
import re
import re._constants as _c  # the regex parser's opcodes: to find nested repeats
import re._parser as _parser
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipelines.extract.options import ExtractOptions, SelectorError

DEFAULT_REGISTRY = Path("data/sites.toml")


class RegistryError(ValueError):
    """The registry file is missing, malformed, or does not name the site asked for."""


@dataclass(frozen=True)
class Site:
    """One registry entry: ``[sites.NAME]`` with ``start_urls`` and optional ``title``, ``enabled``,
    ``settings`` (Scrapy settings applied when this site is crawled alone)."""

    name: str
    start_urls: tuple[str, ...]
    title: str = ""
    enabled: bool = True
    settings: dict[str, Any] = field(default_factory=dict)
    allow: tuple[str, ...] = ()  # regexes: only URLs matching one are followed (start URLs always are)
    deny: tuple[str, ...] = ()  # regexes: URLs matching one are never followed
    selectors: dict[str, str] = field(default_factory=dict)  # XPaths: content, title, date


MAX_PATTERN_CHARS = 500


def _nested_repeat(parsed: Any, repeated: bool = False) -> bool:
    """Whether a parsed regex repeats an unbounded repeat (``(a+)+``, ``(a*b?)*``): on a URL that
    almost matches, Python's backtracking takes time exponential in its length."""
    for op, arg in parsed:
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            if repeated and high == _c.MAXREPEAT:
                return True
            if _nested_repeat(sub, repeated or high > 1):
                return True
        elif op in (_c.SUBPATTERN, _c.ATOMIC_GROUP if hasattr(_c, "ATOMIC_GROUP") else None):
            if _nested_repeat(arg[-1], repeated):
                return True
        elif op == _c.BRANCH:
            if any(_nested_repeat(branch, repeated) for branch in arg[1]):
                return True
        elif op in (_c.ASSERT, _c.ASSERT_NOT) and _nested_repeat(arg[1], repeated):
            return True
    return False


def pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot be an allow/deny rule (invalid, too long, or could hang the crawl), or None."""
    shown = repr(pattern[:60] + ("…" if len(pattern) > 60 else ""))
    if len(pattern) > MAX_PATTERN_CHARS:
        return f"regular expression {shown} is longer than {MAX_PATTERN_CHARS} characters"
    try:
        re.compile(pattern)
        parsed = _parser.parse(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        return f"bad regular expression {shown}: {exc}"
    if _nested_repeat(parsed):
        return (
            f"regular expression {shown} repeats a repetition (like (a+)+), which can take exponential time "
            "on a URL: rewrite it without the nesting"
        )
    return None


def _site(name: str, entry: Any, path: Path) -> Site:
    if not isinstance(entry, dict):
        raise RegistryError(f"{path}: [sites.{name}] must be a table")
    urls = entry.get("start_urls")
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        raise RegistryError(f'{path}: [sites.{name}] needs start_urls = ["https://..."]')
    settings = entry.get("settings", {})
    if not isinstance(settings, dict):
        raise RegistryError(f"{path}: [sites.{name}] settings must be a table")
    patterns = {}
    for key in ("allow", "deny"):
        values = entry.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise RegistryError(f"{path}: [sites.{name}] {key} must be a list of regular expressions")
        for value in values:
            problem = pattern_problem(value)
            if problem:
                raise RegistryError(f"{path}: [sites.{name}] {key}: {problem}")
        patterns[key] = tuple(values)
    selectors = entry.get("selectors", {})
    try:
        ExtractOptions.from_mapping(selectors if isinstance(selectors, dict) else None)
    except SelectorError as exc:
        raise RegistryError(f"{path}: [sites.{name}] {exc}") from None
    if not isinstance(selectors, dict):
        raise RegistryError(f"{path}: [sites.{name}] selectors must be a table (content, title, date)")
    return Site(
        selectors=selectors,
        name=name,
        start_urls=tuple(urls),
        title=str(entry.get("title", "")),
        enabled=bool(entry.get("enabled", True)),
        settings=settings,
        **patterns,
    )


def load_sites(path: Path = DEFAULT_REGISTRY) -> dict[str, Site]:
    """Every site of the registry at ``path``, by name. Raises RegistryError with the file and line."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RegistryError(f"no site registry at {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"cannot read {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{path}: {exc}") from None
    sites = data.get("sites", {})
    if not isinstance(sites, dict):
        raise RegistryError(f"{path}: [sites] must be a table of [sites.NAME] entries")
    return {name: _site(name, entry, path) for name, entry in sites.items()}


_NAME = re.compile(r"^[A-Za-z0-9_-]+$")


def add_site(name: str, start_urls: list[str], path: Path = DEFAULT_REGISTRY, title: str = "") -> Site:
    """Append ``[sites.NAME]`` to the registry (created if missing). RegistryError for a bad or taken name."""
    if not _NAME.match(name):
        raise RegistryError(f"a site name is letters, digits, - and _ only, got {name!r}")
    existing = load_sites(path) if path.exists() else {}
    if name in existing:
        raise RegistryError(f"site '{name}' is already in {path}")
    entry = f"\n[sites.{name}]\n"
    if title:
        entry += f"title = {json.dumps(title, ensure_ascii=False)}\n"
    entry += f"start_urls = [{', '.join(json.dumps(u) for u in start_urls)}]\n"  # JSON strings are TOML strings
    with path.open("a", encoding="utf-8") as registry:
        registry.write(entry)
    return load_sites(path)[name]


def find_site(name: str, path: Path = DEFAULT_REGISTRY) -> Site:
    """The site called ``name``; RegistryError listing the known names when there is none."""
    sites = load_sites(path)
    if name not in sites:
        raise RegistryError(f"unknown site '{name[:60]}' in {path} ({_known_hint(name, sorted(sites))})")
    return sites[name]


def _known_hint(name: str, known: list[str]) -> str:
    """A short hint: every name of a small registry, else up to three close ones."""
    if len(known) <= 5:
        return f"known: {', '.join(known) or 'none'}"
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    listing = f"{len(known)} sites; `tessaban sites list` shows them"
    return f"did you mean {' or '.join(close)}? {listing}" if close else listing


def selectors_by_site(path: Path = DEFAULT_REGISTRY) -> dict[str, dict[str, str]]:
    """{site host: selectors} for every registry entry that has selectors (for reprocessing)."""
    from pipelines.urls import site_of

    if not path.exists():
        return {}
    return {site_of(u): s.selectors for s in load_sites(path).values() if s.selectors for u in s.start_urls}


def shared_settings(sites: list[Site]) -> dict[str, Any]:
    """The registry ``settings`` of ``sites`` crawled together in one crawl: a setting given by several
    entries must have one value (one crawl has one value of it); RegistryError names two that differ."""
    merged: dict[str, Any] = {}
    given_by: dict[str, str] = {}
    for site in sites:
        for name, value in site.settings.items():
            if name in merged and merged[name] != value:
                raise RegistryError(
                    f"sites '{given_by[name]}' and '{site.name}' set {name} to {merged[name]!r} and {value!r}: "
                    "one crawl has one value of a setting; crawl them apart with --site"
                )
            merged.setdefault(name, value)
            given_by.setdefault(name, site.name)
    return merged
