//! The command line: parse arguments, run the pipeline, print diagnostics
//! once, and turn the outcome into an exit code (0 clean, 1 content
//! errors, 2 usage or I/O errors).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::catalogue::{LANG_VAR, Said, Told};
use crate::lang::Lang;
use crate::pipeline;

mod diff;
mod say;
mod serve;
mod usage;
pub use say::LangArg;
use say::{print_diagnostics, print_fixed, shown};
pub use usage::{Refused, refused};

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
    /// The language of mueang's messages: `th` (Thai) or `en` (English).
    /// Without it, the MUEANG_LANG environment variable, else Thai (the
    /// site's default language). Field names, ids and values are shown
    /// as written in either.
    #[arg(long, global = true, value_enum, value_name = "th|en")]
    pub lang: Option<LangArg>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every record and compute the figures; write nothing.
    ///
    /// Exits 0 when the content is clean, 1 when it has errors (or warnings,
    /// with --deny-warnings), 2 on a usage or I/O error.
    Check(CheckArgs),
    /// Check everything, then write the site to the output folder.
    ///
    /// Exits 0 when the site is written, 1 on content errors (nothing is
    /// written), 2 on a usage or I/O error, 130 when stopped with Ctrl-C,
    /// SIGTERM or SIGHUP.
    /// The previous output stays as it was unless the build succeeds.
    Build(BuildArgs),
    /// Preview the site on this computer: build it in memory, serve it,
    /// and rebuild and reload the browser on every save.
    ///
    /// Watches content/ and themes/ (by polling on network drives and
    /// WSL's /mnt/c: see --poll). When a save breaks the site, the
    /// last good pages stay up with the errors shown over them. Writes
    /// nothing to the output folder. Runs until stopped (Ctrl-C); exits 2
    /// when it cannot start (the port is in use, the folder is missing).
    Serve(serve::ServeArgs),
    /// Start a new record: write content/KIND/ID.md and ID.en.md with
    /// every field of the kind, commented in Thai and English.
    ///
    /// KIND is cohort, city, project, ambassador, news or page. Exits 0
    /// when written, 1 when a file of that id exists (nothing is written),
    /// 2 on a usage or I/O error.
    New(NewArgs),
    /// Say which figures, records and pages differ between two states of
    /// the site, figures first.
    ///
    /// OLD and NEW are each a content folder (checked and rendered in
    /// memory), a built output folder, or a data/summary.json (figures
    /// only). Exits 0 whether or not anything differs, 1 when either
    /// state has content errors (its diagnostics are printed, and what
    /// the other state holds is still said), 2 on a usage or I/O error.
    Diff(diff::DiffArgs),
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// cohort, city, project, ambassador, news or page.
    pub kind: String,
    /// The record's id: a-z, 0-9 and `-`, such as `rayong-green-belt`.
    pub id: String,
    /// The content folder.
    #[arg(long, value_name = "DIR", default_value = "content")]
    pub content: PathBuf,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The content folder.
    #[arg(long, value_name = "DIR", default_value = "content")]
    pub content: PathBuf,
    /// The folder to write the site to. It is replaced as a whole, so it
    /// must be empty or made by an earlier build, and outside the content
    /// and themes folders.
    #[arg(long, value_name = "DIR", default_value = "output")]
    pub output: PathBuf,
    /// The address the site will be published at (overrides `base_url` in
    /// site.yaml), such as `https://example.org/report/`.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Treat warnings (a missing translation, a reported figure the
    /// records do not reach) as errors.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Print warnings in full, and how long each stage took.
    #[arg(long, short)]
    pub verbose: bool,
    /// Show no progress line (it is shown only on a terminal, and not
    /// where the CI variable is set).
    #[arg(long, short)]
    pub quiet: bool,
    /// Build without the figures' history. By default, where the content
    /// folder is in a git repository, the figures at every commit that
    /// changed it are shown on the figures, cohort and city pages and written
    /// to data/history.csv and history.json (`history:` in site.yaml
    /// narrows which commits).
    #[arg(long)]
    pub no_history: bool,
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
    /// Also check the site already built in the output folder: every
    /// internal link and asset of every file must resolve. (The pages
    /// `check` renders are always checked.)
    #[arg(long)]
    pub links: bool,
    /// The output folder `--links` checks.
    #[arg(long, value_name = "DIR", default_value = "output", requires = "links")]
    pub output: PathBuf,
    /// The address the site is published at, as given to `build`
    /// (overrides `base_url` in site.yaml).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// First rewrite, in the content files themselves, the Thai text
    /// hazards check warns about (SARA AM in two characters, marks out
    /// of order or doubled, invisible characters, stray spaces), and say
    /// which lines changed. Nothing else in a file changes.
    #[arg(long)]
    pub fix: bool,
}

