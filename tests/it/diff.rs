//! `mueang diff`: the figures, verdicts, records and pages that differ
//! between two content folders, a built site or a summary.json, in the
//! terminal, as Markdown and as JSON; a state with errors; a path that is
//! no state.

use serde_json::{Value, json};

use crate::support::{SITE_YAML, Site};

const SOURCES: &str =
    "src-1:\n  publisher: Test Publisher\n  title: A test source\n  date: 2022-08-24\n";

/// A state of a site in `dir`: a cohort reported at 2 projects, Rayong
/// certified, and a project of 10 million baht in it.
fn old(site: &Site, dir: &str) {
    site.write(&format!("{dir}/site.yaml"), SITE_YAML)
        .write(&format!("{dir}/sources.yaml"), SOURCES)
        .write(
            &format!("{dir}/cohorts/c-1.md"),
            "---\ntitle: รุ่นที่ 1\nnumber: 1\nstarted: 2021\nreported:\n  - { metric: projects, value: 2, source: src-1, as_of: 2022-08-24 }\n---\n",
        )
        .write(
            &format!("{dir}/cities/rayong.md"),
            "---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\nsources: [src-1]\n---\n",
        )
        .write(
            &format!("{dir}/projects/p-1.md"),
            "---\ntitle: โครงการหนึ่ง\nprovince: Rayong\ndomains: [energy]\ncohort: c-1\nvalue_thb: 10 ล้านบาท\nsources: [src-1]\n---\n",
        );
}

/// `old`, then the project's value corrected to 12 million and a second
/// project of the cohort added in Phuket: the report of 2 projects is met.
fn new(site: &Site, dir: &str) {
    old(site, dir);
    site.write(
        &format!("{dir}/projects/p-1.md"),
        "---\ntitle: โครงการหนึ่ง\nprovince: Rayong\ndomains: [energy]\ncohort: c-1\nvalue_thb: 12 ล้านบาท\nsources: [src-1]\n---\n",
    )
    .write(
        &format!("{dir}/projects/p-2.md"),
        "---\ntitle: โครงการสอง\nprovince: Phuket\ndomains: [economy]\ncohort: c-1\nsources: [src-1]\n---\n",
    );
}

fn states() -> Site {
    let site = Site::empty();
    old(&site, "old");
    new(&site, "new");
    site
}

