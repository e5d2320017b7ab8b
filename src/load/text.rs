//! Load: a file's text as read: size limits, UTF-8, BOM, line ends, NFC.

use std::fs;
use std::io::Read;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;

use crate::catalogue::Said;
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
    let io_error = |e: std::io::Error| Box::new(unreadable(path, &e));
    let file = fs::File::open(full).map_err(io_error)?;
    let size = file.metadata().map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(too_large(path, size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    decode(bytes, path)
}

fn too_large(path: &str, size: u64) -> Box<Diagnostic> {
    Box::new(Diagnostic::said(
        path,
        Said::new("file-too-large")
            .arg("size", format!("{:.1}", size as f64 / 1_048_576.0))
            .arg("limit", (MAX_FILE_BYTES / 1_048_576).to_string()),
        Some(Said::new("file-too-large-help")),
    ))
}

/// A file's bytes as text (a git revision's file is read from memory):
/// size-checked, UTF-8, without BOM, `\n` line ends, as saved.
pub(super) fn decode(bytes: Vec<u8>, path: &str) -> Result<String, Box<Diagnostic>> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(path, bytes.len() as u64));
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let (line, column) = line_and_column(&String::from_utf8_lossy(&bytes[..valid]));
            return Err(Box::new(Diagnostic::said(
                path,
                Said::new("file-not-utf8")
                    .arg("line", line.to_string())
                    .arg("column", column.to_string()),
                Some(Said::new("file-not-utf8-help")),
            )));
        }
    };
    if let Some(at) = text.find('\0') {
        let (line, column) = line_and_column(&text[..at]);
        return Err(Box::new(Diagnostic::said(
            path,
            Said::new("file-nul")
                .arg("line", line.to_string())
                .arg("column", column.to_string()),
            Some(Said::new("file-nul-help")),
        )));
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
        return Err(Box::new(Diagnostic::said(
            path,
            Said::new("file-empty"),
            Some(Said::new("file-empty-help")),
        )));
    }
    Ok(text)
}

/// The error for a file that cannot be read (`e` as the system says it).
pub(crate) fn unreadable(path: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::said(
        path,
        Said::new("file-unreadable").arg("detail", e.to_string()),
        None,
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_too_large_or_not_there_is_said_in_thai_and_english() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.md");
        std::fs::File::create(&big)
            .unwrap()
            .set_len(MAX_FILE_BYTES + 1)
            .unwrap();
        let gone = dir.path().join("gone.md");
        let said: Vec<String> = [
            read_source(&big, "content/cities/big.md"),
            read_source(&gone, "content/cities/gone.md"),
        ]
        .into_iter()
        .flat_map(|r| Diagnostic::in_both(&r.unwrap_err()))
        .collect();
        assert_eq!(
            said,
            [
                "content/cities/big.md: this file is too large (10.0 MB; the limit is 10 MB) | a record is a page of text: split it, or move data out of it",
                "content/cities/big.md: ไฟล์นี้ใหญ่เกินไป (10.0 MB ขีดจำกัดคือ 10 MB) | ระเบียนหนึ่งคือข้อความราวหนึ่งหน้า: แบ่งเป็นหลายไฟล์ หรือย้ายข้อมูลออกไปไว้ที่อื่น",
                "content/cities/gone.md: cannot read this file: No such file or directory (os error 2) | ",
                "content/cities/gone.md: อ่านไฟล์นี้ไม่ได้: No such file or directory (os error 2) | ",
            ]
        );
    }
}
