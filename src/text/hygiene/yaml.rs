//! Text hygiene: the prose of YAML. A line-by-line reading of YAML's
//! block style, quoted and plain scalars, flow lists and maps, and block
//! scalars (`|`, `>`). It never needs to be exact about structure (the
//! YAML reader is), only about what is prose: values, not keys or
//! comments.

use std::borrow::Cow;
use std::ops::Range;

use super::prose::{Hazard, Kind, scan_prose};

/// The hazards of the YAML in `text[range]`: in values, not in keys or
/// comments. A line-by-line reading of YAML's block style, quoted and
/// plain scalars, flow lists and maps, and block scalars (`|`, `>`); it
/// never needs to be exact about structure (the YAML reader is), only
/// about what is prose.
pub(super) fn scan_yaml<'a>(text: &'a str, range: Range<usize>, out: &mut Vec<Hazard<'a>>) {
    let mut offset = range.start;
    // Inside a block scalar: the column of its key, and its field.
    let mut block: Option<(usize, Option<&'a str>)> = None;
    // Inside a quoted scalar that goes on past its line.
    let mut open: Option<(char, Option<&'a str>)> = None;
    for line in text[range].split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let indent = content.len() - content.trim_start_matches(' ').len();
        if let Some((column, field)) = block {
            if content.trim().is_empty() || indent > column {
                scan_prose(text, start + indent..start + content.len(), field, out);
                continue;
            }
            block = None;
        }
        let (mut at, field) = match open {
            Some((_, field)) => (indent, field),
            None => {
                let rest = &content[indent..];
                if rest.starts_with('#') {
                    continue;
                }
                let (column, key, value) = key_and_value(content, indent);
                let trimmed = content[value..].trim_start();
                if trimmed.starts_with('|') || trimmed.starts_with('>') {
                    block = Some((column, key));
                    continue;
                }
                (value, key)
            }
        };
        // The value: quoted stretches, plain stretches, up to a comment.
        let bytes = content.as_bytes();
        let value_start = at;
        while at < content.len() {
            let c = content[at..].chars().next().unwrap_or(' ');
            match open {
                Some((q, _)) => {
                    let close = find_close(&content[at..], q).map(|i| at + i);
                    let end = close.unwrap_or(content.len());
                    scan_prose(text, start + at..start + end, field, out);
                    match close {
                        Some(end) => {
                            open = None;
                            at = end + 1;
                        }
                        None => at = content.len(),
                    }
                }
                None if (c == '"' || c == '\'') && opens_scalar(&content[value_start..at]) => {
                    let inner = at + 1;
                    match find_close(&content[inner..], c) {
                        Some(len) => {
                            let end = inner + len;
                            edge_spaces(text, start + inner..start + end, field, out);
                            scan_prose(text, start + inner..start + end, field, out);
                            at = end + 1;
                        }
                        None => {
                            scan_prose(text, start + inner..start + content.len(), field, out);
                            open = Some((c, field));
                            at = content.len();
                        }
                    }
                }
                None if c == '#' && (at == value_start || bytes[at - 1] == b' ') => break,
                None => {
                    // A plain stretch: to the next quote that opens a
                    // scalar, or a comment.
                    let mut end = at + c.len_utf8();
                    while end < content.len() {
                        let d = content[end..].chars().next().unwrap_or(' ');
                        if (d == '#' && bytes[end - 1] == b' ')
                            || ((d == '"' || d == '\'') && opens_scalar(&content[value_start..end]))
                        {
                            break;
                        }
                        end += d.len_utf8();
                    }
                    let plain = start + at..start + end;
                    if at == value_start && !matches!(c, '[' | '{') {
                        edge_spaces(text, plain.clone(), field, out);
                    }
                    scan_prose(text, plain, field, out);
                    at = end;
                }
            }
        }
    }
}

/// Where a line's value starts: after its list dashes and its `key:`.
/// Gives the key's column, the key, and the value's byte offset.
fn key_and_value(content: &str, indent: usize) -> (usize, Option<&str>, usize) {
    let mut at = indent;
    while content[at..].starts_with("- ") || &content[at..] == "-" {
        at += 1;
        at += content[at..].len() - content[at..].trim_start_matches(' ').len();
    }
    let column = at;
    let rest = &content[at..];
    let key_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    let after = &rest[key_len..];
    if key_len > 0 && (after == ":" || after.starts_with(": ")) {
        let value = at + key_len + 1;
        let value = value + content[value..].len() - content[value..].trim_start_matches(' ').len();
        (column, Some(&rest[..key_len]), value)
    } else {
        (column, None, at)
    }
}

/// Whether a quote after `before` (the value so far) opens a quoted
/// scalar: at the start of the value, or of an item in a flow list or map
/// (in plain text, a quote is only a character).
fn opens_scalar(before: &str) -> bool {
    let before = before.trim_end_matches(' ');
    before.is_empty() || (before.starts_with(['[', '{']) && before.ends_with(['[', '{', ',', ':']))
}

/// Where the quoted scalar that `s` starts inside ends (the closing
/// quote's offset), with `\"` and `''` escapes.
fn find_close(s: &str, quote: char) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == '"' => i += 2,
            b'\'' if quote == '\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
            b if b == quote as u8 => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// Space at the start or end of `text[range]`, a field's whole text.
fn edge_spaces<'a>(
    text: &'a str,
    range: Range<usize>,
    field: Option<&'a str>,
    out: &mut Vec<Hazard<'a>>,
) {
    let s = &text[range.clone()];
    // Plain text loses its ASCII spaces to YAML; only other spaces stay.
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    let kept = |part: &str| part.chars().any(|c| c != ' ' && c != '\t');
    let quoted = range.start > 0 && matches!(text.as_bytes()[range.start - 1], b'"' | b'\'');
    if s.trim().is_empty() {
        return;
    }
    if lead > 0 && (quoted || kept(&s[..lead])) {
        out.push(Hazard {
            kind: Kind::EdgeSpace { leading: true },
            range: range.start..range.start + lead,
            fixed: Cow::Borrowed(""),
            field,
        });
    }
    if trail > 0 && (quoted || kept(&s[s.len() - trail..])) {
        out.push(Hazard {
            kind: Kind::EdgeSpace { leading: false },
            range: range.end - trail..range.end,
            fixed: Cow::Borrowed(""),
            field,
        });
    }
}
