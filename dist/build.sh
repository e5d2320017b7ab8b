#!/usr/bin/env bash
# Makes every artifact this machine can make into target/dist/: the
# binary per target in an archive, a Python wheel per target, the npm
# packages, and SHA256SUMS; prints their paths. See docs/install.md.
#
#   dist/build.sh            optimised (the `release-dist` profile), every target
#   dist/build.sh --quick    unoptimised (the `dev` profile): what the
#                            tests use, to check behaviour, not speed
#   TARGETS="x86_64-unknown-linux-musl x86_64-pc-windows-gnu" dist/build.sh
#
# Needs: rustup (the targets are added here), Python 3 with venv, Node.js
# with npm, and per target a C toolchain for the C the dependencies carry:
# musl-tools (x86_64 Linux), gcc-mingw-w64-x86-64 (Windows); aarch64 Linux
# is made with zig (from PyPI, through maturin's --zig); macOS targets only
# on macOS.
set -euo pipefail
cd "$(dirname "$0")/.."

tools=target/dist-tools
if [ ! -x "$tools/venv/bin/python" ]; then
  python3 -m venv "$tools/venv"
fi
"$tools/venv/bin/python" -m pip install --quiet --disable-pip-version-check -r dist/requirements.txt
exec "$tools/venv/bin/python" dist/build.py "$@"
