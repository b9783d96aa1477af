"""Content identity in the archive: republished copies, hard non-copies, versions, URL identity."""

from __future__ import annotations

import random

import pytest

from pipelines.archive import Archive, ArticleChange
from pipelines.items import Article, FetchedPage
from pipelines.schema import open_database

RELEASE = (
    "เทศบาลตำบลบ้านนา ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนา จัดกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออก"
    " ในพื้นที่หมู่ที่ 1 ถึงหมู่ที่ 12 เมื่อวันที่ 15 มิถุนายน 2566\n"
    "กิจกรรมประกอบด้วยการสำรวจและทำลายแหล่งเพาะพันธุ์ลูกน้ำยุงลาย การแจกทรายอะเบท และการพ่นหมอกควัน"
    " กำจัดยุงตัวเต็มวัยในบริเวณชุมชนและโรงเรียน\n"
    "นายกเทศมนตรีตำบลบ้านนา ขอความร่วมมือประชาชนทุกครัวเรือนช่วยกันกำจัดแหล่งน้ำขังรอบบ้านทุกสัปดาห์"
    " ตามหลัก 3 เก็บ ป้องกัน 3 โรค"
)
REPUBLISHED = "ที่มา : งานประชาสัมพันธ์ เทศบาลตำบลบ้านนา\n" + RELEASE.replace("จัดกิจกรรมรณรงค์", "ได้จัดกิจกรรมรณรงค์").replace(
    "ทุกสัปดาห์", "อย่างสม่ำเสมอทุกสัปดาห์"
)
NEXT_YEAR = RELEASE.replace("2566", "2567").replace("15 มิถุนายน", "20 มิถุนายน").replace("หมู่ที่ 12", "หมู่ที่ 14")
OTHER_EVENT = (
    "เทศบาลตำบลบ้านนา ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนา จัดโครงการตรวจคัดกรองเบาหวานและความดันโลหิตสูง"
    " ให้แก่ผู้สูงอายุ ณ ศาลาประชาคมหมู่ที่ 4 มีผู้เข้ารับการตรวจจำนวน 186 คน\nผู้ที่มีความเสี่ยงจะได้รับการนัดหมาย"
    "เพื่อตรวจซ้ำ และรับคำแนะนำด้านโภชนาการจากเจ้าหน้าที่สาธารณสุข"
)


def page(url: str, text: str, published: str | None, when: str = "2026-11-23T00:00:00+00:00") -> FetchedPage:
    site = url.split("/")[2]
    return FetchedPage(
        url=url,
        site=site,
        status=200,
        kind="article",
        fetched_at=when,
        body=text.encode(),
        article=Article(title="ข่าว", text=text, published=published),
    )


@pytest.fixture
def archive(tmp_path):
    db = open_database(tmp_path / "archive.db")
    yield Archive(db)
    db.close()


def q(archive, sql, params=()):
    return archive.db.execute(sql, params).fetchall()


def test_republished_copy_points_to_the_earliest_even_when_crawled_first(archive):
    archive.store_page(page("https://province.go.th/news/9", REPUBLISHED, "2023-06-16"))  # crawled first
    archive.store_page(page("https://banna.go.th/news/1", RELEASE, "2023-06-15"))  # published first
    copy, original = (
        q(archive, "SELECT id FROM articles WHERE site = ?", (s,))[0][0] for s in ("province.go.th", "banna.go.th")
    )
    assert q(archive, "SELECT duplicate_of FROM articles WHERE id = ?", (copy,)) == [(original,)]
    assert q(archive, "SELECT duplicate_of FROM articles WHERE id = ?", (original,)) == [(None,)]
    (row,) = q(archive, "SELECT site, original_site, method, similarity FROM duplicate_pairs")
    assert row[:3] == ("province.go.th", "banna.go.th", "near") and 0.5 < row[3] < 1.0
    assert q(archive, "SELECT copies, copy_sites FROM duplicate_clusters") == [(1, "province.go.th")]


