//! The `mueang` binary: parse the command line and hand it to the library.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: a build allocates and frees millions of small strings and
/// values on every core, where glibc's allocator spent a sixth of the time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Transparent huge pages off for this process. mimalloc asks Linux for
/// huge pages (`madvise`), gives memory it no longer uses back after
/// 10 ms, and takes it again: each time, the kernel clears a whole 2 MB
/// page. A build with search spent over a third of its CPU in that
/// clearing (`perf`: `clear_page_erms` under mimalloc's page faults):
/// without huge pages, 1,000 projects built in 7 s rather than 10–12 s,
/// with less memory, not more. (`MIMALLOC_ALLOW_THP=0` does the same,
/// but mimalloc reads it before `main` runs, so it cannot be set here.)
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    {
        // An old kernel without the call builds as before.
        let _ = rustix::thread::disable_transparent_huge_pages(true);
    }
}

fn main() -> ExitCode {
    no_huge_pages();
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
