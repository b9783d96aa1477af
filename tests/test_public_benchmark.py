"""Public extraction test sets: tessaban's F1 never below plain trafilatura's, and its recall within
0.01 of it (issue 13).

The data is not part of the project: copies of the source repositories under $TESSABAN_PUBLIC_SETS
(default ~/.cache/tessaban/public-sets), one folder per repository named ``<owner>+<name>``; see
tests/fixtures/public_sets.py or ``python -m bench.extraction --help``. Without them every case skips.
"""

from __future__ import annotations

import sys

import pytest

from tests.fixtures.public_sets import SETS, evaluate_set, public_dir

TOLERANCE = 0.0
# Recall within this of plain trafilatura's on every set, as the issue asks. Measured in session 12
# (trafilatura 2.3.1): trafilatura's set R 0.938 against 0.947 (0.009), readability's 0.968 against 0.972,
# newspaper4k's 0.992 against 0.998; scrapinghub's and the Chinese set's above.
RECALL_TOLERANCE = 0.01


@pytest.mark.parametrize("spec", SETS, ids=[s.name for s in SETS])
def test_public_set_f1_not_below_trafilatura(spec):
    root = public_dir() / spec.repo
    if not root.is_dir():
        reason = (
            f"public set {spec.name!r} not found at {root}"
            " (set TESSABAN_PUBLIC_SETS; see tests/fixtures/public_sets.py)"
        )
        print(reason, file=sys.stderr)
        pytest.skip(reason)
    result = evaluate_set(spec, root)
    ours, theirs = result["extractors"]["tessaban"], result["extractors"]["trafilatura"]
    print(
        f"{spec.name}: tessaban F1 {ours['f1']} (P {ours['precision']} R {ours['recall']}), "
        f"trafilatura F1 {theirs['f1']} (P {theirs['precision']} R {theirs['recall']}), pages {result['pages']}"
    )
    assert result["pages"] > 0
    floor = theirs["f1"] - TOLERANCE
    assert ours["f1"] >= floor, f"{spec.name}: tessaban F1 {ours['f1']} < {floor:.4f} (trafilatura {theirs['f1']})"
    assert ours["recall"] >= theirs["recall"] - RECALL_TOLERANCE, f"{spec.name}: recall {ours['recall']}"
