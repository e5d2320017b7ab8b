//! Figures that cannot be true are errors at the line that makes them so:
//! a count of provinces past the 77 Thailand has, and a figure reported as
//! of a day after the build's date (`SOURCE_DATE_EPOCH`, else the latest
//! date in the content). The sum of project values past what a total can
//! hold is the hostile case `project-values-past-what-a-total-holds`.

use crate::support::{Run, Site};

const ONE_ERROR: &str = "mueang check: 1 error, 0 warnings in `content`: fix the errors above\n";

#[track_caller]
fn fails(run: &Run, expected: &str) {
    assert_eq!(
        run.stderr, expected,
        "\n--- actual stderr ---\n{}",
        run.stderr
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
}

/// `site.yaml` with `reported` as its reported figures.
fn site_yaml(reported: &str) -> String {
    format!(
        "title: {{ th: ทดสอบ, en: Test }}\nbase_url: https://example.org/\nreported:\n{reported}"
    )
}

#[test]
fn a_count_of_provinces_past_77_is_an_error_at_its_value() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        site_yaml(
            "  - { metric: provinces, value: 77, source: src-1 }\n  - { metric: certified_provinces, value: ๗๘, source: src-1 }\n",
        ),
    );
    fails(
        &site.run(&["check"]),
        &format!(
            "error: `certified_provinces` is 78, more than the 77 provinces Thailand has
 --> content/site.yaml:5:43
  |
5 |   - {{ metric: certified_provinces, value: ๗๘, source: src-1 }}
  |                                           ^^ field `value`
  |
  = help: check the value against the source: a count of provinces is at most 77; a figure of cities or areas takes `metric: cities` or `metric: promotion_zones`

{ONE_ERROR}"
        ),
    );
}

#[test]
fn provinces_past_77_in_a_record_and_in_a_target_too() {
    let site = Site::minimal();
    site.write(
        "content/cohorts/c-1.md",
        "---\ntitle: รุ่นที่ 1\nnumber: 1\nstarted: 2021\nreported:\n  - metric: provinces\n    value: 1,000\n    source: src-1\n    kind: target\n---\n",
    );
    fails(
        &site.run(&["check"]),
        &format!(
            "error: `provinces` is 1,000, more than the 77 provinces Thailand has
 --> content/cohorts/c-1.md:7:12
  |
7 |     value: 1,000
  |            ^^^^^ field `value`
  |
  = help: check the value against the source: a count of provinces is at most 77; a figure of cities or areas takes `metric: cities` or `metric: promotion_zones`

{ONE_ERROR}"
        ),
    );
}

#[test]
fn a_figure_as_of_a_day_after_the_latest_date_in_the_content_is_an_error() {
    let site = Site::minimal();
    // The latest date in the content is the source's, 2022-08-24; the news
    // item's `2022` ends later but starts earlier, and is not later.
    site.write(
        "content/site.yaml",
        site_yaml(
            "  - { metric: projects, value: 1, as_of: 2022-08, source: src-1 }\n  - { metric: cities, value: 1, as_of: 2022-08-24, source: src-1 }\n  - { metric: ambassadors, value: 1, as_of: 25 ส.ค. 2565, source: src-1 }\n",
        ),
    )
    .write("content/news/n.md", "---\ntitle: x\ndate: 2021-12\n---\n")
    .write("content/news/n.en.md", "---\ntitle: X\n---\n");
    fails(
        &site.run(&["check"]),
        &format!(
            "error: `as_of` 2022-08-25 is after the build's date: the latest date in the content, 2022-08-24 in `content/sources.yaml`
 --> content/site.yaml:6:45
  |
6 |   - {{ metric: ambassadors, value: 1, as_of: 25 ส.ค. 2565, source: src-1 }}
  |                                             ^^^^^^^^^^^^ field `as_of`
  |
  = help: check the date against the source `src-1`: a figure can only be reported as of a day that has come

{ONE_ERROR}"
        ),
    );
}

#[test]
fn a_partial_as_of_is_after_the_build_only_if_its_first_day_is() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        site_yaml(
            "  - { metric: projects, value: 0, as_of: 2022, source: src-1 }\n  - { metric: projects, value: 0, as_of: 2022-09, source: src-1 }\n",
        ),
    );
    fails(
        &site.run(&["check"]),
        &format!(
            "error: `as_of` 2022-09 is after the build's date: the latest date in the content, 2022-08-24 in `content/sources.yaml`
 --> content/site.yaml:5:42
  |
5 |   - {{ metric: projects, value: 0, as_of: 2022-09, source: src-1 }}
  |                                          ^^^^^^^ field `as_of`
  |
  = help: check the date against the source `src-1`: a figure can only be reported as of a day that has come

{ONE_ERROR}"
        ),
    );
}

