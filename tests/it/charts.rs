//! Charts: each chart's SVG as reviewed, in both languages; their text,
//! tables and CSV files against `summary.json`; the province map's tiles;
//! and the `chart()` shortcode.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::build::build;
use crate::support::{Site, expect_file, repo, without_nowrap};

/// Builds the fixture `content` into a temporary folder.
pub(crate) fn built(content: &str) -> (tempfile::TempDir, PathBuf) {
    let out = tempfile::tempdir().expect("tmp");
    let output = out.path().join("site");
    let run = build(&repo(), content, &output, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    (out, output)
}

pub(crate) fn read(output: &Path, rel: &str) -> String {
    std::fs::read_to_string(output.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The `<figure>` of chart `id` on `page`.
pub(crate) fn figure<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page
        .find(&format!("<figure class=\"chart\" id=\"{id}\">"))
        .unwrap_or_else(|| panic!("no chart {id}"));
    let end = page[start..].find("</figure>").expect("figure ends") + start;
    &page[start..end]
}

pub(crate) fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = s.find(open)? + open.len();
    let end = s[start..].find(close)? + start;
    Some(&s[start..end])
}

/// The rows of a CSV file the site wrote, without its BOM.
fn csv_rows(output: &Path, rel: &str) -> Vec<Vec<String>> {
    let bytes = std::fs::read(output.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "{rel} starts with a BOM"
    );
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..]);
    reader
        .records()
        .map(|r| r.expect("CSV").iter().map(str::to_string).collect())
        .collect()
}

fn n(v: &Value) -> String {
    v.as_u64().expect("a number").to_string()
}

/// The charts of the golden fixture, by the page they are on.
pub(crate) const GOLDEN_CHARTS: [(&str, &str); 11] = [
    ("index.html", "certified-over-time"),
    ("index.html", "projects-by-domain"),
    ("index.html", "province-map"),
    ("cohorts/index.html", "cohorts-ambassadors"),
    ("cohorts/index.html", "cohorts-provinces"),
    ("projects/index.html", "projects-by-province"),
    ("projects/index.html", "projects-by-status"),
    ("projects/index.html", "projects-by-fiscal-year"),
    ("figures/index.html", "reported-vs-records"),
    ("provinces/rayong/index.html", "province-locator-rayong"),
    ("provinces/rayong/index.html", "province-domains-rayong"),
];

/// Every chart's SVG, in both languages, as reviewed (in
/// `tests/fixtures/golden/charts/`; `UPDATE_EXPECT=1` rewrites them).
#[test]
fn chart_svgs_are_as_reviewed() {
    let (_tmp, output) = built("tests/fixtures/golden/content");
    for lang in ["th", "en"] {
        for (page, name) in GOLDEN_CHARTS {
            let html = read(&output, &format!("{lang}/{page}"));
            let fig = figure(&html, &format!("chart-{name}"));
            let svg = between(fig, "<div class=\"chart__image\">", "</div>")
                .unwrap_or_else(|| panic!("{lang} {name} has an image"));
            expect_file(
                &format!("tests/fixtures/golden/charts/{lang}/{name}.svg"),
                svg,
            );
        }
    }
}

/// Each chart's image is named by its caption and described in words,
/// in the page's language, and offers its table as CSV.
#[test]
fn every_chart_has_its_text_alternative_table_and_csv() {
    let (_tmp, output) = built("tests/fixtures/golden/content");
    for lang in ["th", "en"] {
        for (page, name) in GOLDEN_CHARTS {
            // As the text reads, without the spans that keep figures whole.
            let html = without_nowrap(&read(&output, &format!("{lang}/{page}")));
            let id = format!("chart-{name}");
            let fig = figure(&html, &id);
            let caption = between(
                fig,
                "<figcaption class=\"chart__caption\">",
                "</figcaption>",
            )
            .expect("a caption");
            let title =
                between(fig, &format!("<title id=\"{id}-title\">"), "</title>").expect("a title");
            assert_eq!(title, caption.replace("&#39;", "'"), "{lang} {name}");
            let desc =
                between(fig, &format!("<desc id=\"{id}-desc\">"), "</desc>").expect("a desc");
            assert!(!desc.is_empty(), "{lang} {name} says what it shows");
            assert!(fig.contains(&format!(
                "aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\""
            )));
            let thai = desc.chars().any(|c| ('\u{0E01}'..='\u{0E5B}').contains(&c));
            if lang == "en" {
                assert!(!thai, "{name}: {desc}");
            } else {
                assert!(thai, "{name}: {desc}");
            }
            // The table has as many rows as the CSV, which it links to.
            let href = between(fig, "<p class=\"chart__csv\"><a href=\"/report/", "\"")
                .expect("a CSV link");
            let rows = csv_rows(&output, href);
            let table_rows = between(fig, "<tbody>", "</tbody>")
                .expect("a table")
                .matches("<tr>")
                .count();
            assert_eq!(table_rows + 1, rows.len(), "{lang} {name}");
            let size = std::fs::metadata(output.join(href)).expect("csv").len();
            let label = if lang == "th" {
                format!("ดาวน์โหลดข้อมูล (CSV, {} KB)", size.div_ceil(1024))
            } else {
                format!("Download the data (CSV, {} KB)", size.div_ceil(1024))
            };
            assert!(
                fig.contains(&format!(" download>{label}</a>")),
                "{lang} {name}"
            );
        }
    }
}

