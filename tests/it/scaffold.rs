//! `mueang new`: a record of each kind, whose example values `check`
//! names, each at its line, until the editor replaces them; the values an
//! editor writes instead are not examples, even where they are the values
//! an older `new` wrote (a Bangkok project about governance).

use crate::support::{Site, plural, repo};

/// What `check` says of an unedited `new KIND ID`: one error for each line
/// still holding an example, and nothing else.
const UNEDITED: &[(&str, &str, &str)] = &[
    (
        "cohort",
        "c-2",
        r#"error: this is still the example value that `mueang new` wrote
 --> content/cohorts/c-2.en.md:4:8
  |
4 | title: Title in English
  |        ^^^^^^^^^^^^^^^^ field `title`
  |
  = help: write the English title after `title:`, or delete the line until there is one

error: this is still the example text that `mueang new` wrote
 --> content/cohorts/c-2.en.md:7:1
  |
7 | Write the English text here (Markdown).
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `body`
  |
  = help: write the English text in place of this line, or delete it until there is a translation

error: this is still the example text that `mueang new` wrote
  --> content/cohorts/c-2.md:27:1
   |
27 | เขียนเนื้อหาภาษาไทยของรุ่นนี้ที่นี่ (Markdown)
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `body`
   |
   = help: write the cohort's text in place of this line, or delete it

mueang check: 3 errors, 0 warnings in `content`: fix the errors above
"#,
    ),
    (
        "city",
        "new-city",
        r#"error: this is still the example value that `mueang new` wrote
 --> content/cities/new-city.en.md:4:8
  |
4 | title: Title in English
  |        ^^^^^^^^^^^^^^^^ field `title`
  |
  = help: write the English title after `title:`, or delete the line until there is one

error: this is still the example text that `mueang new` wrote
 --> content/cities/new-city.en.md:7:1
  |
7 | Write the English text here (Markdown).
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `body`
  |
  = help: write the English text in place of this line, or delete it until there is a translation

error: this is still the example value that `mueang new` wrote
 --> content/cities/new-city.md:4:8
  |
4 | title: ชื่อพื้นที่เมืองอัจฉริยะ
  |        ^^^^^^^^^^^^^^^ field `title`
  |
  = help: write the city's name after `title:`

error: this is still the example value that `mueang new` wrote
 --> content/cities/new-city.md:7:11
  |
7 | province: ชื่อจังหวัด
  |           ^^^^^^^ field `province`
  |
  = help: write the province after `province:`: its Thai or English name or its code, such as `ระยอง`, `Rayong` or `TH-21`

error: this is still the example value that `mueang new` wrote
  --> content/cities/new-city.md:10:9
   |
10 | status: สถานะ
   |         ^^^^^ field `status`
   |
   = help: write the city's status after `status:`, such as `certified`; the comment above the line lists the four

error: this is still the example text that `mueang new` wrote
  --> content/cities/new-city.md:26:1
   |
26 | เขียนเนื้อหาภาษาไทยของพื้นที่นี้ที่นี่ (Markdown)
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `body`
   |
   = help: write the city's text in place of this line, or delete it

mueang check: 6 errors, 0 warnings in `content`: fix the errors above
"#,
    ),
    (
        "project",
        "new-project",
        r#"error: this is still the example value that `mueang new` wrote
 --> content/projects/new-project.en.md:4:8
  |
4 | title: Title in English
  |        ^^^^^^^^^^^^^^^^ field `title`
  |
  = help: write the English title after `title:`, or delete the line until there is one

error: this is still the example text that `mueang new` wrote
 --> content/projects/new-project.en.md:7:1
  |
7 | Write the English text here (Markdown).
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `body`
  |
  = help: write the English text in place of this line, or delete it until there is a translation

error: this is still the example value that `mueang new` wrote
 --> content/projects/new-project.md:4:8
  |
4 | title: ชื่อโครงการ
  |        ^^^^^^^^^ field `title`
  |
  = help: write the project's name after `title:`

error: this is still the example value that `mueang new` wrote
 --> content/projects/new-project.md:7:11
  |
7 | province: ชื่อจังหวัด
  |           ^^^^^^^ field `province`
  |
  = help: write the province after `province:`: its Thai or English name or its code, such as `ระยอง`, `Rayong` or `TH-21`

error: this is still the example value that `mueang new` wrote
  --> content/projects/new-project.md:10:10
   |
10 | domains: [ด้าน]
   |          ^^^^^ field `domains`
   |
   = help: write the project's domains in brackets after `domains:`, such as `[mobility]` or `[environment, energy]`; the comment above the line lists the seven

error: this is still the example text that `mueang new` wrote
  --> content/projects/new-project.md:33:1
   |
33 | เขียนเนื้อหาภาษาไทยของโครงการนี้ที่นี่ (Markdown)
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `body`
   |
   = help: write the project's text in place of this line, or delete it

mueang check: 6 errors, 0 warnings in `content`: fix the errors above
"#,
    ),
    (
        "ambassador",
        "new-person",
        r#"error: this is still the example value that `mueang new` wrote
 --> content/ambassadors/new-person.en.md:4:10
  |
4 | summary: A one-sentence summary in English
  |          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `summary`
  |
  = help: write a one-sentence summary in English after `summary:`, or delete the line until there is one

error: this is still the example value that `mueang new` wrote
 --> content/ambassadors/new-person.md:3:7
  |
3 | name: ชื่อ นามสกุล
  |       ^^^^^^^^^ field `name`
  |
  = help: write the person's name after `name:`

error: this is still the example value that `mueang new` wrote
 --> content/ambassadors/new-person.md:7:11
  |
7 | province: ชื่อจังหวัด
  |           ^^^^^^^ field `province`
  |
  = help: write the province after `province:`: its Thai or English name or its code, such as `ระยอง`, `Rayong` or `TH-21`

error: this is still the example value that `mueang new` wrote
  --> content/ambassadors/new-person.md:11:10
   |
11 | summary: สรุปสั้น ๆ เกี่ยวกับบุคคลนี้
   |          ^^^^^^^^^^^^^^^^^^^ field `summary`
   |
   = help: write a one-sentence summary after `summary:`, or delete the line

mueang check: 4 errors, 0 warnings in `content`: fix the errors above
"#,
    ),
    (
        "news",
        "new-story",
        r#"error: this is still the example value that `mueang new` wrote
 --> content/news/new-story.en.md:4:8
  |
4 | title: Title in English
  |        ^^^^^^^^^^^^^^^^ field `title`
  |
  = help: write the English title after `title:`, or delete the line until there is one

error: this is still the example text that `mueang new` wrote
 --> content/news/new-story.en.md:7:1
  |
7 | Write the English text here (Markdown).
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `body`
  |
  = help: write the English text in place of this line, or delete it until there is a translation

error: this is still the example value that `mueang new` wrote
 --> content/news/new-story.md:4:8
  |
4 | title: หัวข้อข่าว
  |        ^^^^^^^ field `title`
  |
  = help: write the headline after `title:`

error: this is still the example text that `mueang new` wrote
  --> content/news/new-story.md:10:1
   |
10 | เขียนเนื้อหาข่าวภาษาไทยที่นี่ (Markdown) ตัวเลขใช้ {{ figure(metric="projects") }} เพื่อให้เป็นปัจจุบันเสมอ
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `body`
   |
   = help: write the news item's text in place of this line, or delete it

mueang check: 4 errors, 0 warnings in `content`: fix the errors above
"#,
    ),
    (
        "page",
        "new-page",
        r#"error: this is still the example value that `mueang new` wrote
 --> content/pages/new-page.en.md:4:8
  |
4 | title: Title in English
  |        ^^^^^^^^^^^^^^^^ field `title`
  |
  = help: write the English title after `title:`, or delete the line until there is one

error: this is still the example text that `mueang new` wrote
 --> content/pages/new-page.en.md:7:1
  |
7 | Write the English text here (Markdown).
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `body`
  |
  = help: write the English text in place of this line, or delete it until there is a translation

error: this is still the example value that `mueang new` wrote
 --> content/pages/new-page.md:4:8
  |
4 | title: ชื่อหน้า
  |        ^^^^^ field `title`
  |
  = help: write the page's title after `title:`

error: this is still the example text that `mueang new` wrote
  --> content/pages/new-page.md:10:1
   |
10 | เขียนเนื้อหาภาษาไทยของหน้านี้ที่นี่ (Markdown)
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `body`
   |
   = help: write the page's text in place of this line, or delete it

mueang check: 4 errors, 0 warnings in `content`: fix the errors above
"#,
    ),
];