def test_same_template_next_year_and_shared_opening_are_not_copies(archive):
    archive.store_page(page("https://banna.go.th/news/1", RELEASE, "2023-06-15"))
    archive.store_page(page("https://banna.go.th/news/2", NEXT_YEAR, "2024-06-20"))
    archive.store_page(page("https://banna.go.th/news/3", OTHER_EVENT, "2023-07-01"))
    assert q(archive, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") == [(0,)]
    assert q(archive, "SELECT count(*) FROM duplicates") == [(0,)]


def test_exact_copy_is_marked_exact(archive):
    archive.store_page(page("https://banna.go.th/news/1", RELEASE, "2023-06-15"))
    archive.store_page(page("https://nongbua.go.th/news/7", RELEASE, "2023-06-17"))
    assert q(archive, "SELECT method, similarity FROM duplicates") == [("exact", 1.0)]


def test_copy_that_changes_into_another_article_is_unlinked(archive):
    archive.store_page(page("https://banna.go.th/news/1", RELEASE, "2023-06-15"))
    archive.store_page(page("https://province.go.th/news/9", REPUBLISHED, "2023-06-16"))
    archive.store_page(page("https://province.go.th/news/9", OTHER_EVENT, "2023-06-16", "2026-11-24T00:00:00+00:00"))
    assert q(archive, "SELECT count(*) FROM duplicates") == [(0,)]


def test_an_article_whose_text_changes_leaves_the_cluster_its_old_text_made():
    """Articles stored before their site's template was learned carry its sidebar, so two different
    posts look alike and are linked; once the sidebar is stripped from both, each is linked only to
    what its own text matches (another site's copy), never through the old link (the cluster of a
    changed text was rebuilt from the article's old original and copies)."""
    words = ["ประชุมสภา", "ถนนคอนกรีต", "ผู้สูงอายุ", "น้ำประปา", "ขยะมูลฝอย", "ตลาดนัด", "กีฬาเยาวชน", "สะพาน", "เกษตรกร"]
    sidebar = "\n".join(f"{n % 28 + 1} พ.ค. 2567 " + " ".join(random.Random(n).sample(words, 6)) for n in range(60))
    for changed_first in ("original", "copy"):
        db = open_database(":memory:")
        archive = Archive(db)
        day = "2026-11-23T00:00:00+00:00"
        archive.store_page(page("https://banna.go.th/news/1", sidebar + "\n" + RELEASE, "2023-06-15", day))
        archive.store_page(page("https://banna.go.th/news/2", sidebar + "\n" + OTHER_EVENT, "2023-07-01", day))
        ids = {url: i for i, url in q(archive, "SELECT id, url FROM articles")}
        first, second = ids["https://banna.go.th/news/1"], ids["https://banna.go.th/news/2"]
        assert q(archive, "SELECT duplicate_of FROM articles WHERE id = ?", (second,)) == [(first,)]  # the sidebar
        later = "2026-11-24T00:00:00+00:00"
        archive.store_page(page("https://province.go.th/news/9", REPUBLISHED, "2023-06-16", later))
        archive.store_page(page("https://nongbua.go.th/news/7", OTHER_EVENT, "2023-07-02", later))
        stripped = [
            ("https://banna.go.th/news/1", RELEASE, "2023-06-15"),
            ("https://banna.go.th/news/2", OTHER_EVENT, "2023-07-01"),
        ]
        for url, text, published in stripped if changed_first == "original" else stripped[::-1]:
            archive.store_page(page(url, text, published, later))
        ids = {url: i for i, url in q(archive, "SELECT id, url FROM articles")}
        links = {
            url: dict((v, k) for k, v in ids.items()).get(original)
            for url, original in (
                (url, q(archive, "SELECT duplicate_of FROM articles WHERE id = ?", (i,))[0][0])
                for url, i in ids.items()
            )
        }
        assert links == {
            "https://banna.go.th/news/1": None,
            "https://banna.go.th/news/2": None,
            "https://province.go.th/news/9": "https://banna.go.th/news/1",
            "https://nongbua.go.th/news/7": "https://banna.go.th/news/2",
        }, changed_first
        db.close()


def test_changed_article_keeps_its_earlier_version(archive):
    first = page("https://banna.go.th/news/1", RELEASE, "2023-06-15", "2026-11-01T00:00:00+00:00")
    assert archive.store_page(first) == ArticleChange.NEW
    same = page("https://banna.go.th/news/1", RELEASE, "2023-06-15", "2026-11-10T00:00:00+00:00")
    assert archive.store_page(same) == ArticleChange.UNCHANGED
    assert q(archive, "SELECT count(*) FROM article_versions") == [(0,)]
    edited = page(
        "https://banna.go.th/news/1", RELEASE + "\nแก้ไข: เลื่อนกิจกรรมเป็นวันที่ 16", "2023-06-15", "2026-11-20T00:00:00+00:00"
    )
    assert archive.store_page(edited) == ArticleChange.CHANGED
    assert q(archive, "SELECT text, first_seen, replaced_at FROM article_versions") == [
        (RELEASE, "2026-11-01T00:00:00+00:00", "2026-11-20T00:00:00+00:00")
    ]
    assert q(archive, "SELECT last_changed, last_seen FROM articles") == [
        ("2026-11-20T00:00:00+00:00", "2026-11-20T00:00:00+00:00")
    ]


@pytest.mark.parametrize(
    "variant",
    [
        "https://BANNA.go.th:443/news/1?utm_source=facebook&fbclid=abc",
        "https://banna.go.th/news/1#comments",
        "https://banna.go.th/news/1?PHPSESSID=0123abcd",
    ],
)
def test_every_url_of_an_article_maps_to_it(archive, variant):
    archive.store_page(page("https://banna.go.th/news/1", RELEASE, "2023-06-15"))
    archive.store_page(page(variant, RELEASE, "2023-06-15"))
    assert q(archive, "SELECT count(*) FROM articles") == [(1,)]
    assert q(archive, "SELECT count(*), count(DISTINCT article_id) FROM pages") == [(2, 1)]
