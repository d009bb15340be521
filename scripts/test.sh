#!/usr/bin/env bash
# Set up this machine and run every test: formatting, lints, native unit and dataset tests,
# then the browser suite against the release build served from dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n== test: %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native and wasm32), warnings are errors"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -- -D warnings

step "cargo test (native: pure logic and dataset validation)"
cargo test --locked

step "release build (offline)"
scripts/build.sh --dist dist

step "browser tests (Playwright, Debian chromium, release build from dist/)"
(cd end2end && npx playwright test)
