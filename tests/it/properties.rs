//! Property tests (proptest, seeded): the money, date, province and
//! front-matter parsers never panic and read back what they print, and
//! randomly made small sites keep the pipeline's invariants.
//!
//! The cases run with a fixed seed, so CI sees the same ones every time;
//! `PROPTEST_SCALE=K` runs K times as many of each (the longer run:
//! `PROPTEST_SCALE=20 cargo test --release --test it properties`).

use std::collections::BTreeMap;
use std::io::Read;

use mueang::model::date::parse_date;
use mueang::model::money::{MAX_BAHT, parse_baht};
use mueang::model::province::{ProvinceId, registry};
use mueang::model::vocab::Vocabulary;
use mueang::model::{Baht, CityStatus, Domain, Lang, Metric, PartialDate};
use mueang::text::group_thousands;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

/// `cases` cases (times `PROPTEST_SCALE`), from a fixed seed.
fn config(cases: u32) -> Config {
    let scale: u32 = std::env::var("PROPTEST_SCALE")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    Config {
        cases: cases * scale,
        rng_seed: RngSeed::Fixed(20_261_121),
        failure_persistence: None,
        ..Config::default()
    }
}

/// Text that is mostly what the parsers look for: digits in both
/// scripts, the words of money and dates, separators, and anything else.
fn parser_food() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[0-9๐-๙]{1,12}",
        Just("ล้านบาท".to_string()),
        Just("พันล้านบาท".to_string()),
        Just("บาท".to_string()),
        Just("THB".to_string()),
        Just("million".to_string()),
        Just("billion".to_string()),
        Just("M".to_string()),
        Just("พ.ศ.".to_string()),
        Just("ค.ศ.".to_string()),
        Just("สิงหาคม".to_string()),
        Just("August".to_string()),
        "[ ,.\\-/]",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(pieces, 0..8).prop_map(|p| p.concat())
}

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![Just(Lang::Th), Just(Lang::En)]
}

fn date() -> impl Strategy<Value = PartialDate> {
    (1900i32..=2200, 0u8..=12, 1u8..=31).prop_map(|(year, month, day)| match month {
        0 => PartialDate {
            year,
            month: None,
            day: None,
        },
        m if day > 28 => PartialDate {
            year,
            month: Some(m),
            day: None,
        },
        m => PartialDate::day(year, m, day),
    })
}

proptest! {
    #![proptest_config(config(2_000))]

    #[test]
    fn money_parsing_never_panics(s in parser_food()) {
        let _ = parse_baht(&s);
    }

    #[test]
    fn money_parsing_never_panics_on_any_text(s in any::<String>()) {
        let _ = parse_baht(&s);
    }

    #[test]
    fn money_reads_back_what_it_prints(n in 0..=MAX_BAHT, round in 0u32..4, lang in lang()) {
        // Round amounts too, so that the `ล้านบาท`/`billion` forms show.
        let n = n - n % 10u64.pow(round * 3);
        let baht = Baht(n);
        prop_assert_eq!(parse_baht(&baht.format(lang)), Ok(baht));
        prop_assert_eq!(parse_baht(&baht.display(lang)), Ok(baht));
        // As Thai accounting writes a whole amount: `12,500,000.-`.
        prop_assert_eq!(parse_baht(&format!("{}.-", group_thousands(n))), Ok(baht));
    }

    #[test]
    fn date_parsing_never_panics(s in parser_food()) {
        let _ = parse_date(&s);
    }

    #[test]
    fn date_parsing_never_panics_on_any_text(s in any::<String>()) {
        let _ = parse_date(&s);
    }

    #[test]
    fn dates_read_back_as_printed(d in date(), lang in lang()) {
        prop_assert_eq!(parse_date(&d.format(lang)), Ok(d));
        prop_assert_eq!(parse_date(&d.iso()), Ok(d));
    }

    #[test]
    fn province_lookup_never_panics(s in any::<String>()) {
        let _ = registry().resolve(&s);
    }

    #[test]
    fn every_name_of_a_province_finds_it(i in 0usize..77, upper in any::<bool>(), pad in "[ \t]{0,2}") {
        let id = ProvinceId::all().nth(i).expect("77 provinces");
        let p = id.get();
        for name in [&p.code, &p.name_th, &p.name_en] {
            let name = if upper { name.to_uppercase() } else { name.clone() };
            let found = registry().resolve(&format!("{pad}{name}{pad}")).ok();
            prop_assert_eq!(found, Some(id));
        }
    }
}

