//! Charts: each reported figure against what the records itemise.

use super::bars::{Bar, Bars, Row};
use super::draft::*;
use super::draw::{DrawError, SERIES};
use super::names::*;
use super::table::*;
use crate::model::*;
use crate::render::urls::Route;
use crate::render::view::Fmt;

pub(super) fn reported_vs_records(f: &Fmt<'_>) -> Result<Draft, DrawError> {
    let figures: Vec<&crate::aggregate::Reconciliation> = f
        .stats
        .reconciliation
        .iter()
        .filter(|r| r.scope == Scope::Site && r.reported > 0)
        .collect();
    // Tenths of a per cent, rounded as the page says (`share_tenths`);
    // `None` where no kind of record itemises the figure.
    let share = |r: &crate::aggregate::Reconciliation| {
        r.computed
            .and_then(|c| crate::render::view::share_tenths(c, r.reported))
    };
    let percent =
        |r: &crate::aggregate::Reconciliation| r.computed.and_then(|c| f.share(c, r.reported));
    let bars = Bars {
        rows: figures
            .iter()
            .map(|r| Row {
                label: f.metric(r.metric),
                bars: vec![Bar {
                    value: share(r).unwrap_or(0),
                    colour: SERIES[0],
                    text: match (r.computed, percent(r)) {
                        (Some(computed), Some(share)) => f.fill(
                            "chart.reconcile.bar",
                            &[
                                ("computed", &f.value(r.metric, computed)),
                                ("reported", &f.value(r.metric, r.reported)),
                                ("share", &share),
                            ],
                        ),
                        _ => f.fill(
                            "chart.reconcile.bar_reported_only",
                            &[("reported", &f.value(r.metric, r.reported))],
                        ),
                    },
                }],
            })
            .collect(),
        legend: Vec::new(),
        reference: Some((1000, f.t("chart.reconcile.reference"))),
    };
    let table = Table::new(
        f,
        &[
            "chart.col.figure",
            "chart.col.reported",
            "chart.col.as_of",
            "chart.col.in_records",
            "chart.col.share",
        ],
        figures
            .iter()
            .map(|r| {
                let value = |v| match r.metric {
                    Metric::ValueThb => Cell::money(f, v),
                    _ => Cell::count(f, v),
                };
                vec![
                    Cell::link(
                        f.metric(r.metric),
                        format!(
                            "{}#{}",
                            f.href(&Route::Figures),
                            Fmt::anchor(&r.scope, r.metric)
                        ),
                    ),
                    value(r.reported),
                    Cell::date(f, r.as_of.as_ref()),
                    match (r.computed, r.total) {
                        (_, Some(total)) => Cell::total(f, total),
                        (Some(v), None) => value(v),
                        (None, None) => Cell {
                            raw: Raw::One(String::new(), Kind::Text),
                            ..Cell::text(f.t("figures.not_itemised"))
                        },
                    },
                    percent(r).map_or_else(Cell::empty, Cell::decimal),
                ]
            })
            .collect(),
    );
    // Only what records can itemise is measured against its report.
    let measured: Vec<&&crate::aggregate::Reconciliation> =
        figures.iter().filter(|r| r.computed.is_some()).collect();
    let full = measured
        .iter()
        .filter(|r| r.computed >= Some(r.reported))
        .count();
    let behind: Vec<&&&crate::aggregate::Reconciliation> = measured
        .iter()
        .filter(|r| r.computed < Some(r.reported))
        .collect();
    let lowest = behind.iter().filter_map(|r| share(r)).min();
    let desc = match lowest {
        _ if measured.is_empty() => String::new(),
        None => f.fill_n("chart.reconcile.desc_all", measured.len() as u64, &[]),
        Some(low) => {
            let names: Vec<String> = behind
                .iter()
                .filter(|r| share(r) == Some(low))
                .map(|r| f.metric(r.metric))
                .collect();
            let key = if names.len() > 1 {
                "chart.reconcile.desc_tie"
            } else {
                "chart.reconcile.desc"
            };
            f.fill_n(
                key,
                measured.len() as u64,
                &[
                    ("full", &f.count(full as u64)),
                    ("figure", &f.list(&names)),
                    ("share", &format!("{}.{}", f.count(low / 10), low % 10)),
                ],
            )
        }
    };
    Ok(Draft {
        name: SiteChart::ReportedVsRecords.key(),
        key: SiteChart::ReportedVsRecords.key().into(),
        shared_table: None,
        caption: f.t("chart.reconcile.caption"),
        desc,
        table,
        svg: if figures.is_empty() {
            None
        } else {
            super::bars::draw(&bars)?
        },
        empty: f.t("chart.reconcile.empty"),
    })
}
