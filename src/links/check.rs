//! Links: the check that every internal link and asset of a built site resolves.
//!
//! A check over a whole tree of files (rendered in memory by `check`, or
//! an output folder on disk for `check --links`): each HTML page's
//! `href`, `src` and `xlink:href`, each stylesheet's `url(…)`, and each
//! sitemap `<loc>` that points into the site must name a file of the tree
//! (a folder by its `index.html`), and a `#fragment` must name an `id` on
//! that page. Links to other sites are not followed (the check works
//! offline); `mailto:`, `tel:` and `data:` are not links to check.
//!
//! HTML is read with html5gum, the WHATWG tokenizer the lychee link
//! checker uses, so attributes are decoded as a browser decodes them.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// A link that does not resolve.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Broken {
    /// The file that holds the link (`th/projects/x/index.html`).
    pub page: String,
    /// The link as written.
    pub link: String,
    pub why: Why,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Why {
    /// No file of the site has that path.
    Missing,
    /// The page exists, but has no element with that `id`.
    NoAnchor,
    /// A path that leaves the site (above its base path).
    Outside,
}

impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let why = match self.why {
            Why::Missing => "no file of the site is there",
            Why::NoAnchor => "the page has no element with that id",
            Why::Outside => "it points outside the site's address",
        };
        write!(f, "{}: broken link `{}`: {why}", self.page, self.link)
    }
}

/// Every broken link of the site in `files` (path → bytes), published at
/// `base_url` (`https://example.org/report/`, ending in `/`). Sorted.
pub fn check<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    base_url: &str,
) -> Vec<Broken> {
    let files: BTreeMap<&str, &[u8]> = files.into_iter().collect();
    let base_path = crate::render::urls::Urls::new(base_url)
        .base_path()
        .to_string();
    let mut ids: HashMap<&str, BTreeSet<String>> = HashMap::new();
    let mut links: Vec<(&str, String)> = Vec::new();
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        if path.ends_with(".html") {
            let page = read_html(&text);
            ids.insert(path, page.ids);
            links.extend(page.links.into_iter().map(|l| (*path, l)));
        } else if path.ends_with(".css") {
            links.extend(css_urls(&text).into_iter().map(|l| (*path, l)));
        } else if path.ends_with("sitemap.xml") {
            links.extend(xml_locs(&text).into_iter().map(|l| (*path, l)));
        }
    }
    let mut broken = BTreeSet::new();
    for (page, link) in links {
        let Some(target) = resolve(page, &link, base_url, &base_path) else {
            continue;
        };
        let why = match target {
            Target::Outside => Some(Why::Outside),
            Target::Path { path, fragment } => {
                let file = if path.is_empty() || path.ends_with('/') {
                    Some(format!("{path}index.html"))
                } else if files.contains_key(path.as_str()) {
                    Some(path)
                } else {
                    let index = format!("{path}/index.html");
                    files.contains_key(index.as_str()).then_some(index)
                };
                match file {
                    Some(f) if !files.contains_key(f.as_str()) => Some(Why::Missing),
                    None => Some(Why::Missing),
                    Some(f) => match fragment {
                        Some(id) if f.ends_with(".html") => {
                            let has = ids.get(f.as_str()).is_some_and(|set| set.contains(&id));
                            (!has).then_some(Why::NoAnchor)
                        }
                        _ => None,
                    },
                }
            }
        };
        if let Some(why) = why {
            broken.insert(Broken {
                page: page.to_string(),
                link,
                why,
            });
        }
    }
    broken.into_iter().collect()
}

struct Page {
    ids: BTreeSet<String>,
    links: Vec<String>,
}

/// The ids and the links of one page.
fn read_html(text: &str) -> Page {
    let mut emitter = DefaultEmitter::default();
    // Read <script> and <style> as text, as a browser does.
    emitter.naively_switch_states(true);
    let mut page = Page {
        ids: BTreeSet::new(),
        links: Vec::new(),
    };
    for Ok(token) in Tokenizer::new_with_emitter(text, emitter) {
        let Token::StartTag(tag) = token else {
            continue;
        };
        for (name, value) in &tag.attributes {
            let value = String::from_utf8_lossy(&value.value).into_owned();
            match name.as_slice() {
                b"id" => {
                    page.ids.insert(value);
                }
                b"name" if tag.name.as_slice() == b"a" => {
                    page.ids.insert(value);
                }
                b"href" | b"src" | b"xlink:href" | b"poster" => page.links.push(value),
                _ => {}
            }
        }
    }
    page
}

/// The `url(…)` of a stylesheet.
fn css_urls(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("url(") {
        rest = &rest[i + 4..];
        let Some(end) = rest.find(')') else { break };
        let url = rest[..end].trim().trim_matches(['"', '\'']);
        out.push(url.to_string());
        rest = &rest[end..];
    }
    out
}

/// The `<loc>` of a sitemap.
fn xml_locs(text: &str) -> Vec<String> {
    text.split("<loc>")
        .skip(1)
        .filter_map(|s| s.split_once("</loc>").map(|(loc, _)| loc.trim()))
        .map(|loc| loc.replace("&amp;", "&"))
        .collect()
}

/// `https://example.org/report/th/` → `th/` where the site is published
/// at `https://example.org/report/`; either scheme, with or without the
/// final `/` of the base.
fn same_site<'a>(link: &'a str, base_url: &str) -> Option<&'a str> {
    let strip = |u: &'a str| {
        u.strip_prefix("https://")
            .or_else(|| u.strip_prefix("http://"))
    };
    let base = base_url
        .strip_prefix("https://")
        .or_else(|| base_url.strip_prefix("http://"))?;
    let rest = strip(link)?;
    if let Some(inside) = rest.strip_prefix(base) {
        Some(inside)
    } else if rest == base.trim_end_matches('/') {
        Some("")
    } else {
        None
    }
}

