#!/usr/bin/env bash
# What the figures' history costs a build: a site of PROJECTS projects
# (examples/synth) committed once, then COMMITS-1 commits that each change
# or add one project's value, one day apart; then `mueang build` with and
# without the history, timed. See bench/README.md, "The figures' history".
#
#   bench/history.sh                         # 1,000 projects, 500 commits
#   PROJECTS=10000 COMMITS=100 bench/history.sh
#   WORK=/dev/shm/mueang-history bench/history.sh   # on tmpfs
#
# Needs git and GNU time (Debian: `apt-get install git time`).
set -euo pipefail
cd "$(dirname "$0")/.."

PROJECTS="${PROJECTS:-1000}"
COMMITS="${COMMITS:-500}"
WORK="${WORK:-target/bench-history}"

cargo build --locked --release --bin mueang --example synth
bin=$PWD/target/release/mueang
rm -rf "$WORK"
./target/release/examples/synth --projects "$PROJECTS" --out "$WORK/site" > /dev/null
cd "$WORK/site"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.org
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.org
git init -q -b main
git add -A
GIT_AUTHOR_DATE="2020-01-01T10:00:00Z" GIT_COMMITTER_DATE="2020-01-01T10:00:00Z" git commit -q -m "first"
for i in $(seq 1 $((COMMITS - 1))); do
  file=$(printf "content/projects/p-%05d.md" $(((i * 7) % PROJECTS)))
  if grep -q '^value_thb:' "$file"; then
    sed -i "s/^value_thb: .*/value_thb: $((i * 1000 + 5))/" "$file"
  else
    sed -i "0,/^province:/s/^province: \(.*\)/province: \1\nvalue_thb: $((i * 1000))/" "$file"
  fi
  date=$(date -u -d "2020-01-01 + $i days" +%Y-%m-%dT10:00:00Z)
  GIT_AUTHOR_DATE="$date" GIT_COMMITTER_DATE="$date" git commit -q -am "change $i"
done
echo "history: $PROJECTS projects, $(git rev-list --count HEAD) commits"
for run in with without; do
  args=(build --quiet --verbose --output "../out-$run")
  [ "$run" = without ] && args+=(--no-history)
  /usr/bin/time -f "history: build $run history: %e s wall, %U s user, %M KB peak" \
    "$bin" "${args[@]}" 2>&1 | grep -E "^history:|timing: history"
done
echo "history: $(($(wc -l < ../out-with/data/history.csv) - 1)) rows in data/history.csv"
