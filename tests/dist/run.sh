#!/usr/bin/env bash
# The artifacts dist/build.sh made, used as their users use them, with no
# cargo on PATH (see docs/install.md):
#   - SHA256SUMS matches, and each archive holds exactly the binary, README,
#     licences and NOTICE.md; the Linux binary is static;
#   - the wheel installs into a fresh virtual environment and its `mueang`
#     builds the shipped content;
#   - the npm tarballs install into an empty folder and `npx mueang` builds;
#   - the Windows binary, under Wine, builds the same site as the Linux
#     binary byte for byte, prints the same diagnostic for a bad record,
#     writes the same files for `new`, and serves the same page;
# all on a copy of the shipped content in a folder whose name has Thai and
# a space. Run after `dist/build.sh --quick` (or without --quick).
# Needs: python3 with venv, node and npm, curl, Debian's wine64 (for the
# Windows binary; WINE=path overrides) and gcc-mingw-w64-x86-64 (for the
# one DLL Wine 8 lacks).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dist=$repo/target/dist
[ -f "$dist/SHA256SUMS" ] || { echo "dist test: no $dist/SHA256SUMS; run dist/build.sh --quick first" >&2; exit 2; }

fail() { printf 'dist test: FAILED: %b\n' "$*" >&2; exit 1; }
ok() { echo "dist test: ok: $*"; }

# No cargo, rustc or rustup from here on: what users have.
clean=
IFS=: read -r -a dirs <<<"$PATH"
for d in "${dirs[@]}"; do
  [ -x "$d/cargo" ] || [ -x "$d/rustc" ] || clean=${clean:+$clean:}$d
done
export PATH=$clean
! command -v cargo >/dev/null || fail "cargo is still on PATH"

