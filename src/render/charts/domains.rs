//! Charts: projects by domain, and the smart-city areas and projects of each
//! province by domain.

use std::collections::BTreeMap;

use super::bars::{Bar, Bars, Row};
use super::draft::*;
use super::draw::{DrawError, SERIES};
use super::names::*;
use super::parts::*;
use super::table::*;
use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::render::view::Fmt;

pub(super) fn projects_by_domain(f: &Fmt<'_>) -> Result<Draft, DrawError> {
    let mut rows: Vec<(Domain, crate::aggregate::Money)> = Domain::ALL
        .iter()
        .map(|d| {
            (
                *d,
                f.stats.by_domain.get(d.key()).copied().unwrap_or_default(),
            )
        })
        .collect();
    // Most projects first; the domains' own order breaks ties.
    rows.sort_by_key(|(_, m)| {
        (
            std::cmp::Reverse(m.projects),
            std::cmp::Reverse(m.project_value_thb),
        )
    });
    let labelled: Vec<ProjectRow> = rows
        .iter()
        .map(|(d, m)| {
            let l = f.domain(*d);
            (l.text.text, Some(l.href), *m)
        })
        .collect();
    let (bars, table) = project_rows(f, "chart.col.domain", &labelled);
    let desc = leaders(
        f,
        &rows,
        |(_, m)| m.projects,
        |(d, _)| f.domain(*d).text.text,
        "domains",
    )
    .map(|(names, n, tied)| {
        f.fill(
            &tie_key("chart.domain.desc", tied),
            &[
                ("domain", &names),
                ("n", &f.count(n)),
                ("total", &f.count(f.stats.totals.projects)),
            ],
        )
    })
    .unwrap_or_default();
    Ok(Draft {
        name: SiteChart::ProjectsByDomain.key(),
        key: SiteChart::ProjectsByDomain.key().into(),
        shared_table: None,
        caption: f.t("chart.domain.caption"),
        desc,
        table,
        svg: super::bars::draw(&bars)?,
        empty: f.t("chart.no_projects"),
    })
}

pub(super) fn province_domains(f: &Fmt<'_>, p: ProvinceId) -> Result<Draft, DrawError> {
    let empty = BTreeMap::new();
    let tallies = f.stats.by_province_domain.get(p.code()).unwrap_or(&empty);
    let rows: Vec<(Domain, crate::aggregate::DomainTally)> = Domain::ALL
        .iter()
        .filter_map(|d| tallies.get(d.key()).map(|t| (*d, *t)))
        .collect();
    let name = f.province_name(p);
    let bars = Bars {
        rows: rows
            .iter()
            .map(|(d, t)| Row {
                label: f.domain(*d).text.text,
                bars: vec![
                    Bar {
                        value: t.cities,
                        colour: SERIES[0],
                        text: f.fill_n("chart.areas_n", t.cities, &[]),
                    },
                    Bar {
                        value: t.projects,
                        colour: SERIES[1],
                        text: f.fill_n("chart.projects_n", t.projects, &[]),
                    },
                ],
            })
            .collect(),
        legend: vec![
            (f.t("chart.legend.areas"), SERIES[0]),
            (f.t("chart.legend.projects"), SERIES[1]),
        ],
        reference: None,
    };
    let table = Table::new(
        f,
        &["chart.col.domain", "chart.col.cities", "chart.col.projects"],
        rows.iter()
            .map(|(d, t)| {
                let l = f.domain(*d);
                vec![
                    Cell::link(l.text.text, l.href),
                    Cell::count(f, t.cities),
                    Cell::count(f, t.projects),
                ]
            })
            .collect(),
    );
    let top = leaders(
        f,
        &rows,
        |(_, t)| t.cities + t.projects,
        |(d, _)| f.domain(*d).text.text,
        "domains",
    );
    let desc = top
        .map(|(names, n, tied)| {
            // Untied, the one domain's two counts; tied, the shared total.
            let (cities, projects) = rows
                .iter()
                .find(|(_, t)| t.cities + t.projects == n)
                .map_or((0, 0), |(_, t)| (t.cities, t.projects));
            f.fill(
                &tie_key("chart.province_domains.desc", tied),
                &[
                    ("province", &name),
                    ("domain", &names),
                    ("n", &f.count(n)),
                    ("cities", &f.count(cities)),
                    ("projects", &f.count(projects)),
                ],
            )
        })
        .unwrap_or_default();
    Ok(Draft {
        name: ProvinceChart::Domains.key(),
        key: ProvinceChart::Domains.key_of(p),
        shared_table: None,
        caption: f.fill("chart.province_domains.caption", &[("province", &name)]),
        desc,
        table,
        svg: super::bars::draw(&bars)?,
        empty: f.fill("chart.province_domains.empty", &[("province", &name)]),
    })
}
