//! Model: dates as precise as they were given (a day, a month or a year),
//! from ISO or Thai forms with Buddhist-era years, and Thai fiscal years.

use unicode_normalization::UnicodeNormalization;

use crate::lang::Lang;
use crate::text::ascii_digits;

mod format;
mod message;

/// Buddhist-era year = Common-Era year + 543.
pub const BE_OFFSET: i32 = 543;
/// An ISO year at or past this is a Buddhist-era year written by mistake
/// (2400 BE is 1857 CE, long before any record this tool holds).
const BE_LOOKING: i32 = 2400;
const CE_RANGE: std::ops::RangeInclusive<i32> = 1900..=2200;
/// A Buddhist-era year written with two digits, `yy`, is suggested as
/// 25yy: the years 1957 to 2056 CE.
const TWO_DIGIT_BE_CENTURY: i32 = 2500;
/// The month a Thai fiscal year starts in: it runs from October to
/// September, and is named by the Buddhist-era year it ends in.
const FISCAL_YEAR_STARTS: u8 = 10;

/// A date known to the day, the month or only the year. Ordered by time,
/// with a year-only date before every dated day of that year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// Common-Era year.
    pub year: i32,
    pub month: Option<u8>,
    /// Only present where `month` is.
    pub day: Option<u8>,
}

/// Why a date written with its month and day does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoSuchDay {
    /// `2022-13-01`: the month written.
    Month(u8),
    /// `0 August 2565`.
    DayZero,
    /// `2022-02-30`: the month, of its year, and the days it has.
    PastTheMonth { year: i32, month: u8, days: u8 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// `2565-08-24`: an ISO date with a Buddhist-era year; holds the CE form.
    BuddhistEraIso {
        meant: String,
    },
    /// `24 สิงหาคม 2022`: a Thai date with a Common-Era year; holds the BE form.
    CommonEraThai {
        meant: String,
    },
    /// `24 August 2565`: an English date with a Buddhist-era year.
    BuddhistEraEnglish {
        meant: String,
    },
    /// `2022-02-30`: a day that no calendar has.
    Impossible {
        reason: NoSuchDay,
    },
    /// `1 ต.ค. 66`, `พ.ศ. 66`, `1 Oct 23`: a year written with two
    /// digits; holds the date with the year in full, as written where it
    /// is Thai (`1 ต.ค. 2566`), else in English (`1 October 2023`).
    TwoDigitYear {
        meant: String,
    },
    /// `ปีงบประมาณ 2567`, `FY2024`: a fiscal year where a date is asked;
    /// holds the fiscal year (Buddhist-era), its first and last day, and
    /// the language it was written in.
    FiscalYear {
        fy: i32,
        days: (PartialDate, PartialDate),
        lang: Lang,
    },
    /// `01/10/2023`: a date with slashes, read day/month in Thai usage and
    /// month/day in US usage; holds each reading that is a real day.
    Slashes {
        day_month: Option<PartialDate>,
        month_day: Option<PartialDate>,
    },
    /// A year outside 1900–2200 CE.
    OutOfRange,
    NotADate,
}

const THAI_MONTHS: [(&str, &str); 12] = [
    ("มกราคม", "ม.ค."),
    ("กุมภาพันธ์", "ก.พ."),
    ("มีนาคม", "มี.ค."),
    ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."),
    ("มิถุนายน", "มิ.ย."),
    ("กรกฎาคม", "ก.ค."),
    ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."),
    ("ตุลาคม", "ต.ค."),
    ("พฤศจิกายน", "พ.ย."),
    ("ธันวาคม", "ธ.ค."),
];

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Clone, Copy, PartialEq)]
enum Calendar {
    Buddhist,
    Common,
}

pub fn parse_date(input: &str) -> Result<PartialDate, DateError> {
    let written: String = input.trim().nfc().collect();
    let s = ascii_digits(&written);
    if s.chars().all(|c| c.is_ascii_digit() || c == '-') {
        return parse_iso(&s);
    }
    if s.contains('/') {
        return parse_slashes(&s);
    }
    parse_words(&s, &written)
}

/// `01/10/2023`, `1/10/2566`: refused, since Thai usage reads the first
/// number as the day and US usage as the month. The error holds each
/// reading that is a real day (a year from 2400 is Buddhist-era); a year
/// of two digits gives none.
fn parse_slashes(s: &str) -> Result<PartialDate, DateError> {
    let parts: Vec<&str> = s.split('/').map(str::trim).collect();
    let number = |p: &str, most: usize| {
        (!p.is_empty() && p.len() <= most && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<i32>().ok())
            .flatten()
    };
    let [first, second, year] = parts.as_slice() else {
        return Err(DateError::NotADate);
    };
    let (Some(first), Some(second), Some(year)) =
        (number(first, 2), number(second, 2), number(year, 4))
    else {
        return Err(DateError::NotADate);
    };
    let year = match year {
        y if y >= BE_LOOKING => Some(y - BE_OFFSET),
        y if y >= 1000 => Some(y),
        _ => None,
    };
    let reading =
        |month: i32, day: i32| year.and_then(|y| build(y, Some(month as u8), Some(day as u8)).ok());
    Err(DateError::Slashes {
        day_month: reading(second, first),
        month_day: reading(first, second),
    })
}

