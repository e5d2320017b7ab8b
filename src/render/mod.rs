//! Render: `&Site` and `&Stats` → every file of the site, in memory.
//! Pages (Tera templates fed typed contexts), Markdown bodies, data
//! downloads, feeds, the sitemap and the theme's static files. Pure apart
//! from reading nothing: the same input gives byte-identical files, in
//! path order. A template or shortcode error is a diagnostic; a site with
//! errors renders nothing.

mod bodies;
pub mod cards;
pub mod charts;
mod chrome;
mod data;
mod dropped;
mod embeds;
mod feeds;
mod headlines;
pub mod markdown;
mod nowrap;
mod pages;
pub mod raster;
pub mod shortcode;
mod site;
mod templates;
pub mod urls;
pub mod view;

pub use bodies::{Bodies, BodyHtml};
pub use data::rows as data_rows;
pub use site::{Input, Kept, Options, Rendered, render, rerender};
