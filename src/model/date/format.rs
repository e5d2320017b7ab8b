//! Dates written out: ISO, Thai and English, as precisely as they were
//! given; the days a date spans; the Thai fiscal year it falls in and the
//! days a fiscal year spans; and a date in JSON.

use serde::Serialize;

use super::{BE_OFFSET, DateError, ENGLISH_MONTHS, FISCAL_YEAR_STARTS, PartialDate, THAI_MONTHS};
use super::{build, days_in_month};
use crate::lang::Lang;

impl PartialDate {
    pub fn day(year: i32, month: u8, day: u8) -> PartialDate {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// The first and last day of the period the date names: 2022-08 is
    /// 2022-08-01 to 2022-08-31.
    pub fn span(&self) -> ((i32, u8, u8), (i32, u8, u8)) {
        let (m0, m1) = self.month.map_or((1, 12), |m| (m, m));
        let (d0, d1) = self
            .day
            .map_or((1, days_in_month(self.year, m1)), |d| (d, d));
        ((self.year, m0, d0), (self.year, m1, d1))
    }

    /// `2022-08-24`, `2022-08` or `2022`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// As precisely as it was given: `24 สิงหาคม 2565`, `สิงหาคม 2565`,
    /// `พ.ศ. 2565`; `24 August 2022`, `August 2022`, `2022`.
    pub fn format(&self, lang: Lang) -> String {
        let be = self.year + BE_OFFSET;
        match (lang, self.month, self.day) {
            (Lang::Th, Some(m), Some(d)) => format!("{d} {} {be}", THAI_MONTHS[m as usize - 1].0),
            (Lang::Th, Some(m), None) => format!("{} {be}", THAI_MONTHS[m as usize - 1].0),
            (Lang::Th, None, _) => format!("พ.ศ. {be}"),
            (Lang::En, Some(m), Some(d)) => {
                format!("{d} {} {}", ENGLISH_MONTHS[m as usize - 1], self.year)
            }
            (Lang::En, Some(m), None) => {
                format!("{} {}", ENGLISH_MONTHS[m as usize - 1], self.year)
            }
            (Lang::En, None, _) => self.year.to_string(),
        }
    }

    /// The Thai fiscal year (1 October – 30 September) this date falls in,
    /// named by its Buddhist-era year: October 2022 is in FY 2566. `None`
    /// where only the year is known.
    pub fn fiscal_year_be(&self) -> Option<i32> {
        let month = self.month?;
        let ce = if month >= FISCAL_YEAR_STARTS {
            self.year + 1
        } else {
            self.year
        };
        Some(ce + BE_OFFSET)
    }

    /// The first and last day of the Thai fiscal year `fy` (Buddhist-era),
    /// the days [`PartialDate::fiscal_year_be`] names so: 2567 runs from
    /// 1 October 2023 to 30 September 2024.
    pub fn fiscal_year_days(fy: i32) -> Result<(PartialDate, PartialDate), DateError> {
        let ce = fy - BE_OFFSET;
        let first = build(ce - 1, Some(FISCAL_YEAR_STARTS), Some(1))?;
        let end = FISCAL_YEAR_STARTS - 1;
        let last = build(ce, Some(end), Some(days_in_month(ce, end)))?;
        Ok((first, last))
    }
}

/// `{"year": 2022, "month": 8, "day": null}`: the Common-Era year, month
/// and day as numbers, `null` where the date does not say, as the data
/// files' `_year`, `_month` and `_day` columns (no day is made up, and a
/// reader gets one type per field).
impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("PartialDate", 3)?;
        out.serialize_field("year", &self.year)?;
        out.serialize_field("month", &self.month)?;
        out.serialize_field("day", &self.day)?;
        out.end()
    }
}