work=$(mktemp -d "${TMPDIR:-/tmp}/mueang-dist-XXXXXX")
serving=()
cleanup() {
  for pid in "${serving[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "${wine:-}" ]; then WINEPREFIX=$work/wine "${wine%64}server" -k 2>/dev/null || true; fi
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

shopt -s nullglob
archives=("$dist"/mueang-*-x86_64-unknown-linux-musl.tar.gz)
[ ${#archives[@]} = 1 ] || fail "want one Linux x86_64 archive in $dist, found ${#archives[@]}"
version=${archives[0]##*/mueang-}
version=${version%-x86_64-unknown-linux-musl.tar.gz}

# --- the checksums and the archives ---------------------------------------
(cd "$dist" && sha256sum --check --quiet SHA256SUMS) || fail "SHA256SUMS does not match"
names() { for f in "$1"/*; do echo "${f##*/}"; done | sort | tr '\n' ' '; }
listed=$(cut -d' ' -f3 "$dist/SHA256SUMS" | sort | tr '\n' ' ')
present=$(names "$dist" | sed 's/SHA256SUMS //')
[ "$listed" = "$present" ] || fail "SHA256SUMS lists $listed but the folder holds $present"
ok "SHA256SUMS covers the $(wc -w <<<"$listed") artifacts and matches"

expected="LICENSE-APACHE LICENSE-MIT NOTICE.md README.md"
linux=mueang-$version-x86_64-unknown-linux-musl
tar -xzf "$dist/$linux.tar.gz" -C "$work"
got=$(names "$work/$linux")
[ "$got" = "$expected mueang " ] || fail "$linux.tar.gz holds: $got"
cmp -s "$work/$linux/README.md" "$repo/README.md" || fail "the archive's README.md is not the repository's"
bin=$work/$linux/mueang
# ldd lists each shared library as `name => path`; a static binary has none.
if ldd "$bin" 2>&1 | grep -q '=>'; then fail "the Linux binary loads shared libraries: $(ldd "$bin")"; fi
ok "$linux.tar.gz holds the static binary, README, licences and NOTICE.md"

# --- install.sh, from a release folder served over HTTP ---------------------
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
serve_folder() { # $1: folder, $2: port
  (cd "$1" && exec python3 -m http.server --bind 127.0.0.1 "$2" >/dev/null 2>&1) &
  serving+=($!)
  for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$2/SHA256SUMS" && return 0; sleep 0.2; done
  fail "python3 -m http.server did not answer on port $2"
}
port=$(free_port)
serve_folder "$dist" "$port"
MUEANG_DOWNLOAD_URL=http://127.0.0.1:$port MUEANG_VERSION=$version MUEANG_INSTALL_DIR="$work/installed" \
  sh "$dist/install.sh" 2>"$work/install.log" || fail "install.sh: $(cat "$work/install.log")"
[ "$("$work/installed/mueang" --version)" = "mueang $version" ] || fail "install.sh installed: $("$work/installed/mueang" --version)"
# A download that does not match SHA256SUMS is refused, and nothing installed.
mkdir "$work/tampered"
cp "$dist/SHA256SUMS" "$work/tampered/"
cp "$dist/$linux.tar.gz" "$work/tampered/"
printf 'x' >>"$work/tampered/$linux.tar.gz"
tampered_port=$(free_port)
serve_folder "$work/tampered" "$tampered_port"
if MUEANG_DOWNLOAD_URL=http://127.0.0.1:$tampered_port MUEANG_VERSION=$version MUEANG_INSTALL_DIR="$work/tampered-bin" \
  sh "$dist/install.sh" 2>"$work/install.log"; then
  fail "install.sh installed an archive that does not match SHA256SUMS"
fi
grep -q "does not match SHA256SUMS" "$work/install.log" || fail "install.sh on a damaged archive said: $(cat "$work/install.log")"
[ ! -e "$work/tampered-bin/mueang" ] || fail "install.sh left a binary from a damaged archive"
ok "install.sh installs from the release folder and refuses a download that does not match SHA256SUMS"

# --- the shipped content, in a folder named with Thai and a space ----------
site="$work/เว็บไซต์ รายงาน"
mkdir -p "$site"
cp -R "$repo/content" "$site/content"
"$bin" build --content "$site/content" --output "$work/linux-site" >/dev/null
ok "the Linux binary built the shipped content ($(find "$work/linux-site" -type f | wc -l) files)"

same_site() { # $1: what built it, $2: its output folder
  diff -r "$work/linux-site" "$2" >"$work/diff" 2>&1 ||
    fail "$1 wrote another site than the Linux binary:\n$(head -20 "$work/diff")"
}

# --- the wheel: pip in a fresh virtual environment --------------------------
wheel=$(cd "$dist" && ls mueang-"$version"-py3-none-*manylinux*x86_64*.whl)
started=$(date +%s%N)
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --no-index --disable-pip-version-check "$dist/$wheel"
(cd "$site" && "$work/venv/bin/mueang" build --output "$work/wheel-site" >/dev/null)
took_ms=$((($(date +%s%N) - started) / 1000000))
same_site "the wheel's mueang" "$work/wheel-site"
ok "from nothing to a built site through the wheel in $((took_ms / 1000)).$((took_ms % 1000 / 100)) s (venv, pip install $wheel, build)"

# --- npm: the tarballs into an empty folder, then npx ------------------------
npm_site="$work/โครงการ npm"
mkdir "$npm_site"
(cd "$npm_site" && npm install --silent --no-audit --no-fund \
  "$dist/mueang-$version.tgz" "$dist/mueang-linux-x64-$version.tgz")
cp -R "$repo/content" "$npm_site/content"
(cd "$npm_site" && npx --no-install mueang build --output "$work/npm-site" >/dev/null)
same_site "npx mueang" "$work/npm-site"
[ "$(cd "$npm_site" && npx --no-install mueang --version)" = "mueang $version" ] || fail "npx mueang --version"
ok "npm install of the two tarballs into an empty folder, then npx mueang build"

# --- Windows, under Wine -----------------------------------------------------
windows=mueang-$version-x86_64-pc-windows-gnu
if [ ! -f "$dist/$windows.zip" ]; then
  echo "dist test: no $windows.zip: the Windows checks did not run" >&2
  exit 1
fi
wine=${WINE:-$(command -v wine64 || echo /usr/lib/wine/wine64)}
[ -x "$wine" ] || fail "no Wine at $wine (install Debian's wine64, or set WINE)"
export WINEPREFIX=$work/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY=
(cd "$work" && python3 -m zipfile -e "$dist/$windows.zip" .)
got=$(names "$work/$windows")
[ "$got" = "$expected mueang.exe " ] || fail "$windows.zip holds: $got"
exe=$work/$windows/mueang.exe
# Wine 8 (Debian 12's) lacks bcryptprimitives.dll, which every Windows 10
# and 11 has and Rust's standard library needs: a stand-in beside this
# copy of mueang.exe (see bcryptprimitives.c; never in the zip).
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/$windows/bcryptprimitives.dll" \
  "$repo/tests/dist/bcryptprimitives.c" -ladvapi32
"$wine" "$exe" --version >"$work/wine-version" 2>/dev/null || fail "mueang.exe --version under Wine: $(cat "$work/wine-version")"
[ "$(tr -d '\r' <"$work/wine-version")" = "mueang $version" ] || fail "mueang.exe --version said $(cat "$work/wine-version")"

(cd "$site" && "$wine" "$exe" build --output "$work/wine-site" >/dev/null 2>"$work/wine-err") ||
  fail "mueang.exe build under Wine: $(cat "$work/wine-err")"
same_site "mueang.exe under Wine" "$work/wine-site"
ok "mueang.exe build under Wine wrote the Linux binary's site byte for byte"

# A bad record: the same diagnostic, the same exit status.
bad="$work/ร่าง แก้ไข"
cp -R "$site" "$bad"
sed -i 's/^province: .*/province: Rayoung/' "$bad/content/cities/hat-yai.md"
set +e
(cd "$bad" && "$bin" check >"$work/linux-check" 2>&1); linux_status=$?
(cd "$bad" && "$wine" "$exe" check >"$work/wine-check" 2>&1); wine_status=$?
set -e
[ "$linux_status" = 1 ] || fail "the Linux binary's check of a bad record exited $linux_status"
[ "$wine_status" = 1 ] || fail "mueang.exe check of a bad record exited $wine_status"
# In Thai, mueang's default language: the same bytes from both binaries.
grep -qF "ไม่รู้จักจังหวัด \`Rayoung\`" "$work/linux-check" || fail "no unknown-province error: $(cat "$work/linux-check")"
diff "$work/linux-check" "$work/wine-check" >"$work/diff" ||
  fail "mueang.exe check printed another diagnostic:\n$(cat "$work/diff")"
ok "mueang.exe check on a bad record: exit 1 and the Linux binary's diagnostic, byte for byte"

# `new`: the same files.
cp -R "$site" "$work/new-linux"
cp -R "$site" "$work/new-wine"
(cd "$work/new-linux" && "$bin" new project trial-a >/dev/null)
(cd "$work/new-wine" && "$wine" "$exe" new project trial-a >/dev/null 2>&1)
diff -r "$work/new-linux" "$work/new-wine" >"$work/diff" ||
  fail "mueang.exe new wrote other files:\n$(cat "$work/diff")"
[ -f "$work/new-wine/content/projects/trial-a.md" ] || fail "mueang.exe new wrote no content/projects/trial-a.md"
ok "mueang.exe new project writes the Linux binary's files"

# serve: the same page over HTTP on 127.0.0.1.
serve_page() { # $1: port, $2..: the command; saves the Thai home page
  local port=$1; shift
  (cd "$site" && exec "$@" serve --port "$port" >"$work/serve-$port.log" 2>&1) &
  serving+=($!)
  for _ in $(seq 1 240); do
    if curl -sf "http://127.0.0.1:$port/th/" -o "$work/page-$port"; then return 0; fi
    sleep 0.5
  done
  fail "serve on port $port did not answer in 120 s: $(cat "$work/serve-$port.log")"
}
linux_port=$(free_port)
serve_page "$linux_port" "$bin"
wine_port=$(free_port)
serve_page "$wine_port" "$wine" "$exe"
# Each serve names its builds by when it started (data-build): the rest is
# the same page.
sed -i 's/data-build="[^"]*"/data-build=""/' "$work/page-$linux_port" "$work/page-$wine_port"
cmp -s "$work/page-$linux_port" "$work/page-$wine_port" || fail "mueang.exe serve answered another page than the Linux binary"
ok "mueang.exe serve answers on 127.0.0.1 with the Linux binary's page"

echo "dist test: every check passed"
