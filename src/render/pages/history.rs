//! Render: a scope's figures' history (the site's on the figures page, a
//! cohort's on its page): a step chart of each main figure that moved,
//! and a table of every change, dated by its commit, with the records
//! that moved it; the changes whose content failed `check` listed apart.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::aggregate::Total;
use crate::aggregate::history::{Change, History, value_unknown};
use crate::load::Kind;
use crate::model::Id;
use crate::model::date::{PartialDate, parse_date};
use crate::render::charts::steps::{self, Steps};
use crate::render::urls::Route;
use crate::render::view::Fmt;

/// The history as a page shows it (the site's, a cohort's or a city's).
#[derive(Debug, Serialize)]
pub struct HistoryView {
    /// What was read, and from when to when.
    pub intro: String,
    /// Where the repository is a shallow clone: that the history is cut.
    pub shallow: Option<String>,
    pub charts: Vec<StepChart>,
    pub head: [String; 6],
    /// Which columns hold numbers.
    pub num: [bool; 6],
    pub rows: Vec<HistoryRow>,
    pub skipped: Vec<String>,
    /// `data/history.csv` and `history.json`, as links.
    pub csv: String,
    pub json: String,
}

#[derive(Debug, Serialize)]
pub struct StepChart {
    pub caption: String,
    pub svg: String,
}

/// One figure a change moved; `date` and `commit` only on the first of a
/// change's rows, which spans `span` rows (0 on the others).
#[derive(Debug, Serialize)]
pub struct HistoryRow {
    pub span: usize,
    pub date: String,
    pub commit: String,
    pub figure: String,
    pub old: String,
    pub new: String,
    pub by: Vec<RecordLink>,
}

#[derive(Debug, Serialize)]
pub struct RecordLink {
    pub text: String,
    pub href: Option<String>,
}

/// The figures drawn as step charts, in order, where they moved.
const SITE_CHARTS: [&str; 4] = [
    "projects",
    "project_value_thb",
    "cities_certified",
    "provinces_covered",
];
/// A cohort's or a city's.
const COHORT_CHARTS: [&str; 2] = ["projects", "project_value_thb"];

fn date(iso: &str) -> PartialDate {
    parse_date(iso).unwrap_or(PartialDate {
        year: 1970,
        month: None,
        day: None,
    })
}

