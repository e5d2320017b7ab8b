//! The date errors in words: each message and its help, in one place.

use std::fmt;

use super::{DateError, PartialDate, THAI_MONTHS};
use crate::lang::Lang;

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::BuddhistEraIso { .. } => {
                f.write_str("this date has a Buddhist-era year, but ISO dates take the Common-Era year")
            }
            DateError::CommonEraThai { .. } => f.write_str(
                "this Thai date has a Common-Era year, but Thai dates take the Buddhist-era year",
            ),
            DateError::BuddhistEraEnglish { .. } => f.write_str(
                "this English date has a Buddhist-era year, but English dates take the Common-Era year",
            ),
            DateError::Impossible { reason } => write!(f, "this date does not exist: {reason}"),
            DateError::TwoDigitYear { .. } => f.write_str(
                "the year is written with two digits, which do not say the century: write all four",
            ),
            DateError::FiscalYear {
                fy,
                days: (first, last),
                lang,
            } => {
                let (first, last) = match lang {
                    Lang::Th => (short_th(first), short_th(last)),
                    Lang::En => (first.format(Lang::En), last.format(Lang::En)),
                };
                write!(
                    f,
                    "a fiscal year is not a date: ปีงบประมาณ {fy} runs from {first} to {last}"
                )
            }
            DateError::Slashes {
                day_month,
                month_day,
            } => {
                f.write_str(
                    "slashes are read differently in Thai and US usage: day/month in Thai, month/day in the US",
                )?;
                match (day_month, month_day) {
                    (Some(a), Some(b)) if a != b => write!(
                        f,
                        ", so this could be {} or {}",
                        a.format(Lang::En),
                        b.format(Lang::En)
                    ),
                    _ => Ok(()),
                }
            }
            DateError::OutOfRange => f.write_str("this year is out of range (1900 to 2200 CE)"),
            DateError::NotADate => f.write_str("this is not a date"),
        }
    }
}

impl DateError {
    pub fn help(&self) -> String {
        match self {
            DateError::BuddhistEraIso { meant }
            | DateError::CommonEraThai { meant }
            | DateError::BuddhistEraEnglish { meant }
            | DateError::TwoDigitYear { meant } => format!("did you mean `{meant}`?"),
            DateError::Impossible { .. } => "check the day and the month".to_string(),
            DateError::FiscalYear {
                days: (first, last),
                lang,
                ..
            } => {
                let month = PartialDate {
                    day: None,
                    ..*first
                };
                let month = match lang {
                    Lang::Th => short_th(&month),
                    Lang::En => month.format(Lang::En),
                };
                let year = |d: &PartialDate| {
                    let year = PartialDate {
                        month: None,
                        day: None,
                        ..*d
                    };
                    year.format(*lang)
                };
                format!(
                    "write the month, such as `{month}`, or the year, `{}` or `{}`; \
                     the site works out the fiscal year from the month",
                    year(first),
                    year(last)
                )
            }
            DateError::Slashes {
                day_month,
                month_day,
            } => {
                let write = |d: &PartialDate| {
                    format!(
                        "for {}, write `{}` or `{}`",
                        d.format(Lang::En),
                        d.iso(),
                        short_th(d)
                    )
                };
                match (day_month, month_day) {
                    (Some(a), Some(b)) if a != b => format!("{}; {}", write(a), write(b)),
                    (Some(one), _) | (None, Some(one)) => write(one),
                    (None, None) => DateError::NotADate.help(),
                }
            }
            DateError::OutOfRange | DateError::NotADate => {
                "write `2022-08-24`, `24 สิงหาคม 2565` or `24 ส.ค. 2565`; where only the month \
                 or year is known, `2022-08`, `สิงหาคม 2565`, `2022` or `พ.ศ. 2565`"
                    .to_string()
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
