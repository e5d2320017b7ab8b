//! Render: the figures page: every reported figure against the records.

use serde::Serialize;

use super::planner::*;
use super::rows::Stat;
use crate::render::charts::Chart;
use crate::render::charts::SiteChart;
use crate::render::urls::Route;
use crate::render::view::*;

impl<'a> Planner<'a> {
    pub(super) fn figures(&self) -> Planned {
        #[derive(Serialize)]
        struct Figures {
            rules: Vec<String>,
            figures: Vec<FigureRow>,
            targets: Vec<TargetRow>,
            totals: Vec<Stat>,
            chart: Chart,
            history: Option<super::history::HistoryView>,
        }
        let f = &self.f;
        let t = &f.stats.totals;
        let totals = [
            ("cities", f.count(t.cities)),
            ("cities_certified", f.count(t.cities_certified)),
            ("cohorts", f.count(t.cohorts)),
            ("projects", f.count(t.projects)),
            ("project_value_thb", f.total(t.total())),
            ("ambassadors", f.count(t.ambassadors)),
            ("provinces_covered", f.count(t.provinces_covered)),
            ("regions_covered", f.count(t.regions_covered)),
        ]
        .into_iter()
        .map(|(k, v)| Stat {
            label: f.t(&format!("figures.totals.{k}")),
            value: v,
        })
        .collect();
        let data = Figures {
            rules: [
                "rule_covered",
                "rule_multi",
                "rule_current",
                "rule_fiscal",
                "rule_share",
                "rule_reported_only",
                "rule_private",
            ]
            .iter()
            .map(|k| f.t(&format!("figures.{k}")))
            .collect(),
            figures: f
                .stats
                .reconciliation
                .iter()
                .filter_map(|r| f.figure(r))
                .collect(),
            targets: f.stats.targets.iter().filter_map(|r| f.target(r)).collect(),
            totals,
            chart: self.charts.site(SiteChart::ReportedVsRecords).clone(),
            history: f.history_of("site"),
        };
        self.page(
            Route::Figures,
            "figures.html",
            f.plain(f.t("figures.title")),
            data,
        )
    }
}
