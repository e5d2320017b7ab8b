//! Load: a file's text as read: size limits, UTF-8, BOM, line ends, NFC.

use std::fs;
use std::io::Read;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;

use crate::diag::Diagnostic;

/// A file larger than this is refused before it is read: no record needs
/// ten megabytes, and reading one must not exhaust memory.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// A file's text as read, and the path to show for it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Relative to where the tool was run: `content/cities/rayong.md`.
    pub path: String,
    pub text: String,
}

/// Reads a file as text: size-checked, UTF-8, without BOM, `\n` line ends,
/// NFC.
pub(super) fn read_text(full: &Path, path: &str) -> Result<String, Box<Diagnostic>> {
    read_source(full, path).map(nfc)
}

/// Reads a file as text: size-checked, UTF-8, without BOM, `\n` line
/// ends; its characters as saved (not yet NFC: the text hygiene sees
/// what the editor typed).
pub(super) fn read_source(full: &Path, path: &str) -> Result<String, Box<Diagnostic>> {
    let io_error = |e: std::io::Error| {
        Box::new(Diagnostic::error(
            path,
            format!("cannot read this file: {e}"),
        ))
    };
    let file = fs::File::open(full).map_err(io_error)?;
    let size = file.metadata().map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(Box::new(
            Diagnostic::error(
                path,
                format!(
                    "this file is too large ({:.1} MB; the limit is {} MB)",
                    size as f64 / 1_048_576.0,
                    MAX_FILE_BYTES / 1_048_576
                ),
            )
            .help("a record is a page of text: split it, or move data out of it"),
        ));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let (line, column) = line_and_column(&String::from_utf8_lossy(&bytes[..valid]));
            return Err(Box::new(
                Diagnostic::error(
                    path,
                    format!(
                        "this file is not UTF-8 text (an invalid byte at line {line}, column {column})"
                    ),
                )
                .help("save the file with the encoding UTF-8 (in most editors: Save As → Encoding → UTF-8)"),
            ));
        }
    };
    if let Some(at) = text.find('\0') {
        let (line, column) = line_and_column(&text[..at]);
        return Err(Box::new(
            Diagnostic::error(
                path,
                format!("this file holds a NUL byte (at line {line}, column {column}), which text never has"),
            )
            .help("the file may be damaged, or not a text file: open it in a text editor, delete the odd character and save it again"),
        ));
    }
    let mut text = text;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    // CRLF (Windows) and lone CR (old Mac) line ends both become LF.
    if text.contains('\r') {
        text = text.replace("\r\n", "\n").replace('\r', "\n");
    }
    if text.trim().is_empty() {
        return Err(Box::new(
            Diagnostic::error(path, "this file is empty")
                .help("write the record's fields, or delete the file"),
        ));
    }
    Ok(text)
}

/// The text in NFC.
pub(super) fn nfc(text: String) -> String {
    // Most files are NFC already; the quick check spares re-composing them.
    match unicode_normalization::is_nfc_quick(text.chars()) {
        unicode_normalization::IsNormalized::Yes => text,
        _ => text.nfc().collect(),
    }
}

/// The 1-based line and character column just after `before`.
pub(super) fn line_and_column(before: &str) -> (usize, usize) {
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}
