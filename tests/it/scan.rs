//! No script but the theme's own in any built site: every page, SVG and
//! feed of every test site is read with a WHATWG tokenizer, and no
//! `<script>` outside the theme's two places (a JSON-LD block of data
//! aside), no `on…=` handler and no
//! `javascript:`/`vbscript:`/`data:` link may appear, whatever the content
//! tried (the golden fixture holds such attempts).

use std::collections::BTreeMap;

use html5gum::{DefaultEmitter, Token, Tokenizer};

use crate::build::{build, tree};
use crate::support::repo;

/// What is wrong in one file.
pub fn scripts_and_handlers(path: &str, text: &str) -> Vec<String> {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut found = Vec::new();
    // The theme's scripts: the root page's language choice, and the search
    // page's Pagefind UI and its set-up.
    let theirs = path == "index.html" || path.ends_with("/search/index.html");
    for Ok(token) in Tokenizer::new_with_emitter(text, emitter) {
        let Token::StartTag(tag) = token else {
            continue;
        };
        let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
        // JSON-LD is data, which no browser runs.
        let data = tag.attributes.iter().any(|(attr, value)| {
            attr.as_slice() == b"type" && value.value.as_slice() == b"application/ld+json"
        });
        if name == "script" && !theirs && !data {
            found.push(format!("{path}: a <script>"));
        }
        for (attr, value) in &tag.attributes {
            let attr = String::from_utf8_lossy(attr).to_ascii_lowercase();
            let value = String::from_utf8_lossy(&value.value)
                .trim()
                .to_ascii_lowercase();
            if attr.starts_with("on") {
                found.push(format!("{path}: <{name} {attr}=…>"));
            }
            let link = matches!(
                attr.as_str(),
                "href" | "src" | "xlink:href" | "action" | "formaction"
            );
            if link
                && ["javascript:", "vbscript:", "data:"]
                    .iter()
                    .any(|s| value.starts_with(s))
            {
                found.push(format!("{path}: <{name} {attr}=\"{value}\">"));
            }
        }
    }
    found
}

#[test]
fn no_built_site_has_a_script_or_handler_the_theme_did_not_put_there() {
    let out = tempfile::tempdir().expect("tmp");
    let sites = [
        ("shipped", repo()),
        ("golden", repo().join("tests/fixtures/golden")),
        ("forty-nine", repo().join("tests/fixtures/forty-nine")),
    ];
    let mut scanned = BTreeMap::new();
    for (name, dir) in sites {
        let output = out.path().join(name);
        let run = build(&dir, "content", &output, &[]);
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        let mut found = Vec::new();
        let mut files = 0;
        for (path, bytes) in tree(&output) {
            let markup = [".html", ".svg", ".xml"].iter().any(|e| path.ends_with(e));
            if markup {
                files += 1;
                found.extend(scripts_and_handlers(
                    &path,
                    &String::from_utf8_lossy(&bytes),
                ));
            }
        }
        assert!(found.is_empty(), "{name}:\n{}", found.join("\n"));
        scanned.insert(name, files);
    }
    assert!(scanned.values().all(|n| *n > 100), "{scanned:?}");
}

#[test]
fn the_scan_sees_what_it_looks_for() {
    let page = "<p onclick=\"x()\">a</p><script>alert(1)</script>\
                <a href=\" JavaScript:alert(1)\">b</a><svg><a xlink:href=\"data:text/html,x\"></a></svg>";
    assert_eq!(
        scripts_and_handlers("th/x/index.html", page),
        [
            "th/x/index.html: <p onclick=…>",
            "th/x/index.html: a <script>",
            "th/x/index.html: <a href=\"javascript:alert(1)\">",
            "th/x/index.html: <a xlink:href=\"data:text/html,x\">",
        ]
    );
    assert!(scripts_and_handlers("index.html", "<script>choose()</script>").is_empty());
}
