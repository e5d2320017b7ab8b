//! A synthetic programme of any size, for the benchmarks in `bench/`.
//!
//! ```text
//! cargo run --release --example synth -- --projects 10000 --out /tmp/s10k [--seed 7] [--hugo]
//! ```
//!
//! Writes `OUT/content/`: N projects (a Thai record and its English
//! translation, ~300 words of body each) spread over all 77 provinces and
//! the 7 domains, in several cohorts and cities, with every money and date
//! form the loader reads, some reported figures, sources, ambassadors
//! (some not public) and news. With `--hugo`, also `OUT/hugo/`: the same
//! records as a Hugo site (a page per record and language, list pages of
//! 50, a term page per province and domain, a sitemap) with minimal
//! templates. The output depends only on N and the seed.
//!
//! The text is invented: words drawn from a fixed list, not real records.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use mueang::model::province::ProvinceId;
use mueang::model::vocab::Vocabulary;
use mueang::model::{Domain, Lang, PartialDate};

/// splitmix64: a fixed, tiny generator, so that a seed gives the same
/// site with any version of any crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const THAI_WORDS: [&str; 40] = [
    "เมือง",
    "อัจฉริยะ",
    "ชุมชน",
    "ข้อมูล",
    "ดิจิทัล",
    "พลังงาน",
    "สะอาด",
    "การเดินทาง",
    "ปลอดภัย",
    "สุขภาพ",
    "ผู้สูงอายุ",
    "เกษตรกร",
    "ตลาด",
    "ท่องเที่ยว",
    "น้ำ",
    "อากาศ",
    "ขยะ",
    "แสงสว่าง",
    "โรงเรียน",
    "เทศบาล",
    "จังหวัด",
    "ประชาชน",
    "ระบบ",
    "แอปพลิเคชัน",
    "เซนเซอร์",
    "แผนที่",
    "บริการ",
    "รถโดยสาร",
    "จักรยาน",
    "สวนสาธารณะ",
    "พื้นที่สีเขียว",
    "นวัตกรรม",
    "เครือข่าย",
    "อาสาสมัคร",
    "การเรียนรู้",
    "ร้านค้า",
    "ชายฝั่ง",
    "ป่าชายเลน",
    "ศูนย์",
    "โครงการ",
];
const ENGLISH_WORDS: [&str; 40] = [
    "city",
    "smart",
    "community",
    "data",
    "digital",
    "energy",
    "clean",
    "travel",
    "safe",
    "health",
    "elderly",
    "farmers",
    "market",
    "tourism",
    "water",
    "air",
    "waste",
    "lighting",
    "school",
    "municipality",
    "province",
    "residents",
    "system",
    "app",
    "sensors",
    "map",
    "service",
    "bus",
    "bicycle",
    "park",
    "green",
    "innovation",
    "network",
    "volunteers",
    "learning",
    "shops",
    "coast",
    "mangrove",
    "centre",
    "project",
];
struct Args {
    projects: usize,
    out: PathBuf,
    seed: u64,
    hugo: bool,
}

fn args() -> Result<Args, String> {
    let mut projects = None;
    let mut out = None;
    let mut seed = 1;
    let mut hugo = false;
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--projects" => {
                projects = Some(
                    value("--projects")?
                        .parse()
                        .map_err(|e| format!("--projects: {e}"))?,
                )
            }
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--seed" => {
                seed = value("--seed")?
                    .parse()
                    .map_err(|e| format!("--seed: {e}"))?
            }
            "--hugo" => hugo = true,
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(Args {
        projects: projects.ok_or("--projects N is required")?,
        out: out.ok_or("--out DIR is required")?,
        seed,
        hugo,
    })
}

fn main() {
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}\nusage: synth --projects N --out DIR [--seed S] [--hugo]");
            std::process::exit(2);
        }
    };
    if args.out.exists() {
        eprintln!(
            "error: `{}` exists; choose a new folder",
            args.out.display()
        );
        std::process::exit(2);
    }
    let programme = Programme::new(args.projects, args.seed);
    let files = programme.mueang();
    write_all(&args.out, &files);
    let mut count = files.len();
    if args.hugo {
        let hugo = programme.hugo();
        count += hugo.len();
        write_all(&args.out.join("hugo"), &hugo);
    }
    eprintln!(
        "synth: {} projects, {} cities, {} cohorts, {} ambassadors, {} news items; {count} files in `{}`",
        programme.projects.len(),
        programme.cities.len(),
        programme.cohorts,
        programme.ambassadors.len(),
        programme.news.len(),
        args.out.display()
    );
}

