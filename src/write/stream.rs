//! Write: `build`'s sink, each file into the staging folder as it is
//! rendered.

use std::fs;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use super::cancel::Cancel;
use super::error::{WriteError, Written};
use super::staging::Staging;
use crate::output::{OutFile, is_contained};

/// `build`'s sink: begins the staging folder at the first file, writes
/// each file into it as it is rendered, and notes the pages to index
/// where a search index is to be made of them (the index reads them back
/// from the staging folder). Dropped without [`Stream::finish`], it
/// leaves the previous output as it was.
pub struct Stream<'o> {
    output: &'o Path,
    cancel: Cancel,
    staging: OnceLock<Option<Staging<'static>>>,
    /// The first error, which stopped the render.
    error: Mutex<Option<WriteError>>,
    /// The pages to index: language and path.
    to_index: Option<Mutex<Vec<(crate::model::Lang, String)>>>,
}

impl<'o> Stream<'o> {
    /// A stream into `output`; `index`: note the pages to index;
    /// `cancel` stops the writing.
    pub fn new(output: &'o Path, index: bool, cancel: &Cancel) -> Self {
        Stream {
            output,
            cancel: cancel.clone(),
            staging: OnceLock::new(),
            error: Mutex::new(None),
            to_index: index.then(|| Mutex::new(Vec::new())),
        }
    }

    /// A file written so far, read back from the staging folder.
    pub fn read(&self, path: &str) -> Result<Vec<u8>, String> {
        let staging = self.staging().ok_or("nothing was written")?;
        if !is_contained(path) {
            return Err(format!("{path}: not a path inside the output"));
        }
        fs::read(staging.path(path)).map_err(|e| format!("{path}: {e}"))
    }

    fn staging(&self) -> Option<&Staging<'static>> {
        self.staging
            .get_or_init(|| {
                Staging::begin(self.output, &self.cancel)
                    .map_err(|e| self.fail(e))
                    .ok()
            })
            .as_ref()
    }

    fn fail(&self, e: WriteError) {
        let mut error = self.error.lock().unwrap_or_else(|p| p.into_inner());
        error.get_or_insert(e);
    }

    /// The error that stopped the writing, if any.
    pub fn take_error(&self) -> Option<WriteError> {
        self.error.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    /// The pages to index, in the order they came, leaving none (the
    /// search index orders them itself).
    pub fn take_to_index(&self) -> Vec<(crate::model::Lang, String)> {
        let Some(pages) = &self.to_index else {
            return Vec::new();
        };
        std::mem::take(&mut *pages.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Swaps the written site in for the output.
    pub fn finish(self) -> Result<Written, WriteError> {
        if let Some(e) = self.take_error() {
            return Err(e);
        }
        self.staging();
        match self.staging.into_inner().flatten() {
            Some(staging) => staging.finish(),
            None => Err(self
                .error
                .into_inner()
                .unwrap_or_else(|p| p.into_inner())
                .unwrap_or(WriteError::Interrupted)),
        }
    }
}

impl crate::output::Sink for Stream<'_> {
    fn put(&self, file: OutFile) -> Result<(), crate::output::Refused> {
        let Some(staging) = self.staging() else {
            return Err(crate::output::Refused);
        };
        if let Err(e) = staging.put(&file.path, &file.bytes) {
            self.fail(e);
            return Err(crate::output::Refused);
        }
        if let Some(pages) = &self.to_index
            && let Some(lang) = crate::search::page_language(&file.path, &file.bytes)
        {
            pages
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push((lang, file.path));
        }
        Ok(())
    }
}
