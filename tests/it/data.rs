//! The data downloads: a date is three columns, its year, month and day,
//! each a number or empty where the date does not say, so that a
//! spreadsheet reads every column as one type and no day is made up; a
//! chart's CSV follows them with the date as its page writes it.

use serde_json::{Value, json};

use crate::support::Site;

/// A site with dates of every precision, built.
fn built() -> Site {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        "title: { th: ทดสอบ, en: Test }\nbase_url: https://example.org/\nreported:\n  - { metric: cities, value: 2, as_of: 2022-08, source: src-1 }\n",
    )
    .write(
        "content/news/n.md",
        "---\ntitle: ข่าว\ndate: 24 สิงหาคม 2565\n---\n",
    )
    .write("content/news/n.en.md", "---\ntitle: News\n---\n")
    .write(
        "content/projects/p.md",
        "---\ntitle: โครงการ\nprovince: Rayong\ndomains: [energy]\nstarted: 2021-10\n---\n",
    )
    .write("content/projects/p.en.md", "---\ntitle: Project\n---\n");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

/// The rows of a CSV file the build wrote, without its BOM.
fn csv(site: &Site, rel: &str) -> Vec<Vec<String>> {
    let bytes = std::fs::read(site.path().join("output").join(rel)).expect(rel);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..]);
    reader
        .records()
        .map(|r| r.expect("CSV").iter().map(str::to_string).collect())
        .collect()
}

/// Of a table's rows, the columns named `columns`, header first.
fn columns(rows: &[Vec<String>], columns: &[&str]) -> Vec<Vec<String>> {
    let at: Vec<usize> = columns
        .iter()
        .map(|c| rows[0].iter().position(|h| h == c).expect(c))
        .collect();
    rows.iter()
        .map(|r| at.iter().map(|i| r[*i].clone()).collect())
        .collect()
}

fn json_file(site: &Site, rel: &str) -> Value {
    let text = std::fs::read_to_string(site.path().join("output").join(rel)).expect(rel);
    serde_json::from_str(&text).expect("JSON")
}

#[test]
fn every_date_column_of_the_data_files_is_a_year_a_month_and_a_day() {
    let site = built();
    let date = ["_year", "_month", "_day"];
    let named =
        |field: &str| -> Vec<String> { date.iter().map(|p| format!("{field}{p}")).collect() };
    let expect = |file: &str, field: &str, rows: &[[&str; 3]]| {
        let names = named(field);
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let got = columns(&csv(&site, file), &names);
        let mut want = vec![names.iter().map(|s| s.to_string()).collect::<Vec<_>>()];
        want.extend(
            rows.iter()
                .map(|r| r.iter().map(|s| s.to_string()).collect()),
        );
        assert_eq!(got, want, "{file}");
        // No column holds the date as one text any more.
        assert!(!csv(&site, file)[0].iter().any(|h| h == field), "{file}");
    };
    expect("data/cohorts.csv", "started", &[["2021", "", ""]]);
    expect("data/cohorts.csv", "ended", &[["", "", ""]]);
    expect("data/news.csv", "date", &[["2022", "8", "24"]]);
    expect("data/sources.csv", "date", &[["2022", "8", "24"]]);
    expect("data/projects.csv", "started", &[["2021", "10", ""]]);
    expect("data/cities.csv", "certified_on", &[["", "", ""]]);
    expect("data/reported.csv", "as_of", &[["2022", "8", ""]]);
    // The fiscal year says it is Buddhist-era: October 2021 is in 2565.
    assert_eq!(
        columns(&csv(&site, "data/projects.csv"), &["fiscal_year_be"]),
        [["fiscal_year_be"], ["2565"]]
    );

    // The JSON files hold the same, with null for empty.
    let news = json_file(&site, "data/news.json");
    assert_eq!(
        [
            &news[0]["date_year"],
            &news[0]["date_month"],
            &news[0]["date_day"]
        ],
        [&json!(2022), &json!(8), &json!(24)]
    );
    assert_eq!(news[0].get("date"), None);
    let cohorts = json_file(&site, "data/cohorts.json");
    assert_eq!(
        [
            &cohorts[0]["started_year"],
            &cohorts[0]["started_month"],
            &cohorts[0]["started_day"]
        ],
        [&json!(2021), &Value::Null, &Value::Null]
    );
    // summary.json too: a date is its year, month and day.
    let summary = json_file(&site, "data/summary.json");
    assert_eq!(
        summary["reconciliation"][0]["as_of"],
        json!({ "year": 2022, "month": 8, "day": null })
    );
}

#[test]
fn a_chart_s_csv_gives_a_date_as_numbers_then_as_its_page_writes_it() {
    let site = built();
    assert_eq!(
        csv(&site, "data/charts/en/reported-vs-records.csv")[..2],
        [
            [
                "Figure",
                "Reported",
                "As of: year",
                "As of: month",
                "As of: day",
                "As of",
                "In the records",
                "In the records (% of reported)"
            ],
            [
                "Certified smart-city areas",
                "2",
                "2022",
                "8",
                "",
                "August 2022",
                "1",
                "50.0"
            ]
        ]
    );
    assert_eq!(
        columns(
            &csv(&site, "data/charts/th/reported-vs-records.csv"),
            &["ณ วันที่: ปี ค.ศ.", "ณ วันที่: เดือน", "ณ วันที่: วัน", "ณ วันที่"]
        )[1],
        ["2022", "8", "", "สิงหาคม 2565"]
    );
    assert_eq!(
        csv(&site, "data/charts/en/projects-by-fiscal-year.csv"),
        [
            [
                "Fiscal year: Buddhist-era year",
                "Fiscal year",
                "Projects",
                "Value (baht)",
                "Projects without a stated value"
            ],
            // The project states no value: an empty cell, not 0.
            ["2565", "FY 2565 (Oct 2021 – Sep 2022)", "1", "", "1"]
        ]
    );
}
