//! mueang (เมือง): a static-site generator for public reporting on
//! Thailand's smart-city programme.
//!
//! The pipeline, one stage a module: [`load`] reads `content/`, [`model`]
//! checks it into a typed [`model::Site`], [`aggregate`] computes every
//! figure ([`history`]: at each commit that changed the content, where it
//! is in a git repository), [`render`] turns them into the site's files
//! with the [`theme`],
//! [`search`] indexes the pages, and [`write`] swaps them into the output
//! folder; [`serve`] runs the same stages on every save and serves the
//! result from memory. [`pipeline`] runs the stages in order; [`cli`] only
//! parses and prints. [`diag`], [`lang`], [`text`], [`output`] and
//! [`escape`] are leaves every stage shares. ARCHITECTURE.md is the map.

pub mod aggregate;
pub mod catalogue;
pub mod cli;
pub mod diag;
pub mod diff;
pub mod escape;
pub mod history;
pub mod incremental;
pub mod lang;
pub mod links;
pub mod load;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod progress;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod text;
pub mod theme;
pub mod write;
