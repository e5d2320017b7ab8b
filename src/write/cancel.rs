//! Write: stopping a build (Ctrl-C, SIGTERM, SIGHUP) without leaving half
//! a site. A [`Cancel`] is made by whoever runs the build and passed to
//! every stage that can stop part-way; there is no global state.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

/// Where a build is, and whether it was asked to stop. Cheap to clone:
/// every clone is the same switch.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<Switch>);

#[derive(Debug, Default)]
struct Switch {
    /// [`IDLE`], [`WRITING`], [`STOPPED`] or [`DONE`].
    state: AtomicU8,
    /// Set while writing: the writer removes what it wrote and returns
    /// `WriteError::Interrupted`, leaving the previous output as it was.
    stop: AtomicBool,
}

const IDLE: u8 = 0;
const WRITING: u8 = 1;
const STOPPED: u8 = 2;
const DONE: u8 = 3;

/// What Ctrl-C should do now, decided in one atomic step so that a build
/// cannot start writing between the question and the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CtrlC {
    /// Nothing has been written: end the process now.
    ExitNow,
    /// Files are being written: the build is asked to stop, and the
    /// writer tidies up.
    Stopping,
    /// The new site is in place (or a stop is under way): let it finish.
    Ignore,
}

impl Cancel {
    pub fn new() -> Cancel {
        Cancel::default()
    }

    /// Called by the handler of Ctrl-C, SIGTERM and SIGHUP.
    pub fn ctrl_c(&self) -> CtrlC {
        let s = &self.0;
        match s
            .state
            .compare_exchange(IDLE, STOPPED, Ordering::SeqCst, Ordering::SeqCst)
        {
            Ok(_) => CtrlC::ExitNow,
            Err(WRITING) => {
                s.stop.store(true, Ordering::SeqCst);
                CtrlC::Stopping
            }
            Err(_) => CtrlC::Ignore,
        }
    }

    /// Whether the build was asked to stop while it wrote.
    pub fn stopped(&self) -> bool {
        self.0.stop.load(Ordering::SeqCst)
    }

    /// Asks the build to stop, as Ctrl-C does while it writes.
    pub fn stop(&self) {
        self.0.stop.store(true, Ordering::SeqCst);
    }

    /// Writing begins, unless Ctrl-C came first (then `false`).
    pub(super) fn begin_writing(&self) -> bool {
        self.0
            .state
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |s| {
                (s != STOPPED).then_some(WRITING)
            })
            .is_ok()
    }

    /// Writing ended: the new site is in place (`true`), or it was not
    /// and nothing of it is left (`false`: Ctrl-C may end the process).
    pub(super) fn end_writing(&self, done: bool) {
        self.0
            .state
            .store(if done { DONE } else { IDLE }, Ordering::SeqCst);
    }

    #[cfg(test)]
    pub(super) fn is_idle(&self) -> bool {
        self.0.state.load(Ordering::SeqCst) == IDLE
    }
}
