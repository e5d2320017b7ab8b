//! Model: figures that cannot be true. A count of provinces past the 77
//! Thailand has, a figure reported as of a day after the build, and project
//! values whose sum is past what a figure can hold are errors at the line
//! that makes them so, so that `aggregate` never sees them.

use serde_saphyr::Spanned;

use crate::catalogue::Said;
use crate::diag::{Diagnostic, clip};
use crate::load::RawSite;
use crate::load::raw::Scalar;
use crate::load::yaml::Block;
use crate::model::date::{PartialDate, civil_from_days, parse_date};
use crate::model::money::parse_baht;
use crate::model::province::registry;
use crate::model::vocab::Metric;
use crate::model::vocab::Vocabulary;
use crate::text::group_thousands;

/// The build's date is the day in Thailand (UTC+7, no daylight saving) at
/// the moment `SOURCE_DATE_EPOCH` gives.
const THAILAND_OFFSET_SECS: u64 = 7 * 3600;

/// The day a build is made: no figure can be reported as of a later day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildDate {
    pub date: PartialDate,
    pub from: DateFrom,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateFrom {
    /// `SOURCE_DATE_EPOCH`, seconds since 1970 (reproducible-builds.org).
    Epoch(u64),
    /// The latest date the content gives (reports' `as_of` aside), and the
    /// file that gives it.
    Content(String),
}

impl BuildDate {
    /// `SOURCE_DATE_EPOCH` where it is set and valid, else the latest date
    /// the content gives other than the reported figures' `as_of`: news'
    /// `date`, sources' `date`, cities' `certified_on`, projects' `started`,
    /// cohorts' `started` and `ended`. `None` where there is neither.
    pub fn new(epoch: Option<u64>, raw: &RawSite) -> Option<BuildDate> {
        match epoch.and_then(epoch_date) {
            Some(date) => Some(BuildDate {
                date,
                from: DateFrom::Epoch(epoch?),
            }),
            None => latest_in(raw),
        }
    }

    /// Whether `d` is after the build's date: where either is partial
    /// (`2022`, `2022-08`), only when the earliest day `d` may be is after
    /// the latest day the build's date may be.
    pub fn is_before(&self, d: &PartialDate) -> bool {
        d.span().0 > self.date.span().1
    }

    /// `2024-06-30, from SOURCE_DATE_EPOCH (1719705600)`, or `the latest
    /// date in the content, 2022-08-24 in `content/sources.yaml``.
    pub fn describe(&self) -> Said {
        let date = self.date.iso();
        match &self.from {
            DateFrom::Epoch(secs) => Said::new("build-date-epoch")
                .arg("date", date)
                .arg("secs", secs.to_string()),
            DateFrom::Content(path) => Said::new("build-date-content")
                .arg("date", date)
                .arg("path", path.as_str()),
        }
    }
}

/// `SOURCE_DATE_EPOCH` as the specification defines it: a whole number of
/// seconds since 1970-01-01 00:00 UTC, digits only. `Err` holds the value
/// where it is set but not that; an empty value counts as unset.
pub fn parse_epoch(value: Option<&str>) -> Result<Option<u64>, String> {
    let Some(v) = value.filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let secs = v
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| v.parse::<u64>().ok())
        .flatten();
    match secs {
        Some(secs) if epoch_date(secs).is_some() => Ok(Some(secs)),
        // As set, spaces too: `clip` would trim them.
        _ if v.chars().count() > 60 => Err(format!("{}…", v.chars().take(60).collect::<String>())),
        _ => Err(v.to_string()),
    }
}

/// The day in Thailand `secs` after 1970 began; `None` past the years a
/// date may have.
fn epoch_date(secs: u64) -> Option<PartialDate> {
    let days = i64::try_from(secs.checked_add(THAILAND_OFFSET_SECS)? / 86_400).ok()?;
    let (y, m, d) = civil_from_days(days);
    let written = format!("{y:04}-{m:02}-{d:02}");
    parse_date(&written).ok()
}

