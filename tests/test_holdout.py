"""The whole pipeline against hand-made gold of pages in several papers' styles.

The hold-out pages (tests/data/holdout: 人民公安报, 法治日报, 四川日报, 钱江晚报)
were written by someone other than the annotators' authors, with their gold,
as a check that the rules generalise beyond the sample front page. The
thresholds hold the summed scores over all pages, as `baokan eval` reports them.
"""

from __future__ import annotations

import orjson
from conftest import DATA, GOLD, ROOT, run_cli

HOLDOUT = DATA / "holdout"


def test_holdout_pages_meet_the_thresholds():
    golds = sorted(str(p) for p in HOLDOUT.glob("*.gold.json")) + [str(GOLD)]
    res = run_cli(
        [
            "eval",
            "--run",
            "--gold",
            *golds,
            "--source-dir",
            str(HOLDOUT),
            "--source-dir",
            str(ROOT / "seeds"),
            "--format",
            "json",
            "--min-f1",
            "0.85",
            "--min-articles",
            "0.95",
        ],
        prog="baokan",
    )
    report = orjson.loads(res.stdout)
    assert res.returncode == 0, orjson.dumps(report.get("total", report), option=orjson.OPT_INDENT_2).decode()
