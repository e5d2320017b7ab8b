//! Render: the small pieces every template context is made of, formatted
//! for one language: text that knows when it fell back to Thai, links,
//! figures, dates, money and sources.

use std::collections::HashMap;

use serde::Serialize;

use crate::aggregate::{Reconciliation, Report, Stats, Total};
use crate::model::places::{Places, groups};
use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::render::urls::{Route, Urls};
use crate::text::group_thousands;
use crate::theme::Theme;

/// Text in the page's language, or in Thai with `lang: "th"` where it has
/// no translation, so that the template can mark the fragment.
#[derive(Debug, Clone, Serialize)]
pub struct Txt {
    pub text: String,
    pub lang: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub href: String,
    pub text: Txt,
}

/// A source, as cited under a figure or a record.
#[derive(Debug, Clone, Serialize)]
pub struct SourceRef {
    pub id: String,
    /// Its entry on the sources page.
    pub href: String,
    pub publisher: Txt,
    pub title: Txt,
    pub date: String,
    pub url: Option<String>,
}

/// One report of a figure.
#[derive(Debug, Clone, Serialize)]
pub struct ReportRow {
    pub value: String,
    pub as_of: Option<String>,
    pub source: SourceRef,
    pub note: Option<Txt>,
}

/// A reported figure beside what the records count.
#[derive(Debug, Clone, Serialize)]
pub struct FigureRow {
    /// The anchor on the figures page: `site-cities`.
    pub anchor: String,
    pub href: String,
    pub scope: Link,
    pub metric: String,
    pub reported: String,
    pub computed: String,
    /// As plain numbers, for machines (`data-` attributes): the scope's
    /// key, the metric's key, the report, and what the records itemise
    /// (empty where no kind of record does).
    pub scope_key: String,
    pub metric_key: &'static str,
    pub reported_value: u64,
    pub computed_value: String,
    pub verdict: &'static str,
    pub verdict_label: String,
    pub explanation: String,
    pub as_of: Option<String>,
    pub source: SourceRef,
    pub note: Option<Txt>,
    pub history: Vec<ReportRow>,
    pub disagreeing: Vec<ReportRow>,
    pub corroborating: Vec<ReportRow>,
}

/// A target, shown as announced.
#[derive(Debug, Clone, Serialize)]
pub struct TargetRow {
    /// Its anchor on the pages that list it: `target-cohort-sca-2-captains`.
    pub anchor: String,
    pub scope: Link,
    pub metric: String,
    pub value: String,
    pub as_of: Option<String>,
    pub source: SourceRef,
    pub note: Option<Txt>,
}

/// The site's [`Places`], and each scope's figures and targets, so that
/// a link or a scope's figures are found at once rather than by a scan
/// (a scan per project row made a page list grow with the square of the
/// site).
#[derive(Debug, Default)]
pub struct Lookup {
    pub places: Places,
    /// The places of a scope's entries in `stats.reconciliation` and
    /// `stats.targets`, in their order.
    figures: HashMap<Scope, Vec<usize>>,
    targets: HashMap<Scope, Vec<usize>>,
}

impl Lookup {
    pub fn new(site: &Site, stats: &Stats) -> Self {
        Lookup {
            places: Places::new(site),
            figures: groups(stats.reconciliation.iter().map(|r| Some(r.scope.clone()))),
            targets: groups(stats.targets.iter().map(|r| Some(r.scope.clone()))),
        }
    }
}

/// Every interface string filled with a count ([`Fmt::fill_n`],
/// [`Fmt::fill_counted`]): each has a `KEY_one` form beside `KEY`, which
/// English needs for `1 project` and Thai repeats.
pub const COUNTED: &[&str] = &[
    "cities.count",
    "cohorts.ambassadors_private",
    "projects.total",
    "data.bytes",
    "chart.projects_value",
    "chart.projects_value_partly",
    "chart.projects_n",
    "money.none_stated",
    "money.partly_stated",
    "chart.areas_n",
    "chart.value_projects",
    "chart.others",
    "chart.certified.desc_records",
    "chart.certified.desc_undated",
    "chart.status.desc",
    "chart.fiscal.desc_unknown",
    "chart.reconcile.desc_all",
    "chart.reconcile.desc",
    "chart.reconcile.desc_tie",
];

/// Formatting for one language of one site.
#[derive(Clone, Copy)]
pub struct Fmt<'a> {
    pub lang: Lang,
    pub site: &'a Site,
    pub stats: &'a Stats,
    pub theme: &'a Theme,
    pub urls: &'a Urls,
    pub lookup: &'a Lookup,
    /// The figures' history, where the content's repository gave one.
    pub history: Option<&'a crate::aggregate::history::History>,
}

