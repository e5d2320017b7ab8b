//! What `serve` answers: one build's outcome as files to serve, and the
//! answer to one request, as plain data (the HTTP layer only carries it).
//!
//! Guarantees:
//! - a request reaches only a file the build rendered: paths are looked up
//!   in memory, never on disk, and a path with `..`, `.`, an empty
//!   segment, a backslash or NUL (raw or percent-encoded) is a 404;
//! - an HTML page is served as `build` writes it, with the reload script
//!   (and, after a failed rebuild, the error overlay) added before
//!   `</body>`; every other file is served byte for byte.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use axum::body::Bytes;

use crate::diag::Severity;
use crate::escape::xml_escape as escape;
use crate::model::Lang;
use crate::output::OutFile;
use crate::theme::{Strings, string};

/// Where the reload script, the overlay's style and the reload stream
/// live; no page of a site can have this path (ids are `a-z0-9-`).
pub const INTERNAL: &str = "/__mueang/";

/// A site that built: its files by path (`th/index.html`), and the path
/// it is published under (`/` or `/report/`, from `base_url`).
#[derive(Debug)]
pub struct Served {
    pub prefix: String,
    pub files: HashMap<String, Bytes>,
    /// How many shards each language's search index has (the search
    /// page merges that many).
    pub search_shards: usize,
}

impl Served {
    pub fn new(prefix: String, files: Vec<OutFile>) -> Served {
        Served {
            prefix,
            search_shards: 1,
            files: files
                .into_iter()
                .map(|f| (f.path, Bytes::from(f.bytes)))
                .collect(),
        }
    }

    /// How many files differ from `other` (added, changed or gone).
    pub fn changed_since(&self, other: &Served) -> usize {
        let changed = self
            .files
            .iter()
            .filter(|(path, bytes)| other.files.get(*path) != Some(*bytes))
            .count();
        let gone = other
            .files
            .keys()
            .filter(|path| !self.files.contains_key(*path))
            .count();
        changed + gone
    }
}

/// Why the latest build failed, as the terminal showed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Each diagnostic's text (errors in full, warnings on one line).
    pub shown: Vec<(Severity, String)>,
    /// How many errors and warnings there are, as the terminal counts
    /// them: more than are shown where a file has more than are kept.
    pub errors: usize,
    pub warnings: usize,
    /// The language the diagnostics are in (`--lang`, `MUEANG_LANG`):
    /// the overlay's frame speaks it too, on a page of either language.
    pub lang: Lang,
}

/// What is served now: the last good site (if any build succeeded), the
/// latest failure (if the latest build failed), and the interface
/// strings to explain it with. `generation` counts builds, good or bad;
/// each page carries it, so its script knows when it is out of date.
#[derive(Debug)]
pub struct Snapshot {
    pub generation: u64,
    pub site: Option<Arc<Served>>,
    pub failure: Option<Failure>,
    pub strings: Arc<BTreeMap<Lang, Strings>>,
}

/// What a path names.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup {
    /// A file of the site, by its path in the output.
    File(String),
    /// A folder or the site's root asked for without its `/`: go here.
    Redirect(String),
    NotFound,
}

/// Finds the file a request path (`/th/cities/korat/`, raw, as sent:
/// percent-encoded) names in a site published under `prefix`.
pub fn lookup(prefix: &str, raw_path: &str, has: impl Fn(&str) -> bool) -> Lookup {
    let Ok(path) = percent_encoding::percent_decode_str(raw_path).decode_utf8() else {
        return Lookup::NotFound;
    };
    if !path.starts_with('/') || path.contains(['\0', '\\']) {
        return Lookup::NotFound;
    }
    // The prefix is as `base_url` writes it: Thai percent-encoded.
    let decoded = percent_encoding::percent_decode_str(prefix).decode_utf8_lossy();
    if path == decoded.trim_end_matches('/') && prefix != "/" {
        return Lookup::Redirect(prefix.to_string());
    }
    let Some(rest) = path.strip_prefix(decoded.as_ref()) else {
        return if path == "/" {
            Lookup::Redirect(prefix.to_string())
        } else {
            Lookup::NotFound
        };
    };
    let segments: Vec<&str> = rest.split('/').collect();
    let last = segments.len() - 1;
    let unsafe_segment = segments
        .iter()
        .enumerate()
        .any(|(i, s)| *s == ".." || *s == "." || (s.is_empty() && i != last));
    if unsafe_segment {
        return Lookup::NotFound;
    }
    if rest.is_empty() || rest.ends_with('/') {
        let index = format!("{rest}index.html");
        return if has(&index) {
            Lookup::File(index)
        } else {
            Lookup::NotFound
        };
    }
    if has(rest) {
        Lookup::File(rest.to_string())
    } else if has(&format!("{rest}/index.html")) {
        Lookup::Redirect(format!("{prefix}{rest}/"))
    } else {
        Lookup::NotFound
    }
}

