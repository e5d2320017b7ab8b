//! Charts: a chart's data as a table: the table under every chart, and its CSV.

use serde::Serialize;

use crate::aggregate::Total;
use crate::model::*;
use crate::render::view::Fmt;

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Which columns hold numbers, to align their headings.
    pub num: Vec<bool>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub text: String,
    /// A number, right-aligned.
    pub num: bool,
    pub href: Option<String>,
    /// What the CSV file holds of it.
    #[serde(skip)]
    pub(super) raw: Raw,
}

/// A cell in the CSV file: one column of plain values, or, for a date or
/// a fiscal year, numbers a spreadsheet reads as such (one type to a
/// column) followed by the text the page shows.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Raw {
    /// Digits for numbers, no formatting.
    One(String),
    /// The year (Common Era), month and day, each empty where the date
    /// does not say; then the date as the page writes it.
    Date(Option<PartialDate>),
    /// The fiscal year's Buddhist-era number, empty where there is none;
    /// then the text.
    FiscalYear(Option<i32>),
}

impl Raw {
    /// The CSV headings of a column headed `head` whose cells are like
    /// this one.
    pub(super) fn headings(&self, f: &Fmt<'_>, head: &str) -> Vec<String> {
        let sub = |key: &str| f.fill(key, &[("col", head)]);
        match self {
            Raw::One(_) => vec![head.to_string()],
            Raw::Date(_) => vec![
                sub("chart.csv.year"),
                sub("chart.csv.month"),
                sub("chart.csv.day"),
                head.to_string(),
            ],
            Raw::FiscalYear(_) => vec![sub("chart.csv.fiscal_year"), head.to_string()],
        }
    }

    /// The CSV values of a cell showing `text`.
    pub(super) fn values(&self, text: &str) -> Vec<String> {
        let number = |n: Option<u8>| n.map(|n| n.to_string()).unwrap_or_default();
        match self {
            Raw::One(raw) => vec![raw.clone()],
            Raw::Date(d) => vec![
                d.map(|d| d.year.to_string()).unwrap_or_default(),
                number(d.and_then(|d| d.month)),
                number(d.and_then(|d| d.day)),
                text.to_string(),
            ],
            Raw::FiscalYear(fy) => vec![
                fy.map(|fy| fy.to_string()).unwrap_or_default(),
                text.to_string(),
            ],
        }
    }

    /// Whether two cells make the same CSV columns.
    pub(super) fn same_shape(&self, other: &Raw) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

impl Table {
    /// A table whose heading is the strings `head`.
    pub(super) fn new(f: &Fmt<'_>, head: &[&str], rows: Vec<Vec<Cell>>) -> Table {
        let num = (0..head.len())
            .map(|i| rows.iter().any(|r| r.get(i).is_some_and(|c| c.num)))
            .collect();
        Table {
            head: head.iter().map(|k| f.t(k)).collect(),
            rows,
            num,
        }
    }
}

impl Cell {
    pub(super) fn label(s: impl Into<String>, href: Option<String>) -> Cell {
        Cell {
            href,
            ..Cell::text(s)
        }
    }

    pub(super) fn text(s: impl Into<String>) -> Cell {
        let text = s.into();
        Cell {
            raw: Raw::One(text.clone()),
            text,
            num: false,
            href: None,
        }
    }

    /// A date as the page writes it (`24 สิงหาคม 2565`); in the CSV, its
    /// year, month and day, then that text. Empty where there is none.
    pub(super) fn date(f: &Fmt<'_>, d: Option<&PartialDate>) -> Cell {
        Cell {
            text: d.map(|d| f.date(d)).unwrap_or_default(),
            num: false,
            href: None,
            raw: Raw::Date(d.copied()),
        }
    }

    /// A row's label that names a fiscal year (`fy`, Buddhist-era), or
    /// says there is none; in the CSV, the year's number, then the label.
    pub(super) fn fiscal_year(label: String, fy: Option<i32>) -> Cell {
        Cell {
            text: label,
            num: false,
            href: None,
            raw: Raw::FiscalYear(fy),
        }
    }

    pub(super) fn link(s: impl Into<String>, href: String) -> Cell {
        Cell::label(s, Some(href))
    }

    pub(super) fn count(f: &Fmt<'_>, n: u64) -> Cell {
        Cell {
            text: f.count(n),
            num: true,
            href: None,
            raw: Raw::One(n.to_string()),
        }
    }

    /// Money; none recorded shows as a dash rather than as 0 baht, which
    /// a project whose value is not known would misstate.
    pub(super) fn money(f: &Fmt<'_>, baht: u64) -> Cell {
        Cell {
            text: if baht == 0 {
                "–".into()
            } else {
                f.money(baht)
            },
            num: true,
            href: None,
            raw: Raw::One(baht.to_string()),
        }
    }

    pub(super) fn empty() -> Cell {
        Cell::text("")
    }

    /// A total of project values ([`Fmt::total`]); in the CSV the value,
    /// or nothing where no project states one (unknown is not 0).
    pub(super) fn total(f: &Fmt<'_>, t: Total) -> Cell {
        Cell {
            text: if t.projects == 0 {
                "–".into()
            } else {
                f.total(t)
            },
            num: true,
            href: None,
            // Nothing is a sum of 0; projects that state no value are not.
            raw: Raw::One(if t.projects == 0 || t.known() {
                t.value.to_string()
            } else {
                String::new()
            }),
        }
    }

    /// A number as written (`66.7`), the same in the table and the CSV.
    pub(super) fn decimal(s: String) -> Cell {
        Cell {
            raw: Raw::One(s.clone()),
            text: s,
            num: true,
            href: None,
        }
    }
}

/// The table as CSV: UTF-8 with a BOM and CRLF, as the other data files.
/// A column of dates is four columns (year, month, day, then the text as
/// shown) and a column of fiscal years two, as the first row's cells are.
pub(super) fn csv(f: &Fmt<'_>, table: &Table) -> Vec<u8> {
    let shapes: Vec<&Raw> = table
        .rows
        .first()
        .map(|r| r.iter().map(|c| &c.raw).collect())
        .unwrap_or_default();
    let head: Vec<String> = table
        .head
        .iter()
        .enumerate()
        .flat_map(|(i, h)| match shapes.get(i) {
            Some(raw) => raw.headings(f, h),
            None => vec![h.clone()],
        })
        .collect();
    debug_assert!(
        table
            .rows
            .iter()
            .all(|r| r.len() == shapes.len()
                && r.iter().zip(&shapes).all(|(c, s)| c.raw.same_shape(s))),
        "every cell of a column makes the same CSV columns"
    );
    crate::escape::csv_bytes(
        &head,
        table
            .rows
            .iter()
            .map(|r| r.iter().flat_map(|c| c.raw.values(&c.text)).collect()),
    )
}
