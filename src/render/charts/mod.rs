//! Render: charts, drawn at build time as SVG in the page's language from
//! `Stats` alone, so that every bar is a figure of `summary.json`. Each
//! chart is a figure with a caption, an SVG image with a `<title>` and a
//! `<desc>` that states its main finding, the same data as a table, and
//! the table as a CSV file. A chart with nothing to show says so in words.
//!
//! The charts of the site are drawn once per language into a [`Catalog`];
//! pages and the `chart()` shortcode take them from there.

pub mod bars;
pub mod draw;
pub mod map;
pub mod steps;
pub mod timeline;
pub mod width;

mod catalog;
mod certified;
mod cohorts;
mod domains;
mod draft;
mod names;
mod parts;
mod projects;
mod provinces;
mod reported;
mod reuse;
mod table;

pub use catalog::Catalog;
pub use certified::year_fraction;
pub use draft::{Chart, CsvTable, Download, embed_path};
pub use names::{ProvinceChart, SiteChart};
pub use reuse::{Cite, Embed, cite};
pub use table::{Cell, CsvColumn, Kind, Table};
