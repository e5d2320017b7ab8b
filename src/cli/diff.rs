//! `mueang diff OLD NEW`: read both states, print what differs in the
//! form asked for, and exit 0, or 1 when a state has content errors.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::say::{print_diagnostics, shown};
use crate::catalogue::Said;
use crate::diff::{self, Read, State};
use crate::lang::Lang;

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The state before: a git revision (a branch, tag or commit of the
    /// repository holding this folder), a content folder, a built output
    /// folder, or a summary.json. Without it, where the current branch
    /// left the default branch (origin/HEAD, origin/main or main).
    #[arg(value_name = "OLD")]
    pub old: Option<PathBuf>,
    /// The state after, as OLD. Without it, the content folder as it is
    /// on disk.
    #[arg(value_name = "NEW")]
    pub new: Option<PathBuf>,
    /// The content folder: read from disk for NEW by default, and from
    /// each git revision.
    #[arg(long, value_name = "DIR", default_value = "content")]
    pub content: PathBuf,
    /// Print Markdown for a pull-request comment: figures first, records
    /// and pages folded.
    #[arg(long, conflicts_with = "json")]
    pub markdown: bool,
    /// Print JSON: every figure's values as numbers and in Thai and
    /// English.
    #[arg(long)]
    pub json: bool,
}

/// A state, or `None` where it has content errors (printed).
fn state(
    path: &std::path::Path,
    content: &std::path::Path,
    lang: Lang,
) -> Result<Option<State>, ExitCode> {
    let name = shown(path);
    match diff::read(path, &name, content) {
        Ok(Read::State(s)) => Ok(Some(*s)),
        Ok(Read::Errors(outcome)) => {
            print_diagnostics(&outcome, false, lang);
            let said = Said::new("diff-state-has-errors").arg("state", name.as_str());
            eprintln!("mueang diff: {}", said.text(lang));
            Ok(None)
        }
        Err(fatal) => {
            eprintln!("{}", fatal.0.error_text(lang));
            Err(ExitCode::from(2))
        }
    }
}

/// A state with nothing in it, standing for one with errors, so that
/// the other state is still described.
fn nothing(path: &std::path::Path) -> State {
    State {
        name: shown(path),
        summary: serde_json::json!({ "totals": {} }),
        records: None,
        pages: None,
    }
}

pub(super) fn run(args: &DiffArgs, lang: Lang) -> ExitCode {
    let old_path = match &args.old {
        Some(path) => path.clone(),
        None => match crate::history::git::merge_base(std::path::Path::new(".")) {
            Ok(commit) => PathBuf::from(commit),
            Err(fatal) => {
                eprintln!("{}", fatal.0.error_text(lang));
                return ExitCode::from(2);
            }
        },
    };
    let new_path = args.new.clone().unwrap_or_else(|| args.content.clone());
    let (old, new) = match (
        state(&old_path, &args.content, lang),
        state(&new_path, &args.content, lang),
    ) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let failed = old.is_none() || new.is_none();
    let old = old.unwrap_or_else(|| nothing(&old_path));
    let new = new.unwrap_or_else(|| nothing(&new_path));
    let found = diff::compare(&old, &new);
    let text = if args.json {
        diff::show::json(&found)
    } else if args.markdown {
        diff::show::markdown(&found, lang)
    } else {
        diff::show::terminal(&found, lang)
    };
    let mut out = std::io::stdout().lock();
    if out.write_all(text.as_bytes()).is_err() {
        return ExitCode::from(2);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