/// Runs the command line and says how it went.
pub fn run(cli: Cli) -> ExitCode {
    let lang = crate::catalogue::choose(
        cli.lang.map(Lang::from),
        std::env::var(LANG_VAR).ok().as_deref(),
    );
    match cli.command {
        Command::Check(args) => check(&args, lang),
        Command::Build(args) => build(&args, lang),
        Command::New(args) => new(&args, lang),
        Command::Serve(args) => serve::run(&args, lang),
        Command::Diff(args) => diff::run(&args, lang),
    }
}

fn new(args: &NewArgs, lang: Lang) -> ExitCode {
    use crate::scaffold::{NewError, create, today};
    match create(&args.content, &args.kind, &args.id, &today()) {
        Ok(paths) => {
            for p in paths {
                let path = p.display().to_string();
                println!("{}", Said::new("new-wrote").arg("path", path).text(lang));
            }
            println!("{}", Said::new("new-next").text(lang));
            ExitCode::SUCCESS
        }
        Err(NewError::Exists(told)) => {
            eprintln!("{}", told.error_text(lang));
            ExitCode::from(1)
        }
        Err(NewError::Usage(told) | NewError::Io(told)) => {
            eprintln!("{}", told.error_text(lang));
            ExitCode::from(2)
        }
    }
}

/// `--base-url`, checked; Err (said) when it is not a web address mueang
/// can publish under.
fn base_url(given: Option<&str>, lang: Lang) -> Result<Option<String>, ()> {
    use crate::model::address::{Wrong, base_url_example};
    let Some(given) = given else {
        return Ok(None);
    };
    match crate::model::address::base_url(given) {
        Ok(url) => Ok(Some(url)),
        Err(wrong) => {
            let shown = crate::diag::clip(given);
            let message = match wrong {
                Wrong::NotAnAddress => {
                    Said::new("base-url-flag-not-an-address").arg("given", shown)
                }
                _ => wrong.said(Said::new("base-url-flag").arg("given", shown)),
            };
            let told = Told::new(message, Some(wrong.said_help(base_url_example())));
            eprintln!("{}", told.error_text(lang));
            Err(())
        }
    }
}

/// Ctrl-C during a build: before writing, stop at once (nothing is
/// touched); while writing, ask the writer to stop, so that it removes the
/// half-written folder and the previous output stays as it was. SIGTERM
/// (how CI runners stop a job) and SIGHUP (a closed terminal) do the same
/// (`ctrlc`'s `termination` feature).
fn stop_on_ctrl_c(cancel: &crate::write::Cancel, lang: Lang) {
    let stopped = Said::new("build-stopped").text(lang);
    let cancel = cancel.clone();
    let installed = ctrlc::set_handler(move || {
        if cancel.ctrl_c() == crate::write::CtrlC::ExitNow {
            // Writing cannot start now; should printing wait for the
            // main thread's diagnostics, the build stops at `write`.
            eprintln!("{stopped}");
            std::process::exit(130);
        }
    });
    if let Err(e) = installed {
        let told = Told::new(
            Said::new("build-no-stop-handler").arg("error", e.to_string()),
            None,
        );
        eprintln!("{}", told.warning_text(lang));
    }
}

