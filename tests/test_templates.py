"""Site-level template learning: recurring lines removed, legitimate repeats kept, order-independent."""

from __future__ import annotations

import random

from pipelines.archive import Archive, ArticleChange
from pipelines.extract.templates import learn_boilerplate, restore, strip_boilerplate
from pipelines.items import Article, FetchedPage
from pipelines.schema import open_database

SIGN_OFF = "งานประชาสัมพันธ์ เทศบาลตำบลบ้านนา โทร. 0-4423-5123"
SLOGAN = '"บ้านนาน่าอยู่ ประชาชนมีส่วนร่วม"'
BODIES = [
    "เทศบาลตำบลบ้านนาจัดประชุมสภาสมัยสามัญ สมัยที่ 2",
    "ลอกคลองส่งน้ำหมู่ที่ 3 เพื่อเตรียมรับมือฤดูฝน",
    "รณรงค์กำจัดลูกน้ำยุงลายป้องกันไข้เลือดออกในชุมชน",
    "มอบเบี้ยยังชีพผู้สูงอายุประจำเดือนมีนาคม",
    "จัดกิจกรรมวันเด็กแห่งชาติ ณ ลานอเนกประสงค์",
    "ซ่อมแซมถนนลูกรังสายบ้านหนองไผ่",
    "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง",
]
REPEATED = "ขอเชิญชวนประชาชนเข้าร่วมกิจกรรมโดยพร้อมเพรียงกัน"


def site_texts() -> list[str]:
    texts = [f"{body}\n{SIGN_OFF}" for body in BODIES]
    texts[0] = f"{REPEATED}\n{BODIES[0]}\n{REPEATED}\n{SIGN_OFF}"  # one article repeats its own sentence
    texts[1] += f"\n{SLOGAN}"
    texts[2] += f"\n{SLOGAN}"
    return texts


def test_recurring_lines_learned_legitimate_repeat_kept():
    learned = learn_boilerplate(site_texts())
    lines = {line for line, _ in learned.values()}
    assert SIGN_OFF in lines
    assert REPEATED not in lines, "a sentence repeated inside one article is not template"
    assert SLOGAN not in lines, "two pages are too few to call a line template"
    stripped = strip_boilerplate(site_texts()[0], learned.keys())
    assert stripped.text.splitlines() == [REPEATED, BODIES[0], REPEATED]


def test_learning_ignores_order_and_restore_roundtrips():
    texts = site_texts()
    expected = learn_boilerplate(texts)
    for seed in range(5):
        random.Random(seed).shuffle(texts)
        assert learn_boilerplate(texts) == expected
    for text in texts:
        stripped = strip_boilerplate(text, expected.keys())
        assert restore(stripped.text, stripped.removed) == text


def test_a_page_of_template_lines_only_is_kept_whole():
    assert strip_boilerplate(SIGN_OFF, learn_boilerplate(site_texts()).keys()).text == SIGN_OFF


def page(site: str, n: int, text: str, when: str = "2026-11-23T10:00:00+00:00") -> FetchedPage:
    return FetchedPage(
        url=f"http://{site}/news/{n}/",
        site=site,
        status=200,
        kind="article",
        fetched_at=when,
        body=text.encode(),
        article=Article(title=f"ข่าว {n}", text=text),
    )


def crawl(tmp_path, name: str, order: list[int]) -> list[tuple]:
    db = open_database(tmp_path / f"{name}.db")
    archive = Archive(db)
    texts = site_texts()
    for n in order:
        archive.store_page(page("banna.go.th", n, texts[n]))
    archive.finalise_site("banna.go.th")
    result = db.execute("SELECT url, text, content_hash FROM articles ORDER BY url").fetchall()
    db.close()
    return result


def test_finalised_archive_is_the_same_whatever_the_crawl_order(tmp_path):
    forward = crawl(tmp_path, "forward", list(range(len(BODIES))))
    backward = crawl(tmp_path, "backward", list(reversed(range(len(BODIES)))))
    assert forward == backward
    assert all(SIGN_OFF not in text for _, text, _ in forward)


def test_recrawl_after_finalising_is_unchanged_and_new_pages_are_stripped(tmp_path):
    db = open_database(tmp_path / "a.db")
    archive = Archive(db)
    texts = site_texts()
    for n, text in enumerate(texts):
        archive.store_page(page("banna.go.th", n, text))
    archive.finalise_site("banna.go.th")
    assert archive.store_page(page("banna.go.th", 3, texts[3], "2026-11-24T00:00:00+00:00")) == ArticleChange.UNCHANGED
    archive.store_page(page("banna.go.th", 99, f"ข่าวใหม่ล่าสุด\n{SIGN_OFF}"))
    assert db.execute("SELECT text FROM articles WHERE url LIKE '%/99/'").fetchone() == ("ข่าวใหม่ล่าสุด",)
    db.close()


