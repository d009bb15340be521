# Sourced by the scripts: put the project's pinned tools first on PATH (the test packages'
# wasm-opt, else the one `scripts/setup.sh serve` installs alone, then cargo's tools).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/end2end/node_modules/.bin:$ROOT/.tools/npm/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
