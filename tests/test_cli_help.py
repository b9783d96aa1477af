"""Every command has help with an example, and the README documents it (as sqlite-utils does)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from crawler.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(commands()))
def test_command_has_help_and_example(name):
    sub = commands()[name]
    assert sub.description, f"tessaban {name} has no description"
    assert (sub.epilog or "").startswith("example: tessaban "), f"tessaban {name} has no example"


@pytest.mark.parametrize("name", sorted(commands()))
def test_command_is_documented_in_readme(name):
    assert f"### `tessaban {name}" in README, f"README has no section for tessaban {name}"
