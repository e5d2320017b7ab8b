//! mueang (เมือง): a static-site generator for public reporting on
//! Thailand's smart-city programme.
//!
//! The pipeline, one stage a module: [`load`] reads `content/`, [`model`]
//! checks it into a typed [`model::Site`], [`aggregate`] computes every
//! figure. [`diag`] carries the problems each stage finds; [`pipeline`]
//! runs the stages in order.

pub mod aggregate;
pub mod cli;
pub mod diag;
pub mod load;
pub mod model;
pub mod pipeline;
pub mod report;
