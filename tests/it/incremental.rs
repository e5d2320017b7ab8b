//! `serve`'s partial rebuild: after a save that changes only record
//! bodies, the session renders those bodies' pages alone. Each rebuild is
//! held to what a full build of the same folder makes: the same files,
//! byte for byte, and the same diagnostics.

use std::collections::BTreeMap;
use std::path::PathBuf;

use mueang::incremental::{Rebuilt, Session};

use crate::serve::copy_dir;
use crate::support::repo;

/// A site as served: every file by path.
type Files = BTreeMap<String, Vec<u8>>;

/// What a rebuild did.
#[derive(Debug, PartialEq, Eq)]
enum Took {
    /// Every file made again.
    Full,
    /// These files made again, and no other.
    Partial(Vec<String>),
}

struct Editing {
    _dir: tempfile::TempDir,
    content: PathBuf,
    session: Session,
    served: Files,
}

impl Editing {
    /// The golden fixture, with 60 more projects in the city `rayong` and
    /// the cohort `c-1`, so that their lists of projects run to two pages.
    fn start() -> Editing {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let content = dir.path().join("content");
        copy_dir(&repo().join("tests/fixtures/golden/content"), &content);
        for i in 1..=60 {
            std::fs::write(
                content.join(format!("projects/extra-{i:02}.md")),
                format!(
                    "---\ntitle: โครงการเพิ่ม {i}\nprovince: Rayong\ndomains: [energy]\n\
                     city: rayong\ncohort: c-1\n---\nเนื้อหาของโครงการ {i}\n"
                ),
            )
            .expect("write a project");
            std::fs::write(
                content.join(format!("projects/extra-{i:02}.en.md")),
                format!("---\ntitle: Extra project {i}\n---\nThe text of project {i}.\n"),
            )
            .expect("write a translation");
        }
        let content = std::fs::canonicalize(&content).expect("canonical");
        let mut editing = Editing {
            _dir: dir,
            session: Session::new(&content, "content", None),
            content,
            served: Files::new(),
        };
        let (first, _) = editing.session.rebuild(None).expect("the first build");
        assert_eq!(editing.apply(first), Took::Full);
        editing.assert_as_full_build("the first build");
        editing
    }

    fn apply(&mut self, rebuilt: Rebuilt) -> Took {
        match rebuilt {
            Rebuilt::Full(files) => {
                // A site with errors renders nothing: serve keeps the last.
                if let Some(files) = files {
                    self.served = files.into_iter().map(|f| (f.path, f.bytes)).collect();
                }
                Took::Full
            }
            Rebuilt::Partial(files) => {
                let mut paths: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
                paths.sort();
                for f in files {
                    assert!(
                        self.served.contains_key(&f.path),
                        "a partial rebuild made a file a full build never had: {}",
                        f.path
                    );
                    self.served.insert(f.path, f.bytes);
                }
                Took::Partial(paths)
            }
        }
    }

    /// Writes `text` to each file (relative to `content/`), then rebuilds
    /// as `serve` does after the save.
    fn save(&mut self, files: &[(&str, &str)]) -> Took {
        let paths: Vec<PathBuf> = files
            .iter()
            .map(|(rel, text)| {
                let path = self.content.join(rel);
                std::fs::write(&path, text).expect("save");
                path
            })
            .collect();
        self.rebuild(&paths)
    }

    fn rebuild(&mut self, paths: &[PathBuf]) -> Took {
        let (rebuilt, _) = self.session.rebuild(Some(paths)).expect("a rebuild");
        self.apply(rebuilt)
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.content.join(rel)).expect("read")
    }

    /// What is served, and the session's diagnostics, are what a full
    /// build of the folder as it is now makes.
    fn assert_as_full_build(&self, after: &str) {
        let full = mueang::pipeline::check(&self.content, "content", None).expect("a full build");
        let files: Files = full
            .files
            .expect("the site renders")
            .into_iter()
            .map(|f| (f.path, f.bytes))
            .collect();
        let differ: std::collections::BTreeSet<&String> = files
            .keys()
            .chain(self.served.keys())
            .filter(|p| files.get(*p) != self.served.get(*p))
            .collect();
        assert!(
            differ.is_empty(),
            "after {after}, these files differ from a full build: {differ:?}"
        );
        let outcome = self.session.outcome().expect("an outcome");
        assert_eq!(
            outcome.diagnostics.shown(true),
            full.diagnostics.shown(true),
            "after {after}, the diagnostics differ from a full build's"
        );
    }
}

