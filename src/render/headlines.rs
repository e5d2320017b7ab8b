//! Render: the headline figures of the home page, which its social card
//! shows too: the current report where there is one, beside what the
//! records itemise.

use serde::Serialize;

use crate::aggregate::Total;
use crate::model::*;
use crate::render::charts::{Cite, cite};
use crate::render::urls::Route;
use crate::render::view::*;

/// A headline figure on the home page.
#[derive(Debug, Clone, Serialize)]
pub struct Headline {
    pub key: &'static str,
    /// Its element id on the home page, the figure's permanent anchor:
    /// `figure-value-thb`.
    pub id: String,
    /// How to cite the figure.
    pub cite: Option<Cite>,
    pub label: String,
    pub value: String,
    /// `of 77 provinces`
    pub of: Option<String>,
    /// Where the figure comes from, one line each.
    pub lines: Vec<String>,
    pub href: String,
    /// The scopes of the reports it sets beside the records (`site`,
    /// `cohort:sca-1`), space-separated; empty where there is no report.
    pub scopes: String,
    /// The report, or the sum of the reports, as a plain number.
    pub reported: Option<u64>,
    /// What the records of the same scopes itemise, as a plain number.
    pub itemised: Option<u64>,
}

/// The home page's figures: the current report where there is one (the
/// programme's, else the sum of the cohorts'), always beside what the
/// records of the same scope itemise, and saying which scope that is;
/// each links to its line on the figures page.
pub fn headlines(f: &Fmt<'_>) -> Vec<Headline> {
    let t = &f.stats.totals;
    let zones = f
        .stats
        .cities_by_status
        .get("promotion-zone")
        .copied()
        .unwrap_or(0);
    let items = [
        ("cities", Metric::Cities, t.cities_certified),
        ("promotion_zones", Metric::PromotionZones, zones),
        ("provinces", Metric::Provinces, t.provinces_covered),
        ("ambassadors", Metric::Ambassadors, t.ambassadors),
        ("projects", Metric::Projects, t.projects),
        ("value_thb", Metric::ValueThb, t.project_value_thb),
    ];
    let figures = f.href(&Route::Figures);
    // A figure as the card shows it: a total of values says how many
    // projects state none.
    let shown = |metric: Metric, value: u64, total: Option<Total>| match total {
        Some(total) if metric == Metric::ValueThb => f.total(total),
        _ => f.value(metric, value),
    };
    items
        .into_iter()
        .map(|(key, metric, all)| {
            let recon = &f.stats.reconciliation;
            let site = recon
                .iter()
                .find(|r| r.scope == Scope::Site && r.metric == metric);
            let cohorts: Vec<_> = recon
                .iter()
                .filter(|r| matches!(r.scope, Scope::Cohort(_)) && r.metric == metric)
                .filter(|_| {
                    matches!(
                        metric,
                        Metric::Projects | Metric::ValueThb | Metric::Ambassadors
                    )
                })
                .collect();
            let reports: Vec<&crate::aggregate::Reconciliation> = match site {
                Some(r) => vec![r],
                None => cohorts,
            };
            let all_total = (metric == Metric::ValueThb).then(|| t.total());
            let Some(first) = reports.first() else {
                return Headline {
                    key,
                    id: anchor(key),
                    cite: None,
                    label: f.t(&format!("headline.{key}")),
                    value: shown(metric, all, all_total),
                    of: of(f, metric),
                    lines: vec![f.t("home.no_report")],
                    href: format!("{figures}#computed"),
                    scopes: String::new(),
                    reported: None,
                    itemised: None,
                };
            };
            let sum = |v: &dyn Fn(&crate::aggregate::Reconciliation) -> u64| {
                reports.iter().fold(0u64, |s, r| s.saturating_add(v(r)))
            };
            let reported = sum(&|r| r.reported);
            let itemised = sum(&|r| r.computed.unwrap_or_default());
            let itemised_total = (metric == Metric::ValueThb)
                .then(|| reports.iter().filter_map(|r| r.total).sum::<Total>());
            let scope_names: Vec<String> = reports
                .iter()
                .map(|r| f.scope(&r.scope).text.text)
                .collect();
            let scope = f.list(&scope_names);
            let value = f.value(metric, reported);
            let mut lines = vec![if reports.len() == 1 {
                let when = first
                    .as_of
                    .as_ref()
                    .map_or_else(|| f.t("unknown"), |d| f.date(d));
                f.fill(
                    "home.reported_on",
                    &[("value", &value), ("date", &when), ("scope", &scope)],
                )
            } else {
                f.fill("home.reported_sum", &[("value", &value), ("scope", &scope)])
            }];
            lines.push(f.fill(
                if site.is_some() {
                    "home.itemised"
                } else {
                    "home.itemised_cohorts"
                },
                &[("computed", &shown(metric, itemised, itemised_total))],
            ));
            // Reports of cohorts cover only their records: the records of
            // the whole programme are said apart where they differ.
            if site.is_none() && (all != itemised || all_total != itemised_total) {
                lines.push(f.fill(
                    "home.all_records",
                    &[("computed", &shown(metric, all, all_total))],
                ));
            }
            let href = match reports.as_slice() {
                [one] => format!("{figures}#{}", Fmt::anchor(&one.scope, metric)),
                _ => format!("{figures}#reported"),
            };
            Headline {
                key,
                id: anchor(key),
                cite: None,
                label: f.t(&format!("headline.{key}")),
                // The larger of the report and the records leads, so that
                // the public never sees less than is known (a cohort's
                // report covers part of the programme, so all the records
                // count too); each is shown with its scope.
                value: f.value(metric, reported.max(all)),
                of: of(f, metric),
                lines,
                href,
                scopes: reports
                    .iter()
                    .map(|r| r.scope.key())
                    .collect::<Vec<_>>()
                    .join(" "),
                reported: Some(reported),
                // Unknown is not zero: no value where no project states one.
                itemised: Some(itemised).filter(|_| itemised_total.is_none_or(|t| t.known())),
            }
        })
        .map(|mut h| {
            let title = match &h.of {
                Some(of) => format!("{}: {} {of}", h.label, h.value),
                None => format!("{}: {}", h.label, h.value),
            };
            let url = f.urls.full(&format!("{}#{}", f.href(&Route::Home), h.id));
            h.cite = Some(cite(f, &h.id, &title, &url));
            h
        })
        .collect()
}

/// A headline figure's element id: `figure-value-thb`.
fn anchor(key: &str) -> String {
    format!("figure-{}", key.replace('_', "-"))
}

/// `of 77 provinces`, on the card of provinces.
pub fn of(f: &Fmt<'_>, metric: Metric) -> Option<String> {
    (metric == Metric::Provinces).then(|| {
        f.fill(
            "home.of_provinces",
            &[("total", &f.count(f.stats.provinces_total as u64))],
        )
    })
}
