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
    /// Digits for numbers, no formatting; what the column holds.
    One(String, Kind),
    /// The year (Common Era), month and day, each empty where the date
    /// does not say; then the date as the page writes it.
    Date(Option<PartialDate>),
    /// The fiscal year's Buddhist-era number, empty where there is none;
    /// then the text.
    FiscalYear(Option<i32>),
}

/// What a CSV column holds, for the Data Package's Table Schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// A number with a decimal point, such as a percentage.
    Decimal,
    /// A whole number whose unit differs from row to row.
    Integer,
    Count,
    Baht,
    /// A Common-Era year, a month (1–12), a day of the month (1–31).
    Year,
    Month,
    Day,
    /// A fiscal year, named by its Buddhist-era year.
    FiscalYear,
}

impl Kind {
    /// Its Table Schema type.
    pub fn schema_type(self) -> &'static str {
        match self {
            Kind::Text => "string",
            Kind::Decimal => "number",
            _ => "integer",
        }
    }

    /// Its unit, as the data tables name theirs (`data.unit_baht`).
    pub fn unit(self) -> Option<&'static str> {
        match self {
            Kind::Text | Kind::Decimal | Kind::Integer => None,
            Kind::Count => Some("count"),
            Kind::Baht => Some("baht"),
            Kind::Year => Some("year"),
            Kind::Month => Some("month"),
            Kind::Day => Some("day"),
            Kind::FiscalYear => Some("fiscal_year"),
        }
    }

    /// What a column holds whose cells hold `self` and `other`.
    fn and(self, other: Kind) -> Kind {
        match (self.schema_type(), other.schema_type()) {
            _ if self == other => self,
            ("integer", "integer") => Kind::Integer,
            ("string", _) | (_, "string") => Kind::Text,
            _ => Kind::Decimal,
        }
    }

    /// The least and most it may hold, where it is bounded.
    pub fn range(self) -> Option<(i64, i64)> {
        match self {
            Kind::Month => Some((1, 12)),
            Kind::Day => Some((1, 31)),
            Kind::Count | Kind::Baht => Some((0, i64::MAX)),
            _ => None,
        }
    }
}

/// A column of a chart's CSV: its heading and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvColumn {
    pub name: String,
    pub kind: Kind,
}

impl Raw {
    /// What the CSV columns of a cell like this one hold, in the order of
    /// [`Raw::headings`].
    fn kinds(&self) -> Vec<Kind> {
        match self {
            Raw::One(_, kind) => vec![*kind],
            Raw::Date(_) => vec![Kind::Year, Kind::Month, Kind::Day, Kind::Text],
            Raw::FiscalYear(_) => vec![Kind::FiscalYear, Kind::Text],
        }
    }

    /// Whether it writes nothing where the column holds a value (an
    /// empty text cell, a total of no stated values).
    fn is_empty(&self) -> bool {
        matches!(self, Raw::One(raw, _) if raw.is_empty())
    }

    /// The CSV headings of a column headed `head` whose cells are like
    /// this one.
    pub(super) fn headings(&self, f: &Fmt<'_>, head: &str) -> Vec<String> {
        let sub = |key: &str| f.fill(key, &[("col", head)]);
        match self {
            Raw::One(..) => vec![head.to_string()],
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
            Raw::One(raw, _) => vec![raw.clone()],
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
            raw: Raw::One(text.clone(), Kind::Text),
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
            raw: Raw::One(n.to_string(), Kind::Count),
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
            raw: Raw::One(baht.to_string(), Kind::Baht),
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
            raw: Raw::One(
                if t.projects == 0 || t.known() {
                    t.value.to_string()
                } else {
                    String::new()
                },
                Kind::Baht,
            ),
        }
    }

    /// A number as written (`66.7`), the same in the table and the CSV.
    pub(super) fn decimal(s: String) -> Cell {
        Cell {
            raw: Raw::One(s.clone(), Kind::Decimal),
            text: s,
            num: true,
            href: None,
        }
    }
}

/// The columns of the table's CSV. A column of dates is four columns
/// (year, month, day, then the text as shown) and a column of fiscal
/// years two, as the first row's cells are. A column holds what its
/// cells with a value hold, text where they differ.
pub(super) fn csv_columns(f: &Fmt<'_>, table: &Table) -> Vec<CsvColumn> {
    let Some(first) = table.rows.first() else {
        return table
            .head
            .iter()
            .map(|h| CsvColumn {
                name: h.clone(),
                kind: Kind::Text,
            })
            .collect();
    };
    table
        .head
        .iter()
        .enumerate()
        .flat_map(|(i, h)| {
            let Some(shape) = first.get(i).map(|c| &c.raw) else {
                return vec![CsvColumn {
                    name: h.clone(),
                    kind: Kind::Text,
                }];
            };
            let mut valued = table
                .rows
                .iter()
                .filter_map(|r| r.get(i))
                .filter(|c| !c.raw.is_empty())
                .map(|c| c.raw.kinds());
            // A column with no value at all is as its first cell says.
            let first = valued.next().unwrap_or_else(|| shape.kinds());
            let kinds = valued.fold(first, |kinds, other| {
                kinds.iter().zip(other).map(|(k, o)| k.and(o)).collect()
            });
            shape
                .headings(f, h)
                .into_iter()
                .zip(kinds)
                .map(|(name, kind)| CsvColumn { name, kind })
                .collect()
        })
        .collect()
}

/// The table as CSV: UTF-8 with a BOM and CRLF, as the other data files,
/// with the columns of [`csv_columns`].
pub(super) fn csv(f: &Fmt<'_>, table: &Table) -> Vec<u8> {
    let shapes: Vec<&Raw> = table
        .rows
        .first()
        .map(|r| r.iter().map(|c| &c.raw).collect())
        .unwrap_or_default();
    let head: Vec<String> = csv_columns(f, table).into_iter().map(|c| c.name).collect();
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
