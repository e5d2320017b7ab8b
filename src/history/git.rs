//! The git repository holding the content, read with gix (no `git`
//! program): for `mueang diff`, a revision's content folder (and
//! `themes/` beside it) written to a temporary folder, removed when done,
//! so that `check`'s stages read it as they read any folder; for the
//! figures' history, the commits that changed the content folder, and
//! each one's files in memory.

use std::path::{Path, PathBuf};

use gix::bstr::ByteSlice;

use crate::catalogue::{Said, Told};
use crate::load::Fatal;

/// A revision's files in a temporary folder, removed when dropped.
pub struct Checkout {
    root: PathBuf,
}

impl Checkout {
    /// The content folder in it.
    pub fn content(&self) -> PathBuf {
        self.root.join("content")
    }
}

impl Drop for Checkout {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn fatal(said: Said, help: Said) -> Fatal {
    Fatal(Told::new(said, Some(help)))
}

fn failed(e: impl std::fmt::Display) -> Fatal {
    fatal(
        Said::new("diff-git-failed").arg("detail", e.to_string()),
        Said::new("diff-git-failed-help"),
    )
}

/// The repository holding `dir`, and the path of `dir` inside its
/// working tree (`""` at its top).
fn open(dir: &Path) -> Result<(gix::Repository, PathBuf), Fatal> {
    let repo = gix::discover(dir).map_err(|_| {
        fatal(
            Said::new("diff-no-repository"),
            Said::new("diff-no-repository-help"),
        )
    })?;
    let here = dir.canonicalize().map_err(failed)?;
    let top = repo
        .workdir()
        .and_then(|w| w.canonicalize().ok())
        .ok_or_else(|| failed("a bare repository"))?;
    let inside = here
        .strip_prefix(&top)
        .unwrap_or(Path::new(""))
        .to_path_buf();
    Ok((repo, inside))
}

/// The short names of the branches and tags, for a suggestion.
fn names(repo: &gix::Repository) -> Vec<String> {
    let Ok(refs) = repo.references() else {
        return Vec::new();
    };
    let Ok(all) = refs.all() else {
        return Vec::new();
    };
    all.filter_map(Result::ok)
        .map(|r| r.name().shorten().to_str_lossy().into_owned())
        .collect()
}

/// Whether `dir` is in a git repository's working tree.
pub fn in_repository(dir: &Path) -> bool {
    open(dir).is_ok()
}

/// The commit `spec` names, or a usage error naming it and the closest
/// branch or tag.
fn commit<'r>(repo: &'r gix::Repository, spec: &str) -> Result<gix::Commit<'r>, Fatal> {
    let unknown = || {
        // Two edits at most, a swap of two letters being one (`mian`).
        let closest = names(repo)
            .into_iter()
            .map(|n| (strsim::damerau_levenshtein(spec, &n), n))
            .filter(|(d, _)| *d <= 2)
            .min();
        let closest = closest.as_ref().map(|(_, n)| n.as_str());
        let help = match closest {
            Some(name) => Said::new("diff-did-you-mean").arg("name", name),
            None => Said::new("diff-state-help"),
        };
        fatal(
            Said::new("diff-unknown-revision").arg("revision", spec),
            help,
        )
    };
    let id = repo.rev_parse_single(spec).map_err(|_| unknown())?;
    id.object()
        .map_err(failed)?
        .peel_to_commit()
        .map_err(|_| unknown())
}

/// The revision the default OLD is: where the current branch left the
/// default branch (`origin/HEAD`, else `origin/main`, `origin/master`,
/// `main` or `master`), and how it is named.
pub fn merge_base(dir: &Path) -> Result<String, Fatal> {
    let (repo, _) = open(dir)?;
    let head = repo.head_id().map_err(failed)?;
    let default = [
        "origin/HEAD",
        "origin/main",
        "origin/master",
        "main",
        "master",
    ]
    .into_iter()
    .find_map(|name| repo.rev_parse_single(name).ok())
    .ok_or_else(|| {
        fatal(
            Said::new("diff-no-default-branch"),
            Said::new("diff-no-default-branch-help"),
        )
    })?;
    let base = repo.merge_base(head, default).map_err(failed)?;
    // Twelve hex digits name it as surely, and read better.
    base.map(|id| id.to_hex_with_len(12).to_string())
        .ok_or_else(|| failed("the current branch and the default branch share no commit"))
}

/// The files of `content` (a folder path from `dir`) and of `themes/`
/// beside it, as they are at revision `spec`, written to a new temporary
/// folder.
pub fn checkout(dir: &Path, spec: &str, content: &Path) -> Result<Checkout, Fatal> {
    let (repo, inside) = open(dir)?;
    let tree = commit(&repo, spec)?.tree().map_err(failed)?;
    let root = temporary()?;
    let checkout = Checkout { root };
    let content = inside.join(content);
    let themes = content
        .parent()
        .map_or_else(|| PathBuf::from("themes"), |p| p.join("themes"));
    for (from, to) in [(content, "content"), (themes, "themes")] {
        let Some(sub) = subtree(tree.clone(), &from)? else {
            if to == "content" {
                return Err(fatal(
                    Said::new("diff-no-content-at")
                        .arg("revision", spec)
                        .arg("path", from.display().to_string()),
                    Said::new("diff-no-content-at-help"),
                ));
            }
            continue;
        };
        for (rel, id) in entries(&repo, sub)? {
            let target = checkout.root.join(to).join(rel);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(failed)?;
            }
            std::fs::write(&target, blob(&repo, id)?).map_err(failed)?;
        }
    }
    Ok(checkout)
}

