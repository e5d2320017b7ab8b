//! `mueang diff`'s three ways of saying what differs: a terminal report,
//! Markdown for a pull-request comment (figures first, the rest folded),
//! and JSON. Labels are in the run's language; JSON carries both.

use std::fmt::Write;

use super::{Change, Diff, Moved, RecordChange};
use crate::catalogue::Said;
use crate::lang::Lang;

/// How many changed pages the terminal report lists by name.
const SHOWN_PAGES: usize = 10;

fn change(c: Change, lang: Lang) -> String {
    Said::new(match c {
        Change::Added => "diff-added",
        Change::Removed => "diff-removed",
        Change::Changed => "diff-changed",
    })
    .text(lang)
}

/// A record change in words: `projects/x: changed (value_thb, status)`.
fn record(r: &RecordChange, lang: Lang) -> String {
    let mut line = format!("{}/{}: {}", r.table, r.id, change(r.change, lang));
    if !r.fields.is_empty() {
        let _ = write!(line, " ({})", r.fields.join(", "));
    }
    line
}

/// Why records and pages are not compared, where one state is a
/// summary.json alone.
fn not_compared(diff: &Diff, lang: Lang) -> Option<String> {
    diff.records
        .is_none()
        .then(|| Said::new("diff-not-compared").text(lang))
}

fn moved_line(m: &Moved, lang: Lang) -> String {
    let mut line = format!(
        "{}: {} → {}",
        m.label.get(lang),
        m.old_text.get(lang),
        m.new_text.get(lang)
    );
    if !m.by.is_empty() {
        let _ = write!(
            line,
            " ({})",
            Said::new("diff-moved-by")
                .arg("list", m.by.join(", "))
                .text(lang)
        );
    }
    line
}

/// The report for a terminal.
pub fn terminal(diff: &Diff, lang: Lang) -> String {
    let mut out = String::new();
    let say = |s: Said| s.text(lang);
    let _ = writeln!(
        out,
        "{}",
        say(Said::new("diff-heading")
            .arg("old", diff.old.as_str())
            .arg("new", diff.new.as_str()))
    );
    if diff.is_empty() {
        let _ = writeln!(out, "  {}", say(Said::new("diff-nothing")));
    }
    let section = |out: &mut String, id: &'static str, lines: Vec<String>| {
        if lines.is_empty() {
            return;
        }
        let _ = writeln!(out, "{}", say(Said::new(id).count("n", lines.len())));
        for l in lines {
            let _ = writeln!(out, "  {l}");
        }
    };
    section(
        &mut out,
        "diff-figures-heading",
        diff.figures.iter().map(|m| moved_line(m, lang)).collect(),
    );
    section(
        &mut out,
        "diff-verdicts-heading",
        diff.verdicts.iter().map(|m| moved_line(m, lang)).collect(),
    );
    if let Some(records) = &diff.records {
        section(
            &mut out,
            "diff-records-heading",
            records.iter().map(|r| record(r, lang)).collect(),
        );
    }
    if let Some(pages) = &diff.pages {
        let n = pages.added.len() + pages.removed.len() + pages.changed.len();
        if n > 0 {
            let _ = writeln!(
                out,
                "{}",
                say(Said::new("diff-pages-heading").count("n", n))
            );
        }
        for (list, c) in [
            (&pages.added, Change::Added),
            (&pages.removed, Change::Removed),
        ] {
            for p in list {
                let _ = writeln!(out, "  {p}: {}", change(c, lang));
            }
        }
        // Changed pages are many when a figure on every page of a kind
        // moves: the first few, then how many more.
        for p in pages.changed.iter().take(SHOWN_PAGES) {
            let _ = writeln!(out, "  {p}: {}", change(Change::Changed, lang));
        }
        if pages.changed.len() > SHOWN_PAGES {
            let more = pages.changed.len() - SHOWN_PAGES;
            let _ = writeln!(
                out,
                "  {}",
                say(Said::new("diff-more-pages").count("n", more))
            );
        }
    }
    if let Some(why) = not_compared(diff, lang) {
        let _ = writeln!(out, "{why}");
    }
    out
}

/// A table cell's text, with `|` and line ends that would break the
/// table escaped.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// The report as Markdown for a pull-request comment: the figures that
/// moved as a table, the verdicts, then the records and pages folded.
pub fn markdown(diff: &Diff, lang: Lang) -> String {
    let say = |s: Said| s.text(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "### {}\n",
        say(Said::new("diff-heading")
            .arg("old", format!("`{}`", diff.old))
            .arg("new", format!("`{}`", diff.new)))
    );
    if diff.is_empty() {
        let _ = writeln!(out, "{}", say(Said::new("diff-nothing")));
        return out;
    }
    let table = |out: &mut String, id: &'static str, rows: &[Moved]| {
        if rows.is_empty() {
            return;
        }
        let _ = writeln!(out, "**{}**\n", say(Said::new(id).count("n", rows.len())));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |\n| --- | ---: | ---: | --- |",
            say(Said::new("diff-md-figure")),
            say(Said::new("diff-md-before")),
            say(Said::new("diff-md-after")),
            say(Said::new("diff-md-by")),
        );
        for m in rows {
            let by: Vec<String> = m.by.iter().map(|b| format!("`{b}`")).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(m.label.get(lang)),
                cell(m.old_text.get(lang)),
                cell(m.new_text.get(lang)),
                cell(&by.join(", "))
            );
        }
        let _ = writeln!(out);
    };
    table(&mut out, "diff-figures-heading", &diff.figures);
    table(&mut out, "diff-verdicts-heading", &diff.verdicts);
    let folded = |out: &mut String, summary: String, lines: Vec<String>| {
        if lines.is_empty() {
            return;
        }
        let _ = writeln!(out, "<details><summary>{summary}</summary>\n");
        for l in lines {
            let _ = writeln!(out, "- {l}");
        }
        let _ = writeln!(out, "\n</details>\n");
    };
    if let Some(records) = &diff.records {
        folded(
            &mut out,
            say(Said::new("diff-records-heading").count("n", records.len())),
            records
                .iter()
                .map(|r| {
                    let mut line = format!("`{}/{}`: {}", r.table, r.id, change(r.change, lang));
                    if !r.fields.is_empty() {
                        let fields: Vec<String> =
                            r.fields.iter().map(|f| format!("`{f}`")).collect();
                        let _ = write!(line, " ({})", fields.join(", "));
                    }
                    line
                })
                .collect(),
        );
    }
    if let Some(pages) = &diff.pages {
        let n = pages.added.len() + pages.removed.len() + pages.changed.len();
        let lines = [
            (&pages.added, Change::Added),
            (&pages.removed, Change::Removed),
            (&pages.changed, Change::Changed),
        ]
        .into_iter()
        .flat_map(|(list, c)| {
            list.iter()
                .map(move |p| format!("`{p}`: {}", change(c, lang)))
        })
        .collect();
        folded(
            &mut out,
            say(Said::new("diff-pages-heading").count("n", n)),
            lines,
        );
    }
    if let Some(why) = not_compared(diff, lang) {
        let _ = writeln!(out, "{why}");
    }
    out
}

/// The report as JSON: every figure with its values as numbers and as
/// each language writes them.
pub fn json(diff: &Diff) -> String {
    let mut out = serde_json::to_string_pretty(diff).unwrap_or_default();
    out.push('\n');
    out
}
