//! The figures `check` computes, on the shipped content and on fixtures.

use serde_json::Value;

use crate::support::{Site, expect_file, repo, run_in, without_nowrap};

fn json(dir: &std::path::Path, content: &str) -> Value {
    let run = run_in(dir, &["check", "--json", "--content", content]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("check --json prints JSON")
}

/// The reconciliation entry of one metric in one scope.
fn entry<'a>(summary: &'a Value, scope: &str, metric: &str) -> &'a Value {
    summary["reconciliation"]
        .as_array()
        .expect("a list")
        .iter()
        .find(|r| r["scope"] == scope && r["metric"] == metric)
        .unwrap_or_else(|| panic!("no reconciliation of {metric} in {scope}"))
}

#[test]
fn forty_nine_fictional_projects_add_up_to_the_reported_total() {
    let s = json(&repo(), "tests/fixtures/forty-nine/content");
    assert_eq!(s["totals"]["projects"], 49);
    assert_eq!(s["totals"]["project_value_thb"], 1_170_000_000u64);
    assert_eq!(s["totals"]["provinces_covered"], 7);
    assert_eq!(s["totals"]["regions_covered"], 6);
    let covered: Vec<&str> = s["by_province"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, v)| v["projects"] != 0)
        .map(|(k, _)| k.as_str())
        .collect();
    // Bangkok, Chon Buri, Kanchanaburi, Khon Kaen, Chiang Mai, Songkhla, Phuket.
    assert_eq!(
        covered,
        [
            "TH-10", "TH-20", "TH-40", "TH-50", "TH-71", "TH-83", "TH-90"
        ]
    );
    let by_province_value: u64 = s["by_province"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v["project_value_thb"].as_u64().unwrap())
        .sum();
    assert_eq!(
        by_province_value, 1_170_000_000,
        "each project is in one province"
    );

    let projects = entry(&s, "site", "projects");
    assert_eq!(projects["reported"], 49);
    assert_eq!(projects["computed"], 49);
    assert_eq!(projects["verdict"], "matches");
    let value = entry(&s, "site", "value_thb");
    assert_eq!(value["reported"], 1_170_000_000u64);
    assert_eq!(value["computed"], 1_170_000_000u64);
    assert_eq!(value["verdict"], "matches");
    assert_eq!(value["source"], "fictional-release");
    assert_eq!(entry(&s, "cohort:c-1", "projects")["verdict"], "matches");
    assert_eq!(s["by_cohort"]["c-1"]["projects"], 25);
    assert_eq!(s["by_cohort"]["c-2"]["projects"], 24);
}

