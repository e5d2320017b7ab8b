#!/bin/sh
# Installs a released mueang binary: downloads the archive for this
# computer and SHA256SUMS from the release, checks the archive against it,
# and puts `mueang` in a folder. For CI (GitLab, any runner with sh and
# curl) and for Linux and macOS by hand; GitHub Actions uses it through
# action.yml. See docs/install.md.
#
#   curl -fsSL https://github.com/OWNER/mueang/releases/latest/download/install.sh | sh
#
# Settings, all optional (environment variables):
#   MUEANG_VERSION      the version to install, e.g. 0.1.0 (default: latest)
#   MUEANG_INSTALL_DIR  where `mueang` goes (default: $HOME/.local/bin)
#   MUEANG_REPOSITORY   the GitHub repository releases come from
#   MUEANG_DOWNLOAD_URL a folder holding the archives and SHA256SUMS, used
#                       instead of GitHub (a mirror, or a local copy)
set -eu

repository=${MUEANG_REPOSITORY:-@REPOSITORY@}
version=${MUEANG_VERSION:-latest}
into=${MUEANG_INSTALL_DIR:-$HOME/.local/bin}

say() { printf 'mueang install: %s\n' "$*" >&2; }
fail() { say "error: $*"; exit 1; }

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64 | Linux-amd64) target=x86_64-unknown-linux-musl ;;
  Linux-aarch64 | Linux-arm64) target=aarch64-unknown-linux-musl ;;
  Darwin-x86_64) target=x86_64-apple-darwin ;;
  Darwin-arm64) target=aarch64-apple-darwin ;;
  MINGW*-x86_64 | MSYS*-x86_64 | CYGWIN*-x86_64) target=x86_64-pc-windows-gnu ;;
  *) fail "no mueang is built for $(uname -s) on $(uname -m); see docs/install.md for building it from source" ;;
esac

if [ -n "${MUEANG_DOWNLOAD_URL:-}" ]; then
  base=${MUEANG_DOWNLOAD_URL%/}
  [ "$version" != latest ] || fail "with MUEANG_DOWNLOAD_URL, set MUEANG_VERSION too"
else
  case "$repository" in
    @*) fail "set MUEANG_REPOSITORY to the GitHub repository mueang is released from (OWNER/NAME)" ;;
  esac
  if [ "$version" = latest ]; then
    # GitHub answers /releases/latest with a redirect to the newest tag.
    tag=$(curl -fsSLI -o /dev/null -w '%{url_effective}' "https://github.com/$repository/releases/latest") ||
      fail "cannot reach https://github.com/$repository/releases/latest"
    tag=${tag##*/}
    version=${tag#v}
  fi
  base="https://github.com/$repository/releases/download/v$version"
fi

case "$target" in
  *windows*) archive="mueang-$version-$target.zip" exe=mueang.exe ;;
  *) archive="mueang-$version-$target.tar.gz" exe=mueang ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
say "downloading $base/$archive"
curl -fsSL --retry 3 -o "$tmp/$archive" "$base/$archive" || fail "cannot download $base/$archive"
curl -fsSL --retry 3 -o "$tmp/SHA256SUMS" "$base/SHA256SUMS" || fail "cannot download $base/SHA256SUMS"

want=$(awk -v f="$archive" '$2 == f { print $1 }' "$tmp/SHA256SUMS")
[ -n "$want" ] || fail "SHA256SUMS has no line for $archive"
if command -v sha256sum >/dev/null 2>&1; then
  got=$(sha256sum "$tmp/$archive" | cut -d' ' -f1)
else
  got=$(shasum -a 256 "$tmp/$archive" | cut -d' ' -f1)
fi
[ "$got" = "$want" ] || fail "$archive does not match SHA256SUMS (got $got, want $want): the download is damaged or not the release's"

case "$archive" in
  *.zip) (cd "$tmp" && unzip -q "$archive") ;;
  *) tar -xzf "$tmp/$archive" -C "$tmp" ;;
esac
mkdir -p "$into"
cp "$tmp/mueang-$version-$target/$exe" "$into/$exe"
chmod 755 "$into/$exe"
say "installed $("$into/$exe" --version) at $into/$exe"
case ":$PATH:" in
  *":$into:"*) ;;
  *) say "add $into to PATH to run it as \`mueang\`" ;;
esac
