//! `serve`'s partial rebuild: after a save that changes only record
//! bodies, the session renders those bodies' pages alone. Each rebuild is
//! held to what a full build of the same folder makes: the same files,
//! byte for byte, and the same diagnostics.
//!
//! The edits are a table of independent cases, each on a fresh site: a
//! case that fails does not hide the others, and all the failures are
//! reported together.

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
    /// The site's folder, holding `content/`.
    site: PathBuf,
    content: PathBuf,
    session: Session,
    served: Files,
    /// Each file an edit changed, as it was before the first such edit.
    started: BTreeMap<String, Option<Vec<u8>>>,
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
            site: content.parent().expect("the site").to_path_buf(),
            session: Session::new(&content, "content", None),
            content,
            served: Files::new(),
            started: BTreeMap::new(),
        };
        let (first, _) = editing.session.rebuild(None).expect("the first build");
        assert_eq!(editing.apply(first), Took::Full);
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

    /// Makes the edit in one save, then rebuilds as `serve` does after it.
    fn make(&mut self, edit: Edit) -> Took {
        let changed: Vec<(&str, Option<Vec<u8>>)> = match edit {
            Edit::Bodies(files) => files
                .iter()
                .map(|&(rel, body)| (rel, Some(with_body(&self.read(rel), body).into_bytes())))
                .collect(),
            Edit::TooDeep(rel) => {
                let body = ">".repeat(200);
                vec![(rel, Some(with_body(&self.read(rel), &body).into_bytes()))]
            }
            Edit::Replace(rel, from, to) => {
                vec![(rel, Some(self.read(rel).replace(from, to).into_bytes()))]
            }
            Edit::New(rel, like, from, to) => {
                vec![(rel, Some(self.read(like).replace(from, to).into_bytes()))]
            }
            Edit::Original(rel) => {
                let first = self.started.get(rel).expect("a file an edit changed");
                vec![(rel, first.clone())]
            }
            Edit::Remove(rel) => vec![(rel, None)],
            Edit::Told(rel) => return self.rebuild(&[self.site.join(rel)]),
        };
        let mut paths = Vec::new();
        for (rel, bytes) in changed {
            let path = self.site.join(rel);
            self.started
                .entry(rel.to_string())
                .or_insert_with(|| std::fs::read(&path).ok());
            match bytes {
                Some(bytes) => std::fs::write(&path, bytes).expect("save"),
                None => std::fs::remove_file(&path).expect("remove"),
            }
            paths.push(path);
        }
        self.rebuild(&paths)
    }

    fn rebuild(&mut self, paths: &[PathBuf]) -> Took {
        let (rebuilt, _) = self.session.rebuild(Some(paths)).expect("a rebuild");
        self.apply(rebuilt)
    }

    /// A file of the site, by its path relative to the site's folder.
    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.site.join(rel)).expect("read")
    }

    /// What is served, and the session's diagnostics, are what a full
    /// build of the folder as it is now makes.
    fn assert_as_full_build(&self) {
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
            "these files differ from a full build: {differ:?}"
        );
        let outcome = self.session.outcome().expect("an outcome");
        assert_eq!(
            outcome.diagnostics.shown(true, mueang::lang::Lang::Th),
            full.diagnostics.shown(true, mueang::lang::Lang::Th),
            "the diagnostics differ from a full build's"
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

/// A record's page and the second page of its list, in both languages.
fn with_second_page(at: &str) -> Took {
    Took::Partial(vec![
        format!("en/{at}/index.html"),
        format!("en/{at}/page/2/index.html"),
        format!("th/{at}/index.html"),
        format!("th/{at}/page/2/index.html"),
    ])
}

/// A change to the site, made in one save. Paths are relative to the
/// site's folder.
#[derive(Clone, Copy, Debug)]
enum Edit {
    /// These files' bodies (all after the front matter) replaced.
    Bodies(&'static [(&'static str, &'static str)]),
    /// The file's body replaced by 200 `>`: quotes nested past the limit.
    TooDeep(&'static str),
    /// In the file, `from` replaced by `to`.
    Replace(&'static str, &'static str, &'static str),
    /// A new file: a copy of another (the second) with `from` replaced by
    /// `to`.
    New(&'static str, &'static str, &'static str, &'static str),
    /// The file put back as it was before the case's first edit to it.
    Original(&'static str),
    /// The file removed.
    Remove(&'static str),
    /// `serve` told of a change to the file, which is as it was (or is not
    /// there).
    Told(&'static str),
}

/// What the rebuild after the edit must make again.
#[derive(Clone, Copy, Debug)]
enum Makes {
    /// The whole site.
    Everything,
    /// This page (under the language folder) in both languages, and no
    /// other file.
    Both(&'static str),
    /// This record's page and the second page of its list of projects, in
    /// both languages, and no other file.
    WithSecondPage(&'static str),
}

impl Makes {
    fn took(self) -> Took {
        match self {
            Makes::Everything => Took::Full,
            Makes::Both(page) => both(page),
            Makes::WithSecondPage(at) => with_second_page(at),
        }
    }
}

/// What must hold after the rebuild.
#[derive(Clone, Copy, Debug)]
enum Then {
    /// What is served, and the diagnostics, are what a full build makes.
    AsFullBuild,
    /// What is served is what was served before the edit.
    ServedUnchanged,
    /// The build has this many errors.
    Errors(usize),
    /// The served page (first) shows the text (second).
    Shows(&'static str, &'static str),
}

/// One case: on a fresh [`Editing::start`], the `given` edits (each
/// rebuilt; they set the scene and are not checked), then `edit`, after
/// which the rebuild `makes` what it must and everything in `then` holds.
struct Case {
    name: &'static str,
    given: &'static [Edit],
    edit: Edit,
    makes: Makes,
    then: &'static [Then],
}

const EXTRA_07: Edit = Edit::Bodies(&[("content/projects/extra-07.md", "ใหม่ทั้งคู่\n")]);
const EXTRA_07_BROKEN: Edit = Edit::Bodies(&[(
    "content/projects/extra-07.md",
    "{{ figure(metric=\"nonsense\") }}\n",
)]);
const EXTRA_07_FIXED: Edit = Edit::Bodies(&[("content/projects/extra-07.md", "แก้แล้ว\n")]);
/// A text pasted with SARA AM in two characters: a warning as it is read.
const EXTRA_01_SPLIT_SARA_AM: Edit = Edit::Bodies(&[(
    "content/projects/extra-01.md",
    "โครงการน\u{0E4D}\u{0E32}ร่อง\n",
)]);
const RAYONG_WITHOUT_SCRIPT: Edit = Edit::Bodies(&[("content/cities/rayong.md", "เมืองระยอง\n")]);
const NEW_RECORD: Edit = Edit::New(
    "content/projects/extra-61.md",
    "content/projects/extra-10.md",
    "เพิ่ม 10",
    "ใหม่",
);

/// A note saved among the projects.
const NOTES: Edit = Edit::New(
    "content/projects/notes.txt",
    "content/projects/extra-01.en.md",
    "Extra project",
    "Notes on project",
);
/// `site.yaml` leaves out every `.txt` file.
const IGNORE_TXT: Edit = Edit::Replace(
    "content/site.yaml",
    "theme: default\n",
    "theme: default\nignore: [\"*.txt\"]\n",
);

/// Everything but a body builds everything.
const BUILDS_EVERYTHING: [Edit; 9] = [
    // A text where there was none.
    Edit::Bodies(&[("content/projects/small.md", "ข้อความแรก\n")]),
    // The title: every list that shows the project.
    Edit::Replace("content/projects/extra-08.md", "เพิ่ม 8", "ใหม่"),
    // An emptied text (a translation's warnings turn on it).
    Edit::Bodies(&[("content/projects/extra-09.en.md", "")]),
    // A new record.
    NEW_RECORD,
    // A text nested past the limit: load refuses it.
    Edit::TooDeep("content/projects/extra-10.md"),
    // Its fix, after a build with errors.
    Edit::Original("content/projects/extra-10.md"),
    // A removed record.
    Edit::Remove("content/projects/extra-61.md"),
    // The site's settings.
    Edit::Told("content/site.yaml"),
    // A theme's file.
    Edit::Told("themes/x/a.html"),
];

const CASES: &[Case] = &[
    // A project's Thai text: its page in both languages (the English page
    // has its own text, but the pages are made together).
    Case {
        name: "a project's Thai text",
        given: &[],
        edit: Edit::Bodies(&[("content/projects/extra-01.md", "ข้อความใหม่ **หนา**\n")]),
        makes: Makes::Both("projects/extra-01/index.html"),
        then: &[
            Then::AsFullBuild,
            Then::Shows(
                "th/projects/extra-01/index.html",
                "ข้อความใหม่ <strong>หนา</strong>",
            ),
        ],
    },
    Case {
        name: "a project's English text with a live figure",
        given: &[],
        edit: Edit::Bodies(&[(
            "content/projects/extra-01.en.md",
            "New text with {{ figure(metric=\"projects\") }} projects.\n",
        )]),
        makes: Makes::Both("projects/extra-01/index.html"),
        then: &[Then::AsFullBuild],
    },
    // A free page with no translation: its warning, about the file, stands
    // while its text is not emptied.
    Case {
        name: "a text whose file has a warning",
        given: &[],
        edit: Edit::Bodies(&[("content/pages/about.md", "เกี่ยวกับเรา\n")]),
        makes: Makes::Both("about/index.html"),
        then: &[Then::AsFullBuild],
    },
    // The fixture's Rayong text holds a `<script>`, whose text the page
    // drops, with a warning: a file with a warning is built in full, so
    // that its warning goes when the text is fixed.
    Case {
        name: "a text that loses its warning",
        given: &[],
        edit: RAYONG_WITHOUT_SCRIPT,
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    // A Thai text hazard is warned about as the file is read, and its
    // text is written as it should be: the file is built in full, both
    // when the hazard comes and when it goes.
    Case {
        name: "a text with a Thai text hazard",
        given: &[],
        edit: EXTRA_01_SPLIT_SARA_AM,
        makes: Makes::Everything,
        then: &[
            Then::AsFullBuild,
            Then::Shows("th/projects/extra-01/index.html", "โครงการนำร่อง"),
        ],
    },
    Case {
        name: "a text that loses its Thai text hazard",
        given: &[EXTRA_01_SPLIT_SARA_AM],
        edit: Edit::Bodies(&[("content/projects/extra-01.md", "โครงการนำร่อง\n")]),
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    // A city whose list of projects runs to a second page: that page shows
    // no body, but is made with the city's.
    Case {
        name: "a city's text with a chart",
        given: &[RAYONG_WITHOUT_SCRIPT],
        edit: Edit::Bodies(&[(
            "content/cities/rayong.md",
            "เมืองระยอง\n\n{{ chart(name=\"projects-by-domain\") }}\n",
        )]),
        makes: Makes::WithSecondPage("cities/rayong"),
        then: &[Then::AsFullBuild],
    },
    // A cohort with a reported figure the records do not match (a warning
    // at its front matter, not its text).
    Case {
        name: "a cohort's text",
        given: &[],
        edit: Edit::Bodies(&[("content/cohorts/c-1.md", "รุ่นแรก\n")]),
        makes: Makes::WithSecondPage("cohorts/c-1"),
        then: &[Then::AsFullBuild],
    },
    Case {
        name: "a news item's text",
        given: &[],
        edit: Edit::Bodies(&[("content/news/2022-first.md", "ข่าวที่แก้แล้ว\n")]),
        makes: Makes::Both("news/2022-first/index.html"),
        then: &[Then::AsFullBuild],
    },
    Case {
        name: "a project and its translation in one save",
        given: &[],
        edit: Edit::Bodies(&[
            ("content/projects/extra-07.md", "ใหม่ทั้งคู่\n"),
            ("content/projects/extra-07.en.md", "Both new.\n"),
        ]),
        makes: Makes::Both("projects/extra-07/index.html"),
        then: &[Then::AsFullBuild],
    },
    // A save that changes nothing makes the same two pages, unchanged.
    Case {
        name: "a save that changes nothing",
        given: &[EXTRA_07],
        edit: Edit::Told("content/projects/extra-07.md"),
        makes: Makes::Both("projects/extra-07/index.html"),
        then: &[Then::ServedUnchanged, Then::AsFullBuild],
    },
    // A body that gives a diagnostic builds everything, and so does its
    // fix (the last build was not good); then a body is partial again.
    Case {
        name: "a body that gives a diagnostic",
        given: &[EXTRA_07],
        edit: EXTRA_07_BROKEN,
        makes: Makes::Everything,
        // A site with errors keeps the last good one.
        then: &[Then::Errors(1), Then::ServedUnchanged],
    },
    Case {
        name: "a fixed mistake",
        given: &[EXTRA_07_BROKEN],
        edit: EXTRA_07_FIXED,
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    Case {
        name: "a text after a fixed mistake",
        given: &[EXTRA_07_BROKEN, EXTRA_07_FIXED],
        edit: Edit::Bodies(&[("content/projects/extra-07.md", "อีกครั้ง\n")]),
        makes: Makes::Both("projects/extra-07/index.html"),
        then: &[Then::AsFullBuild],
    },
    Case {
        name: "a text where there was none",
        given: &[],
        edit: BUILDS_EVERYTHING[0],
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    Case {
        name: "a project's title",
        given: &[],
        edit: BUILDS_EVERYTHING[1],
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    Case {
        name: "an emptied translation's text",
        given: &[],
        edit: BUILDS_EVERYTHING[2],
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    Case {
        name: "a new record",
        given: &[],
        edit: BUILDS_EVERYTHING[3],
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    Case {
        name: "a text nested past the limit",
        given: &[],
        edit: BUILDS_EVERYTHING[4],
        makes: Makes::Everything,
        then: &[Then::Errors(1), Then::ServedUnchanged],
    },
    Case {
        name: "the fix of a text nested past the limit",
        given: &[BUILDS_EVERYTHING[4]],
        edit: BUILDS_EVERYTHING[5],
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    Case {
        name: "a removed record",
        given: &[NEW_RECORD],
        edit: BUILDS_EVERYTHING[6],
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    Case {
        name: "the site's settings",
        given: &[],
        edit: BUILDS_EVERYTHING[7],
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    Case {
        name: "a theme's file",
        given: &[],
        edit: BUILDS_EVERYTHING[8],
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    // A file that is not a record is an error (exit 1 in a full build):
    // a rebuild after it is added says so, as a full build does.
    Case {
        name: "a new file that is not a record",
        given: &[],
        edit: NOTES,
        makes: Makes::Everything,
        then: &[Then::Errors(1), Then::ServedUnchanged],
    },
    // Unless `ignore:` in `site.yaml` names it.
    Case {
        name: "a new file that `ignore:` names",
        given: &[IGNORE_TXT],
        edit: NOTES,
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    // What a system leaves in a folder is never an error; `serve` is not
    // even told of it (see `what_systems_and_editors_leave_is_not_a_change`).
    Case {
        name: "a file a system leaves in a folder",
        given: &[],
        edit: Edit::New(
            "content/projects/Thumbs.db",
            "content/projects/extra-01.en.md",
            "Extra",
            "Thumbs",
        ),
        makes: Makes::Everything,
        then: &[Then::AsFullBuild],
    },
    // And after all that, a body again takes only its pages.
    Case {
        name: "a text after everything was built again in every way",
        given: &BUILDS_EVERYTHING,
        edit: Edit::Bodies(&[("content/projects/extra-12.md", "ท้ายสุด\n")]),
        makes: Makes::Both("projects/extra-12/index.html"),
        then: &[Then::AsFullBuild],
    },
];

impl Case {
    fn run(&self) {
        let mut e = Editing::start();
        for &given in self.given {
            e.make(given);
        }
        let before = e.served.clone();
        let took = e.make(self.edit);
        assert_eq!(took, self.makes.took(), "what the rebuild made");
        for then in self.then {
            match *then {
                Then::AsFullBuild => e.assert_as_full_build(),
                Then::ServedUnchanged => assert!(e.served == before, "what is served changed"),
                Then::Errors(count) => {
                    let outcome = e.session.outcome().expect("an outcome");
                    assert_eq!(outcome.diagnostics.error_count(), count, "errors");
                }
                Then::Shows(page, text) => {
                    let html = String::from_utf8_lossy(&e.served[page]);
                    assert!(html.contains(text), "{page} does not show {text}:\n{html}");
                }
            }
        }
    }
}

#[test]
fn the_first_build_serves_what_a_full_build_makes() {
    Editing::start().assert_as_full_build();
}

/// Every case of [`CASES`], each on its own site; the failures are listed
/// together.
#[test]
fn an_incremental_rebuild_writes_what_a_full_build_writes() {
    let failed: Vec<String> = CASES
        .iter()
        .filter_map(|case| {
            let panic = std::panic::catch_unwind(|| case.run()).err()?;
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Some(format!("## {}\n{message}", case.name))
        })
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} cases failed:\n{}",
        failed.len(),
        CASES.len(),
        failed.join("\n\n")
    );
}

#[test]
fn a_text_that_names_a_non_public_person_builds_everything_and_is_refused() {
    let mut e = Editing::start();
    let before = e.served.clone();
    // The golden fixture's non-public ambassador, split by emphasis: only
    // the full build's privacy scan reports it, so the save may not be
    // rendered as a partial rebuild of the page.
    let took = e.make(Edit::Bodies(&[(
        "content/projects/extra-01.md",
        "พบกับ Zzhidden *Person*name วันนี้\n",
    )]));
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
    let took = e.make(Edit::Bodies(&[(
        "content/projects/extra-01.md",
        "พบกับทีมงาน\n",
    )]));
    assert_eq!(
        took,
        Took::Full,
        "the first save after an error builds everything"
    );
    let took = e.make(Edit::Bodies(&[(
        "content/projects/extra-01.md",
        "พบกับทีมงานอีกครั้ง\n",
    )]));
    assert_eq!(took, both("projects/extra-01/index.html"));
    e.assert_as_full_build();
}

/// `serve` is not told of what systems and editors leave in a folder, as
/// the build never reads it; it is of any other file, as the build
/// refuses it.
#[test]
fn what_systems_and_editors_leave_is_not_a_change() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let content = dir.path().join("content");
    std::fs::create_dir_all(content.join("projects")).expect("mkdir");
    let watched = mueang::serve::watch::Watched::new(&content);
    let content = std::fs::canonicalize(&content).expect("canonical");
    for junk in [
        "projects/Thumbs.db",
        "projects/desktop.ini",
        "projects/~$plan.docx",
        "projects/.DS_Store",
        "projects/rayong.md~",
    ] {
        assert!(!watched.relevant(&content.join(junk)), "{junk}");
    }
    for file in ["projects/notes.txt", "projects/photo.jpg", "projects/a.md"] {
        assert!(watched.relevant(&content.join(file)), "{file}");
    }
}