impl Fmt<'_> {
    /// The history of `scope` (`site`, `cohort:ID` or `city:ID`), where
    /// there is any.
    pub fn history_of(&self, scope: &str) -> Option<HistoryView> {
        let history = self.history?;
        let changes: Vec<(usize, &Change)> = history
            .changes
            .iter()
            .enumerate()
            .filter(|(_, c)| c.moved.iter().any(|m| m.scope == scope))
            .collect();
        let site = scope == "site";
        if changes.is_empty() && (!site || history.skipped.is_empty()) {
            return None;
        }
        let mut rows = Vec::new();
        for (i, change) in &changes {
            let before = history.before(*i, scope);
            let after = change.figures.of(scope);
            let moved: Vec<_> = change.moved.iter().filter(|m| m.scope == scope).collect();
            for (n, m) in moved.iter().enumerate() {
                rows.push(HistoryRow {
                    span: if n == 0 { moved.len() } else { 0 },
                    date: if n == 0 {
                        self.date(&date(&change.commit.date))
                    } else {
                        String::new()
                    },
                    commit: if n == 0 {
                        change.commit.id[..7].to_string()
                    } else {
                        String::new()
                    },
                    figure: self.figure_name(&m.key),
                    old: self.figure_value(&m.key, m.old, before),
                    new: self.figure_value(&m.key, m.new, after),
                    by: if m.old.is_none() && m.by.is_empty() {
                        vec![RecordLink {
                            text: self.t("changes.first"),
                            href: None,
                        }]
                    } else {
                        m.by.iter().map(|r| self.record_link(r)).collect()
                    },
                });
            }
        }
        let charts = if site {
            &SITE_CHARTS[..]
        } else {
            &COHORT_CHARTS[..]
        };
        let charts = charts
            .iter()
            .filter_map(|key| self.step_chart(history, scope, key))
            .collect();
        let (first, last) = (changes.first(), changes.last());
        let intro = match (first, last) {
            (Some((_, a)), Some((_, b))) => self.fill(
                "changes.intro",
                &[
                    ("from", &self.date(&date(&a.commit.date))),
                    ("to", &self.date(&date(&b.commit.date))),
                    ("changes", &self.count(changes.len() as u64)),
                    ("commits", &self.count(history.commits as u64)),
                ],
            ),
            _ => self.t("changes.none"),
        };
        let oldest = history
            .changes
            .first()
            .map(|c| self.date(&date(&c.commit.date)));
        Some(HistoryView {
            intro,
            shallow: oldest
                .filter(|_| history.shallow)
                .map(|d| self.fill("changes.shallow", &[("date", &d)])),
            charts,
            head: [
                "changes.col.date",
                "changes.col.commit",
                "changes.col.figure",
                "changes.col.before",
                "changes.col.after",
                "changes.col.by",
            ]
            .map(|k| self.t(k)),
            num: [false, false, false, true, true, false],
            rows,
            skipped: if site {
                history
                    .skipped
                    .iter()
                    .map(|s| {
                        self.fill(
                            "changes.skipped_row",
                            &[
                                ("commit", &s.commit.id[..7]),
                                ("date", &self.date(&date(&s.commit.date))),
                                ("errors", &self.count(s.errors as u64)),
                            ],
                        )
                    })
                    .collect()
            } else {
                Vec::new()
            },
            csv: self.urls.root("data/history.csv"),
            json: self.urls.root("data/history.json"),
        })
    }

    /// A figure's name (`projects`, `status.certified`).
    fn figure_name(&self, key: &str) -> String {
        if let Some(status) = key.strip_prefix("status.") {
            return self.fill(
                "changes.areas_status",
                &[("status", &self.t(&format!("status.{status}")))],
            );
        }
        match key {
            "projects_without_value" => self.t("changes.projects_without_value"),
            "provinces_certified" => self.t("metric.certified_provinces"),
            _ => self.t(&format!("figures.totals.{key}")),
        }
    }

    /// A figure's value as the page writes it; a sum of values none of
    /// whose projects states one is said as unknown, not 0 baht.
    fn figure_value(
        &self,
        key: &str,
        value: Option<u64>,
        all: Option<&BTreeMap<String, u64>>,
    ) -> String {
        let Some(v) = value else {
            return "–".into();
        };
        match all {
            Some(all) if key.ends_with("value_thb") => {
                let get = |k: &str| all.get(k).copied().unwrap_or(0);
                self.total(Total {
                    projects: get("projects"),
                    value: v,
                    without_value: get("projects_without_value"),
                })
            }
            _ => self.count(v),
        }
    }

    /// A record named as the data tables name it (`projects/rayong-ev`):
    /// its id, linked to its page where the site has one.
    fn record_link(&self, named: &str) -> RecordLink {
        let (table, id) = named.split_once('/').unwrap_or(("", named));
        let kind = match table {
            "projects" => Some(Kind::Project),
            "cities" => Some(Kind::City),
            "cohorts" => Some(Kind::Cohort),
            _ => None,
        };
        let id = Id(id.to_string());
        let href = kind
            .filter(|k| self.site.meta_of(*k, &id).is_some())
            .and_then(|k| Route::record(k, id.clone()))
            .map(|r| self.href(&r));
        RecordLink { text: id.0, href }
    }

    /// The step chart of one figure of `scope`, where it moved after its
    /// first value.
    fn step_chart(&self, history: &History, scope: &str, key: &str) -> Option<StepChart> {
        let mut points: Vec<(f64, u64, &Change)> = Vec::new();
        for change in &history.changes {
            let Some(all) = change.figures.of(scope) else {
                continue;
            };
            let Some(v) = all.get(key).copied() else {
                continue;
            };
            if value_unknown(key, all) || points.last().is_some_and(|(_, last, _)| *last == v) {
                continue;
            }
            let d = date(&change.commit.date);
            points.push((crate::render::charts::year_fraction(&d), v, change));
        }
        if points.len() < 2 {
            return None;
        }
        let name = self.figure_name(key);
        let (first, last) = (points[0].2, points[points.len() - 1].2);
        let (from, to) = (
            self.date(&date(&first.commit.date)),
            self.date(&date(&last.commit.date)),
        );
        let caption = self.fill(
            "changes.chart",
            &[("figure", &name), ("from", &from), ("to", &to)],
        );
        let value = |v: u64| {
            if key.ends_with("value_thb") {
                crate::model::money::Baht(v).display(self.lang)
            } else {
                self.count(v)
            }
        };
        let desc = self.fill(
            "changes.chart_desc",
            &[
                ("figure", &name),
                ("first", &value(points[0].1)),
                ("last", &value(points[points.len() - 1].1)),
                ("from", &from),
                ("to", &to),
            ],
        );
        let scope_id = scope.replace(':', "-");
        let drawn = steps::draw(&Steps {
            id: format!("history-{scope_id}-{key}"),
            title: caption.clone(),
            desc,
            points: points.iter().map(|(x, v, _)| (*x, *v)).collect(),
            first: from,
            last: to,
            value: &value,
        });
        drawn.ok().flatten().map(|svg| StepChart { caption, svg })
    }
}
