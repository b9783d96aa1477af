"""The tree keeps the shape the README describes: its Layout section names every module, its settings
table every setting the code reads, and ``pipelines/`` never imports ``crawler/`` (dependencies flow
one way). Read from the source, so the README cannot drift from the code."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PACKAGES = ("crawler", "pipelines", "bench")


def _section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def _modules() -> list[Path]:
    return sorted(
        p.relative_to(ROOT)
        for package in PACKAGES
        for p in (ROOT / package).rglob("*.py")
        if p.name != "__init__.py" or p.parent != ROOT / package
    )


def _layout_paths() -> set[str]:
    block = _section("Layout").split("```")[1]
    return {m.group(1) for m in re.finditer(r"^([\w./-]+)\s", block, re.M)}


def test_the_layout_names_every_module_and_nothing_that_is_gone():
    listed = _layout_paths()
    missing = []
    for module in _modules():
        # A module is named by its path, or by its folder (``pipelines/export/``) when the folder is.
        folders = {f"{'/'.join(module.parts[:i])}/" for i in range(2, len(module.parts))}
        package_init = module.name == "__init__.py" and f"{module.parent.as_posix()}/" in listed
        if module.as_posix() not in listed and not folders & listed and not package_init:
            missing.append(module.as_posix())
    assert not missing, f"README Layout does not name: {missing}"
    gone = sorted(p for p in listed if not (ROOT / p.rstrip("/")).exists())
    assert not gone, f"README Layout names paths that do not exist: {gone}"


SETTING_READ = re.compile(
    r"""settings(?:\.get(?:bool|int|float|list|dict|dictorlist|withbase)?\(|\[)\s*["']([A-Z][A-Z0-9_]+)["']"""
)


def _settings_read() -> set[str]:
    names: set[str] = set()
    for package in ("crawler", "pipelines"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            names |= set(SETTING_READ.findall(text))
            names |= set(re.findall(r"""["'](TESSABAN_[A-Z0-9_]+)["']""", text))
    defined = ast.parse((ROOT / "crawler" / "settings.py").read_text(encoding="utf-8"))
    for node in ast.walk(defined):
        if isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name) and t.id.startswith("TESSABAN_")}
    return names


def _settings_documented() -> set[str]:
    names: set[str] = set()
    for line in _section("Settings").splitlines():
        if line.startswith("| `"):
            names |= set(re.findall(r"`([A-Z][A-Z0-9_]+)`", line.split("|")[1]))
    return names


def test_every_setting_the_code_reads_is_in_the_settings_table():
    undocumented = sorted(_settings_read() - _settings_documented())
    assert not undocumented, f"README Settings table lacks: {undocumented}"


def test_the_settings_table_names_no_tessaban_setting_that_nothing_reads():
    unread = sorted(n for n in _settings_documented() - _settings_read() if n.startswith("TESSABAN_"))
    assert not unread, f"README Settings table documents settings nothing reads: {unread}"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def test_pipelines_never_import_crawler():
    backwards = {
        path.relative_to(ROOT).as_posix(): sorted(m for m in _imports(path) if m.split(".")[0] == "crawler")
        for path in (ROOT / "pipelines").rglob("*.py")
    }
    assert not {k: v for k, v in backwards.items() if v}


def test_benchmarks_use_the_fixture_package_not_the_tests():
    """``bench/`` imports the fixture package (``tests.sites``: sites, servers, the harness that runs
    `tessaban`, the Redis server, crawling and scoring a family), the labelled sets and their scoring
    (``tests.fixtures``) and the fault server, never a test module or ``conftest``."""
    allowed = ("tests.sites", "tests.fixtures", "tests.faults")
    crossing = {}
    for path in (ROOT / "bench").rglob("*.py"):
        bad = sorted(m for m in _imports(path) if m.split(".")[0] == "tests" and not m.startswith(allowed))
        if bad:
            crossing[path.relative_to(ROOT).as_posix()] = bad
    assert not crossing


def test_tests_never_import_the_benchmarks():
    """Tests and benchmarks share fixtures and scoring through modules both import (``tests.sites``,
    ``tests.fixtures``), not through each other: a test asserts the figures the README reports by
    the same functions bench/ prints them with, imported from there."""
    crossing = {}
    for path in (ROOT / "tests").rglob("*.py"):
        bad = sorted(m for m in _imports(path) if m.split(".")[0] == "bench")
        if bad:
            crossing[path.relative_to(ROOT).as_posix()] = bad
    assert not crossing


def test_the_page_parsing_workers_code_does_not_import_scrapy():
    """What a page-parsing worker runs (crawler.file_links.navigate_with_files) imports no Scrapy:
    each worker process would hold about 35 MB more (bench.memory's sum of peaks)."""
    code = (
        "import sys, crawler.file_links;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted')))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert found.stdout.strip() == "[]", found.stdout
