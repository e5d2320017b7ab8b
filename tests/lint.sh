#!/usr/bin/env bash
# Lints what CI runs but cargo does not see: the release workflow and the
# composite action (jactionlint, with shellcheck on their scripts when it
# is installed), the GitHub Actions workflows docs/publishing.md gives users
# to copy (publishing, and the pull-request comment of `mueang diff`), and the shell scripts of dist/ and tests/dist/ (shellcheck).
# jactionlint comes from PyPI into target/lint-tools/ (pinned in
# tests/lint-requirements.txt); shellcheck from Debian's `shellcheck`.
set -euo pipefail
cd "$(dirname "$0")/.."

tools=target/lint-tools
[ -x "$tools/venv/bin/python" ] || python3 -m venv "$tools/venv"
"$tools/venv/bin/pip" install --quiet --disable-pip-version-check -r tests/lint-requirements.txt
jactionlint=$tools/venv/bin/jactionlint

# .github/workflows/*.yml and action.yml, every finding failing.
"$jactionlint" --strict-exit --no-color
# The workflow of docs/publishing.md, as a user would paste it: what
# actionlint checks (the policy rules are the user's to choose).
awk '/^## GitHub Actions/ { on = 1 } on && /^```yaml$/ { grab = 1; next } grab && /^```$/ { exit } grab' docs/publishing.md |
  "$jactionlint" --strict-exit --no-color --profile correctness --stdin-filename docs/publishing.md -
# The pull-request comment job of docs/publishing.md, likewise.
awk '/^## What a pull request changes/ { on = 1 } on && /^```yaml$/ { grab = 1; next } grab && /^```$/ { exit } grab' docs/publishing.md |
  "$jactionlint" --strict-exit --no-color --profile correctness --stdin-filename docs/publishing.md -
shellcheck dist/build.sh dist/install.sh tests/dist/run.sh tests/lint.sh tests/opendata/run.sh bench/history.sh
echo "lint: the workflows, the action, the documented workflow and the scripts are clean"
