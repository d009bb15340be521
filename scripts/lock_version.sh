#!/usr/bin/env bash
# Print the version Cargo.lock resolves for the crate named $1.
set -euo pipefail
cd "$(dirname "$0")/.."
awk -v name="$1" '$1=="name" && $3=="\""name"\"" {getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock
