"""Extraction drift: a site changes its theme between real crawls, and the run after it is flagged.

The fixture site (wp_modern on loopback) is crawled twice, then its posts are served in a "new theme":
the date line and the published-time meta are gone and the post body is rendered by a script from a
data attribute (a page builder), so most posts no longer read as articles (the archive keeps their
earlier text) and the rest lose their body. The third crawl (a full recrawl) records its figures in
``crawl_run_sites`` and ``crawl_runs``, flags the drift, prints it at the end of the crawl, and the
report shows it.
"""

from __future__ import annotations

import base64
import re

import pytest

from pipelines.run_quality import ExtractionQuality, drift
from pipelines.urls import site_of
from tests.conftest import FAST, rows, run_tessaban
from tests.sites import FixtureServer
from tests.sites.model import Response

FULL_RECRAWL = ["-s", "TESSABAN_INCREMENTAL=false"]


def _new_theme(body: bytes) -> bytes:
    """The same post in a page-builder theme: no date, the body drawn by a script from a data attribute."""
    html = body.decode("utf-8")
    html = re.sub(r'<meta property="article:published_time"[^>]*>\n?', "", html)
    html = re.sub(r'<span class="posted-on">.*?</a></span>', "", html, flags=re.S)

    def scripted(found: re.Match) -> str:
        data = base64.b64encode(found.group(1).encode()).decode()
        return f'<div class="elementor-widget" data-settings="{data}"></div><script>render()</script>'

    return re.sub(r'<div class="entry-content">(.*?)</div><!-- .entry-content -->', scripted, html, flags=re.S).encode()


def _retheme(server: FixtureServer) -> int:
    """Serve every post of ``server`` in the new theme; returns how many pages changed."""
    changed = 0
    for key, response in list(server.site._routes.items()):
        if b'class="entry-content"' in response.body:
            server.site._routes[key] = Response(response.status, response.headers, _new_theme(response.body))
            changed += 1
    return changed


@pytest.fixture(scope="module")
def two_crawls(tmp_path_factory):
    db = tmp_path_factory.mktemp("drift") / "archive.db"
    with FixtureServer("wp_modern", host="127.0.0.95") as server:
        site = site_of(server.base_url + "/")
        first = run_tessaban("crawl", server.base_url + "/", "--db", db, *FAST, *FULL_RECRAWL)
        again = run_tessaban("crawl", server.base_url + "/", "--db", db, *FAST, *FULL_RECRAWL)
        assert _retheme(server) >= len(server.site.articles)
        changed = run_tessaban("crawl", server.base_url + "/", "--db", db, *FAST, *FULL_RECRAWL)
    for result in (first, again, changed):
        assert result.returncode == 0, result.stderr[-2000:]
    return {"db": db, "site": site, "runs": (first, again, changed), "articles": len(server.site.articles)}


def test_every_run_records_the_figures_of_its_site(two_crawls):
    figures = rows(
        two_crawls["db"],
        "SELECT run_id, articles, empty_text_share, template_leak_share, undated_share, mean_text_length, drift"
        " FROM crawl_run_sites WHERE site = ? ORDER BY run_id",
        (two_crawls["site"],),
    )
    assert [f[0] for f in figures] == [1, 2, 3]
    (_, n1, empty1, leak1, undated1, length1, drift1), (_, n2, *same, drift2) = figures[:2]
    assert n1 == n2 == two_crawls["articles"]  # every post, once (its ?replytocom copies are the same article)
    assert (empty1, leak1, undated1) == (0.0, 0.0, 0.0) and length1 > 200
    assert same == [empty1, leak1, undated1, length1]  # the same site crawled again: the same figures
    assert drift1 is None and drift2 is None
    totals = rows(two_crawls["db"], "SELECT articles_seen, undated_share, drift FROM crawl_runs ORDER BY id")
    assert totals[:2] == [(n1, 0.0, None), (n2, 0.0, None)]


def test_the_run_after_the_theme_changed_is_flagged_in_crawl_runs(two_crawls):
    ((articles, empty, drift_site),) = rows(
        two_crawls["db"], "SELECT articles, empty_text_share, drift FROM crawl_run_sites WHERE run_id = 3", ()
    )
    # The same posts, fetched again ... (on the broken theme a post may be judged a page, by the order
    # the pages arrive: 13 of 14 once in eight runs; 12 of 14 once in six or eight runs on a loaded machine,
    # session 14, as at the session's start; 11 of 14 once, in a fresh-clone CI at d255b6b, session 25, passing
    # alone right after; drift, not page kinds, is what this tests)
    assert two_crawls["articles"] - 3 <= articles <= two_crawls["articles"]
    assert empty > 0.5  # ... most of which no longer give an article
    assert drift_site and drift_site.startswith("empty text 0% -> ")
    (drift_run,) = rows(two_crawls["db"], "SELECT drift FROM crawl_runs WHERE id = 3")[0]
    assert drift_run == f"{two_crawls['site']}: {drift_site}"
    # the archive kept the posts' earlier text and dates (nothing was lost to the new theme)
    assert rows(two_crawls["db"], "SELECT count(*), count(published), min(length(text)) > 50 FROM articles") == [
        (two_crawls["articles"], two_crawls["articles"], 1)
    ]