/// `text` with its body (after the front matter) replaced by `body`.
fn with_body(text: &str, body: &str) -> String {
    let end = text[4..].find("\n---\n").expect("front matter") + 4 + 5;
    format!("{}{body}", &text[..end])
}

fn both(page: &str) -> Took {
    Took::Partial(vec![format!("en/{page}"), format!("th/{page}")])
}

#[test]
fn an_incremental_rebuild_writes_what_a_full_build_writes() {
    let mut e = Editing::start();

    // A project's Thai text: its page in both languages (the English page
    // has its own text, but the pages are made together).
    let first = e.read("projects/extra-01.md");
    let took = e.save(&[(
        "projects/extra-01.md",
        &with_body(&first, "ข้อความใหม่ **หนา**\n"),
    )]);
    assert_eq!(took, both("projects/extra-01/index.html"));
    e.assert_as_full_build("a project's Thai text");
    let page = String::from_utf8_lossy(&e.served["th/projects/extra-01/index.html"]).into_owned();
    assert!(page.contains("ข้อความใหม่ <strong>หนา</strong>"), "{page}");

    // Its English text, with a live figure.
    let first_en = e.read("projects/extra-01.en.md");
    let live = "New text with {{ figure(metric=\"projects\") }} projects.\n";
    let took = e.save(&[("projects/extra-01.en.md", &with_body(&first_en, live))]);
    assert_eq!(took, both("projects/extra-01/index.html"));
    e.assert_as_full_build("a project's English text with a live figure");

    // A free page with no translation: its warning, about the file, stands
    // while its text is not emptied.
    let about = e.read("pages/about.md");
    let took = e.save(&[("pages/about.md", &with_body(&about, "เกี่ยวกับเรา\n"))]);
    assert_eq!(took, both("about/index.html"));
    e.assert_as_full_build("a text whose file has a warning");

    // The fixture's Rayong text holds a `<script>`, whose text the page
    // drops, with a warning: a file with a warning is built in full, so
    // that its warning goes when the text is fixed.
    let rayong = e.read("cities/rayong.md");
    let took = e.save(&[("cities/rayong.md", &with_body(&rayong, "เมืองระยอง\n"))]);
    assert_eq!(took, Took::Full);
    e.assert_as_full_build("a text that loses its warning");

    // A city whose list of projects runs to a second page: that page
    // shows no body, but is made with the city's.
    let chart = "เมืองระยอง\n\n{{ chart(name=\"projects-by-domain\") }}\n";
    let took = e.save(&[("cities/rayong.md", &with_body(&rayong, chart))]);
    assert_eq!(took, with_second_page("cities/rayong"));
    e.assert_as_full_build("a city's text with a chart");

    // A cohort with a reported figure the records do not match (a warning
    // at its front matter), a news item, and both files of one project in
    // one save.
    let cohort = e.read("cohorts/c-1.md");
    let took = e.save(&[("cohorts/c-1.md", &with_body(&cohort, "รุ่นแรก\n"))]);
    assert_eq!(took, with_second_page("cohorts/c-1"));
    e.assert_as_full_build("a cohort's text");
    let news = e.read("news/2022-first.md");
    let took = e.save(&[("news/2022-first.md", &with_body(&news, "ข่าวที่แก้แล้ว\n"))]);
    assert_eq!(took, both("news/2022-first/index.html"));
    e.assert_as_full_build("a news item's text");
    let (th, en) = (
        e.read("projects/extra-07.md"),
        e.read("projects/extra-07.en.md"),
    );
    let took = e.save(&[
        ("projects/extra-07.md", &with_body(&th, "ใหม่ทั้งคู่\n")),
        ("projects/extra-07.en.md", &with_body(&en, "Both new.\n")),
    ]);
    assert_eq!(took, both("projects/extra-07/index.html"));
    e.assert_as_full_build("a project and its translation in one save");

    // A save that changes nothing makes the same two pages, unchanged.
    let before = e.served.clone();
    let again = e.content.join("projects/extra-07.md");
    assert_eq!(e.rebuild(&[again]), both("projects/extra-07/index.html"));
    assert_eq!(e.served, before);

    // A body that gives a diagnostic builds everything, and so does its
    // fix (the last build was not good); then a body is partial again.
    let broken = with_body(&th, "{{ figure(metric=\"nonsense\") }}\n");
    assert_eq!(e.save(&[("projects/extra-07.md", &broken)]), Took::Full);
    let outcome = e.session.outcome().expect("an outcome");
    assert_eq!(outcome.diagnostics.error_count(), 1);
    assert_eq!(
        e.served, before,
        "a site with errors keeps the last good one"
    );
    let took = e.save(&[("projects/extra-07.md", &with_body(&th, "แก้แล้ว\n"))]);
    assert_eq!(took, Took::Full);
    e.assert_as_full_build("a fixed mistake");
    let took = e.save(&[("projects/extra-07.md", &with_body(&th, "อีกครั้ง\n"))]);
    assert_eq!(took, both("projects/extra-07/index.html"));
    e.assert_as_full_build("a text after a fixed mistake");

    // Anything but a body builds everything.
    let extra_10 = e.read("projects/extra-10.md");
    let cases: [(&str, String, bool); 6] = [
        // A text where there was none.
        (
            "projects/small.md",
            with_body(&e.read("projects/small.md"), "ข้อความแรก\n"),
            true,
        ),
        // The title: every list that shows the project.
        (
            "projects/extra-08.md",
            e.read("projects/extra-08.md").replace("เพิ่ม 8", "ใหม่"),
            true,
        ),
        // An emptied text (a translation's warnings turn on it).
        (
            "projects/extra-09.en.md",
            with_body(&e.read("projects/extra-09.en.md"), ""),
            true,
        ),
        // A new record.
        (
            "projects/extra-61.md",
            extra_10.replace("เพิ่ม 10", "ใหม่"),
            true,
        ),
        // A text nested past the limit: load refuses it.
        (
            "projects/extra-10.md",
            with_body(&extra_10, &">".repeat(200)),
            false,
        ),
        // Its fix, after a build with errors.
        ("projects/extra-10.md", extra_10.clone(), true),
    ];
    for (rel, text, good) in &cases {
        assert_eq!(e.save(&[(rel, text)]), Took::Full, "{rel}");
        let outcome = e.session.outcome().expect("an outcome");
        assert_eq!(!outcome.diagnostics.has_errors(), *good, "{rel}");
        if *good {
            e.assert_as_full_build(rel);
        }
    }
    // A removed record; the site's settings; a theme's file.
    let gone = e.content.join("projects/extra-61.md");
    std::fs::remove_file(&gone).expect("remove");
    assert_eq!(e.rebuild(&[gone]), Took::Full);
    e.assert_as_full_build("a removed record");
    assert_eq!(e.rebuild(&[e.content.join("site.yaml")]), Took::Full);
    let theme_file = e
        .content
        .parent()
        .expect("the site")
        .join("themes/x/a.html");
    assert_eq!(e.rebuild(&[theme_file]), Took::Full);

    // And after all that, a body again takes only its pages.
    let last = with_body(&e.read("projects/extra-12.md"), "ท้ายสุด\n");
    let took = e.save(&[("projects/extra-12.md", &last)]);
    assert_eq!(took, both("projects/extra-12/index.html"));
    e.assert_as_full_build("the last save");
}