fn build(args: &BuildArgs, lang: Lang) -> ExitCode {
    use crate::pipeline::Built;
    let started = std::time::Instant::now();
    let cancel = crate::write::Cancel::new();
    stop_on_ctrl_c(&cancel, lang);
    let shown = shown(&args.content);
    let Ok(base) = base_url(args.base_url.as_deref(), lang) else {
        return ExitCode::from(2);
    };
    let job = pipeline::Build {
        content: &args.content,
        shown: &shown,
        output: &args.output,
        base_url: base.as_deref(),
        deny_warnings: args.deny_warnings,
        history: !args.no_history,
    };
    let progress = crate::progress::Progress::new(args.quiet, lang);
    let built = match pipeline::build(&job, &cancel, &progress) {
        Ok(built) => built,
        Err(fatal) => {
            eprintln!("{}", fatal.0.error_text(lang));
            return ExitCode::from(2);
        }
    };
    let outcome = match &built {
        Built::Stopped => return write_failed(crate::write::WriteError::Interrupted, lang),
        Built::Written(o, _) | Built::Errors(o) | Built::Warnings(o) | Built::WriteFailed(o, _) => {
            o
        }
    };
    print_diagnostics(outcome, args.verbose, lang);
    let counts = outcome.diagnostics.counts(lang);
    let said = |id| {
        Said::new(id)
            .arg("counts", counts.as_str())
            .arg("folder", shown.as_str())
    };
    match built {
        Built::Stopped => unreachable!("returned above"),
        Built::Errors(_) => {
            eprintln!("{}", said("build-failed").text(lang));
            ExitCode::from(1)
        }
        Built::Warnings(_) => {
            eprintln!("{}", said("build-denied-warnings").text(lang));
            ExitCode::from(1)
        }
        Built::WriteFailed(_, e) => write_failed(e, lang),
        Built::Written(_, written) => {
            eprintln!(
                "{}",
                said("build-written")
                    .count("files", written.files)
                    .arg("kb", written.bytes.div_ceil(1024).to_string())
                    .arg("output", args.output.display().to_string())
                    .arg("ms", started.elapsed().as_millis().to_string())
                    .text(lang)
            );
            ExitCode::SUCCESS
        }
    }
}

/// The exit of a build whose writing failed: 130 for Ctrl-C (or a stop
/// signal), else 2.
fn write_failed(e: crate::write::WriteError, lang: Lang) -> ExitCode {
    let told = e.told();
    if let crate::write::WriteError::Interrupted = e {
        eprintln!("mueang build: {}", told.text(lang));
        return ExitCode::from(130);
    }
    eprintln!("{}", told.error_text(lang));
    ExitCode::from(2)
}

fn check(args: &CheckArgs, lang: Lang) -> ExitCode {
    let shown = shown(&args.content);
    let Ok(base) = base_url(args.base_url.as_deref(), lang) else {
        return ExitCode::from(2);
    };
    let output = self::shown(&args.output);
    if args.fix {
        match crate::load::fix(&args.content, &shown) {
            Ok(fixed) => print_fixed(&fixed, lang),
            Err(fatal) => {
                eprintln!("{}", fatal.0.error_text(lang));
                return ExitCode::from(2);
            }
        }
    }
    let job = pipeline::Check {
        content: &args.content,
        shown: &shown,
        base_url: base.as_deref(),
        built: args
            .links
            .then_some((args.output.as_path(), output.as_str())),
    };
    let outcome = match pipeline::check_site(&job) {
        Ok(outcome) => outcome,
        Err(fatal) => {
            eprintln!("{}", fatal.0.error_text(lang));
            return ExitCode::from(2);
        }
    };
    print_diagnostics(&outcome, args.verbose, lang);
    let mut err = std::io::stderr().lock();
    let errors = outcome.diagnostics.error_count();
    let warnings = outcome.diagnostics.warning_count();
    let counts = outcome.diagnostics.counts(lang);
    let said = |id| {
        Said::new(id)
            .arg("counts", counts.as_str())
            .arg("folder", shown.as_str())
            .text(lang)
    };
    let Some(checked) = outcome.checked.filter(|_| errors == 0) else {
        let _ = writeln!(err, "{}", said("check-failed"));
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
            crate::report::summary(&checked.site, &checked.stats, lang)
        )
    };
    if let Err(e) = printed {
        let told = Told::new(
            Said::new("summary-write-failed").said("detail", crate::catalogue::io(&e)),
            None,
        );
        let _ = writeln!(err, "{}", told.error_text(lang));
        return ExitCode::from(2);
    }
    if args.deny_warnings && warnings > 0 {
        let _ = writeln!(err, "{}", said("check-denied-warnings"));
        return ExitCode::from(1);
    }
    let _ = writeln!(err, "{}", said("check-passed"));
    ExitCode::SUCCESS
}