/// The charts of the forty-nine fixture say what `summary.json` says, in
/// their CSV files, their tables and their descriptions.
#[test]
fn charts_agree_with_summary_json() {
    let (_tmp, output) = built("tests/fixtures/forty-nine/content");
    let summary: Value = serde_json::from_str(&read(&output, "data/summary.json")).expect("JSON");
    let csv = |name: &str| csv_rows(&output, &format!("data/charts/en/{name}.csv"));
    // A count of projects as a chart's CSV gives it: the projects, their
    // value (empty where projects are counted and none states one) and
    // how many state none.
    let money = |m: &Value| {
        let (projects, without) = (n(&m["projects"]), n(&m["projects_without_value"]));
        let value = if projects != "0" && projects == without {
            String::new()
        } else {
            n(&m["project_value_thb"])
        };
        vec![projects, value, without]
    };

    // By domain: the seven domains, most projects first.
    let rows = csv("projects-by-domain");
    assert_eq!(
        rows[0],
        [
            "Domain",
            "Projects",
            "Value (baht)",
            "Projects without a stated value"
        ]
    );
    let labels = [
        ("economy", "Smart Economy"),
        ("energy", "Smart Energy"),
        ("environment", "Smart Environment"),
        ("governance", "Smart Governance"),
        ("living", "Smart Living"),
        ("mobility", "Smart Mobility"),
        ("people", "Smart People"),
    ];
    assert_eq!(rows.len(), 8);
    for (key, label) in labels {
        let d = &summary["by_domain"][key];
        let row = rows.iter().find(|r| r[0] == label).expect(label);
        assert_eq!(row[1..], money(d), "{key}");
    }

    // The map: every province, with its own counts.
    let names: BTreeMap<String, String> = csv_rows(&output, "data/provinces.csv")
        .into_iter()
        .skip(1)
        .map(|r| (r[2].clone(), r[0].clone()))
        .collect();
    assert_eq!(names.len(), 77);
    let rows = csv("province-map");
    assert_eq!(rows.len(), 78);
    for row in &rows[1..] {
        let p = &summary["by_province"][&names[&row[0]]];
        let (c, pr, a) = (
            p["cities"].as_u64().unwrap(),
            p["projects"].as_u64().unwrap(),
            p["ambassadors"].as_u64().unwrap(),
        );
        assert_eq!(
            row[2..],
            [
                (c + pr + a).to_string(),
                c.to_string(),
                pr.to_string(),
                a.to_string()
            ],
            "{}",
            row[0]
        );
    }

    // Status and fiscal year: one row each, in order.
    let rows = csv("projects-by-status");
    let status = &summary["projects_by_status"];
    for (row, key) in rows[1..]
        .iter()
        .zip(["planned", "ongoing", "completed", "unstated"])
    {
        assert_eq!(row[1..], money(&status[key]), "{key}");
    }
    let rows = csv("projects-by-fiscal-year");
    let years = summary["by_fiscal_year"].as_object().expect("years");
    let unknown = &summary["fiscal_year_unknown"];
    assert!(
        unknown["projects"].as_u64().unwrap() > 0,
        "the fixture has some"
    );
    assert_eq!(rows.len(), years.len() + 2);
    let th = csv_rows(&output, "data/charts/th/projects-by-fiscal-year.csv");
    assert_eq!(
        rows[0],
        [
            "Fiscal year: Buddhist-era year",
            "Fiscal year",
            "Projects",
            "Value (baht)",
            "Projects without a stated value"
        ]
    );
    assert_eq!(
        th[0],
        [
            "ปีงบประมาณ: ปี พ.ศ.",
            "ปีงบประมาณ",
            "โครงการ",
            "มูลค่า (บาท)",
            "โครงการที่ไม่ระบุมูลค่า"
        ]
    );
    for ((row, row_th), (fy, m)) in rows[1..].iter().zip(&th[1..]).zip(years) {
        // Its Buddhist-era number, then its name with the months it runs.
        let be: i32 = fy.parse().expect("a year");
        let (from, to) = (be - 544, be - 543);
        assert_eq!(row[0], *fy);
        assert_eq!(row[1], format!("FY {fy} (Oct {from} – Sep {to})"));
        assert_eq!(row_th[0], *fy);
        assert_eq!(
            row_th[1],
            format!("ปีงบประมาณ {fy} (ต.ค. {} – ก.ย. {fy})", be - 1)
        );
        assert_eq!(row[2..], money(m));
    }
    assert_eq!(
        rows[rows.len() - 1][..2],
        [String::new(), "Start not known to the month".to_string()]
    );
    assert_eq!(rows[rows.len() - 1][2..], money(unknown));

    // By province: the largest first; with the others, every project
    // of every province.
    let rows = csv("projects-by-province");
    let total: u64 = summary["by_province"]
        .as_object()
        .unwrap()
        .values()
        .map(|p| p["projects"].as_u64().unwrap())
        .sum();
    let charted: u64 = rows[1..].iter().map(|r| r[1].parse::<u64>().unwrap()).sum();
    assert_eq!(charted, total);
    let values: Vec<u64> = rows[1..].iter().map(|r| r[2].parse().unwrap()).collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");

    // Reported against the records: each figure of the whole programme.
    let rows = csv("reported-vs-records");
    let site: Vec<&Value> = summary["reconciliation"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["scope"] == "site")
        .collect();
    assert_eq!(rows.len(), site.len() + 1);
    for (row, r) in rows[1..].iter().zip(&site) {
        let (reported, computed) = (
            r["reported"].as_u64().unwrap(),
            r["computed"].as_u64().unwrap(),
        );
        assert_eq!(row[1], reported.to_string());
        // As of: the year, month and day, then the date as written.
        let as_of = &r["as_of"];
        let part = |k: &str| as_of[k].as_u64().map_or(String::new(), |v| v.to_string());
        assert_eq!(row[2..5], [part("year"), part("month"), part("day")]);
        assert_eq!(row[6], computed.to_string());
        // Tenths of a per cent, rounded half up (the fixture's figures
        // are all whole: 49 of 49).
        let tenths = (computed * 2000 + reported) / (reported * 2);
        assert_eq!(row[7], format!("{}.{}", tenths / 10, tenths % 10));
    }

    // The words say the same: 49 projects, and the province with most.
    let home = read(&output, "en/index.html");
    let desc = between(
        figure(&home, "chart-projects-by-domain"),
        "-desc\">",
        "</desc>",
    )
    .unwrap();
    let most = labels
        .iter()
        .map(|(k, _)| summary["by_domain"][k]["projects"].as_u64().unwrap())
        .max()
        .unwrap();
    // Each domain has seven of the 49 projects: a tie, said as one.
    assert_eq!(most, 7);
    assert_eq!(desc, "7 domains have the most projects, 7 each, of 49.");
    // The table on the page holds the CSV's figures, formatted.
    let fig = figure(&home, "chart-projects-by-domain");
    for (key, label) in labels {
        let v = summary["by_domain"][key]["projects"].as_u64().unwrap();
        assert!(
            fig.contains(&format!(
                "{label}</a></th><td class=\"num\" data-label=\"Projects\">{v}</td>"
            )),
            "{label}"
        );
    }
    // No dated certified area and no report: said in words, no image.
    let fig = figure(&home, "chart-certified-over-time");
    assert!(!fig.contains("<svg"));
    assert!(fig.contains(
        "<p class=\"chart__empty\">No certified area in the records has a date yet, and no dated report gives a total, so there is nothing to chart.</p>"
    ));
}

