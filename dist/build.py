"""Makes mueang's release artifacts into target/dist/. Run by dist/build.sh,
in a virtual environment that has maturin; see docs/install.md.

Per target: the binary (cargo, through maturin), an archive holding it with
README.md, the licences and NOTICE.md, a Python wheel (maturin,
`bindings = "bin"`), and an npm package `@mueang/<platform>`. Then the npm
package `mueang` whose optional dependencies are the platform packages (as
Pagefind and dprint ship), install.sh (for CI), and SHA256SUMS over
everything.

Standard library only, so that it runs on the Linux and macOS runners of
the release workflow as it does here. Archives are reproducible: entries
sorted, owned by root, dated SOURCE_DATE_EPOCH (the last commit's time).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "target" / "dist"
STAGE = ROOT / "target" / "dist-tools" / "stage"
# What each archive and npm package carries beside the binary.
DOCS = ["README.md", "LICENSE-MIT", "LICENSE-APACHE", "NOTICE.md"]


@dataclass(frozen=True)
class Target:
    triple: str
    # Node's `${process.platform}-${process.arch}`: the npm package's name.
    node: str
    os: str  # the build machine's platform.system() that can make it
    # How the wheel is tagged; None lets maturin choose.
    compatibility: tuple[str, ...] | None = None
    zig: bool = False

    @property
    def windows(self) -> bool:
        return "windows" in self.triple

    @property
    def exe(self) -> str:
        return "mueang.exe" if self.windows else "mueang"


# Linux binaries are static (musl): one file that runs on any distribution,
# glibc or musl, so their wheels carry both tags (as uv's and ruff's do).
TARGETS = [
    Target("x86_64-unknown-linux-musl", "linux-x64", "Linux", ("manylinux_2_17", "musllinux_1_2")),
    Target("aarch64-unknown-linux-musl", "linux-arm64", "Linux", ("manylinux_2_17", "musllinux_1_2"), zig=True),
    Target("x86_64-pc-windows-gnu", "win32-x64", "Linux"),
    Target("x86_64-apple-darwin", "darwin-x64", "Darwin"),
    Target("aarch64-apple-darwin", "darwin-arm64", "Darwin"),
]
BY_TRIPLE = {t.triple: t for t in TARGETS}

# The C toolchain each Linux-made target needs (the dependencies carry C:
# mimalloc), and the Debian package that has it. The cc crate finds each
# by the target's name, as cargo finds the linker.
NEEDS = {
    "x86_64-unknown-linux-musl": ("musl-gcc", "musl-tools"),
    "x86_64-pc-windows-gnu": ("x86_64-w64-mingw32-gcc", "gcc-mingw-w64-x86-64"),
}


def fail(message: str) -> None:
    print(f"dist: error: {message}", file=sys.stderr)
    sys.exit(2)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    print("dist: $ " + " ".join(cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, check=True, **kw)


def version() -> str:
    meta = subprocess.run(
        ["cargo", "metadata", "--no-deps", "--format-version", "1", "--locked"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    return next(p for p in json.loads(meta.stdout)["packages"] if p["name"] == "mueang")["version"]


def source_date_epoch() -> int:
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT,
                             check=True, capture_output=True, text=True).stdout
        return int(out.strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        return int(time.time())


def chosen_targets() -> list[Target]:
    names = os.environ.get("TARGETS", "").split()
    if not names:
        return [t for t in TARGETS if t.os == platform.system()]
    unknown = [n for n in names if n not in BY_TRIPLE]
    if unknown:
        fail(f"unknown target {unknown[0]}; the targets are: {', '.join(BY_TRIPLE)}")
    chosen = [BY_TRIPLE[n] for n in names]
    for t in chosen:
        if t.os != platform.system():
            fail(f"{t.triple} is made on {t.os}, and this machine runs {platform.system()}")
    return chosen


def check_toolchain(t: Target) -> None:
    program, package = NEEDS.get(t.triple, (None, None))
    if program and shutil.which(program) is None:
        fail(f"{t.triple} needs `{program}`, which is not on PATH\n"
             f"  help: install Debian's `{package}` (apt-get install {package}), "
             f"or leave {t.triple} out of TARGETS")


def build(t: Target, profile: str, env: dict[str, str], level: int) -> tuple[Path, Path]:
    """Builds the binary and its wheel; returns their paths."""
    if shutil.which("rustup"):
        run(["rustup", "target", "add", t.triple], stdout=subprocess.DEVNULL)
    wheels = STAGE / "wheels" / t.triple
    shutil.rmtree(wheels, ignore_errors=True)
    cmd = [sys.executable, "-m", "maturin", "build", "--locked", "--bindings", "bin",
           "--target", t.triple, "--profile", profile, "--out", str(wheels),
           "--compression-level", str(level)]
    if t.compatibility:
        cmd += ["--compatibility", *t.compatibility]
    if t.zig:
        cmd.append("--zig")
        # maturin finds zig as `python3 -m ziglang`: this environment's.
        env = dict(env, PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}")
    run(cmd, cwd=ROOT, env=env)
    [wheel] = list(wheels.glob("*.whl"))
    folder = "debug" if profile == "dev" else profile
    binary = ROOT / "target" / t.triple / folder / t.exe
    if not binary.is_file():
        fail(f"cargo made no {binary}")
    return binary, wheel


def archive(t: Target, binary: Path, version: str, epoch: int, level: int) -> Path:
    """`mueang-VERSION-TARGET.zip` (Windows) or `.tar.gz`, holding one
    folder of that name with the binary and DOCS."""
    name = f"mueang-{version}-{t.triple}"
    files = [(binary, t.exe, 0o755)] + [(ROOT / d, d, 0o644) for d in DOCS]
    if t.windows:
        path = DIST / f"{name}.zip"
        stamp = time.gmtime(max(epoch, 315532800))[:6]  # zip starts at 1980
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
            for src, arc, mode in sorted(files, key=lambda f: f[1]):
                info = zipfile.ZipInfo(f"{name}/{arc}", date_time=stamp)
                info.external_attr = (0o100000 | mode) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, src.read_bytes())
        return path
    path = DIST / f"{name}.tar.gz"
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        entries = [(None, name, 0o755)] + [(s, f"{name}/{a}", m) for s, a, m in files]
        for src, arc, mode in sorted(entries, key=lambda e: e[1]):
            info = tarfile.TarInfo(arc)
            info.mtime, info.mode, info.uid, info.gid = epoch, mode, 0, 0
            if src is None:
                info.type = tarfile.DIRTYPE
                tar.addfile(info)
            else:
                data = src.read_bytes()
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", compresslevel=level, mtime=epoch, filename="") as gz:
        gz.write(buf.getvalue())
    return path


def npm_pack(folder: Path) -> Path:
    out = subprocess.run(["npm", "pack", "--json", "--pack-destination", str(DIST)],
                         cwd=folder, check=True, capture_output=True, text=True).stdout
    return DIST / json.loads(out)[0]["filename"]


def package_json(**fields) -> str:
    common = {
        "version": fields.pop("version"),
        "license": "MIT OR Apache-2.0",
        "description": "A static-site generator for public reporting on Thailand's smart-city programme",
        "keywords": ["static-site-generator", "thailand", "smart-city", "open-data"],
    }
    return json.dumps({"name": fields.pop("name"), **common, **fields}, indent=2, ensure_ascii=False) + "\n"


def npm_platform(t: Target, binary: Path, version: str) -> Path:
    folder = STAGE / "npm" / t.node
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "bin").mkdir(parents=True)
    shutil.copy2(binary, folder / "bin" / t.exe)
    (folder / "bin" / t.exe).chmod(0o755)
    for d in DOCS:
        shutil.copy2(ROOT / d, folder / d)
    os_name, cpu = t.node.split("-")
    (folder / "package.json").write_text(package_json(
        name=f"@mueang/{t.node}", version=version,
        os=[os_name], cpu=[cpu],
        files=["bin/", *DOCS],
        preferUnplugged=True,
    ), encoding="utf-8")
    return npm_pack(folder)


def npm_main(version: str) -> Path:
    folder = STAGE / "npm" / "mueang"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(ROOT / "dist" / "npm" / "mueang", folder)
    for d in DOCS:
        shutil.copy2(ROOT / d, folder / d)
    (folder / "package.json").write_text(package_json(
        name="mueang", version=version,
        bin={"mueang": "bin/mueang.js"},
        files=["bin/", *DOCS],
        engines={"node": ">=18"},
        # Every platform the release workflow makes, whichever this machine
        # made: npm installs only the one that matches the computer.
        optionalDependencies={f"@mueang/{t.node}": version for t in TARGETS},
    ), encoding="utf-8")
    return npm_pack(folder)


def install_script() -> Path:
    """dist/install.sh, knowing the repository it installs from where
    MUEANG_REPOSITORY says (the release workflow sets it)."""
    text = (ROOT / "dist" / "install.sh").read_text(encoding="utf-8")
    repository = os.environ.get("MUEANG_REPOSITORY")
    if repository:
        text = text.replace("@REPOSITORY@", repository)
    out = DIST / "install.sh"
    out.write_text(text, encoding="utf-8")
    out.chmod(0o755)
    return out


def sha256sums(paths: list[Path]) -> Path:
    lines = []
    for p in sorted(paths, key=lambda p: p.name):
        lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n")
    out = DIST / "SHA256SUMS"
    out.write_text("".join(lines), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(prog="dist/build.sh", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="build unoptimised (the dev profile): for tests, not for release")
    args = parser.parse_args()
    profile = "dev" if args.quick else "release-dist"
    targets = chosen_targets()
    for t in targets:
        check_toolchain(t)
    if any(t.zig for t in targets):
        run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             "-r", str(ROOT / "dist" / "requirements-zig.txt")])

    v = version()
    epoch = source_date_epoch()
    # The release's wheels are dated like its archives. Not in --quick:
    # the cc crate rebuilds C (mimalloc) when SOURCE_DATE_EPOCH changes, and
    # the quick build is to reuse the tests' compile of the same target.
    env = dict(os.environ) if args.quick else dict(os.environ, SOURCE_DATE_EPOCH=str(epoch))
    # The quick artifacts are for the tests: compressing them hard is waste.
    level = 1 if args.quick else 9
    shutil.rmtree(DIST, ignore_errors=True)
    DIST.mkdir(parents=True)
    STAGE.mkdir(parents=True, exist_ok=True)

    made: list[Path] = []
    for t in targets:
        started = time.monotonic()
        binary, wheel = build(t, profile, env, level)
        shutil.copy2(wheel, DIST / wheel.name)
        made += [archive(t, binary, v, epoch, level), DIST / wheel.name, npm_platform(t, binary, v)]
        print(f"dist: {t.triple}: {time.monotonic() - started:.0f} s", file=sys.stderr)
    made.append(npm_main(v))
    made.append(install_script())
    made.append(sha256sums(made))

    print(f"dist: mueang {v}, {profile} profile, in {DIST.relative_to(ROOT)}/:", file=sys.stderr)
    for p in made:
        print(f"{p.relative_to(ROOT)}\t{p.stat().st_size:>10,} bytes")


if __name__ == "__main__":
    main()