#[test]
fn forty_nine_summary_is_exactly_as_reviewed() {
    let run = run_in(
        &repo(),
        &[
            "check",
            "--json",
            "--content",
            "tests/fixtures/forty-nine/content",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    expect_file("tests/fixtures/forty-nine/summary.json", &run.stdout);
}

#[test]
fn shipped_content_checks_clean_with_its_reconciliation() {
    let run = run_in(&repo(), &["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let s = json(&repo(), "content");
    assert_eq!(s["provinces_total"], 77);
    assert_eq!(s["totals"]["cohorts"], 2);
    assert_eq!(s["totals"]["cities_certified"], 20);
    assert_eq!(s["cities_by_status"]["certified"], 20);

    // A date is its year, month and day, null where it does not say.
    let date = |v: &Value| {
        let part = |k: &str| v[k].as_u64().map_or("-".to_string(), |n| n.to_string());
        format!("{}/{}/{}", part("year"), part("month"), part("day"))
    };
    let cities = entry(&s, "site", "cities");
    assert_eq!(cities["reported"], 30);
    assert_eq!(
        cities["as_of"],
        serde_json::json!({ "year": 2022, "month": null, "day": null })
    );
    assert_eq!(cities["computed"], 20);
    assert_eq!(cities["verdict"], "partly_itemised");
    assert_eq!(cities["history"][0]["value"], 15);
    assert_eq!(date(&cities["history"][0]["as_of"]), "2021/12/24");
    assert_eq!(entry(&s, "site", "certified_provinces")["computed"], 18);

    let ambassadors = entry(&s, "cohort:sca-1", "ambassadors");
    assert_eq!(ambassadors["reported"], 22);
    assert_eq!(date(&ambassadors["as_of"]), "2022/8/24");
    assert_eq!(ambassadors["computed"], 1);
    let history: Vec<(u64, String)> = ambassadors["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["value"].as_u64().unwrap(), date(&h["as_of"])))
        .collect();
    assert_eq!(
        history,
        [(30, "2021/-/-".to_string()), (30, "2022/-/-".to_string())]
    );

    let projects = entry(&s, "cohort:sca-1", "projects");
    assert_eq!(
        (projects["reported"].as_u64(), projects["computed"].as_u64()),
        (Some(49), Some(1))
    );
    assert_eq!(projects["verdict"], "partly_itemised");
    let zones = entry(&s, "site", "promotion_zones");
    assert_eq!(
        (zones["reported"].as_u64(), zones["computed"].as_u64()),
        (Some(58), Some(0))
    );
    assert_eq!(zones["verdict"], "partly_itemised");
    let value = entry(&s, "cohort:sca-1", "value_thb");
    assert_eq!(value["reported"], 1_170_000_000u64);
}

#[test]
fn shipped_content_summary_names_the_figures_in_the_language_of_the_run() {
    let cases = [
        (
            "en",
            [
                "Thailand Smart City Report",
                "  cohorts: 2",
                "  certified smart-city areas: 20 (in 18 provinces)",
                "  site · certified smart-city areas: reported 30 (2022, world7-2022), itemised 20: partly itemised, 20 of 30",
                "      earlier: 15 (2021-12-24, feature-2022)",
                "  cohort:sca-1 · ambassadors: reported 22 (2022-08-24, depa-2022-08-24), itemised 1: partly itemised, 1 of 22",
                "      earlier: 30 (2021, thaismes-2021); 30 (2022, feature-2022)",
                "  cohort:sca-1 · projects: reported 49 (2022-08-24, depa-2022-08-24), itemised 1: partly itemised, 1 of 49",
                "  site · promotion zones: reported 58 (2021-12-24, feature-2022), itemised 0: partly itemised, 0 of 58",
                "  cohort:sca-1 · project value: reported THB 1,170 million (2022-08-24, depa-2022-08-24), itemised no stated value (1 project): partly itemised",
            ],
        ),
        (
            "th",
            [
                "รายงานเมืองอัจฉริยะประเทศไทย",
                "  รุ่น: 2",
                "  เมืองอัจฉริยะที่ได้รับการรับรอง: 20 (ใน 18 จังหวัด)",
                "  site · เมืองอัจฉริยะที่ได้รับการรับรอง: รายงานไว้ 30 (2022, world7-2022) มีรายการในบันทึก 20: มีรายการบางส่วน 20 จาก 30",
                "      ก่อนหน้านี้: 15 (2021-12-24, feature-2022)",
                "  cohort:sca-1 · นักดิจิทัลพัฒนาเมือง: รายงานไว้ 22 (2022-08-24, depa-2022-08-24) มีรายการในบันทึก 1: มีรายการบางส่วน 1 จาก 22",
                "      ก่อนหน้านี้: 30 (2021, thaismes-2021); 30 (2022, feature-2022)",
                "  cohort:sca-1 · โครงการ: รายงานไว้ 49 (2022-08-24, depa-2022-08-24) มีรายการในบันทึก 1: มีรายการบางส่วน 1 จาก 49",
                "  site · เขตส่งเสริมเมืองอัจฉริยะ: รายงานไว้ 58 (2021-12-24, feature-2022) มีรายการในบันทึก 0: มีรายการบางส่วน 0 จาก 58",
                "  cohort:sca-1 · มูลค่าโครงการ: รายงานไว้ 1,170 ล้านบาท (2022-08-24, depa-2022-08-24) มีรายการในบันทึก ไม่ระบุมูลค่า (1 โครงการ): มีรายการบางส่วน",
            ],
        ),
    ];
    for (lang, expected) in cases {
        let run = run_in(&repo(), &["check", "--lang", lang]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let lines: Vec<&str> = run.stdout.lines().collect();
        for line in expected {
            assert!(
                lines.contains(&line),
                "missing line {line:?} in\n{}",
                run.stdout
            );
        }
    }
}

#[test]
fn the_summary_says_every_verdict_target_and_value_in_english_or_thai() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        "title: { th: ทดสอบ, en: Test }
reported:
  - { metric: cities, value: 1, as_of: 2022-01-01, source: src-1 }
  - { metric: cities, value: 1, as_of: 2022-01-01, source: src-1 }
  - { metric: projects, value: 5, source: src-1 }
  - { metric: projects, value: 2, as_of: 2022-03, source: src-1 }
  - { metric: value_thb, value: 12500000, as_of: 2022, source: src-1, note: { th: ราว 12.5 ล้าน, en: about 12.5 million } }
  - { metric: captains, value: 1200, as_of: 2022, source: src-1 }
  - { metric: provinces, value: 0, as_of: 2022, source: src-1 }
  - { metric: ambassadors, value: 50, as_of: 2022, source: src-1, kind: target }
",
    )
    .write(
        "content/projects/p-1.md",
        "---\ntitle: หนึ่ง\ncity: rayong\nprovince: Rayong\ndomains: [governance]\nstatus: ongoing\nvalue_thb: 2500000\n---\n",
    )
    .write(
        "content/projects/p-2.md",
        "---\ntitle: สอง\ncity: rayong\nprovince: Rayong\ndomains: [governance]\nstatus: ongoing\n---\n",
    );
    let run = |lang| {
        let run = site.run(&["check", "--lang", lang]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stdout
    };
    assert_eq!(
        run("en"),
        "Test
  records: 1 cohort, 1 city, 2 projects, 0 ambassadors, 0 news items, 0 pages, 1 source

Figures from itemised records
  cohorts: 1
  certified smart-city areas: 1 (in 1 province)
  all areas: 1 (certified 1, promotion-zone 0, proposed 0, revoked 0)
  projects: 2
  project value: THB 2.5 million, from 1 of 2 projects; 1 without a stated value
  ambassadors: 0
  provinces covered: 1 of 77
  regions covered: 1 of 6

Reported figures against itemised records
  site · projects: reported 2 (2022-03, src-1), itemised 2: sources disagree
      reported otherwise: 5 (undated, src-1)
  site · project value: reported THB 12.5 million (2022, src-1), itemised THB 2.5 million: partly itemised, THB 2.5 million of THB 12.5 million
      note: about 12.5 million
  site · provinces covered: reported 0 (2022, src-1), itemised 1: records exceed the report
  site · certified smart-city areas: reported 1 (2022-01-01, src-1), itemised 1: matches
      also reported: 1 (2022-01-01, src-1)
  site · Smart City Captains: reported 1,200 (2022, src-1), itemised -: reported only: no kind of record itemises it

Targets (shown, never reconciled)
  site · ambassadors: target 50 (2022, src-1)

The open-data catalog (`data:` in site.yaml; docs/content.md, \"The open-data catalog\")
  publisher: Test (default)
  contact: none (default)
  licence: CC-BY-4.0 (default)
  update_frequency: irregular (default)
  coverage: country (default)
  category: public (default)
  topics: government, regions, technology (default)
  created: the earliest date in the records (default)
  keywords: smart city, Smart City Ambassadors, depa, provinces, Thailand (default)
"
    );
    assert_eq!(
        run("th"),
        "ทดสอบ
  ระเบียน: รุ่น 1, พื้นที่ 1, โครงการ 2, นักดิจิทัลพัฒนาเมือง 0, ข่าว 0, หน้า 0, แหล่งที่มา 1

ตัวเลขจากข้อมูลรายการ
  รุ่น: 1
  เมืองอัจฉริยะที่ได้รับการรับรอง: 1 (ใน 1 จังหวัด)
  พื้นที่ทั้งหมด: 1 (ได้รับการรับรอง 1, เขตส่งเสริม 0, เสนอขอรับรอง 0, ถูกเพิกถอน 0)
  โครงการ: 2
  มูลค่าโครงการ: 2.5 ล้านบาท จาก 1 ใน 2 โครงการ ไม่ระบุมูลค่า 1 โครงการ
  นักดิจิทัลพัฒนาเมือง: 0
  จังหวัดที่มีข้อมูล: 1 จาก 77
  ภาคที่มีข้อมูล: 1 จาก 6

ตัวเลขที่รายงานเทียบกับข้อมูลรายการ
  site · โครงการ: รายงานไว้ 2 (2022-03, src-1) มีรายการในบันทึก 2: แหล่งข้อมูลไม่ตรงกัน
      รายงานเป็นอย่างอื่น: 5 (ไม่ระบุวันที่, src-1)
  site · มูลค่าโครงการ: รายงานไว้ 12.5 ล้านบาท (2022, src-1) มีรายการในบันทึก 2.5 ล้านบาท: มีรายการบางส่วน 2.5 ล้านบาท จาก 12.5 ล้านบาท
      หมายเหตุ: ราว 12.5 ล้าน
  site · จังหวัดที่มีข้อมูล: รายงานไว้ 0 (2022, src-1) มีรายการในบันทึก 1: บันทึกมีมากกว่าที่รายงาน
  site · เมืองอัจฉริยะที่ได้รับการรับรอง: รายงานไว้ 1 (2022-01-01, src-1) มีรายการในบันทึก 1: ตรงกัน
      รายงานตรงกันด้วย: 1 (2022-01-01, src-1)
  site · เจ้าหน้าที่ตัวแทนเมือง: รายงานไว้ 1,200 (2022, src-1) มีรายการในบันทึก -: ตามที่รายงานเท่านั้น: ไม่มีบันทึกประเภทใดนับรายการนี้

เป้าหมาย (แสดงไว้ ไม่นำไปเทียบกับบันทึก)
  site · นักดิจิทัลพัฒนาเมือง: เป้าหมาย 50 (2022, src-1)

แคตตาล็อกข้อมูลเปิด (`data:` ใน site.yaml ดู docs/content.md หัวข้อ \"The open-data catalog\")
  publisher: ทดสอบ (ค่าเริ่มต้น)
  contact: ไม่มี (ค่าเริ่มต้น)
  licence: CC-BY-4.0 (ค่าเริ่มต้น)
  update_frequency: irregular (ค่าเริ่มต้น)
  coverage: country (ค่าเริ่มต้น)
  category: public (ค่าเริ่มต้น)
  topics: government, regions, technology (ค่าเริ่มต้น)
  created: วันที่แรกสุดในระเบียน (ค่าเริ่มต้น)
  keywords: เมืองอัจฉริยะ, นักดิจิทัลพัฒนาเมืองรุ่นใหม่, ดีป้า, จังหวัด, ประเทศไทย (ค่าเริ่มต้น)
"
    );
}

#[test]
fn warnings_pass_unless_denied() {
    let site = Site::minimal();
    site.remove("content/cities/rayong.en.md");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stderr,
        "content/cities/rayong.md: warning: no English translation: the English page will show the Thai text\n\
         mueang check: 0 errors, 1 warning in `content`\n"
    );
    let run = site.run(&["check", "--deny-warnings"]);
    assert_eq!(
        run.stderr,
        "content/cities/rayong.md: warning: no English translation: the English page will show the Thai text\n\
         mueang check: 0 errors, 1 warning in `content`: warnings are errors here (--deny-warnings)\n"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn reports_of_the_same_date_that_differ_are_a_disagreement() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        "title: { th: ทดสอบ, en: Test }\nreported:\n  - { metric: cities, value: 1, as_of: 2022-01-01, source: src-1 }\n  - { metric: cities, value: 3, as_of: 2022-01-01, source: src-1 }\n  - { metric: ambassadors, value: 5, as_of: 2022, source: src-1, kind: target }\n",
    );
    let s = json(site.path(), "content");
    let cities = entry(&s, "site", "cities");
    assert_eq!(cities["verdict"], "sources_disagree");
    assert_eq!(cities["reported"], 1);
    assert_eq!(cities["disagreeing"][0]["value"], 3);
    assert_eq!(s["targets"][0]["metric"], "ambassadors");
    assert_eq!(s["targets"][0]["value"], 5);
    assert!(
        s["reconciliation"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["metric"] != "ambassadors"),
        "targets are never reconciled"
    );
}

#[test]
fn records_beyond_the_report_exceed_it() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        "title: { th: ทดสอบ, en: Test }\nreported:\n  - { metric: provinces, value: 0, source: src-1 }\n",
    );
    let s = json(site.path(), "content");
    let provinces = entry(&s, "site", "provinces");
    assert_eq!(provinces["computed"], 1);
    assert_eq!(provinces["verdict"], "exceeds");
    assert_eq!(provinces["as_of"], Value::Null);
}

#[test]
fn html_in_a_title_is_text_not_an_error() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        "---\ntitle: <script>alert(1)</script> ระยอง\nprovince: Rayong\nstatus: certified\n---\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "mueang check: 0 errors, 0 warnings in `content`\n"
    );
}

#[test]
fn bom_crlf_and_thai_digits_are_accepted() {
    let site = Site::minimal();
    site.write(
        "content/cohorts/c-1.md",
        "\u{feff}---\r\ntitle: รุ่นที่ ๑\r\nnumber: ๑\r\nstarted: ๒๔ ส.ค. ๒๕๖๕\r\n---\r\n",
    );
    let s = json(site.path(), "content");
    assert_eq!(s["totals"]["cohorts"], 1);
    // The values read, as the data download gives them: the number and
    // the date in Thai digits (24 Aug 2565 BE is 2022-08-24), and the
    // title as written, without the BOM or a carriage return.
    let out = tempfile::tempdir().expect("a folder");
    let run = crate::build::build(site.path(), "content", out.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let cohorts: Value = serde_json::from_slice(
        &std::fs::read(out.path().join("data/cohorts.json")).expect("data/cohorts.json"),
    )
    .expect("JSON");
    assert_eq!(
        cohorts,
        serde_json::json!([{
            "id": "c-1",
            "number": 1,
            "title_th": "รุ่นที่ ๑",
            "title_en": "Cohort 1",
            "started_year": 2022,
            "started_month": 8,
            "started_day": 24,
            "ended_year": null,
            "ended_month": null,
            "ended_day": null,
            "planned_ambassadors": null,
            "partners": [],
            "projects": 0,
            "project_value_thb": 0,
            "projects_without_value": 0,
            "ambassadors": 0,
            "provinces_covered": 0,
            "sources": [],
            "summary_th": null,
            "summary_en": null
        }])
    );
}

#[test]
fn a_cohort_may_end_in_the_year_it_started() {
    let site = Site::minimal();
    site.write(
        "content/cohorts/c-1.md",
        "---\ntitle: x\nnumber: 1\nstarted: 2022-08-24\nended: 2022\n---\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(
        run.stderr,
        "mueang check: 0 errors, 0 warnings in `content`\n"
    );
    assert_eq!(run.code, 0);
    site.write(
        "content/cohorts/c-1.md",
        "---\ntitle: x\nnumber: 1\nstarted: 2022-08-24\nended: 2022-07\n---\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(
        run.stderr,
        "error: the cohort ends before it starts
 --> content/cohorts/c-1.md:5:8
  |
5 | ended: 2022-07
  |        ^^^^^^^ field `ended`
  |
  = help: `started` is 2022-08-24: check both dates

mueang check: 1 error, 0 warnings in `content`: fix the errors above
"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn a_second_source_with_the_same_figure_corroborates_it() {
    let site = Site::minimal();
    site.write(
        "content/sources.yaml",
        format!("{}src-2:\n  publisher: P\n  title: T\n  date: 2022\n", crate::support::SOURCES_YAML),
    )
    .write(
        "content/site.yaml",
        "title: { th: ท, en: T }\nreported:\n  - { metric: cities, value: 1, as_of: 2022, source: src-1 }\n  - { metric: cities, value: 1, as_of: 2022, source: src-2 }\n",
    );
    let s = json(site.path(), "content");
    let cities = entry(&s, "site", "cities");
    assert_eq!(cities["verdict"], "matches");
    assert_eq!(cities["corroborating"][0]["source"], "src-2");
}

/// A site of three projects of cohort 1 in Rayong: one worth 10 million
/// baht, two with no stated value (one of them the only energy project).
fn partly_valued() -> Site {
    let site = Site::minimal();
    let project = |domain: &str, value: &str| {
        format!(
            "---\ntitle: โครงการ\nprovince: Rayong\ndomains: [{domain}]\ncohort: c-1\nsources: [src-1]\n{value}---\n"
        )
    };
    site.write(
        "content/projects/p-1.md",
        project("environment", "value_thb: 10 ล้านบาท\n"),
    )
    .write("content/projects/p-2.md", project("environment", ""))
    .write("content/projects/p-3.md", project("energy", ""));
    site
}

fn read(site: &Site, path: &str) -> String {
    std::fs::read_to_string(site.path().join("output").join(path)).expect(path)
}

/// The line of `csv` that starts with `first`.
fn row<'a>(csv: &'a str, first: &str) -> &'a str {
    csv.lines()
        .find(|l| l.trim_start_matches('\u{feff}').starts_with(first))
        .unwrap_or_else(|| panic!("no row `{first}` in\n{csv}"))
}

#[test]
fn a_total_says_how_many_projects_state_no_value_and_unknown_is_never_zero() {
    let site = partly_valued();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // Pages: the list of projects, the cohort, the domain, the province.
    for (path, want) in [
        (
            "en/projects/index.html",
            "3 projects; their value: THB 10 million from 1 of 3 projects; 2 without a stated value",
        ),
        (
            "th/projects/index.html",
            "3 โครงการ มูลค่ารวม 10 ล้านบาท จาก 1 ใน 3 โครงการ ไม่ระบุมูลค่า 2 โครงการ",
        ),
        (
            "en/cohorts/index.html",
            ">THB 10 million from 1 of 3 projects; 2 without a stated value<",
        ),
        (
            "en/domains/energy/index.html",
            ">no stated value (1 project)<",
        ),
        (
            "en/domains/environment/index.html",
            ">THB 10 million from 1 of 2 projects; 1 without a stated value<",
        ),
        (
            "th/provinces/rayong/index.html",
            ">10 ล้านบาท จาก 1 ใน 3 โครงการ ไม่ระบุมูลค่า 2 โครงการ<",
        ),
    ] {
        let page = without_nowrap(&read(&site, path));
        assert!(page.contains(want), "{path} lacks `{want}`");
        assert!(
            !page.contains("THB 0<") && !page.contains(">0 บาท<"),
            "{path} says 0"
        );
    }

    // Data: an empty cell where no project states a value, never 0, and
    // how many state none beside every total.
    let domains = read(&site, "data/charts/en/projects-by-domain.csv");
    assert_eq!(
        row(&domains, "Domain"),
        "\u{feff}Domain,Projects,Value (baht),Projects without a stated value"
    );
    assert_eq!(
        row(&domains, "Smart Environment"),
        "Smart Environment,2,10000000,1"
    );
    assert_eq!(row(&domains, "Smart Energy"), "Smart Energy,1,,1");
    assert_eq!(row(&domains, "Smart Economy"), "Smart Economy,0,0,0");
    let provinces = read(&site, "data/provinces.csv");
    assert!(
        row(&provinces, "TH-21").contains(",3,10000000,2,"),
        "{}",
        row(&provinces, "TH-21")
    );
    let summary: Value = serde_json::from_str(&read(&site, "data/summary.json")).expect("JSON");
    assert_eq!(summary["totals"]["project_value_thb"], 10_000_000);
    assert_eq!(summary["totals"]["projects_without_value"], 2);
    assert_eq!(summary["by_domain"]["energy"]["projects_without_value"], 1);
    assert_eq!(summary["by_cohort"]["c-1"]["projects_without_value"], 2);
}

#[test]
fn a_figure_no_record_can_itemise_is_shown_as_reported_without_a_warning() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        format!(
            "{}reported:\n  - metric: people_trained\n    value: 150\n    as_of: 2022\n    source: src-1\n",
            crate::support::SITE_YAML
        ),
    );
    let run = site.run(&["check", "--deny-warnings", "--json"]);
    assert_eq!(
        run.stderr,
        "mueang check: 0 errors, 0 warnings in `content`\n"
    );
    assert_eq!(run.code, 0);
    let s: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let r = entry(&s, "site", "people_trained");
    assert_eq!(r["reported"], 150);
    assert_eq!(r["computed"], Value::Null);
    assert_eq!(r["verdict"], "reported_only");

    assert_eq!(site.run(&["build"]).code, 0);
    let page = read(&site, "en/figures/index.html");
    assert!(page.contains(
        "<article class=\"figure figure--reported_only\" id=\"site-people_trained\" data-scope=\"site\" data-metric=\"people_trained\" data-reported=\"150\" data-computed=\"\">"
    ));
    assert!(page.contains("<dd class=\"num\">no record of this kind</dd>"));
    let csv = read(&site, "data/charts/en/reported-vs-records.csv");
    assert_eq!(
        row(&csv, "People trained"),
        "People trained,150,2022,,,2022,,"
    );
}

