//! Load: the walk over the content folder, every file read on every core, in
//! a deterministic order.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::assemble::{Item, display_path, fold};
use super::classify::*;
use super::front_matter::*;
use super::source::*;
use super::text::*;
use crate::catalogue::{Said, Told};
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::raw::RawConfig;

/// Reads every file under `dir`. `shown` is how `dir` is named in messages
/// (the path as the user gave it).
pub fn load(dir: &Path, shown: &str) -> Result<(RawSite, Diagnostics), Fatal> {
    load_at_most(dir, shown, MAX_FILES)
}

pub(super) fn load_at_most(
    dir: &Path,
    shown: &str,
    max_files: usize,
) -> Result<(RawSite, Diagnostics), Fatal> {
    let root = fs::canonicalize(dir).map_err(|e| {
        Fatal(Told::new(
            Said::new("fatal-no-content")
                .arg("folder", shown)
                .said("error", crate::catalogue::io(&e)),
            Some(Said::new("fatal-no-content-help")),
        ))
    })?;
    if !root.is_dir() {
        return Err(Fatal(Told::new(
            Said::new("fatal-not-a-folder").arg("folder", shown),
            None,
        )));
    }
    let mut steps: Vec<Step> = Vec::new();
    // Files never read, each with its error, unless `ignore:` names it
    // (known once `site.yaml` is read, with the rest).
    let mut unread: Vec<(PathBuf, Diagnostic)> = Vec::new();
    let mut files = 0;
    let mut walker = walkdir::WalkDir::new(&root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(&e.file_name().to_string_lossy()));
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                steps.push(Step::Diagnostic(walk_error(&err, &root, shown)));
                continue;
            }
        };
        if entry.file_type().is_dir() {
            // A link to a folder is one error, and not walked: a kind
            // folder linked to `/` would read the whole disk, and one
            // linked to another kind's folder would read its files twice.
            if entry.path_is_symlink() {
                walker.skip_current_dir();
                let rel = entry.path().strip_prefix(&root).unwrap_or(entry.path());
                let (message, help) = if leads_inside(entry.path(), &root) {
                    (
                        Said::new("link-folder-inside"),
                        Said::new("link-folder-inside-help"),
                    )
                } else {
                    (
                        Said::new("link-outside"),
                        Said::new("link-folder-outside-help"),
                    )
                };
                steps.push(Step::Diagnostic(Diagnostic::said(
                    display_path(shown, rel),
                    message,
                    Some(help),
                )));
            }
            continue;
        }
        files += 1;
        if files > max_files {
            steps.push(Step::Diagnostic(Diagnostic::said(
                shown,
                Said::new("walk-too-many-files").count("max", max_files),
                Some(Said::new("walk-too-many-files-help")),
            )));
            break;
        }
        let rel = entry.path().strip_prefix(&root).unwrap_or(entry.path());
        let path = display_path(shown, rel);
        // Before the checks of links and pipes: a file not read is safe
        // whatever it is, and may be one `ignore:` names.
        if let Some(d) = super::classify::unread(rel, &path, shown) {
            unread.push((rel.to_path_buf(), d));
            continue;
        }
        if !entry.file_type().is_file() {
            // Reading a pipe or a device could block for ever.
            steps.push(Step::Diagnostic(Diagnostic::said(
                &path,
                Said::new("walk-not-a-file"),
                Some(Said::new("walk-not-a-file-help")),
            )));
            continue;
        }
        if entry.path_is_symlink() {
            let message = if leads_inside(entry.path(), &root) {
                Said::new("link-file-inside")
            } else {
                Said::new("link-outside")
            };
            steps.push(Step::Diagnostic(Diagnostic::said(
                &path,
                message,
                Some(Said::new("link-file-help")),
            )));
            continue;
        }
        steps.push(Step::Read {
            full: entry.path().to_path_buf(),
            rel: rel.to_path_buf(),
            path,
            names: entry.metadata().map_or(1, |m| names(&m)),
        });
    }
    Ok(assemble(steps, unread, shown))
}

