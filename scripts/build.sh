#!/usr/bin/env bash
# Release build into dist/ (or $DIST), never touching the network.
# Usage: scripts/build.sh [--public-url /sub/path/] [--dist DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
public_url=/
dist=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --public-url) public_url="$2"; shift 2 ;;
    --dist) dist="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
cargo fetch --locked >/dev/null
trunk build --release --offline --locked --public-url "$public_url" --dist "$dist"
