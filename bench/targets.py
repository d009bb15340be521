#!/usr/bin/env python3
"""Issue 13's figures beside their targets: one column per measured build, a fixed column of
landscape.cncf.io reference figures, and whether the last build meets each target.

bench.py calls `figures()` on each build's results and `print_table()` once. The reference
column is what landscape.cncf.io, built from its own repositories, measured on the same kind
of 2-core machine (quoted in issue 13); it is not re-measured here.

`python3 bench/targets.py --self-test` checks the verdict arithmetic.
"""
import sys

# key, label, unit, target, direction ('max': at most, 'min': at least), reference
ROWS = [
    ("first_visit_kb", "first visit, bytes before usable (brotli)", "KB", 250.0, "max", 6270.0),
    ("first_visit_requests", "  requests in that first visit", "", None, "max", 545.0),
    ("lh_performance", "Lighthouse mobile performance", "", 98.0, "min", 39.0),
    ("lh_fcp_ms", "  first contentful paint", "ms", None, "max", None),
    ("lh_lcp_ms", "  largest contentful paint", "ms", 1200.0, "max", 8000.0),
    ("lh_tbt_ms", "  total blocking time", "ms", 50.0, "max", 2385.0),
    ("lh_cls", "  cumulative layout shift", "cls", 0.01, "max", None),
    ("offline_fcp_ms", "offline warm reload -> first contentful paint", "ms", 300.0, "max", None),
    ("startup_long_tasks", "start-up tasks over 50 ms (4x CPU, first visit)", "", 0.0, "max", None),
    ("startup_longest_ms", "  longest start-up task", "ms", None, "max", None),
    ("search_45_ms", "search keystroke -> DOM, 45 projects", "ms", 4.0, "max", None),
    ("search_scale_ms", "search keystroke -> DOM, /landscape (2,413 items)", "ms", 16.0, "max", None),
    ("facet_scale_ms", "facet toggle -> DOM, /landscape (2,413 items)", "ms", 16.0, "max", 133.0),
]


def _median(s):
    return None if not s else s.get("median")


def figures(result):
    """The table's figures (medians) from one build's results as bench.py writes them:
    {"curated": summarize(..), "lighthouse": lighthouse(..) or None, "scale": summarize_landscape(..) or None}."""
    cur = result.get("curated") or {}
    lh = result.get("lighthouse") or {}
    scores = lh.get("scores") or {}
    audits = lh.get("audits") or {}
    scale = result.get("scale") or {}
    fv = _median(cur.get("first_visit_bytes"))
    return {
        "first_visit_kb": None if fv is None else fv / 1000,
        "first_visit_requests": _median(cur.get("first_visit_requests")),
        "lh_performance": _median(scores.get("performance")),
        "lh_fcp_ms": _median(audits.get("first-contentful-paint")),
        "lh_lcp_ms": _median(audits.get("largest-contentful-paint")),
        "lh_tbt_ms": _median(audits.get("total-blocking-time")),
        "lh_cls": _median(audits.get("cumulative-layout-shift")),
        "offline_fcp_ms": _median(cur.get("offline_fcp")),
        "startup_long_tasks": _median(cur.get("first_long_tasks")),
        "startup_longest_ms": _median(cur.get("first_longest_task")),
        "search_45_ms": _median(cur.get("search_dom")),
        "search_scale_ms": _median(scale.get("search_dom")),
        "facet_scale_ms": _median(scale.get("facet_dom")),
    }


def fmt_value(v, unit):
    if v is None:
        return "n/a"
    if unit == "KB":
        return f"{v / 1000:,.2f} MB" if v >= 1000 else f"{v:,.1f} KB"
    if unit == "ms":
        return f"{v:,.0f} ms" if v >= 100 or float(v).is_integer() else f"{v:,.1f} ms"
    if unit == "cls":
        return f"{v:.3f}"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"