/// All 77 provinces are on the map, each a link to its page.
#[test]
fn every_tile_of_the_map_links_to_a_province_page() {
    let (_tmp, output) = built("tests/fixtures/golden/content");
    for lang in ["th", "en"] {
        for (page, id, focusable) in [
            ("index.html", "chart-province-map", true),
            (
                "provinces/rayong/index.html",
                "chart-province-locator-rayong",
                false,
            ),
        ] {
            let html = read(&output, &format!("{lang}/{page}"));
            let fig = figure(&html, id);
            let svg = between(fig, "<svg", "</svg>").expect("svg");
            let hrefs: Vec<&str> = svg
                .split("<a href=\"")
                .skip(1)
                .map(|s| s.split('"').next().expect("href"))
                .collect();
            assert_eq!(hrefs.len(), 77, "{lang} {page}");
            let distinct: std::collections::BTreeSet<&str> = hrefs.iter().copied().collect();
            assert_eq!(distinct.len(), 77);
            for href in hrefs {
                let rel = href.strip_prefix("/report/").expect("under the base path");
                assert!(
                    output.join(rel).join("index.html").is_file(),
                    "{lang} {page}: {href}"
                );
                assert!(rel.starts_with(&format!("{lang}/provinces/")), "{href}");
            }
            assert_eq!(svg.matches("<title>").count(), 77, "a title per tile");
            assert_eq!(svg.contains("tabindex=\"-1\""), !focusable);
        }
    }
    let html = read(&output, "en/index.html");
    assert!(html.contains(
        "<a href=\"/report/en/provinces/rayong/\"><title>Rayong — records: 4 (smart-city areas: 1, projects: 1, ambassadors: 2)</title>"
    ));
}

