"""Check the settings a crawl is given (``-s NAME=VALUE``, a registry entry's ``settings``) before it starts.

Every mistake is one line: a value of the wrong type or out of range (``TESSABAN_MAX_PAGES=-5`` is an
error, not "no limit"), a Scrapy setting that would hang the crawl (``CONCURRENT_REQUESTS_PER_DOMAIN=0``)
or crash it mid-way (``SCHEDULER=no.such``, a dict setting that is not a JSON object, ``LOG_LEVEL=LOUD``).
An unknown ``TESSABAN_*`` name is not an error but a warning, with the closest known names.
"""

from __future__ import annotations

import difflib
import json
import math
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class SettingError(ValueError):
    """A setting whose value cannot be used; ``str()`` is one line."""


@dataclass(frozen=True)
class Bound:
    """A number setting's kind and lowest value (``above``: the value must be greater than ``low``)."""

    kind: type
    low: float
    above: bool = False
    high: float | None = None


# Numbers tessaban or Scrapy read, and the values that make sense. Settings not listed are checked
# by the type of their default only.
BOUNDS: dict[str, Bound] = {
    "TESSABAN_MAX_PAGES": Bound(int, 0),
    "TESSABAN_MAX_PAGES_PER_SHAPE": Bound(int, 0),
    "TESSABAN_TRAP_PATIENCE": Bound(int, 0),
    "TESSABAN_COMMIT_EVERY": Bound(int, 1),
    "TESSABAN_EXTRACT_WORKERS": Bound(int, -1, high=256),
    "TESSABAN_PROGRESS_INTERVAL": Bound(float, 0),
    "TESSABAN_RETRY_AFTER_MAX": Bound(float, 0),
    "TESSABAN_WORKER_TIMEOUT": Bound(float, 0, above=True),
    "TESSABAN_IDLE_EXIT": Bound(float, 0),
    "TESSABAN_PAGE_TIMEOUT": Bound(float, 0),
    "TESSABAN_WORKER_MEMORY": Bound(int, 0),
    "TESSABAN_FILE_MAXSIZE": Bound(float, 0, above=True),
    "TESSABAN_MAX_FILES": Bound(int, 0),
    "TESSABAN_FILE_TIMEOUT": Bound(float, 0),
    "TESSABAN_MAX_PAGES_IN_PROCESSING": Bound(int, 0),
    "CONCURRENT_REQUESTS": Bound(int, 1),
    "CONCURRENT_REQUESTS_PER_DOMAIN": Bound(int, 1),
    "CONCURRENT_REQUESTS_PER_IP": Bound(int, 0),
    "CONCURRENT_ITEMS": Bound(int, 1),
    "DOWNLOAD_TIMEOUT": Bound(float, 0, above=True),
    "DOWNLOAD_DELAY": Bound(float, 0),
    "DOWNLOAD_MAXSIZE": Bound(int, 0),
    "DOWNLOAD_WARNSIZE": Bound(int, 0),
    "RETRY_TIMES": Bound(int, 0),
    "REDIRECT_MAX_TIMES": Bound(int, 0),
    "DEPTH_LIMIT": Bound(int, 0),
    "AUTOTHROTTLE_START_DELAY": Bound(float, 0),
    "AUTOTHROTTLE_MAX_DELAY": Bound(float, 0),
    "AUTOTHROTTLE_TARGET_CONCURRENCY": Bound(float, 0, above=True),
    "CLOSESPIDER_TIMEOUT": Bound(float, 0),
    "CLOSESPIDER_ITEMCOUNT": Bound(int, 0),
    "CLOSESPIDER_PAGECOUNT": Bound(int, 0),
    "CLOSESPIDER_ERRORCOUNT": Bound(int, 0),
}

# tessaban settings read by the code without a default in crawler/settings.py.
EXTRA_NAMES = {
    "TESSABAN_PROGRESS_LIVE",
    "TESSABAN_LEARN_PARAMETERS",  # default depends on the crawl (off in distributed workers)
    "TESSABAN_REDIS_URL",
    "TESSABAN_WORKER_ID",
    "TESSABAN_WORKER_TIMEOUT",
    "TESSABAN_IDLE_EXIT",
    "TESSABAN_PAGE_TIMEOUT",
    "TESSABAN_WORKER_MEMORY",
}
BOOLEANS = {"TESSABAN_PROGRESS_LIVE"}
# Settings naming a class or function Scrapy imports when the crawl starts.
OBJECT_PATHS = {
    "SCHEDULER",
    "DUPEFILTER_CLASS",
    "SCHEDULER_DISK_QUEUE",
    "SCHEDULER_MEMORY_QUEUE",
    "SCHEDULER_PRIORITY_QUEUE",
    "STATS_CLASS",
    "ROBOTSTXT_PARSER",
    "REQUEST_FINGERPRINTER_CLASS",
    "DOWNLOADER",
    "ITEM_PROCESSOR",
    "SPIDER_LOADER_CLASS",
    "LOG_FORMATTER",
    "DNS_RESOLVER",
    "TWISTED_DNS_RESOLVER",
}
_BOOL_WORDS = {"1", "0", "true", "false", "True", "False"}
_LOG_LEVELS = {"DEBUG", "INFO", "WARNING", "WARN", "ERROR", "CRITICAL"}