#[test]
fn the_latest_date_may_be_a_record_s_and_each_kind_of_date_counts() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        site_yaml("  - { metric: cities, value: 1, as_of: 2030-01-01, source: src-1 }\n"),
    );
    let latest = |kind_file: &str, text: &str| {
        site.write(kind_file, text);
        let run = site.run(&["check"]);
        site.remove(kind_file);
        (run.code, run.stderr)
    };
    // Each record has no English file: a warning beside the error.
    let expected = |date: &str, path: &str| {
        (
            1,
            format!(
                "{path}: warning: no English translation: the English page will show the Thai text
error: `as_of` 2030-01-01 is after the build's date: the latest date in the content, {date} in `{path}`
 --> content/site.yaml:4:40
  |
4 |   - {{ metric: cities, value: 1, as_of: 2030-01-01, source: src-1 }}
  |                                        ^^^^^^^^^^ field `as_of`
  |
  = help: check the date against the source `src-1`: a figure can only be reported as of a day that has come

mueang check: 1 error, 1 warning in `content`: fix the errors above
"
            ),
        )
    };
    let project = "---\ntitle: x\nprovince: Rayong\ndomains: [energy]\nstarted: 2025-03\n---\n";
    assert_eq!(
        latest("content/projects/p.md", project),
        expected("2025-03", "content/projects/p.md")
    );
    let cohort = "---\ntitle: x\nnumber: 2\nstarted: 2023\nended: 2026-06-30\n---\n";
    assert_eq!(
        latest("content/cohorts/c-2.md", cohort),
        expected("2026-06-30", "content/cohorts/c-2.md")
    );
    let city = "---\ntitle: x\nprovince: Nan\nstatus: certified\ncertified_on: 2027\n---\n";
    assert_eq!(
        latest("content/cities/nan.md", city),
        expected("2027", "content/cities/nan.md")
    );
    let news = "---\ntitle: x\ndate: 1 มกราคม 2573\n---\n";
    let run = {
        site.write("content/news/n.md", news);
        site.run(&["check"])
    };
    // 2030-01-01 is the latest date: the figure is not after it.
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn source_date_epoch_is_the_build_s_date_in_thailand_and_a_failed_build_writes_nothing() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        site_yaml("  - { metric: cities, value: 1, as_of: 2021-06-01, source: src-1 }\n"),
    );
    // 2021-05-31 16:59:59 UTC is 23:59:59 in Thailand: still 31 May.
    let run = site.run_with(&["build"], &[("SOURCE_DATE_EPOCH", "1622480399")]);
    assert_eq!(
        run.stderr,
        "error: `as_of` 2021-06-01 is after the build's date: 2021-05-31, from SOURCE_DATE_EPOCH (1622480399)
 --> content/site.yaml:4:40
  |
4 |   - { metric: cities, value: 1, as_of: 2021-06-01, source: src-1 }
  |                                        ^^^^^^^^^^ field `as_of`
  |
  = help: check the date against the source `src-1`: a figure can only be reported as of a day that has come

mueang build: 1 error, 0 warnings in `content`: nothing written; fix the errors above
"
    );
    assert_eq!(run.code, 1);
    assert!(!site.path().join("output").exists());
    // One second later it is 1 June in Thailand.
    let run = site.run_with(&["check"], &[("SOURCE_DATE_EPOCH", "1622480400")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn source_date_epoch_that_is_not_seconds_is_a_warning_and_the_content_gives_the_date() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        site_yaml("  - { metric: cities, value: 1, as_of: 2022-08-24, source: src-1 }\n"),
    );
    for bad in ["yesterday", "1.6e9", "-1"] {
        let run = site.run_with(&["check"], &[("SOURCE_DATE_EPOCH", bad)]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(
            run.stderr,
            format!(
                "SOURCE_DATE_EPOCH: warning: `{bad}` is not a whole number of seconds since 1970, so the build's date is the latest date in the content\nmueang check: 0 errors, 1 warning in `content`\n"
            )
        );
    }
    // Set but empty is unset.
    let run = site.run_with(&["check"], &[("SOURCE_DATE_EPOCH", "")]);
    assert_eq!(
        run.stderr,
        "mueang check: 0 errors, 0 warnings in `content`\n"
    );
}

/// What `check --verbose` prints on stderr, without the timings.
fn verbose_stderr(run: &Run) -> String {
    run.stderr
        .lines()
        .filter(|l| !l.starts_with("timing: "))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn the_build_s_date_and_a_source_date_epoch_that_is_not_seconds_are_said_in_thai() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        site_yaml("  - { metric: cities, value: 1, as_of: 2021-06-01, source: src-1 }\n"),
    );
    let run = site.run_with(
        &["check", "--lang", "th"],
        &[("SOURCE_DATE_EPOCH", "1622480399")],
    );
    fails(
        &run,
        "ข้อผิดพลาด: `as_of` 2021-06-01 อยู่หลังวันที่สร้างเว็บไซต์: 2021-05-31 จาก SOURCE_DATE_EPOCH (1622480399)
 --> content/site.yaml:4:40
  |
4 |   - { metric: cities, value: 1, as_of: 2021-06-01, source: src-1 }
  |                                        ^^^^^^^^^^ ช่อง `as_of`
  |
  = วิธีแก้: ตรวจวันที่กับแหล่งที่มา `src-1` อีกครั้ง: ตัวเลขรายงานได้เฉพาะข้อมูล ณ วันที่มาถึงแล้ว

mueang check: ข้อผิดพลาด 1 รายการ คำเตือน 0 รายการ ใน `content`: แก้ข้อผิดพลาดข้างต้น
",
    );
    let run = site.run_with(
        &["check", "--verbose", "--lang", "th"],
        &[("SOURCE_DATE_EPOCH", "yesterday")],
    );
    // The content's latest date, 2022-08-24, is the build's: no error.
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        verbose_stderr(&run),
        "คำเตือน: `yesterday` ไม่ใช่จำนวนวินาทีเต็มนับจาก ค.ศ. 1970 วันที่สร้างเว็บไซต์จึงเป็นวันที่ล่าสุดในเนื้อหา
--> SOURCE_DATE_EPOCH
 = วิธีแก้: ตั้งค่าเป็นเวลาที่สร้างเป็นวินาที แบบที่คำสั่ง `date +%s` ให้ หรือยกเลิกการตั้งค่านี้

mueang check: ข้อผิดพลาด 0 รายการ คำเตือน 1 รายการ ใน `content`
"
    );
}
