//! mueang (เมือง): a static-site generator for public reporting on
//! Thailand's smart-city programme.
//!
//! The pipeline, one stage a module: [`load`] reads `content/`, [`model`]
//! checks it into a typed [`model::Site`], [`aggregate`] computes every
//! figure, [`render`] turns them into the site's files with the [`theme`],
//! and [`write`] swaps them into the output folder; [`serve`] runs the
//! same stages on every save and serves the result from memory. [`diag`] carries the
//! problems each stage finds; [`pipeline`] runs the stages in order.

pub mod aggregate;
pub mod cli;
pub mod diag;
pub mod escape;
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
