//! The date errors in words: each message and its help, in one place.

use std::fmt;

use super::DateError;

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
            DateError::OutOfRange | DateError::NotADate => {
                "write `2022-08-24`, `24 สิงหาคม 2565` or `24 ส.ค. 2565`; where only the month \
                 or year is known, `2022-08`, `สิงหาคม 2565`, `2022` or `พ.ศ. 2565`"
                    .to_string()
            }
        }
    }
}
