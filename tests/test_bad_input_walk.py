"""Every command, given bad input, prints a clear error line and exits non-zero, never a traceback."""

from __future__ import annotations

import pytest

from pipelines.schema import open_database
from tests.conftest import run_tessaban
from tests.test_cli_help import commands

BAD_INPUT = {
    "crawl": [
        ["crawl", "not a url"],
        ["crawl", "https://a.go.th/", "-s", "RETRY_TIMES=many"],
        ["crawl", "https://a.go.th/", "--max-pages", "-3"],
        ["crawl", "--site", "nowhere"],
        ["crawl", "https://a.go.th/", "--redis", "redis://127.0.0.1:1/0"],
    ],
    "worker": [
        ["worker", "--redis", "http://127.0.0.1:6379/0"],
        ["worker", "--redis", "redis://127.0.0.1:1/0"],
        ["worker", "--redis", "redis://127.0.0.1:1/0", "-s", "RETRY_TIMES=many"],
        ["worker", "--idle-exit", "soon", "--redis", "redis://127.0.0.1:1/0"],
    ],
    "store": [
        ["store", "--redis", "redis://127.0.0.1:1/zero"],
        ["store", "--redis", "redis://127.0.0.1:1/0", "--db", "{tmp}"],
    ],
    "extract": [["extract", "{tmp}/missing.html"]],
    "search": [
        ["search", '"unclosed', "--db", "{db}"],
        ["search", "x", "--db", "{tmp}/none.db"],
        ["search", "x", "--since", "yesterday", "--db", "{db}"],
        ["search", "x", "--limit", "ten"],
    ],
    "stats": [["stats", "--db", "{tmp}/none.db"]],
    "reprocess": [["reprocess", "--db", "{tmp}/none.db"]],
    "export": [
        ["export", "{tmp}/out.xyz", "--db", "{db}"],
        ["export", "{tmp}/out.csv", "--since", "2566", "--db", "{db}"],
        ["export", "{tmp}", "--format", "csv", "--db", "{db}"],
    ],
    "report": [
        ["report", "{tmp}/r.html", "--site", "nowhere.go.th", "--db", "{db}"],
        ["report", "{tmp}/r.html", "--db", "{tmp}/none.db"],
        ["report", "{tmp}", "--db", "{db}"],
    ],
    "schedule": [["schedule", "add", "x", "--every", "sometimes", "--db", "{db}"], ["schedule", "frobnicate"]],
    "scheduler": [["scheduler", "--db", "{tmp}/none.db"], ["scheduler", "--poll", "often"]],
    "sites": [["sites", "check", "nowhere", "--sites-file", "{tmp}/none.toml"], ["sites", "add", "bad name!", "x"]],
}
CASES = [(name, args) for name, cases in BAD_INPUT.items() for args in cases]


def test_every_command_has_bad_input_cases():
    assert set(BAD_INPUT) == set(commands())


@pytest.mark.parametrize(("name", "args"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_bad_input_is_one_clear_line(tmp_path, name, args):
    db = tmp_path / "archive.db"
    open_database(db).close()  # an (empty) archive for the commands that need one
    result = run_tessaban(*[a.format(tmp=tmp_path, db=db) for a in args], timeout=60)
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, result.stderr
