//! Load: `site.yaml`'s `ignore:` list, patterns of the files under
//! `content/` that are not records and are to be left alone rather than
//! refused. Written as in `.gitignore`: a pattern matches a file's path
//! inside `content/` or any folder on its way; one without a `/` matches
//! a name in any folder; one ending in `/` matches only folders. A record
//! (an `.md`, `.yaml` or `.yml` file directly in a kind's folder) is read
//! whatever the list says: a pattern that matches one is a warning.

use std::path::{Path, PathBuf};

use globset::{ErrorKind, GlobBuilder, GlobSet, GlobSetBuilder};

use super::raw::{RawConfig, list_items};
use super::source::RawDoc;
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Diagnostics, Spot};

/// One pattern that reads.
struct Pattern {
    /// As written.
    written: String,
    glob: globset::Glob,
    /// It ends in `/`.
    folder_only: bool,
    /// Its place in `site.yaml`.
    spot: Spot,
}

/// The compiled list.
#[derive(Default)]
pub(super) struct Ignore {
    /// Every pattern but those ending in `/`: matched against the path.
    files: GlobSet,
    /// For each glob of `files`, its pattern's place in `patterns`.
    files_of: Vec<usize>,
    /// Every pattern: matched against each folder on the path's way.
    folders: GlobSet,
    patterns: Vec<Pattern>,
    /// Where `site.yaml` is, as shown in messages.
    site_yaml: String,
}

impl Ignore {
    /// The list of `site.yaml` (none where it could not be read); each
    /// pattern that cannot be used is an error at its line.
    pub(super) fn of(config: Option<&RawDoc<RawConfig>>, diags: &mut Diagnostics) -> Ignore {
        let Some((doc, list)) = config.and_then(|d| Some((d, d.fields.ignore.as_ref()?))) else {
            return Ignore::default();
        };
        let block = doc.block();
        let mut patterns = Vec::new();
        for item in list_items(list) {
            let written = item.value.0.trim();
            match compile(written) {
                Ok((glob, folder_only)) => patterns.push(Pattern {
                    written: written.to_string(),
                    glob,
                    folder_only,
                    spot: block.spot_of(&item),
                }),
                Err((message, help)) => diags.push(block.said_at(&item, "ignore", message, help)),
            }
        }
        Ignore::new(patterns, &doc.file.path)
    }

    fn new(patterns: Vec<Pattern>, site_yaml: &str) -> Ignore {
        let mut files = GlobSetBuilder::new();
        let mut folders = GlobSetBuilder::new();
        let mut files_of = Vec::new();
        for (index, p) in patterns.iter().enumerate() {
            if !p.folder_only {
                files.add(p.glob.clone());
                files_of.push(index);
            }
            folders.add(p.glob.clone());
        }
        // Each glob was built on its own, so a set of them builds.
        Ignore {
            files: files.build().unwrap_or_default(),
            files_of,
            folders: folders.build().unwrap_or_default(),
            patterns,
            site_yaml: site_yaml.to_string(),
        }
    }

    /// Whether the list leaves out the file `rel` (a path inside
    /// `content/`).
    pub(super) fn matches(&self, rel: &Path) -> bool {
        !self.patterns.is_empty()
            && (self.files.is_match(rel) || folders_of(rel).any(|f| self.folders.is_match(f)))
    }

    /// The first pattern (by its place in the list) that matches `rel`.
    fn first_match(&self, rel: &Path) -> Option<usize> {
        if self.patterns.is_empty() {
            return None;
        }
        let on_its_way = folders_of(rel).flat_map(|folder| self.folders.matches(folder));
        self.files
            .matches(rel)
            .into_iter()
            .map(|i| self.files_of[i])
            .chain(on_its_way)
            .min()
    }

