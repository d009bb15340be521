#!/usr/bin/env bash
# Set up this machine and run every test: formatting, lints, native unit and dataset tests,
# then the browser suite against the release build served from dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
source scripts/env.sh
# A one-off build gains nothing from incremental state, which costs disk and time.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

step() { printf '\n== test: %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native and wasm32), warnings are errors"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -- -D warnings

step "dependency policy: cargo deny check licenses bans sources (deny.toml; offline)"
# Advisories need the RustSec database, which only comes from GitHub: see README, Security.
cargo deny --offline --locked check licenses bans sources

step "cargo test (native: pure logic and dataset validation)"
cargo test --locked

step "release build (offline)"
scripts/build.sh --dist dist

step "size budget: wasm and first-visit bytes of dist/ (bench/size-budget.toml)"
python3 bench/sizes.py --dist dist --budget bench/size-budget.toml

step "release build under a sub-path (offline): /trailmap/ into dist-subpath/"
scripts/build.sh --public-url /trailmap/ --dist dist-subpath

step "browser tests (Playwright, Debian chromium, release builds from dist/ and dist-subpath/)"
# E2E_SUB_DIST adds the project that runs the offline, update and install specs under /trailmap/.
(cd end2end && E2E_SUB_DIST=../dist-subpath npx playwright test)

step "browser tests in Firefox (Debian firefox-esr over geckodriver: core journeys on dist/)"
(cd end2end && node webdriver/run.mjs firefox)

step "browser tests in WebKit (Debian WebKitWebDriver and MiniBrowser under Xvfb: core journeys on dist/)"
(cd end2end && node webdriver/run.mjs webkit)