/// A record file's text: front matter of lines drawn from real fields
/// and from noise, then a body.
fn record_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("title: ระยอง".to_string()),
        Just("province: Rayong".to_string()),
        Just("province: [ระยอง, TH-20]".to_string()),
        Just("status: certified".to_string()),
        Just("domains: [environment, economy]".to_string()),
        Just("value_thb: 1,170 ล้านบาท".to_string()),
        Just("started: 2565-08".to_string()),
        Just("sources: [src-1]".to_string()),
        Just("reported:\n  - metric: projects\n    value: 3\n    source: src-1".to_string()),
        Just("summary: { th: ก, en: A }".to_string()),
        Just("  - x".to_string()),
        Just("&a [*a]".to_string()),
        "[a-z_]{1,8}: [^\n]{0,12}",
        "[^\n]{0,20}",
    ];
    (
        prop::collection::vec(line, 0..8),
        any::<bool>(),
        "[^\u{0}]{0,40}",
    )
        .prop_map(|(lines, closed, body)| {
            let close = if closed { "---\n" } else { "" };
            format!("---\n{}\n{close}{body}", lines.join("\n"))
        })
}

proptest! {
    #![proptest_config(config(200))]

    /// Any text in a record file: `load` returns diagnostics, never panics.
    #[test]
    fn front_matter_parsing_never_panics(
        text in record_text(),
        kind in prop::sample::select(vec!["cities", "projects", "cohorts", "ambassadors", "news", "pages"]),
        translation in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().expect("tmp");
        std::fs::write(dir.path().join("site.yaml"), crate::support::SITE_YAML).expect("site");
        let folder = dir.path().join(kind);
        std::fs::create_dir(&folder).expect("mkdir");
        if translation {
            std::fs::write(folder.join("x.md"), "---\ntitle: x\n---\n").expect("thai");
        }
        let name = if translation { "x.en.md" } else { "x.md" };
        std::fs::write(folder.join(name), &text).expect("record");
        let _ = mueang::load::load(dir.path(), "content");
    }
}

/// A project of a small site: province and domain (indexes), value,
/// start, whether it has an English translation.
type SmallProject = (usize, usize, Option<u64>, Option<PartialDate>, bool);

/// A small random site: cities, projects and ambassadors over random
/// provinces, values and dates, some ambassadors not public.
#[derive(Debug, Clone)]
struct SmallSite {
    cities: Vec<(usize, u8)>,
    projects: Vec<SmallProject>,
    ambassadors: Vec<(usize, bool)>,
    /// Reported figures: of the programme (`site.yaml`) or of cohort
    /// `c-1`; a metric (an index of `Metric::ALL`), a value, a year.
    reports: Vec<(bool, usize, u64, u16)>,
}

fn small_site() -> impl Strategy<Value = SmallSite> {
    let city = (0usize..77, 0u8..4);
    let project = (
        0usize..77,
        0usize..7,
        prop::option::of(0u64..10_000_000_000),
        prop::option::of(date()),
        any::<bool>(),
    );
    let ambassador = (0usize..77, any::<bool>());
    let report = (
        any::<bool>(),
        0..Metric::ALL.len(),
        0u64..60,
        2019u16..=2022,
    );
    (
        prop::collection::vec(city, 0..4),
        prop::collection::vec(project, 0..8),
        prop::collection::vec(ambassador, 0..5),
        prop::collection::vec(report, 0..6),
    )
        .prop_map(|(cities, projects, ambassadors, reports)| SmallSite {
            cities,
            projects,
            ambassadors,
            reports,
        })
}

/// A name no page may show: it belongs to a non-public ambassador.
fn secret(i: usize) -> String {
    format!("ลับเฉพาะ Hidden{i}x")
}