def test_copies_with_different_sign_offs_become_duplicates_after_finalising(tmp_path):
    db = open_database(tmp_path / "a.db")
    archive = Archive(db)
    for n, text in enumerate(site_texts()):
        archive.store_page(page("banna.go.th", n, text))
    other_sign_off = "งานประชาสัมพันธ์ อบต.หนองบัว"
    for n, body in enumerate(["ประชุมประชาคมหมู่บ้าน", "ตรวจสุขภาพผู้สูงอายุ", "ปลูกต้นไม้วันแม่", "ฝึกอบรม อปพร."]):
        archive.store_page(page("nongbua.go.th", n, f"{body}\n{other_sign_off}"))
    archive.store_page(page("nongbua.go.th", 50, f"{BODIES[4]}\n{other_sign_off}"))  # republished from banna
    for site in ("banna.go.th", "nongbua.go.th"):
        archive.finalise_site(site)
    copy = db.execute("SELECT duplicate_of FROM articles WHERE url = 'http://nongbua.go.th/news/50/'").fetchone()[0]
    original = db.execute("SELECT id FROM articles WHERE url = 'http://banna.go.th/news/4/'").fetchone()[0]
    assert copy == original
    assert db.execute("SELECT pages FROM site_boilerplate WHERE line = ?", [SIGN_OFF]).fetchone() == (7,)
    db.close()


def exact_boilerplate(texts: list[str], min_pages: int = 3, min_share: float = 0.05) -> dict[str, tuple[str, int]]:
    """Learning as it was before the sketch: every line counted exactly, in memory."""
    from collections import Counter
    from math import ceil

    from pipelines.extract.templates import line_key

    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for text in texts:
        for line in text.splitlines():
            key = line_key(line)
            if key and (key not in spelling or line < spelling[key]):
                spelling[key] = line
        counts.update({line_key(line) for line in text.splitlines()} - {""})
    threshold = max(min_pages, ceil(min_share * len(texts)))
    return {key: (spelling[key], n) for key, n in sorted(counts.items()) if n >= threshold}


def random_site(pages: int, seed: int) -> list[str]:
    """Unique lines, lines shared by a few pages, lines near the 5% threshold, spelled two ways."""
    rnd = random.Random(seed)
    shared = [f"ประกาศ เรื่องที่ {n} ของเทศบาล" for n in range(40)]
    texts = []
    for page_no in range(pages):
        lines = [f"ข่าวที่ {page_no} ย่อหน้า {i} {rnd.random()}" for i in range(rnd.randint(1, 4))]
        for n, line in enumerate(shared):
            if rnd.random() < (n + 1) / 400:  # from 0.25% to 10% of pages
                lines.insert(rnd.randint(0, len(lines)), line if rnd.random() < 0.5 else line.replace(" ", "  "))
        texts.append("\n".join(lines))
    return texts


def test_learning_in_bounded_memory_equals_exact_counting(monkeypatch):
    from pipelines.extract import templates

    for pages, seed in ((7, 1), (59, 2), (60, 3), (400, 4), (5000, 5)):
        texts = random_site(pages, seed)
        expected = exact_boilerplate(texts)
        assert learn_boilerplate(texts) == expected
        assert learn_boilerplate(iter(texts)) == expected  # a one-shot iterator is read once into a list
    assert len(expected) > 5
    # A sketch so small that every line collides: more lines pass it, the result is the same.
    monkeypatch.setattr(templates.LineSketch, "BITS", 3)
    monkeypatch.setattr(templates.LineSketch, "WIDTH", 8)
    assert learn_boilerplate(texts) == expected


def test_finalising_a_site_larger_than_a_read_chunk(tmp_path, monkeypatch):
    import pipelines.site_templates

    monkeypatch.setattr(pipelines.site_templates, "READ_CHUNK", 4)
    db = open_database(tmp_path / "a.db")
    archive = Archive(db)
    texts = [f"{BODIES[n % len(BODIES)]} ครั้งที่ {n}\n{SIGN_OFF}" for n in range(11)]
    for n, text in enumerate(texts):
        archive.store_page(page("banna.go.th", n, text))
    assert archive.finalise_site("banna.go.th") == len(texts)
    assert db.execute("SELECT count(*) FROM articles WHERE text LIKE '%โทร.%'").fetchone() == (0,)
    assert db.execute("SELECT pages FROM site_boilerplate").fetchall() == [(11,)]
    assert archive.finalise_site("banna.go.th") == 0
    db.close()
