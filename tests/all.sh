#!/usr/bin/env bash
# Every test, in order, each phase timed (README, "The two commands"):
#   1. formatting and lints (cargo fmt, clippy)
#   2. unit and integration tests, on the static Linux binary as it ships
#      (x86_64-unknown-linux-musl)
#   3. the open-data catalog: frictionless validate on datapackage.json
#      and the DCAT catalog read by rdflib, for the shipped site and the
#      golden fixture (tests/opendata/run.sh; frictionless and rdflib from
#      PyPI into target/opendata-venv)
#   4. the browser and accessibility tests in headless Chromium
#   5. a smoke run of the benchmark at 1,000 projects
#   6. the release artifacts (dist/build.sh --quick: Linux and Windows),
#      then installed and used as users do, with no cargo on PATH: the
#      wheel, the npm packages, install.sh, and the Windows binary under
#      Wine against the Linux one (tests/dist/run.sh)
#   7. the release workflow, the CI action, the documented workflow and
#      the shell scripts (tests/lint.sh)
# The tests build for musl so that the binary they test is the one the
# artifacts carry, and the artifacts reuse that build.
#
# Needs what .ci/run installs: Debian's chromium, time, python3-venv,
# musl-tools, gcc-mingw-w64-x86-64, wine64, shellcheck, curl; Node.js 20+.
set -euo pipefail
cd "$(dirname "$0")/.."
export TARGET=x86_64-unknown-linux-musl
started=$(date +%s)
phase_started=$started
phase() {
  local now
  now=$(date +%s)
  [ -z "${phase_name:-}" ] || echo "tests: ${phase_name}: $((now - phase_started)) s" >&2
  phase_name=$1
  phase_started=$now
  [ -z "$1" ] || echo "tests: ${phase_name}…" >&2
}

phase "formatting and lints"
cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings

phase "unit and integration tests ($TARGET)"
rustup target add "$TARGET" >/dev/null 2>&1 || true
cargo test --locked --target "$TARGET"

phase "open-data catalog"
MUEANG_BIN=$PWD/target/$TARGET/debug/mueang tests/opendata/run.sh

phase "browser and accessibility tests"
npm ci --prefix tests/browser --no-audit --no-fund
MUEANG_BIN=$PWD/target/$TARGET/debug/mueang node tests/browser/run.mjs

phase "benchmark smoke run"
SIZES=1000 RUNS=1 SEARCH_SIZES=1000 PROFILE=dev bench/run.sh

phase "release artifacts"
TARGETS="$TARGET x86_64-pc-windows-gnu" dist/build.sh --quick
tests/dist/run.sh

phase "workflows and scripts"
tests/lint.sh

phase ""
echo "tests: every test passed in $(($(date +%s) - started)) s" >&2