def verdict(value, target, direction, unit=""):
    """'met', 'missed by X (Y%)', or '' when there is no target, 'n/a' when not measured."""
    if target is None:
        return ""
    if value is None:
        return "n/a"
    ok = value <= target if direction == "max" else value >= target
    if ok:
        return "met"
    gap = value - target if direction == "max" else target - value
    pct = f" ({gap / target * 100:,.0f}%)" if target else ""
    return f"missed by {fmt_value(gap, unit)}{pct}"


def target_text(target, direction, unit):
    if target is None:
        return ""
    text = fmt_value(target, unit)
    if unit == "KB" and float(target).is_integer():
        text = f"{target:,.0f} KB"
    return ("≤ " if direction == "max" else "≥ ") + text


def print_table(columns, out=sys.stdout):
    """columns: [(name, figures dict)], the last one is judged against the targets."""
    head = ["figure (median)", "target", *[n for n, _ in columns], "landscape.cncf.io", "verdict"]
    rows = []
    last = columns[-1][1] if columns else {}
    for key, label, unit, target, direction, ref in ROWS:
        rows.append([label, target_text(target, direction, unit),
                     *[fmt_value(f.get(key), unit) for _, f in columns],
                     fmt_value(ref, unit) if ref is not None else "—",
                     verdict(last.get(key), target, direction, unit)])
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    line = lambda r: "  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w) if i < len(r) - 1 else c  # noqa: E731
                                      for i, (c, w) in enumerate(zip(r, widths))).rstrip()
    print(line(head), file=out)
    print("  " + "  ".join("-" * w for w in widths), file=out)
    for r in rows:
        print(line(r), file=out)
    met = sum(1 for r in rows if r[-1] == "met")
    judged = sum(1 for r in rows if r[-1] not in ("", "n/a"))
    print(f"  {columns[-1][0] if columns else ''}: {met} of {judged} measured targets met; "
          "landscape.cncf.io figures are the fixed reference from issue 13, not re-measured.", file=out)


def _self_test():
    assert verdict(240, 250, "max", "KB") == "met"
    assert verdict(413.5, 250, "max", "KB") == "missed by 163.5 KB (65%)"
    assert verdict(86, 98, "min") == "missed by 12 (12%)"
    assert verdict(99, 98, "min") == "met"
    assert verdict(None, 4, "max") == "n/a"
    assert verdict(5, None, "max") == ""
    assert verdict(0.0, 0.01, "max") == "met"
    assert verdict(0, 0.0, "max") == "met"
    assert verdict(2, 0.0, "max") == "missed by 2", verdict(2, 0.0, "max")
    f = figures({"curated": {"first_visit_bytes": {"median": 413_500}, "search_dom": {"median": 7.4},
                             "offline_fcp": {"median": 672}, "first_long_tasks": {"median": 2},
                             "first_longest_task": {"median": 182.5}},
                 "lighthouse": {"scores": {"performance": {"median": 86}},
                                "audits": {"total-blocking-time": {"median": 356}}},
                 "scale": None})
    assert f["first_visit_kb"] == 413.5 and f["lh_performance"] == 86 and f["lh_tbt_ms"] == 356
    assert f["search_scale_ms"] is None and f["lh_lcp_ms"] is None
    assert f["startup_long_tasks"] == 2 and f["startup_longest_ms"] == 182.5
    assert figures({"curated": {}})["startup_long_tasks"] is None
    import io
    buf = io.StringIO()
    print_table([("before", f), ("after", f)], out=buf)
    text = buf.getvalue()
    assert "missed by 163.5 KB" in text and "6.27 MB" in text and "133 ms" in text, text
    assert "0 of 6 measured targets met" in text, text
    assert "start-up tasks over 50 ms" in text and "182 ms" in text and "missed by 2" in text, text
    print("targets.py self-test: ok")


if __name__ == "__main__":
    if "--self-test" in sys.argv:
        _self_test()
