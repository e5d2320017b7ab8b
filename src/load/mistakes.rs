//! Load: the commonest ways front matter is mistyped (a tab for
//! indentation, quotes from a word processor, `: ` inside text, a value
//! left empty, a list written with commas), in plain words, each with the
//! line as it should be.

use crate::catalogue::Said;

/// A YAML error said in plain words.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Plain {
    pub message: Said,
    pub help: Said,
    /// The 1-based character column to point at, where the parser's is
    /// not the right one (a tab, rather than what follows it).
    pub column: Option<usize>,
}

/// The plain words for the parser's error `raw` met on `line` (the file's
/// line the error points at), where it is one of the common mistakes.
pub(super) fn plain(raw: &str, line: &str) -> Option<Plain> {
    let line = line.trim_end_matches(['\n', '\r']);
    let indent_len = line.len() - line.trim_start_matches([' ', '\t']).len();
    if let Some(tab) = line[..indent_len].find('\t') {
        let column = line[..tab].chars().count() + 1;
        let fixed = format!(
            "{}{}",
            line[..indent_len].replace('\t', "  "),
            &line[indent_len..]
        );
        return Some(Plain {
            message: Said::new("tab-indent"),
            help: Said::new("tab-indent-help")
                .arg("column", column.to_string())
                .arg("fixed", fixed),
            column: Some(column),
        });
    }
    let (key, value) = split_field(line)?;
    if raw.starts_with("mapping values are not allowed") {
        let fixed = format!("{key}{}", quoted(value));
        return Some(if value.contains(CURLY) {
            Plain {
                message: Said::new("curly-quotes"),
                help: Said::new("curly-quotes-help").arg("fixed", fixed),
                column: None,
            }
        } else {
            Plain {
                message: Said::new("colon-in-text").arg("field", name(key)),
                help: Said::new("colon-in-text-help").arg("fixed", fixed),
                column: None,
            }
        });
    }
    if value.is_empty()
        && (raw.contains("null") || raw.contains("unit value") || raw.contains("end of input"))
    {
        return Some(Plain {
            message: Said::new("value-empty").arg("field", name(key)),
            help: Said::new("value-empty-help").arg("field", name(key)),
            column: None,
        });
    }
    if (raw == "expected sequence start" || raw.contains("expected a sequence"))
        && value.contains(',')
        && !value.starts_with('[')
    {
        let items: Vec<&str> = value
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        return Some(Plain {
            message: Said::new("commas-not-a-list").arg("value", crate::diag::clip(value)),
            help: Said::new("commas-not-a-list-help").arg(
                "fixed",
                format!("{key}[{}]", crate::diag::clip(&items.join(", "))),
            ),
            column: None,
        });
    }
    None
}

/// Quotation marks a word processor puts in place of `"` and `'`.
const CURLY: [char; 4] = ['“', '”', '‘', '’'];

/// A line `  - name: value` as its key part, up to and with `: `
/// (`  - name: `), and its value, trimmed; `None` for any other line.
fn split_field(line: &str) -> Option<(&str, &str)> {
    let at = line.find(':')?;
    let key = line[..at].trim_start_matches([' ', '-']).trim();
    if key.is_empty() || key.contains([' ', '"', '\'']) || !key.is_ascii() {
        return None;
    }
    let value_at = at + 1 + (line[at + 1..].len() - line[at + 1..].trim_start().len());
    Some((&line[..value_at], line[value_at..].trim_end()))
}

/// The field name in a key part: `  - metric: ` → `metric`.
fn name(key: &str) -> &str {
    key.trim_start_matches([' ', '-'])
        .trim_end()
        .trim_end_matches(':')
}

/// A value in straight double quotes, without the curly ones around it.
fn quoted(value: &str) -> String {
    let inner = value.trim_matches(CURLY).trim_matches('"');
    format!("\"{}\"", inner.replace('\\', "\\\\").replace('"', "\\\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn both(raw: &str, line: &str) -> [(String, String); 2] {
        let p = plain(raw, line).expect("a known mistake");
        Lang::ALL.map(|l| (p.message.text(l), p.help.text(l)))
    }

    #[test]
    fn a_tab_points_at_the_tab() {
        let p = plain("tabs disallowed within this context", "\t- mobility").unwrap();
        assert_eq!(p.column, Some(1));
        assert_eq!(
            both("tabs disallowed within this context", "\t- mobility"),
            [
                (
                    "บรรทัดนี้เยื้องด้วยแท็บ: YAML เยื้องได้ด้วยเว้นวรรคเท่านั้น".into(),
                    "เปลี่ยนแท็บที่คอลัมน์ 1 เป็นเว้นวรรค: `  - mobility`".into()
                ),
                (
                    "this line is indented with a tab: YAML indents with spaces only".into(),
                    "replace the tab at column 1 with spaces: `  - mobility`".into()
                )
            ]
        );
    }

    #[test]
    fn a_colon_in_text_is_quoted() {
        assert_eq!(
            both(
                "mapping values are not allowed in this context",
                "summary: ทดสอบ: ระยะแรก"
            ),
            [
                (
                    "ข้อความของ `summary` มี `: ` อยู่ ซึ่ง YAML อ่านเป็นการเริ่มช่องใหม่".into(),
                    "ใส่ข้อความไว้ในเครื่องหมายคำพูด: `summary: \"ทดสอบ: ระยะแรก\"`".into()
                ),
                (
                    "the text of `summary` holds `: `, which YAML reads as the start of another field".into(),
                    "put the text in quotes: `summary: \"ทดสอบ: ระยะแรก\"`".into()
                )
            ]
        );
    }

    #[test]
    fn curly_quotes_become_straight() {
        let [th, en] = both(
            "mapping values are not allowed in this context",
            "summary: “ทดสอบ: ระยะแรก”",
        );
        assert!(en.0.starts_with("“ and ” are not quotes to YAML"));
        assert!(th.0.starts_with("“ และ ” ไม่ใช่เครื่องหมายคำพูดสำหรับ YAML"));
        assert_eq!(
            en.1,
            "use straight quotes `\"`, as here: `summary: \"ทดสอบ: ระยะแรก\"`"
        );
        assert_eq!(
            th.1,
            "ใช้เครื่องหมายคำพูดตรง `\"` แบบนี้: `summary: \"ทดสอบ: ระยะแรก\"`"
        );
    }

    #[test]
    fn an_empty_value_is_named() {
        assert_eq!(
            both("cannot deserialize null into string", "  - metric:"),
            [
                ("ช่อง `metric` ว่างอยู่".into(), "เขียนค่าหลัง `metric:`".into()),
                (
                    "`metric` is empty".into(),
                    "write its value after `metric:`".into()
                )
            ]
        );
    }

    #[test]
    fn other_lines_are_left_to_the_general_words() {
        assert_eq!(plain("mapping values are not allowed", "no colon"), None);
        assert_eq!(plain("something else", "title: x"), None);
    }
}
