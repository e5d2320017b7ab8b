//! Model: amounts of money in baht, from every form the press writes them in,
//! exactly (no floating point: `1.17 พันล้านบาท` is 1,170,000,000 baht).

use std::fmt;

use serde::Serialize;

use crate::lang::Lang;
use crate::text::{ascii_digits, group_thousands, strip_grouping};

/// The largest amount accepted: a thousand trillion baht, some fifty times
/// Thailand's yearly GDP. Anything larger is a typo, and capping it keeps
/// every sum of amounts far from overflowing.
pub const MAX_BAHT: u64 = 1_000_000_000_000_000;

/// A whole, non-negative number of baht.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(transparent)]
pub struct Baht(pub u64);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    Negative,
    NotMoney,
    NotWhole,
    TooLarge,
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said().0.text(crate::lang::Lang::En))
    }
}

impl MoneyError {
    pub fn help(&self) -> String {
        self.said().1.text(crate::lang::Lang::En)
    }

    /// The message and its help, from the catalogue.
    pub fn said(&self) -> (crate::catalogue::Said, crate::catalogue::Said) {
        use crate::catalogue::Said;
        let (message, help) = match self {
            MoneyError::Negative => ("money-negative", "money-negative-help"),
            MoneyError::NotMoney => ("money-not-money", "money-not-money-help"),
            MoneyError::NotWhole => ("money-not-whole", "money-not-whole-help"),
            MoneyError::TooLarge => ("money-too-large", "money-too-large-help"),
        };
        (Said::new(message), Said::new(help))
    }
}

/// Multipliers written after the number, longest first so that
/// `พันล้าน` is not read as `พัน`.
const UNITS: [(&str, u64); 13] = [
    ("พันล้าน", 1_000_000_000),
    ("ล้าน", 1_000_000),
    ("แสน", 100_000),
    ("หมื่น", 10_000),
    ("พัน", 1_000),
    ("billion", 1_000_000_000),
    ("million", 1_000_000),
    ("thousand", 1_000),
    ("bn", 1_000_000_000),
    ("mn", 1_000_000),
    ("b", 1_000_000_000),
    ("m", 1_000_000),
    ("k", 1_000),
];

const CURRENCY_SUFFIXES: [&str; 4] = ["บาท", "baht", "thb", "฿"];
const CURRENCY_PREFIXES: [&str; 2] = ["thb", "฿"];

/// Parses `1170000000`, `1,170 ล้านบาท`, `1.17 พันล้านบาท`,
/// `THB 1,170 million`, `1,170M THB`, with Thai or ASCII digits.
pub fn parse_baht(input: &str) -> Result<Baht, MoneyError> {
    let s = ascii_digits(input.trim()).to_lowercase();
    // `12,500,000.-` (or `.- บาท`): Thai accounting closes a whole amount
    // with `.-`.
    let s = match s.find(".-") {
        Some(i) if s[..i].ends_with(|c: char| c.is_ascii_digit()) => {
            format!("{}{}", &s[..i], &s[i + 2..])
        }
        _ => s,
    };
    if s.starts_with('-') || s.starts_with('−') {
        return Err(MoneyError::Negative);
    }
    let mut s = s.as_str();
    let mut prefixed = false;
    for prefix in CURRENCY_PREFIXES {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim_start();
            prefixed = true;
            break;
        }
    }
    if s.starts_with('-') || s.starts_with('−') {
        return Err(MoneyError::Negative);
    }
    let number_len = s
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(s.len());
    let (number, rest) = s.split_at(number_len);
    let mut rest: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    for suffix in CURRENCY_SUFFIXES {
        if let Some(r) = rest.strip_suffix(suffix) {
            if prefixed {
                // `THB 5 THB`: the currency twice is a slip, not an amount.
                return Err(MoneyError::NotMoney);
            }
            rest = r.to_string();
            break;
        }
    }
    let multiplier = if rest.is_empty() {
        1
    } else {
        UNITS
            .iter()
            .find(|(unit, _)| *unit == rest)
            .map(|(_, m)| *m)
            .ok_or(MoneyError::NotMoney)?
    };
    let (whole, fraction) = match number.split_once('.') {
        Some((w, f)) => (w, f),
        None => (number, ""),
    };
    let whole = strip_grouping(whole).ok_or(MoneyError::NotMoney)?;
    let has_point = number.contains('.');
    if (has_point && fraction.is_empty())
        || !fraction.chars().all(|c| c.is_ascii_digit())
        || fraction.len() > 18
    {
        return Err(MoneyError::NotMoney);
    }
    let whole: u128 = whole.parse().map_err(|_| MoneyError::TooLarge)?;
    let fraction_value: u128 = if fraction.is_empty() {
        0
    } else {
        fraction.parse().map_err(|_| MoneyError::NotMoney)?
    };
    let scale = 10u128.pow(fraction.len() as u32);
    let scaled = fraction_value * u128::from(multiplier);
    if !scaled.is_multiple_of(scale) {
        return Err(MoneyError::NotWhole);
    }
    let total = whole
        .checked_mul(u128::from(multiplier))
        .and_then(|w| w.checked_add(scaled / scale))
        .ok_or(MoneyError::TooLarge)?;
    u64::try_from(total)
        .ok()
        .filter(|n| *n <= MAX_BAHT)
        .map(Baht)
        .ok_or(MoneyError::TooLarge)
}