impl SmallSite {
    fn write(&self, site: &crate::support::Site) {
        let reported = |of_site: bool| -> String {
            let items: Vec<String> = self
                .reports
                .iter()
                .filter(|r| r.0 == of_site)
                .map(|(_, m, v, year)| {
                    let metric = Metric::ALL[*m];
                    // Money reported in millions, so that it is not all
                    // below what a project is worth.
                    let value = match metric {
                        Metric::ValueThb => v * 1_000_000,
                        _ => *v,
                    };
                    format!(
                        "  - metric: {}\n    value: {value}\n    as_of: {year}\n    source: src-1\n",
                        metric.key()
                    )
                })
                .collect();
            if items.is_empty() {
                String::new()
            } else {
                format!("reported:\n{}", items.concat())
            }
        };
        site.write(
            "content/site.yaml",
            format!("{}{}", crate::support::SITE_YAML, reported(true)),
        );
        site.write(
            "content/cohorts/c-1.md",
            format!(
                "---\ntitle: รุ่นที่ 1\nnumber: 1\nstarted: 2021\n{}---\n",
                reported(false)
            ),
        );
        let province = |i: usize| ProvinceId::all().nth(i).expect("77").code();
        for (i, (p, status)) in self.cities.iter().enumerate() {
            site.write(
                &format!("content/cities/city-{i}.md"),
                format!(
                    "---\ntitle: เมือง {i}\nprovince: {}\nstatus: {}\nsources: [src-1]\n---\nข้อความ\n",
                    province(*p),
                    CityStatus::ALL[usize::from(*status)].key()
                ),
            );
        }
        for (i, (p, d, value, started, translated)) in self.projects.iter().enumerate() {
            let mut front = format!(
                "title: โครงการ {i}\nprovince: {}\ndomains: [{}]\ncohort: c-1\nsources: [src-1]\n",
                province(*p),
                Domain::ALL[*d].key()
            );
            if let Some(v) = value {
                front += &format!("value_thb: {}\n", Baht(*v).format(Lang::Th));
            }
            if let Some(s) = started {
                front += &format!("started: {}\n", s.format(Lang::Th));
            }
            site.write(
                &format!("content/projects/p-{i}.md"),
                format!("---\n{front}---\nเนื้อหา\n"),
            );
            if *translated {
                site.write(
                    &format!("content/projects/p-{i}.en.md"),
                    format!("---\ntitle: Project {i}\n---\nText\n"),
                );
            }
        }
        for (i, (p, public)) in self.ambassadors.iter().enumerate() {
            let name = if *public {
                format!("คนเปิดเผย {i}")
            } else {
                secret(i)
            };
            site.write(
                &format!("content/ambassadors/a-{i}.md"),
                format!(
                    "---\nname: {name}\ncohort: c-1\nprovince: {}\npublic: {public}\nsources: [src-1]\n---\n{name} ทำงาน\n",
                    province(*p)
                ),
            );
        }
    }
}

/// The attributes of every start tag of `html` that begins with `start`.
fn tags(html: &str, start: &str) -> Vec<BTreeMap<String, String>> {
    html.match_indices(start)
        .map(|(i, _)| {
            let tag = &html[i..i + html[i..].find('>').expect("a tag ends")];
            let mut attributes = BTreeMap::new();
            let mut rest = tag;
            while let Some(eq) = rest.find("=\"") {
                let name = rest[..eq].rsplit(' ').next().expect("a name").to_string();
                let value_end = rest[eq + 2..].find('"').expect("a closing quote");
                attributes.insert(name, rest[eq + 2..eq + 2 + value_end].to_string());
                rest = &rest[eq + 2 + value_end + 1..];
            }
            attributes
        })
        .collect()
}

fn json(files: &BTreeMap<String, Vec<u8>>, path: &str) -> serde_json::Value {
    serde_json::from_slice(&files[path]).expect("JSON")
}

/// A file's text, ungzipped where it is gzip (Pagefind's index).
fn readable(bytes: &[u8]) -> Vec<u8> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut out)
            .expect("gzip");
        out
    } else {
        bytes.to_vec()
    }
}

