//! Serve: the editing loop. `mueang serve` runs the same pipeline as
//! `build`, keeps the site in memory (it never writes `output/`), serves
//! it on this computer, watches `content/` and `themes/`, rebuilds on
//! every save and tells each open page to reload.
//!
//! - `run`: the running preview: the server, the watcher, the rebuild loop;
//! - `rebuild`: one build in memory, whole or of the pages a save touched;
//! - `shared`: what the server and the rebuilds share (the snapshot, the
//!   search index's shards as last made);
//! - [`site`]: one build as files to serve, and the answer to a request;
//! - [`watch`]: file events → "rebuild now", ignoring editors' swap files;
//! - [`drives`]: the drives whose changes raise no file event (network
//!   drives, WSL's `/mnt/c`), where [`watch`] polls instead;
//! - [`browser`]: `--open`, the preview in the web browser;
//! - `http`: the HTTP server (axum), the reload stream (server-sent
//!   events) and the two files of the reload script and overlay;
//! - [`hosts`]: the `Host:` names a request may give (DNS rebinding).
//!
//! Threads: the HTTP server runs on a single-threaded tokio runtime; the
//! builds run on their own thread, so a rebuild never stalls a request.
//! The snapshot being served is swapped whole, under a lock held only to
//! clone an `Arc`.

pub mod browser;
pub mod drives;
pub mod hosts;
mod http;
mod rebuild;
mod run;
mod shared;
pub mod site;
pub mod watch;

pub use run::{Options, Running, SETTLE, start};
pub use shared::{Log, ServeError};
