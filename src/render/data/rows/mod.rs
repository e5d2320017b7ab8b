//! Render: one row of each data download. A struct's fields, in order,
//! are its table's columns, named as SPEC gives them, so a row and its
//! header cannot disagree; each is written with its meaning ([`row!`]),
//! so no column goes undescribed.
//!
//! A column that may be unknown is an `Option` (empty in the CSV, `null`
//! in the JSON); a list is a `Vec` (joined by `; ` in the CSV).

mod programme;
mod tables;

pub(super) use programme::*;
pub(super) use tables::*;

use crate::aggregate::Total;
use crate::model::*;

/// A total of project values: empty where projects are counted and none
/// states a value (unknown, not 0).
pub(super) fn total(t: Total) -> Option<u64> {
    (t.projects == 0 || t.known()).then_some(t.value)
}

/// A date as the three columns `_year`, `_month` and `_day`: numbers (the
/// Common-Era year), empty where the date does not say. No day is made up
/// for a date known to the month, and each column holds one type, so a
/// spreadsheet reads `2021` and `2022-08-24` alike.
pub(super) struct Ymd {
    pub(super) year: Option<i32>,
    pub(super) month: Option<u8>,
    pub(super) day: Option<u8>,
}

impl Ymd {
    pub(super) fn of(d: Option<PartialDate>) -> Ymd {
        Ymd {
            year: d.map(|d| d.year),
            month: d.and_then(|d| d.month),
            day: d.and_then(|d| d.day),
        }
    }
}

/// Provinces as three lists: their codes, Thai names and English names.
pub(super) struct Provinces {
    pub(super) codes: Vec<&'static str>,
    pub(super) th: Vec<&'static str>,
    pub(super) en: Vec<&'static str>,
}

impl Provinces {
    pub(super) fn of(ps: &[ProvinceId]) -> Provinces {
        Provinces {
            codes: ps.iter().map(|p| p.code()).collect(),
            th: ps.iter().map(|p| p.get().name_th.as_str()).collect(),
            en: ps.iter().map(|p| p.get().name_en.as_str()).collect(),
        }
    }
}

pub(super) fn ids(ids: &[Id]) -> Vec<&str> {
    ids.iter().map(Id::as_str).collect()
}

pub(super) fn thai(texts: &[Text]) -> Vec<&str> {
    texts.iter().map(|t| t.th.as_str()).collect()
}

/// A record's summary, Thai and English, each empty where there is none.
pub(super) fn summary(m: &Meta) -> (Option<&str>, Option<&str>) {
    let s = m.summary.as_ref();
    (s.map(|t| t.th.as_str()), s.and_then(|t| t.en.as_deref()))
}

