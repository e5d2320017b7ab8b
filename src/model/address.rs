//! Model: the web addresses the site prints. `base_url` (in `site.yaml`
//! or `--base-url`) starts every link, the canonical URL, the sitemap and
//! the feeds; a source's `url` is a link on the sources page. Both are
//! read with the `url` crate (WHATWG URL parsing, as browsers do) and
//! written back as it serialises them: Thai in a path is percent-encoded,
//! a Thai host name becomes its `xn--` form.
//!
//! Refused, with what to write instead: any scheme but `http` and
//! `https`; a user name or password (`https://user:pass@…`), which every
//! page would publish; a `.` or `..` part in the path (`https://x/../`
//! made links such as `/../../assets/style.css`); white space, quotes,
//! `<`, `>`, `\` and control characters (the parser would quietly encode
//! or drop them); and, in `base_url`, a `?…` or `#…` part, since links
//! are made by adding paths to it.

use url::Url;

use crate::catalogue::Said;

/// What is wrong with an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wrong {
    /// Not an address at all (`example.org`, `https:///x`).
    NotAnAddress,
    /// A scheme other than `http` or `https` (`javascript:`, `ftp:`).
    Scheme,
    /// `user:pass@`; the address without them.
    Credentials { without: String },
    /// A `.` or `..` part of the path; the address without it.
    DotSegment { part: String, without: String },
    /// A `?…` or `#…` part of a `base_url`.
    QueryOrFragment,
    /// A character no address holds as written.
    Character(char),
}

impl Wrong {
    /// What is wrong, after the name of the field (`` `base_url` ``, `a
    /// source's `url``): a sentence, from the catalogue.
    pub fn said(&self, field: Said) -> Said {
        let said = match self {
            Wrong::NotAnAddress => Said::new("address-not-an-address"),
            Wrong::Scheme => Said::new("address-scheme"),
            Wrong::Credentials { .. } => Said::new("address-credentials"),
            Wrong::DotSegment { part, .. } => {
                Said::new("address-dot-segment").arg("part", part.as_str())
            }
            Wrong::QueryOrFragment => Said::new("address-query-or-fragment"),
            Wrong::Character(c) => Said::new("address-character").said("character", character(*c)),
        };
        said.said("field", field)
    }

    /// How to fix it; `example` is what to write where there is nothing
    /// better to suggest ([`base_url_example`], [`source_url_example`]).
    pub fn said_help(&self, example: Said) -> Said {
        match self {
            Wrong::NotAnAddress | Wrong::Scheme => example,
            Wrong::Credentials { without } => {
                Said::new("address-credentials-help").arg("without", without.as_str())
            }
            Wrong::DotSegment { without, .. } => {
                Said::new("address-dot-segment-help").arg("without", without.as_str())
            }
            Wrong::QueryOrFragment => Said::new("address-query-or-fragment-help"),
            Wrong::Character(_) => Said::new("address-character-help").said("example", example),
        }
    }
}

/// `a space`, `` a `"` ``.
fn character(c: char) -> Said {
    match c {
        ' ' => Said::new("address-space"),
        '\t' => Said::new("address-tab"),
        c if c.is_whitespace() => Said::new("address-white-space"),
        c if c.is_control() => {
            Said::new("address-control").arg("code", format!("{:04X}", c as u32))
        }
        c => Said::new("address-other").arg("char", c.to_string()),
    }
}

/// The help for `base_url` when there is nothing better to suggest.
pub fn base_url_example() -> Said {
    Said::new("address-base-url-example")
}

/// The help for a source's `url` when there is nothing better to suggest.
pub fn source_url_example() -> Said {
    Said::new("address-source-url-example")
}

/// `https://example.org/report` → `https://example.org/report/`: a full
/// `http(s)` address without credentials, dot parts, query or fragment,
/// as the `url` crate writes it, ending in `/`.
pub fn base_url(raw: &str) -> Result<String, Wrong> {
    let url = parse(raw)?;
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Wrong::QueryOrFragment);
    }
    Ok(with_slash(url.as_str()))
}

