//! The command line: parse arguments, run the pipeline, print diagnostics
//! once, and turn the outcome into an exit code (0 clean, 1 content
//! errors, 2 usage or I/O errors).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::diag::Severity;
use crate::pipeline;

#[derive(Debug, Parser)]
#[command(
    name = "mueang",
    version,
    about = "เมือง · a static-site generator for Thailand's smart-city programme",
    long_about = "mueang reads the YAML and Markdown records in content/, checks them, and \
                  computes every figure of Thailand's smart-city programme, each traced to \
                  its source.\n\nRun it in the site's folder (the one that holds content/)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every record and compute the figures; write nothing.
    ///
    /// Exits 0 when the content is clean, 1 when it has errors (or warnings,
    /// with --deny-warnings), 2 on a usage or I/O error.
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The content folder.
    #[arg(long, value_name = "DIR", default_value = "content")]
    pub content: PathBuf,
    /// Print the figures as JSON (SPEC's summary object, keys such as
    /// `totals`, `by_province` and `reconciliation`) instead of the
    /// bilingual summary.
    #[arg(long)]
    pub json: bool,
    /// Treat warnings (a missing translation, a reported figure the
    /// records do not reach) as errors.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Print warnings in full, and how long each stage took.
    #[arg(long, short)]
    pub verbose: bool,
}

/// Runs the command line and says how it went.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Check(args) => check(&args),
    }
}

fn check(args: &CheckArgs) -> ExitCode {
    let shown = args
        .content
        .to_string_lossy()
        .trim_end_matches('/')
        .to_string();
    let outcome = match pipeline::check(&args.content, &shown) {
        Ok(outcome) => outcome,
        Err(fatal) => {
            eprintln!("error: {}", fatal.0);
            return ExitCode::from(2);
        }
    };
    let mut err = std::io::stderr().lock();
    for d in outcome.diagnostics.sorted() {
        let _ = match (d.severity, args.verbose) {
            (Severity::Error, _) | (Severity::Warning, true) => writeln!(err, "{d}\n"),
            (Severity::Warning, false) => writeln!(err, "{}", d.short()),
        };
    }
    if args.verbose {
        for (stage, took) in &outcome.timings {
            let _ = writeln!(
                err,
                "timing: {stage:<10} {:>8.2} ms",
                took.as_secs_f64() * 1000.0
            );
        }
    }
    let errors = outcome.diagnostics.error_count();
    let warnings = outcome.diagnostics.warning_count();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let counts = format!(
        "{}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    );
    let Some(checked) = outcome.checked.filter(|_| errors == 0) else {
        let _ = writeln!(
            err,
            "mueang check: {counts} in `{shown}`: fix the errors above"
        );
        return ExitCode::from(1);
    };
    let mut out = std::io::stdout().lock();
    let printed = if args.json {
        serde_json::to_string_pretty(&checked.stats)
            .map_err(std::io::Error::other)
            .and_then(|json| writeln!(out, "{json}"))
    } else {
        write!(
            out,
            "{}",
            crate::report::summary(&checked.site, &checked.stats)
        )
    };
    if let Err(e) = printed {
        let _ = writeln!(err, "error: cannot write the summary: {e}");
        return ExitCode::from(2);
    }
    if args.deny_warnings && warnings > 0 {
        let _ = writeln!(
            err,
            "mueang check: {counts} in `{shown}`: warnings are errors here (--deny-warnings)"
        );
        return ExitCode::from(1);
    }
    let _ = writeln!(err, "mueang check: {counts} in `{shown}`");
    ExitCode::SUCCESS
}
