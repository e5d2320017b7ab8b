//! Load: the commonest ways front matter is mistyped (a tab for
//! indentation, quotes from a word processor, `: ` inside text, a value
//! left empty, a list written with commas), in plain words, each with the
//! line as it should be.

/// A YAML error said in plain words.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Plain {
    pub message: String,
    pub help: String,
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
            message: "this line is indented with a tab: YAML indents with spaces only".into(),
            help: format!("replace the tab at column {column} with spaces: `{fixed}`"),
            column: Some(column),
        });
    }
    let (key, value) = split_field(line)?;
    if raw.starts_with("mapping values are not allowed") {
        let fixed = format!("{key}{}", quoted(value));
        return Some(if value.contains(CURLY) {
            Plain {
                message: "“ and ” are not quotes to YAML: it reads them as part of the text, and the `: ` in it as the start of another field".into(),
                help: format!("use straight quotes `\"`, as here: `{fixed}`"),
                column: None,
            }
        } else {
            Plain {
                message: format!(
                    "the text of `{}` holds `: `, which YAML reads as the start of another field",
                    name(key)
                ),
                help: format!("put the text in quotes: `{fixed}`"),
                column: None,
            }
        });
    }
    if value.is_empty()
        && (raw.contains("null") || raw.contains("unit value") || raw.contains("end of input"))
    {
        return Some(Plain {
            message: format!("`{}` is empty", name(key)),
            help: format!("write its value after `{}:`", name(key)),
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
            message: format!(
                "`{}` is one value with commas in it, not a list",
                crate::diag::clip(value)
            ),
            help: format!(
                "write the list in brackets: `{key}[{}]`",
                crate::diag::clip(&items.join(", "))
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

    #[test]
    fn a_tab_points_at_the_tab() {
        let p = plain("tabs disallowed within this context", "\t- mobility").unwrap();
        assert_eq!(p.column, Some(1));
        assert_eq!(
            p.help,
            "replace the tab at column 1 with spaces: `  - mobility`"
        );
    }

    #[test]
    fn a_colon_in_text_is_quoted() {
        let p = plain(
            "mapping values are not allowed in this context",
            "summary: ทดสอบ: ระยะแรก",
        )
        .unwrap();
        assert_eq!(
            p.message,
            "the text of `summary` holds `: `, which YAML reads as the start of another field"
        );
        assert_eq!(
            p.help,
            "put the text in quotes: `summary: \"ทดสอบ: ระยะแรก\"`"
        );
    }

    #[test]
    fn curly_quotes_become_straight() {
        let p = plain(
            "mapping values are not allowed in this context",
            "summary: “ทดสอบ: ระยะแรก”",
        )
        .unwrap();
        assert!(p.message.starts_with("“ and ” are not quotes to YAML"));
        assert_eq!(
            p.help,
            "use straight quotes `\"`, as here: `summary: \"ทดสอบ: ระยะแรก\"`"
        );
    }

    #[test]
    fn an_empty_value_is_named() {
        let p = plain("cannot deserialize null into string", "  - metric:").unwrap();
        assert_eq!(p.message, "`metric` is empty");
        assert_eq!(p.help, "write its value after `metric:`");
    }

    #[test]
    fn other_lines_are_left_to_the_general_words() {
        assert_eq!(plain("mapping values are not allowed", "no colon"), None);
        assert_eq!(plain("something else", "title: x"), None);
    }
}
