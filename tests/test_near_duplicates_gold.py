"""Quality gate: near-duplicate detection on the labelled pairs holds the issue's floors."""

from __future__ import annotations

import hashlib

import pytest

from pipelines.near_duplicates import compare, periods, same_period
from tests.fixtures.near_duplicate_pairs import PAIRS, evaluate, load_pairs

PAIRS_DIGEST = "c6c7120d7f45d0b20029c0d1bcb067c9f556f35bdf6dbb38df1aaf81abbc6fcd"


@pytest.fixture(scope="module")
def result():
    return evaluate(PAIRS)


def test_labelled_set_is_the_one_the_floors_were_set_on():
    assert hashlib.sha256(PAIRS.read_bytes()).hexdigest() == PAIRS_DIGEST


def test_labelled_set_size():
    pairs = load_pairs(PAIRS)
    assert sum(p.duplicate for p in pairs) >= 30
    assert sum(not p.duplicate for p in pairs) >= 30


def test_precision_and_recall(result):
    assert result["tessaban"]["precision"] >= 0.98, result["errors"]
    assert result["tessaban"]["recall"] >= 0.98, result["errors"]


def test_better_recall_than_word_shingles(result):
    assert result["tessaban"]["recall"] > result["baseline_word5_lsh08"]["recall"]


def test_another_period_of_one_template_is_not_a_copy():
    january = "รายงานผลการจัดเก็บขยะ ประจำเดือนมกราคม 2567 จำนวน 412 ตัน เทียบกับเดือนธันวาคม 2566 ลดลง"
    february = "รายงานผลการจัดเก็บขยะ ประจำเดือนกุมภาพันธ์ 2567 จำนวน 378 ตัน เทียบกับเดือนมกราคม 2567 ลดลง"
    assert not same_period(periods(january), periods(february))
    reposted = "15 มิ.ย. 2566\\n" + january  # a republisher's own date line: a one-sided difference
    assert same_period(periods(january), periods(reposted))
    assert not compare(january, february).duplicate
