#!/usr/bin/env node
// Runs the mueang binary for this computer. npm installs, of the
// optional dependencies in package.json, only the one whose `os` and
// `cpu` match (for example @mueang/win32-x64 on 64-bit Windows); this
// finds its binary and runs it with the same arguments, standard input
// and output, and hands back its exit status.
"use strict";

const { spawn } = require("node:child_process");
const path = require("node:path");

const platform = `${process.platform}-${process.arch}`;
const pkg = `@mueang/${platform}`;
const exe = process.platform === "win32" ? "mueang.exe" : "mueang";

function binary() {
  // MUEANG_BINARY runs another build of mueang through this package (as
  // Pagefind's PAGEFIND_BINARY_PATH does): for testing a local build.
  if (process.env.MUEANG_BINARY) return process.env.MUEANG_BINARY;
  try {
    return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), "bin", exe);
  } catch {
    console.error(
      `mueang: there is no mueang binary for this computer (${platform}): ` +
        `the package ${pkg} is not installed.\n` +
        `  help: if npm was run with --omit=optional or --no-optional, install again without it; ` +
        `otherwise this computer is not one mueang is built for: see docs/install.md ` +
        `in mueang's source for the others and for other ways to install it`,
    );
    process.exit(2);
  }
}

const child = spawn(binary(), process.argv.slice(2), { stdio: "inherit", windowsHide: false });

// Ctrl-C reaches mueang directly (it is in the same process group) and it
// tidies up and exits; this process only waits for that. A signal sent to
// this process alone (a CI runner's SIGTERM) is passed on.
process.on("SIGINT", () => {});
for (const signal of ["SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}

child.on("error", (err) => {
  console.error(`mueang: could not run ${err.path || "the mueang binary"}: ${err.message}`);
  process.exit(2);
});
child.on("exit", (code, signal) => {
  if (signal) {
    // Die of the same signal, so that the caller sees what mueang saw.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 1);
  }
});
