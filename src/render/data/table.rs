//! Render: the tables offered for download, their columns (the fields
//! of their row structs), and their primary and foreign keys.

use super::columns::{Column, Described};
use super::rows::*;

/// A table offered for download.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Table {
    Cohorts,
    Cities,
    Projects,
    Ambassadors,
    News,
    Sources,
    Pages,
    Provinces,
    Reported,
}

/// The tables, in the order the data page lists them.
pub(crate) const TABLES: [Table; 9] = [
    Table::Cohorts,
    Table::Cities,
    Table::Projects,
    Table::Ambassadors,
    Table::News,
    Table::Sources,
    Table::Pages,
    Table::Provinces,
    Table::Reported,
];

impl Table {
    /// Its file name without the extension (`data/cohorts.csv`), and the
    /// end of its label's string key (`data.cohorts`).
    pub(crate) fn name(self) -> &'static str {
        match self {
            Table::Cohorts => "cohorts",
            Table::Cities => "cities",
            Table::Projects => "projects",
            Table::Ambassadors => "ambassadors",
            Table::News => "news",
            Table::Sources => "sources",
            Table::Pages => "pages",
            Table::Provinces => "provinces",
            Table::Reported => "reported",
        }
    }

    /// Its columns, with their meanings: the fields of its row struct.
    pub(crate) fn columns(self) -> Vec<Column> {
        match self {
            Table::Cohorts => CohortRow::columns(),
            Table::Cities => CityRow::columns(),
            Table::Projects => ProjectRow::columns(),
            Table::Ambassadors => AmbassadorRow::columns(),
            Table::News => NewsRow::columns(),
            Table::Sources => SourceRow::columns(),
            Table::Pages => PageRow::columns(),
            Table::Provinces => ProvinceRow::columns(),
            Table::Reported => ReportedRow::columns(),
        }
    }

    /// The column that names a row, where one does.
    pub(crate) fn primary_key(self) -> Option<&'static str> {
        match self {
            Table::Provinces => Some("code"),
            Table::Reported => None,
            _ => Some("id"),
        }
    }

    /// Its columns that name a row of another table: the column, the
    /// table and that table's column.
    pub(crate) fn foreign_keys(self) -> &'static [(&'static str, Table, &'static str)] {
        match self {
            Table::Projects => &[
                ("cohort", Table::Cohorts, "id"),
                ("city", Table::Cities, "id"),
            ],
            Table::Ambassadors => &[
                ("cohort", Table::Cohorts, "id"),
                ("province", Table::Provinces, "code"),
            ],
            Table::Reported => &[("source", Table::Sources, "id")],
            _ => &[],
        }
    }
}