impl Fmt<'_> {
    pub fn t(&self, key: &str) -> String {
        self.theme.t(self.lang, key)
    }

    /// The string `key` with `{name}` filled in.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut s = self.t(key);
        for (name, value) in values {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }

    /// As `fill`, for a sentence about `n` of something, `n` filling
    /// `{n}`: see [`Fmt::fill_counted`].
    pub fn fill_n(&self, key: &str, n: u64, values: &[(&str, &str)]) -> String {
        let count = self.count(n);
        let mut all = vec![("n", count.as_str())];
        all.extend_from_slice(values);
        self.fill_counted(key, n, &all)
    }

    /// As `fill`, for a sentence whose noun goes with the count `n`
    /// (`{n} of {total} projects` goes with the total): the string
    /// `KEY_one` where `n` is 1 and the theme has one (English does;
    /// Thai, which has no plural, repeats the other). `key` must be one
    /// of [`COUNTED`], which the default theme has in both forms.
    pub fn fill_counted(&self, key: &str, n: u64, values: &[(&str, &str)]) -> String {
        debug_assert!(
            COUNTED.contains(&key),
            "`{key}` is filled with a count: add it and `{key}_one` to COUNTED and the theme"
        );
        let one = format!("{key}_one");
        let key = if n == 1 && self.t(&one) != one {
            one.as_str()
        } else {
            key
        };
        self.fill(key, values)
    }

    /// Names joined as a list in the page's language: `A, B and C`.
    pub fn list(&self, names: &[String]) -> String {
        match names {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => self.fill(
                "list_and",
                &[("init", &init.join(&self.t("list_sep"))), ("last", last)],
            ),
        }
    }

    pub fn txt(&self, text: &Text) -> Txt {
        match (self.lang, &text.en) {
            (Lang::En, None) => Txt {
                text: text.th.clone(),
                lang: Some("th"),
            },
            _ => Txt {
                text: text.get(self.lang).to_string(),
                lang: None,
            },
        }
    }

    /// Text that is the same in both languages (a name, a code).
    pub fn plain(&self, s: impl Into<String>) -> Txt {
        Txt {
            text: s.into(),
            lang: None,
        }
    }

    pub fn href(&self, route: &Route) -> String {
        self.urls.href(self.lang, route)
    }

    pub fn link(&self, route: Route, text: Txt) -> Link {
        Link {
            href: self.href(&route),
            text,
        }
    }

    pub fn count(&self, n: u64) -> String {
        group_thousands(n)
    }

    pub fn money(&self, baht: u64) -> String {
        Baht(baht).display(self.lang)
    }

    pub fn date(&self, d: &PartialDate) -> String {
        d.format(self.lang)
    }

    /// `part` of `whole` as a per cent with one decimal ([`share_tenths`]):
    /// `66.7`; `None` of nothing.
    pub fn share(&self, part: u64, whole: u64) -> Option<String> {
        share_tenths(part, whole).map(|t| format!("{}.{}", group_thousands(t / 10), t % 10))
    }

    /// A total of project values that says what it is over: `12.5 ล้านบาท`
    /// where every project states a value; `ไม่ระบุมูลค่า` where none does;
    /// else the value and how many projects it is from.
    pub fn total(&self, t: Total) -> String {
        total_text(self.theme, self.lang, t)
    }

    /// A Thai fiscal year, named by its Buddhist-era year `fy`, with the
    /// months it runs: `FY 2567 (Oct 2023 – Sep 2024)`, `ปีงบประมาณ 2567
    /// (ต.ค. 2566 – ก.ย. 2567)`. Tables and text say it so.
    pub fn fiscal_year(&self, fy: i32) -> String {
        let ce_offset = match self.lang {
            Lang::Th => 0,
            Lang::En => crate::model::date::BE_OFFSET,
        };
        self.fill(
            "fiscal_year.full",
            &[
                ("fy", &fy.to_string()),
                ("from", &(fy - 1 - ce_offset).to_string()),
                ("to", &(fy - ce_offset).to_string()),
            ],
        )
    }

    /// [`Fmt::fiscal_year`] without its months, where space is short (a
    /// chart's labels): `FY 2567`, `ปีงบประมาณ 2567`.
    pub fn fiscal_year_short(&self, fy: i32) -> String {
        self.fill("fiscal_year.short", &[("fy", &fy.to_string())])
    }

    pub fn value(&self, metric: Metric, v: u64) -> String {
        match metric {
            Metric::ValueThb => self.money(v),
            _ => self.count(v),
        }
    }

    pub fn province_name(&self, p: ProvinceId) -> String {
        let p = p.get();
        match self.lang {
            Lang::Th => p.name_th.clone(),
            Lang::En => p.name_en.clone(),
        }
    }

    pub fn province(&self, p: ProvinceId) -> Link {
        self.link(Route::Province(p), self.plain(self.province_name(p)))
    }

    pub fn domain(&self, d: Domain) -> Link {
        self.link(
            Route::Domain(d),
            self.plain(self.t(&format!("domain.{}", d.key()))),
        )
    }

    pub fn city(&self, id: &Id) -> Option<Link> {
        let c = self.lookup.places.city(self.site, id)?;
        Some(self.link(Route::City(id.clone()), self.txt(&c.title)))
    }

    pub fn cohort(&self, id: &Id) -> Option<Link> {
        let c = self.lookup.places.cohort(self.site, id)?;
        Some(self.link(Route::Cohort(id.clone()), self.txt(&c.title)))
    }

    pub fn project(&self, id: &Id) -> Option<Link> {
        let p = self.lookup.places.project(self.site, id)?;
        Some(self.link(Route::Project(id.clone()), self.txt(&p.title)))
    }

    pub fn source(&self, id: &Id) -> Option<SourceRef> {
        let s = self.lookup.places.source(self.site, id)?;
        Some(SourceRef {
            id: s.id.0.clone(),
            href: format!("{}#source-{}", self.href(&Route::Sources), s.id),
            publisher: self.txt(&s.publisher),
            title: self.txt(&s.title),
            date: self.date(&s.date),
            url: s.url.clone(),
        })
    }

    pub fn sources(&self, ids: &[Id]) -> Vec<SourceRef> {
        ids.iter().filter_map(|id| self.source(id)).collect()
    }

    pub fn scope(&self, scope: &Scope) -> Link {
        let found = match scope {
            Scope::Site => None,
            Scope::Cohort(id) => self.cohort(id),
            Scope::City(id) => self.city(id),
            Scope::Project(id) => self.project(id),
        };
        found.unwrap_or_else(|| Link {
            href: self.href(&Route::Home),
            text: self.plain(self.t("scope.site")),
        })
    }

    pub fn metric(&self, m: Metric) -> String {
        self.t(&format!("metric.{}", m.key()))
    }

    fn report_row(&self, r: &Report) -> Option<ReportRow> {
        Some(ReportRow {
            value: self.value(r.metric, r.value),
            as_of: r.as_of.as_ref().map(|d| self.date(d)),
            source: self.source(&r.source)?,
            note: r.note.as_ref().map(|n| self.txt(n)),
        })
    }

    /// `site-cities`, `cohort-sca-1-projects`: a figure's anchor.
    pub fn anchor(scope: &Scope, metric: Metric) -> String {
        format!("{}-{}", scope.key().replace(':', "-"), metric.key())
    }

    /// A target's anchor: `target-cohort-sca-2-captains`.
    pub fn target_anchor(scope: &Scope, metric: Metric) -> String {
        format!("target-{}", Self::anchor(scope, metric))
    }

    pub fn figure(&self, r: &Reconciliation) -> Option<FigureRow> {
        let reported = self.value(r.metric, r.reported);
        let computed = match (r.computed, r.total) {
            (_, Some(total)) => self.total(total),
            (Some(v), None) => self.value(r.metric, v),
            (None, None) => self.t("figures.not_itemised"),
        };
        let verdict = r.verdict.key();
        let anchor = Self::anchor(&r.scope, r.metric);
        Some(FigureRow {
            href: format!("{}#{anchor}", self.href(&Route::Figures)),
            anchor,
            scope: self.scope(&r.scope),
            metric: self.metric(r.metric),
            scope_key: r.scope.key(),
            metric_key: r.metric.key(),
            reported_value: r.reported,
            computed_value: r
                .computed
                .filter(|_| r.total.is_none_or(|t| t.known()))
                .map_or_else(String::new, |c| c.to_string()),
            verdict,
            verdict_label: self.t(&format!("verdict.{verdict}")),
            explanation: self.fill(
                &format!("verdict_text.{verdict}"),
                &[("reported", &reported), ("computed", &computed)],
            ),
            reported,
            computed,
            as_of: r.as_of.as_ref().map(|d| self.date(d)),
            source: self.source(&r.source)?,
            note: r.note.as_ref().map(|n| self.txt(n)),
            history: r
                .history
                .iter()
                .filter_map(|h| self.report_row(h))
                .collect(),
            disagreeing: r
                .disagreeing
                .iter()
                .filter_map(|h| self.report_row(h))
                .collect(),
            corroborating: r
                .corroborating
                .iter()
                .filter_map(|h| self.report_row(h))
                .collect(),
        })
    }

    /// The reconciled figures of one scope.
    pub fn figures_of(&self, scope: &Scope) -> Vec<FigureRow> {
        let at = self.lookup.figures.get(scope).map_or(&[][..], |v| v);
        at.iter()
            .filter_map(|i| self.figure(&self.stats.reconciliation[*i]))
            .collect()
    }

    pub fn target(&self, r: &Report) -> Option<TargetRow> {
        Some(TargetRow {
            anchor: Self::target_anchor(&r.scope, r.metric),
            scope: self.scope(&r.scope),
            metric: self.metric(r.metric),
            value: self.value(r.metric, r.value),
            as_of: r.as_of.as_ref().map(|d| self.date(d)),
            source: self.source(&r.source)?,
            note: r.note.as_ref().map(|n| self.txt(n)),
        })
    }

    pub fn targets_of(&self, scope: &Scope) -> Vec<TargetRow> {
        let at = self.lookup.targets.get(scope).map_or(&[][..], |v| v);
        at.iter()
            .filter_map(|i| self.target(&self.stats.targets[*i]))
            .collect()
    }
}

