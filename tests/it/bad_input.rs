//! Every bad input in SPEC's list: the exact diagnostic, exit code 1, no
//! output on stdout, and never a panic (a panic would exit 101).

use crate::support::Site;

const FAILED: &str = "mueang check: 1 error, 0 warnings in `content`: fix the errors above\n";

#[track_caller]
fn fails(site: &Site, expected: &str) {
    let run = site.run(&["check"]);
    assert_eq!(
        run.stderr, expected,
        "\n--- actual stderr ---\n{}",
        run.stderr
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
}

/// A city record with `front` as its front matter.
fn city(front: &str) -> String {
    format!("---\n{front}---\n")
}

#[test]
fn malformed_yaml() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("title: x: y\nprovince: Rayong\nstatus: certified\n"),
    );
    fails(
        &site,
        &format!(
            "error: the YAML front matter cannot be read: mapping values are not allowed in this context
 --> content/cities/rayong.md:2:9
  |
2 | title: x: y
  |         ^
  |
  = help: check the indentation, that every field name is followed by `:` and a space, and put text containing `: ` or ` #` in quotes

{FAILED}"
        ),
    );
}

#[test]
fn unclosed_quote() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("title: \"x\nprovince: Rayong\nstatus: certified\n"),
    );
    fails(
        &site,
        &format!(
            "error: the YAML front matter cannot be read: invalid indentation in multiline quoted scalar
 --> content/cities/rayong.md:3:1
  |
3 | province: Rayong
  | ^
  |
  = help: check the indentation, that every field name is followed by `:` and a space, and put text containing `: ` or ` #` in quotes

{FAILED}"
        ),
    );
}

#[test]
fn missing_required_field() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("title: x\nstatus: certified\n"),
    );
    fails(
        &site,
        &format!(
            "error: missing required field `province`
 --> content/cities/rayong.md:2:1
  |
2 | title: x
  | ^
  |
  = help: add a line `province: …` to the front matter

{FAILED}"
        ),
    );
}

#[test]
fn wrong_type() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("title: x\nprovince: Rayong\nstatus: [certified]\n"),
    );
    fails(
        &site,
        &format!(
            "error: expected a single value here, not a list or a mapping
 --> content/cities/rayong.md:4:9
  |
4 | status: [certified]
  |         ^
  |
  = help: this field takes one value: not a `[…]` list and not a `{{ … }}` map (a title in English goes in the record's `.en.md` file)

{FAILED}"
        ),
    );
}

#[test]
fn wrong_type_boolean() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("title: x\nprovince: Rayong\nstatus: certified\npilot: maybe\n"),
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "error: expected `true` or `false` here\n --> content/cities/rayong.md:5:8\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn unknown_field_with_the_closest_name() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("title: x\nprovince: Rayong\nstatus: certified\ncertifed_on: 2022\n"),
    );
    fails(
        &site,
        &format!(
            "error: unknown field `certifed_on`
 --> content/cities/rayong.md:5:1
  |
5 | certifed_on: 2022
  | ^^^^^^^^^^^ field `certifed_on`
  |
  = help: did you mean `certified_on`?

{FAILED}"
        ),
    );
}

#[test]
fn unknown_field_far_from_any() {
    let site = Site::minimal();
    site.write(
        "content/cohorts/c-1.md",
        "---\ntitle: x\nnumber: 1\nstarted: 2021\nzzz: 1\n---\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains(
        "  = help: a cohort takes these fields: title, number, started, ended, planned_ambassadors, partners, summary, sources, reported\n"
    ), "{}", run.stderr);
}

#[test]
fn unknown_province() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("title: x\nprovince: Rayoung\nstatus: certified\n"),
    );
    fails(
        &site,
        &format!(
            "error: unknown province `Rayoung`
 --> content/cities/rayong.md:3:11
  |
3 | province: Rayoung
  |           ^^^^^^^ field `province`
  |
  = help: did you mean `Rayong` (ระยอง, TH-21)?

{FAILED}"
        ),
    );
}

