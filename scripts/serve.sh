#!/usr/bin/env bash
# Set up what serving needs (not the test tools), build the release app and serve it on
# http://127.0.0.1:${PORT:-8080}.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh serve
scripts/build.sh
exec python3 scripts/serve.py --dir dist --port "${PORT:-8080}"