/// One answer, before HTTP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub location: Option<String>,
    pub body: Bytes,
}

impl Snapshot {
    /// The answer to a GET of `raw_path` (with its query, for redirects).
    pub fn reply(&self, raw_path: &str, query: Option<&str>, instance: &str) -> Reply {
        let Some(site) = &self.site else {
            // Nothing has built yet: every page is the overlay alone.
            let lang = lang_of(raw_path, "/");
            let page = format!(
                "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
                 <title>mueang serve</title>\n</head>\n<body>\n</body>\n</html>\n",
                code = lang.code()
            );
            return Reply {
                status: 503,
                content_type: "text/html; charset=utf-8".into(),
                location: None,
                body: self.inject(page.as_bytes(), instance).into(),
            };
        };
        let has = |p: &str| site.files.contains_key(p);
        match lookup(&site.prefix, raw_path, has) {
            Lookup::File(path) => self.file(site, &path, 200, instance),
            Lookup::Redirect(to) => Reply {
                status: 301,
                content_type: "text/plain; charset=utf-8".into(),
                location: Some(match query {
                    Some(q) => format!("{to}?{q}"),
                    None => to,
                }),
                body: Bytes::new(),
            },
            Lookup::NotFound if site.files.contains_key("404.html") => {
                self.file(site, "404.html", 404, instance)
            }
            Lookup::NotFound => Reply {
                status: 404,
                content_type: "text/plain; charset=utf-8".into(),
                location: None,
                body: Bytes::from_static(b"not found\n"),
            },
        }
    }

    fn file(&self, site: &Served, path: &str, status: u16, instance: &str) -> Reply {
        let bytes = site.files.get(path).cloned().unwrap_or_default();
        let mime = mime_guess::from_path(path).first_or_octet_stream();
        let content_type = match mime.type_() {
            mime_guess::mime::TEXT => format!("{}; charset=utf-8", mime.essence_str()),
            _ if mime.essence_str() == "application/javascript"
                || mime.essence_str() == "application/json"
                || mime.essence_str() == "image/svg+xml" =>
            {
                format!("{}; charset=utf-8", mime.essence_str())
            }
            _ => mime.essence_str().to_string(),
        };
        let body = if path.ends_with(".html") {
            self.inject(&bytes, instance).into()
        } else {
            bytes
        };
        Reply {
            status,
            content_type,
            location: None,
            body,
        }
    }

    /// `html` with the reload script, and the overlay where the latest
    /// build failed, added before its last `</body>`.
    pub fn inject(&self, html: &[u8], instance: &str) -> Vec<u8> {
        let mut extra = String::new();
        if let Some(failure) = &self.failure {
            extra.push_str(&self.overlay(failure, failure.lang));
        }
        extra.push_str(&format!(
            "<script src=\"{INTERNAL}live.js\" data-build=\"{}\"></script>\n",
            build_tag(instance, self.generation)
        ));
        let at = find_last(html, b"</body>").unwrap_or(html.len());
        let mut out = Vec::with_capacity(html.len() + extra.len());
        out.extend_from_slice(&html[..at]);
        out.extend_from_slice(extra.as_bytes());
        out.extend_from_slice(&html[at..]);
        out
    }