proptest! {
    #![proptest_config(config(24))]

    #[test]
    fn random_small_sites_keep_the_invariants(s in small_site()) {
        let site = crate::support::Site::minimal();
        s.write(&site);
        let mut outcome = mueang::pipeline::check(&site.path().join("content"), "content", None)
            .expect("content loads");
        mueang::pipeline::search(&mut outcome);
        let errors: Vec<String> = outcome.diagnostics.errors().map(|d| format!("{}: {}", d.path, d.message)).collect();
        prop_assert!(errors.is_empty(), "{:?}", errors);
        let files = outcome.files.expect("rendered");

        // Every path stays inside the output folder, and writing puts
        // nothing anywhere else.
        for f in &files {
            prop_assert!(mueang::output::is_contained(&f.path), "{}", f.path);
        }
        let output = site.path().join("output");
        mueang::write::write(&output, &files, &mueang::write::Cancel::new()).expect("written");
        let mut beside: Vec<String> = std::fs::read_dir(site.path()).expect("ls")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        beside.sort();
        prop_assert_eq!(beside, ["content", "output"]);
        let files = crate::build::tree(&output);

        // summary.json's totals are the sums over the data files.
        let summary = json(&files, "data/summary.json");
        let totals = &summary["totals"];
        let projects = json(&files, "data/projects.json");
        let projects = projects.as_array().expect("a list");
        let cities = json(&files, "data/cities.json");
        let cities = cities.as_array().expect("a list");
        let cohorts = json(&files, "data/cohorts.json");
        let cohorts = cohorts.as_array().expect("a list");
        let provinces = json(&files, "data/provinces.json");
        let provinces = provinces.as_array().expect("a list");
        let n = |v: &serde_json::Value| v.as_u64().unwrap_or(0);
        prop_assert_eq!(n(&totals["projects"]), projects.len() as u64);
        prop_assert_eq!(n(&totals["projects"]), s.projects.len() as u64);
        prop_assert_eq!(
            n(&totals["project_value_thb"]),
            projects.iter().map(|p| n(&p["value_thb"])).sum::<u64>()
        );
        prop_assert_eq!(
            n(&totals["project_value_thb"]),
            s.projects.iter().filter_map(|p| p.2).sum::<u64>()
        );
        prop_assert_eq!(n(&totals["cities"]), cities.len() as u64);
        prop_assert_eq!(
            n(&totals["cities_certified"]),
            cities.iter().filter(|c| c["status"] == "certified").count() as u64
        );
        prop_assert_eq!(n(&totals["cohorts"]), cohorts.len() as u64);
        prop_assert_eq!(
            n(&totals["ambassadors"]),
            cohorts.iter().map(|c| n(&c["ambassadors"])).sum::<u64>()
        );
        prop_assert_eq!(n(&totals["ambassadors"]), s.ambassadors.len() as u64);
        prop_assert_eq!(
            n(&totals["provinces_covered"]),
            provinces
                .iter()
                .filter(|p| n(&p["projects"]) + n(&p["cities"]) + n(&p["ambassadors"]) > 0)
                .count() as u64
        );

        // Every headline figure of the home page is the figure of the
        // page it links to: the report (or the sum of the reports) and
        // what the records of the same scopes itemise.
        for lang in ["th", "en"] {
            let home = String::from_utf8_lossy(&files[&format!("{lang}/index.html")]).into_owned();
            let figures = String::from_utf8_lossy(&files[&format!("{lang}/figures/index.html")]).into_owned();
            let rows: Vec<BTreeMap<String, String>> = tags(&figures, "<article class=\"figure ");
            for card in tags(&home, "<li class=\"headline ") {
                let Some(scopes) = card.get("data-scopes") else { continue };
                let metric = card["class"].trim_start_matches("headline headline--").to_string();
                let scopes: Vec<&str> = scopes.split(' ').collect();
                let linked: Vec<&BTreeMap<String, String>> = rows
                    .iter()
                    .filter(|r| r["data-metric"] == metric && scopes.contains(&r["data-scope"].as_str()))
                    .collect();
                prop_assert_eq!(linked.len(), scopes.len(), "{} {:?}", metric, scopes);
                let sum = |key: &str| -> String {
                    if linked.iter().any(|r| r[key].is_empty()) {
                        return String::new();
                    }
                    linked.iter().map(|r| r[key].parse::<u64>().expect("a number")).sum::<u64>().to_string()
                };
                prop_assert_eq!(&card["data-reported"], &sum("data-reported"), "{} reported", metric);
                prop_assert_eq!(&card["data-itemised"], &sum("data-computed"), "{} itemised", metric);
            }
        }

        // No non-public name in any file, the search index included.
        // Each word of the name is looked for alone too, in lower case:
        // the search index holds words, not names.
        for (i, _) in s.ambassadors.iter().enumerate().filter(|(_, a)| !a.1) {
            let name = secret(i);
            let word = format!("hidden{i}x");
            for (path, bytes) in &files {
                let text = String::from_utf8_lossy(&readable(bytes)).to_lowercase();
                prop_assert!(
                    !text.contains(&name.to_lowercase()) && !text.contains(&word),
                    "{} shows the non-public `{}`", path, name
                );
            }
        }
    }
}

