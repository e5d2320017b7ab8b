//! Charts: what several charts are made of: leaders, tie marks, years, project
//! rows and their tables.

use super::bars::{Bar, Bars, Row};
use super::draw::SERIES;
use super::table::*;
use crate::aggregate::Total;
use crate::model::date::BE_OFFSET;
use crate::model::*;
use crate::render::view::Fmt;

/// The names that share the largest value, for a sentence: listed where
/// there are up to three (`A and B`), else counted (`4 domains`); and
/// whether they are tied, to pick the sentence that says so.
pub(super) fn leaders<T>(
    f: &Fmt<'_>,
    items: &[T],
    value: impl Fn(&T) -> u64,
    name: impl Fn(&T) -> String,
    what: &str,
) -> Option<(String, u64, bool)> {
    let top = items.iter().map(&value).max().filter(|v| *v > 0)?;
    let names: Vec<String> = items.iter().filter(|i| value(i) == top).map(name).collect();
    let tied = names.len() > 1;
    let text = if names.len() > 3 {
        f.fill(
            "chart.tied",
            &[
                ("n", &f.count(names.len() as u64)),
                ("what", &f.t(&format!("chart.tied_what.{what}"))),
            ],
        )
    } else {
        f.list(&names)
    };
    Some((text, top, tied))
}

/// `key`, or `key_tie` where the leaders are tied.
pub(super) fn tie_key(key: &str, tied: bool) -> String {
    if tied {
        format!("{key}_tie")
    } else {
        key.to_string()
    }
}

/// A year as the page's language counts it: 2565 in Thai, 2022 in English.
pub(super) fn year(f: &Fmt<'_>, ce: i32) -> String {
    match f.lang {
        Lang::Th => (ce + BE_OFFSET).to_string(),
        Lang::En => ce.to_string(),
    }
}

/// `3 projects · THB 120 million`; `4 projects · THB 120 million from 3`
/// where some state no value; `2 projects` where none does.
pub(super) fn projects_and_value(f: &Fmt<'_>, t: Total) -> String {
    if !t.known() {
        f.fill_n("chart.projects_n", t.projects, &[])
    } else if t.without_value > 0 {
        let valued = f.count(t.projects - t.without_value);
        f.fill_n(
            "chart.projects_value_partly",
            t.projects,
            &[("value", &f.money(t.value)), ("valued", &valued)],
        )
    } else {
        f.fill_n(
            "chart.projects_value",
            t.projects,
            &[("value", &f.money(t.value))],
        )
    }
}

pub(super) fn short(f: &Fmt<'_>, p: ProvinceId) -> String {
    match f.lang {
        Lang::Th => p.get().short_th.clone(),
        Lang::En => p.get().short_en.clone(),
    }
}

/// A row of a chart of projects: its label, the page it links to in the
/// table, and the projects' count and value.
pub(super) type ProjectRow = (String, Option<String>, crate::aggregate::Money);

/// Bars of a count of projects with their value, one row per label, and
/// the same as a table.
pub(super) fn project_rows(f: &Fmt<'_>, first_col: &str, rows: &[ProjectRow]) -> (Bars, Table) {
    let bars = Bars {
        rows: rows
            .iter()
            .map(|(label, _, m)| Row {
                label: label.clone(),
                bars: vec![Bar {
                    value: m.projects,
                    colour: SERIES[0],
                    text: projects_and_value(f, m.total()),
                }],
            })
            .collect(),
        legend: Vec::new(),
        reference: None,
    };
    let table = project_table(
        f,
        first_col,
        rows.iter()
            .map(|(label, href, m)| (Cell::label(label.clone(), href.clone()), *m)),
    );
    (bars, table)
}

/// A table of projects and their value, one row per first cell.
pub(super) fn project_table(
    f: &Fmt<'_>,
    first_col: &str,
    rows: impl Iterator<Item = (Cell, crate::aggregate::Money)>,
) -> Table {
    Table::new(
        f,
        &[
            first_col,
            "chart.col.projects",
            "chart.col.value",
            "chart.col.without_value",
        ],
        rows.map(|(first, m)| {
            vec![
                first,
                Cell::count(f, m.projects),
                Cell::total(f, m.total()),
                Cell::count(f, m.projects_without_value),
            ]
        })
        .collect(),
    )
}