#[test]
fn unknown_province_in_a_list_points_at_the_item() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("title: x\nprovince: [Rayong, เชียงใหม, Atlantis]\nstatus: certified\n"),
    );
    fails(
        &site,
        "error: unknown province `เชียงใหม`
 --> content/cities/rayong.md:3:20
  |
3 | province: [Rayong, เชียงใหม, Atlantis]
  |                    ^^^^^^^ field `province`
  |
  = help: did you mean `Chiang Mai` (เชียงใหม่, TH-50)?

error: unknown province `Atlantis`
 --> content/cities/rayong.md:3:30
  |
3 | province: [Rayong, เชียงใหม, Atlantis]
  |                             ^^^^^^^^ field `province`
  |
  = help: write the province's ISO code (`TH-21`), its Thai name (`ระยอง`) or its English name (`Rayong`)

mueang check: 2 errors, 0 warnings in `content`: fix the errors above
",
    );
}

#[test]
fn unknown_domain() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("title: x\nprovince: Rayong\nstatus: certified\ndomains: [enviroment, mobility]\n"),
    );
    fails(
        &site,
        &format!(
            "error: `enviroment` is not a domain
 --> content/cities/rayong.md:5:11
  |
5 | domains: [enviroment, mobility]
  |           ^^^^^^^^^^ field `domains`
  |
  = help: did you mean `environment`? The choices are `environment`, `economy`, `mobility`, `energy`, `people`, `living` or `governance`

{FAILED}"
        ),
    );
}

#[test]
fn unknown_status() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("title: x\nprovince: Rayong\nstatus: certfied\n"),
    );
    fails(
        &site,
        &format!(
            "error: `certfied` is not a city status
 --> content/cities/rayong.md:4:9
  |
4 | status: certfied
  |         ^^^^^^^^ field `status`
  |
  = help: did you mean `certified`? The choices are `certified`, `promotion-zone`, `proposed` or `revoked`

{FAILED}"
        ),
    );
}

#[test]
fn unknown_source() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("title: x\nprovince: Rayong\nstatus: certified\nsources: [src-2]\n"),
    );
    fails(
        &site,
        &format!(
            "error: there is no source with the id `src-2`
 --> content/cities/rayong.md:5:11
  |
5 | sources: [src-2]
  |           ^^^^^ field `sources`
  |
  = help: did you mean `src-1`?

{FAILED}"
        ),
    );
}

#[test]
fn unknown_cohort_and_city_ids_and_bad_money_and_dates_all_at_once() {
    let site = Site::minimal();
    site.write(
        "content/projects/p.md",
        "---\ntitle: x\nprovince: Rayong\ndomains: [environment]\ncohort: c-2\ncity: rayongg\nvalue_thb: -5\nstarted: 2565-08-24\n---\n",
    )
    .write("content/projects/p.en.md", "---\ntitle: X\n---\n");
    fails(
        &site,
        "error: there is no cohort with the id `c-2`
 --> content/projects/p.md:5:9
  |
5 | cohort: c-2
  |         ^^^ field `cohort`
  |
  = help: did you mean `c-1`?

error: there is no city with the id `rayongg`
 --> content/projects/p.md:6:7
  |
6 | city: rayongg
  |       ^^^^^^^ field `city`
  |
  = help: did you mean `rayong`?

error: `-5`: an amount of money cannot be negative
 --> content/projects/p.md:7:12
  |
7 | value_thb: -5
  |            ^^ field `value_thb`
  |
  = help: write the amount without a minus sign

error: `2565-08-24`: this date has a Buddhist-era year, but ISO dates take the Common-Era year
 --> content/projects/p.md:8:10
  |
8 | started: 2565-08-24
  |          ^^^^^^^^^^ field `started`
  |
  = help: did you mean `2022-08-24`?

mueang check: 4 errors, 0 warnings in `content`: fix the errors above
",
    );
}

