//! The search index: Pagefind's files in the output, one index per
//! language (in shards) over exactly the pages marked for it. (What a query finds is
//! tested in a browser: tests/browser/run.mjs.)

use crate::build::{build, tree};
use crate::support::repo;

#[test]
fn each_language_indexes_its_pages_and_nothing_else() {
    let out = tempfile::tempdir().expect("tmp");
    let run = build(
        &repo().join("tests/fixtures/golden"),
        "content",
        out.path(),
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files = tree(out.path());
    let text = |p: &str| String::from_utf8_lossy(&files[p]).into_owned();

    // The files the theme links to are there.
    for entry in [
        "pagefind/th/1/pagefind.js",
        "pagefind/th/1/pagefind-ui.js",
        "pagefind/th/1/pagefind-ui.css",
        "pagefind/en/1/pagefind.js",
        "pagefind/en/1/pagefind-ui.js",
        "pagefind/en/1/pagefind-ui.css",
    ] {
        assert!(files.contains_key(entry), "{entry}");
    }
    // A small site has one shard a language.
    assert!(!files.keys().any(|p| p.starts_with("pagefind/th/2/")));
    // One index per language, over the pages that mark their <main>.
    let marked = |lang: &str| {
        files
            .iter()
            .filter(|(p, b)| {
                p.starts_with(&format!("{lang}/"))
                    && p.ends_with(".html")
                    && String::from_utf8_lossy(b).contains("data-pagefind-body")
            })
            .count()
    };
    for lang in ["th", "en"] {
        let entry: serde_json::Value =
            serde_json::from_str(&text(&format!("pagefind/{lang}/1/pagefind-entry.json")))
                .expect("JSON");
        let languages = entry["languages"].as_object().expect("languages");
        assert_eq!(languages.keys().collect::<Vec<_>>(), [lang], "{entry}");
        assert_eq!(marked(lang), 98, "{lang}");
        assert_eq!(
            languages[lang]["page_count"].as_u64(),
            Some(marked(lang) as u64),
            "{lang}"
        );
    }
    // Not indexed: the language choice, the 404 page, the search pages,
    // the lists (whose rows are the records' own text) and the data page.
    for page in [
        "index.html",
        "404.html",
        "th/search/index.html",
        "en/search/index.html",
        "th/cities/index.html",
        "en/projects/index.html",
        "th/data/index.html",
    ] {
        assert!(!text(page).contains("data-pagefind-body"), "{page}");
    }
    for page in [
        "th/index.html",
        "th/cities/korat/index.html",
        "en/provinces/nakhon-ratchasima/index.html",
        "th/figures/index.html",
    ] {
        assert!(
            text(page)
                .contains("<main id=\"main\" class=\"wrap\" tabindex=\"-1\" data-pagefind-body>"),
            "{page}"
        );
    }

    // The search page loads Pagefind's UI from the sub-path, and every
    // other page has a search box that leads to it.
    let search = text("th/search/index.html");
    assert!(
        search.contains("<link rel=\"stylesheet\" href=\"/report/pagefind/th/1/pagefind-ui.css\">")
    );
    assert!(search.contains(
        "<div id=\"search\" class=\"search\" data-bundle=\"/report/pagefind/th/1/\" data-merge=\"\" data-base=\"/report/\"></div>"
    ));
    assert!(search.contains("<script src=\"/report/pagefind/th/1/pagefind-ui.js\"></script>"));
    assert!(!search.contains("class=\"search-box\""));
    // It is not a page for search engines.
    assert!(search.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(!text("sitemap.xml").contains("/search/"));
    assert!(text("sitemap.xml").contains("<loc>https://example.org/report/th/sources/</loc>"));
    assert!(text("en/projects/index.html").contains(
        "<form class=\"search-box\" role=\"search\" action=\"/report/en/search/\" method=\"get\">"
    ));

    // A province's other names are search words on its pages and on the
    // pages of its records.
    let words = "นครราชสีมา · Nakhon Ratchasima · Korat · Khorat · โคราช</p>\n</main>";
    assert!(
        text("th/provinces/nakhon-ratchasima/index.html")
            .contains(&format!("<p hidden>ชื่ออื่นของจังหวัด: {words}"))
    );
    assert!(
        text("en/cities/korat/index.html")
            .contains(&format!("<p hidden>Other names of the province: {words}"))
    );
    assert!(!text("en/cities/rayong/index.html").contains("Korat"));
}
