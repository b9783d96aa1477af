"""A crawl opens no console and no code-running server: Scrapy's telnet console and its remote control
(an HTTP server on localhost that runs Python sent to it, its token in a job file under the user's home)
are off unless asked for."""

from __future__ import annotations

import subprocess

from tests.conftest import FAST, run_tessaban


def crawl(start: str, db, home, *settings: str) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    return run_tessaban("crawl", start, "--db", db, *FAST, "-L", "INFO", *settings, env=env)


def test_a_crawl_listens_on_no_port_unless_asked(sites, tmp_path):
    start = sites["wp_modern"].base_url + "/"
    home = tmp_path / "home"
    home.mkdir()
    quiet = crawl(start, tmp_path / "a.db", home)
    assert quiet.returncode == 0, quiet.stderr[-2000:]
    assert "Telnet console listening" not in quiet.stderr
    assert "Remote control HTTP server" not in quiet.stderr
    assert not [path for path in home.rglob("*") if path.is_file()]  # no job file with a token
    # The same crawl with both asked for opens both: the check above could have failed.
    both = ("-s", "TELNETCONSOLE_ENABLED=true", "-s", "REMOTE_CONTROL_ENABLED=true")
    asked = crawl(start, tmp_path / "b.db", home, *both)
    assert asked.returncode == 0, asked.stderr[-2000:]
    assert "Telnet console listening" in asked.stderr and "Remote control HTTP server" in asked.stderr
