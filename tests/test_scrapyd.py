"""Teams that run Scrapyd: deploy with scrapyd-deploy and schedule.json, against a real scrapyd process."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import rows

ROOT = Path(__file__).resolve().parent.parent
pytest.importorskip("scrapyd", reason="Scrapyd is an optional deployment (pip install -e '.[scrapyd]')")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def call(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{base}/{endpoint}", data=body, timeout=30) as response:
        return json.loads(response.read())


@pytest.fixture
def scrapyd(tmp_path):
    port = free_port()
    home = tmp_path / "scrapyd"
    home.mkdir()
    (home / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = {home}/eggs\n"
        f"logs_dir = {home}/logs\ndbs_dir = {home}/dbs\nitems_dir =\njobs_to_keep = 5\n"
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "scrapyd"], cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            call(base, "daemonstatus.json")
            break
        except OSError:
            time.sleep(0.1)
    else:
        server.kill()
        pytest.fail("scrapyd did not start: " + server.stderr.read().decode()[-2000:])
    yield base
    server.terminate()
    server.wait(timeout=10)


def test_deploy_and_schedule_a_crawl(tmp_path, scrapyd, sites):
    project = tmp_path / "project"  # a copy: building the egg writes setup.py and build/ files
    for name in ("crawler", "pipelines"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    (project / "scrapy.cfg").write_text(
        f"[settings]\ndefault = crawler.settings\n\n[deploy:local]\nurl = {scrapyd}/\nproject = tessaban\n"
    )
    deploy = subprocess.run(
        [shutil.which("scrapyd-deploy") or "scrapyd-deploy", "local", "-p", "tessaban"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    assert "municipal" in call(scrapyd, "listspiders.json?project=tessaban")["spiders"]

    db = tmp_path / "archive.db"
    start = sites["wp_classic"].site.articles[6].url
    job = call(
        scrapyd,
        "schedule.json",
        [
            ("project", "tessaban"),
            ("spider", "municipal"),
            ("url", start),
            ("setting", f"TESSABAN_DB={db}"),
            ("setting", "AUTOTHROTTLE_ENABLED=False"),
            ("setting", "DOWNLOAD_DELAY=0"),
            ("setting", "TESSABAN_ALLOW_PRIVATE_ADDRESSES=True"),
        ],
    )
    assert job["status"] == "ok", job
    for _ in range(600):
        finished = call(scrapyd, "listjobs.json?project=tessaban")["finished"]
        if any(j["id"] == job["jobid"] for j in finished):
            break
        time.sleep(0.1)
    else:
        pytest.fail("the Scrapyd job did not finish")
    assert rows(db, "SELECT count(*) FROM articles")[0][0] == len(sites["wp_classic"].site.articles)
    assert rows(db, "SELECT finish_reason FROM crawl_runs") == [("finished",)]