/// The latest date the content gives (by the last day it may be; of
/// equally late dates, the most precise, then the first file), and where.
fn latest_in(raw: &RawSite) -> Option<BuildDate> {
    let mut dates: Vec<(&Spanned<Scalar>, &str)> = Vec::new();
    if let Some(doc) = &raw.sources {
        let path = doc.file.path.as_str();
        dates.extend(doc.fields.0.iter().map(|(_, s)| (&s.date, path)));
    }
    for doc in &raw.cohorts {
        let path = doc.file.path.as_str();
        dates.extend(doc.fields.started.iter().map(|d| (d, path)));
        dates.extend(doc.fields.ended.iter().map(|d| (d, path)));
    }
    for doc in &raw.cities {
        let path = doc.file.path.as_str();
        dates.extend(doc.fields.certified_on.iter().map(|d| (d, path)));
    }
    for doc in &raw.projects {
        let path = doc.file.path.as_str();
        dates.extend(doc.fields.started.iter().map(|d| (d, path)));
    }
    for doc in &raw.news {
        dates.extend(doc.fields.date.iter().map(|d| (d, doc.file.path.as_str())));
    }
    let mut best: Option<(PartialDate, &str)> = None;
    for (written, path) in dates {
        let Ok(date) = parse_date(&written.value.0) else {
            continue;
        };
        let later = best.is_none_or(|(b, b_path)| {
            let (this, that) = ((date.span().1, date), (b.span().1, b));
            this > that || (this == that && path < b_path)
        });
        if later {
            best = Some((date, path));
        }
    }
    best.map(|(date, path)| BuildDate {
        date,
        from: DateFrom::Content(path.to_string()),
    })
}

/// A count of provinces (`provinces`, `certified_provinces`) past the
/// number Thailand has.
pub fn provinces(
    b: &Block<'_>,
    metric: Metric,
    value: u64,
    written: &Spanned<Scalar>,
) -> Option<Diagnostic> {
    let all = registry().len() as u64;
    let counts_provinces = matches!(metric, Metric::Provinces | Metric::CertifiedProvinces);
    (counts_provinces && value > all).then(|| {
        b.said_at(
            written,
            "value",
            Said::new("bounds-provinces")
                .arg("metric", metric.key())
                .arg("value", group_thousands(value))
                .arg("all", all.to_string()),
            Said::new("bounds-provinces-help").arg("all", all.to_string()),
        )
    })
}

/// A figure reported as of a day after the build.
pub fn as_of(
    b: &Block<'_>,
    build: &BuildDate,
    as_of: &PartialDate,
    written: &Spanned<Scalar>,
    source: &Spanned<String>,
) -> Option<Diagnostic> {
    build.is_before(as_of).then(|| {
        b.said_at(
            written,
            "as_of",
            Said::new("bounds-as-of")
                .arg("date", as_of.iso())
                .said("build", build.describe()),
            Said::new("bounds-as-of-help").arg("source", clip(&source.value)),
        )
    })
}

/// Project values are summed into figures of 64 bits (at most
/// 18,446,744,073,709,551,615 baht). Taken in file order, the project
/// whose `value_thb` takes the total past that is an error; the values
/// are read again here, so that the sum counts every value that can be
/// read, whatever else is wrong with its record.
pub fn total_value(raw: &RawSite) -> Option<Diagnostic> {
    let values = raw.projects.iter().filter_map(|doc| {
        let written = doc.fields.value_thb.as_ref()?;
        let baht = parse_baht(&written.value.0).ok()?;
        Some(((doc, written), baht.0))
    });
    let ((doc, written), before) = past_the_limit(values)?;
    let (message, help) = past_the_limit_said(&written.value.0, before);
    Some(doc.block().said_at(written, "value_thb", message, help))
}

/// The words of [`total_value`]'s error: `written` takes the sum past
/// the limit, and the values before it add up to `before`.
fn past_the_limit_said(written: &str, before: u64) -> (Said, Said) {
    (
        Said::new("bounds-total")
            .arg("value", clip(written))
            .arg("limit", group_thousands(u64::MAX)),
        Said::new("bounds-total-help").arg("before", group_thousands(before)),
    )
}

