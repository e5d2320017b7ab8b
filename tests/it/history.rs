//! The figures' history: `build` in a git repository reads the figures at
//! every commit that changed the content, and shows how each headline
//! and cohort figure moved, dated by the commits, on the figures page, on
//! the cohort's page, and in `data/history.csv` and `history.json`.

use std::path::Path;

use crate::support::{SOURCES_YAML, Site, git_at, run_in};

const SITE: &str = "title: { th: ทดสอบ, en: Test }\nbase_url: https://example.org/\n";

fn commit(site: &Site, date: &str, message: &str) {
    let at = format!("{date}T10:00:00+07:00");
    git_at(site.path(), &["add", "-A"], &at);
    git_at(site.path(), &["commit", "-q", "-m", message], &at);
}

/// A project of cohort c-1, in the city of its province where there is one.
fn project(id: &str, province: &str, value: Option<&str>) -> String {
    let value = value.map_or(String::new(), |v| format!("value_thb: {v}\n"));
    let city = match province {
        "Rayong" | "Phuket" => format!("city: {}\n", province.to_lowercase()),
        _ => String::new(),
    };
    format!(
        "---\ntitle: โครงการ {id}\nprovince: {province}\n{city}domains: [energy]\ncohort: c-1\n{value}sources: [src-1]\n---\n"
    )
}

fn city(province: &str, status: &str) -> String {
    format!(
        "---\ntitle: {province}\nprovince: {province}\nstatus: {status}\nsources: [src-1]\n---\n"
    )
}

/// A repository whose content goes through seven commits: the first
/// state (tagged v1); a project added; a value corrected (tagged v2); a
/// city certified; a reported figure added (no record changes); a
/// project in a province that does not exist (fails `check`); that
/// project removed and another renamed (no figure moves).
fn repository() -> Site {
    let site = Site::empty();
    site.write("content/site.yaml", SITE)
        .write("content/sources.yaml", SOURCES_YAML)
        .write(
            "content/cohorts/c-1.md",
            "---\ntitle: รุ่นที่ 1\nnumber: 1\nstarted: 2021\n---\n",
        )
        .write("content/cities/rayong.md", city("Rayong", "certified"))
        .write("content/cities/phuket.md", city("Phuket", "proposed"))
        .write(
            "content/projects/p-1.md",
            project("p-1", "Rayong", Some("10 ล้านบาท")),
        );
    git_at(
        site.path(),
        &["init", "-q", "-b", "main"],
        "2024-01-10T10:00:00Z",
    );
    commit(&site, "2024-01-10", "first state");
    git_at(site.path(), &["tag", "v1"], "2024-01-10T10:00:00Z");
    site.write("content/projects/p-2.md", project("p-2", "Phuket", None));
    commit(&site, "2024-03-05", "p-2 added");
    site.write(
        "content/projects/p-1.md",
        project("p-1", "Rayong", Some("12 ล้านบาท")),
    );
    commit(&site, "2024-05-20", "p-1 corrected");
    git_at(site.path(), &["tag", "v2"], "2024-05-20T10:00:00Z");
    site.write("content/cities/phuket.md", city("Phuket", "certified"));
    commit(&site, "2024-06-01", "Phuket certified");
    site.write(
        "content/site.yaml",
        format!(
            "{SITE}reported:\n  - {{ metric: projects, value: 5, source: src-1, as_of: 2022-08 }}\n"
        ),
    );
    commit(&site, "2024-06-15", "a reported figure");
    site.write("content/projects/p-3.md", project("p-3", "Atlantis", None));
    commit(&site, "2024-07-01", "p-3, in no province");
    site.remove("content/projects/p-3.md");
    git_at(
        site.path(),
        &["mv", "content/projects/p-2.md", "content/projects/p-two.md"],
        "2024-08-01T10:00:00Z",
    );
    commit(&site, "2024-08-01", "p-3 removed, p-2 renamed");
    site
}