/// A key that sorts Thai words as a Thai dictionary does: a leading
/// vowel (เ แ โ ใ ไ) sorts after the consonant it is written before, and
/// tone marks, the shortener ็ and the silencer ์ only break ties.
pub fn sort_key(s: &str) -> String {
    let chars: Vec<char> = s.to_lowercase().chars().collect();
    let mut primary = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if ('\u{0E40}'..='\u{0E44}').contains(&c) && i + 1 < chars.len() {
            primary.push(chars[i + 1]);
            primary.push(c);
            i += 2;
        } else {
            primary.push(c);
            i += 1;
        }
    }
    let primary: String = primary
        .chars()
        .filter(|c| !('\u{0E47}'..='\u{0E4C}').contains(c))
        .collect();
    format!("{primary}\u{0}{s}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_leading_vowels_sort_after_their_consonant() {
        let mut words = vec![
            "เชียงราย",
            "ขอนแก่น",
            "แม่เมาะ",
            "กระบี่",
            "นครราชสีมา",
            "เล็ก",
            "ล้าน",
            "ลาน",
        ];
        words.sort_by_cached_key(|w| sort_key(w));
        assert_eq!(
            words,
            [
                "กระบี่",
                "ขอนแก่น",
                "เชียงราย",
                "นครราชสีมา",
                "แม่เมาะ",
                "ลาน",
                "ล้าน",
                "เล็ก"
            ]
        );
    }
}