fn write_all(root: &Path, files: &[(String, String)]) {
    for (rel, text) in files {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(&path, text).expect("write");
    }
}

struct Project {
    id: String,
    title_th: String,
    title_en: String,
    province: ProvinceId,
    province_form: usize,
    domains: Vec<&'static str>,
    /// The amount in baht, and how it is written.
    value: Option<(u64, usize)>,
    /// (year, month, day), and how it is written.
    started: Option<((i32, usize, u32), usize)>,
    cohort: usize,
    city: Option<usize>,
    source: usize,
    reported: Option<u64>,
    body_th: String,
    body_en: String,
}

struct City {
    id: String,
    province: ProvinceId,
    status: &'static str,
}

struct Ambassador {
    cohort: usize,
    province: ProvinceId,
    public: bool,
}

struct Programme {
    projects: Vec<Project>,
    cities: Vec<City>,
    cohorts: usize,
    sources: usize,
    ambassadors: Vec<Ambassador>,
    news: Vec<(usize, (i32, usize, u32))>,
}

/// `words` words of invented text in paragraphs, with a heading.
fn prose(rng: &mut Rng, words: &[&str], count: usize, thai: bool) -> String {
    let mut out = String::new();
    let heading = if thai {
        "## รายละเอียด\n\n"
    } else {
        "## Details\n\n"
    };
    for i in 0..count {
        if i == count / 2 {
            out.push_str("\n\n");
            out.push_str(heading);
        } else if i > 0 && i % 60 == 0 {
            out.push_str("\n\n");
        } else if i > 0 {
            // Thai runs words together and spaces between phrases.
            if !thai || i % 4 == 0 {
                out.push(' ');
            }
        }
        out.push_str(rng.pick::<&str>(words));
    }
    out.push('\n');
    out
}