#[test]
fn the_shipped_content_passes_deny_warnings() {
    let run = run_in(&repo(), &["check", "--deny-warnings"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "mueang check: 0 errors, 0 warnings in `content`\n"
    );
}

#[test]
fn certified_areas_without_a_date_are_a_row_of_the_chart_table() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        "---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\ncertified_on: 2022-08\nsources: [src-1]\n---\nข้อความ\n",
    )
    .write(
        "content/cities/phuket.md",
        "---\ntitle: ภูเก็ต\nprovince: Phuket\nstatus: certified\nsources: [src-1]\n---\n",
    );
    assert_eq!(site.run(&["build"]).code, 0);
    let csv = read(&site, "data/charts/en/certified-over-time.csv");
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows,
        [
            "\u{feff}Date: year,Date: month,Date: day,Date,What,Added,Total",
            "2022,8,,August 2022,In the records,1,1",
            ",,,No date,\"In the records, with no date (not on the chart's time line)\",1,2",
        ]
    );
    let page = read(&site, "en/index.html");
    assert!(page.contains(
        "<tr><th scope=\"row\">No date</th><td data-label=\"What\">In the records, with no date (not on the chart&#39;s time line)</td><td class=\"num\" data-label=\"Added\">1</td><td class=\"num\" data-label=\"Total\">2</td></tr>"
    ), "the home page's table shows the row");
}