fn parse_iso(s: &str) -> Result<PartialDate, DateError> {
    let parts: Vec<&str> = s.split('-').collect();
    let numbers: Option<Vec<u32>> = parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.len() <= 4)
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    let numbers = numbers.ok_or(DateError::NotADate)?;
    if parts[0].len() != 4 || parts.len() > 3 || parts[1..].iter().any(|p| p.len() > 2) {
        return Err(DateError::NotADate);
    }
    let year = numbers[0] as i32;
    let month = numbers.get(1).map(|m| *m as u8);
    let day = numbers.get(2).map(|d| *d as u8);
    if year >= BE_LOOKING {
        // Suggest the CE date only where it is a real one.
        return match build(year - BE_OFFSET, month, day) {
            Ok(ce) => Err(DateError::BuddhistEraIso { meant: ce.iso() }),
            Err(e) => Err(e),
        };
    }
    build(year, month, day)
}

/// Thai and English written dates: `24 สิงหาคม 2565`, `24 ส.ค. 2565`,
/// `สิงหาคม 2565`, `พ.ศ. 2565`, `24 ธ.ค.2564`, `24 August 2022`. `s` is
/// `written` with ASCII digits.
fn parse_words(s: &str, written: &str) -> Result<PartialDate, DateError> {
    let tokens = tokenize(s);
    if let Some(e) = fiscal_year(&tokens) {
        return Err(e);
    }
    let mut i = 0;
    let mut day = None;
    let mut month = None;
    let mut calendar = None;
    if let Some(t) = tokens.get(i)
        && t.chars().all(|c| c.is_ascii_digit())
        && t.len() <= 2
    {
        day = Some(t.parse::<u8>().map_err(|_| DateError::NotADate)?);
        i += 1;
    }
    if let Some(t) = tokens.get(i)
        && let Some((m, cal)) = month_of(t)
    {
        month = Some(m);
        calendar = Some(cal);
        i += 1;
    }
    let mut era = false;
    if let Some(t) = tokens.get(i)
        && let Some(cal) = era_of(t)
    {
        if calendar.is_some_and(|c| c != cal) {
            return Err(DateError::NotADate);
        }
        calendar = Some(cal);
        era = true;
        i += 1;
    }
    let year_token = tokens.get(i).ok_or(DateError::NotADate)?;
    if i + 1 != tokens.len()
        || !matches!(year_token.len(), 2 | 4)
        || !year_token.chars().all(|c| c.is_ascii_digit())
        || (day.is_some() && month.is_none())
    {
        return Err(DateError::NotADate);
    }
    let calendar = calendar.ok_or(DateError::NotADate)?;
    let year: i32 = year_token.parse().map_err(|_| DateError::NotADate)?;
    if year_token.len() == 2 {
        // `Oct 23` may be the 23rd of October: a year only after a day
        // or an era, or past any day.
        if calendar == Calendar::Common && day.is_none() && !era && year <= 31 {
            return Err(DateError::NotADate);
        }
        return Err(two_digit_year(written, calendar, year, month, day));
    }
    // A suggestion is only ever a real date: `build` checks it first.
    match calendar {
        Calendar::Buddhist if year < BE_LOOKING => Err(DateError::CommonEraThai {
            meant: build(year, month, day)?.format(Lang::Th),
        }),
        Calendar::Common if year >= BE_LOOKING => Err(DateError::BuddhistEraEnglish {
            meant: build(year - BE_OFFSET, month, day)?.format(Lang::En),
        }),
        Calendar::Buddhist => build(year - BE_OFFSET, month, day),
        Calendar::Common => build(year, month, day),
    }
}

/// The error of a year written with two digits, `yy`: never read as a
/// year, since nothing is guessed, but suggested in full. A Buddhist-era
/// `yy` is 25yy (1957–2056 CE), shown as the editor wrote the date
/// (`1 ต.ค. 66` → `1 ต.ค. 2566`, `๖๖` → `๒๕๖๖`); a Common-Era one is the
/// year of those hundred that ends so (`23` → 2023, `99` → 1999), in full
/// English. Where that would be no real day, the error says why.
fn two_digit_year(
    written: &str,
    calendar: Calendar,
    yy: i32,
    month: Option<u8>,
    day: Option<u8>,
) -> DateError {
    let meant = match calendar {
        Calendar::Buddhist => build(TWO_DIGIT_BE_CENTURY + yy - BE_OFFSET, month, day)
            .map(|_| with_century(written, TWO_DIGIT_BE_CENTURY / 100)),
        Calendar::Common => {
            let last = TWO_DIGIT_BE_CENTURY + 99 - BE_OFFSET;
            let year = if 2000 + yy > last {
                1900 + yy
            } else {
                2000 + yy
            };
            build(year, month, day).map(|d| d.format(Lang::En))
        }
    };
    match meant {
        Ok(meant) => DateError::TwoDigitYear { meant },
        Err(e) => e,
    }
}

