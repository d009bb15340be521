#!/usr/bin/env bash
# `make bench`: build the release app and a benchmark-only build with the 2,413-item CNCF
# landscape, then print the Bytes / Load / Interaction / Scale tables (bench/bench.py).
# Not part of `make test`: timings depend on the machine. Builds go to target/bench/, never to
# dist/. Options are passed to bench.py (--runs N, --samples N, --lighthouse-runs N, --port P).
# LANDSCAPE=<items.json> overrides where the landscape copy is (default ../shared/landscape/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
out=target/bench
mkdir -p "$out"
landscape="${LANDSCAPE:-../shared/landscape/items.json}"

echo "== bench: release build (curated dataset) -> $out/dist"
scripts/build.sh --dist "$out/dist"

scale=()
if [ -f "$landscape" ]; then
  echo "== bench: release build with the CNCF landscape (benchmark only) -> $out/dist-landscape"
  python3 bench/landscape_catalog.py --landscape "$landscape" --out "$out/landscape-catalog.json"
  # Its own cargo target dir: the shared one would rebuild the crate back and forth, and a
  # build running at the same time could pick up the landscape wasm (or this one theirs).
  CARGO_TARGET_DIR="$out/cargo-landscape" TRAILMAP_BENCH_DATASET="$out/landscape-catalog.json" \
    scripts/build.sh --dist "$out/dist-landscape"
  scale=(--scale-dist "$out/dist-landscape")
else
  echo "== bench: no landscape copy at $landscape: skipping the scale table" >&2
  scale=(--scale-dist "")
fi
python3 bench/bench.py --dist "$out/dist" "${scale[@]}" "$@"
