//! Charts: projects by status and by fiscal year.

use super::draft::*;
use super::draw::DrawError;
use super::names::*;
use super::parts::*;
use super::table::*;
use crate::aggregate::UNSTATED;
use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::render::view::Fmt;

pub(super) fn projects_by_status(f: &Fmt<'_>) -> Result<Draft, DrawError> {
    let keys = ProjectStatus::ALL.iter().map(|s| s.key()).chain([UNSTATED]);
    let rows: Vec<ProjectRow> = keys
        .map(|k| {
            let label = if k == UNSTATED {
                f.t("unknown")
            } else {
                f.t(&format!("project_status.{k}"))
            };
            (
                label,
                None,
                f.stats
                    .projects_by_status
                    .get(k)
                    .copied()
                    .unwrap_or_default(),
            )
        })
        .collect();
    let (bars, table) = project_rows(f, "chart.col.status", &rows);
    let total = f.stats.totals.projects;
    let desc = leaders(
        f,
        &rows,
        |(_, _, m)| m.projects,
        |(label, _, _)| label.clone(),
        "statuses",
    )
    .map(|(names, n, tied)| {
        let values = [
            ("n", f.count(n)),
            ("total", f.count(total)),
            ("status", names),
        ];
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        // A tie is of two statuses or more, so of two projects or more.
        if tied {
            f.fill("chart.status.desc_tie", &values)
        } else {
            f.fill_counted("chart.status.desc", total, &values)
        }
    })
    .unwrap_or_default();
    Ok(Draft {
        name: SiteChart::ProjectsByStatus.key(),
        key: SiteChart::ProjectsByStatus.key().into(),
        shared_table: None,
        caption: f.t("chart.status.caption"),
        desc,
        table,
        svg: super::bars::draw(&bars)?,
        empty: f.t("chart.no_projects"),
    })
}

pub(super) fn projects_by_fiscal_year(f: &Fmt<'_>) -> Result<Draft, DrawError> {
    let years: Vec<(i32, crate::aggregate::Money)> = f
        .stats
        .by_fiscal_year
        .iter()
        .filter_map(|(fy, m)| Some((fy.parse().ok()?, *m)))
        .collect();
    // The table and the text name each year in full; the bars, short of
    // room, by its number.
    let mut rows: Vec<ProjectRow> = years
        .iter()
        .map(|(fy, m)| (f.fiscal_year(*fy), None, *m))
        .collect();
    let mut short: Vec<ProjectRow> = years
        .iter()
        .map(|(fy, m)| (f.fiscal_year_short(*fy), None, *m))
        .collect();
    let busiest = leaders(
        f,
        &rows,
        |(_, _, m)| m.projects,
        |(label, _, _)| label.clone(),
        "years",
    );
    let unknown = f.stats.fiscal_year_unknown;
    if unknown.projects > 0 {
        rows.push((f.t("chart.fiscal.unknown"), None, unknown));
        short.push((f.t("chart.fiscal.unknown"), None, unknown));
    }
    // In the CSV, each year's number beside its name.
    let numbers = years.iter().map(|(fy, _)| Some(*fy)).chain([None]);
    let table = project_table(
        f,
        "chart.col.fiscal_year",
        rows.iter()
            .zip(numbers)
            .map(|((label, _, m), fy)| (Cell::fiscal_year(label.clone(), fy), *m)),
    );
    let (bars, _) = project_rows(f, "chart.col.fiscal_year", &short);
    let mut desc = Vec::new();
    if let Some((names, n, tied)) = &busiest {
        desc.push(f.fill(
            &tie_key("chart.fiscal.desc", *tied),
            &[("year", names), ("n", &f.count(*n))],
        ));
    }
    if unknown.projects > 0 {
        desc.push(f.fill_n("chart.fiscal.desc_unknown", unknown.projects, &[]));
    }
    Ok(Draft {
        name: SiteChart::ProjectsByFiscalYear.key(),
        key: SiteChart::ProjectsByFiscalYear.key().into(),
        shared_table: None,
        caption: f.t("chart.fiscal.caption"),
        desc: desc.join(" "),
        table,
        svg: if busiest.is_some() {
            super::bars::draw(&bars)?
        } else {
            None
        },
        empty: f.t("chart.fiscal.empty"),
    })
}