/// `written` with `century` put before its last number, in the same
/// digits: (`1 ต.ค. 66`, 25) → `1 ต.ค. 2566`; (`๑ ต.ค. ๖๖`, 25) →
/// `๑ ต.ค. ๒๕๖๖`.
fn with_century(written: &str, century: i32) -> String {
    let thai = |c: char| ('๐'..='๙').contains(&c);
    let digit = |c: char| c.is_ascii_digit() || thai(c);
    let end = written
        .char_indices()
        .rfind(|(_, c)| digit(*c))
        .map_or(written.len(), |(i, c)| i + c.len_utf8());
    let start = written[..end].trim_end_matches(digit).len();
    let in_thai = written[start..end].chars().any(thai);
    let prefix: String = century
        .to_string()
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if in_thai => char::from_u32('๐' as u32 + d).unwrap_or(c),
            _ => c,
        })
        .collect();
    format!("{}{prefix}{}", &written[..start], &written[start..])
}

/// `ปีงบประมาณ 2567`, `ปีงบ 2567`, `FY2024`, `FY 2567`, `fiscal year 2024`:
/// a fiscal year where a date is asked, as the error that says what it
/// spans. A year from 2400 is Buddhist-era (the site's own `FY 2567`),
/// else Common-Era and the year it ends in (FY2024 = ปีงบประมาณ 2567).
/// `None` where the words are not a fiscal year's.
fn fiscal_year(tokens: &[String]) -> Option<DateError> {
    let (year, words) = tokens.split_last()?;
    let words = match words.split_last() {
        Some((last, rest)) if era_of(last).is_some() => rest,
        _ => words,
    };
    let lang = match words.concat().replace('.', "").to_lowercase().as_str() {
        "ปีงบประมาณ" | "ปีงบ" | "ปีงบฯ" => Lang::Th,
        "fy" | "fiscalyear" | "fiscal" => Lang::En,
        _ => return None,
    };
    if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    let fy = if year >= BE_LOOKING {
        year
    } else {
        year + BE_OFFSET
    };
    Some(match PartialDate::fiscal_year_days(fy) {
        Ok(days) => DateError::FiscalYear { fy, days, lang },
        Err(e) => e,
    })
}

/// Splits on white space and between digits and letters, so that
/// `ธ.ค.2564` reads as `ธ.ค.` then `2564`.
fn tokenize(s: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut digits = false;
    for c in s.chars() {
        if c.is_whitespace() || c == ',' {
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            continue;
        }
        let is_digit = c.is_ascii_digit();
        if !current.is_empty() && is_digit != digits {
            tokens.push(std::mem::take(&mut current));
        }
        digits = is_digit;
        current.push(c);
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

fn month_of(token: &str) -> Option<(u8, Calendar)> {
    let bare = |s: &str| s.replace('.', "");
    let t = bare(token);
    for (i, (full, short)) in THAI_MONTHS.iter().enumerate() {
        if t == *full || t == bare(short) {
            return Some((i as u8 + 1, Calendar::Buddhist));
        }
    }
    let lower = t.to_lowercase();
    for (i, name) in ENGLISH_MONTHS.iter().enumerate() {
        let name = name.to_lowercase();
        if lower == name || (lower.len() >= 3 && name.starts_with(&lower)) {
            return Some((i as u8 + 1, Calendar::Common));
        }
    }
    None
}

fn era_of(token: &str) -> Option<Calendar> {
    match token.replace('.', "").to_lowercase().as_str() {
        "พศ" | "be" => Some(Calendar::Buddhist),
        "คศ" | "ce" | "ad" => Some(Calendar::Common),
        _ => None,
    }
}

fn build(year: i32, month: Option<u8>, day: Option<u8>) -> Result<PartialDate, DateError> {
    if !CE_RANGE.contains(&year) {
        return Err(DateError::OutOfRange);
    }
    if let Some(m) = month {
        if !(1..=12).contains(&m) {
            return Err(DateError::Impossible {
                reason: NoSuchDay::Month(m),
            });
        }
        if let Some(d) = day {
            let last = days_in_month(year, m);
            if d == 0 {
                return Err(DateError::Impossible {
                    reason: NoSuchDay::DayZero,
                });
            }
            if d > last {
                return Err(DateError::Impossible {
                    reason: NoSuchDay::PastTheMonth {
                        year,
                        month: m,
                        days: last,
                    },
                });
            }
        }
    }
    Ok(PartialDate { year, month, day })
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
/// algorithm).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests;