/// What `check --verbose` prints on stderr in `lang`, without the timings.
fn verbose_stderr(site: &Site, lang: &str) -> String {
    let run = site.run(&["check", "--verbose", "--lang", lang]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stderr
        .lines()
        .filter(|l| !l.starts_with("timing: "))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn reports_the_records_contradict_are_warnings_with_their_fix_in_english_and_thai() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        "title: { th: ทดสอบ, en: Test }\nbase_url: https://example.org/\nreported:\n  - { metric: cities, value: 1, as_of: 2022-01-01, source: src-1 }\n  - { metric: cities, value: 3, as_of: 2022-01-01, source: src-1 }\n  - { metric: provinces, value: 0, source: src-1 }\n",
    );
    assert_eq!(
        verbose_stderr(&site, "en"),
        "warning: site: certified smart-city areas: sources disagree: 1 (src-1) against 3 (src-1)
 --> content/site.yaml:4:15
  |
4 |   - { metric: cities, value: 1, as_of: 2022-01-01, source: src-1 }
  |               ^^^^^^
  |
  = help: check the sources; give each report its `as_of` date if they speak of different times

warning: site: provinces covered: reported 0, but the records hold more: 1
 --> content/site.yaml:6:15
  |
6 |   - { metric: provinces, value: 0, source: src-1 }
  |               ^^^^^^^^^
  |
  = help: check the records for duplicates, or note a newer report

mueang check: 0 errors, 2 warnings in `content`
"
    );
    assert_eq!(
        verbose_stderr(&site, "th"),
        "คำเตือน: site: เมืองอัจฉริยะที่ได้รับการรับรอง: แหล่งที่มาให้ตัวเลขไม่ตรงกัน: 1 (src-1) กับ 3 (src-1)
 --> content/site.yaml:4:15
  |
4 |   - { metric: cities, value: 1, as_of: 2022-01-01, source: src-1 }
  |               ^^^^^^
  |
  = วิธีแก้: ตรวจแหล่งที่มาอีกครั้ง ถ้าแต่ละรายงานพูดถึงช่วงเวลาต่างกัน ให้ใส่วันที่ `as_of` ของแต่ละรายงาน

คำเตือน: site: จังหวัดที่มีข้อมูล: รายงานไว้ 0 แต่ในระเบียนมีมากกว่านั้น: 1
 --> content/site.yaml:6:15
  |
6 |   - { metric: provinces, value: 0, source: src-1 }
  |               ^^^^^^^^^
  |
  = วิธีแก้: ตรวจว่ามีระเบียนซ้ำหรือไม่ หรือบันทึกตัวเลขจากรายงานฉบับที่ใหม่กว่า

mueang check: ข้อผิดพลาด 0 รายการ คำเตือน 2 รายการ ใน `content`
"
    );
}

