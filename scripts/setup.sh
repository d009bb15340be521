#!/usr/bin/env bash
# Install what Trail Map needs, from package registries only (Debian, the Rust package
# registry, npm). Idempotent: skips what is already installed at the right version.
#
# Usage: scripts/setup.sh [serve|test]
#   serve  what building and serving need: the Rust wasm target, Trunk, wasm-bindgen-cli,
#          wasm-opt (npm `binaryen`, installed on its own into .tools/npm) and brotli (Debian)
#          for scripts/serve.py's compressed responses.
#   test   everything (the default): serve's tools, plus clippy and rustfmt, Debian's browsers
#          (Chromium, Firefox, WebKitGTK's WebDriver and MiniBrowser, Xvfb), a Korean font,
#          cargo-deny, geckodriver and the npm test packages.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

profile="${1:-test}"
case "$profile" in
  serve | test) ;;
  *) echo "usage: scripts/setup.sh [serve|test]" >&2; exit 2 ;;
esac

TRUNK_VERSION=0.21.14
CARGO_DENY_VERSION=0.20.2
GECKODRIVER_VERSION=0.37.1
log() { printf '\n== setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "apt-get install ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

cargo_install() { # name version [extra cargo install flags]
  local name="$1" version="$2" bin="$1"
  shift 2
  [ "$name" = wasm-bindgen-cli ] && bin=wasm-bindgen
  if ! "$bin" --version 2>/dev/null | head -1 | grep -qx "$bin $version"; then
    log "cargo install $name $version (several minutes)"
    cargo install "$name" --version "$version" "$@"
  fi
}

# --- serve: build and serve the release app -------------------------------------------------

# brotli for scripts/serve.py (make serve sends the app compressed, like a production host):
# the Python module for Debian's python3, the command for any other python3 on PATH.
apt_install brotli python3-brotli

# Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.21.x (0.22 needs a newer rustc than the machines have).
cargo_install trunk "$TRUNK_VERSION" --locked

# wasm-bindgen-cli must equal the wasm-bindgen crate version that Cargo.lock resolves.
# Not --locked: its lockfile pins a crate version the registry lacks.
WBG_VERSION=$(scripts/lock_version.sh wasm-bindgen)
cargo_install wasm-bindgen-cli "$WBG_VERSION" --force
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  echo "Trunk.toml pins a wasm_bindgen other than Cargo.lock's $WBG_VERSION: update it" >&2
  exit 1
fi

# wasm-opt from npm `binaryen` at end2end/package.json's version (Debian's is broken here).
# Serving installs it alone into .tools/npm; the test setup gets it with the test packages.
BINARYEN_VERSION=$(python3 -c 'import json; print(json.load(open("end2end/package.json"))["devDependencies"]["binaryen"])')
if [ "$profile" = serve ] && ! wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*} "; then
  log "npm install binaryen $BINARYEN_VERSION (into .tools/npm)"
  npm install --prefix .tools/npm --no-save --no-package-lock --no-audit --no-fund \
    "binaryen@$BINARYEN_VERSION" >/dev/null
fi

if [ "$profile" = test ]; then
  # --- test: everything else `make test` runs -----------------------------------------------

  # Debian packages: the browsers the tests drive (no browser is ever downloaded by a tool) and
  # a font with Hangul so that screenshots show Korean. WebKit (Safari's engine) comes as
  # webkit2gtk-driver: WebKitWebDriver plus MiniBrowser (in libwebkit2gtk-4.1-0), which needs a
  # display: Xvfb, started by xvfb-run (which needs xauth).
  apt_install chromium chromium-driver firefox-esr fonts-noto-cjk webkit2gtk-driver xvfb xauth

  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

  # cargo-deny: the dependency policy in deny.toml (licenses, bans, sources; see README).
  # About 4 CPU-minutes (7 min wall on a busy 2-core machine).
  cargo_install cargo-deny "$CARGO_DENY_VERSION" --locked

  # geckodriver: WebDriver for Debian's firefox-esr (end2end/webdriver/run.mjs drives it with
  # selenium-webdriver from npm); Playwright can't drive Debian's Firefox. About 3 CPU-minutes
  # (6-7 min wall on a busy 2-core machine).
  cargo_install geckodriver "$GECKODRIVER_VERSION" --locked

  # npm packages from end2end/package-lock.json: Playwright, axe, lighthouse, selenium and
  # binaryen. Playwright never downloads a browser.
  if [ ! -x end2end/node_modules/.bin/wasm-opt ] || ! (cd end2end && npm ls --silent >/dev/null 2>&1); then
    log "npm ci (end2end)"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
fi

# Crates for an offline build.
cargo fetch --locked >/dev/null
log "ready ($profile)"