/// [`Fmt::total`], for those who have the theme but no [`Fmt`] (a
/// shortcode in a record's text).
pub fn total_text(theme: &Theme, lang: Lang, t: Total) -> String {
    let money = |v: u64| Baht(v).display(lang);
    if t.without_value == 0 {
        return money(t.value);
    }
    // `KEY_one` where there is one project and the theme has the form.
    let n_key = |key: &str| {
        let one = format!("{key}_one");
        if t.projects == 1 && theme.t(lang, &one) != one {
            theme.t(lang, &one)
        } else {
            theme.t(lang, key)
        }
    };
    if !t.known() {
        return n_key("money.none_stated").replace("{n}", &group_thousands(t.projects));
    }
    n_key("money.partly_stated")
        .replace("{n}", &group_thousands(t.projects))
        .replace("{value}", &money(t.value))
        .replace("{valued}", &group_thousands(t.projects - t.without_value))
        .replace("{without}", &group_thousands(t.without_value))
}

/// `part` of `whole` in tenths of a per cent, rounded half up (20 of 30 is
/// 666.67 tenths, so 667: 66.7 %), except that a share short of the whole
/// never reads 100 % and a share above nothing never reads 0 %: the rule
/// the figures page states. `None` where `whole` is 0.
pub fn share_tenths(part: u64, whole: u64) -> Option<u64> {
    if whole == 0 {
        return None;
    }
    let (part, whole) = (u128::from(part), u128::from(whole));
    let rounded = (part * 2000 + whole) / (whole * 2);
    let rounded = if part < whole && rounded >= 1000 {
        999
    } else if part > 0 && rounded == 0 {
        1
    } else {
        rounded
    };
    Some(u64::try_from(rounded).unwrap_or(u64::MAX))
}

#[cfg(test)]
mod share_tests {
    use super::share_tenths;

    #[test]
    fn shares_round_half_up_and_never_claim_all_or_nothing() {
        let cases = [
            ((20, 30), Some(667)),
            ((18, 32), Some(563)),
            ((18, 23), Some(783)),
            ((1, 8), Some(125)),
            ((1, 16), Some(63)),
            ((0, 58), Some(0)),
            ((30, 30), Some(1000)),
            ((9999, 10000), Some(999)),
            ((1, 100_000), Some(1)),
            ((45, 30), Some(1500)),
            ((3, 0), None),
            ((u64::MAX, u64::MAX), Some(1000)),
        ];
        for ((part, whole), want) in cases {
            assert_eq!(share_tenths(part, whole), want, "{part} of {whole}");
        }
    }
}