/// `/report` → `/report/`: a `base_url` of only a path (the site's host
/// is not known), checked as [`base_url`] checks one.
pub fn base_path(raw: &str) -> Result<String, Wrong> {
    let raw = raw.trim();
    // `//host/…` would be another site's address.
    if !raw.starts_with('/') || raw.starts_with("//") {
        return Err(Wrong::NotAnAddress);
    }
    const HOST: &str = "http://host.invalid";
    let path = |url: &str| url.strip_prefix(HOST).unwrap_or("/").to_string();
    match base_url(&format!("{HOST}{raw}")) {
        Ok(full) => Ok(path(&full)),
        Err(Wrong::DotSegment { part, without }) => Err(Wrong::DotSegment {
            part,
            without: path(&without),
        }),
        Err(wrong) => Err(wrong),
    }
}

/// A source's `url`: a full `http(s)` address without credentials or dot
/// parts, as the `url` crate writes it.
pub fn source_url(raw: &str) -> Result<String, Wrong> {
    parse(raw).map(|url| url.to_string())
}

fn parse(raw: &str) -> Result<Url, Wrong> {
    let raw = raw.trim();
    let lower = raw.to_ascii_lowercase();
    let Some(rest) = ["https://", "http://"]
        .iter()
        .find_map(|s| lower.strip_prefix(s))
    else {
        // `example.org` has no scheme; `javascript:…` has another.
        let scheme = raw
            .split_once(':')
            .is_some_and(|(s, _)| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric()));
        return Err(if scheme {
            Wrong::Scheme
        } else {
            Wrong::NotAnAddress
        });
    };
    if let Some(c) = raw
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`'))
    {
        return Err(Wrong::Character(c));
    }
    if rest.is_empty() || rest.starts_with('/') {
        return Err(Wrong::NotAnAddress);
    }
    let mut url = Url::parse(raw).map_err(|_| Wrong::NotAnAddress)?;
    if !matches!(url.scheme(), "http" | "https") || !url.has_host() {
        return Err(Wrong::NotAnAddress);
    }
    // The parser removes dot parts itself; they are looked for as written.
    if let Some(part) = dot_segment(raw) {
        return Err(Wrong::DotSegment {
            part,
            without: url.to_string(),
        });
    }
    if !url.username().is_empty() || url.password().is_some() {
        let _ = url.set_username("");
        let _ = url.set_password(None);
        return Err(Wrong::Credentials {
            without: url.to_string(),
        });
    }
    Ok(url)
}

/// The first `.` or `..` part (also written `%2e`) of the path of `raw`,
/// an address with a scheme.
fn dot_segment(raw: &str) -> Option<String> {
    let after_scheme = raw.split_once("//").map_or(raw, |(_, r)| r);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    path.split('/')
        .find(|part| {
            matches!(
                part.to_ascii_lowercase().replace("%2e", ".").as_str(),
                "." | ".."
            )
        })
        .map(str::to_string)
}

fn with_slash(url: &str) -> String {
    if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn base_urls_are_http_addresses_written_as_the_url_crate_writes_them() {
        assert_eq!(
            base_url("https://example.org/report").as_deref(),
            Ok("https://example.org/report/")
        );
        assert_eq!(
            base_url(" HTTPS://Example.ORG ").as_deref(),
            Ok("https://example.org/")
        );
        assert_eq!(
            base_url("https://example.org/r&d/").as_deref(),
            Ok("https://example.org/r&d/")
        );
        assert_eq!(
            base_url("https://example.org/รายงาน/").as_deref(),
            Ok("https://example.org/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99/")
        );
        assert_eq!(
            base_url("https://ตัวอย่าง.ไทย/").as_deref(),
            Ok("https://xn--72c1a1bt4awk9o.xn--o3cw4h/")
        );
        assert_eq!(
            base_path("/รายงาน").as_deref(),
            Ok("/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99/")
        );
    }

    #[test]
    fn credentials_dot_parts_and_odd_characters_are_refused_with_the_fix() {
        assert_eq!(
            base_url("https://user:pass@example.org/"),
            Err(Wrong::Credentials {
                without: "https://example.org/".into()
            })
        );
        assert_eq!(
            base_url("https://example.org/../../"),
            Err(Wrong::DotSegment {
                part: "..".into(),
                without: "https://example.org/".into()
            })
        );
        assert_eq!(
            base_url("https://example.org/a/%2E/b/"),
            Err(Wrong::DotSegment {
                part: "%2E".into(),
                without: "https://example.org/a/b/".into()
            })
        );
        assert_eq!(
            base_url("https://example.org/?x=1"),
            Err(Wrong::QueryOrFragment)
        );
        assert_eq!(
            base_url("https://example.org/#top"),
            Err(Wrong::QueryOrFragment)
        );
        assert_eq!(base_url("example.org"), Err(Wrong::NotAnAddress));
        assert_eq!(base_url("https:///x"), Err(Wrong::NotAnAddress));
        assert_eq!(base_url("https://"), Err(Wrong::NotAnAddress));
        assert_eq!(base_url("ftp://example.org/"), Err(Wrong::Scheme));
        assert_eq!(base_path("//evil.example/"), Err(Wrong::NotAnAddress));
        assert_eq!(
            base_path("/report/../../"),
            Err(Wrong::DotSegment {
                part: "..".into(),
                without: "/".into()
            })
        );
        assert_eq!(
            source_url("https://example.org/a b"),
            Err(Wrong::Character(' '))
        );
        assert_eq!(
            source_url("https://example.org/\" onmouseover=\"x"),
            Err(Wrong::Character('"'))
        );
        assert_eq!(source_url("javascript:alert(1)"), Err(Wrong::Scheme));
        assert_eq!(
            source_url("https://example.org/a?q=1#x").as_deref(),
            Ok("https://example.org/a?q=1#x")
        );
    }

    #[test]
    fn what_is_wrong_is_said_in_english_and_thai() {
        let base = || Said::new("address-field-base-url");
        let source = || Said::new("address-field-source-url");
        let cases = [
            (
                Wrong::NotAnAddress.said(source()),
                "a source's `url` is not a web address",
                "ช่อง `url` ของแหล่งที่มา ไม่ใช่ที่อยู่เว็บ",
            ),
            (
                Wrong::Scheme.said(base()),
                "`base_url` must start with `https://` or `http://`",
                "`base_url` ต้องขึ้นต้นด้วย `https://` หรือ `http://`",
            ),
            (
                Wrong::QueryOrFragment.said(base()),
                "`base_url` has a `?…` or `#…` part, and the site's links are made by adding paths to it",
                "`base_url` มีส่วน `?…` หรือ `#…` แต่ลิงก์ของเว็บไซต์สร้างโดยต่อพาธท้ายที่อยู่นี้",
            ),
            (
                Wrong::QueryOrFragment.said_help(base_url_example()),
                "leave out the `?…` or `#…` part: write only the address of the site's first page",
                "ตัดส่วน `?…` หรือ `#…` ออก เขียนเฉพาะที่อยู่ของหน้าแรกของเว็บไซต์",
            ),
            (
                Wrong::Character('\t').said(source()),
                "a source's `url` has a tab in it",
                "ช่อง `url` ของแหล่งที่มา มีอักขระที่ใช้ในที่อยู่เว็บไม่ได้: แท็บ",
            ),
            (
                Wrong::Character('\u{3000}').said(source()),
                "a source's `url` has white space in it",
                "ช่อง `url` ของแหล่งที่มา มีอักขระที่ใช้ในที่อยู่เว็บไม่ได้: อักขระเว้นวรรคชนิดอื่น",
            ),
            (
                Wrong::Character('\u{7}').said(source()),
                "a source's `url` has the control character U+0007 in it",
                "ช่อง `url` ของแหล่งที่มา มีอักขระที่ใช้ในที่อยู่เว็บไม่ได้: อักขระควบคุม U+0007",
            ),
            (
                Wrong::Scheme.said_help(base_url_example()),
                "write the address the site will be published at, such as `https://example.org/report/`",
                "เขียนที่อยู่ที่จะเผยแพร่เว็บไซต์ เช่น `https://example.org/report/`",
            ),
        ];
        for (said, en, th) in cases {
            assert_eq!(said.text(Lang::En), en);
            assert_eq!(said.text(Lang::Th), th);
        }
    }
}
