#!/usr/bin/env bash
# The open-data catalog, checked by the tools a data portal uses
# (README, "What `build` writes"; tests/all.sh runs it):
#   - `frictionless validate` on output/data/datapackage.json: the
#     package, every Table Schema, and every CSV against its schema
#     (types, required values, ranges, primary and foreign keys);
#   - check_dcat.py: catalog.jsonld read as RDF by rdflib, with the
#     DCAT-AP mandatory properties and those mueang adds;
# for the shipped site and the golden fixture, each built by the binary
# the tests use (MUEANG_BIN; default target/debug/mueang). Then a CSV with
# a column the package does not describe must fail the validation, so
# that the check is seen to check.
# frictionless and rdflib come from PyPI into target/opendata-venv
# (pinned in tests/opendata/requirements.txt); needs python3-venv.
set -euo pipefail
cd "$(dirname "$0")/../.."

bin=${MUEANG_BIN:-$PWD/target/debug/mueang}
venv=target/opendata-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/opendata/requirements.txt
work=target/opendata
rm -rf "$work"
mkdir -p "$work"

check() { # NAME CONTENT
  local out=$work/$1
  "$bin" build --quiet --content "$2" --output "$out" 2>"$out.log" || {
    cat "$out.log" >&2
    exit 1
  }
  "$venv/bin/frictionless" validate "$out/data/datapackage.json"
  "$venv/bin/python" tests/opendata/check_dcat.py "$out"
}
check shipped content
check golden tests/fixtures/golden/content

# A column the package does not describe fails the validation.
broken=$work/broken
cp -r "$work/shipped/data" "$broken"
"$venv/bin/python" - "$broken/news.csv" <<'PY'
import csv, sys
path = sys.argv[1]
with open(path, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
with open(path, "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f).writerows([rows[0] + ["extra"]] + [r + ["1"] for r in rows[1:]])
PY
if "$venv/bin/frictionless" validate "$broken/datapackage.json" >"$work/broken.txt" 2>&1; then
  echo "opendata: a CSV with an undescribed column passed frictionless validate" >&2
  exit 1
fi
grep -q "extra-label" "$work/broken.txt" || {
  cat "$work/broken.txt" >&2
  echo "opendata: frictionless did not name the undescribed column" >&2
  exit 1
}
echo "opendata: datapackage.json and catalog.jsonld pass for the shipped site and the golden fixture"
