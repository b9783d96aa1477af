"""Every request says who sends it: tessaban's User-Agent, with ``TESSABAN_CONTACT`` appended."""

from __future__ import annotations

from pipelines.identity import __version__
from tests.conftest import FAST, run_tessaban
from tests.sites import FixtureServer


def test_every_request_carries_the_user_agent_and_the_contact(tmp_path):
    with FixtureServer("wp_classic", host="127.0.0.41") as server:
        done = run_tessaban(
            "crawl",
            server.base_url + "/",
            "--db",
            tmp_path / "a.db",
            "--max-pages",
            "5",
            *FAST,
            "-s",
            "TESSABAN_CONTACT=archive-team@example.org",
        )
        agents = {r.headers.get("User-Agent") for r in server.requests}
        paths = server.requested_paths()
    assert done.returncode == 0, done.stderr[-2000:]
    assert "/robots.txt" in paths and len(paths) >= 5
    assert agents == {f"tessaban/{__version__} (archiver of Thai local-government news; +archive-team@example.org)"}
