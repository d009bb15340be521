#!/usr/bin/env python3
"""Bytes of a built dist/: every file raw, gzip and brotli, and what a first visit fetches.

A first visit fetches every file the service worker precaches (its list is written into sw.js
by scripts/post_build.py; the page itself loads a subset of them) plus sw.js and one
language's data file (the worker's DATA list; the larger one is counted), each once and
compressed. The other language's file, which the worker fetches in the background afterwards,
is listed on its own line. The figure is deterministic, so it doubles as the size budget test:

    sizes.py --dist dist                          print the table
    sizes.py --dist dist --budget bench/size-budget.toml
                                                  also fail (exit 1) when over budget

gzip is level 9 (Python's zlib, mtime 0); brotli is quality 11 (the `brotli` CLI, installed by
scripts/setup.sh; without it the brotli column is left out and only gzip is budgeted).
"""
import argparse
import gzip
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

COMPRESSIBLE = {".html", ".wasm", ".js", ".css", ".webmanifest", ".svg", ".json"}


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def br(data: bytes) -> int | None:
    if not shutil.which("brotli"):
        return None
    return len(subprocess.run(["brotli", "-c", "-q", "11"], input=data, capture_output=True, check=True).stdout)


def measure(dist: Path) -> list[dict]:
    rows = []
    for p in sorted(dist.rglob("*")):
        if not p.is_file():
            continue
        data = p.read_bytes()
        packed = p.suffix in COMPRESSIBLE
        rows.append({"file": p.relative_to(dist).as_posix(), "raw": len(data),
                     "gzip": gz(data) if packed else len(data),
                     "br": (br(data) if packed else len(data))})
    return rows


def sw_list(sw: str, name: str) -> list[str] | None:
    m = re.search(rf"const {name} = (\[.*?\]);", sw, re.S)
    return json.loads(m.group(1)) if m else None


def first_visit_files(dist: Path) -> list[str]:
    """sw.js plus its precache list (without the data files, see `data_files`)."""
    sw = (dist / "sw.js").read_text(encoding="utf-8")
    precache = sw_list(sw, "PRECACHE")
    if precache is None:
        raise SystemExit("sizes: no PRECACHE list in sw.js (was post_build.py run?)")
    return ["sw.js"] + precache


def data_files(dist: Path) -> list[str]:
    """The per-language data files (the worker's DATA list): a first visit fetches one, the
    service worker the other in the background."""
    return sw_list((dist / "sw.js").read_text(encoding="utf-8"), "DATA") or []


def kb(n) -> str:
    return "-" if n is None else f"{n / 1000:,.1f} KB"


def report(dist: Path) -> dict:
    rows = measure(dist)
    by_name = {r["file"]: r for r in rows}
    first = [by_name[f] for f in first_visit_files(dist) if f in by_name]
    # The first visit fetches one language's data file: count the larger (the worst case);
    # the other comes later, in the background.
    data = sorted((by_name[f] for f in data_files(dist) if f in by_name),
                  key=lambda r: (r["br"] or 0, r["gzip"]), reverse=True)
    first += data[:1]
    later = data[1:]
    wasm = [r for r in rows if r["file"].endswith(".wasm")]
    total = lambda rs, k: None if any(r[k] is None for r in rs) else sum(r[k] for r in rs)  # noqa: E731
    return {"rows": rows, "wasm": wasm[0] if wasm else None,
            "first_visit": {k: total(first, k) for k in ("raw", "gzip", "br")}, "first_visit_files": len(first),
            "first_visit_data": data[0]["file"] if data else None,
            "background": {k: total(later, k) for k in ("raw", "gzip", "br")},
            "background_files": [r["file"] for r in later]}


def print_table(rep: dict, title: str = "Bytes") -> None:
    print(f"\n{title}")
    print(f"  {'file':44} {'raw':>12} {'gzip':>12} {'brotli':>12}")
    for r in rep["rows"]:
        print(f"  {r['file']:44} {kb(r['raw']):>12} {kb(r['gzip']):>12} {kb(r['br']):>12}")
    fv = rep["first_visit"]
    print(f"  {'first visit (' + str(rep['first_visit_files']) + ' files, computed)':44} "
          f"{kb(fv['raw']):>12} {kb(fv['gzip']):>12} {kb(fv['br']):>12}")
    if rep.get("first_visit_data"):
        print(f"    (with one language's data, the larger: {rep['first_visit_data']})")
    if rep.get("background_files"):
        bg = rep["background"]
        print(f"  {'later, in the background (' + str(len(rep['background_files'])) + ' file)':44} "
              f"{kb(bg['raw']):>12} {kb(bg['gzip']):>12} {kb(bg['br']):>12}")
        print(f"    ({', '.join(rep['background_files'])}: the other language, fetched by the service worker)")


def check(rep: dict, budget_file: Path) -> list[str]:
    budget = tomllib.loads(budget_file.read_text(encoding="utf-8"))
    problems = []
    wasm = rep["wasm"]
    for key, actual in (("wasm_gzip", wasm and wasm["gzip"]), ("wasm_brotli", wasm and wasm["br"]),
                        ("first_visit_gzip", rep["first_visit"]["gzip"]),
                        ("first_visit_brotli", rep["first_visit"]["br"])):
        limit = budget.get(key)
        if limit is None or actual is None:
            continue
        status = "ok" if actual <= limit else "OVER BUDGET"
        print(f"  budget {key:20} {actual:>9,} B  limit {limit:>9,} B  {status}")
        if actual > limit:
            problems.append(f"{key} is {actual:,} bytes, over the budget of {limit:,} ({budget_file})")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dist", default="dist")
    ap.add_argument("--budget", help="a TOML file of byte limits; exit 1 when one is exceeded")
    ap.add_argument("--json", help="also write the measurements here")
    a = ap.parse_args()
    rep = report(Path(a.dist))
    print_table(rep, f"Bytes of {a.dist}")
    if a.json:
        Path(a.json).write_text(json.dumps(rep), encoding="utf-8")
    if a.budget:
        problems = check(rep, Path(a.budget))
        for p in problems:
            print(f"sizes: {p}", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