#[test]
fn non_numeric_money() {
    let site = Site::minimal();
    site.write(
        "content/projects/p.md",
        "---\ntitle: x\nprovince: Rayong\ndomains: environment\nvalue_thb: lots\n---\n",
    )
    .write("content/projects/p.en.md", "---\ntitle: X\n---\n");
    fails(
        &site,
        &format!(
            "error: `lots`: this is not an amount of money
 --> content/projects/p.md:5:12
  |
5 | value_thb: lots
  |            ^^^^ field `value_thb`
  |
  = help: write a whole number of baht (`1170000000`) or as the press writes it: `1,170 ล้านบาท`, `1.17 พันล้านบาท`, `THB 1,170 million`, `1,170M THB`

{FAILED}"
        ),
    );
}

#[test]
fn impossible_date() {
    let site = Site::minimal();
    site.write(
        "content/cohorts/c-1.md",
        "---\ntitle: x\nnumber: 1\nstarted: 30 กุมภาพันธ์ 2565\n---\n",
    );
    fails(
        &site,
        &format!(
            "error: `30 กุมภาพันธ์ 2565`: this date does not exist: February 2022 has 28 days
 --> content/cohorts/c-1.md:4:10
  |
4 | started: 30 กุมภาพันธ์ 2565
  |          ^^^^^^^^^^^^^^^ field `started`
  |
  = help: check the day and the month

{FAILED}"
        ),
    );
}

#[test]
fn duplicate_ids() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.yaml",
        "title: x\nprovince: Rayong\nstatus: certified\n",
    );
    fails(
        &site,
        &format!(
            "error: a city with the id `rayong` already exists: `content/cities/rayong.md`
--> content/cities/rayong.yaml
 = help: ids must be unique within a kind: rename one of the files

{FAILED}"
        ),
    );
}

#[test]
fn duplicate_field() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("title: x\ntitle: y\nprovince: Rayong\nstatus: certified\n"),
    );
    fails(
        &site,
        &format!(
            "error: `title` is given twice
 --> content/cities/rayong.md:3:1
  |
3 | title: y
  | ^^^^^
  |
  = help: keep one of them

{FAILED}"
        ),
    );
}

#[test]
fn non_utf8_file() {
    let site = Site::minimal();
    site.write("content/cities/rayong.md", b"---\ntitle: \xff\xfe\n---\n");
    fails(
        &site,
        &format!(
            "error: this file is not UTF-8 text (an invalid byte at line 2, column 8)
--> content/cities/rayong.md
 = help: save the file with the encoding UTF-8 (in most editors: Save As → Encoding → UTF-8)

{FAILED}"
        ),
    );
}

#[test]
fn empty_file() {
    let site = Site::minimal();
    site.write("content/cities/rayong.md", "");
    fails(
        &site,
        &format!(
            "error: this file is empty
--> content/cities/rayong.md
 = help: write the record's fields, or delete the file

{FAILED}"
        ),
    );
}

#[test]
fn huge_file() {
    let site = Site::minimal();
    site.write("content/cities/big.md", vec![b'a'; 11_000_000]);
    fails(
        &site,
        &format!(
            "error: this file is too large (10.5 MB; the limit is 10 MB)
--> content/cities/big.md
 = help: a record is a page of text: split it, or move data out of it

{FAILED}"
        ),
    );
}

#[cfg(unix)]
#[test]
fn symlink_loop() {
    let site = Site::minimal();
    std::os::unix::fs::symlink("..", site.path().join("content/cities/loop")).unwrap();
    fails(
        &site,
        &format!(
            "error: this link makes a loop: it points back to `content`
--> content/cities/loop
 = help: remove the link

{FAILED}"
        ),
    );
}

