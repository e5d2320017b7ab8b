//! The privacy scan: a non-public person's name written into any text the
//! site publishes is an error at the file, line and column where it is
//! written, naming the ambassador record by its id, and no message prints
//! the name.

use crate::support::Site;

const NAME: &str = "นรีรัตน์ ไกรทอง";
const NAME_EN: &str = "Nareerat Kraithong";
const MESSAGE: &str = "this names a person who is not public: the ambassador record `a-1` \
                       does not say `public: true`, so the name may not be published";

/// The minimal site and a non-public ambassador named in Thai and English.
fn site() -> Site {
    let site = Site::minimal();
    site.write(
        "content/ambassadors/a-1.md",
        format!(
            "---\nname: {{ th: {NAME}, en: {NAME_EN} }}\ncohort: c-1\nprovince: Rayong\nsources: [src-1]\n---\n"
        ),
    );
    site
}

/// The line and column (in characters) of `needle` in `text`.
fn place(text: &str, needle: &str) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` in the case's text"));
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    (
        text[..at].matches('\n').count() + 1,
        text[line_start..at].chars().count() + 1,
    )
}

/// Errors of `check` as `path:line:column [field]`, each asserted to be
/// the privacy error and to print no name.
fn errors(site: &Site) -> Vec<String> {
    let outcome = mueang::pipeline::check(&site.path().join("content"), "content", None)
        .expect("content loads");
    outcome
        .diagnostics
        .sorted()
        .into_iter()
        .filter(|d| d.severity == mueang::diag::Severity::Error)
        .map(|d| {
            assert_eq!(d.message, MESSAGE, "{}", d.path);
            let shown = d.to_string().to_lowercase();
            for part in NAME.split(' ').chain(NAME_EN.split(' ')) {
                assert!(
                    !shown.contains(&part.to_lowercase()),
                    "the message shows a name: {shown}"
                );
            }
            let spot = d
                .spot
                .as_ref()
                .map_or(String::new(), |s| format!(":{}:{}", s.line, s.column));
            let field = d
                .field
                .as_ref()
                .map_or(String::new(), |f| format!(" [{f}]"));
            format!("{}{spot}{field}", d.path)
        })
        .collect()
}

/// Writes `text` at `rel` and expects one error at `written` in it.
#[track_caller]
fn refused(rel: &str, text: &str, written: &str, field: Option<&str>) {
    let site = site();
    // A translation needs its record: the minimal site has a cohort and a
    // city; these are the others'.
    for (translation, record) in [
        (
            "projects/p-1.en.md",
            (
                "projects/p-1.md",
                "---\ntitle: โครงการ\nsummary: สรุป\nprovince: Rayong\ndomains: [environment]\n---\nข้อความ\n",
            ),
        ),
        (
            "news/n-1.en.md",
            (
                "news/n-1.md",
                "---\ntitle: ข่าว\ndate: 2022-08-24\n---\nข้อความ\n",
            ),
        ),
    ] {
        if rel == translation {
            site.write(&format!("content/{}", record.0), record.1);
        }
    }
    site.write(&format!("content/{rel}"), text);
    let (line, column) = place(text, written);
    let field = field.map_or(String::new(), |f| format!(" [{f}]"));
    assert_eq!(
        errors(&site),
        [format!("content/{rel}:{line}:{column}{field}")],
        "{rel}"
    );
}

#[test]
fn the_site_without_the_name_builds() {
    assert_eq!(errors(&site()), Vec::<String>::new());
}

#[test]
fn every_text_field_of_every_kind() {
    let cases: &[(&str, String, Option<&str>)] = &[
        (
            "cohorts/c-1.md",
            format!("---\ntitle: รุ่น {NAME}\nnumber: 1\nstarted: 2021\n---\n"),
            Some("title"),
        ),
        (
            "cohorts/c-1.md",
            format!("---\ntitle: รุ่นที่ 1\nsummary: โดย {NAME}\nnumber: 1\nstarted: 2021\n---\n"),
            Some("summary"),
        ),
        (
            "cohorts/c-1.md",
            format!(
                "---\ntitle: รุ่นที่ 1\nnumber: 1\nstarted: 2021\npartners: [depa, {{ th: {NAME}, en: X }}]\n---\n"
            ),
            Some("partners"),
        ),
        (
            "cohorts/c-1.md",
            format!(
                "---\ntitle: รุ่นที่ 1\nnumber: 1\nstarted: 2021\nreported:\n  - metric: projects\n    value: 3\n    as_of: 2022\n    source: src-1\n    note: {{ th: ตาม {NAME}, en: per X }}\n---\n"
            ),
            Some("note"),
        ),
        (
            "cohorts/c-1.md",
            format!("---\ntitle: รุ่นที่ 1\nnumber: 1\nstarted: 2021\n---\nย่อหน้า\n\nโดย {NAME} เอง\n"),
            None,
        ),
        (
            "cohorts/c-1.en.md",
            format!("---\ntitle: Cohort 1 of {NAME_EN}\n---\n"),
            Some("title"),
        ),
        (
            "cities/rayong.md",
            format!(
                "---\ntitle: ระยอง\nsummary: ติดต่อ {NAME}\nprovince: Rayong\nstatus: certified\nsources: [src-1]\n---\nข้อความ\n"
            ),
            Some("summary"),
        ),
        (
            "cities/rayong.en.md",
            format!("---\ntitle: Rayong\n---\nText by {NAME_EN}.\n"),
            None,
        ),
        (
            "projects/p-1.md",
            format!(
                "---\ntitle: โครงการของ {NAME}\nprovince: Rayong\ndomains: [environment]\n---\n"
            ),
            Some("title"),
        ),
        (
            "projects/p-1.md",
            format!(
                "---\ntitle: โครงการ\nprovince: Rayong\ndomains: [environment]\npartners: [{NAME_EN}]\n---\n"
            ),
            Some("partners"),
        ),
        (
            "news/n-1.md",
            format!("---\ntitle: ข่าว\ndate: 2022-08-24\nsummary: สัมภาษณ์ {NAME}\n---\n"),
            Some("summary"),
        ),
        (
            "news/n-1.md",
            format!("---\ntitle: ข่าว\ndate: 2022-08-24\n---\n# หัวข้อ\n\n> คำพูดของ {NAME}\n"),
            None,
        ),
        (
            "pages/about.md",
            format!("---\ntitle: เกี่ยวกับ {NAME}\n---\n"),
            Some("title"),
        ),
        (
            "ambassadors/a-2.md",
            format!(
                "---\nname: สมใจ ดีงาม\ncohort: c-1\nprovince: Rayong\npublic: true\nsummary: ทำงานกับ {NAME}\n---\n"
            ),
            Some("summary"),
        ),
        (
            "site.yaml",
            format!(
                "title: {{ th: ทดสอบ, en: Test }}\ndescription: {{ th: รายงาน, en: By {NAME_EN} }}\nbase_url: https://example.org/\n"
            ),
            Some("description"),
        ),
        (
            "site.yaml",
            format!(
                "title: {{ th: ทดสอบ, en: Test }}\nbase_url: https://example.org/\nlicence: {NAME}\n"
            ),
            Some("licence"),
        ),
        (
            "sources.yaml",
            format!("src-1:\n  publisher: {NAME}\n  title: A test source\n  date: 2022-08-24\n"),
            Some("publisher"),
        ),
        (
            "sources.yaml",
            format!(
                "src-1:\n  publisher: Test\n  title: Interview with {NAME_EN}\n  date: 2022-08-24\n"
            ),
            Some("title"),
        ),
        (
            "cohorts/c-1.en.md",
            format!("---\ntitle: Cohort 1\n---\nLed by {NAME_EN}.\n"),
            None,
        ),
        (
            "cities/rayong.md",
            format!(
                "---\ntitle: ระยองของ {NAME}\nprovince: Rayong\nstatus: certified\nsources: [src-1]\n---\nข้อความ\n"
            ),
            Some("title"),
        ),
        (
            "cities/rayong.md",
            format!(
                "---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\nsources: [src-1]\n---\nข้อความ\n\n| ผู้ประสานงาน |\n| --- |\n| {NAME} |\n"
            ),
            None,
        ),
        (
            "cities/rayong.md",
            format!(
                "---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\nsources: [src-1]\nreported:\n  - metric: projects\n    value: 3\n    as_of: 2022\n    source: src-1\n    note: {{ th: x, en: per {NAME_EN} }}\n---\nข้อความ\n"
            ),
            Some("note"),
        ),
        (
            "projects/p-1.md",
            format!(
                "---\ntitle: โครงการ\nsummary: นำโดย {NAME}\nprovince: Rayong\ndomains: [environment]\n---\n"
            ),
            Some("summary"),
        ),
        (
            "projects/p-1.md",
            format!(
                "---\ntitle: โครงการ\nprovince: Rayong\ndomains: [environment]\n---\n## ทีมงาน\n\n1. {NAME}\n"
            ),
            None,
        ),
        (
            "projects/p-1.en.md",
            format!("---\ntitle: Project\nsummary: Led by {NAME_EN}\n---\n"),
            Some("summary"),
        ),
        (
            "news/n-1.md",
            format!("---\ntitle: สัมภาษณ์ {NAME}\ndate: 2022-08-24\n---\n"),
            Some("title"),
        ),
        (
            "news/n-1.en.md",
            format!("---\ntitle: News\n---\nAn interview with {NAME_EN}.\n"),
            None,
        ),
        (
            "pages/about.md",
            format!("---\ntitle: เกี่ยวกับ\nsummary: เขียนโดย {NAME}\n---\n"),
            Some("summary"),
        ),
        (
            "pages/about.md",
            format!("---\ntitle: เกี่ยวกับ\n---\nติดต่อ `{NAME}`\n"),
            None,
        ),
        (
            "ambassadors/a-2.md",
            format!(
                "---\nname: สมใจ ดีงาม\ncohort: c-1\nprovince: Rayong\npublic: true\n---\nทำงานกับ {NAME}\n"
            ),
            None,
        ),
        (
            "site.yaml",
            format!(
                "title: {{ th: รายงานของ {NAME}, en: Test }}\nbase_url: https://example.org/\n"
            ),
            Some("title"),
        ),
        (
            "site.yaml",
            format!(
                "title: {{ th: ทดสอบ, en: Test }}\nbase_url: https://example.org/\nreported:\n  - metric: cities\n    value: 3\n    as_of: 2022\n    source: src-1\n    note: ตาม {NAME}\n"
            ),
            Some("note"),
        ),
    ];
    for (rel, text, field) in cases {
        let written = if text.contains(NAME) { NAME } else { NAME_EN };
        refused(rel, text, written, *field);
    }
}

#[test]
fn a_link_to_an_address_with_the_name() {
    let text = "---\ntitle: ข่าว\ndate: 2022-08-24\n---\nดู [บทความ](https://example.org/nareerat-kraithong/)\n";
    let site = site();
    site.write("content/news/n-1.md", text);
    // The link's target is read as a whole: the error points at the link.
    let (line, column) = place(text, "[บทความ]");
    assert_eq!(
        errors(&site),
        [format!("content/news/n-1.md:{line}:{column}")]
    );
}

#[test]
fn a_url_in_sources_and_an_id() {
    let text = "src-1:\n  publisher: Test\n  title: A test source\n  date: 2022-08-24\n  url: https://example.org/Nareerat_Kraithong\n";
    refused("sources.yaml", text, "Nareerat_Kraithong", Some("url"));
    let site = site();
    site.write(
        "content/projects/nareerat-kraithong-farm.md",
        "---\ntitle: ฟาร์ม\nprovince: Rayong\ndomains: [environment]\n---\n",
    );
    // A file's name has no line; the path printed is masked too.
    assert_eq!(
        errors(&site),
        ["content/projects/******************-farm.md [id]"]
    );
}

#[test]
fn spelt_with_other_spacing_case_titles_or_invisible_characters() {
    for written in [
        "นรีรัตน์ไกรทอง",
        "นรีรัตน์\u{200B}ไกร\u{200B}ทอง",
        "นรีรัตน์\u{a0}\u{a0}ไกรทอง",
        "NAREERAT kraithong",
        "คุณนรีรัตน์",
        "นางสาว ไกรทอง",
        "Ms. Kraithong",
        "Dr Nareerat",
    ] {
        let text = format!("---\ntitle: ข่าว\ndate: 2022-08-24\n---\nพบกับ {written} วันนี้\n");
        refused("news/n-1.md", &text, written, None);
    }
}

#[test]
fn hidden_by_markup_references_or_escapes() {
    // Emphasis inside the name: the error points at the name's start and
    // runs to its end.
    refused(
        "news/n-1.md",
        "---\ntitle: ข่าว\ndate: 2022-08-24\n---\nพบกับ นรีรัตน์ **ไกร**ทอง วันนี้\n",
        "นรีรัตน์ **ไกร**ทอง",
        None,
    );
    // Raw HTML and character references: at the HTML that spells it.
    refused(
        "news/n-1.md",
        "---\ntitle: ข่าว\ndate: 2022-08-24\n---\n<p>&#xE19;รีรัตน์ <b>ไกร</b>ทอง</p>\n",
        "<p>",
        None,
    );
    // YAML escapes: at the field's key, since the file spells no name.
    let site = site();
    site.write(
        "content/news/n-1.md",
        "---\ntitle: \"\\u0E19\\u0E23\\u0E35\\u0E23\\u0E31\\u0E15\\u0E19\\u0E4C \\u0E44\\u0E01\\u0E23\\u0E17\\u0E2D\\u0E07\"\ndate: 2022-08-24\n---\n",
    );
    assert_eq!(errors(&site), ["content/news/n-1.md:2:1 [title]"]);
}

#[test]
fn a_given_or_family_name_alone_is_not_the_name() {
    let site = site();
    site.write(
        "content/news/n-1.md",
        "---\ntitle: นรีรัตน์ เล่าเรื่อง\ndate: 2022-08-24\nsummary: ตระกูลไกรทอง\n---\nNareerat and the Kraithong family; นรีรัตน์วัฒนา ไกรทองคำ\n",
    );
    assert_eq!(errors(&site), Vec::<String>::new());
}

#[test]
fn a_public_persons_name_and_a_non_public_persons_own_record_are_not_hits() {
    let site = site();
    site.write(
        "content/ambassadors/a-1.md",
        format!(
            "---\nname: {NAME}\ncohort: c-1\nprovince: Rayong\npublic: true\nsources: [src-1]\n---\n"
        ),
    )
    .write(
        "content/news/n-1.md",
        format!("---\ntitle: ข่าว\ndate: 2022-08-24\n---\nพบกับ {NAME}\n"),
    )
    .write(
        "content/ambassadors/a-2.md",
        "---\nname: สมใจ ดีงาม\ncohort: c-1\nprovince: Rayong\n---\nสมใจ ดีงาม เขียนเรื่องของตัวเอง\n",
    );
    assert_eq!(errors(&site), Vec::<String>::new());
}

#[test]
fn build_refuses_and_prints_no_name() {
    let site = site();
    site.write(
        "content/news/n-1.md",
        format!("---\ntitle: ข่าว\ndate: 2022-08-24\n---\nพบกับ {NAME} วันนี้\n"),
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        format!(
            "content/news/n-1.md: warning: no English translation: the English page will show the Thai text
error: {MESSAGE}
 --> content/news/n-1.md:5:7
  |
5 | พบกับ ████████*██████ วันนี้
  |      ^^^^^^^^^^^^^^^
  |
  = help: take the name out of this text (a given name alone may stay); or, once the person's written consent is on file, set `public: true` in the ambassador record `a-1`

mueang build: 1 error, 1 warning in `content`: nothing written; fix the errors above
"
        )
    );
    assert!(!site.path().join("output").exists());
}

/// Asserts that `text` shows no part of the name, in either language.
#[track_caller]
fn shows_no_name(text: &str) {
    for part in NAME.split(' ').chain(NAME_EN.split(' ')) {
        assert!(
            !text.to_lowercase().contains(&part.to_lowercase()),
            "shows `{part}`: {text}"
        );
    }
}

#[test]
fn the_error_and_its_fix_are_said_in_thai_and_print_no_name() {
    let site = site();
    site.write(
        "content/news/n-1.md",
        format!("---\ntitle: ข่าว\ndate: 2022-08-24\n---\nพบกับ {NAME} วันนี้\n"),
    )
    .write("content/news/n-1.en.md", "---\ntitle: News\n---\nText\n");
    let run = site.run(&["check", "--lang", "th"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "ข้อผิดพลาด: ตรงนี้มีชื่อของบุคคลที่ไม่เปิดเผยต่อสาธารณะ: ระเบียนนักดิจิทัลพัฒนาเมือง `a-1` ไม่ได้เขียน `public: true` ไว้ จึงเผยแพร่ชื่อนี้ไม่ได้
 --> content/news/n-1.md:5:7
  |
5 | พบกับ ████████*██████ วันนี้
  |      ^^^^^^^^^^^^^^^
  |
  = วิธีแก้: ลบชื่อนี้ออกจากข้อความ (ชื่อตัวโดยไม่มีนามสกุลคงไว้ได้) หรือเมื่อมีหนังสือยินยอมของบุคคลนั้นเก็บไว้แล้ว ให้เขียน `public: true` ในระเบียนนักดิจิทัลพัฒนาเมือง `a-1`

mueang check: ข้อผิดพลาด 1 รายการ คำเตือน 0 รายการ ใน `content`: แก้ข้อผิดพลาดข้างต้น
"
    );
    shows_no_name(&run.stderr);
}

/// A name written where a value is refused is masked in the value the
/// message quotes, in Thai as in English (the scan itself waits for the
/// records to be read).
#[test]
fn a_name_quoted_by_another_error_is_masked_in_thai() {
    let site = site();
    site.write(
        "content/cities/rayong.md",
        format!("---\ntitle: ระยอง\nprovince: {NAME}\nstatus: {NAME_EN}\nsources: [src-1]\n---\n"),
    );
    for lang in ["th", "en"] {
        let run = site.run(&["check", "--lang", lang]);
        assert_eq!(run.code, 1);
        shows_no_name(&run.stderr);
    }
    let run = site.run(&["check", "--lang", "th"]);
    let first: Vec<&str> = run.stderr.lines().take(7).collect();
    assert_eq!(
        first,
        [
            "ข้อผิดพลาด: ไม่รู้จักจังหวัด `████████*██████`",
            " --> content/cities/rayong.md:3:11",
            "  |",
            "3 | province: ████████*██████",
            "  |           ^^^^^^^^^^^^^^^ ช่อง `province`",
            "  |",
            "  = วิธีแก้: เขียนรหัส ISO ของจังหวัด (`TH-21`) ชื่อภาษาไทย (`ระยอง`) หรือชื่อภาษาอังกฤษ (`Rayong`)",
        ]
    );
}
