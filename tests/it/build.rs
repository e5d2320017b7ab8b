//! `mueang build`: the whole site, its guarantees (deterministic, atomic,
//! contained, PDPA) and its errors.

use std::collections::BTreeMap;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::support::{SITE_YAML, SOURCES_YAML, Site, repo, run_in, without_ms, without_nowrap};

/// Every file under `dir`, by its path relative to `dir`.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.expect("walk the output");
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(rel, std::fs::read(entry.path()).expect("read"));
        }
    }
    out
}

/// The fixtures are in this repository: their builds do not read its
/// git history, which changes with every commit (tests/it/history.rs
/// tests the history).
pub fn build(dir: &Path, content: &str, output: &Path, extra: &[&str]) -> crate::support::Run {
    let output = output.to_str().expect("UTF-8 path");
    let mut args = vec![
        "build",
        "--no-history",
        "--content",
        content,
        "--output",
        output,
    ];
    args.extend(extra);
    run_in(dir, &args)
}

/// The provinces of the golden fixture whose pages are kept in full; the
/// other 71 pages of each language differ only in the province's name and
/// are checked by their hash in the manifest.
const GOLDEN_PROVINCES: [&str; 6] = [
    "rayong",
    "nakhon-ratchasima",
    "songkhla",
    "bangkok",
    "phuket",
    "amnat-charoen",
];

fn kept_in_full(path: &str) -> bool {
    // Fonts, Pagefind's index and UI, and the PNGs (cards and charts),
    // binary or another project's code, are checked by their hash in the
    // manifest (tests/it/cards.rs reads the cards).
    if path.starts_with("assets/fonts/") || path.starts_with("pagefind/") || path.ends_with(".png")
    {
        return false;
    }
    match path.split('/').collect::<Vec<_>>().as_slice() {
        [_, "provinces", slug, "index.html"] => GOLDEN_PROVINCES.contains(slug),
        _ => true,
    }
}

/// The golden whole-site test: the fixture site in
/// `tests/fixtures/golden/content` builds to exactly the files in
/// `tests/fixtures/golden/expected` (every file is in `MANIFEST` with its
/// size and SHA-256; all but fonts, PNGs and 142 look-alike province pages
/// are there in full). `UPDATE_EXPECT=1` rewrites the expectation: review the
/// diff before committing it.
///
/// The tree pins every page byte for byte, so no other test re-reads these
/// pages for a piece of them. What the fixture is there to show, and where
/// a reviewer of a diff finds it: money in every form, for each language
/// (`{th,en}/projects/index.html`: `1,170 ล้านบาท` / `THB 1,170 million`,
/// `12,345 บาท` / `THB 12,345`); partial dates as given
/// (`{th,en}/cities/index.html`: `พ.ศ. 2565`, `August 2022`); a missing
/// translation shown in Thai under a note (`en/cities/korat/`); each
/// page's twin and alternate link (`th/cities/rayong/`); editors' HTML
/// sanitised and titles escaped (`th/cities/rayong/`, `th/about/`,
/// `en/projects/small/`); live figures from shortcodes
/// (`en/cohorts/c-1/`, `th/news/2022-first/`). What must hold whatever an
/// update accepts is tested apart from the tree: no script or handler in
/// any page (scan.rs) and no non-public name in any file
/// (`non_public_names_appear_in_no_file`).
#[test]
fn golden_site() {
    let out = tempfile::tempdir().expect("tmp");
    let output = out.path().join("site");
    let run = build(&repo(), "tests/fixtures/golden/content", &output, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files = tree(&output);
    let manifest: String = files
        .iter()
        .map(|(path, bytes)| {
            let hash = Sha256::digest(bytes);
            let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
            format!("{hex}  {:>7}  {path}\n", bytes.len())
        })
        .collect();
    let expected = repo().join("tests/fixtures/golden/expected");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        let _ = std::fs::remove_dir_all(&expected);
        for (path, bytes) in files.iter().filter(|(p, _)| kept_in_full(p)) {
            let target = expected.join(path);
            std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
            std::fs::write(target, bytes).expect("write");
        }
        std::fs::write(expected.join("MANIFEST"), &manifest).expect("write manifest");
        return;
    }
    let want = std::fs::read_to_string(expected.join("MANIFEST"))
        .expect("tests/fixtures/golden/expected/MANIFEST; run with UPDATE_EXPECT=1 to create it");
    for (path, bytes) in files.iter().filter(|(p, _)| kept_in_full(p)) {
        let want = std::fs::read(expected.join(path)).unwrap_or_default();
        assert!(
            &want == bytes,
            "{path} differs from tests/fixtures/golden/expected/{path}; run with UPDATE_EXPECT=1 and review the diff\n--- actual ---\n{}",
            String::from_utf8_lossy(bytes)
        );
    }
    assert!(
        want == manifest,
        "the output's files differ from tests/fixtures/golden/expected/MANIFEST; run with UPDATE_EXPECT=1 and review the diff\n--- actual ---\n{manifest}"
    );
}