def _defaults() -> dict[str, Any]:
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    with warnings.catch_warnings():  # reading every setting touches deprecated ones (DNS_RESOLVER)
        warnings.simplefilter("ignore")
        return {name: settings.get(name) for name in settings}


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _number(name: str, value: Any, kind: type) -> float:
    """``value`` as ``kind`` (int or float); SettingError when it is not one."""
    if isinstance(value, bool):
        raise SettingError(f"setting {name} expects a number, got {_short(value)}")
    try:
        number = int(value) if kind is int else float(value)
    except (TypeError, ValueError, OverflowError):
        what = "a whole number" if kind is int else "a number"
        raise SettingError(f"setting {name} expects {what}, got {_short(value)}") from None
    if kind is float and not math.isfinite(number):
        raise SettingError(f"setting {name} expects a finite number, got {_short(value)}")
    return number


def _check_bound(name: str, value: Any, bound: Bound) -> None:
    number = _number(name, value, bound.kind)
    low = int(bound.low) if bound.kind is int else bound.low
    if number < bound.low or (bound.above and number == bound.low):
        raise SettingError(
            f"setting {name} must be {'greater than' if bound.above else 'at least'} {low}, got {_short(value)}"
        )
    if bound.high is not None and number > bound.high:
        raise SettingError(f"setting {name} must be at most {int(bound.high)}, got {_short(value)}")


def _check_object_path(name: str, value: Any) -> None:
    if not isinstance(value, str):
        return
    from scrapy.utils.misc import load_object

    try:
        load_object(value)
    except Exception as exc:  # noqa: BLE001 - ImportError, NameError, ValueError: all mean "not usable"
        raise SettingError(f"setting {name}: cannot import {_short(value)} ({type(exc).__name__})") from None


def _check_by_default(name: str, value: Any, default: Any) -> None:
    """Check a ``-s`` string against the type of the setting's default."""
    from scrapy.settings import BaseSettings

    if not isinstance(value, str):
        return
    if isinstance(default, bool) or name in BOOLEANS:
        if value not in _BOOL_WORDS:
            raise SettingError(f"setting {name} expects true or false (or 1/0), got {_short(value)}")
    elif isinstance(default, int):
        _number(name, value, int)
    elif isinstance(default, float):
        _number(name, value, float)
    elif isinstance(default, dict | BaseSettings):
        try:
            parsed = json.loads(value)
        except ValueError as exc:  # a JSONDecodeError, or an integer too long to convert (no .msg)
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            raise SettingError(f"setting {name} expects a JSON object, got {_short(value)} ({reason})") from None
        if not isinstance(parsed, dict):
            raise SettingError(f"setting {name} expects a JSON object ({{...}}), got {_short(value)}")


def unknown_name_warning(name: str, known: set[str]) -> str:
    """The warning for a ``TESSABAN_*`` name nothing reads, with up to three close known names."""
    close = difflib.get_close_matches(name, sorted(known), n=3, cutoff=0.6)
    hint = f" (did you mean {' or '.join(close)}?)" if close else " (see the Settings section of the README)"
    return f"unknown setting {_short(name)[1:-1]}: tessaban does not read it{hint}"


def _check_file_types(value: Any) -> None:
    """TESSABAN_FILE_TYPES: file-name extensions tessaban knows (pipelines.files.kinds)."""
    from pipelines.files.kinds import EXTENSION_KINDS

    types = value if isinstance(value, list | tuple) else str(value).split(",")
    unknown = sorted({str(t).strip().lower().lstrip(".") for t in types if str(t).strip()} - set(EXTENSION_KINDS))
    if unknown:
        raise SettingError(
            f"setting TESSABAN_FILE_TYPES: unknown type {', '.join(unknown)} (known: {', '.join(EXTENSION_KINDS)})"
        )


def check_settings(overrides: Mapping[str, Any], warn: Callable[[str], None]) -> None:
    """Check every override: ``warn`` about unknown TESSABAN_* names first, then raise SettingError
    for the first unusable value."""
    defaults = _defaults()
    known = {n for n in defaults if n.startswith("TESSABAN_")} | EXTRA_NAMES
    for name in overrides:
        if name.startswith("TESSABAN_") and name not in known:
            warn(unknown_name_warning(name, known))
    for name, value in overrides.items():
        if name.startswith("TESSABAN_") and name not in known:
            continue
        if name in BOUNDS:
            _check_bound(name, value, BOUNDS[name])
        elif name in OBJECT_PATHS:
            _check_object_path(name, value)
        elif name == "LOG_LEVEL":
            if str(value).upper() not in _LOG_LEVELS and not str(value).isdigit():
                raise SettingError(
                    f"setting LOG_LEVEL expects DEBUG, INFO, WARNING, ERROR or CRITICAL, got {_short(value)}"
                )
        elif name == "TESSABAN_FILE_TYPES":
            _check_file_types(value)
        elif name == "JOBDIR":
            if value and Path(str(value)).exists() and not Path(str(value)).is_dir():
                raise SettingError(f"setting JOBDIR: {_short(str(value))} exists and is not a folder")
        else:
            _check_by_default(name, value, defaults.get(name))
