//! Charts: certified cities over time.

use super::draft::*;
use super::draw::{DrawError, SERIES};
use super::names::*;
use super::parts::*;
use super::table::*;
use super::timeline::Timeline;
use crate::model::*;
use crate::render::view::Fmt;

/// A date as a year and its fraction, at the middle of the period it names.
pub fn year_fraction(d: &PartialDate) -> f64 {
    let y = f64::from(d.year);
    match (d.month, d.day) {
        (Some(m), Some(day)) => y + (f64::from(m) - 1.0 + (f64::from(day) - 0.5) / 31.0) / 12.0,
        (Some(m), None) => y + (f64::from(m) - 0.5) / 12.0,
        _ => y + 0.5,
    }
}

pub(super) fn certified_over_time(f: &Fmt<'_>) -> Result<Draft, DrawError> {
    let steps = &f.stats.certified_over_time;
    let mut reports: Vec<&crate::aggregate::Report> = Vec::new();
    let mut latest = None;
    for r in &f.stats.reconciliation {
        if r.scope == Scope::Site && r.metric == Metric::Cities {
            latest = Some(r);
            reports.extend(
                r.history
                    .iter()
                    .chain(&r.disagreeing)
                    .chain(&r.corroborating),
            );
        }
    }
    let latest_report = latest.map(|r| (r.reported, r.as_of, &r.source));
    // Every dated report of the total: when, how many, whose.
    let mut reported: Vec<(PartialDate, u64, &Id)> = Vec::new();
    if let Some((value, Some(date), source)) = latest_report {
        reported.push((date, value, source));
    }
    reported.extend(
        reports
            .iter()
            .filter_map(|r| Some((r.as_of?, r.value, &r.source))),
    );
    let years = || {
        steps
            .iter()
            .map(|s| s.date.year)
            .chain(reported.iter().map(|(d, ..)| d.year))
    };
    let (first, last) = (years().min(), years().max());
    // The table: by date, the records' step before a report of that date.
    let mut rows: Vec<((PartialDate, bool), Vec<Cell>)> = steps
        .iter()
        .map(|s| {
            (
                (s.date, false),
                vec![
                    Cell::date(f, Some(&s.date)),
                    Cell::text(f.t("chart.in_records")),
                    Cell::count(f, s.added),
                    Cell::count(f, s.total),
                ],
            )
        })
        .collect();
    for (date, value, source) in &reported {
        let by = f
            .source(source)
            .map_or_else(|| source.to_string(), |s| s.publisher.text);
        rows.push((
            (*date, true),
            vec![
                Cell::date(f, Some(date)),
                Cell::text(f.fill("chart.reported_by", &[("source", &by)])),
                Cell::empty(),
                Cell::count(f, *value),
            ],
        ));
    }
    rows.sort_by_key(|(key, _)| *key);
    let mut rows: Vec<Vec<Cell>> = rows.into_iter().map(|(_, r)| r).collect();
    // Certified areas without a date are not on the chart's time line, but
    // they are in the records, so the table and its CSV end with them: the
    // last total is every certified area, as the headline counts them.
    if f.stats.certified_undated > 0 {
        let dated = steps.last().map_or(0, |s| s.total);
        rows.push(vec![
            Cell {
                text: f.t("chart.no_date"),
                ..Cell::date(f, None)
            },
            Cell::text(f.t("chart.in_records_undated")),
            Cell::count(f, f.stats.certified_undated),
            Cell::count(f, dated + f.stats.certified_undated),
        ]);
    }
    let table = Table::new(
        f,
        &[
            "chart.col.date",
            "chart.col.what",
            "chart.col.added",
            "chart.col.total",
        ],
        rows,
    );
    let (Some(first), Some(last)) = (first, last) else {
        return Ok(Draft {
            name: SiteChart::CertifiedOverTime.key(),
            key: SiteChart::CertifiedOverTime.key().into(),
            shared_table: None,
            caption: f.t("chart.certified.caption_undated"),
            desc: String::new(),
            table,
            svg: None,
            empty: f.t("chart.certified.empty"),
        });
    };
    let mut desc = Vec::new();
    if let Some(s) = steps.last() {
        desc.push(f.fill_n(
            "chart.certified.desc_records",
            s.total,
            &[("date", &f.date(&s.date))],
        ));
    }
    if f.stats.certified_undated > 0 {
        desc.push(f.fill_n(
            "chart.certified.desc_undated",
            f.stats.certified_undated,
            &[],
        ));
    }
    if let Some((value, as_of, _)) = latest_report {
        desc.push(match as_of {
            Some(d) => f.fill(
                "chart.certified.desc_report",
                &[("n", &f.count(value)), ("date", &f.date(&d))],
            ),
            None => f.fill(
                "chart.certified.desc_report_undated",
                &[("n", &f.count(value))],
            ),
        });
    }
    let timeline = Timeline {
        years: (first..=last).map(|y| (y, year(f, y))).collect(),
        steps: steps
            .iter()
            .map(|s| (year_fraction(&s.date), s.total))
            .collect(),
        reports: reported
            .iter()
            .map(|(d, v, _)| (year_fraction(d), *v))
            .collect(),
        legend: vec![
            (f.t("chart.legend.records_cumulative"), SERIES[0]),
            (f.t("chart.legend.reported"), SERIES[1]),
        ],
    };
    Ok(Draft {
        name: SiteChart::CertifiedOverTime.key(),
        key: SiteChart::CertifiedOverTime.key().into(),
        shared_table: None,
        caption: f.fill(
            "chart.certified.caption",
            &[("from", &year(f, first)), ("to", &year(f, last))],
        ),
        desc: desc.join(" "),
        table,
        svg: super::timeline::draw(&timeline)?,
        empty: f.t("chart.certified.empty"),
    })
}