const NEXT: &str = "next: edit them, replacing every example value; \
                    `mueang check` names each line that still holds one until it is replaced\n";

#[test]
fn an_unedited_scaffold_is_an_error_at_each_example_line() {
    for (kind, id, expected) in UNEDITED {
        let site = Site::minimal();
        let run = site.run(&["new", kind, id]);
        assert_eq!(run.code, 0, "{kind}: {}", run.stderr);
        let folder = plural(kind);
        assert_eq!(
            run.stdout,
            format!("wrote content/{folder}/{id}.md\nwrote content/{folder}/{id}.en.md\n{NEXT}")
        );
        let check = site.run(&["check"]);
        assert_eq!(check.stderr, *expected, "after `new {kind}`");
        assert_eq!(check.code, 1, "after `new {kind}`");
        // Nothing is built of it.
        assert_eq!(site.run(&["build"]).code, 1, "after `new {kind}`");
    }
}

/// Each example line of the scaffolds, and what an editor writes instead.
const WRITTEN: &[(&str, &str)] = &[
    ("title: ชื่อโครงการ", "title: รถโดยสารไฟฟ้ากรุงเทพมหานคร"),
    // The values an older `new` wrote are real ones.
    ("province: ชื่อจังหวัด", "province: กรุงเทพมหานคร"),
    ("domains: [ด้าน]", "domains: [governance]"),
    ("title: ชื่อพื้นที่เมืองอัจฉริยะ", "title: เมืองอัจฉริยะทดสอบ"),
    ("status: สถานะ", "status: proposed"),
    ("name: ชื่อ นามสกุล", "name: สมชาย ใจดี"),
    (
        "summary: สรุปสั้น ๆ เกี่ยวกับบุคคลนี้",
        "summary: นักดิจิทัลพัฒนาเมืองรุ่นที่ 2",
    ),
    ("title: หัวข้อข่าว", "title: ข่าวทดสอบ"),
    ("title: ชื่อหน้า", "title: หน้าทดสอบ"),
    ("title: Title in English", "title: In English"),
    (
        "summary: A one-sentence summary in English",
        "summary: An ambassador of cohort 2",
    ),
];

