//! Charts: projects by domain.

use super::draft::*;
use super::draw::DrawError;
use super::names::*;
use super::parts::*;
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
        csv_key: None,
        caption: f.t("chart.domain.caption"),
        desc,
        table,
        svg: super::bars::draw(&bars)?,
        empty: f.t("chart.no_projects"),
    })
}
