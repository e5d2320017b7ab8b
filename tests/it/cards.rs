//! Social cards: every page names the picture a shared link shows
//! (OpenGraph and Twitter tags), the picture is a 1200 × 630 PNG drawn in
//! the page's language, its Thai shaped so that OCR reads it back, and
//! the number of cards does not grow with the number of projects.

use std::path::Path;

use crate::build::{build, tree};
use crate::charts::{built, read};
use crate::reuse::png_size;
use crate::serve::copy_dir;
use crate::support::*;

const BASE: &str = "https://example.org/report/";

/// Every `.html` file under `root`, as paths from it, sorted.
fn pages(root: &Path) -> Vec<String> {
    tree(root)
        .into_keys()
        .filter(|p| p.ends_with(".html"))
        .collect()
}

/// The `content` of the `<meta>` whose `property` or `name` is `name`.
fn meta<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    ["property", "name"].iter().find_map(|attr| {
        let start = format!("<meta {attr}=\"{name}\" content=\"");
        let at = html.find(&start)? + start.len();
        Some(&html[at..at + html[at..].find('"')?])
    })
}

/// Every page of the golden site, and each chart's page to embed, names
/// its card with its size and its words, and the card is there: a PNG of
/// 1200 × 630. A page without a card of its own shows its section's.
#[test]
fn every_page_names_its_card_and_the_card_is_there() {
    let (_tmp, output) = built("tests/fixtures/golden/content");
    let all = pages(&output);
    assert!(all.len() > 200, "{}", all.len());
    for page in &all {
        if page == "index.html" || page == "404.html" {
            continue; // the language chooser and the page for a bad link
        }
        let html = read(&output, page);
        let lang = &page.trim_start_matches("data/charts/")[..2];
        let image = meta(&html, "og:image").unwrap_or_else(|| panic!("{page}: og:image"));
        assert_eq!(meta(&html, "twitter:image"), Some(image), "{page}");
        let file = image
            .strip_prefix(BASE)
            .unwrap_or_else(|| panic!("{page}: {image} is absolute, on the site"));
        assert!(
            file.starts_with(&format!("cards/{lang}/")),
            "{page}: {file}"
        );
        let png = std::fs::read(output.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(png_size(&png), (1200, 630), "{file}");
        assert_eq!(meta(&html, "og:image:width"), Some("1200"), "{page}");
        assert_eq!(meta(&html, "og:image:height"), Some("630"), "{page}");
        assert_eq!(meta(&html, "og:image:type"), Some("image/png"), "{page}");
        assert_eq!(meta(&html, "twitter:card"), Some("summary_large_image"));
        let alt = meta(&html, "og:image:alt").expect("alt text");
        assert_eq!(meta(&html, "twitter:image:alt"), Some(alt));
        let site = if lang == "th" {
            "รายงานทดสอบ"
        } else {
            "Test Report"
        };
        assert!(alt.starts_with(&format!("{site} · ")), "{page}: {alt}");
        let locale = if lang == "th" { "th_TH" } else { "en_US" };
        assert_eq!(meta(&html, "og:locale"), Some(locale), "{page}");
        let url = meta(&html, "og:url").expect("og:url");
        assert!(url.starts_with(BASE), "{page}: {url}");
        if !page.starts_with("data/charts/") {
            let other = if lang == "th" { "en_US" } else { "th_TH" };
            assert_eq!(meta(&html, "og:locale:alternate"), Some(other), "{page}");
            assert_eq!(
                url,
                format!("{BASE}{}", page.trim_end_matches("index.html"))
            );
            let title = meta(&html, "og:title").expect("og:title");
            assert_eq!(meta(&html, "twitter:title"), Some(title));
        }
    }
    let card = |page: &str| {
        meta(&read(&output, page), "og:image")
            .expect("og:image")
            .trim_start_matches(BASE)
            .to_string()
    };
    // Its own card, or its section's.
    for (page, expected) in [
        ("th/index.html", "cards/th/home.png"),
        ("en/cities/korat/index.html", "cards/en/city-korat.png"),
        (
            "th/provinces/rayong/index.html",
            "cards/th/province-rayong.png",
        ),
        ("en/cohorts/c-1/index.html", "cards/en/cohort-c-1.png"),
        ("en/domains/energy/index.html", "cards/en/domain-energy.png"),
        ("en/projects/billions/index.html", "cards/en/projects.png"),
        ("th/projects/index.html", "cards/th/projects.png"),
        ("en/figures/index.html", "cards/en/figures.png"),
        (
            "data/charts/th/province-map.html",
            "cards/th/chart-province-map.png",
        ),
    ] {
        assert_eq!(card(page), expected, "{page}");
    }
    let rayong = read(&output, "en/provinces/rayong/index.html");
    assert_eq!(
        meta(&rayong, "og:image:alt"),
        Some("Test Report · Rayong · Projects: 1 · Value of projects: THB 1,170 million")
    );
    let home = read(&output, "th/index.html");
    assert_eq!(
        meta(&home, "og:image:alt"),
        Some(
            "รายงานทดสอบ · รายงานทดสอบ · เมืองอัจฉริยะที่ได้รับการรับรอง: 3 · จังหวัดที่มีข้อมูล: 7 จาก 77 จังหวัด · เว็บไซต์ทดสอบของ mueang"
        )
    );
    assert_eq!(meta(&home, "og:type"), Some("website"));
    assert_eq!(meta(&rayong, "og:type"), Some("article"));
}

/// What Tesseract reads off a card in `langs` (`tha+eng`), without
/// spaces (it reads Thai with spaces between letters at times).
fn ocr(png: &Path, langs: &str) -> String {
    let out = std::process::Command::new("tesseract")
        .arg(png)
        .arg("-")
        .args(["-l", langs])
        .output()
        .expect("tesseract: install Debian's tesseract-ocr and tesseract-ocr-tha (.ci/run does)");
    assert!(
        out.status.success(),
        "tesseract {}: {}",
        png.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The Thai on a card is shaped (marks stacked on their letters, no
/// boxes): OCR reads the city's Thai name, its status and its province
/// back off the Thai card, and the English card's words off the English.
#[test]
fn ocr_reads_the_thai_and_the_english_back_off_the_cards() {
    let (_tmp, output) = built("tests/fixtures/golden/content");
    let th = ocr(&output.join("cards/th/city-korat.png"), "tha");
    for words in ["รายงานทดสอบ", "โคราชทดสอบ", "ได้รับการรับรอง", "นครราชสีมา"]
    {
        assert!(th.contains(words), "{words} in {th}");
    }
    let th = ocr(&output.join("cards/th/province-rayong.png"), "tha+eng");
    for words in ["ระยอง", "1,170ล้านบาท", "มูลค่าโครงการ"]
    {
        assert!(th.contains(words), "{words} in {th}");
    }
    let en = ocr(&output.join("cards/en/province-rayong.png"), "eng");
    for words in ["TestReport", "Rayong", "THB1,170million", "Valueofprojects"] {
        assert!(en.contains(words), "{words} in {en}");
    }
}

/// Cards are drawn for the home page, the sections, the cities, cohorts,
/// provinces and domains and the charts: thirty more projects add no
/// card (a province's chart, and so its card, comes with its first
/// project: at most 77).
#[test]
fn the_number_of_cards_does_not_grow_with_the_number_of_projects() {
    let tmp = tempfile::tempdir().expect("tmp");
    let content = tmp.path().join("content");
    copy_dir(&repo().join("tests/fixtures/golden/content"), &content);
    let cards = |output: &Path| tree(&output.join("cards")).into_keys().collect::<Vec<_>>();
    let before = tmp.path().join("before");
    let run = build(&repo(), content.to_str().expect("utf-8"), &before, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for i in 0..30 {
        std::fs::write(
            content.join(format!("projects/more-{i}.md")),
            format!(
                "---\ntitle: โครงการเพิ่ม {i}\nprovince: Khon Kaen\ndomains: [people]\nstatus: completed\n---\n"
            ),
        )
        .expect("a project");
    }
    let after = tmp.path().join("after");
    let run = build(&repo(), content.to_str().expect("utf-8"), &after, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(cards(&before), cards(&after));
    // 10 sections, 3 cities, 1 cohort, the 7 provinces with records, 7
    // domains and 14 charts' cards in each language.
    assert_eq!(cards(&after).len(), 2 * (10 + 3 + 1 + 7 + 7 + 14));
    assert_ne!(
        std::fs::read(before.join("cards/en/projects.png")).expect("card"),
        std::fs::read(after.join("cards/en/projects.png")).expect("card"),
        "the projects' card shows their number"
    );
}
