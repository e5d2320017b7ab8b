//! Render: the list of provinces and each province's page.

use serde::Serialize;

use super::paging::*;
use super::planner::*;
use super::rows::*;
use crate::model::province::Region6;
use crate::model::*;
use crate::render::charts::Chart;
use crate::render::charts::ProvinceChart;
use crate::render::urls::Route;
use crate::render::view::*;

impl<'a> Planner<'a> {
    pub(super) fn provinces(&self) -> Vec<Planned> {
        #[derive(Serialize)]
        struct Row {
            href: String,
            name: String,
            code: &'static str,
            projects: String,
            value: String,
            cities: String,
            ambassadors: String,
            has_records: bool,
        }
        #[derive(Serialize)]
        struct Region {
            key: &'static str,
            label: String,
            covered: String,
            provinces: Vec<Row>,
        }
        #[derive(Serialize)]
        struct List {
            covered: String,
            regions: Vec<Region>,
        }
        #[derive(Serialize)]
        struct One {
            name: String,
            other_name: Txt,
            other_lang: &'static str,
            code: &'static str,
            region: Link,
            has_records: bool,
            stats: Vec<Stat>,
            cities: Vec<CityRow>,
            projects: Vec<tera::Value>,
            pager: Option<Pager>,
            locator: Chart,
            domains: Chart,
            ambassadors: Vec<AmbassadorRow>,
            private_note: Option<String>,
        }
        let f = &self.f;

        let regions = Region6::ALL
            .iter()
            .map(|r| {
                let mut provinces: Vec<Row> = ProvinceId::all()
                    .filter(|p| p.get().region6 == *r)
                    .map(|p| {
                        let s = f.stats.province(p);
                        Row {
                            href: f.href(&Route::Province(p)),
                            name: f.province_name(p),
                            code: p.code(),
                            projects: f.count(s.projects),
                            value: f.total(s.total()),
                            cities: f.count(s.cities),
                            ambassadors: f.count(s.ambassadors),
                            has_records: s.records() > 0,
                        }
                    })
                    .collect();
                provinces.sort_by_cached_key(|row| sort_key(&row.name));
                let rs = f.stats.by_region.get(r.key()).copied().unwrap_or_default();
                Region {
                    key: r.key(),
                    label: f.t(&format!("region.{}", r.key())),
                    covered: f.fill(
                        "provinces.covered",
                        &[
                            ("covered", &f.count(rs.provinces_covered)),
                            ("total", &f.count(rs.provinces)),
                        ],
                    ),
                    provinces,
                }
            })
            .collect();
        let covered = f.fill(
            "provinces.covered",
            &[
                ("covered", &f.count(f.stats.totals.provinces_covered)),
                ("total", &f.count(f.stats.provinces_total as u64)),
            ],
        );
        let mut out = vec![self.page(
            Route::Provinces,
            "provinces.html",
            f.plain(f.t("provinces.title")),
            List { covered, regions },
        )];
        for p in ProvinceId::all() {
            let info = p.get();
            let s = f.stats.province(p);
            let projects: Vec<&Project> = f
                .site
                .projects
                .iter()
                .filter(|x| x.provinces.contains(&p))
                .collect();
            let (ambassadors, private_note) =
                self.ambassador_rows(f.site.ambassadors.iter().filter(|a| a.province == p));
            let (other_name, other_lang) = match f.lang {
                Lang::Th => (info.name_en.clone(), "en"),
                Lang::En => (info.name_th.clone(), "th"),
            };
            let stats = vec![
                Stat {
                    label: f.t("field.cities"),
                    value: f.count(s.cities),
                },
                Stat {
                    label: f.t("field.projects"),
                    value: f.count(s.projects),
                },
                Stat {
                    label: f.t("field.value"),
                    // Projects whose value no source states are not "0 baht".
                    value: f.total(s.total()),
                },
                Stat {
                    label: f.t("field.ambassadors"),
                    value: f.count(s.ambassadors),
                },
            ];
            let paged = self.paged(
                &Route::Province(p),
                self.sorted_projects(projects.iter().copied()),
            );
            let data = One {
                name: f.province_name(p),
                other_name: Txt {
                    text: other_name,
                    lang: Some(other_lang),
                },
                other_lang,
                code: p.code(),
                region: Link {
                    href: format!("{}#{}", f.href(&Route::Provinces), info.region6.key()),
                    text: f.plain(f.t(&format!("region.{}", info.region6.key()))),
                },
                has_records: s.records() > 0,
                stats,
                cities: self
                    .sorted_cities(f.site.cities.iter().filter(|c| c.provinces.contains(&p))),
                projects: paged.rows,
                pager: paged.pager,
                locator: self.province_chart(ProvinceChart::Locator, p),
                domains: self.province_chart(ProvinceChart::Domains, p),
                ambassadors,
                private_note,
            };
            let mut page = self.page(
                Route::Province(p),
                "province.html",
                f.plain(f.province_name(p)),
                data,
            );
            page.crumbs = vec![self.crumb(Route::Provinces, "provinces.title")];
            page.keywords = keywords(&[p]);
            let more = self.more(&page, paged.rest);
            out.push(page);
            out.extend(more);
        }
        out
    }
}
