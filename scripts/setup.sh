#!/usr/bin/env bash
# Install everything Trail Map needs to build, serve and test, from package registries only
# (Debian apt, crates.io, npm). Idempotent: skips what is already installed at the right version.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.21.14
log() { printf '\n== setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages: the browsers the tests drive (no browser is ever downloaded by a tool).
APT_PACKAGES=(chromium chromium-driver firefox-esr brotli)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

# Trunk 0.21.x (0.22 needs a newer rustc than the machines have).
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  log "cargo install trunk $TRUNK_VERSION (several minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate version that Cargo.lock resolves.
WBG_VERSION=$(scripts/lock_version.sh wasm-bindgen)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WBG_VERSION"; then
  log "cargo install wasm-bindgen-cli $WBG_VERSION (several minutes)"
  # Not --locked: its lockfile pins a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  echo "Trunk.toml pins a wasm_bindgen other than Cargo.lock's $WBG_VERSION: update it" >&2
  exit 1
fi

# cargo-deny: the dependency policy in deny.toml (licenses, bans, sources; see README).
# Built from crates.io: about 4 CPU-minutes (7 min wall on a busy 2-core machine).
CARGO_DENY_VERSION=0.20.2
if ! cargo-deny --version 2>/dev/null | grep -qx "cargo-deny $CARGO_DENY_VERSION"; then
  log "cargo install cargo-deny $CARGO_DENY_VERSION (several minutes)"
  cargo install --locked cargo-deny --version "$CARGO_DENY_VERSION"
fi

# geckodriver: WebDriver for Debian's firefox-esr (end2end/firefox/run.mjs drives it with
# selenium-webdriver from npm). Built from crates.io: about 3 CPU-minutes (6-7 min wall on a
# busy 2-core machine); Playwright can't drive Debian's Firefox.
GECKODRIVER_VERSION=0.37.1
if ! geckodriver --version 2>/dev/null | head -1 | grep -qx "geckodriver $GECKODRIVER_VERSION"; then
  log "cargo install geckodriver $GECKODRIVER_VERSION (several minutes)"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
fi

# npm packages: Playwright, axe, lighthouse and wasm-opt (binaryen 132; Debian's is broken here).
if [ ! -x end2end/node_modules/.bin/wasm-opt ] || ! (cd end2end && npm ls --silent >/dev/null 2>&1); then
  log "npm ci (end2end)"
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi

# Crates for an offline build.
cargo fetch --locked >/dev/null
log "ready"
