//! Charts and figures to take away: each chart as an image of its own,
//! its page to embed elsewhere, and its citation; each headline figure's
//! anchor and citation.

use crate::charts::{GOLDEN_CHARTS, between, built, figure, read};

const BASE: &str = "https://example.org/report/";

/// Every chart of the golden fixture, in both languages, has under its
/// figure a link to its image, its embed code and its citation; the image
/// and the embedded page exist, and the page has the chart, its finding,
/// its source line and a link back, and none of the site around it.
#[test]
fn every_chart_has_its_image_its_embed_page_and_its_citation() {
    let (_tmp, output) = built("tests/fixtures/golden/content");
    for lang in ["th", "en"] {
        let source = match lang {
            "th" => "ที่มา: รายงานทดสอบ",
            _ => "Source: Test Report",
        };
        for (page, key) in GOLDEN_CHARTS {
            let id = format!("chart-{key}");
            let html = read(&output, &format!("{lang}/{page}"));
            let fig = figure(&html, &id);
            if key.starts_with("province-locator-") {
                // The province map with one province marked: a way about
                // the site, not an image of its own.
                assert!(!fig.contains("chart__files") && !fig.contains("chart__reuse"));
                assert!(
                    !output
                        .join(format!("data/charts/{lang}/{key}.svg"))
                        .exists()
                );
                continue;
            }
            let home = format!("{BASE}{lang}/{}#{id}", page.trim_end_matches("index.html"));
            let svg_href = format!("/report/data/charts/{lang}/{key}.svg");
            assert!(
                fig.contains(&format!("<a href=\"{svg_href}\" download>")),
                "{lang}/{page}: {key}'s image is linked"
            );
            // The same image as a PNG, drawn at twice the SVG's size.
            let png_href = format!("/report/data/charts/{lang}/{key}.png");
            assert!(
                fig.contains(&format!("<a href=\"{png_href}\" download>")),
                "{lang}/{page}: {key}'s PNG is linked"
            );
            let png = std::fs::read(output.join(format!("data/charts/{lang}/{key}.png")))
                .expect("the chart's PNG");
            let svg_size = {
                let image = read(&output, &format!("data/charts/{lang}/{key}.svg"));
                let view = between(&image, "viewBox=\"0 0 ", "\"")
                    .expect("a viewBox")
                    .to_string();
                let (w, h) = view.split_once(' ').expect("w h");
                (
                    w.parse::<u32>().expect("w") * 2,
                    h.parse::<u32>().expect("h") * 2,
                )
            };
            assert_eq!(
                png_size(&png),
                svg_size,
                "{key}'s PNG is the SVG at twice its size"
            );
            let embed = format!("{BASE}data/charts/{lang}/{key}.html");
            assert!(
                fig.contains(&format!("&lt;iframe src=&quot;{embed}&quot;")),
                "{lang}/{page}: {key}'s embed code"
            );
            assert!(
                fig.contains(&format!(" {home}</p>")),
                "{lang}/{page}: {key}'s citation ends in its address {home}"
            );

            let caption =
                between(fig, &format!("<title id=\"{id}-title\">"), "</title>").expect("a title");
            let image = read(&output, &format!("data/charts/{lang}/{key}.svg"));
            assert!(image.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "));
            assert!(image.ends_with("</svg>\n"));
            assert!(
                image.contains(&format!("<title id=\"title\">{caption}</title>")),
                "{key}'s image is titled with its caption"
            );
            assert!(image.contains(&format!(">{source}</text>")));
            let foot: String = image
                .split(&format!(">{source}</text>\n"))
                .nth(1)
                .expect("the source line")
                .lines()
                .filter_map(|l| {
                    l.split_once('>')
                        .and_then(|(_, t)| t.strip_suffix("</text>"))
                })
                .collect();
            assert_eq!(foot, home, "{key}'s image ends with its address, whole");

            let page_html = read(&output, &format!("data/charts/{lang}/{key}.html"));
            assert!(page_html.contains(&format!("<html lang=\"{lang}\">")));
            assert!(page_html.contains("<meta name=\"robots\" content=\"noindex\">"));
            assert!(page_html.contains(&format!("<link rel=\"canonical\" href=\"{home}\">")));
            assert!(page_html.contains("<base target=\"_top\">"));
            assert!(page_html.contains(&format!("<figure class=\"chart\" id=\"{id}\">")));
            assert!(page_html.contains("<div class=\"chart__image\"><svg "));
            assert!(page_html.contains(&format!(
                "<p class=\"embed__source\">{source}<br>{home}</p>"
            )));
            assert!(page_html.contains(&format!("<p class=\"embed__back\"><a href=\"{home}\">")));
            for chrome in [
                "masthead",
                "<nav",
                "<footer",
                "search-box",
                "data-pagefind-body",
            ] {
                assert!(
                    !page_html.contains(chrome),
                    "{key}'s embedded page has no {chrome}"
                );
            }
        }
    }
    let sitemap = read(&output, "sitemap.xml");
    assert!(
        !sitemap.contains("data/charts/"),
        "embedded pages are not in the sitemap"
    );
}

/// A PNG's width and height, from its header.
pub fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let word = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().expect("4 bytes"));
    (word(16), word(20))
}