/// A commit along the content's history.
#[derive(Debug, Clone)]
pub struct Point {
    pub id: gix::ObjectId,
    /// The content folder's tree at this commit.
    pub tree: gix::ObjectId,
    /// The committer's date, in the commit's own time zone.
    pub date: crate::model::date::PartialDate,
}

/// The commits that changed the content folder, oldest first.
#[derive(Debug)]
pub struct Walk {
    pub repo: gix::Repository,
    pub points: Vec<Point>,
    /// The repository is a shallow clone: older commits are not there.
    pub shallow: bool,
}

/// The commits along the first parents from HEAD at which the folder
/// `content` differs from the commit before (where `tags` is given, only
/// those a matching tag names), oldest first. `None` where the folder is
/// in no repository, or HEAD has no commit.
pub fn walk(content: &Path, tags: Option<&globset::GlobMatcher>) -> Result<Option<Walk>, Fatal> {
    let Ok((repo, inside)) = open(content) else {
        return Ok(None);
    };
    let Ok(head) = repo.head_id() else {
        return Ok(None);
    };
    let tagged = match tags {
        None => None,
        Some(glob) => Some(tagged(&repo, glob)?),
    };
    let mut chain = Vec::new();
    let mut shallow = false;
    let mut next = Some(head.detach());
    while let Some(id) = next.take() {
        let commit = repo.find_commit(id).map_err(failed)?;
        let tree = subtree(commit.tree().map_err(failed)?, &inside)?;
        let time = commit.time().map_err(failed)?;
        next = commit.parent_ids().next().map(gix::Id::detach);
        if let Some(parent) = next
            && repo.find_commit(parent).is_err()
        {
            // A shallow clone's oldest commit names a parent it lacks.
            shallow = true;
            next = None;
        }
        if let Some(tree) = tree
            && tagged.as_ref().is_none_or(|t| t.contains(&id))
        {
            chain.push(Point {
                id,
                tree,
                date: date_of(time),
            });
        }
    }
    chain.reverse();
    chain.dedup_by(|later, earlier| later.tree == earlier.tree);
    shallow |= repo.is_shallow().unwrap_or(false);
    Ok(Some(Walk {
        repo,
        points: chain,
        shallow,
    }))
}

/// The commits that tags matching `glob` name (annotated tags peeled).
fn tagged(
    repo: &gix::Repository,
    glob: &globset::GlobMatcher,
) -> Result<std::collections::HashSet<gix::ObjectId>, Fatal> {
    let refs = repo.references().map_err(failed)?;
    let mut out = std::collections::HashSet::new();
    for mut r in refs.tags().map_err(failed)?.filter_map(Result::ok) {
        let name = r.name().shorten().to_str_lossy().into_owned();
        if glob.is_match(&name)
            && let Ok(id) = r.peel_to_id()
        {
            out.insert(id.detach());
        }
    }
    Ok(out)
}

/// A commit's time as the date it was in its own time zone.
fn date_of(time: gix::date::Time) -> crate::model::date::PartialDate {
    let local = time.seconds + i64::from(time.offset);
    let (year, month, day) = crate::model::date::civil_from_days(local.div_euclid(86_400));
    crate::model::date::PartialDate {
        year: i32::try_from(year).unwrap_or(i32::MAX),
        month: u8::try_from(month).ok(),
        day: u8::try_from(day).ok(),
    }
}

/// The tree of the folder `path` in `tree`, where there is one; `tree`
/// itself for an empty path (a content folder at the repository's top).
fn subtree(tree: gix::Tree<'_>, path: &Path) -> Result<Option<gix::ObjectId>, Fatal> {
    let parts: Vec<String> = path
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.is_empty() {
        return Ok(Some(tree.id));
    }
    Ok(tree
        .lookup_entry(parts.iter().map(String::as_str))
        .map_err(failed)?
        .filter(|e| e.mode().is_tree())
        .map(|e| e.object_id()))
}

/// The files under `tree`, by path within it, with their blobs' ids, in
/// path order; links and submodules are left out.
pub fn entries(
    repo: &gix::Repository,
    tree: gix::ObjectId,
) -> Result<Vec<(PathBuf, gix::ObjectId)>, Fatal> {
    let tree = repo.find_tree(tree).map_err(failed)?;
    let mut found = gix::traverse::tree::Recorder::default();
    tree.traverse().breadthfirst(&mut found).map_err(failed)?;
    let mut out: Vec<(PathBuf, gix::ObjectId)> = found
        .records
        .into_iter()
        .filter(|e| e.mode.is_blob())
        .filter_map(|e| Some((relative(&e.filepath.to_str_lossy())?, e.oid)))
        .collect();
    out.sort();
    Ok(out)
}

/// A blob's bytes.
pub fn blob(repo: &gix::Repository, id: gix::ObjectId) -> Result<Vec<u8>, Fatal> {
    Ok(repo.find_object(id).map_err(failed)?.detach().data)
}

/// A path from a git tree as a relative path of plain names: `None` for
/// any other (`..`, an empty part, or a `\\` or `:` that a Windows path
/// would read as a separator or a drive), which is never read or written.
fn relative(path: &str) -> Option<PathBuf> {
    let plain =
        |part: &str| !part.is_empty() && part != "." && part != ".." && !part.contains(['\\', ':']);
    path.split('/').all(plain).then(|| PathBuf::from(path))
}

/// A new folder in the system's temporary folder.
fn temporary() -> Result<PathBuf, Fatal> {
    let base = std::env::temp_dir();
    for n in 0..1000u32 {
        let root = base.join(format!("mueang-diff-{}-{n}", std::process::id()));
        match std::fs::create_dir(&root) {
            Ok(()) => return Ok(root),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(failed(e)),
        }
    }
    Err(failed("no free temporary folder name"))
}
