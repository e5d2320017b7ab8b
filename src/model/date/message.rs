//! The date errors in words: each message and its help, in one place.

use std::fmt;

use super::{DateError, NoSuchDay, PartialDate, THAI_MONTHS};
use crate::catalogue::Said;
use crate::lang::Lang;

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said().0.text(Lang::En))
    }
}

impl DateError {
    pub fn help(&self) -> String {
        self.said().1.text(Lang::En)
    }

    /// The message and its help, from the catalogue.
    pub fn said(&self) -> (Said, Said) {
        let did_you_mean = |meant: &str| Said::new("did-you-mean").arg("near", meant);
        let how = Said::new("date-how");
        match self {
            DateError::BuddhistEraIso { meant } => (Said::new("date-be-iso"), did_you_mean(meant)),
            DateError::CommonEraThai { meant } => (Said::new("date-ce-thai"), did_you_mean(meant)),
            DateError::BuddhistEraEnglish { meant } => {
                (Said::new("date-be-english"), did_you_mean(meant))
            }
            DateError::TwoDigitYear { meant } => {
                (Said::new("date-two-digits"), did_you_mean(meant))
            }
            DateError::Impossible { reason } => (
                Said::new("date-impossible").said("reason", reason.said()),
                Said::new("date-impossible-help"),
            ),
            DateError::FiscalYear {
                fy,
                days: (first, last),
                lang,
            } => {
                let show = |d: &PartialDate| match lang {
                    Lang::Th => short_th(d),
                    Lang::En => d.format(Lang::En),
                };
                let month = PartialDate {
                    day: None,
                    ..*first
                };
                let year = |d: &PartialDate| {
                    PartialDate {
                        month: None,
                        day: None,
                        ..*d
                    }
                    .format(*lang)
                };
                (
                    Said::new("date-fiscal")
                        .arg("fy", fy.to_string())
                        .arg("first", show(first))
                        .arg("last", show(last)),
                    Said::new("date-fiscal-help")
                        .arg("month", show(&month))
                        .arg("first", year(first))
                        .arg("last", year(last)),
                )
            }
            DateError::Slashes {
                day_month,
                month_day,
            } => {
                let write = |d: &PartialDate| {
                    Said::new("date-slashes-write")
                        .arg("date", d.format(Lang::En))
                        .arg("iso", d.iso())
                        .arg("thai", short_th(d))
                };
                match (day_month, month_day) {
                    (Some(a), Some(b)) if a != b => (
                        Said::new("date-slashes-either")
                            .arg("a", a.format(Lang::En))
                            .arg("b", b.format(Lang::En)),
                        Said::new("date-slashes-both")
                            .said("a", write(a))
                            .said("b", write(b)),
                    ),
                    (Some(one), _) | (None, Some(one)) => (Said::new("date-slashes"), write(one)),
                    (None, None) => (Said::new("date-slashes"), how),
                }
            }
            DateError::OutOfRange => (Said::new("date-out-of-range"), how),
            DateError::NotADate => (Said::new("date-not-a-date"), how),
        }
    }
}

impl NoSuchDay {
    /// Why, from the catalogue: the month named in each language.
    pub fn said(&self) -> Said {
        match *self {
            NoSuchDay::Month(m) => Said::new("date-no-month").arg("month", m.to_string()),
            NoSuchDay::DayZero => Said::new("date-no-day-zero"),
            NoSuchDay::PastTheMonth { year, month, days } => {
                let month = PartialDate {
                    year,
                    month: Some(month),
                    day: None,
                };
                Said::new("date-past-month-end")
                    .arg("month_en", month.format(Lang::En))
                    .arg("month_th", month.format(Lang::Th))
                    .count("days", usize::from(days))
            }
        }
    }
}

/// A date in Thai with the month's short name, as editors write it:
/// `1 ต.ค. 2566`, `ต.ค. 2566`, `พ.ศ. 2566`.
fn short_th(d: &PartialDate) -> String {
    match d.month {
        Some(m) => {
            let month = THAI_MONTHS[usize::from(m) - 1].1;
            let be = d.year + super::BE_OFFSET;
            match d.day {
                Some(day) => format!("{day} {month} {be}"),
                None => format!("{month} {be}"),
            }
        }
        None => d.format(Lang::Th),
    }
}