/// Where an editor may paste a name: the file, and the text with `{}`
/// where the name goes. Each is a record or file the small site lacks,
/// or replaces, so that the site is otherwise good.
const LEAKS: &[(&str, &str)] = &[
    (
        "content/projects/leak.md",
        "---\ntitle: โครงการ {}\nprovince: Rayong\ndomains: [people]\n---\n",
    ),
    (
        "content/projects/leak.md",
        "---\ntitle: โครงการ\nsummary: โดย {}\nprovince: Rayong\ndomains: [people]\n---\n",
    ),
    (
        "content/projects/leak.md",
        "---\ntitle: โครงการ\nprovince: Rayong\ndomains: [people]\npartners: [\"{}\"]\n---\n",
    ),
    (
        "content/projects/leak.md",
        "---\ntitle: โครงการ\nprovince: Rayong\ndomains: [people]\n---\nย่อหน้า\n\n* งานของ {} เอง\n",
    ),
    (
        "content/cities/rayong.en.md",
        "---\ntitle: Rayong\n---\nMet *{}* here.\n",
    ),
    (
        "content/cohorts/c-1.md",
        "---\ntitle: รุ่นที่ 1\nnumber: 1\nstarted: 2021\nreported:\n  - metric: projects\n    value: 3\n    source: src-1\n    note: ตาม {}\n---\n",
    ),
    (
        "content/news/leak.md",
        "---\ntitle: ข่าว\ndate: 2022-08-24\nsummary: \"{}\"\n---\n",
    ),
    ("content/pages/leak.md", "---\ntitle: หน้า\n---\n> {}\n"),
    (
        "content/site.yaml",
        "title: { th: ทดสอบ, en: Test }\ndescription: { th: \"{}\", en: x }\nbase_url: https://example.org/\n",
    ),
    (
        "content/sources.yaml",
        "src-1:\n  publisher: \"{}\"\n  title: A test source\n  date: 2022-08-24\n",
    ),
];

proptest! {
    #![proptest_config(config(24))]

    /// A non-public name pasted anywhere, spaced or cased any way: the
    /// build refuses it with the privacy error alone, and renders nothing.
    #[test]
    fn a_pasted_non_public_name_is_always_refused(
        s in small_site(),
        who in any::<prop::sample::Index>(),
        place in 0..LEAKS.len(),
        spacing in prop::sample::select(vec![" ", "", "\u{200B}", "  ", "\u{a0}"]),
        upper in any::<bool>(),
    ) {
        let hidden: Vec<usize> = (0..s.ambassadors.len()).filter(|i| !s.ambassadors[*i].1).collect();
        prop_assume!(!hidden.is_empty());
        let i = hidden[who.index(hidden.len())];
        let site = crate::support::Site::minimal();
        s.write(&site);
        let name = secret(i).replacen(' ', spacing, 1);
        let name = if upper { name.to_uppercase() } else { name };
        let (path, text) = LEAKS[place];
        site.write(path, text.replace("{}", &name));
        let outcome = mueang::pipeline::check(&site.path().join("content"), "content", None)
            .expect("content loads");
        let errors: Vec<String> = outcome.diagnostics.errors().map(|d| d.short()).collect();
        prop_assert!(!errors.is_empty(), "{} was published", path);
        for e in &errors {
            prop_assert!(
                e.contains("this names a person who is not public: the ambassador record `a-"),
                "{}", e
            );
            prop_assert!(!e.to_lowercase().contains(&format!("hidden{i}x")), "{}", e);
        }
        prop_assert!(outcome.files.is_none());
    }
}
