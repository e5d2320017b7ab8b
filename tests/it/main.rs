//! mueang's integration tests: one binary, a module per behaviour, all
//! running the real `mueang` executable against sites in temporary folders.

mod architecture;
mod build;
mod cards;
mod charts;
mod containment;
mod data;
mod diff;
mod figures;
mod history;
mod hostile;
mod hygiene;
mod impossible;
mod incremental;
mod links;
mod opendata;
mod privacy;
mod properties;
mod reserved;
mod reuse;
mod scaffold;
mod scan;
mod search;
mod serve;
mod strings;
mod support;
mod text;
mod urls;