#[cfg(unix)]
#[test]
fn symlink_out_of_the_content_folder() {
    let site = Site::minimal();
    std::os::unix::fs::symlink("/etc/passwd", site.path().join("content/cities/pw.md")).unwrap();
    fails(
        &site,
        &format!(
            "error: this link points outside the content folder
--> content/cities/pw.md
 = help: copy the file into the content folder instead of linking it

{FAILED}"
        ),
    );
}

#[test]
fn id_that_is_not_a_slug() {
    let site = Site::minimal();
    site.write(
        "content/cities/Rayong_City.md",
        city("title: x\nprovince: Rayong\nstatus: certified\n"),
    );
    fails(
        &site,
        &format!(
            "error: `Rayong_City` is not a valid id
--> content/cities/Rayong_City.md
 = help: an id uses only a-z, 0-9 and `-` (it is part of the page's address): rename the file to `rayong-city`

{FAILED}"
        ),
    );
}

#[test]
fn language_neutral_field_in_a_translation() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.en.md",
        "---\ntitle: Rayong\nprovince: Rayong\n---\n",
    );
    fails(
        &site,
        &format!(
            "error: `province` does not belong in a translation
 --> content/cities/rayong.en.md:3:1
  |
3 | province: Rayong
  | ^^^^^^^^ field `province`
  |
  = help: `province` is the same in every language: set it in the Thai record `content/cities/rayong.md`; a translation holds only `title`, `summary` and the body

{FAILED}"
        ),
    );
}

#[test]
fn translation_without_its_thai_record() {
    let site = Site::minimal();
    site.write("content/cities/nowhere.en.md", "---\ntitle: Nowhere\n---\n");
    fails(
        &site,
        &format!(
            "error: this translates `nowhere`, but there is no such record
--> content/cities/nowhere.en.md
 = help: create the Thai record `content/cities/nowhere.md` first, or rename this file to match it

{FAILED}"
        ),
    );
}

#[test]
fn record_without_front_matter() {
    let site = Site::minimal();
    site.write("content/cities/rayong.md", "title: x\n");
    fails(
        &site,
        &format!(
            "error: this record does not start with front matter
 --> content/cities/rayong.md:1:1
  |
1 | title: x
  | ^^^^^^^^
  |
  = help: start the file with a line `---`, then the fields (`title: …`), then a line `---`, then the text

{FAILED}"
        ),
    );
}

#[test]
fn unclosed_front_matter() {
    let site = Site::minimal();
    site.write("content/cities/rayong.md", "---\ntitle: x\n");
    fails(
        &site,
        &format!(
            "error: the front matter that starts on line 1 is never closed
 --> content/cities/rayong.md:1:1
  |
1 | ---
  | ^^^
  |
  = help: add a line `---` after the last field

{FAILED}"
        ),
    );
}

#[test]
fn misspelt_kind_folder() {
    let site = Site::minimal();
    site.write("content/projcts/p.md", "---\ntitle: x\n---\n");
    fails(
        &site,
        &format!(
            "error: `projcts` is not a kind of record
--> content/projcts/p.md
 = help: did you mean `content/projects/`?

{FAILED}"
        ),
    );
}

#[test]
fn missing_site_yaml() {
    let site = Site::minimal();
    site.remove("content/site.yaml");
    fails(
        &site,
        &format!(
            "error: the site has no `site.yaml`
--> content/site.yaml
 = help: create it with at least `title: {{ th: …, en: … }}`; see README.md

{FAILED}"
        ),
    );
}

#[test]
fn javascript_url_in_a_source() {
    let site = Site::minimal();
    site.write(
        "content/sources.yaml",
        "src-1:\n  publisher: P\n  title: T\n  date: 2022\n  url: javascript:alert(1)\n",
    );
    fails(
        &site,
        &format!(
            "error: a source's `url` must start with `https://` or `http://`
 --> content/sources.yaml:5:8
  |
5 |   url: javascript:alert(1)
  |        ^^^^^^^^^^^^^^^^^^^ field `url`
  |
  = help: copy the address from the browser's address bar

{FAILED}"
        ),
    );
}

