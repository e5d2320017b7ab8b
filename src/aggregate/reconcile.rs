//! Aggregate: each reported figure against what the records itemise, and
//! the warnings where the records contradict a report.

use std::collections::{BTreeMap, BTreeSet};

use super::count::*;
use super::stats::*;
use crate::catalogue::Said;
use crate::diag::Diagnostic;
use crate::model::*;

/// What the records in `scope` itemise of `metric`.
pub(super) fn computed_in(index: &Index<'_>, scope: &Scope, metric: Metric) -> u64 {
    let s = index.slice(scope);
    let n = |x: usize| x as u64;
    match metric {
        Metric::Projects => n(s.projects.len()),
        Metric::ValueThb => value(&s.projects),
        Metric::Ambassadors => n(s.ambassadors.len()),
        Metric::Provinces => n(covered_provinces(&s).len()),
        Metric::CertifiedProvinces => {
            let set: BTreeSet<ProvinceId> = certified(&s.cities)
                .flat_map(|c| c.provinces.iter().copied())
                .collect();
            n(set.len())
        }
        Metric::Cities => n(certified(&s.cities).count()),
        Metric::PromotionZones => n(s
            .cities
            .iter()
            .filter(|c| c.status == CityStatus::PromotionZone)
            .count()),
        // No kind of record itemises these ([`Metric::itemised`]).
        Metric::Captains | Metric::PeopleTrained => 0,
    }
}

pub(super) fn reconcile(index: &Index<'_>) -> (Vec<Reconciliation>, Vec<Report>) {
    let site = index.site;
    let mut groups: BTreeMap<(Scope, Metric), Vec<Report>> = BTreeMap::new();
    let mut targets = Vec::new();
    for r in &site.reported {
        let report = Report {
            scope: r.scope.clone(),
            metric: r.metric,
            value: r.value,
            as_of: r.as_of,
            source: r.source.clone(),
            note: r.note.clone(),
            at: r.at.clone(),
        };
        match r.kind {
            ReportKind::Target => targets.push(report),
            ReportKind::Outcome => groups
                .entry((r.scope.clone(), r.metric))
                .or_default()
                .push(report),
        }
    }
    let mut out = Vec::new();
    for ((scope, metric), mut reports) in groups {
        // Stable: reports of the same date keep their file order.
        reports.sort_by_key(|r| r.as_of);
        let latest = reports.iter().filter_map(|r| r.as_of).max();
        let (current, history): (Vec<Report>, Vec<Report>) = reports
            .into_iter()
            .partition(|r| r.as_of.is_none() || r.as_of == latest);
        let mut current = current;
        // The dated report leads; undated ones are compared with it.
        current.sort_by_key(|r| std::cmp::Reverse(r.as_of));
        let mut current = current.into_iter();
        let Some(head) = current.next() else { continue };
        let (corroborating, disagreeing): (Vec<Report>, Vec<Report>) =
            current.partition(|r| r.value == head.value);
        let computed = metric
            .itemised()
            .then(|| computed_in(index, &scope, metric));
        let total = (metric == Metric::ValueThb).then(|| {
            let projects = index.slice(&scope).projects;
            Total {
                projects: projects.len() as u64,
                value: value(&projects),
                without_value: without_value(&projects),
            }
        });
        let verdict = if !disagreeing.is_empty() {
            Verdict::SourcesDisagree
        } else if computed.is_none() {
            Verdict::ReportedOnly
        } else if computed == Some(head.value) {
            Verdict::Matches
        } else if computed < Some(head.value) {
            Verdict::PartlyItemised
        } else {
            Verdict::Exceeds
        };
        out.push(Reconciliation {
            scope,
            metric,
            reported: head.value,
            computed,
            projects_without_value: total.map(|t| t.without_value),
            total,
            verdict,
            source: head.source,
            as_of: head.as_of,
            note: head.note,
            at: head.at,
            history,
            disagreeing,
            corroborating,
        });
    }
    (out, targets)
}

/// A reported figure the records contradict is worth a warning, at the
/// line where the figure is written: records that hold more than the
/// report (a duplicate, or a report that is out of date), or sources that
/// disagree. Not a report the records reach only part of: that is the
/// ordinary state of a site whose press figures run ahead of its records
/// (`check` prints it in its summary, the site shows it), and a warning no
/// edit can clear would make `--deny-warnings` useless. Nor a report no
/// kind of record can itemise.
pub fn warnings(stats: &Stats) -> Vec<Diagnostic> {
    stats
        .reconciliation
        .iter()
        // A report no record can itemise cannot be brought to match, so
        // it is shown, not warned about.
        .filter(|r| {
            !matches!(
                r.verdict,
                Verdict::Matches | Verdict::PartlyItemised | Verdict::ReportedOnly
            )
        })
        .map(|r| {
            let fmt = |v: u64| format_value(r.metric, v);
            // The scope and the figures are said as written; the metric in
            // the language of the message.
            let said = |said: Said| {
                said.arg("scope", r.scope.key())
                    .arg("what_en", r.metric.label(Lang::En))
                    .arg("what_th", r.metric.label(Lang::Th))
                    .arg("reported", fmt(r.reported))
            };
            let (message, help) = match r.verdict {
                Verdict::Exceeds => (
                    said(Said::new("reconcile-exceeds"))
                        .arg("computed", fmt(r.computed.unwrap_or_default())),
                    Said::new("reconcile-exceeds-help"),
                ),
                Verdict::SourcesDisagree => {
                    let others: Vec<String> = r
                        .disagreeing
                        .iter()
                        .map(|d| format!("{} ({})", fmt(d.value), d.source))
                        .collect();
                    (
                        said(Said::new("reconcile-disagree"))
                            .arg("source", r.source.to_string())
                            .arg("others", others.join(", ")),
                        Said::new("reconcile-disagree-help"),
                    )
                }
                Verdict::Matches | Verdict::PartlyItemised | Verdict::ReportedOnly => {
                    unreachable!("filtered out above")
                }
            };
            Diagnostic::warning(&r.at.path, "")
                .words(message, Some(help))
                .spot(r.at.spot.clone())
        })
        .collect()
}

/// A figure for the terminal: baht in Thai style, counts as numbers.
pub fn format_value(metric: Metric, value: u64) -> String {
    match metric {
        Metric::ValueThb => crate::model::Baht(value).format(Lang::Th),
        _ => crate::text::group_thousands(value),
    }
}