/// The commits' ids by message, as the site shows them (12 digits).
fn ids(dir: &Path) -> Vec<(String, String)> {
    let out = std::process::Command::new("git")
        .args(["log", "--format=%s|%H"])
        .current_dir(dir)
        .output()
        .expect("git log");
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .filter_map(|l| l.split_once('|'))
        .map(|(m, h)| (m.to_string(), h[..12].to_string()))
        .collect()
}

/// `text` with each commit id replaced by its message in brackets.
fn named(dir: &Path, text: &str) -> String {
    let mut text = text.to_string();
    for (message, id) in ids(dir) {
        text = text.replace(&id, &format!("[{message}]"));
        text = text.replace(&id[..7], &format!("[{message}]"));
    }
    text
}

fn build(site: &Site, extra: &[&str]) -> crate::support::Run {
    let mut args = vec!["build"];
    args.extend_from_slice(extra);
    let run = run_in(site.path(), &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run
}

fn read(site: &Site, rel: &str) -> String {
    std::fs::read_to_string(site.path().join("output").join(rel))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The text of the history table of `page`, a line a row, cells joined
/// by ` | `.
fn table(page: &str) -> String {
    let start = page
        .find("<table class=\"changes__table")
        .expect("a history table");
    let end = start + page[start..].find("</table>").expect("its end");
    let rows = page[start..end].split("<tr>").skip(2);
    rows.map(|row| {
        let marked = row.replace("</td>", "\u{1}").replace("</th>", "\u{1}");
        let mut text = String::new();
        let mut in_tag = false;
        for c in marked.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        text.split('\u{1}')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
            .join(" | ")
    })
    .collect::<Vec<_>>()
    .join("\n")
}

#[test]
fn the_history_of_every_commit_that_changed_the_content_is_on_the_site() {
    let site = repository();
    let run = build(&site, &[]);
    assert!(!run.stderr.contains("shallow"), "{}", run.stderr);
    let csv = named(site.path(), &read(&site, "data/history.csv"));
    assert_eq!(
        csv.replace("\r\n", "\n"),
        "\u{feff}date,commit,status,scope,figure,before,after,moved_by,errors
2024-01-10,[first state],moved,site,cities,,2,,
2024-01-10,[first state],moved,site,cities_certified,,1,,
2024-01-10,[first state],moved,site,cohorts,,1,,
2024-01-10,[first state],moved,site,projects,,1,,
2024-01-10,[first state],moved,site,project_value_thb,,10000000,,
2024-01-10,[first state],moved,site,provinces_covered,,2,,
2024-01-10,[first state],moved,site,regions_covered,,2,,
2024-01-10,[first state],moved,site,status.certified,,1,,
2024-01-10,[first state],moved,site,status.proposed,,1,,
2024-01-10,[first state],moved,cohort:c-1,projects,,1,,
2024-01-10,[first state],moved,cohort:c-1,project_value_thb,,10000000,,
2024-01-10,[first state],moved,cohort:c-1,provinces_covered,,1,,
2024-01-10,[first state],moved,city:rayong,projects,,1,,
2024-01-10,[first state],moved,city:rayong,project_value_thb,,10000000,,
2024-03-05,[p-2 added],moved,site,projects,1,2,projects/p-2,
2024-03-05,[p-2 added],moved,site,projects_without_value,0,1,projects/p-2,
2024-03-05,[p-2 added],moved,cohort:c-1,projects,1,2,projects/p-2,
2024-03-05,[p-2 added],moved,cohort:c-1,projects_without_value,0,1,projects/p-2,
2024-03-05,[p-2 added],moved,cohort:c-1,provinces_covered,1,2,projects/p-2,
2024-03-05,[p-2 added],moved,city:phuket,projects,0,1,projects/p-2,
2024-03-05,[p-2 added],moved,city:phuket,projects_without_value,0,1,projects/p-2,
2024-05-20,[p-1 corrected],moved,site,project_value_thb,10000000,12000000,projects/p-1,
2024-05-20,[p-1 corrected],moved,cohort:c-1,project_value_thb,10000000,12000000,projects/p-1,
2024-05-20,[p-1 corrected],moved,city:rayong,project_value_thb,10000000,12000000,projects/p-1,
2024-06-01,[Phuket certified],moved,site,cities_certified,1,2,cities/phuket,
2024-06-01,[Phuket certified],moved,site,status.certified,1,2,cities/phuket,
2024-06-01,[Phuket certified],moved,site,status.proposed,1,0,cities/phuket,
2024-07-01,[p-3, in no province],skipped,,,,,,1
"
    );
    // The same on the figures page, in each language, newest last.
    let page = named(site.path(), &read(&site, "en/figures/index.html"));
    assert!(
        page.contains(
            "<p>4 changes moved a figure, from <span class=\"nw\">10 January 2024</span> to <span class=\"nw\">1 June 2024</span>, of 7 changes to the content read.</p>"
        ),
        "{page}"
    );
    assert_eq!(
        table(&page),
        "10 January 2024 | [first state] | All areas in the records | – | 2 | first in the records
Certified smart-city areas | – | 1 | first in the records
Cohorts | – | 1 | first in the records
Projects | – | 1 | first in the records
Total value of projects | – | THB 10 million | first in the records
Provinces covered (of 77) | – | 2 | first in the records
Regions covered (of 6) | – | 2 | first in the records
Areas: Certified | – | 1 | first in the records
Areas: Proposed | – | 1 | first in the records
5 March 2024 | [p-2 added] | Projects | 1 | 2 | p-2
Projects with no stated value | 0 | 1 | p-2
20 May 2024 | [p-1 corrected] | Total value of projects | THB 10 million from 1 of 2 projects; 1 without a stated value | THB 12 million from 1 of 2 projects; 1 without a stated value | p-1
1 June 2024 | [Phuket certified] | Certified smart-city areas | 1 | 2 | phuket
Areas: Certified | 1 | 2 | phuket
Areas: Proposed | 1 | 0 | phuket"
    );
    assert!(
        page.contains(
            "<li>[p-3, in no province] (<span class=\"nw\">1 July 2024</span>): errors found: 1</li>"
        ),
        "{page}"
    );
    // A step chart of each main figure that moved after its first value.
    for id in [
        "history-site-projects",
        "history-site-project_value_thb",
        "history-site-cities_certified",
    ] {
        assert!(
            page.contains(&format!("aria-labelledby=\"{id}-title\"")),
            "{id}"
        );
    }
    assert!(!page.contains("history-site-provinces_covered"));
    let th = named(site.path(), &read(&site, "th/figures/index.html"));
    assert!(
        table(&th).starts_with(
            "10 มกราคม 2567 | [first state] | พื้นที่ทั้งหมดในบันทึก | – | 2 | เริ่มมีในระเบียน\n"
        ),
        "{}",
        table(&th)
    );
    // The cohort's page: its own figures' history.
    let cohort = named(site.path(), &read(&site, "en/cohorts/c-1/index.html"));
    assert_eq!(
        table(&cohort),
        "10 January 2024 | [first state] | Projects | – | 1 | first in the records
Total value of projects | – | THB 10 million | first in the records
Provinces covered (of 77) | – | 1 | first in the records
5 March 2024 | [p-2 added] | Projects | 1 | 2 | p-2
Projects with no stated value | 0 | 1 | p-2
Provinces covered (of 77) | 1 | 2 | p-2
20 May 2024 | [p-1 corrected] | Total value of projects | THB 10 million from 1 of 2 projects; 1 without a stated value | THB 12 million from 1 of 2 projects; 1 without a stated value | p-1"
    );
    // A city's page: the figures of its projects.
    let city = named(site.path(), &read(&site, "en/cities/rayong/index.html"));
    assert_eq!(
        table(&city),
        "10 January 2024 | [first state] | Projects | – | 1 | first in the records
Total value of projects | – | THB 10 million | first in the records
20 May 2024 | [p-1 corrected] | Total value of projects | THB 10 million | THB 12 million | p-1"
    );
    // The open-data catalogs describe the CSV, column by column.
    let package: serde_json::Value =
        serde_json::from_str(&read(&site, "data/datapackage.json")).expect("JSON");
    let resource = package["resources"]
        .as_array()
        .expect("resources")
        .iter()
        .find(|r| r["name"] == "history")
        .expect("a history resource");
    let fields: Vec<String> = resource["schema"]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| {
            format!(
                "{}:{}",
                f["name"].as_str().unwrap(),
                f["type"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            "date:date",
            "commit:string",
            "status:string",
            "scope:string",
            "figure:string",
            "before:integer",
            "after:integer",
            "moved_by:string",
            "errors:integer"
        ]
    );
    assert!(read(&site, "data/catalog.jsonld").contains("\"dct:identifier\": \"history\""));
    // The same repository state builds the same bytes.
    let first = read(&site, "data/history.json");
    build(&site, &[]);
    assert_eq!(read(&site, "data/history.json"), first);
}

#[test]
fn history_tags_and_since_choose_the_commits_and_no_history_skips_it() {
    let site = repository();
    // Tagged releases only: v1, then v2 with both its changes in one.
    site.write(
        "content/site.yaml",
        format!("{SITE}history:\n  tags: \"v*\"\n"),
    );
    build(&site, &[]);
    let csv = named(site.path(), &read(&site, "data/history.csv"));
    let v2: Vec<&str> = csv
        .lines()
        .filter(|l| !l.starts_with("2024-01-10"))
        .collect();
    assert_eq!(
        v2,
        [
            "\u{feff}date,commit,status,scope,figure,before,after,moved_by,errors",
            "2024-05-20,[p-1 corrected],moved,site,projects,1,2,projects/p-2,",
            "2024-05-20,[p-1 corrected],moved,site,project_value_thb,10000000,12000000,projects/p-1; projects/p-2,",
            "2024-05-20,[p-1 corrected],moved,site,projects_without_value,0,1,projects/p-1; projects/p-2,",
            "2024-05-20,[p-1 corrected],moved,cohort:c-1,projects,1,2,projects/p-2,",
            "2024-05-20,[p-1 corrected],moved,cohort:c-1,project_value_thb,10000000,12000000,projects/p-1; projects/p-2,",
            "2024-05-20,[p-1 corrected],moved,cohort:c-1,projects_without_value,0,1,projects/p-1; projects/p-2,",
            "2024-05-20,[p-1 corrected],moved,cohort:c-1,provinces_covered,1,2,projects/p-2,",
            "2024-05-20,[p-1 corrected],moved,city:phuket,projects,0,1,projects/p-2,",
            "2024-05-20,[p-1 corrected],moved,city:phuket,projects_without_value,0,1,projects/p-2,",
            "2024-05-20,[p-1 corrected],moved,city:rayong,project_value_thb,10000000,12000000,projects/p-1,",
        ]
    );
    // Since a date: the commit before it gives the first row's "before".
    site.write(
        "content/site.yaml",
        format!("{SITE}history:\n  since: 2024-05-01\n"),
    );
    build(&site, &[]);
    let csv = named(site.path(), &read(&site, "data/history.csv"));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[1],
        "2024-05-20,[p-1 corrected],moved,site,project_value_thb,10000000,12000000,projects/p-1,"
    );
    assert_eq!(lines.len(), 8, "{csv}");
    let page = read(&site, "en/figures/index.html");
    assert!(page.contains("2 changes moved a figure, from <span class=\"nw\">20 May 2024</span> to <span class=\"nw\">1 June 2024</span>, of 5 changes to the content read."), "{page}");
    // `--no-history`: no section, no files.
    build(&site, &["--no-history"]);
    assert!(!site.path().join("output/data/history.csv").exists());
    assert!(!read(&site, "en/figures/index.html").contains("id=\"changes\""));
    // A tag pattern that is none: an error at its line.
    site.write(
        "content/site.yaml",
        format!("{SITE}history:\n  tags: \"v[\"\n"),
    );
    let run = run_in(site.path(), &["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: `v[` is not a tag pattern\n --> content/site.yaml:4:9\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_shallow_clone_builds_the_history_it_has_and_says_so() {
    let site = repository();
    let clone = tempfile::tempdir().expect("tmp");
    let from = format!("file://{}", site.path().display());
    git_at(
        clone.path(),
        &["clone", "-q", "--depth", "2", &from, "shallow"],
        "2024-09-01T10:00:00Z",
    );
    let dir = clone.path().join("shallow");
    let run = run_in(&dir, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("warning: the repository is a shallow clone: the figures' history starts at its oldest commit, and the site says so\n"),
        "{}",
        run.stderr
    );
    let page = std::fs::read_to_string(dir.join("output/en/figures/index.html")).expect("page");
    assert!(
        page.contains("<p class=\"note\">This copy of the repository is shallow, so the history starts at <span class=\"nw\">1 August 2024</span>: earlier changes are not shown.</p>"),
        "{page}"
    );
    // Outside any repository: no history, and nothing said of it.
    let plain = Site::minimal();
    let run = plain.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!plain.path().join("output/data/history.csv").exists());
}

#[test]
fn an_ambassador_is_named_only_while_public_and_a_move_between_cohorts_names_its_record() {
    // The content folder is the repository's top.
    let site = Site::empty();
    let c = |rel: &str| format!("content/{rel}");
    let ambassador = |cohort: &str, public: bool| {
        format!(
            "---\nname: สมหญิง ลับเฉพาะ\ncohort: {cohort}\nprovince: Rayong\npublic: {public}\n---\n"
        )
    };
    site.write(&c("site.yaml"), SITE)
        .write(&c("sources.yaml"), SOURCES_YAML)
        .write(
            &c("cohorts/c-1.md"),
            "---\ntitle: รุ่นที่ 1\nnumber: 1\nstarted: 2021\n---\n",
        )
        .write(
            &c("cohorts/c-2.md"),
            "---\ntitle: รุ่นที่ 2\nnumber: 2\nstarted: 2022\n---\n",
        )
        .write(
            &c("projects/p-1.md"),
            project("p-1", "Rayong", None).replace("city: rayong\n", ""),
        )
        .write(&c("ambassadors/a-1.md"), ambassador("c-1", true));
    let repo = site.path().join("content");
    let commit_in = |date: &str| {
        let at = format!("{date}T10:00:00+07:00");
        git_at(&repo, &["add", "-A"], &at);
        git_at(&repo, &["commit", "-q", "-m", date], &at);
    };
    git_at(&repo, &["init", "-q", "-b", "main"], "2024-01-10T10:00:00Z");
    commit_in("2024-01-10");
    // The public ambassador and the project move to cohort 2.
    site.write(&c("ambassadors/a-1.md"), ambassador("c-2", true))
        .write(
            &c("projects/p-1.md"),
            project("p-1", "Rayong", None)
                .replace("city: rayong\n", "")
                .replace("cohort: c-1", "cohort: c-2"),
        );
    commit_in("2024-02-10");
    // Then the ambassador withdraws consent.
    site.write(&c("ambassadors/a-1.md"), ambassador("c-2", false));
    commit_in("2024-03-10");
    build(&site, &[]);
    let csv = read(&site, "data/history.csv");
    let moves: Vec<&str> = csv
        .lines()
        .filter(|l| l.starts_with("2024-02-10"))
        .map(|l| l.split_once(",moved,").map_or(l, |(_, rest)| rest))
        .collect();
    assert_eq!(
        moves,
        [
            "cohort:c-1,projects,1,0,projects/p-1,",
            "cohort:c-1,projects_without_value,1,0,projects/p-1,",
            "cohort:c-1,ambassadors,1,0,,",
            "cohort:c-1,provinces_covered,1,0,projects/p-1,",
            "cohort:c-2,projects,0,1,projects/p-1,",
            "cohort:c-2,projects_without_value,0,1,projects/p-1,",
            "cohort:c-2,ambassadors,0,1,,",
            "cohort:c-2,provinces_covered,0,1,projects/p-1,",
        ]
    );
    for file in [
        "data/history.csv",
        "data/history.json",
        "en/cohorts/c-1/index.html",
    ] {
        let text = read(&site, file);
        assert!(!text.contains("a-1") && !text.contains("สมหญิง"), "{file}");
    }
}