#[test]
fn unknown_metric_in_a_reported_figure() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        "title: { th: ทดสอบ, en: Test }\nreported:\n  - metric: project\n    value: 49\n    source: src-1\n",
    );
    fails(
        &site,
        &format!(
            "error: `project` is not a metric
 --> content/site.yaml:3:13
  |
3 |   - metric: project
  |             ^^^^^^^ field `metric`
  |
  = help: did you mean `projects`? The choices are `projects`, `value_thb`, `ambassadors`, `provinces`, `certified_provinces`, `cities`, `promotion_zones`, `captains` or `people_trained`

{FAILED}"
        ),
    );
}

#[test]
fn every_error_of_a_run_is_reported_together() {
    let site = Site::minimal();
    site.write("content/cities/a.md", "")
        .write(
            "content/cities/b.md",
            city("title: x\nprovince: Nowhere\nstatus: certified\n"),
        )
        .write(
            "content/cohorts/c-2.md",
            "---\ntitle: x\nnumber: 1\nstarted: 2022\n---\n",
        )
        .write("content/news/n.md", "---\ntitle: x\ndate: soon\n---\n");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    let headlines: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("error"))
        .collect();
    assert_eq!(
        headlines,
        [
            "error: this file is empty",
            "error: unknown province `Nowhere`",
            "error: cohort number 1 is also used by `content/cohorts/c-1.md`",
            "error: `soon`: this is not a date",
        ]
    );
    assert!(
        run.stderr
            .ends_with("mueang check: 4 errors, 3 warnings in `content`: fix the errors above\n")
    );
}