#[test]
fn a_text_embeds_a_chart_by_name() {
    let site = Site::minimal();
    site.write(
        "content/news/2022-charts.md",
        "---\ntitle: แผนภูมิ\ndate: 2022-08-24\nsources: [src-1]\n---\nก่อน\n\n{{ chart(name=\"province-map\") }}\n\n{{ chart(name='province-domains', province=\"ระยอง\") }}\n\nหลัง\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = std::fs::read_to_string(site.path().join("output/th/news/2022-charts/index.html"))
        .expect("the post");
    let body = between(&page, "<p>ก่อน</p>", "<p>หลัง</p>").expect("the body");
    assert!(body.contains("<figure class=\"chart\" id=\"chart-province-map\">"));
    assert!(body.contains("<figure class=\"chart\" id=\"chart-province-domains-rayong\">"));
    assert!(!page.contains('\u{E000}'));
}

#[test]
fn chart_shortcode_errors_name_the_valid_charts() {
    let cases = [
        (
            "{{ chart(name=\"projects-by-domian\") }}",
            r#"error: there is no chart `projects-by-domian`
 --> content/cities/rayong.md:8:1
  |
8 | {{ chart(name="projects-by-domian") }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: did you mean `projects-by-domain`? the charts are: certified-over-time, projects-by-domain, province-map, cohorts-ambassadors, cohorts-provinces, projects-by-province, projects-by-status, projects-by-fiscal-year, reported-vs-records, province-locator (with province="…"), province-domains (with province="…")
"#,
        ),
        (
            "มี {{ chart(name=\"province-map\") }} ในบรรทัด",
            r#"error: a chart must stand on a line of its own
 --> content/cities/rayong.md:8:4
  |
8 | มี {{ chart(name="province-map") }} ในบรรทัด
  |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: put the `{{ chart(…) }}` at the start of its own line, not indented, with an empty line before and after it
"#,
        ),
        (
            "- รายการ\n\n  {{ chart(name=\"province-map\") }}",
            r#"error: a chart must stand on a line of its own
  --> content/cities/rayong.md:10:3
   |
10 |   {{ chart(name="province-map") }}
   |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = help: put the `{{ chart(…) }}` at the start of its own line, not indented, with an empty line before and after it
"#,
        ),
        (
            "{{ chart(name=\"province-map\", name=\"projects-by-status\") }}",
            r#"error: `chart` has `name` twice
 --> content/cities/rayong.md:8:1
  |
8 | {{ chart(name="province-map", name="projects-by-status") }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: keep one `name="…"`
"#,
        ),
        (
            "{{ chart(name=\"province-domains\") }}",
            r#"error: the chart `province-domains` needs a province
 --> content/cities/rayong.md:8:1
  |
8 | {{ chart(name="province-domains") }}
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = help: add province="…" with the province's Thai or English name, or its code (TH-21)
"#,
        ),
    ];
    for (line, diagnostic) in cases {
        let site = Site::minimal();
        site.write(
            "content/cities/rayong.md",
            format!(
                "---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\n---\nบรรทัดแรก\n\n{line}\n"
            ),
        );
        let run = site.run(&["check"]);
        assert_eq!(
            run.stderr,
            format!(
                "{diagnostic}\nmueang check: 1 error, 0 warnings in `content`: fix the errors above\n"
            ),
            "{line}"
        );
        assert_eq!(run.code, 1, "{line}");
    }
}
