"""extract() on every fixture family, over real HTTP: every gold paragraph in the text, the gold title.

A family whose module is not written yet is skipped. This is the check that a CMS the extraction
rules were not written for does not come out empty (Blogger posts and one-paragraph Joomla articles
did: pruning took the post, or trafilatura picked a sidebar the cleanup then emptied).
"""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit

import pytest

from pipelines.extract import extract
from tests.fixtures.extraction_gold import token_f1
from tests.sites import FAMILIES, build_site

FAMILY_PARAMS = tuple(f for f in FAMILIES if f != "news_large")


def _words(text: str) -> str:
    return " ".join(text.split())


def _get(url: str) -> tuple[int, list[tuple[str, str]], bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""))
        response = conn.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        conn.close()


@pytest.fixture(scope="module", params=FAMILY_PARAMS)
def served(request):
    try:
        build_site(request.param, "http://127.0.0.1:9")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.endswith(f"families.{request.param}"):
            pytest.skip(f"family {request.param} not written yet")
        raise
    from tests.sites import FixtureServer

    with FixtureServer(request.param, host="127.0.0.1", port=0) as server:
        yield server


# Families written unseen whose first results are not all met yet (README, "First results"): how many
# of their articles may still fail, so that they cannot get worse (google_sites: none since session 8, whose
# page-name banner over the headline is told apart). joomla_k2 (session 8, first result): 10 of 23 lost
# the K2 item's intro paragraph (div.itemIntroText, the sibling before the div.itemFullText trafilatura
# takes); none since session 14 (a lead just before the body container is moved into it).
# public_list_cms (session 10, first result): 4 of 22 lose a paragraph: two imported posts whose first
# paragraph is their date line (read as the date, not kept as text) and two one-sentence activity posts.
# php_nuke (session 13, first result): 5 of 21 titles keep PHP-Nuke's topic before them ("ประกาศ อบต.: ...",
# as the story's title bar prints it; the gold title is without it).
# wix_site (session 14, first result): 7 of 20 lose their last paragraph, a line of hashtag links
# ("#ภาษี #ป่าแดงงาม") that the gold counts as the post's words and extraction drops as a line of links.
# plone_site (session 15, first result): 11 of 22 lose their lead, Plone's description ("documentDescription",
# a line under the byline that the gold counts as the first paragraph). sharepoint_portal (session 15, first
# result): 4 of 22, three titled "Site Contents" (the quick launch's last entry, the line above the date where
# the side menu precedes the article: a line that links another path, not in <title>, is no title since), and
# one title cut to its second line.
# php_fusion (session 24, first result 26 failed checks on 24 posts: nearly every title was its top menu row
# "หน้าแรก · บทความ · …" above today's date, which a row of links is no longer): 5 left, two one-sentence PDF
# notices whose text and title are lost (titled by the shoutbox's last name) and one title cut; none since
# session 26 (a title cell's own text after an empty named anchor; a <title> whose title holds its separator).
# octobercms_site (session 29, first result): 3 of 19 posts "lose" a paragraph that is only a link to the post's
# PDF ("ดาวน์โหลดประกาศขยายเวลาชำระภาษี (PDF)"): the gold counts it as the post's words; extraction keeps an
# attachment's link label in ``attachments`` and out of the text (textclean.clean_lines), by design.
# grouppage_vendor (session 30, first result): 4 of 21 items took the site's English name in the header ("Than
# Thong City Municipality") for their title instead of the item's <h2> (trafilatura read the layout table whole,
# the left menu's cell before the article's). Session 31: a named table cell (``<td id="main">``) is read alone.
KNOWN_GAPS = {
    "grouppage_vendor": 0,
    "octobercms_site": 3,
    "php_fusion": 0,
    "plone_site": 11,
    "sharepoint_portal": 1,
    "index_detail_cms": 1,
    "google_sites": 0,
    "joomla_k2": 0,
    "public_list_cms": 4,
    "php_nuke": 5,
    "wix_site": 7,
}


def test_every_gold_article_extracts_its_paragraphs_and_title(served):
    failures = []
    for article in served.site.articles:
        status, headers, body = _get(article.url)
        assert status == 200, article.url
        got = extract(body, article.url, headers)
        text = _words(got.text or "")
        if not text:
            failures.append(f"{article.url}: empty text")
            continue
        missing = [p for p in article.paragraphs if _words(p) not in text]
        if missing:
            share = f"{len(missing)}/{len(article.paragraphs)}"
            failures.append(f"{article.url}: {share} paragraphs missing: {missing[0][:60]}")
        if _words(got.title or "") != _words(article.title):
            failures.append(f"{article.url}: title {got.title!r} != {article.title!r}")
    assert len(failures) <= KNOWN_GAPS.get(served.family, 0), "\n".join(failures)


# The mean text F1 of a family's gold articles extracted one page at a time (no site template learned):
# the article, not the page. Before session 26, php_fusion scored 0.29 (trafilatura read each story with
# the menu and sidebar columns beside its table cell; 0.85 since). xoops_news stays at 0.45: its short
# stories are read with the side columns' excerpts in a div layout, where the block under the title is not
# taken when trafilatura read prose outside it (a public page's body after its header); the crawl's site
# templates remove the columns (its archive's text F1 0.98).
MIN_FAMILY_TEXT_F1 = 0.4


def test_every_family_extracts_mostly_its_article_text(served):
    scores = []
    for article in served.site.articles:
        status, headers, body = _get(article.url)
        assert status == 200, article.url
        scores.append(token_f1(extract(body, article.url, headers).text or "", "\n".join(article.paragraphs)))
    assert sum(scores) / len(scores) >= MIN_FAMILY_TEXT_F1, sorted(scores)[:5]