/// What the files of `steps` make: each read and parsed on any core, then
/// taken into the site in the order of the walk.
fn assemble(
    steps: Vec<Step>,
    unread: Vec<(PathBuf, Diagnostic)>,
    shown: &str,
) -> (RawSite, Diagnostics) {
    // A file with another name (a hard link) may be that of a file outside
    // the folder: read only where `site.yaml`, itself not one, allows it.
    let allow_links = steps.iter().any(Step::is_linked) && allows_hard_links(&steps);
    // Each file is read and parsed on any core; what it adds to the site,
    // and its diagnostics, are then taken in the order of the walk.
    let read: Vec<Option<Loaded>> = steps
        .par_iter()
        .map(|step| match step {
            Step::Read {
                rel, path, names, ..
            } if *names > 1 && !allow_links => Some(refuse_linked(rel, path, *names, shown)),
            Step::Read {
                full, rel, path, ..
            } => Some(load_file(full, None, rel, path, shown)),
            Step::Diagnostic(_) => None,
        })
        .collect();
    let items = steps
        .into_iter()
        .zip(read)
        .filter_map(|(step, read)| match (step, read) {
            (Step::Diagnostic(d), _) => Some(Item::Diagnostic(d)),
            (Step::Read { rel, .. }, Some(read)) => Some(Item::Read(rel, read)),
            (Step::Read { .. }, None) => None,
        })
        .collect();
    fold(items, unread, shown)
}

/// How many names (hard links) the file of `meta` has; 1 where the
/// system does not say.
pub(crate) fn names(meta: &fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        std::os::unix::fs::MetadataExt::nlink(meta)
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        1
    }
}

/// The error for a file of `names` names (a hard link) under `folder`
/// (`folder-content`, the content folder), read only where
/// `allow_hard_links` is set.
pub(crate) fn hard_link_error(path: &str, names: u64, folder: Said) -> Diagnostic {
    Diagnostic::said(
        path,
        Said::new("hard-link")
            .count("names", names as usize)
            .said("folder", folder),
        Some(Said::new("hard-link-help")),
    )
}

/// Whether the site's `site.yaml`, where it is not a hard link itself,
/// sets `allow_hard_links: true`. (It is read again with the rest; any
/// problem in it is reported then.)
pub(super) fn allows_hard_links(steps: &[Step]) -> bool {
    steps.iter().any(|step| match step {
        Step::Read {
            full,
            rel,
            path,
            names: 1,
            ..
        } if rel == Path::new("site.yaml") => read_text(full, path)
            .ok()
            .map(|text| SourceFile {
                path: path.clone(),
                text,
            })
            .and_then(|file| {
                doc::<RawConfig>(file, String::new(), false, "the site file", Read::Whole).ok()
            })
            .and_then(|d| d.fields.allow_hard_links)
            .is_some_and(|a| a.value),
        _ => false,
    })
}

/// A hard-linked file not read: its error, and its id still known.
pub(super) fn refuse_linked(rel: &Path, path: &str, names: u64, shown: &str) -> Loaded {
    let found = match classify(rel, path, shown) {
        Ok(Some(Role::Record { kind, id, .. })) => Some(Found::Record(kind, id)),
        Ok(Some(Role::Translation { kind, id, .. })) => Some(Found::Translation(kind, id)),
        _ => None,
    };
    Loaded {
        found,
        result: Err(Box::new(hard_link_error(
            path,
            names,
            Said::new("folder-content"),
        ))),
        warnings: Vec::new(),
    }
}

/// Whether the link at `path` (after every link on the way) ends inside
/// the folder `root` (canonical).
pub(super) fn leads_inside(path: &Path, root: &Path) -> bool {
    fs::canonicalize(path).is_ok_and(|target| target.starts_with(root))
}

/// Hidden files and folders (macOS's `.DS_Store` and `._x`, emacs's
/// `.#x`, LibreOffice's `.~lock.x#`), the files editors leave while
/// saving (`.x.swp`, `x~`, `#x#`, vim's `4913` probe, Word's `~$x.docx`
/// and `~WRL0001.tmp`), and those Windows and macOS leave in any folder
/// they show (`Thumbs.db`, `desktop.ini`, `Icon\r`): never content, never
/// a reason to rebuild, and never an error.
pub(crate) fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.starts_with("~$")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
        || name == "Icon\r"
        || ["Thumbs.db", "ehthumbs.db", "desktop.ini"]
            .iter()
            .any(|junk| name.eq_ignore_ascii_case(junk))
}

