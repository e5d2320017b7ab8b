//! Escaping for the formats the site writes: XML (and SVG, and HTML)
//! text and attributes, and CSV as Excel reads Thai. A leaf.

/// Text for XML (and SVG, and HTML) content or a double-quoted attribute.
pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A CSV file as the site writes them all: UTF-8 with a BOM, so that
/// Excel reads Thai, and CRLF line ends.
pub fn csv_bytes(columns: &[impl AsRef<str>], rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    // Writing to a Vec cannot fail.
    let _ = w.write_record(columns.iter().map(AsRef::as_ref));
    for row in rows {
        // A cell Excel would run as a formula is kept as text.
        let _ = w.write_record(row.into_iter().map(|s| {
            if s.starts_with(['=', '+', '-', '@']) {
                format!("'{s}")
            } else {
                s
            }
        }));
    }
    w.into_inner().unwrap_or_default()
}
