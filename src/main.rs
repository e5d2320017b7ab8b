//! The `mueang` binary: parse the command line and hand it to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    mueang::cli::run(mueang::cli::Cli::parse())
}