impl Programme {
    fn new(n: usize, seed: u64) -> Programme {
        let mut rng = Rng(seed ^ (n as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
        let provinces: Vec<ProvinceId> = ProvinceId::all().collect();
        let cohorts = 3 + n / 5_000;
        let sources = (n / 50).max(5);
        let cities: Vec<City> = (0..(n / 100).clamp(10, 400))
            .map(|i| City {
                id: format!("city-{i:04}"),
                province: provinces[i % 77],
                status: ["certified", "promotion-zone", "proposed", "certified"][i % 4],
            })
            .collect();
        let projects = (0..n)
            .map(|i| {
                let province = provinces[(i * 31 + rng.below(7)) % 77];
                let first = rng.below(7);
                let mut domains = vec![Domain::ALL[first].key()];
                if rng.below(3) == 0 {
                    domains.push(Domain::ALL[(first + 1 + rng.below(6)) % 7].key());
                }
                let value = (rng.below(5) != 0).then(|| {
                    let amount = match rng.below(3) {
                        0 => (rng.below(2_000) as u64 + 1) * 10_000,
                        1 => (rng.below(500) as u64 + 1) * 100_000,
                        _ => rng.below(50_000_000) as u64 + 1,
                    };
                    (amount, rng.below(4))
                });
                let started = (rng.below(4) != 0).then(|| {
                    let date = (
                        2020 + rng.below(6) as i32,
                        rng.below(12),
                        1 + rng.below(28) as u32,
                    );
                    (date, rng.below(4))
                });
                let word_th = (*rng.pick(&THAI_WORDS)).to_string();
                let word_en = ENGLISH_WORDS[THAI_WORDS
                    .iter()
                    .position(|w| *w == word_th)
                    .expect("a word")];
                let p = province.get();
                Project {
                    id: format!("p-{i:05}"),
                    title_th: format!("โครงการ{word_th} {} ที่ {}", p.name_th, i + 1),
                    title_en: format!("{} {word_en} project {}", p.name_en, i + 1),
                    province,
                    province_form: rng.below(3),
                    domains,
                    value,
                    started,
                    cohort: i % cohorts,
                    city: (rng.below(3) == 0).then(|| rng.below(cities.len())),
                    source: rng.below(sources),
                    reported: (i % 97 == 0).then(|| 1 + rng.below(40) as u64),
                    body_th: prose(&mut rng, &THAI_WORDS, 300, true),
                    body_en: prose(&mut rng, &ENGLISH_WORDS, 300, false),
                }
            })
            .collect();
        let ambassadors = (0..n / 10)
            .map(|i| Ambassador {
                cohort: i % cohorts,
                province: provinces[(i * 7) % 77],
                public: rng.below(5) != 0,
            })
            .collect();
        let news = (0..(n / 100).max(3))
            .map(|_| {
                (
                    rng.below(sources),
                    (
                        2021 + rng.below(5) as i32,
                        rng.below(12),
                        1 + rng.below(28) as u32,
                    ),
                )
            })
            .collect();
        Programme {
            projects,
            cities,
            cohorts,
            sources,
            ambassadors,
            news,
        }
    }

    /// The mueang site: `content/…`.
    fn mueang(&self) -> Vec<(String, String)> {
        let mut files = vec![(
            "content/site.yaml".to_string(),
            "title: { th: โครงการเมืองอัจฉริยะ (ข้อมูลสังเคราะห์), en: Smart cities (synthetic data) }\n\
             base_url: https://example.org/\n"
                .to_string(),
        )];
        let mut sources = String::new();
        for s in 0..self.sources {
            let _ = write!(
                sources,
                "src-{s:04}:\n  publisher: {{ th: สำนักข่าว {s}, en: News agency {s} }}\n  \
                 title: ข่าวที่ {s}\n  date: {}-{:02}-{:02}\n  url: https://news.example.net/{s}\n",
                2020 + s % 6,
                1 + s % 12,
                1 + s % 28
            );
        }
        files.push(("content/sources.yaml".into(), sources));
        for c in 0..self.cohorts {
            files.push((
                format!("content/cohorts/c-{}.md", c + 1),
                format!(
                    "---\ntitle: รุ่นที่ {n}\nnumber: {n}\nstarted: {}\nplanned_ambassadors: {}\nsources: [src-0000]\n\
                     reported:\n  - metric: projects\n    value: {}\n    source: src-0000\n---\nนักดิจิทัลพัฒนาเมืองรุ่นที่ {n}\n",
                    2021 + c,
                    self.ambassadors.len() / self.cohorts + 10,
                    self.projects.len() / self.cohorts,
                    n = c + 1
                ),
            ));
            files.push((
                format!("content/cohorts/c-{}.en.md", c + 1),
                format!(
                    "---\ntitle: Cohort {n}\n---\nSmart City Ambassadors, cohort {n}\n",
                    n = c + 1
                ),
            ));
        }
        for c in &self.cities {
            let p = c.province.get();
            let certified = if c.status == "certified" {
                "certified_on: 2022-08-24\n"
            } else {
                ""
            };
            files.push((
                format!("content/cities/{}.md", c.id),
                format!(
                    "---\ntitle: เมืองอัจฉริยะ{}\nprovince: {}\nstatus: {}\n{certified}sources: [src-0001]\n---\nพื้นที่เมืองอัจฉริยะในจังหวัด{}\n",
                    p.name_th, p.code, c.status, p.name_th
                ),
            ));
            files.push((
                format!("content/cities/{}.en.md", c.id),
                format!(
                    "---\ntitle: {} smart city\n---\nA smart-city area in {}.\n",
                    p.name_en, p.name_en
                ),
            ));
        }
        for (i, a) in self.ambassadors.iter().enumerate() {
            files.push((
                format!("content/ambassadors/a-{i:05}.md"),
                format!(
                    "---\nname: นักพัฒนา {i}\ncohort: c-{}\nprovince: {}\npublic: {}\n---\n",
                    a.cohort + 1,
                    a.province.code(),
                    a.public
                ),
            ));
        }
        for (i, (source, (y, m, d))) in self.news.iter().enumerate() {
            files.push((
                format!("content/news/n-{i:04}.md"),
                format!(
                    "---\ntitle: ข่าวความคืบหน้า {i}\ndate: {}\nsources: [src-{source:04}]\n---\nความคืบหน้าของโครงการเมืองอัจฉริยะ\n",
                    PartialDate::day(*y, *m as u8 + 1, *d as u8).format(Lang::Th)
                ),
            ));
            files.push((
                format!("content/news/n-{i:04}.en.md"),
                format!(
                    "---\ntitle: Progress report {i}\n---\nProgress of the smart-city programme.\n"
                ),
            ));
        }
        for p in &self.projects {
            let province = p.province.get();
            let province = match p.province_form {
                0 => province.code.clone(),
                1 => province.name_th.clone(),
                _ => province.name_en.clone(),
            };
            let mut front = format!(
                "title: {}\nprovince: {province}\ndomains: [{}]\ncohort: c-{}\nsources: [src-{:04}]\n",
                p.title_th,
                p.domains.join(", "),
                p.cohort + 1,
                p.source
            );
            if let Some((amount, form)) = p.value {
                let _ = writeln!(front, "value_thb: {}", money(amount, form));
            }
            if let Some(((y, m, d), form)) = p.started {
                // As mueang prints them: `24 สิงหาคม 2565`, `August 2022`.
                let month = PartialDate {
                    year: y,
                    month: Some(m as u8 + 1),
                    day: None,
                };
                let written = match form {
                    0 => month.iso(),
                    1 => PartialDate::day(y, m as u8 + 1, d as u8).format(Lang::Th),
                    2 => month.format(Lang::En),
                    _ => PartialDate::day(y, m as u8 + 1, d as u8).iso(),
                };
                let _ = writeln!(front, "started: {written}");
                front += "status: ongoing\n";
            }
            if let Some(c) = p.city {
                // A project's city must be in one of its provinces.
                if self.cities[c].province == p.province {
                    let _ = writeln!(front, "city: {}", self.cities[c].id);
                }
            }
            if let Some(n) = p.reported {
                let _ = write!(
                    front,
                    "reported:\n  - metric: people_trained\n    value: {n}\n    source: src-{:04}\n",
                    p.source
                );
            }
            files.push((
                format!("content/projects/{}.md", p.id),
                format!("---\n{front}---\n{}", p.body_th),
            ));
            files.push((
                format!("content/projects/{}.en.md", p.id),
                format!("---\ntitle: {}\n---\n{}", p.title_en, p.body_en),
            ));
        }
        files
    }

    /// The same records as a Hugo site.
    fn hugo(&self) -> Vec<(String, String)> {
        let mut files = vec![
            ("hugo.toml".to_string(), HUGO_CONFIG.to_string()),
            ("layouts/baseof.html".into(), HUGO_BASEOF.into()),
            ("layouts/home.html".into(), HUGO_HOME.into()),
            ("layouts/single.html".into(), HUGO_SINGLE.into()),
            ("layouts/list.html".into(), HUGO_LIST.into()),
            ("layouts/taxonomy.html".into(), HUGO_TAXONOMY.into()),
            ("layouts/term.html".into(), HUGO_LIST.into()),
        ];
        for lang in ["th", "en"] {
            for section in ["projects", "cities", "cohorts", "news"] {
                files.push((
                    format!("content/{lang}/{section}/_index.md"),
                    format!("---\ntitle: {section}\n---\n"),
                ));
            }
        }
        for p in &self.projects {
            let province = p.province.get();
            let domains = p
                .domains
                .iter()
                .map(|d| format!("\"{d}\""))
                .collect::<Vec<_>>()
                .join(", ");
            let value = p.value.map_or(0, |(v, _)| v);
            for (lang, title, body) in [
                ("th", &p.title_th, &p.body_th),
                ("en", &p.title_en, &p.body_en),
            ] {
                files.push((
                    format!("content/{lang}/projects/{}.md", p.id),
                    format!(
                        "---\ntitle: \"{title}\"\nprovinces: [\"{}\"]\ndomains: [{domains}]\nvalue_thb: {value}\ncohort: {}\n---\n{body}",
                        province.code,
                        p.cohort + 1
                    ),
                ));
            }
        }
        for c in &self.cities {
            let p = c.province.get();
            for (lang, title) in [("th", &p.name_th), ("en", &p.name_en)] {
                files.push((
                    format!("content/{lang}/cities/{}.md", c.id),
                    format!(
                        "---\ntitle: \"{title}\"\nprovinces: [\"{}\"]\nstatus: {}\n---\n{title}\n",
                        p.code, c.status
                    ),
                ));
            }
        }
        for c in 0..self.cohorts {
            for lang in ["th", "en"] {
                files.push((
                    format!("content/{lang}/cohorts/c-{}.md", c + 1),
                    format!(
                        "---\ntitle: \"{} {}\"\n---\n",
                        if lang == "th" {
                            "รุ่นที่"
                        } else {
                            "Cohort"
                        },
                        c + 1
                    ),
                ));
            }
        }
        for (i, (_, (y, m, d))) in self.news.iter().enumerate() {
            for lang in ["th", "en"] {
                files.push((
                    format!("content/{lang}/news/n-{i:04}.md"),
                    format!(
                        "---\ntitle: \"news {i}\"\ndate: {y}-{:02}-{d:02}\n---\nnews\n",
                        m + 1
                    ),
                ));
            }
        }
        files
    }
}

/// An amount as an editor might write it: `12.5 ล้านบาท`, `THB 12.5
/// million`, `12,500,000` or in Thai digits.
fn money(amount: u64, form: usize) -> String {
    let grouped = {
        let digits = amount.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    let millions = |amount: u64| {
        let whole = amount / 1_000_000;
        match (amount % 1_000_000) / 10_000 {
            0 => whole.to_string(),
            h if h % 10 == 0 => format!("{whole}.{}", h / 10),
            h => format!("{whole}.{h:02}"),
        }
    };
    let exact_millions = amount >= 1_000_000 && amount.is_multiple_of(10_000);
    match form {
        0 if exact_millions => format!("{} ล้านบาท", millions(amount)),
        1 if exact_millions => format!("THB {} million", millions(amount)),
        2 => {
            grouped
                .chars()
                .map(|c| {
                    c.to_digit(10)
                        .map_or(c, |d| char::from_u32(0x0E50 + d).expect("a Thai digit"))
                })
                .collect::<String>()
                + " บาท"
        }
        _ => grouped,
    }
}

const HUGO_CONFIG: &str = r#"baseURL = "https://example.org/"
title = "Smart cities (synthetic data)"
defaultContentLanguage = "th"
defaultContentLanguageInSubdir = true
disableKinds = ["rss"]
enableRobotsTXT = false

[pagination]
pagerSize = 50

[taxonomies]
province = "provinces"
domain = "domains"

[languages.th]
languageName = "ไทย"
weight = 1
contentDir = "content/th"

[languages.en]
languageName = "English"
weight = 2
contentDir = "content/en"
"#;

const HUGO_BASEOF: &str = r#"<!doctype html>
<html lang="{{ .Site.Language.Lang }}">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<header><a href="{{ "" | relLangURL }}">{{ .Site.Title }}</a>
{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
"#;

const HUGO_HOME: &str = r#"{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>{{ end }}</ul>
{{ end }}
"#;

const HUGO_SINGLE: &str = r#"{{ define "main" }}<article><h1>{{ .Title }}</h1>
<dl>{{ with .Params.value_thb }}<dt>value</dt><dd>{{ lang.FormatNumber 0 . }}</dd>{{ end }}
{{ with .GetTerms "provinces" }}<dt>provinces</dt><dd>{{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</dd>{{ end }}
{{ with .GetTerms "domains" }}<dt>domains</dt><dd>{{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</dd>{{ end }}</dl>
{{ .Content }}</article>
{{ end }}
"#;

const HUGO_LIST: &str = r#"{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pager := .Paginate .Pages 50 }}
<table>{{ range $pager.Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ with .Params.value_thb }}{{ lang.FormatNumber 0 . }}{{ end }}</td></tr>{{ end }}</table>
<nav>{{ with $pager.Prev }}<a href="{{ .URL }}">prev</a>{{ end }} {{ $pager.PageNumber }}/{{ $pager.TotalPages }} {{ with $pager.Next }}<a href="{{ .URL }}">next</a>{{ end }}</nav>
{{ end }}
"#;

const HUGO_TAXONOMY: &str = r#"{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
"#;
