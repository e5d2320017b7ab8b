//! Model: each kind of record: cohorts, cities, projects, ambassadors, news
//! and pages.

use std::collections::BTreeMap;

use super::resolver::*;
use crate::catalogue::Said;
use crate::diag::{Diagnostic, clip};
use crate::load::raw::list_items;
use crate::load::{Kind, RawDoc};
use crate::model::money::{MoneyError, parse_baht};
use crate::model::site::*;
use crate::text::is_unstated;

impl Resolver<'_> {
    pub(super) fn cohort(&mut self, doc: &RawDoc<crate::load::raw::RawCohort>) -> Option<Cohort> {
        let f = &doc.fields;
        let b = doc.block();
        let before = self.diags.error_count();
        let title = self.required(doc, f.title.as_ref(), "title", Kind::Cohort);
        let meta = self.meta(
            Kind::Cohort,
            doc,
            title,
            f.summary.as_ref(),
            f.sources.as_ref(),
        );
        let number = self
            .required(doc, f.number.as_ref(), "number", Kind::Cohort)
            .and_then(|n| self.count(&b, n, "number"));
        let started = self
            .required(doc, f.started.as_ref(), "started", Kind::Cohort)
            .and_then(|d| self.date(&b, d, "started"));
        let ended = f.ended.as_ref().and_then(|d| self.date(&b, d, "ended"));
        // Periods, not points: a cohort started 2022-08-24 may end "2022".
        if let (Some(s), Some(e), Some(written)) = (started, ended, f.ended.as_ref())
            && e.span().1 < s.span().0
        {
            self.error(b.said_at(
                written,
                "ended",
                Said::new("cohort-ends-before-start"),
                Said::new("cohort-ends-before-start-help").arg("started", s.iso()),
            ));
        }
        let planned = f
            .planned_ambassadors
            .as_ref()
            .and_then(|n| self.count(&b, n, "planned_ambassadors"));
        for r in f.reported.iter().flatten() {
            self.reported(&b, Scope::Cohort(Id(doc.id.clone())), r);
        }
        let (meta, title) = meta?;
        if self.diags.error_count() != before {
            return None;
        }
        Some(Cohort {
            meta,
            title: title?,
            number: number?,
            started: started?,
            ended,
            planned_ambassadors: planned,
            partners: texts(f.partners.as_ref()),
        })
    }

    pub(super) fn city(&mut self, doc: &RawDoc<crate::load::raw::RawCity>) -> Option<City> {
        let f = &doc.fields;
        let b = doc.block();
        let before = self.diags.error_count();
        let title = self.required(doc, f.title.as_ref(), "title", Kind::City);
        let meta = self.meta(
            Kind::City,
            doc,
            title,
            f.summary.as_ref(),
            f.sources.as_ref(),
        );
        let provinces = self
            .required(doc, f.province.as_ref(), "province", Kind::City)
            .map(|p| self.provinces(&b, p))
            .unwrap_or_default();
        let status = self
            .required(doc, f.status.as_ref(), "status", Kind::City)
            .and_then(|s| self.vocab::<CityStatus>(&b, s, "status"));
        let certified_on = f
            .certified_on
            .as_ref()
            .and_then(|d| self.date(&b, d, "certified_on"));
        let domains = self.domains(&b, f.domains.as_ref());
        let pilot = self.boolean(&b, f.pilot.as_ref(), "pilot");
        for r in f.reported.iter().flatten() {
            self.reported(&b, Scope::City(Id(doc.id.clone())), r);
        }
        let (meta, title) = meta?;
        if self.diags.error_count() != before {
            return None;
        }
        Some(City {
            meta,
            title: title?,
            provinces,
            status: status?,
            pilot,
            certified_on,
            domains,
        })
    }

    pub(super) fn project(
        &mut self,
        doc: &RawDoc<crate::load::raw::RawProject>,
    ) -> Option<Project> {
        let f = &doc.fields;
        let b = doc.block();
        let before = self.diags.error_count();
        let title = self.required(doc, f.title.as_ref(), "title", Kind::Project);
        let meta = self.meta(
            Kind::Project,
            doc,
            title,
            f.summary.as_ref(),
            f.sources.as_ref(),
        );
        let provinces = self
            .required(doc, f.province.as_ref(), "province", Kind::Project)
            .map(|p| self.provinces(&b, p))
            .unwrap_or_default();
        let written = self.required(doc, f.domains.as_ref(), "domains", Kind::Project);
        let domains = self.domains(&b, written);
        if let Some(written) = written
            && list_items(written).is_empty()
        {
            self.error(b.said_at(
                written,
                "domains",
                Said::new("project-no-domain"),
                Said::new("project-no-domain-help").said("choices", choices_said::<Domain>()),
            ));
        }
        // `ไม่ระบุ` or `-`: not known, as if the line were left out.
        let stated =
            |v: &&serde_saphyr::Spanned<crate::load::raw::Scalar>| !is_unstated(&v.value.0);
        let value_thb =
            f.value_thb
                .as_ref()
                .filter(stated)
                .and_then(|v| match parse_baht(&v.value.0) {
                    Ok(baht) => Some(baht),
                    Err(e) => {
                        let (message, help) = e.said();
                        let help = match e {
                            MoneyError::NotMoney => {
                                Said::new("money-unknown-help").said("how", help)
                            }
                            _ => help,
                        };
                        let message = Said::new("value-then")
                            .arg("value", clip(&v.value.0))
                            .said("message", message);
                        self.error(b.said_at(v, "value_thb", message, help));
                        None
                    }
                });
        let status = f
            .status
            .as_ref()
            .filter(|s| !is_unstated(&s.value))
            .and_then(|s| self.vocab::<ProjectStatus>(&b, s, "status"));
        let started = f
            .started
            .as_ref()
            .filter(stated)
            .and_then(|d| self.date(&b, d, "started"));
        let cohort = f
            .cohort
            .as_ref()
            .and_then(|c| self.reference(&b, c, Kind::Cohort, "cohort"));
        let city = f
            .city
            .as_ref()
            .and_then(|c| self.reference(&b, c, Kind::City, "city"));
        let ambassadors = self.refs(
            &b,
            f.ambassadors.as_ref(),
            "ambassadors",
            Some(Kind::Ambassador),
        );
        for r in f.reported.iter().flatten() {
            self.reported(&b, Scope::Project(Id(doc.id.clone())), r);
        }
        let (meta, title) = meta?;
        if self.diags.error_count() != before {
            return None;
        }
        Some(Project {
            meta,
            title: title?,
            provinces,
            domains,
            value_thb,
            status,
            started,
            cohort,
            city,
            ambassadors,
            partners: texts(f.partners.as_ref()),
        })
    }

    pub(super) fn ambassador(
        &mut self,
        doc: &RawDoc<crate::load::raw::RawAmbassador>,
    ) -> Option<Ambassador> {
        let f = &doc.fields;
        let b = doc.block();
        let before = self.diags.error_count();
        let meta = self.meta(
            Kind::Ambassador,
            doc,
            None,
            f.summary.as_ref(),
            f.sources.as_ref(),
        );
        let written = self.required(doc, f.name.as_ref(), "name", Kind::Ambassador);
        let name = written.map(|written| {
            let name = &written.value.0;
            let name = Text {
                th: name.th.trim().to_string(),
                en: name.en.as_deref().map(str::trim).map(str::to_string),
            };
            if name.th.is_empty() || name.en.as_deref() == Some("") {
                self.error(b.said_at(
                    written,
                    "name",
                    Said::new("name-empty"),
                    Said::new("name-empty-help"),
                ));
            }
            name
        });
        let province = self
            .required(doc, f.province.as_ref(), "province", Kind::Ambassador)
            .and_then(|p| self.province(&b, p, "province"));
        let cohort = self
            .required(doc, f.cohort.as_ref(), "cohort", Kind::Ambassador)
            .and_then(|c| self.reference(&b, c, Kind::Cohort, "cohort"));
        let public = self.boolean(&b, f.public.as_ref(), "public");
        let (meta, _) = meta?;
        if self.diags.error_count() != before {
            return None;
        }
        Some(Ambassador {
            meta,
            name: name?,
            cohort: cohort?,
            province: province?,
            public,
        })
    }

    pub(super) fn news(&mut self, doc: &RawDoc<crate::load::raw::RawNews>) -> Option<News> {
        let f = &doc.fields;
        let b = doc.block();
        let title = self.required(doc, f.title.as_ref(), "title", Kind::News);
        let meta = self.meta(
            Kind::News,
            doc,
            title,
            f.summary.as_ref(),
            f.sources.as_ref(),
        );
        let date = self
            .required(doc, f.date.as_ref(), "date", Kind::News)
            .and_then(|d| self.date(&b, d, "date"));
        let (meta, title) = meta?;
        Some(News {
            meta,
            title: title?,
            date: date?,
        })
    }

    pub(super) fn page(&mut self, doc: &RawDoc<crate::load::raw::RawPage>) -> Option<Page> {
        let f = &doc.fields;
        let b = doc.block();
        let title = self.required(doc, f.title.as_ref(), "title", Kind::Page);
        let meta = self.meta(Kind::Page, doc, title, f.summary.as_ref(), None);
        let order = match &f.order {
            Some(o) => self.count(&b, o, "order")?,
            None => 0,
        };
        let (meta, title) = meta?;
        Some(Page {
            meta,
            title: title?,
            order,
        })
    }

    pub(super) fn unique_cohort_numbers(&mut self, cohorts: &[Cohort]) {
        let mut seen: BTreeMap<u64, &str> = BTreeMap::new();
        for c in cohorts {
            if let Some(first) = seen.insert(c.number, &c.meta.path) {
                self.error(
                    Diagnostic::said(
                        &c.meta.path,
                        Said::new("cohort-number-taken")
                            .arg("number", c.number.to_string())
                            .arg("first", first),
                        Some(Said::new("cohort-number-taken-help")),
                    )
                    .field("number"),
                );
            }
        }
    }
}
