//! The `mueang` binary: parse the command line and hand it to the library.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: a build allocates and frees millions of small strings and
/// values on every core, where glibc's allocator spent a sixth of the time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    match mueang::cli::Cli::try_parse_from(&args) {
        Ok(cli) => mueang::cli::run(cli),
        Err(e) => {
            let shown: Vec<String> = args
                .iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            let env = std::env::var(mueang::catalogue::LANG_VAR).ok();
            mueang::cli::refused(&e, &shown, env.as_deref())
        }
    }
}