/// A scaffold's text with each example line replaced, the body's too.
fn edited(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let written = WRITTEN.iter().find(|(example, _)| *example == line);
        out += match written {
            Some((_, real)) => real,
            None if line.starts_with("เขียนเนื้อหา") => "ข้อความจริง",
            None if line.starts_with("Write the English text") => "The real text.",
            None => line,
        };
        out.push('\n');
    }
    out
}

#[test]
fn a_scaffold_whose_examples_are_replaced_passes_check_and_builds() {
    let site = Site::minimal();
    for (kind, id) in [
        ("cohort", "c-2"),
        ("city", "new-city"),
        ("project", "new-project"),
        ("ambassador", "new-person"),
        ("news", "new-story"),
        ("page", "new-page"),
    ] {
        assert_eq!(site.run(&["new", kind, id]).code, 0, "{kind}");
        for file in [format!("{id}.md"), format!("{id}.en.md")] {
            let rel = format!("content/{}/{file}", plural(kind));
            let text = std::fs::read_to_string(site.path().join(&rel)).expect("written");
            site.write(&rel, edited(&text));
        }
        let check = site.run(&["check"]);
        assert_eq!(
            check.stderr, "mueang check: 0 errors, 0 warnings in `content`\n",
            "after `new {kind}`, edited"
        );
        assert_eq!(check.code, 0);
    }
    let cohort = std::fs::read_to_string(site.path().join("content/cohorts/c-2.md")).expect("c-2");
    assert!(cohort.contains("\nnumber: 2\n"), "{cohort}");
    let person = std::fs::read_to_string(site.path().join("content/ambassadors/new-person.md"))
        .expect("person");
    assert!(person.contains("\ncohort: c-2\n") && person.contains("\npublic: false\n"));
    // And the site builds with all of them, the project counted.
    assert_eq!(site.run(&["build"]).code, 0);
    let page = std::fs::read_to_string(
        site.path()
            .join("output/th/projects/new-project/index.html"),
    )
    .expect("the project's page");
    assert!(page.contains("รถโดยสารไฟฟ้ากรุงเทพมหานคร"));
}

#[test]
fn the_hostile_case_of_an_unedited_project_is_what_new_writes() {
    let case = repo().join("tests/hostile/an-unedited-project-beside-a-real-bangkok-one");
    let site = Site::minimal();
    assert_eq!(site.run(&["new", "project", "x"]).code, 0);
    for file in ["x.md", "x.en.md"] {
        let rel = format!("content/projects/{file}");
        assert_eq!(
            std::fs::read_to_string(case.join(&rel)).expect("the case's file"),
            std::fs::read_to_string(site.path().join(&rel)).expect("written"),
            "{rel}: copy what `mueang new project x` writes into the case"
        );
    }
}
