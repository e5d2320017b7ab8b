//! Charts: what each cohort of ambassadors covers.

use super::bars::{Bar, Bars, Row};
use super::draft::*;
use super::draw::{DrawError, SERIES};
use super::names::*;
use super::table::*;
use crate::model::*;
use crate::render::urls::Route;
use crate::render::view::Fmt;

pub(super) fn cohorts(f: &Fmt<'_>, metric: Metric) -> Result<Draft, DrawError> {
    let name = match metric {
        Metric::Ambassadors => SiteChart::CohortsAmbassadors.key(),
        _ => SiteChart::CohortsProvinces.key(),
    };
    let reported = |id: &Id| {
        f.stats
            .reconciliation
            .iter()
            .find(|r| r.scope == Scope::Cohort(id.clone()) && r.metric == metric)
    };
    let target = |id: &Id| {
        f.stats
            .targets
            .iter()
            .find(|r| r.scope == Scope::Cohort(id.clone()) && r.metric == metric)
    };
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    let mut desc = Vec::new();
    for c in &f.site.cohorts {
        let id = &c.meta.id;
        let s = f
            .stats
            .by_cohort
            .get(id.as_str())
            .copied()
            .unwrap_or_default();
        let in_records = match metric {
            Metric::Ambassadors => s.ambassadors,
            _ => s.provinces_covered,
        };
        let label = f.txt(&c.title).text;
        let (r, t) = (reported(id), target(id));
        // In the records, reported, target: the bars there are, each
        // saying its value, and the description saying the same.
        let bars: Vec<Bar> = [
            Some(("chart.cohort.records", in_records, SERIES[0])),
            r.map(|r| ("chart.cohort.reported", r.reported, SERIES[1])),
            t.map(|t| ("chart.cohort.target", t.value, SERIES[2])),
        ]
        .into_iter()
        .flatten()
        .map(|(key, value, colour)| Bar {
            value,
            colour,
            text: f.fill(key, &[("n", &f.count(value))]),
        })
        .collect();
        let parts: Vec<String> = bars.iter().map(|b| b.text.clone()).collect();
        desc.push(f.fill(
            "chart.cohort.desc",
            &[("cohort", &label), ("parts", &f.list(&parts))],
        ));
        cells.push(vec![
            Cell::link(label.clone(), f.href(&Route::Cohort(id.clone()))),
            Cell::count(f, in_records),
            r.map_or_else(Cell::empty, |r| Cell::count(f, r.reported)),
            Cell::date(f, r.and_then(|r| r.as_of).as_ref()),
            t.map_or_else(Cell::empty, |t| Cell::count(f, t.value)),
        ]);
        rows.push(Row { label, bars });
    }
    // A key to the series that some cohort has.
    let legend = [
        ("chart.legend.records", SERIES[0]),
        ("chart.legend.reported", SERIES[1]),
        ("chart.legend.target", SERIES[2]),
    ]
    .into_iter()
    .filter(|(_, colour)| {
        rows.iter()
            .flat_map(|r: &Row| &r.bars)
            .any(|b| b.colour == *colour)
    })
    .map(|(key, colour)| (f.t(key), colour))
    .collect();
    let chart = Bars {
        rows,
        legend,
        reference: None,
    };
    let measure = f.metric(metric);
    Ok(Draft {
        name,
        key: name.into(),
        shared_table: None,
        caption: f.fill("chart.cohort.caption", &[("measure", &measure)]),
        desc: desc.join(" "),
        table: Table::new(
            f,
            &[
                "chart.col.cohort",
                "chart.col.in_records",
                "chart.col.reported",
                "chart.col.as_of",
                "chart.col.target",
            ],
            cells,
        ),
        svg: super::bars::draw(&chart)?,
        empty: f.fill("chart.cohort.empty", &[("measure", &measure)]),
    })
}
