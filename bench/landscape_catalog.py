#!/usr/bin/env python3
"""Benchmark-only loader: map the CNCF landscape (2,413 items) onto Trail Map's Catalog schema.

The result is only ever bundled into a second, benchmark-only build
(`TRAILMAP_BENCH_DATASET=<this output> scripts/build.sh --dist ...`, see build.rs); the app
never ships it. It keeps our 10 stages, tags, help and map info from data/trailmap.json and
replaces the 45 curated projects with every landscape item:

- stage: from the landscape (category, subcategory) through STAGE_BY_SUBCATEGORY, else
  STAGE_BY_CATEGORY. CNCF member companies and the "Special" lists (service providers,
  training partners) have no technical stage; they go to `software-distribution`, which makes
  that one stage very large (~1,000 cards): the worst case for a per-stage list.
- tags: one per landscape subcategory (74), id = kebab-case of category + subcategory.
- maturity and dates from the landscape; Text fields carry the same text in ko and en.

Usage: landscape_catalog.py [--landscape ../shared/landscape/items.json] [--out FILE]
"""
import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STAGE_BY_CATEGORY = {
    "App Definition and Development": "containerization",
    "Observability and Analysis": "observability",
    "Orchestration & Management": "service-mesh",
    "Platform": "orchestration",
    "Provisioning": "networking-security",
    "Runtime": "registry-runtime",
    "Serverless": "orchestration",
    "Wasm": "registry-runtime",
    "AI Agent": "orchestration",
    "AI Native Infra": "orchestration",
    "Training": "orchestration",
    "Inference": "registry-runtime",
    "Data": "database-storage",
    "CNCF Members": "software-distribution",
    "Special": "software-distribution",
}

STAGE_BY_SUBCATEGORY = {
    ("App Definition and Development", "Continuous Integration & Delivery"): "ci-cd",
    ("App Definition and Development", "Database"): "database-storage",
    ("App Definition and Development", "Streaming & Messaging"): "streaming-messaging",
    ("Orchestration & Management", "Scheduling & Orchestration"): "orchestration",
    ("Provisioning", "Automation & Configuration"): "orchestration",
    ("Provisioning", "Container Registry"): "registry-runtime",
    ("Provisioning", "Key Management"): "software-distribution",
    ("Runtime", "Cloud Native Network"): "networking-security",
    ("Runtime", "Cloud Native Storage"): "database-storage",
    ("Serverless", "Security"): "networking-security",
    ("Wasm", "Debugging & Observability"): "observability",
    ("Wasm", "Orchestration & Management"): "orchestration",
    ("Wasm", "Packaging, Registries & Application Delivery"): "software-distribution",
    ("AI Agent", "Vector Database"): "database-storage",
    ("AI Native Infra", "Continuous Integration and Delivery"): "ci-cd",
    ("AI Native Infra", "Observability"): "observability",
    ("AI Native Infra", "Gateway"): "service-mesh",
    ("AI Native Infra", "Governance, Policy and Security"): "networking-security",
    ("AI Native Infra", "Model Asset and Registry"): "registry-runtime",
}

MATURITY = {None: "not-cncf", "sandbox": "sandbox", "incubating": "incubating",
            "graduated": "graduated", "archived": "archived"}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def text(s: str) -> dict:
    return {"ko": s, "en": s}


def https(url):
    if not url:
        return ""
    return "https://" + url.split("://", 1)[1] if url.startswith("http://") else url


def convert(landscape: dict, base: dict) -> dict:
    stage_ids = {s["id"] for s in base["stages"]}
    tags, projects, used = {}, [], set()
    for item in landscape["items"]:
        cat, sub = item["category"], item["subcategory"]
        stage = STAGE_BY_SUBCATEGORY.get((cat, sub)) or STAGE_BY_CATEGORY[cat]
        assert stage in stage_ids, stage
        tag = slug(f"{cat} {sub}")
        tags.setdefault(tag, {"id": tag, "label": text(f"{sub} ({cat})")})
        pid, n = slug(item["name"]), 2
        while pid in used:
            pid, n = f"{slug(item['name'])}-{n}", n + 1
        used.add(pid)
        about = item["description"] or f"{sub} — {cat}"
        status = MATURITY[item["maturity"]]
        homepage = https(item["homepage_url"])
        projects.append({
            "id": pid, "aliases": [], "name": item["name"], "stage": stage, "also_in": [],
            "on_map_2020": None,
            "cncf": {"status": status, "accepted": item["accepted"], "incubating": item["incubating"],
                     "graduated": item["graduated"], "archived": item["archived"]},
            "language": None, "license": "NOASSERTION", "homepage": homepage,
            "repo": https(item["repo_url"]) or homepage, "first_release": None,
            "origin": text(f"CNCF landscape: {cat} / {sub}"), "tagline": text(about),
            "what": text(about), "why": text(f"Listed in the CNCF landscape under {sub}."),
            "features": [], "caveats": [], "use_cases": [], "tags": [tag], "related": [],
            "sources": [homepage],
        })
    out = {k: base[k] for k in ("schema_version", "as_of", "map", "cloud_native", "help", "stages")}
    out.update(tags=list(tags.values()), projects=projects, comparisons=[])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--landscape", default=str(ROOT.parent / "shared/landscape/items.json"))
    ap.add_argument("--out", default=str(ROOT / "target/bench/landscape-catalog.json"))
    a = ap.parse_args()
    landscape = json.loads(Path(a.landscape).read_text(encoding="utf-8"))
    base = json.loads((ROOT / "data/trailmap.json").read_text(encoding="utf-8"))
    catalog = convert(landscape, base)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(catalog, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"landscape_catalog: {len(catalog['projects'])} projects, {len(catalog['tags'])} tags -> {a.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