/// A record's page and the second page of its list, in both languages.
fn with_second_page(at: &str) -> Took {
    Took::Partial(vec![
        format!("en/{at}/index.html"),
        format!("en/{at}/page/2/index.html"),
        format!("th/{at}/index.html"),
        format!("th/{at}/page/2/index.html"),
    ])
}

#[test]
fn a_text_that_names_a_non_public_person_builds_everything_and_is_refused() {
    let mut e = Editing::start();
    let before = e.served.clone();
    // The golden fixture's non-public ambassador, split by emphasis: only
    // the full build's privacy scan reports it, so the save may not be
    // rendered as a partial rebuild of the page.
    let first = e.read("projects/extra-01.md");
    let took = e.save(&[(
        "projects/extra-01.md",
        &with_body(&first, "พบกับ Zzhidden *Person*name วันนี้\n"),
    )]);
    assert_eq!(took, Took::Full);
    let outcome = e.session.outcome().expect("an outcome");
    let errors: Vec<String> = outcome.diagnostics.errors().map(|d| d.short()).collect();
    assert_eq!(
        errors,
        [
            "content/projects/extra-01.md:8:7: error: this names a person who is not public: \
          the ambassador record `hidden-one` does not say `public: true`, so the name may not \
          be published"
        ]
    );
    // serve keeps the last good pages, without the name.
    assert_eq!(e.served, before);
    // Taking the name out: back to partial rebuilds.
    let took = e.save(&[("projects/extra-01.md", &with_body(&first, "พบกับทีมงาน\n"))]);
    assert_eq!(
        took,
        Took::Full,
        "the first save after an error builds everything"
    );
    let took = e.save(&[(
        "projects/extra-01.md",
        &with_body(&first, "พบกับทีมงานอีกครั้ง\n"),
    )]);
    assert_eq!(took, both("projects/extra-01/index.html"));
    e.assert_as_full_build("the name taken out");
}