    /// A warning for each pattern that matches records (`records`, the
    /// paths inside `content/` of every record and translation found, each
    /// shown as `display` writes it), which are read all the same.
    pub(super) fn warn_of_records(
        &self,
        records: &[PathBuf],
        shown: &str,
        display: impl Fn(&Path) -> String,
        diags: &mut Diagnostics,
    ) {
        if self.patterns.is_empty() {
            return;
        }
        let mut matched: Vec<Vec<&Path>> = vec![Vec::new(); self.patterns.len()];
        for rel in records {
            if let Some(i) = self.first_match(rel) {
                matched[i].push(rel);
            }
        }
        for (p, records) in self.patterns.iter().zip(matched) {
            let Some(first) = records.first() else {
                continue;
            };
            diags.push(
                Diagnostic::warning(&self.site_yaml, "")
                    .words(
                        Said::new("ignore-matches-records")
                            .arg("pattern", p.written.as_str())
                            .arg("first", display(first))
                            .count("more", records.len() - 1),
                        Some(Said::new("ignore-matches-records-help").arg("content", shown)),
                    )
                    .spot(p.spot.clone())
                    .field("ignore"),
            );
        }
    }
}

/// The folders on the way to `rel`, from its own: `projects/drafts`,
/// then `projects`, for `projects/drafts/x.md`.
fn folders_of(rel: &Path) -> impl Iterator<Item = &Path> {
    rel.ancestors()
        .skip(1)
        .take_while(|folder| !folder.as_os_str().is_empty())
}

/// The glob of the pattern `written`, and whether it matches only
/// folders; or what is wrong with it, in plain words, and the fix.
fn compile(written: &str) -> Result<(globset::Glob, bool), (Said, Said)> {
    let wrong =
        |message: Said, help: &'static str| Err((message.arg("pattern", written), Said::new(help)));
    if written.is_empty() {
        return Err((Said::new("ignore-empty"), Said::new("ignore-empty-help")));
    }
    if written.contains('\\') {
        return wrong(Said::new("ignore-backslash"), "ignore-backslash-help");
    }
    if written.starts_with('!') {
        return wrong(Said::new("ignore-negated"), "ignore-negated-help");
    }
    let anchored = written.starts_with('/');
    let folder_only = written.ends_with('/');
    let bare = written.trim_start_matches('/').trim_end_matches('/');
    if bare.is_empty() {
        return wrong(Said::new("ignore-names-nothing"), "ignore-pattern-how");
    }
    let glob = if anchored || bare.contains('/') {
        bare.to_string()
    } else {
        format!("**/{bare}")
    };
    GlobBuilder::new(&glob)
        .literal_separator(true)
        .backslash_escape(false)
        .case_insensitive(true)
        .build()
        .map(|g| (g, folder_only))
        .map_err(|e| plain(written, e.kind()))
}