impl Baht {
    /// As a reader of `lang` expects it: `1,170 ล้านบาท` / `THB 1,170
    /// million` where the amount is a whole number of ten-thousands of baht
    /// past a million, otherwise every baht: `1,234,567 บาท` /
    /// `THB 1,234,567`. The output always parses back to the same amount.
    pub fn format(self, lang: Lang) -> String {
        let n = self.0;
        if n >= 1_000_000 && n.is_multiple_of(10_000) {
            let millions = group_thousands(n / 1_000_000);
            let hundredths = (n % 1_000_000) / 10_000;
            let number = match hundredths {
                0 => millions,
                h if h % 10 == 0 => format!("{millions}.{}", h / 10),
                h => format!("{millions}.{h:02}"),
            };
            match lang {
                Lang::Th => format!("{number} ล้านบาท"),
                Lang::En => format!("THB {number} million"),
            }
        } else {
            match lang {
                Lang::Th => format!("{} บาท", group_thousands(n)),
                Lang::En => format!("THB {}", group_thousands(n)),
            }
        }
    }
}

impl Baht {
    /// As the site shows it: like [`Baht::format`], but amounts of ten
    /// billion baht or more that are whole hundredths of a billion read in
    /// billions (`12.5 พันล้านบาท` / `THB 12.5 billion`): the one rule, so
    /// that figures side by side use the same unit up to ten billion.
    pub fn display(self, lang: Lang) -> String {
        let n = self.0;
        if n < 10_000_000_000 || !n.is_multiple_of(10_000_000) {
            return self.format(lang);
        }
        let billions = group_thousands(n / 1_000_000_000);
        let number = match (n % 1_000_000_000) / 10_000_000 {
            0 => billions,
            h if h % 10 == 0 => format!("{billions}.{}", h / 10),
            h => format!("{billions}.{h:02}"),
        };
        match lang {
            Lang::Th => format!("{number} พันล้านบาท"),
            Lang::En => format!("THB {number} billion"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_form_the_spec_lists() {
        let cases: [(&str, Result<u64, MoneyError>); 38] = [
            ("1170000000", Ok(1_170_000_000)),
            // Thai accounting's `.-` after a whole amount.
            ("12,500,000.-", Ok(12_500_000)),
            ("12,500,000.- บาท", Ok(12_500_000)),
            ("-.-", Err(MoneyError::Negative)),
            ("12.5.-", Err(MoneyError::NotWhole)),
            ("1,170,000,000", Ok(1_170_000_000)),
            ("1,170 ล้านบาท", Ok(1_170_000_000)),
            ("1170ล้านบาท", Ok(1_170_000_000)),
            ("1.17 พันล้านบาท", Ok(1_170_000_000)),
            ("THB 1,170 million", Ok(1_170_000_000)),
            ("thb 1,170 million", Ok(1_170_000_000)),
            ("1,170M THB", Ok(1_170_000_000)),
            ("1.17bn THB", Ok(1_170_000_000)),
            ("฿1,170m", Ok(1_170_000_000)),
            ("๑,๑๗๐ ล้านบาท", Ok(1_170_000_000)),
            ("600 ล้าน", Ok(600_000_000)),
            ("2.5 แสนบาท", Ok(250_000)),
            ("1,234,567 บาท", Ok(1_234_567)),
            ("THB 1,234,567", Ok(1_234_567)),
            ("0", Ok(0)),
            ("-5", Err(MoneyError::Negative)),
            ("−1,000 บาท", Err(MoneyError::Negative)),
            ("THB -5", Err(MoneyError::Negative)),
            ("abc", Err(MoneyError::NotMoney)),
            ("", Err(MoneyError::NotMoney)),
            ("1,17 ล้านบาท", Err(MoneyError::NotMoney)),
            ("5 dollars", Err(MoneyError::NotMoney)),
            ("12.5", Err(MoneyError::NotWhole)),
            ("1.2345678 ล้านบาท", Err(MoneyError::NotWhole)),
            ("99999999999 พันล้านบาท", Err(MoneyError::TooLarge)),
            ("10000000000 พันล้านบาท", Err(MoneyError::TooLarge)),
            ("1000000 พันล้านบาท", Ok(MAX_BAHT)),
            ("0x10", Err(MoneyError::NotMoney)),
            ("1.17e9", Err(MoneyError::NotMoney)),
            ("1_000", Err(MoneyError::NotMoney)),
            ("+5", Err(MoneyError::NotMoney)),
            ("1.", Err(MoneyError::NotMoney)),
            ("THB 5 THB", Err(MoneyError::NotMoney)),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_baht(input), expected.map(Baht), "{input:?}");
        }
    }

    #[test]
    fn displays_ten_billion_and_more_in_billions() {
        let cases = [
            (1_170_000_000, "1,170 ล้านบาท", "THB 1,170 million"),
            (9_990_000_000, "9,990 ล้านบาท", "THB 9,990 million"),
            (10_000_000_000, "10 พันล้านบาท", "THB 10 billion"),
            (12_500_000_000, "12.5 พันล้านบาท", "THB 12.5 billion"),
            (
                1_234_560_000_000,
                "1,234.56 พันล้านบาท",
                "THB 1,234.56 billion",
            ),
            (12_345_670_000, "12,345.67 ล้านบาท", "THB 12,345.67 million"),
            (12_345_678_901, "12,345,678,901 บาท", "THB 12,345,678,901"),
        ];
        for (n, th, en) in cases {
            assert_eq!(Baht(n).display(Lang::Th), th);
            assert_eq!(Baht(n).display(Lang::En), en);
            assert_eq!(parse_baht(th), Ok(Baht(n)), "{th}");
            assert_eq!(parse_baht(en), Ok(Baht(n)), "{en}");
        }
    }

    #[test]
    fn formats_in_each_language_and_parses_back() {
        let cases = [
            (1_170_000_000, "1,170 ล้านบาท", "THB 1,170 million"),
            (1_500_000, "1.5 ล้านบาท", "THB 1.5 million"),
            (1_250_000, "1.25 ล้านบาท", "THB 1.25 million"),
            (1_234_567, "1,234,567 บาท", "THB 1,234,567"),
            (950_000, "950,000 บาท", "THB 950,000"),
            (0, "0 บาท", "THB 0"),
        ];
        for (n, th, en) in cases {
            assert_eq!(Baht(n).format(Lang::Th), th);
            assert_eq!(Baht(n).format(Lang::En), en);
            assert_eq!(parse_baht(th), Ok(Baht(n)), "{th}");
            assert_eq!(parse_baht(en), Ok(Baht(n)), "{en}");
        }
    }
}