#[test]
fn the_terminal_report_names_each_moved_figure_and_what_moved_it() {
    let site = states();
    let run = site.run(&["--lang", "en", "diff", "old", "new"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (head, pages) = run
        .stdout
        .split_once("pages added, removed or changed\n")
        .expect("pages");
    assert_eq!(
        head,
        "What differs from old to new
6 figures moved
  project value: THB 10 million → THB 12 million (moved by projects/p-1, projects/p-2)
  projects: 1 → 2 (moved by projects/p-2)
  projects without a stated value: 0 → 1 (moved by projects/p-1, projects/p-2)
  provinces covered: 1 → 2 (moved by projects/p-2)
  regions covered: 1 → 2 (moved by projects/p-2)
  cohort:c-1 · projects (src-1): reported 2, itemised 1 → reported 2, itemised 2 (moved by projects/p-2)
1 reported figure changed its verdict
  cohort:c-1 · projects (src-1): partly itemised → matches
2 records added, removed or changed
  projects/p-1: changed (value_thb)
  projects/p-2: added
182 "
    );
    // Added pages first, then the first ten changed, then how many more.
    let pages: Vec<&str> = pages.lines().collect();
    assert_eq!(pages.len(), 2 + 10 + 1, "{pages:?}");
    assert_eq!(
        pages[..2],
        [
            "  en/projects/p-2/index.html: added",
            "  th/projects/p-2/index.html: added"
        ]
    );
    assert_eq!(
        pages[12],
        "  … and 170 more pages changed (--json or --markdown lists every one)"
    );
    // In Thai, the same.
    let run = site.run(&["--lang", "th", "diff", "old", "new"]);
    assert!(
        run.stdout.starts_with(
            "สิ่งที่ต่างกันระหว่าง old กับ new\nตัวเลขที่เปลี่ยน 6 ตัว\n  มูลค่าโครงการ: 10 ล้านบาท → 12 ล้านบาท (เปลี่ยนเพราะ projects/p-1, projects/p-2)\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn markdown_puts_the_figures_first_and_folds_records_and_pages() {
    let site = states();
    let run = site.run(&["--lang", "en", "diff", "old", "new", "--markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (head, pages) = run
        .stdout
        .split_once("<details><summary>182 pages")
        .expect("pages folded");
    assert_eq!(
        head,
        "### What differs from `old` to `new`

**6 figures moved**

| Figure | Before | After | Moved by |
| --- | ---: | ---: | --- |
| project value | THB 10 million | THB 12 million | `projects/p-1`, `projects/p-2` |
| projects | 1 | 2 | `projects/p-2` |
| projects without a stated value | 0 | 1 | `projects/p-1`, `projects/p-2` |
| provinces covered | 1 | 2 | `projects/p-2` |
| regions covered | 1 | 2 | `projects/p-2` |
| cohort:c-1 · projects (src-1) | reported 2, itemised 1 | reported 2, itemised 2 | `projects/p-2` |

**1 reported figure changed its verdict**

| Figure | Before | After | Moved by |
| --- | ---: | ---: | --- |
| cohort:c-1 · projects (src-1) | partly itemised | matches |  |

<details><summary>2 records added, removed or changed</summary>

- `projects/p-1`: changed (`value_thb`)
- `projects/p-2`: added

</details>

"
    );
    // Every page is listed in the fold, which closes.
    assert_eq!(pages.matches("\n- `").count(), 182);
    assert!(pages.ends_with("\n</details>\n\n"), "{pages}");
}

#[test]
fn json_gives_each_figure_as_numbers_and_in_both_languages() {
    let site = states();
    let run = site.run(&["diff", "old", "new", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let diff: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        diff["figures"][0],
        json!({
            "key": "totals.project_value_thb",
            "label": { "th": "มูลค่าโครงการ", "en": "project value" },
            "old": 10000000,
            "new": 12000000,
            "old_text": { "th": "10 ล้านบาท", "en": "THB 10 million" },
            "new_text": { "th": "12 ล้านบาท", "en": "THB 12 million" },
            "by": ["projects/p-1", "projects/p-2"]
        })
    );
    assert_eq!(
        diff["figures"][5]["new"],
        json!({ "reported": 2, "computed": 2 })
    );
    assert_eq!(diff["verdicts"][0]["old"], "partly_itemised");
    assert_eq!(diff["verdicts"][0]["new"], "matches");
    assert_eq!(
        diff["records"],
        json!([
            { "table": "projects", "id": "p-1", "change": "changed", "fields": ["value_thb"] },
            { "table": "projects", "id": "p-2", "change": "added" }
        ])
    );
    assert_eq!(
        diff["pages"]["added"],
        json!(["en/projects/p-2/index.html", "th/projects/p-2/index.html"])
    );
    assert_eq!(diff["pages"]["removed"], json!([]));
    // The same state twice: nothing differs.
    let same = site.run(&["--lang", "en", "diff", "old", "old"]);
    assert_eq!(same.code, 0);
    assert_eq!(
        same.stdout,
        "What differs from old to old\n  Nothing differs: the figures, the records and the pages are the same.\n"
    );
}

#[test]
fn a_built_site_and_a_summary_json_are_states_too() {
    let site = states();
    let built = site.run(&["build", "--content", "old", "--output", "out-old"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    // A built output folder: figures, records and pages, as its content.
    let from_built = site.run(&["--lang", "en", "diff", "out-old", "new"]);
    let from_content = site.run(&["--lang", "en", "diff", "old", "new"]);
    assert_eq!(from_built.code, 0, "{}", from_built.stderr);
    assert_eq!(
        from_built.stdout.replacen("out-old", "old", 1),
        from_content.stdout
    );
    // A summary.json: the figures only, and it says so.
    let run = site.run(&["--lang", "en", "diff", "out-old/data/summary.json", "new"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("What differs from out-old/data/summary.json to new\n6 figures moved\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.ends_with("  cohort:c-1 · projects (src-1): partly itemised → matches\nRecords and pages are not compared: a summary.json holds only the figures, and a state with errors gives none.\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_state_with_errors_is_named_and_the_other_still_described() {
    let site = states();
    site.write(
        "new/projects/p-3.md",
        "---\ntitle: โครงการสาม\nprovince: Atlantis\ndomains: [economy]\nsources: [src-1]\n---\n",
    );
    let run = site.run(&["--lang", "en", "diff", "old", "new"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("new/projects/p-3.md:3"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with(
            "mueang diff: `new` has content errors (above); it is left out of the comparison\n"
        ),
        "{}",
        run.stderr
    );
    // What old had: each figure, to nothing.
    assert!(
        run.stdout.contains("  project value: THB 10 million → –\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_path_that_is_no_state_is_a_usage_error() {
    let site = states();
    let run = site.run(&["--lang", "en", "diff", "old", "nowhere"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("`nowhere` is not a state of a site"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("name a git revision (a branch, tag or commit), a content folder (the one with site.yaml), a built output folder, or a data/summary.json"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_non_public_ambassador_moves_a_figure_without_being_named() {
    let site = states();
    site.write(
        "new/ambassadors/a-1.md",
        "---\nname: สมหญิง ลับเฉพาะ\ncohort: c-1\nprovince: Rayong\n---\n",
    );
    let run = site.run(&["--lang", "en", "diff", "old", "new", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let diff: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let ambassadors = diff["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .find(|f| f["key"] == "totals.ambassadors")
        .expect("the ambassadors figure moved");
    assert_eq!(
        (&ambassadors["old"], &ambassadors["new"]),
        (&json!(0), &json!(1))
    );
    assert_eq!(ambassadors.get("by"), None);
    for form in [&["--json"][..], &["--markdown"], &[]] {
        let mut args = vec!["diff", "old", "new"];
        args.extend_from_slice(form);
        let run = site.run(&args);
        assert!(
            !run.stdout.contains("สมหญิง") && !run.stdout.contains("a-1"),
            "{}",
            run.stdout
        );
    }
}

/// Runs `git ARGS` in the site's folder, as a fixed author at a fixed
/// date.
fn git(site: &Site, args: &[&str]) {
    crate::support::git_at(site.path(), args, "2024-01-02T03:04:05Z");
}

fn commit(site: &Site, message: &str) {
    git(site, &["add", "-A"]);
    git(site, &["commit", "-q", "-m", message]);
}

/// A repository whose `content/` goes through four commits: the first
/// state (tagged v1); a value corrected and a project added; a project
/// in a province that does not exist (content that fails `check`); that
/// project removed and the added one renamed.
fn repository() -> Site {
    let site = Site::empty();
    old(&site, "content");
    git(&site, &["init", "-q", "-b", "main"]);
    commit(&site, "first state");
    git(&site, &["tag", "v1"]);
    new(&site, "content");
    commit(&site, "p-1 corrected, p-2 added");
    site.write(
        "content/projects/p-3.md",
        "---\ntitle: โครงการสาม\nprovince: Atlantis\ndomains: [economy]\nsources: [src-1]\n---\n",
    );
    commit(&site, "p-3, in no province");
    site.remove("content/projects/p-3.md");
    git(
        &site,
        &["mv", "content/projects/p-2.md", "content/projects/p-two.md"],
    );
    commit(&site, "p-3 removed, p-2 renamed");
    site
}

#[test]
fn git_revisions_are_states_read_without_the_git_program() {
    let site = repository();
    // A tag against a commit: what the folders said, from the history.
    let run = site.run(&["--lang", "en", "diff", "v1", "HEAD~2"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(
            "What differs from v1 to HEAD~2\n6 figures moved\n  project value: THB 10 million → THB 12 million (moved by projects/p-1, projects/p-2)\n"
        ),
        "{}",
        run.stdout
    );
    // A rename: one record removed, one added, no figure moved.
    let run = site.run(&["--lang", "en", "diff", "HEAD~2", "HEAD"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (head, _) = run.stdout.split_once(" pages added").expect("pages");
    assert_eq!(
        head,
        "What differs from HEAD~2 to HEAD\n2 records added, removed or changed\n  projects/p-2: removed\n  projects/p-two: added\n16"
    );
    // A commit whose content fails: its errors, named at the revision,
    // exit 1, and the other state still said.
    let run = site.run(&["--lang", "en", "diff", "HEAD~1", "HEAD"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("HEAD~1:content/projects/p-3.md:3"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with(
            "mueang diff: `HEAD~1` has content errors (above); it is left out of the comparison\n"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("  projects: – → 2\n"), "{}", run.stdout);
    // No revision named: where this branch left main (here, HEAD)
    // against the folder on disk; then an edit not yet committed.
    let run = site.run(&["--lang", "en", "diff"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.ends_with(
            "to content\n  Nothing differs: the figures, the records and the pages are the same.\n"
        ),
        "{}",
        run.stdout
    );
    site.remove("content/projects/p-two.md");
    let run = site.run(&["--lang", "en", "diff", "--json"]);
    let diff: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(diff["new"], "content");
    assert_eq!(
        diff["records"],
        json!([{ "table": "projects", "id": "p-two", "change": "removed" }])
    );
    // A revision misspelt: the closest branch or tag.
    let run = site.run(&["--lang", "en", "diff", "mian"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: `mian` is no folder, file or revision of this repository\n  help: did you mean `main`? (`git branch -a` and `git tag` list the revisions)\n"
    );
}

#[test]
fn a_value_no_project_states_is_unknown_not_zero() {
    let site = Site::empty();
    old(&site, "old");
    old(&site, "new");
    site.write(
        "old/projects/p-1.md",
        "---\ntitle: โครงการหนึ่ง\nprovince: Rayong\ndomains: [energy]\ncohort: c-1\nsources: [src-1]\n---\n",
    );
    for dir in ["old", "new"] {
        site.write(
            &format!("{dir}/cohorts/c-1.md"),
            "---\ntitle: รุ่นที่ 1\nnumber: 1\nstarted: 2021\nreported:\n  - { metric: value_thb, value: 50000000, source: src-1, as_of: 2022-08-24 }\n---\n",
        );
    }
    let run = site.run(&["--lang", "en", "diff", "old", "new"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "\n  project value: no stated value → THB 10 million (moved by projects/p-1)\n"
        ),
        "{}",
        run.stdout
    );
    // The cohort's reported count is met either way; its records' value
    // is unknown before, as the figures page says.
    let run = site.run(&["--lang", "en", "diff", "old", "new", "--json"]);
    let diff: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let texts: Vec<(&str, &str)> = diff["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .map(|f| {
            (
                f["old_text"]["en"].as_str().unwrap_or(""),
                f["new_text"]["en"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert!(
        !texts
            .iter()
            .any(|(a, b)| a.contains("THB 0") || b.contains("THB 0")),
        "{texts:?}"
    );
    let run = site.run(&["--lang", "th", "diff", "new", "old"]);
    assert!(
        run.stdout
            .contains("\n  มูลค่าโครงการ: 10 ล้านบาท → ไม่ระบุมูลค่า (เปลี่ยนเพราะ projects/p-1)\n"),
        "{}",
        run.stdout
    );
}