    /// The error overlay, in `lang`: what failed, how to read it, and each
    /// diagnostic as the terminal printed it.
    fn overlay(&self, failure: &Failure, lang: Lang) -> String {
        let strings = self.strings.get(&lang);
        let t = |key: &str| {
            let s = strings
                .and_then(|s| string(s, &format!("serve.{key}")))
                .unwrap_or(key);
            escape(s)
        };
        let (errors, warnings) = (failure.errors, failure.warnings);
        let n = |key: &str, n: usize| t(key).replace("{n}", &n.to_string());
        let state = if self.site.is_some() {
            t("stale")
        } else {
            t("no_site")
        };
        let mut html = format!(
            "<link rel=\"stylesheet\" href=\"{INTERNAL}overlay.css\">\n\
             <aside id=\"mueang-overlay\" lang=\"{code}\" role=\"alert\" aria-labelledby=\"mueang-overlay-title\">\n\
             <h2 id=\"mueang-overlay-title\">{failed} · {count}</h2>\n\
             <p>{state} {fix}</p>\n<p class=\"mueang-how\">{how}</p>\n",
            code = lang.code(),
            failed = t("failed"),
            count = n("errors", errors),
            fix = t("fix"),
            how = t("how_to_read"),
        );
        for (severity, text) in &failure.shown {
            if *severity == Severity::Error {
                html.push_str(&format!("<pre>{}</pre>\n", escape(text)));
            }
        }
        if warnings > 0 {
            html.push_str(&format!(
                "<details><summary>{}</summary>\n<pre>",
                n("warnings", warnings)
            ));
            for (severity, text) in &failure.shown {
                if *severity == Severity::Warning {
                    html.push_str(&escape(text));
                    html.push('\n');
                }
            }
            html.push_str("</pre></details>\n");
        }
        html.push_str(&format!(
            "<button type=\"button\" id=\"mueang-overlay-hide\">{}</button>\n</aside>\n",
            t("hide")
        ));
        html
    }
}

/// What a page's script and the reload stream compare: this server's
/// instance and the build's generation.
pub fn build_tag(instance: &str, generation: u64) -> String {
    format!("{instance}-{generation}")
}