#[test]
fn a_base_url_without_a_host_and_a_translation_short_of_its_record_are_warnings_in_thai_too() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        "title: { th: ทดสอบ, en: Test }\nbase_url: /report/\n",
    )
    .write("content/cities/rayong.en.md", "---\ntitle: Rayong\n---\n");
    assert_eq!(
        verbose_stderr(&site, "en"),
        "warning: not yet translated: the text
--> content/cities/rayong.en.md
 = help: the English page shows the Thai text for these

warning: `base_url` is not a full web address, so the sitemap and the feeds hold addresses without a host
--> content/site.yaml
 = note: in field `base_url`
 = help: write where the site will be published, such as `https://example.org/report/`, or build with --base-url

mueang check: 0 errors, 2 warnings in `content`
"
    );
    assert_eq!(
        verbose_stderr(&site, "th"),
        "คำเตือน: ยังไม่ได้แปล: เนื้อหา
--> content/cities/rayong.en.md
 = วิธีแก้: หน้าภาษาอังกฤษจะแสดงข้อความภาษาไทยแทนในส่วนเหล่านี้

คำเตือน: `base_url` ไม่ใช่ที่อยู่เว็บแบบเต็ม ที่อยู่ในแผนผังเว็บไซต์ (sitemap) และฟีดจึงไม่มีชื่อโดเมน
--> content/site.yaml
 = หมายเหตุ: ในช่อง `base_url`
 = วิธีแก้: เขียนที่อยู่ที่จะเผยแพร่เว็บไซต์ เช่น `https://example.org/report/` หรือสร้างด้วย --base-url

mueang check: ข้อผิดพลาด 0 รายการ คำเตือน 2 รายการ ใน `content`
"
    );
}