/// Whether a link starts with a URL scheme (`mailto:`, `data:`): letters,
/// digits, `+`, `-` or `.`, then `:`, before any `/`, `?` or `#`.
fn has_scheme(link: &str) -> bool {
    let Some((scheme, _)) = link.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

enum Target {
    /// A file path inside the site (`th/cities/` or `assets/style.css`),
    /// and the fragment, if any.
    Path {
        path: String,
        fragment: Option<String>,
    },
    Outside,
}

/// Where `link`, written in the file `page`, points; None when it is not
/// a link into this site.
fn resolve(page: &str, link: &str, base_url: &str, base_path: &str) -> Option<Target> {
    let link = link.trim();
    let (path_part, fragment) = match link.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (link, None),
    };
    let path_part = path_part.split('?').next().unwrap_or("");
    let absolute = if let Some(rest) = same_site(path_part, base_url) {
        format!("{base_path}{rest}")
    } else if has_scheme(path_part) || path_part.starts_with("//") {
        // Another site, or a scheme (mailto:, tel:, data:) that is not a file.
        return None;
    } else if path_part.is_empty() {
        // `#id` or `?q=`: this very page.
        format!("{base_path}{page}")
    } else if path_part.starts_with('/') {
        path_part.to_string()
    } else {
        let dir = match page.rfind('/') {
            Some(i) => &page[..=i],
            None => "",
        };
        format!("{base_path}{dir}{path_part}")
    };
    let Some(inside) = absolute.strip_prefix(base_path) else {
        return Some(Target::Outside);
    };
    let decoded = percent_encoding::percent_decode_str(inside)
        .decode_utf8_lossy()
        .into_owned();
    let mut parts: Vec<&str> = Vec::new();
    for segment in decoded.split('/') {
        match segment {
            ".." => {
                if parts.pop().is_none() {
                    return Some(Target::Outside);
                }
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    let mut path = parts.join("/");
    if decoded.ends_with('/') && !path.is_empty() {
        path.push('/');
    }
    let fragment = fragment.filter(|f| !f.is_empty()).map(|f| {
        percent_encoding::percent_decode_str(f)
            .decode_utf8_lossy()
            .into_owned()
    });
    Some(Target::Path { path, fragment })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Vec<(&'static str, &'static [u8])> {
        vec![
            (
                "th/index.html",
                b"<a href=\"#main\">skip</a><main id=\"main\">\
                  <a href=\"/report/th/cities/\">ok</a>\
                  <a href=\"cities/korat/\">relative</a>\
                  <a href=\"/report/th/cities\">folder without slash</a>\
                  <a href=\"https://example.org/report/th/\">full</a>\
                  <a href=\"https://elsewhere.example/x\">other site</a>\
                  <a href=\"mailto:a@example.org\">mail</a>\
                  <a href=\"/report/th/nothing/\">missing</a>\
                  <a href=\"/report/th/cities/#nowhere\">no anchor</a>\
                  <a href=\"/elsewhere/\">outside</a>\
                  <a href=\"../../x/\">above</a>\
                  <img src=\"/report/assets/a%20b.svg\">\
                  <svg><a xlink:href=\"/report/th/cities/korat/#top\"></a></svg>\
                  <script>if (a <b) { x = \"<a href='/report/broken/'>\"; }</script></main>",
            ),
            (
                "th/cities/index.html",
                b"<h1 id=\"cities\">x</h1>\
                  <a href=\"http://example.org/report/th/\">http</a>\
                  <a href=\"https://example.org/report\">base without slash</a>\
                  <a href=\"nope/?a=b:c\">a colon in the query</a>\
                  <a href=\"#note:a\">a colon in the fragment</a>\
                  <a href=\"?page=2#cities\">this page</a>",
            ),
            (
                "404.html",
                b"<main id=\"nf\"><a href=\"#nf\">top</a></main>",
            ),
            ("index.html", b"<a href=\"th/\">th</a>"),
            ("th/cities/korat/index.html", b"<p id=\"top\">x</p>"),
            ("assets/a b.svg", b"<svg/>"),
            (
                "assets/style.css",
                b"@font-face{src:url(\"fonts/x.woff2\")} b{background:url(missing.png)}",
            ),
            ("assets/fonts/x.woff2", b""),
            (
                "sitemap.xml",
                b"<url><loc>https://example.org/report/th/</loc></url>\
                  <url><loc>https://example.org/report/en/</loc></url>",
            ),
        ]
    }

    #[test]
    fn finds_exactly_the_broken_links() {
        let broken = check(site(), "https://example.org/report/");
        let shown: Vec<String> = broken.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "assets/style.css: broken link `missing.png`: no file of the site is there",
                "sitemap.xml: broken link `https://example.org/report/en/`: no file of the site is there",
                "th/cities/index.html: broken link `#note:a`: the page has no element with that id",
                "th/cities/index.html: broken link `nope/?a=b:c`: no file of the site is there",
                "th/index.html: broken link `../../x/`: it points outside the site's address",
                "th/index.html: broken link `/elsewhere/`: it points outside the site's address",
                "th/index.html: broken link `/report/th/cities/#nowhere`: the page has no element with that id",
                "th/index.html: broken link `/report/th/nothing/`: no file of the site is there",
            ]
        );
    }
}