/// A glob's error in plain words, and the fix.
fn plain(written: &str, kind: &ErrorKind) -> (Said, Said) {
    let (message, help) = match kind {
        ErrorKind::UnclosedClass => (
            Said::new("ignore-unclosed-set"),
            Said::new("ignore-unclosed-set-help"),
        ),
        ErrorKind::InvalidRange(from, to) => (
            Said::new("ignore-backward-range")
                .arg("from", from.to_string())
                .arg("to", to.to_string()),
            Said::new("ignore-backward-range-help"),
        ),
        ErrorKind::UnopenedAlternates => (
            Said::new("ignore-unopened-choice"),
            Said::new("ignore-unopened-choice-help"),
        ),
        ErrorKind::UnclosedAlternates => (
            Said::new("ignore-unclosed-choice"),
            Said::new("ignore-unclosed-choice-help"),
        ),
        ErrorKind::TooManyNestedAlternates => (
            Said::new("ignore-nested-choices"),
            Said::new("ignore-nested-choices-help"),
        ),
        other => (
            Said::new("ignore-unreadable").arg("detail", other.to_string()),
            Said::new("ignore-pattern-how"),
        ),
    };
    (message.arg("pattern", written), help)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(patterns: &[&str]) -> Ignore {
        let patterns = patterns
            .iter()
            .map(|p| {
                let (glob, folder_only) = compile(p).unwrap();
                Pattern {
                    written: p.to_string(),
                    glob,
                    folder_only,
                    spot: Spot::at("x", 0, 1),
                }
            })
            .collect();
        Ignore::new(patterns, "content/site.yaml")
    }

    #[test]
    fn patterns_match_as_in_gitignore() {
        let ignore = set(&["*.docx", "projects/notes/*.txt", "drafts/", "/top.txt"]);
        let yes = |p: &str| ignore.matches(Path::new(p));
        assert!(yes("projects/plan.docx"));
        assert!(yes("a.DOCX"));
        assert!(yes("projects/notes/a.txt"));
        assert!(!yes("projects/notes/deeper/a.txt"));
        assert!(!yes("projects/a.txt"));
        assert!(yes("news/drafts/x.md"));
        assert!(yes("news/drafts/deeper/x.jpg"));
        assert!(!yes("news/drafts"));
        assert!(yes("top.txt"));
        assert!(!yes("news/top.txt"));
        // A name without `/` matches a folder of that name too.
        let ignore = set(&["photos", "images/"]);
        let yes = |p: &str| ignore.matches(Path::new(p));
        assert!(yes("projects/photos/a.jpg"));
        assert!(yes("photos"));
        assert!(yes("images/logo.png"));
        assert!(!yes("images"));
        assert!(!yes("projects/photos.txt"));
    }

    #[test]
    fn a_name_as_a_pattern_matches_only_itself() {
        for name in ["notes [old].txt", "a*b?.txt", "{x}.txt", "!bang.txt"] {
            let pattern = super::super::classify::literal(name, true);
            let ignore = set(&[&pattern]);
            assert!(ignore.matches(Path::new(name)), "{pattern}");
            assert!(!ignore.matches(Path::new("other.txt")), "{pattern}");
        }
    }

    #[test]
    fn a_bad_pattern_is_said_in_plain_words() {
        use crate::lang::Lang;
        let message = |p: &str| compile(p).err().unwrap().0.text(Lang::En);
        assert_eq!(
            message("projects/[notes"),
            "`projects/[notes` opens a set of characters with `[` that no `]` closes"
        );
        assert_eq!(
            message("[z-a].txt"),
            "`[z-a].txt` has the range `z-a`, whose first character comes after its last"
        );
        assert_eq!(
            message("*.{jpg"),
            "`*.{jpg` opens a choice with `{` that no `}` closes"
        );
        assert_eq!(
            message(r"projects\notes.txt"),
            r"`projects\notes.txt` holds `\`, which is not how a pattern separates folders"
        );
        assert_eq!(message(""), "this pattern of `ignore:` is empty");
        assert_eq!(message("//"), "`//` names no file or folder");
    }

    #[test]
    fn patterns_no_site_has_yet_are_said_in_thai_and_english() {
        use crate::lang::Lang;
        let refused = |p: &str| {
            let (message, help) = compile(p).err().unwrap();
            [Lang::En, Lang::Th].map(|lang| format!("{} | {}", message.text(lang), help.text(lang)))
        };
        let said: Vec<String> = ["//", "{a,b}}"].into_iter().flat_map(refused).collect();
        assert_eq!(
            said,
            [
                "`//` names no file or folder | write a pattern such as `*.docx` or `projects/drafts/`",
                "`//` ไม่ได้ระบุไฟล์หรือโฟลเดอร์ใดเลย | เขียนรูปแบบ เช่น `*.docx` หรือ `projects/drafts/`",
                "`{a,b}}` closes with `}` a choice that no `{` opens | write a choice as `{a,b}`, as in `*.{jpg,png}`; for a `}` in a file's name, write `[}]`",
                "`{a,b}}` ปิดตัวเลือกด้วย `}` แต่ไม่มี `{` เปิด | เขียนตัวเลือกแบบ `{a,b}` เช่น `*.{jpg,png}` ถ้าชื่อไฟล์มี `}` อยู่จริง ให้เขียนเป็น `[}]`",
            ]
        );
        let nested = format!("{}a{}", "{".repeat(101), "}".repeat(101));
        assert_eq!(
            refused(&nested),
            [
                format!(
                    "`{nested}` has too many choices `{{…}}` inside one another | write the \
                     choices side by side, as in `*.{{jpg,png}}`"
                ),
                format!(
                    "`{nested}` มีตัวเลือก `{{…}}` ซ้อนกันมากเกินไป | เขียนตัวเลือกเรียงต่อกัน \
                     เช่น `*.{{jpg,png}}`"
                ),
            ]
        );
        let other = Said::new("ignore-unreadable")
            .arg("pattern", "x")
            .arg("detail", "error parsing glob");
        assert_eq!(
            [Lang::En, Lang::Th].map(|lang| other.text(lang)),
            [
                "`x` cannot be read as a pattern: error parsing glob",
                "อ่าน `x` เป็นรูปแบบไม่ได้: error parsing glob",
            ]
        );
    }
}
