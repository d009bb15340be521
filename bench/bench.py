#!/usr/bin/env python3
"""Trail Map benchmark: prints the Bytes, Load, Interaction and Scale tables.

Run through `make bench` (bench/run.sh builds the app first). Given a built dist folder, it:

1. Bytes: bench/sizes.py on the curated build, plus what the server actually sent for a first
   and a repeat visit (from bench/browser.mjs, served by bench/server.py with brotli);
2. Load: bench/browser.mjs (4x CPU throttle) and Lighthouse 12.8.2 (mobile emulation, its
   default simulated slow-4G and 4x CPU) `--runs` times each;
3. Interaction: search keystroke and facet toggle to updated DOM, >= `--samples` each;
4. The landscape view: bench/landscape.mjs on `/landscape` (2,413 items): warm-cache open at
   4x CPU, search keystroke and facet toggle to updated DOM, JS heap;
5. Targets: issue 13's figures beside their targets and the landscape.cncf.io reference
   (bench/targets.py), with a column per build when `--before-dist` names an earlier build.

Every timing is printed as min / median / max over the runs (p95 too for interactions). The
machines are shared, so timings are noisy; bytes are exact.

Usage: bench.py --dist target/bench/dist
                [--runs 5] [--samples 60] [--port 4205] [--json target/bench/result.json]
                [--before-dist DIR --before-label REV]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import sizes  # noqa: E402
import targets  # noqa: E402

CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic "
                "--no-first-run --disable-background-networking --disable-component-update --disable-sync")


def stats(xs):
    xs = sorted(x for x in xs if x is not None)
    if not xs:
        return None
    p95 = xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]
    return {"min": xs[0], "median": statistics.median(xs), "p95": p95, "max": xs[-1], "n": len(xs)}


def fmt(s, unit="ms", digits=1, p95=False):
    if s is None:
        return "n/a"
    f = lambda v: f"{v:,.{digits}f}"  # noqa: E731
    core = f"{f(s['min'])} / {f(s['median'])} / {f(s['max'])}"
    return (f"median {f(s['median'])}, p95 {f(s['p95'])} (min {f(s['min'])}, max {f(s['max'])}) {unit}"
            if p95 else f"{core} {unit}")


class Server:
    """bench/server.py on `port` for the duration of a `with` block."""

    def __init__(self, dist, port):
        self.dist, self.port = dist, port

    def __enter__(self):
        self.proc = subprocess.Popen([sys.executable, str(HERE / "server.py"), "--dir", str(self.dist),
                                      "--port", str(self.port)], stdout=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{self.port}/__bench/log"
        for _ in range(600):  # it precompresses every file with brotli -q 11 first
            try:
                urllib.request.urlopen(url, timeout=1).read()
                return f"http://127.0.0.1:{self.port}/"
            except OSError:
                time.sleep(0.2)
        raise SystemExit(f"bench server on port {self.port} did not start")

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait()


def browser(url, runs, samples, out, reuse=False, script="browser.mjs"):
    if reuse and Path(out).is_file():
        return json.loads(Path(out).read_text(encoding="utf-8"))
    subprocess.run(["node", str(HERE / script), "--url", url, "--runs", str(runs),
                    "--samples", str(samples), "--out", str(out)], check=True)
    return json.loads(Path(out).read_text(encoding="utf-8"))


def summarize_landscape(b):
    """The /landscape figures, keyed like `summarize` where they mean the same thing."""
    inter = b["interactions"]
    pick = lambda kind, key: [s[key] for run in inter for s in run[kind]]  # noqa: E731
    return {
        "items": b["open"][0]["items"],
        "open": stats([r["open"] for r in b["open"]]),
        "heap_after_interactions_mb": stats([run["heap"] / 1e6 for run in inter]),
        "rows_in_dom": max(run["rows"] for run in inter),
        **{f"{kind}_{key}": stats(pick(kind, key)) for kind in ("search", "facet") for key in ("dom", "layout", "frame")},
    }


def lighthouse(url, runs, workdir, reuse=False):
    scores = {"performance": [], "accessibility": [], "best-practices": []}
    audits = {"first-contentful-paint": [], "largest-contentful-paint": [], "total-blocking-time": [],
              "speed-index": [], "cumulative-layout-shift": []}
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")}
    lh = ROOT / "end2end/node_modules/.bin/lighthouse"
    for i in range(runs):
        out = Path(workdir) / f"lighthouse-{i}.json"
        if not (reuse and out.is_file()):
            subprocess.run([str(lh), url, "--quiet", "--output=json", f"--output-path={out}",
                            "--only-categories=performance,accessibility,best-practices",
                            f"--chrome-flags={CHROME_FLAGS}"], env=env, check=True)
        rep = json.loads(out.read_text(encoding="utf-8"))
        for k in scores:
            scores[k].append(rep["categories"][k]["score"] * 100)
        for k in audits:
            audits[k].append(rep["audits"][k]["numericValue"])
    return {"scores": {k: stats(v) for k, v in scores.items()}, "audits": {k: stats(v) for k, v in audits.items()}}


def summarize(b):
    load = b["load"]
    inter = b["interactions"]
    pick = lambda kind, key: [s[key] for run in inter for s in run[kind]]  # noqa: E731
    return {
        "projects": b["projects"],
        "cards_rendered": b.get("cardsRendered"),
        "fcp": stats([r["first"]["fcp"] for r in load]),
        "trail": stats([r["first"]["trail"] for r in load]),
        "repeat_fcp": stats([r["repeat"]["fcp"] for r in load]),
        "offline_fcp": stats([r["offline"]["fcp"] for r in load]),
        "offline_trail": stats([r["offline"]["trail"] for r in load]),
        # Start-up long tasks (4x CPU) until the trail is complete; older results lack them.
        **{f"{visit}_longest_task": stats([r[visit].get("longest") for r in load]) for visit in ("first", "repeat", "offline")},
        **{f"{visit}_long_tasks": stats([r[visit].get("over50") for r in load]) for visit in ("first", "repeat", "offline")},
        "first_visit_bytes": stats([r["firstVisit"]["bytes"] for r in load]),
        "first_visit_requests": stats([r["firstVisit"]["requests"] for r in load]),
        "repeat_visit_bytes": stats([r["repeatVisit"]["bytes"] for r in load]),
        "repeat_visit_requests": stats([r["repeatVisit"]["requests"] for r in load]),
        "repeat_visit_paths": sorted({e["path"] for r in load for e in r["repeatVisit"]["log"]}),
        "heap_mb": stats([r["heapUsed"] / 1e6 for r in load]),
        "heap_after_interactions_mb": stats([run["heapAfterInteractions"] / 1e6 for run in inter]),
        **{f"{kind}_{key}": stats(pick(kind, key)) for kind in ("search", "facet") for key in ("dom", "layout", "frame")},
        "search_changed": sum(s["changed"] for run in inter for s in run["search"]),
        "search_n": sum(len(run["search"]) for run in inter),
    }


def measure(dist, port, work, a):
    """Every figure of one build: sizes, browser runs, Lighthouse, and its /landscape view."""
    work.mkdir(parents=True, exist_ok=True)
    size = sizes.report(Path(dist))
    with Server(dist, port) as url:
        curated = summarize(browser(url, a.runs, a.samples, work / "browser-curated.json", a.reuse))
        lh = lighthouse(url, a.lighthouse_runs, work, a.reuse) if a.lighthouse_runs > 0 else None
        # A build from before the landscape view has no landscape data file.
        has_landscape = any(Path(dist).glob("landscape-*.json"))
        scale = summarize_landscape(browser(url, max(1, min(a.runs, 3)), a.samples, work / "browser-landscape.json",
                                            a.reuse, "landscape.mjs")) if has_landscape else None
    if scale:
        data = next(Path(dist).glob("landscape-*.json")).read_bytes()
        scale["data"] = {"raw": len(data), "br": sizes.br(data) or 0}
    return {"dist": str(dist), "sizes": size, "curated": curated, "lighthouse": lh, "scale": scale}


def print_details(m, a):
    size, curated, lh, scale = m["sizes"], m["curated"], m["lighthouse"], m["scale"]
    sizes.print_table(size, f"1. Bytes ({m['dist']})")
    kb = lambda s: f"{s['median'] / 1000:,.1f} KB in {int(curated['first_visit_requests']['median'])} requests"  # noqa: E731
    print(f"  served first visit (brotli, measured)         {kb(curated['first_visit_bytes'])}")
    print(f"  served repeat visit (service worker)           {curated['repeat_visit_bytes']['median'] / 1000:,.1f} KB in "
          f"{int(curated['repeat_visit_requests']['median'])} requests {curated['repeat_visit_paths']}")

    print("\n2. Load (headless Chromium, CPU throttled 4x, no network throttling)")
    print(f"  first contentful paint                         {fmt(curated['fcp'])}")
    print(f"  trail fully rendered (all stage + project cards) {fmt(curated['trail'])}")
    print(f"  repeat visit, first contentful paint          {fmt(curated['repeat_fcp'])}")
    print(f"  offline warm reload, first contentful paint   {fmt(curated['offline_fcp'])}")
    for visit, label in (("first", "first visit"), ("repeat", "repeat visit"), ("offline", "offline reload")):
        print(f"  {label + ', longest start-up task':47}{fmt(curated.get(f'{visit}_longest_task'))}")
        print(f"  {label + ', start-up tasks over 50 ms':47}{fmt(curated.get(f'{visit}_long_tasks'), '', 0)}")
    print(f"  JS heap after load (after GC)                  {fmt(curated['heap_mb'], 'MB', 2)}")
    if lh:
        print(f"  Lighthouse {a.lighthouse_runs} runs, mobile (simulated slow 4G, 4x CPU):")
        for k, v in lh["scores"].items():
            print(f"    {k:44} {fmt(v, '', 0)}")
        for k, v in lh["audits"].items():
            print(f"    {k:44} {fmt(v, '' if k.startswith('cumulative') else 'ms', 3 if k.startswith('cumulative') else 0)}")

    def interaction_table(title, s):
        print(f"\n{title}")
        for kind, label in (("search", "search keystroke"), ("facet", "facet toggle")):
            print(f"  {label} -> DOM updated               {fmt(s[f'{kind}_dom'], p95=True)}")
            print(f"  {label} -> + style/layout            {fmt(s[f'{kind}_layout'], p95=True)}")
            print(f"  {label} -> next frame (vsync)        {fmt(s[f'{kind}_frame'], p95=True)}")
        print(f"  JS heap after interactions                     {fmt(s['heap_after_interactions_mb'], 'MB', 2)}")

    interaction_table(f"3. Interaction ({curated['projects']} projects, no CPU throttle; "
                      f"{curated['search_n']} keystrokes, {curated['search_changed']} changed the list)", curated)
    if scale:
        interaction_table(f"4. The landscape view (/landscape, {scale['items']:,} items; data fetched on first use, "
                          "not part of the first visit)", scale)
        print(f"  landscape data                                 {scale['data']['raw'] / 1000:,.1f} KB raw, "
              f"{scale['data']['br'] / 1000:,.1f} KB brotli")
        print(f"  open /landscape, warm cache (4x CPU) -> rows   {fmt(scale['open'])}")
        print(f"  rows in the DOM (virtualized)                  {scale['rows_in_dom']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dist", default=str(ROOT / "target/bench/dist"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--lighthouse-runs", type=int, default=3)
    ap.add_argument("--samples", type=int, default=60)
    ap.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", 4205)))
    ap.add_argument("--json", default=str(ROOT / "target/bench/result.json"))
    ap.add_argument("--reuse", action="store_true",
                    help="reuse the browser results of an earlier run (to re-print or finish one)")
    ap.add_argument("--before-dist", default="",
                    help="a build of an earlier revision, measured in the same run and printed beside this one")
    ap.add_argument("--before-label", default="", help="how to name the earlier build (its git revision)")
    a = ap.parse_args()
    work = Path(a.json).parent
    work.mkdir(parents=True, exist_ok=True)

    # One run measures both builds (before first), so they share the machine's state.
    builds = []
    if a.before_dist:
        builds.append((f"before ({a.before_label})" if a.before_label else "before", a.before_dist,
                       a.port + 2, work / "before"))
    builds.append(("after" if a.before_dist else "this tree", a.dist, a.port, work))
    measured = [(label, measure(dist, port, wdir, a)) for label, dist, port, wdir in builds]

    print(f"\nTrail Map benchmark — {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores "
          f"(shared machine: timings are noisy), min / median / max of {a.runs} runs")
    for label, m in measured:
        if len(measured) > 1:
            print(f"\n==== {label}: {m['dist']} ====")
        print_details(m, a)

    print(f"\n5. Issue 13 targets (medians; the last column judges '{measured[-1][0]}')")
    targets.print_table([(label, targets.figures(m)) for label, m in measured])

    result = {"sizes": measured[-1][1]["sizes"], "curated": measured[-1][1]["curated"],
              "lighthouse": measured[-1][1]["lighthouse"], "scale": measured[-1][1]["scale"]}
    if len(measured) > 1:
        result["before"] = measured[0][1]
    Path(a.json).write_text(json.dumps(result), encoding="utf-8")
    print(f"\nraw results: {a.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