/// The language a path is in (`/report/en/…` → English), else Thai.
fn lang_of(raw_path: &str, prefix: &str) -> Lang {
    let rest = raw_path.strip_prefix(prefix).unwrap_or(raw_path);
    let first = rest.trim_start_matches('/').split('/').next().unwrap_or("");
    Lang::from_code(first).unwrap_or(Lang::Th)
}

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(prefix: &str) -> Snapshot {
        let files = [
            "index.html",
            "th/index.html",
            "th/cities/korat/index.html",
            "404.html",
        ]
        .iter()
        .map(|p| OutFile {
            path: (*p).to_string(),
            bytes: format!("<html><body>{p}</body></html>").into_bytes(),
        })
        .chain([OutFile {
            path: "assets/style.css".into(),
            bytes: b"body{}".to_vec(),
        }])
        .collect();
        Snapshot {
            generation: 3,
            site: Some(Arc::new(Served::new(prefix.into(), files))),
            failure: None,
            strings: Arc::new(crate::theme::embedded_strings()),
        }
    }

    fn find(prefix: &str, path: &str) -> Lookup {
        let s = site(prefix);
        let served = s.site.as_ref().expect("a site");
        lookup(prefix, path, |p| served.files.contains_key(p))
    }

    #[test]
    fn paths_name_files_and_folders() {
        assert_eq!(find("/", "/"), Lookup::File("index.html".into()));
        assert_eq!(find("/", "/th/"), Lookup::File("th/index.html".into()));
        assert_eq!(find("/", "/th"), Lookup::Redirect("/th/".into()));
        assert_eq!(
            find("/", "/assets/style.css"),
            Lookup::File("assets/style.css".into())
        );
        assert_eq!(
            find("/", "/th/cities/%6Borat/"),
            Lookup::File("th/cities/korat/index.html".into())
        );
        assert_eq!(find("/", "/th/nothing/"), Lookup::NotFound);
    }

    #[test]
    fn a_sub_path_site_is_served_under_its_prefix() {
        assert_eq!(find("/report/", "/"), Lookup::Redirect("/report/".into()));
        assert_eq!(
            find("/report/", "/report"),
            Lookup::Redirect("/report/".into())
        );
        assert_eq!(
            find("/report/", "/report/th/"),
            Lookup::File("th/index.html".into())
        );
        assert_eq!(find("/report/", "/th/"), Lookup::NotFound);
        // A Thai path, as `base_url` writes it (percent-encoded).
        let thai = "/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99/";
        assert_eq!(
            find(thai, &format!("{thai}th/")),
            Lookup::File("th/index.html".into())
        );
        assert_eq!(
            find(thai, "/รายงาน/th/"),
            Lookup::File("th/index.html".into())
        );
        assert_eq!(
            find(thai, thai.trim_end_matches('/')),
            Lookup::Redirect(thai.into())
        );
    }

    #[test]
    fn nothing_outside_the_site_is_reachable() {
        for path in [
            "/../Cargo.toml",
            "/th/../../content/site.yaml",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/th/..%2f..%2fcontent/site.yaml",
            "//etc/passwd",
            "/th//index.html",
            "/./index.html",
            "/..\\..\\etc\\passwd",
            "/%5c..%5cetc%5cpasswd",
            "/index.html%00.css",
            "/%ff%fe",
            "etc/passwd",
            "/etc/passwd",
            "/content/site.yaml",
        ] {
            assert_eq!(find("/", path), Lookup::NotFound, "{path}");
        }
    }

    #[test]
    fn pages_get_the_script_and_other_files_are_untouched() {
        let s = site("/");
        let page = s.reply("/th/", None, "i");
        assert_eq!(page.status, 200);
        assert_eq!(page.content_type, "text/html; charset=utf-8");
        assert_eq!(
            String::from_utf8_lossy(&page.body),
            "<html><body>th/index.html<script src=\"/__mueang/live.js\" data-build=\"i-3\"></script>\n</body></html>"
        );
        let css = s.reply("/assets/style.css", None, "i");
        assert_eq!(css.content_type, "text/css; charset=utf-8");
        assert_eq!(&css.body[..], b"body{}");
        let missing = s.reply("/../etc/passwd", None, "i");
        assert_eq!(missing.status, 404);
        assert!(String::from_utf8_lossy(&missing.body).starts_with("<html><body>404.html<script"));
        let folder = s.reply("/th", Some("a=1"), "i");
        assert_eq!(
            (folder.status, folder.location.as_deref()),
            (301, Some("/th/?a=1"))
        );
    }

    #[test]
    fn a_failure_shows_over_the_last_good_page_in_its_language() {
        let mut s = site("/");
        s.failure = Some(Failure {
            shown: vec![
                (
                    Severity::Error,
                    "error: unknown province `<Korat>`\n --> content/cities/korat.md:3:11".into(),
                ),
                (
                    Severity::Warning,
                    "content/site.yaml:1:1: warning: w".into(),
                ),
            ],
            errors: 1,
            warnings: 1,
            lang: Lang::Th,
        });
        let th = String::from_utf8_lossy(&s.reply("/th/", None, "i").body).into_owned();
        assert!(th.starts_with(
            "<html><body>th/index.html<link rel=\"stylesheet\" href=\"/__mueang/overlay.css\">"
        ));
        assert!(th.contains("<aside id=\"mueang-overlay\" lang=\"th\""));
        assert!(th.contains(">สร้างเว็บไซต์ใหม่ไม่สำเร็จ · ข้อผิดพลาด 1 รายการ</h2>"));
        assert!(th.contains(
            "<pre>error: unknown province `&lt;Korat&gt;`\n --&gt; content/cities/korat.md:3:11</pre>"
        ));
        assert!(th.contains("<summary>คำเตือน 1 รายการ</summary>"));
        assert!(th.contains(">ซ่อนข้อความนี้</button>"));
        // The messages' language, not the page's.
        let en = String::from_utf8_lossy(&s.reply("/en/x/", None, "i").body).into_owned();
        assert!(en.contains(">สร้างเว็บไซต์ใหม่ไม่สำเร็จ · ข้อผิดพลาด 1 รายการ</h2>"));
        if let Some(f) = &mut s.failure {
            f.lang = Lang::En;
        }
        let en = String::from_utf8_lossy(&s.reply("/th/", None, "i").body).into_owned();
        assert!(
            en.contains(">The site could not be rebuilt · Errors: 1</h2>"),
            "{en}"
        );

        if let Some(f) = &mut s.failure {
            f.lang = Lang::Th;
        }
        s.site = None;
        let none = s.reply("/th/", None, "i");
        assert_eq!(none.status, 503);
        let text = String::from_utf8_lossy(&none.body);
        assert!(text.contains("ยังสร้างหน้าเว็บไม่ได้เลย"), "{text}");
        assert!(text.contains("data-build=\"i-3\""));
    }
}