def test_the_drift_is_printed_at_the_end_of_the_crawl(two_crawls):
    first, again, changed = two_crawls["runs"]
    assert "sharply worse" not in first.stderr + again.stderr
    warnings = [line for line in changed.stderr.splitlines() if "sharply worse" in line]
    assert len(warnings) == 1 and two_crawls["site"] in warnings[0] and "empty text 0% -> " in warnings[0]


def test_the_report_shows_the_drift_and_puts_the_site_first(two_crawls, tmp_path):
    out = tmp_path / "report.html"
    result = run_tessaban("report", out, "--db", two_crawls["db"])
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert '<span class="flag">extraction worse than before</span>' in html
    assert html.count('<span class="drift">') == 1


def _quality(articles=20, empty=0.0, leak=0.0, undated=0.0, length=800.0) -> ExtractionQuality:
    return ExtractionQuality(articles, empty, leak, undated, length)


def test_the_drift_rule():
    steady = [_quality(), _quality(length=760.0), _quality(length=840.0)]
    assert drift(_quality(length=700.0), steady) is None
    assert drift(_quality(empty=0.4), steady) == "empty text 0% -> 40%"
    assert drift(_quality(length=300.0), steady) == "mean text length 800 -> 300 characters"
    assert drift(_quality(length=2000.0), steady) == "mean text length 800 -> 2,000 characters"
    assert drift(_quality(leak=0.3, undated=1.0), steady) == "template lines in the text 0% -> 30%; no date 0% -> 100%"
    assert drift(_quality(articles=4, empty=1.0), steady) is None  # too few pages to judge
    assert drift(_quality(empty=1.0), [_quality(articles=3)]) is None  # no baseline worth the name
    assert drift(_quality(empty=1.0), []) is None


def test_measure_counts_template_only_texts_undated_and_empty_pages(tmp_path):
    """The figures of one run, on an archive written by the real writer: four posts with their text and two
    template lines, one post that is nothing but those lines (kept whole, so the template leaks), one
    undated, and a page whose extraction found no text."""
    from pipelines.archive import Archive
    from pipelines.items import Article, FetchedPage
    from pipelines.run_quality import measure
    from pipelines.schema import open_database

    template = "งานประชาสัมพันธ์ เทศบาลตำบลตัวอย่าง\nโทรศัพท์ 038-000-000 ในวันและเวลาราชการ"
    texts = [f"ข่าวที่ {i}: เทศบาลจัดกิจกรรมประจำเดือนเพื่อประชาชนในเขตเทศบาล ครั้งที่ {i}" for i in range(4)]
    archive = Archive(open_database(tmp_path / "a.db"))
    for i, text in enumerate([*[f"{t}\n{template}" for t in texts], template]):
        archive.store_page(
            FetchedPage(
                url=f"http://x.go.th/news/{i}",
                site="x.go.th",
                status=200,
                kind="article",
                fetched_at="2026-12-01T00:00:00+00:00",
                body=b"<html></html>",
                article=Article(title=f"ข่าว {i}", text=text, published=None if i == 1 else "2026-11-30"),
            )
        )
    archive.store_page(
        FetchedPage(
            url="http://x.go.th/news/empty",
            site="x.go.th",
            status=200,
            kind="article",
            fetched_at="2026-12-01T00:00:00+00:00",
            body=b"<html></html>",
            error="no article text found",
        )
    )
    archive.finalise_site("x.go.th")
    archive.commit()
    quality = measure(archive.db, "x.go.th", "2026-12-01T00:00:00+00:00")
    assert quality.articles == 6
    assert (quality.empty_text_share, quality.template_leak_share, quality.undated_share) == (1 / 6, 1 / 6, 1 / 6)
    assert quality.mean_text_length == pytest.approx(
        (sum(len(t) for t in texts) + len(template)) / 5
    )  # the template lines are stripped from the four posts, not from the one that is nothing else
    assert measure(archive.db, "x.go.th", "2026-12-02T00:00:00+00:00").articles == 0  # nothing fetched since
    archive.close()
