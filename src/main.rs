//! The `mueang` binary: parse the command line and hand it to the library.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: a build allocates and frees millions of small strings and
/// values on every core, where glibc's allocator spent a sixth of the time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    mueang::cli::run(mueang::cli::Cli::parse())
}
