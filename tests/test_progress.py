"""Progress of a running crawl: log lines when not on a terminal, a table redrawn in place on one."""

from __future__ import annotations

import io

from scrapy.utils.test import get_crawler

from crawler.extensions.progress import ProgressExtension, site_figures
from tests.conftest import FAST, run_tessaban


def test_progress_lines_in_a_non_interactive_crawl(tmp_path, sites):
    start = sites["wp_classic"].site.articles[4].url
    result = run_tessaban(
        "crawl", start, "--db", tmp_path / "a.db", *FAST, "-L", "INFO", "-s", "TESSABAN_PROGRESS_INTERVAL=0.05"
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "progress 127.0.0.12:" in line]
    assert lines, result.stderr[-2000:]
    assert f"articles {len(sites['wp_classic'].site.articles)} new" in lines[-1]


def test_live_table_is_redrawn_in_place():
    crawler = get_crawler()
    stats = crawler.stats
    stats.set_value("tessaban/site/a.go.th/pages", 5)
    stats.set_value("tessaban/site/a.go.th/new", 2)
    stats.set_value("tessaban/site/b.go.th/pages", 3)
    stream = io.StringIO()
    progress = ProgressExtension(stats, 1.0, stream, live=True)
    progress.report()
    stats.inc_value("tessaban/site/a.go.th/pages", 4)
    progress.report()
    output = stream.getvalue()
    assert output.count("\x1b[2F") == 1  # the second table moved up over the first two lines
    assert "a.go.th: 9 pages, articles 2 new" in output.split("\x1b[2F")[1]
    assert site_figures(stats)["b.go.th"]["pages"] == 3
