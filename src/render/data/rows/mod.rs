//! Render: one row of each data download. A struct's fields, in order,
//! are its table's columns, named as SPEC gives them, so a row and its
//! header cannot disagree; each is written with its meaning ([`row!`]),
//! so no column goes undescribed.
//!
//! A column that may be unknown is an `Option` (empty in the CSV, `null`
//! in the JSON); a list is a `Vec` (joined by `; ` in the CSV).

mod parts;
mod programme;
mod tables;

pub(super) use programme::*;
pub(super) use tables::*;