#[test]
fn missing_content_folder_is_a_usage_error() {
    let site = Site::empty();
    let run = site.run(&["check"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: cannot open the content folder `content`: "),
        "{}",
        run.stderr
    );
}

#[test]
fn usage_errors_exit_2() {
    let site = Site::minimal();
    let run = site.run(&["frobnicate"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: unrecognized subcommand 'frobnicate'"),
        "{}",
        run.stderr
    );
    let run = site.run(&["check", "--colour"]);
    assert_eq!(run.code, 2);
}

/// The headline (`error: …` / `warning: …`) lines of a run, in order.
fn headlines(run: &crate::support::Run) -> Vec<String> {
    run.stderr
        .lines()
        .filter(|l| l.starts_with("error") || l.contains(": warning: "))
        .map(str::to_string)
        .collect()
}

#[test]
fn amounts_past_any_real_budget_are_refused_not_summed_into_overflow() {
    let site = Site::minimal();
    for p in ["a", "b"] {
        site.write(
            &format!("content/projects/{p}.md"),
            "---\ntitle: x\nprovince: Rayong\ndomains: [environment]\nvalue_thb: 10000000000000000000\n---\n",
        )
        .write(&format!("content/projects/{p}.en.md"), "---\ntitle: X\n---\n");
    }
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        headlines(&run),
        [
            "error: `10000000000000000000`: this amount is too large to be real",
            "error: `10000000000000000000`: this amount is too large to be real",
        ]
    );
}

#[test]
fn yaml_number_shorthand_is_not_money_or_a_count() {
    let site = Site::minimal();
    site.write(
        "content/projects/p.md",
        "---\ntitle: x\nprovince: Rayong\ndomains: [environment]\nvalue_thb: 0x10\n---\n",
    )
    .write("content/projects/p.en.md", "---\ntitle: X\n---\n")
    .write(
        "content/cohorts/c-1.md",
        "---\ntitle: x\nnumber: 1e2\nstarted: 2021\n---\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(
        headlines(&run),
        [
            "error: `1e2` is not a whole number",
            "error: `0x10`: this is not an amount of money",
        ]
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_in_content_is_refused_not_read() {
    let site = Site::minimal();
    let fifo = site.path().join("content/cities/fifo.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    fails(
        &site,
        &format!(
            "error: this is not a regular file (a pipe, socket or device)
--> content/cities/fifo.yaml
 = help: remove it from the content folder

{FAILED}"
        ),
    );
}

#[cfg(unix)]
#[test]
fn a_link_to_another_record_would_count_twice() {
    let site = Site::minimal();
    std::os::unix::fs::symlink("rayong.md", site.path().join("content/cities/rayong-2.md"))
        .unwrap();
    fails(
        &site,
        &format!(
            "error: this link points to another file in the content folder, which would count twice
--> content/cities/rayong-2.md
 = help: copy the file into the content folder instead of linking it

{FAILED}"
        ),
    );
}

#[test]
fn stray_files_in_a_kind_folder_are_warned_about() {
    let site = Site::minimal();
    site.write("content/cities/notes.txt", "x")
        .write("content/cities/x.MD", "x");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        headlines(&run),
        [
            "content/cities/notes.txt: warning: this file is not read: records end in `.md` or `.yaml`",
            "content/cities/x.MD: warning: this file is not read: records end in `.md` or `.yaml`",
        ]
    );
}

#[test]
fn two_translations_of_one_record() {
    let site = Site::minimal();
    site.write("content/cities/rayong.en.yaml", "title: Rayong\n");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        headlines(&run),
        ["error: `rayong` already has a translation: `content/cities/rayong.en.md`"]
    );
}

#[test]
fn translation_names_the_thai_yaml_record() {
    let site = Site::minimal();
    site.write("content/news/n.yaml", "title: ข่าว\ndate: 2022\n")
        .write(
            "content/news/n.en.md",
            "---\ntitle: News\ndate: 2022\n---\n",
        );
    let run = site.run(&["check"]);
    assert!(
        run.stderr
            .contains("set it in the Thai record `content/news/n.yaml`"),
        "{}",
        run.stderr
    );
}

#[test]
fn public_takes_true_or_false_only() {
    let site = Site::minimal();
    site.write(
        "content/ambassadors/a-1.md",
        "---\nname: ก\ncohort: c-1\nprovince: Rayong\npublic: yes\n---\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(headlines(&run), ["error: expected `true` or `false` here"]);
}

#[test]
fn every_mistake_in_one_reported_figure_shows() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        "title: { th: ท, en: T }\nreported:\n  - { metric: cities, value: abc, as_of: 2565-01-01, source: nope, kind: goal }\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(
        headlines(&run),
        [
            "error: `abc` is not a whole number",
            "error: `2565-01-01`: this date has a Buddhist-era year, but ISO dates take the Common-Era year",
            "error: there is no source with the id `nope`",
            "error: `goal` is not a kind of reported figure",
        ]
    );
}

#[test]
fn empty_domains_are_an_error_beside_other_errors() {
    let site = Site::minimal();
    site.write(
        "content/projects/p.md",
        "---\ntitle: x\nprovince: []\ndomains: []\n---\n",
    )
    .write("content/projects/p.en.md", "---\ntitle: X\n---\n");
    let run = site.run(&["check"]);
    assert_eq!(
        headlines(&run),
        [
            "error: no province is given",
            "error: a project needs at least one domain"
        ]
    );
}

#[test]
fn long_values_are_clipped_in_messages() {
    let site = Site::minimal();
    let long = "ก".repeat(5000);
    site.write(
        "content/cities/rayong.md",
        format!("---\ntitle: x\nprovince: {long}\nstatus: certified\n---\n"),
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        headlines(&run)[0],
        format!("error: unknown province `{}…`", "ก".repeat(60))
    );
}

#[test]
fn old_mac_line_ends_count_as_lines() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        "---\rtitle: x\rprovince: Rayoung\rstatus: certified\r---\r",
    );
    let run = site.run(&["check"]);
    assert!(
        run.stderr.contains(" --> content/cities/rayong.md:3:11\n"),
        "{}",
        run.stderr
    );
}
