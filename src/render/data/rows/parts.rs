//! Render: the parts rows share: totals, dates as three columns,
//! provinces as three lists, ids and Thai text.

use crate::aggregate::Total;
use crate::model::*;

/// A total of project values: empty where projects are counted and none
/// states a value (unknown, not 0).
pub(crate) fn total(t: Total) -> Option<u64> {
    (t.projects == 0 || t.known()).then_some(t.value)
}

/// A date as the three columns `_year`, `_month` and `_day`: numbers (the
/// Common-Era year), empty where the date does not say. No day is made up
/// for a date known to the month, and each column holds one type, so a
/// spreadsheet reads `2021` and `2022-08-24` alike.
pub(crate) struct Ymd {
    pub(crate) year: Option<i32>,
    pub(crate) month: Option<u8>,
    pub(crate) day: Option<u8>,
}

impl Ymd {
    pub(crate) fn of(d: Option<PartialDate>) -> Ymd {
        Ymd {
            year: d.map(|d| d.year),
            month: d.and_then(|d| d.month),
            day: d.and_then(|d| d.day),
        }
    }
}

/// Provinces as three lists: their codes, Thai names and English names.
pub(crate) struct Provinces {
    pub(crate) codes: Vec<&'static str>,
    pub(crate) th: Vec<&'static str>,
    pub(crate) en: Vec<&'static str>,
}

impl Provinces {
    pub(crate) fn of(ps: &[ProvinceId]) -> Provinces {
        Provinces {
            codes: ps.iter().map(|p| p.code()).collect(),
            th: ps.iter().map(|p| p.get().name_th.as_str()).collect(),
            en: ps.iter().map(|p| p.get().name_en.as_str()).collect(),
        }
    }
}

pub(crate) fn ids(ids: &[Id]) -> Vec<&str> {
    ids.iter().map(Id::as_str).collect()
}

pub(crate) fn thai(texts: &[Text]) -> Vec<&str> {
    texts.iter().map(|t| t.th.as_str()).collect()
}

/// A record's summary, Thai and English, each empty where there is none.
pub(crate) fn summary(m: &Meta) -> (Option<&str>, Option<&str>) {
    let s = m.summary.as_ref();
    (s.map(|t| t.th.as_str()), s.and_then(|t| t.en.as_deref()))
}