/// The citation of a chart, as a sentence, BibTeX and CSL-JSON, in both
/// languages, dated by the latest date in the records.
#[test]
fn a_chart_is_cited_with_the_site_its_caption_the_date_of_the_data_and_its_address() {
    let (_tmp, output) = built("tests/fixtures/golden/content");
    let html = read(&output, "en/projects/index.html");
    let fig = figure(&html, "chart-projects-by-status");
    assert!(fig.contains(
        "<p class=\"chart__cite\">Test Report. “Projects by status, all of Thailand, all years”. Data as of 2022. https://example.org/report/en/projects/#chart-projects-by-status</p>"
    ), "{fig}");
    assert!(fig.contains(
        "<pre class=\"chart__code\">@misc{projects-by-status-en,
  author = {{Test Report}},
  title = {{Projects by status, all of Thailand, all years}},
  year = {2022},
  url = {https://example.org/report/en/projects/#chart-projects-by-status},
  langid = {english},
}
</pre>"
    ));
    let csl = between(
        fig,
        "CSL-JSON (Zotero, Mendeley)</p>\n<pre class=\"chart__code\">",
        "</pre>",
    )
    .expect("the CSL-JSON")
    .replace("&quot;", "\"");
    let csl: serde_json::Value = serde_json::from_str(&csl).expect("CSL-JSON");
    assert_eq!(
        csl,
        serde_json::json!({
            "id": "projects-by-status-en",
            "type": "dataset",
            "title": "Projects by status, all of Thailand, all years",
            "author": [{ "literal": "Test Report" }],
            "publisher": "Test Report",
            "URL": "https://example.org/report/en/projects/#chart-projects-by-status",
            "language": "en",
            "issued": { "date-parts": [[2022]] },
        })
    );

    let html = read(&output, "th/projects/index.html");
    let fig = figure(&html, "chart-projects-by-status");
    assert!(fig.contains(
        "<p class=\"chart__cite\">รายงานทดสอบ. “โครงการตามสถานะ ทั่วประเทศ ทุกปี”. ข้อมูล ณ พ.ศ. 2565. https://example.org/report/th/projects/#chart-projects-by-status</p>"
    ), "{fig}");
    assert!(fig.contains("  langid = {thai},\n"));
    assert!(fig.contains(
        "<textarea class=\"chart__code\" readonly rows=\"4\" aria-label=\"โค้ดสำหรับฝังแผนภูมิ\">&lt;iframe src=&quot;https://example.org/report/data/charts/th/projects-by-status.html&quot; title=&quot;โครงการตามสถานะ ทั่วประเทศ ทุกปี&quot; width=&quot;400&quot; height=&quot;"
    ), "{fig}");
}

/// Each headline figure of the home page has a permanent anchor and the
/// same citation as a chart.
#[test]
fn headline_figures_have_an_anchor_and_a_citation() {
    let (_tmp, output) = built("tests/fixtures/golden/content");
    let html = read(&output, "en/index.html");
    for id in [
        "figure-cities",
        "figure-promotion-zones",
        "figure-provinces",
        "figure-ambassadors",
        "figure-projects",
        "figure-value-thb",
    ] {
        let start = html
            .find(&format!(" id=\"{id}\""))
            .unwrap_or_else(|| panic!("no {id}"));
        let card = &html[start..start + html[start..].find("</li>").expect("card ends")];
        assert!(
            card.contains(&format!(" https://example.org/report/en/#{id}</p>")),
            "{id} is cited at its anchor: {card}"
        );
        assert!(card.contains(&format!("@misc{{{id}-en,\n")));
    }
    assert!(html.contains(
        "<p class=\"chart__cite\">Test Report. “Certified smart-city areas: 3”. Data as of 2022. https://example.org/report/en/#figure-cities</p>"
    ));
    let th = read(&output, "th/index.html");
    assert!(th.contains(
        "<p class=\"chart__cite\">รายงานทดสอบ. “จังหวัดที่มีข้อมูล: 7 จาก 77 จังหวัด”. ข้อมูล ณ พ.ศ. 2565. https://example.org/report/th/#figure-provinces</p>"
    ), "{th}");
}
