#!/usr/bin/env bash
# `make bench`: build the release app, then print the Bytes / Load / Interaction / Landscape
# view tables and issue 13's targets (bench/bench.py, bench/targets.py).
# Not part of `make test`: timings depend on the machine. Builds go to target/bench/, never to
# dist/. Options are passed to bench.py (--runs N, --samples N, --lighthouse-runs N, --port P).
#
# --before <git-rev>: also build that revision, in a temporary git worktree with its own cargo
# target dir, and measure both builds in this one run; the targets table then shows a
# "before" and an "after" column side by side. The worktree is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

before=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before="${2:?--before needs a git revision}"; shift 2 ;;
    --before=*) before="${1#--before=}"; shift ;;
    *) args+=("$1"); shift ;;
  esac
done

scripts/setup.sh
source scripts/env.sh
out=target/bench
mkdir -p "$out"

echo "== bench: release build (curated dataset) -> $out/dist"
scripts/build.sh --dist "$out/dist"

prior=()
if [ -n "$before" ]; then
  rev=$(git rev-parse --verify --quiet "$before^{commit}") || { echo "bench: no such revision: $before" >&2; exit 2; }
  short=$(git rev-parse --short "$rev")
  # Outside the tree (a worktree inside target/ would be found by cargo and trunk watchers);
  # builds go to its own target dirs, kept under target/bench/before-<rev> to reuse next time.
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/trailmap-before.XXXXXX")
  cleanup() { git -C "$root" worktree remove --force "$tmp/src" >/dev/null 2>&1 || true; rm -rf "$tmp"; }
  trap cleanup EXIT
  git worktree add --detach --quiet "$tmp/src" "$rev"
  keep="$root/$out/before-$short"
  mkdir -p "$keep"
  build_rev() { # <dist> [env...]: that revision's own build script, or plain trunk if it has none
    local dist="$1"; shift
    if [ -x "$tmp/src/scripts/build.sh" ]; then
      (cd "$tmp/src" && env "$@" scripts/build.sh --dist "$dist")
    else
      (cd "$tmp/src" && cargo fetch --locked >/dev/null && env "$@" trunk build --release --offline --dist "$dist")
    fi
  }
  echo "== bench: release build of $before ($short) in a temporary worktree -> $keep/dist"
  build_rev "$keep/dist" CARGO_TARGET_DIR="$keep/cargo"
  prior=(--before-dist "$keep/dist" --before-label "$before")
fi

python3 bench/bench.py --dist "$out/dist" "${prior[@]}" "${args[@]}"
