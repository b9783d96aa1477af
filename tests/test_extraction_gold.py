"""Quality gate: extraction on the hand-labelled gold set must hold the issue's floors.

The floors are pinned to a digest of the corpus: changing a gold page means re-running
`python -m bench.extraction`, checking the table, and updating GOLD_DIGEST here on purpose.
"""

from __future__ import annotations

import pytest

from tests.fixtures.extraction_gold import GOLD, corpus_digest, evaluate, load_cases

GOLD_DIGEST = "d943c82413d1ea45a8882335e22452f58941fd1bc7c150b3c09bd913b78cf793"
THAI_FAMILIES = ("joomla", "static_html", "table_cms", "wp_classic", "wp_modern")


@pytest.fixture(scope="module")
def result():
    return evaluate(GOLD, timing=False)


def test_gold_corpus_is_the_one_the_floors_were_set_on():
    assert corpus_digest(GOLD) == GOLD_DIGEST


def test_gold_set_covers_five_families_and_forty_pages():
    cases = load_cases(GOLD)
    thai = [c for c in cases if c.family in THAI_FAMILIES]
    assert {c.family for c in thai} == set(THAI_FAMILIES)
    assert len(thai) >= 40
    assert sum(c.expected.get("boilerplate") != [] for c in thai) >= 40


def test_mean_f1_and_every_family(result):
    f1 = {f: result["families"][f]["tessaban"]["f1"] for f in THAI_FAMILIES}
    assert sum(f1.values()) / len(f1) >= 0.97, f1
    assert min(f1.values()) >= 0.93, f1


@pytest.mark.parametrize("family", THAI_FAMILIES)
def test_no_boilerplate_leaks(result, family):
    assert result["families"][family]["tessaban"]["leak_rate"] == 0


def test_dates(result):
    assert result["checks"]["date_accuracy"][0] >= 0.98


@pytest.mark.parametrize("family", THAI_FAMILIES)
def test_better_than_plain_trafilatura(result, family):
    both = result["families"][family]
    assert both["tessaban"]["f1"] > both["trafilatura"]["f1"]


def test_ordinary_pages_keep_what_trafilatura_keeps(result):
    assert all(gap <= 0 for gap in result["general_recall_gap"].values()), result["general_recall_gap"]


@pytest.mark.parametrize("family", THAI_FAMILIES)
def test_images_and_attachments_go_to_their_fields(result, family):
    scores = result["families"][family]["tessaban"]
    assert scores["images_f1"] >= 0.85
    assert scores["attachments_f1"] >= 0.95
