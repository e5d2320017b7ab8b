//! The search index: Pagefind's files in the output, one index per
//! language over exactly the pages marked for it. (What a query finds is
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
        "pagefind/pagefind.js",
        "pagefind/pagefind-ui.js",
        "pagefind/pagefind-ui.css",
    ] {
        assert!(files.contains_key(entry), "{entry}");
    }
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
    let entry: serde_json::Value =
        serde_json::from_str(&text("pagefind/pagefind-entry.json")).expect("JSON");
    let languages = entry["languages"].as_object().expect("languages");
    assert_eq!(
        languages.keys().collect::<Vec<_>>(),
        ["en", "th"],
        "{entry}"
    );
    for lang in ["th", "en"] {
        assert!(marked(lang) > 100, "{lang}: {}", marked(lang));
        assert_eq!(
            languages[lang]["page_count"].as_u64(),
            Some(marked(lang) as u64),
            "{lang}"
        );
    }
    // Not indexed: the language choice, the 404 page, the search pages.
    for page in [
        "index.html",
        "404.html",
        "th/search/index.html",
        "en/search/index.html",
    ] {
        assert!(!text(page).contains("data-pagefind-body"), "{page}");
    }
    assert!(
        text("th/cities/index.html")
            .contains("<main id=\"main\" class=\"wrap\" tabindex=\"-1\" data-pagefind-body>")
    );

    // The search page loads Pagefind's UI from the sub-path, and every
    // other page has a search box that leads to it.
    let search = text("th/search/index.html");
    assert!(search.contains("<link rel=\"stylesheet\" href=\"/report/pagefind/pagefind-ui.css\">"));
    assert!(search.contains(
        "<div id=\"search\" class=\"search\" data-bundle=\"/report/pagefind/\" data-base=\"/report/\"></div>"
    ));
    assert!(search.contains("<script src=\"/report/pagefind/pagefind-ui.js\"></script>"));
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