#[test]
fn non_public_names_appear_in_no_file() {
    let out = tempfile::tempdir().expect("tmp");
    // The fixture's hidden ambassador, and the shipped content's.
    let shipped = std::fs::read_to_string(repo().join("content/ambassadors/sca-1-rayong-01.md"))
        .expect("the shipped ambassador");
    assert!(shipped.contains("public: false"));
    let shipped_name = shipped
        .lines()
        .find_map(|l| l.strip_prefix("name: "))
        .expect("a name")
        .trim()
        .to_string();
    for (content, name, id) in [
        (
            "tests/fixtures/golden/content",
            "Zzhidden Personname".to_string(),
            "hidden-one",
        ),
        ("content", shipped_name, "sca-1-rayong-01"),
    ] {
        let output = out.path().join(id);
        let run = build(&repo(), content, &output, &[]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let files = tree(&output);
        assert!(files.len() > 100);
        for (path, bytes) in &files {
            let text = String::from_utf8_lossy(bytes);
            assert!(
                !text.contains(&name),
                "{path} names a non-public ambassador"
            );
            assert!(
                !text.contains(id),
                "{path} carries a non-public ambassador's id"
            );
        }
    }
    // The public one is named, and both count.
    let files = tree(&out.path().join("hidden-one"));
    let csv = String::from_utf8_lossy(&files["data/ambassadors.csv"]).into_owned();
    assert_eq!(
        csv,
        "\u{feff}id,name,name_en,cohort,province,province_th,province_en,sources\r\n\
         public-one,Publicly Named,Publicly Named,c-1,TH-21,ระยอง,Rayong,\r\n"
    );
    let summary: serde_json::Value =
        serde_json::from_slice(&files["data/summary.json"]).expect("JSON");
    assert_eq!(summary["totals"]["ambassadors"], 2);
}

#[test]
fn two_builds_of_the_shipped_content_are_byte_identical() {
    let out = tempfile::tempdir().expect("tmp");
    let (a, b) = (out.path().join("a"), out.path().join("b"));
    for o in [&a, &b] {
        let run = build(&repo(), "content", o, &[]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let (a, b) = (tree(&a), tree(&b));
    assert!(a.len() > 250, "{} files", a.len());
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(bytes == &b[path], "{path} differs between two builds");
    }
}

#[test]
fn summary_json_carries_the_figures_check_computes() {
    let out = tempfile::tempdir().expect("tmp");
    let output = out.path().join("site");
    let run = build(&repo(), "content", &output, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let check = run_in(&repo(), &["check", "--json"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let written = std::fs::read_to_string(output.join("data/summary.json")).expect("summary");
    assert_eq!(written, check.stdout);
    let summary: serde_json::Value = serde_json::from_str(&written).expect("JSON");
    assert_eq!(summary["provinces_total"], 77);
    assert_eq!(summary["totals"]["cities_certified"], 20);
    assert_eq!(summary["totals"]["provinces_covered"], 18);
}

#[test]
fn a_bad_record_leaves_the_previous_output_untouched() {
    let site = Site::minimal();
    let first = site.run(&["build"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let before = tree(&site.path().join("output"));
    site.write(
        "content/cities/rayong.md",
        "---\ntitle: ระยอง\nprovince: Atlantis\nstatus: certified\n---\n",
    );
    let second = site.run(&["build"]);
    assert_eq!(
        second.stderr,
        "error: unknown province `Atlantis`
 --> content/cities/rayong.md:3:11
  |
3 | province: Atlantis
  |           ^^^^^^^^ field `province`
  |
  = help: write the province's ISO code (`TH-21`), its Thai name (`ระยอง`) or its English name (`Rayong`)

mueang build: 1 error, 0 warnings in `content`: nothing written; fix the errors above
"
    );
    assert_eq!(second.code, 1);
    assert_eq!(tree(&site.path().join("output")), before);
    assert_eq!(leftovers(site.path()), Vec::<String>::new());
}

/// What a build left beside its output: its staging folder, lock or set
/// aside previous site (`.mueang-…`).
pub fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".mueang"))
        .collect()
}

/// Pages are written as they are rendered; the feed of each language is
/// rendered after all of that language's pages, so an error there comes
/// when the staging folder already holds most of the new site.
#[test]
fn a_template_error_after_pages_were_written_leaves_the_previous_output_untouched() {
    let site = Site::minimal();
    let first = site.run(&["build"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let before = tree(&site.path().join("output"));
    site.write("themes/default/templates/atom.xml", "{{ page.nope }}");
    let second = site.run(&["build"]);
    assert_eq!(
        second.stderr,
        "error: Variable `page` is not defined. Available variables: alternate, entries, href, id, lang, t, title, updated
 --> themes/default/templates/atom.xml:1:4
  |
1 | {{ page.nope }}
  |    ^^^^
  |
  = help: fix the template; `mueang check` shows this without writing anything

mueang build: 1 error, 0 warnings in `content`: nothing written; fix the errors above
"
    );
    assert_eq!(second.code, 1);
    assert_eq!(tree(&site.path().join("output")), before);
    assert_eq!(leftovers(site.path()), Vec::<String>::new());
}

/// The rows of a page's tables that link a project, by their links (a
/// page's other tables, such as a chart's, link elsewhere).
fn project_rows(html: &str) -> Vec<String> {
    html.split("<tr><th scope=\"row\"><a href=\"")
        .skip(1)
        .map(|row| row.split('"').next().unwrap_or("").to_string())
        .filter(|href| href.contains("/projects/"))
        .collect()
}

/// A list of projects shows 50 a page; the rest go on `page/2/`, … of
/// the list, each with a pager, listed in the sitemap, and every link of
/// every page resolves.
#[test]
fn a_long_list_of_projects_is_split_into_pages_of_fifty() {
    let site = Site::minimal();
    for i in 0..120 {
        site.write(
            &format!("content/projects/p-{i:03}.md"),
            format!(
                "---\ntitle: โครงการ {i:03}\nprovince: Rayong\ndomains: [energy]\ncohort: c-1\ncity: rayong\n---\n"
            ),
        );
    }
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = site.path().join("output");
    let read = |rel: &str| std::fs::read_to_string(out.join(rel)).expect(rel);
    for list in [
        "th/projects/",
        "en/projects/",
        "th/domains/energy/",
        "th/provinces/rayong/",
        "th/cohorts/c-1/",
        "en/cities/rayong/",
    ] {
        let pages: Vec<Vec<String>> = ["index.html", "page/2/index.html", "page/3/index.html"]
            .iter()
            .map(|page| project_rows(&read(&format!("{list}{page}"))))
            .collect();
        let lang = &list[..2];
        let all: Vec<String> = pages.concat();
        let expected: Vec<String> = (0..120)
            .map(|i| format!("/{lang}/projects/p-{i:03}/"))
            .collect();
        assert_eq!(all, expected, "{list}");
        assert_eq!(
            pages.iter().map(Vec::len).collect::<Vec<_>>(),
            [50, 50, 20],
            "{list}"
        );
        assert!(!out.join(format!("{list}page/4")).exists(), "{list}");
        assert!(!out.join(format!("{list}page/1")).exists(), "{list}");
    }
    assert!(
        read("th/projects/page/2/index.html").contains(
            "<nav class=\"pager\" aria-label=\"หน้าของรายการนี้\">\
             <a href=\"/th/projects/\" rel=\"prev\">ก่อนหน้า</a>\n\
             <span aria-current=\"page\">หน้า 2 จาก 3</span>\
             <a href=\"/th/projects/page/3/\" rel=\"next\">ถัดไป</a>\n</nav>"
        ),
        "{}",
        read("th/projects/page/2/index.html")
    );
    assert!(
        read("en/domains/energy/page/3/index.html").contains("<title>Smart Energy, Page 3 of 3 · ")
    );
    let sitemap = read("sitemap.xml");
    assert!(
        sitemap.contains("/th/provinces/rayong/page/3/</loc>"),
        "{sitemap}"
    );
    // A list of 50 or fewer has no pager and no further pages.
    assert!(!read("th/cities/index.html").contains("class=\"pager\""));
    let check = site.run(&["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}

#[test]
fn a_folder_mueang_did_not_make_is_never_replaced() {
    let site = Site::minimal();
    site.write("output/notes.txt", "mine");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: `output` is not empty and was not made by mueang, so it will not be replaced\n  \
         help: choose another folder with --output, or empty this one\n"
    );
    let run = site.run(&["build", "--lang", "th"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "ข้อผิดพลาด: `output` มีไฟล์อยู่แล้วและไม่ได้สร้างโดย mueang จึงจะไม่เขียนทับ\n  \
         วิธีแก้: เลือกโฟลเดอร์อื่นด้วย --output หรือย้ายไฟล์ในโฟลเดอร์นี้ออกก่อน\n"
    );
    assert_eq!(
        std::fs::read_to_string(site.path().join("output/notes.txt")).expect("kept"),
        "mine"
    );
    // An empty folder is fine, and a second build replaces the first.
    site.remove("output/notes.txt");
    assert_eq!(site.run(&["build"]).code, 0);
    site.write("output/stale.html", "old");
    assert_eq!(site.run(&["build"]).code, 0);
    assert!(!site.path().join("output/stale.html").exists());
    assert!(site.path().join("output/.mueang-output").is_file());
}

#[test]
fn base_url_flag_sets_every_link() {
    let site = Site::minimal();
    let run = site.run(&["build", "--base-url", "https://example.org/sub"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let home = std::fs::read_to_string(site.path().join("output/th/index.html")).expect("home");
    assert!(home.contains("<link rel=\"canonical\" href=\"https://example.org/sub/th/\">"));
    assert!(home.contains("<link rel=\"stylesheet\" href=\"/sub/assets/style.css\">"));
    assert!(home.contains("<li><a href=\"/sub/th/cities/\">เมืองอัจฉริยะ</a></li>"));
    let sitemap = std::fs::read_to_string(site.path().join("output/sitemap.xml")).expect("sitemap");
    assert!(sitemap.contains("<loc>https://example.org/sub/en/cities/rayong/</loc>"));

    let bad = site.run(&["build", "--base-url", "example.org"]);
    assert_eq!(bad.code, 2);
    assert_eq!(
        bad.stderr,
        "error: `example.org` is not a web address for --base-url\n  \
         help: write the address the site will be published at, such as `https://example.org/report/`\n"
    );
    let bad = site.run(&["build", "--base-url", "example.org", "--lang", "th"]);
    assert_eq!(bad.code, 2);
    assert_eq!(
        bad.stderr,
        "ข้อผิดพลาด: `example.org` ไม่ใช่ที่อยู่เว็บที่ใช้กับ --base-url ได้\n  \
         วิธีแก้: เขียนที่อยู่ที่จะเผยแพร่เว็บไซต์ เช่น `https://example.org/report/`\n"
    );
}

#[test]
fn a_site_theme_overrides_templates_and_strings() {
    let site = Site::minimal();
    site.write(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}{% block content %}<h1 class=\"own\">{{ page.title.text }}</h1>{% endblock content %}",
    )
    .write("themes/default/i18n/en.yaml", "nav:\n  cities: Our cities\n")
    .write("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\n")
    .write("content/pages/about.en.md", "---\ntitle: About\n---\n");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let about =
        std::fs::read_to_string(site.path().join("output/en/about/index.html")).expect("about");
    assert!(about.contains("<h1 class=\"own\">About</h1>"));
    assert!(about.contains("<li><a href=\"/en/cities/\">Our cities</a></li>"));
    assert!(about.contains("<li><a href=\"/en/projects/\">Projects</a></li>"));
}

#[test]
fn a_template_error_names_the_template_line_and_writes_nothing() {
    let site = Site::minimal();
    site.write(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}\n{% block content %}\n{{ page.nope.title }}\n{% endblock content %}",
    )
    .write("content/pages/about.md", "---\ntitle: เกี่ยวกับ\n---\n")
    .write("content/pages/about.en.md", "---\ntitle: About\n---\n");
    let run = site.run(&["build"]);
    assert_eq!(
        run.stderr,
        "error: Field `nope` is not defined. Available fields: alternates, canonical, card, crumbs, description, href, keywords, locale, locales, search, section, title, twin, untranslated
 --> themes/default/templates/page.html:3:9
  |
3 | {{ page.nope.title }}
  |         ^^^^
  |
  = help: fix the template; `mueang check` shows this without writing anything

mueang build: 1 error, 0 warnings in `content`: nothing written; fix the errors above
"
    );
    assert_eq!(run.code, 1);
    assert!(!site.path().join("output").exists());
}

#[test]
fn a_theme_file_may_not_be_a_symlink() {
    let site = Site::minimal();
    std::fs::create_dir_all(site.path().join("themes/default/static")).expect("mkdir");
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        "/etc/passwd",
        site.path().join("themes/default/static/passwd"),
    )
    .expect("symlink");
    let run = site.run(&["build"]);
    assert_eq!(
        run.stderr,
        "error: a theme file may not be a symbolic link
--> themes/default/static/passwd
 = help: copy the file into the theme folder instead of linking to it

mueang build: 1 error, 0 warnings in `content`: nothing written; fix the errors above
"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn an_unknown_shortcode_metric_lists_the_valid_ones_at_its_line() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        "---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\n---\nบรรทัดแรก\n\nมี {{ figure(metric=\"project\") }} โครงการ\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(
        run.stderr,
        "error: there is no metric `project`\n \
         --> content/cities/rayong.md:8:4\n  \
         |\n\
         8 | มี {{ figure(metric=\"project\") }} โครงการ\n  \
         |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  \
         |\n  \
         = help: did you mean `projects`? the metrics are: projects, projects.value_thb, cities, cities.certified, ambassadors, provinces.covered, regions.covered, cohorts\n\n\
         mueang check: 1 error, 0 warnings in `content`: fix the errors above\n"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn a_page_may_not_take_a_section_name() {
    let site = Site::minimal();
    site.write("content/pages/news.md", "---\ntitle: ข่าว\n---\n")
        .write("content/pages/news.en.md", "---\ntitle: News\n---\n");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: a page may not be called `news`: the site has a section of that name\n\
         --> content/pages/news.md\n \
         = help: rename the file; these names are taken: cities, cohorts, projects, provinces, domains, news, sources, data, figures, assets, search, pagefind\n\n\
         mueang build: 1 error, 0 warnings in `content`: nothing written; fix the errors above\n"
    );
}

#[test]
fn a_thai_only_site_has_no_english_pages_or_links() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        "title: { th: ทดสอบ, en: Test }\nlanguages: [th]\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files = tree(&site.path().join("output"));
    assert!(files.keys().all(|p| !p.starts_with("en/")));
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains("/en/"), "{path} links to an English page");
    }
}

#[test]
fn a_build_stopped_mid_swap_is_recovered_and_only_our_leftovers_go() {
    let site = Site::minimal();
    assert_eq!(site.run(&["build"]).code, 0);
    // As if a build stopped between moving the old site out and the new in.
    std::fs::rename(
        site.path().join("output"),
        site.path().join(".mueang-old-output"),
    )
    .expect("rename");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.path().join("output/.mueang-output").is_file());
    assert!(!site.path().join(".mueang-old-output").exists());

    // A folder of that name that mueang did not make is left alone.
    site.write(".mueang-old-output/mine.txt", "mine");
    let run = site.run(&["build"]);
    assert_eq!(
        run.stderr,
        "error: `./.mueang-old-output` is not empty and was not made by mueang, so it will not be replaced\n  \
         help: choose another folder with --output, or empty this one\n"
    );
    assert_eq!(run.code, 2);
    assert!(site.path().join(".mueang-old-output/mine.txt").is_file());
    assert!(site.path().join("output/.mueang-output").is_file());
}

#[test]
fn new_refuses_to_overwrite_and_names_bad_input() {
    let site = Site::minimal();
    let before =
        std::fs::read_to_string(site.path().join("content/cities/rayong.md")).expect("rayong");
    let run = site.run(&["new", "city", "rayong"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: `content/cities/rayong.md` already exists; nothing was written\n  \
         help: choose another id, or edit that file\n"
    );
    assert_eq!(
        std::fs::read_to_string(site.path().join("content/cities/rayong.md")).expect("rayong"),
        before
    );
    let run = site.run(&["new", "town", "x"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: there is no kind of record `town`\n  \
         help: the kinds are: cohorts, cities, projects, ambassadors, news, pages\n"
    );
    let run = site.run(&["new", "town", "x", "--lang", "th"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "ข้อผิดพลาด: ไม่มีระเบียนประเภท `town`\n  \
         วิธีแก้: ประเภทที่มีคือ cohorts, cities, projects, ambassadors, news, pages\n"
    );
    let run = site.run(&["new", "city", "rayong", "--lang", "th"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "ข้อผิดพลาด: มี `content/cities/rayong.md` อยู่แล้ว ไม่ได้เขียนไฟล์ใด\n  \
         วิธีแก้: เลือกชื่ออื่น หรือแก้ไฟล์นั้นแทน\n"
    );
    let run = site.run(&["new", "project", "Rayong Belt"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: `Rayong Belt` is not a valid id\n  \
         help: an id uses only a-z, 0-9 and `-` (it is part of the page's address): rename the file to `rayong-belt`\n"
    );
    // A page may not take a section's name, which `check` would refuse.
    for id in ["data", "search", "pagefind"] {
        let run = site.run(&["new", "page", id]);
        assert_eq!(run.code, 2, "{id}");
        assert_eq!(
            run.stderr,
            format!(
                "error: a page may not be called `{id}`: the site has a section of that name; nothing was written\n  \
                 help: choose another id; these names are taken: cities, cohorts, projects, provinces, domains, news, sources, data, figures, assets, search, pagefind\n"
            )
        );
        assert!(!site.path().join(format!("content/pages/{id}.md")).exists());
    }
}

#[test]
fn a_province_whose_projects_state_no_value_says_so_rather_than_zero() {
    let site = Site::minimal();
    site.write(
        "content/projects/p-1.md",
        "---\ntitle: โครงการ\nprovince: Rayong\ndomains: [environment]\nsources: [src-1]\n---\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let th = std::fs::read_to_string(site.path().join("output/th/provinces/rayong/index.html"))
        .expect("page");
    let th = without_nowrap(&th);
    assert!(
        th.contains("<dd class=\"num\">ไม่ระบุมูลค่า (1 โครงการ)</dd>"),
        "{th}"
    );
    let en = std::fs::read_to_string(site.path().join("output/en/provinces/rayong/index.html"))
        .expect("page");
    let en = without_nowrap(&en);
    assert!(
        en.contains("<dd class=\"num\">no stated value (1 project)</dd>"),
        "{en}"
    );
}

#[test]
fn a_second_build_on_the_same_output_is_refused_while_the_first_runs() {
    let site = Site::minimal();
    let first = site.run(&["build"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let before = tree(&site.path().join("output"));
    // A build in progress: its lock names a process that runs (this one).
    let lock = site.path().join(".mueang-lock-output");
    std::fs::write(&lock, std::process::id().to_string()).expect("lock");
    site.write(
        "content/cities/rayong.en.md",
        "---\ntitle: Rayong changed\n---\nText\n",
    );
    let second = site.run(&["build"]);
    // The process id is this test's, and the path is written with the
    // platform's separator.
    assert_eq!(
        second.stderr,
        format!(
            "error: another mueang build (process {}) is writing this output folder now\n  \
             help: wait for it to finish and build again; if no build is running, delete `{}`\n",
            std::process::id(),
            Path::new(".").join(".mueang-lock-output").display()
        )
    );
    assert_eq!(second.code, 2);
    assert_eq!(
        tree(&site.path().join("output")),
        before,
        "the output is untouched"
    );
    assert!(lock.exists(), "another build's lock is not removed");

    // A lock left by a build that was killed (its process is gone) is
    // taken over, and removed when the build ends.
    let mut gone = std::process::Command::new("true")
        .spawn()
        .expect("a process");
    let pid = gone.id();
    gone.wait().expect("it ends");
    std::fs::write(&lock, pid.to_string()).expect("stale lock");
    let third = site.run(&["build"]);
    assert_eq!(third.code, 0, "{}", third.stderr);
    assert!(!lock.exists());
    assert!(
        std::fs::read_to_string(site.path().join("output/en/cities/rayong/index.html"))
            .expect("page")
            .contains("Rayong changed")
    );
}

/// Ctrl-C at any moment of a build: the output folder is the previous
/// site or the new one, whole, and nothing is left beside it.
#[cfg(unix)]
#[test]
fn ctrl_c_at_any_moment_leaves_the_previous_site_or_the_new_one() {
    stopped_at_any_moment("INT", |took| {
        // At the start, in the middle, in the last tenth of a second
        // (where the files are written), and after the end.
        vec![
            30,
            took / 2,
            took - 100,
            took - 60,
            took - 30,
            took - 10,
            took + 1000,
        ]
    });
}

/// SIGTERM (how CI runners stop a job) tidies up as Ctrl-C does.
#[cfg(unix)]
#[test]
fn sigterm_at_any_moment_leaves_the_previous_site_or_the_new_one() {
    stopped_at_any_moment("TERM", |took| vec![30, took - 60, took - 30, took + 1000]);
}

/// SIGHUP (the terminal closed) tidies up as Ctrl-C does.
#[cfg(unix)]
#[test]
fn sighup_at_any_moment_leaves_the_previous_site_or_the_new_one() {
    stopped_at_any_moment("HUP", |took| vec![30, took - 60, took - 30, took + 1000]);
}

/// Builds the shipped content, then builds it again with one project
/// changed, sending `signal` (`INT`, `TERM`, `HUP`) after each of `delays`
/// (given how long a build takes, in ms): each build exits 130 with the
/// previous site untouched, or 0 with the new one; no staging folder or
/// lock is left. The first delay must stop the build before it writes.
#[cfg(unix)]
fn stopped_at_any_moment(signal: &str, delays: fn(u64) -> Vec<u64>) {
    use std::process::{Command, Stdio};
    let site = Site::empty();
    crate::serve::copy_dir(&repo().join("content"), &site.path().join("content"));
    let project = site.path().join("content/projects/rayong-green-belt.md");
    let a = std::fs::read_to_string(&project).expect("a project");
    let b = format!("{a}\nอีกหนึ่งย่อหน้า\n");
    // The site of each version of the project, built whole, and how long
    // a build takes here.
    let mut took = 0;
    let sites: Vec<BTreeMap<String, Vec<u8>>> = [&a, &b]
        .iter()
        .map(|text| {
            std::fs::write(&project, text).expect("write");
            let out = site.path().join("output");
            let started = std::time::Instant::now();
            assert_eq!(build(site.path(), "content", &out, &[]).code, 0);
            took = started.elapsed().as_millis() as u64;
            tree(&out)
        })
        .collect();
    assert_ne!(sites[0], sites[1]);
    let output = site.path().join("output");
    let mut holds = 1; // the output holds version b

    let mut outcomes = Vec::new();
    let mut first = None;
    for mut delay_ms in delays(took) {
        let next = 1 - holds;
        std::fs::write(&project, [&a, &b][next]).expect("edit");
        let run = |delay_ms: u64| {
            let child = Command::new(env!("CARGO_BIN_EXE_mueang"))
                .args(["build", "--output", "output"])
                .current_dir(site.path())
                .env("MUEANG_LANG", "en")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("mueang runs");
            std::thread::sleep(std::time::Duration::from_millis(delay_ms));
            Command::new("kill")
                .args([&format!("-{signal}"), &child.id().to_string()])
                .status()
                .expect("kill");
            child.wait_with_output().expect("wait")
        };
        let mut out = run(delay_ms);
        // On a busy machine the signal may come before the program has
        // started to listen for it (it is still being loaded): the
        // system stops it then, having written nothing. Wait longer.
        while out.status.code().is_none() && delay_ms < took / 2 {
            assert!(
                tree(&output) == sites[holds],
                "killed early, yet the output changed"
            );
            delay_ms *= 2;
            out = run(delay_ms);
        }
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let code = out
            .status
            .code()
            .unwrap_or_else(|| panic!("SIG{signal} after {delay_ms} ms killed it: {stderr}"));
        let now = tree(&output);
        match code {
            130 => assert!(
                now == sites[holds],
                "stopped after {delay_ms} ms but the output changed"
            ),
            0 => {
                assert!(
                    now == sites[next],
                    "finished after {delay_ms} ms but the output is not the new site"
                );
                holds = next;
            }
            _ => panic!("exit {code} after {delay_ms} ms: {stderr}"),
        }
        let mut beside: Vec<String> = std::fs::read_dir(site.path())
            .expect("ls")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        beside.sort();
        assert_eq!(
            beside,
            ["content", "output"],
            "after {delay_ms} ms: {stderr}"
        );
        let last = stderr.trim_end().lines().last().unwrap_or("").to_string();
        outcomes.push(format!("{delay_ms} ms: exit {code}: {last}"));
        first.get_or_insert((code, stderr));
    }
    eprintln!("SIG{signal} outcomes:\n  {}", outcomes.join("\n  "));
    assert_eq!(
        first,
        Some((
            130,
            "mueang build: stopped (Ctrl-C or a stop signal); nothing written\n".to_string()
        )),
        "{outcomes:?}"
    );
}

/// `mueang build ARGS` in `dir` on a terminal (util-linux `script` gives
/// it one), with `ci` as the `CI` variable: what the terminal showed.
#[cfg(target_os = "linux")]
fn on_a_terminal(dir: &Path, args: &str, ci: Option<&str>) -> String {
    let command = format!("{} build {args}", env!("CARGO_BIN_EXE_mueang"));
    let mut script = std::process::Command::new("script");
    script
        .args(["-qec", &command, "/dev/null"])
        .current_dir(dir)
        .env_remove("CI")
        .env_remove("SOURCE_DATE_EPOCH")
        .env("MUEANG_LANG", "en");
    if let Some(ci) = ci {
        script.env("CI", ci);
    }
    let out = script.output().expect("util-linux `script` runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[cfg(target_os = "linux")]
#[test]
fn a_terminal_sees_the_builds_progress_and_ci_or_quiet_do_not() {
    let site = Site::minimal();
    // What a summary line says of the site written to `out`: its files
    // (but the marker `.mueang-output`) and their size, as found there.
    let summary = |out: &str| {
        let mut files = tree(&site.path().join(out));
        files.remove(".mueang-output").expect("the marker");
        let bytes: usize = files.values().map(Vec::len).sum();
        format!(
            "mueang build: 0 errors, 0 warnings; wrote {} files ({} KB) to `{out}` in … ms\r\n",
            files.len(),
            bytes.div_ceil(1024)
        )
    };
    // The progress itself (its spinner, counts and seconds) depends on
    // how fast the machine is: only that it is there is asserted.
    let shown = without_ms(&on_a_terminal(site.path(), "--output out-1", None));
    assert!(shown.contains("rendering pages: "), "{shown}");
    if mueang::search::ENABLED {
        assert!(shown.contains("indexing for search ["), "{shown}");
    }
    // Cleared at the end (`\x1b[2K`): the summary line is the last thing
    // on the line.
    let last = format!("\x1b[2K{}", summary("out-1"));
    assert!(shown.ends_with(&last), "{shown:?}");
    assert!(
        !shown[..shown.len() - last.len()].contains("mueang build"),
        "{shown:?}"
    );
    for (out, args, ci) in [
        ("out-2", "--output out-2 --quiet", None),
        ("out-3", "--output out-3", Some("true")),
    ] {
        let plain = without_ms(&on_a_terminal(site.path(), args, ci));
        assert_eq!(plain, summary(out), "{args} {ci:?}");
    }
}

/// A site whose content folder is not `content` (`--content site2/content`):
/// every message names its files as given, the theme's beside it.
#[test]
fn messages_name_the_files_of_a_content_folder_given_with_content() {
    let site = Site::empty();
    site.write(
        "site2/content/site.yaml",
        format!("{SITE_YAML}theme: civic\n"),
    )
    .write("site2/content/sources.yaml", SOURCES_YAML)
    .write(
        "site2/content/cohorts/c-1.md",
        "---\ntitle: รุ่นที่ 1\nnumber: 1\nstarted: 2021\n---\n",
    )
    .write(
        "site2/content/cohorts/c-1.en.md",
        "---\ntitle: Cohort 1\n---\n",
    );
    let run = site.run(&["check", "--content", "site2/content"]);
    assert_eq!(
        run.stderr,
        "error: the theme `civic` does not exist
--> site2/content/site.yaml
 = note: in field `theme`
 = help: make the folder `site2/themes/civic` (its files override the default theme's), or write `theme: default`

mueang check: 1 error, 0 warnings in `site2/content`: fix the errors above
"
    );
    assert_eq!(run.code, 1);

    // The theme exists, and its English strings have a key the Thai lack.
    site.write("site2/themes/civic/i18n/en.yaml", "extra_key: x\n");
    let run = site.run(&["check", "--content", "site2/content"]);
    assert_eq!(
        run.stderr,
        "error: the interface string `extra_key` is missing
--> site2/themes/civic/i18n/th.yaml
 = help: add `extra_key` in this language

mueang check: 1 error, 0 warnings in `site2/content`: fix the errors above
"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn domains_and_statuses_may_be_written_as_the_thai_labels_the_site_shows() {
    let site = Site::minimal();
    site.write(
        "content/projects/p-1.md",
        "---\ntitle: โครงการ\nprovince: Rayong\ndomains: [สิ่งแวดล้อมอัจฉริยะ, พลังงาน, Smart Mobility]\n\
         status: กำลังดำเนินการ\nsources: [src-1]\n---\n",
    )
    .write(
        "content/cities/rayong.md",
        "---\ntitle: ระยอง\nprovince: Rayong\nstatus: เขตส่งเสริม\nsources: [src-1]\n---\nข้อความ\n",
    );
    let run = site.run(&["check", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stats: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(stats["cities_by_status"]["promotion-zone"], 1);
    assert_eq!(stats["projects_by_status"]["ongoing"]["projects"], 1);
    for domain in ["environment", "energy", "mobility"] {
        assert_eq!(stats["by_domain"][domain]["projects"], 1, "{domain}");
    }
    assert_eq!(stats["by_domain"]["living"]["projects"], 0);
}

#[test]
fn a_value_written_as_not_stated_is_as_if_left_out() {
    let site = Site::minimal();
    for (id, value, status, started) in [
        ("p-1", "ไม่ระบุ", "ไม่ระบุ", "ไม่ทราบ"),
        // A dash alone is YAML's list mark: in quotes it is a dash.
        ("p-2", "\"-\"", "\"–\"", "\"-\""),
        ("p-3", "12,500,000.-", "ongoing", "2022-10-01"),
    ] {
        site.write(
            &format!("content/projects/{id}.md"),
            format!(
                "---\ntitle: โครงการ {id}\nprovince: Rayong\ndomains: [living]\nvalue_thb: {value}\n\
                 status: {status}\nstarted: {started}\nsources: [src-1]\n---\n"
            ),
        );
    }
    let run = site.run(&["check", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stats: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(stats["totals"]["projects"], 3);
    assert_eq!(stats["totals"]["project_value_thb"], 12_500_000);
    assert_eq!(stats["totals"]["projects_without_value"], 2);
    assert_eq!(stats["projects_by_status"]["unstated"]["projects"], 2);
    assert_eq!(stats["fiscal_year_unknown"]["projects"], 2);
}