pub(super) fn walk_error(err: &walkdir::Error, root: &Path, shown: &str) -> Diagnostic {
    let rel = |p: &Path| display_path(shown, p.strip_prefix(root).unwrap_or(p));
    let path = err.path().map_or_else(|| shown.to_string(), rel);
    match err.loop_ancestor() {
        Some(ancestor) => Diagnostic::said(
            path,
            Said::new("link-loop").arg("target", rel(ancestor)),
            Some(Said::new("link-loop-help")),
        ),
        None => Diagnostic::said(
            path,
            Said::new("walk-unreadable").arg(
                "detail",
                err.io_error()
                    .map_or_else(|| err.to_string(), |e| e.to_string()),
            ),
            None,
        ),
    }
}

/// What the walk found, in its order: a file to read, or a problem.
pub(super) enum Step {
    Read {
        full: PathBuf,
        rel: PathBuf,
        /// As shown in messages.
        path: String,
        /// How many names the file has: more than one is a hard link.
        names: u64,
    },
    Diagnostic(Diagnostic),
}

impl Step {
    fn is_linked(&self) -> bool {
        matches!(self, Step::Read { names, .. } if *names > 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_systems_and_editors_leave_in_a_folder_is_never_content() {
        for junk in [
            ".DS_Store",
            "._bus.md",
            "Thumbs.db",
            "THUMBS.DB",
            "desktop.ini",
            "Desktop.ini",
            "~$bus.docx",
            "~WRL0001.tmp",
            "bus.md~",
            ".bus.md.swp",
            ".#bus.md",
            "#bus.md#",
            "Icon\r",
            "4913",
        ] {
            assert!(is_ignored(junk), "{junk:?}");
        }
        for file in [
            "bus.md",
            "notes.txt",
            "bus.md.bak",
            "photo.jpg",
            "Thumbs.db.txt",
        ] {
            assert!(!is_ignored(file), "{file:?}");
        }
    }

    #[test]
    fn past_the_record_limit_reading_stops_with_an_error() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("cities")).unwrap();
        for name in ["a.yaml", "b.yaml", "c.yaml"] {
            fs::write(dir.path().join("cities").join(name), "x: 1\n").unwrap();
        }
        let (_, diags) = load_at_most(dir.path(), "content", 2).unwrap();
        let errors: Vec<String> = diags
            .errors()
            .map(|d| format!("{}: {}", d.path, d.message))
            .collect();
        assert_eq!(
            errors[errors.len() - 2..],
            [
                "content: the content folder holds more than 2 files (the record limit); the rest were not read",
                "content/site.yaml: the site has no `site.yaml`",
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_sockets_and_hard_links_are_said_in_thai_and_english() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        let outside = dir.path().join("outside");
        for folder in ["cities", "cohorts", "pages"] {
            fs::create_dir_all(content.join(folder)).unwrap();
        }
        fs::create_dir_all(&outside).unwrap();
        fs::write(content.join("site.yaml"), "title: x\n").unwrap();
        fs::write(content.join("cities/b.md"), "---\ntitle: x\n---\n").unwrap();
        fs::write(outside.join("x.md"), "---\ntitle: x\n---\n").unwrap();
        symlink(content.join("cities"), content.join("news")).unwrap();
        symlink(&outside, content.join("projects")).unwrap();
        symlink(content.join("cities/b.md"), content.join("cities/a.md")).unwrap();
        symlink(outside.join("x.md"), content.join("cities/c.md")).unwrap();
        symlink(&content, content.join("pages/loop")).unwrap();
        let _socket = std::os::unix::net::UnixListener::bind(content.join("cohorts/s.yaml"));
        fs::hard_link(outside.join("x.md"), content.join("cohorts/h.md")).unwrap();
        let (_, diags) = load(&content, "content").unwrap();
        let said: Vec<String> = diags.errors().flat_map(Diagnostic::in_both).collect();
        assert_eq!(
            said,
            [
                "content/cities/a.md: this link points to another file in the content folder, which would count twice | copy the file into the content folder instead of linking it",
                "content/cities/a.md: ลิงก์นี้ชี้ไปยังไฟล์อื่นในโฟลเดอร์เนื้อหา ไฟล์นั้นจึงจะถูกนับซ้ำสองครั้ง | คัดลอกไฟล์มาไว้ในโฟลเดอร์เนื้อหา แทนการลิงก์",
                "content/cities/c.md: this link points outside the content folder | copy the file into the content folder instead of linking it",
                "content/cities/c.md: ลิงก์นี้ชี้ออกไปนอกโฟลเดอร์เนื้อหา | คัดลอกไฟล์มาไว้ในโฟลเดอร์เนื้อหา แทนการลิงก์",
                "content/cohorts/h.md: this file is a hard link (one file with 2 names): its other name may be outside the content folder | copy the file instead of linking it; or, if every name of it belongs to the site, set `allow_hard_links: true` in `site.yaml`",
                "content/cohorts/h.md: ไฟล์นี้เป็นฮาร์ดลิงก์ (ไฟล์เดียวที่มี 2 ชื่อ): ชื่ออื่นของไฟล์นี้อาจอยู่นอกโฟลเดอร์เนื้อหา | คัดลอกไฟล์แทนการลิงก์ หรือถ้าทุกชื่อของไฟล์นี้เป็นของเว็บไซต์นี้จริง ให้ตั้ง `allow_hard_links: true` ใน `site.yaml`",
                "content/cohorts/s.yaml: this is not a regular file (a pipe, socket or device) | remove it from the content folder",
                "content/cohorts/s.yaml: สิ่งนี้ไม่ใช่ไฟล์ธรรมดา (เป็น pipe, socket หรืออุปกรณ์) | ลบออกจากโฟลเดอร์เนื้อหา",
                "content/news: this link points to another folder in the content folder, whose files would count twice | remove the link: each record is read from its kind's own folder",
                "content/news: ลิงก์นี้ชี้ไปยังโฟลเดอร์อื่นในโฟลเดอร์เนื้อหา ไฟล์ในโฟลเดอร์นั้นจึงจะถูกนับซ้ำสองครั้ง | ลบลิงก์นี้: ระเบียนแต่ละรายการอ่านจากโฟลเดอร์ของประเภทนั้นเอง",
                "content/pages/loop: this link makes a loop: it points back to `content` | remove the link",
                "content/pages/loop: ลิงก์นี้วนเป็นวง: ชี้กลับไปที่ `content` | ลบลิงก์นี้",
                "content/projects: this link points outside the content folder | copy the folder's files into the content folder instead of linking it",
                "content/projects: ลิงก์นี้ชี้ออกไปนอกโฟลเดอร์เนื้อหา | คัดลอกไฟล์ในโฟลเดอร์นั้นมาไว้ในโฟลเดอร์เนื้อหา แทนการลิงก์",
            ]
        );
    }

    #[test]
    fn the_record_limit_and_a_missing_site_yaml_are_said_in_thai() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("cities")).unwrap();
        for name in ["a.yaml", "b.yaml", "c.yaml"] {
            fs::write(dir.path().join("cities").join(name), "x: 1\n").unwrap();
        }
        let (_, diags) = load_at_most(dir.path(), "content", 2).unwrap();
        let said: Vec<String> = diags.errors().flat_map(Diagnostic::in_both).collect();
        assert_eq!(
            said[said.len() - 4..],
            [
                "content: the content folder holds more than 2 files (the record limit); the rest were not read | check that `--content` names the site's content folder, not a folder above it",
                "content: โฟลเดอร์เนื้อหามีไฟล์มากกว่า 2 ไฟล์ (จำนวนระเบียนสูงสุด) ไฟล์ที่เหลือไม่ได้อ่าน | ตรวจว่า `--content` ระบุโฟลเดอร์เนื้อหาของเว็บไซต์ ไม่ใช่โฟลเดอร์ที่อยู่สูงขึ้นไป",
                "content/site.yaml: the site has no `site.yaml` | create it with at least `title: { th: …, en: … }`; see README.md",
                "content/site.yaml: เว็บไซต์นี้ไม่มีไฟล์ `site.yaml` | สร้างไฟล์นี้ โดยอย่างน้อยต้องมี `title: { th: …, en: … }` ดูรายละเอียดใน README.md",
            ]
        );
    }
}