/// Of `values` summed in order, the first whose value takes the sum past
/// `u64::MAX`, with the sum before it.
fn past_the_limit<T>(values: impl IntoIterator<Item = (T, u64)>) -> Option<(T, u64)> {
    let mut total: u64 = 0;
    for (item, value) in values {
        match total.checked_add(value) {
            Some(sum) => total = sum,
            None => return Some((item, total)),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn d(y: i32, m: Option<u8>, day: Option<u8>) -> PartialDate {
        PartialDate {
            year: y,
            month: m,
            day,
        }
    }

    #[test]
    fn source_date_epoch_is_digits_only_and_read_in_thailand() {
        assert_eq!(parse_epoch(None), Ok(None));
        assert_eq!(parse_epoch(Some("")), Ok(None));
        assert_eq!(parse_epoch(Some("1661299200")), Ok(Some(1_661_299_200)));
        for bad in ["-1", "1.5", " 1", "1e9", "abc", "99999999999999999999"] {
            assert_eq!(parse_epoch(Some(bad)), Err(bad.to_string()), "{bad}");
        }
        // Past the year 2200 that any date may have.
        assert!(parse_epoch(Some("9999999999999")).is_err());
        // 2022-08-23 17:00 UTC is 2022-08-24 00:00 in Thailand.
        assert_eq!(epoch_date(1_661_274_000), Some(d(2022, Some(8), Some(24))));
        assert_eq!(epoch_date(1_661_273_999), Some(d(2022, Some(8), Some(23))));
    }

    #[test]
    fn the_first_value_past_the_limit_is_found() {
        let max = crate::model::money::MAX_BAHT;
        assert_eq!(past_the_limit([("a", 1), ("b", 2)]), None);
        assert_eq!(
            past_the_limit([("a", u64::MAX - 1), ("b", 1), ("c", 1), ("d", 1)]),
            Some(("c", u64::MAX))
        );
        // 18,446 values at the cap fit; the 18,447th does not.
        let at_cap = (1..=18_500).map(|i| (i, max));
        assert_eq!(past_the_limit(at_cap), Some((18_447, 18_446 * max)));
    }

    #[test]
    fn the_sum_past_the_limit_is_said_in_english_and_thai() {
        let (message, help) = past_the_limit_said("1000000 พันล้านบาท", 18_446_000_000_000_000_000);
        assert_eq!(
            message.text(Lang::En),
            "with `1000000 พันล้านบาท`, the projects' values add up to more than the \
             18,446,744,073,709,551,615 baht a total can hold"
        );
        assert_eq!(
            message.text(Lang::Th),
            "เมื่อรวม `1000000 พันล้านบาท` มูลค่าโครงการรวมกันเกิน 18,446,744,073,709,551,615 บาท \
             ซึ่งเป็นยอดรวมสูงสุดที่เก็บได้"
        );
        assert_eq!(
            help.text(Lang::En),
            "the projects before this one (in file order) already add up to \
             18,446,000,000,000,000,000 baht: check the values for a unit written twice or zeros \
             too many (`value_thb` is the project's whole value in baht)"
        );
        assert_eq!(
            help.text(Lang::Th),
            "โครงการก่อนหน้านี้ (ตามลำดับไฟล์) รวมกันได้ 18,446,000,000,000,000,000 บาทแล้ว: \
             ตรวจว่าเขียนหน่วยซ้ำหรือมีเลขศูนย์เกินหรือไม่ (`value_thb` คือมูลค่าทั้งหมดของโครงการเป็นบาท)"
        );
    }

    #[test]
    fn the_build_s_date_says_where_it_comes_from() {
        let epoch = BuildDate {
            date: d(2021, Some(5), Some(31)),
            from: DateFrom::Epoch(1_622_480_399),
        };
        assert_eq!(
            epoch.describe().text(Lang::Th),
            "2021-05-31 จาก SOURCE_DATE_EPOCH (1622480399)"
        );
        let content = BuildDate {
            date: d(2022, Some(8), Some(24)),
            from: DateFrom::Content("content/sources.yaml".into()),
        };
        assert_eq!(
            content.describe().text(Lang::Th),
            "วันที่ล่าสุดในเนื้อหา คือ 2022-08-24 ใน `content/sources.yaml`"
        );
    }

    #[test]
    fn a_partial_date_is_after_the_build_only_if_all_of_it_is() {
        let build = |date| BuildDate {
            date,
            from: DateFrom::Content("content/sources.yaml".into()),
        };
        let day = build(d(2022, Some(8), Some(24)));
        assert!(!day.is_before(&d(2022, Some(8), Some(24))));
        assert!(!day.is_before(&d(2022, Some(8), None)));
        assert!(!day.is_before(&d(2022, None, None)));
        assert!(day.is_before(&d(2022, Some(8), Some(25))));
        assert!(day.is_before(&d(2022, Some(9), None)));
        assert!(day.is_before(&d(2023, None, None)));
        let year = build(d(2022, None, None));
        assert!(!year.is_before(&d(2022, Some(12), Some(31))));
        assert!(year.is_before(&d(2023, Some(1), Some(1))));
    }
}
