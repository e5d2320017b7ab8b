//! Load: what a file is, from its place and name, and whether its id is one.

use std::path::Path;

use unicode_normalization::UnicodeNormalization;

use super::source::*;
use crate::catalogue::Said;
use crate::diag::{Diagnostic, closest};

/// What a file under `content/` is, from its place and name.
pub(super) enum Role {
    Config,
    Sources,
    Record { kind: Kind, id: String, body: bool },
    Translation { kind: Kind, id: String, body: bool },
}

impl Role {
    /// Whether the file is Markdown with front matter (else all YAML).
    pub(super) fn markdown(&self) -> bool {
        match self {
            Role::Config | Role::Sources => false,
            Role::Record { body, .. } | Role::Translation { body, .. } => *body,
        }
    }
}

pub(super) fn classify(
    rel: &Path,
    path: &str,
    shown: &str,
) -> Result<Option<Role>, Box<Diagnostic>> {
    if let Some(d) = unread(rel, path, shown) {
        return Err(Box::new(d));
    }
    let parts = parts(rel);
    match parts.as_slice() {
        [name] if name == "site.yaml" => Ok(Some(Role::Config)),
        [name] if name == "sources.yaml" => Ok(Some(Role::Sources)),
        [folder, name] => {
            let Some(kind) = Kind::from_folder(folder) else {
                return Ok(None);
            };
            let Some((stem, body)) = record_stem(name) else {
                return Ok(None);
            };
            if let Some(id) = stem.strip_suffix(".en") {
                check_id(id, path)?;
                return Ok(Some(Role::Translation {
                    kind,
                    id: id.to_string(),
                    body,
                }));
            }
            if let Some((id, lang)) = stem.rsplit_once('.')
                && lang.len() == 2
                && lang.chars().all(|c| c.is_ascii_lowercase())
            {
                let help = if lang == "th" {
                    Said::new("thai-has-no-language").arg("name", format!("{id}.md"))
                } else {
                    Said::new("languages-of-site")
                };
                return Err(Box::new(Diagnostic::said(
                    path,
                    Said::new("not-a-language").arg("lang", lang),
                    Some(help),
                )));
            }
            check_id(stem, path)?;
            Ok(Some(Role::Record {
                kind,
                id: stem.to_string(),
                body,
            }))
        }
        _ => Ok(None),
    }
}

fn parts(rel: &Path) -> Vec<String> {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect()
}

/// A record's name without its ending, and whether it is Markdown (else
/// YAML); `None` for a name that does not end as a record's does.
fn record_stem(name: &str) -> Option<(&str, bool)> {
    match name.strip_suffix(".md") {
        Some(stem) => Some((stem, true)),
        None => name
            .strip_suffix(".yaml")
            .or_else(|| name.strip_suffix(".yml"))
            .map(|stem| (stem, false)),
    }
}

/// Why the file `rel` of the content folder is not read, from its place
/// and name alone: every file but `site.yaml`, `sources.yaml` and the
/// `.md`, `.yaml` and `.yml` files directly in a kind's folder. (The
/// walk leaves out hidden files and the system's and editors' own
/// before this; `ignore:` in `site.yaml` quiets the rest.)
pub(super) fn unread(rel: &Path, path: &str, shown: &str) -> Option<Diagnostic> {
    let parts = parts(rel);
    let kinds = || Kind::ALL.map(Kind::folder).join(", ");
    let or_ignore = |pattern: &str| {
        Said::new("or-ignore")
            .arg("pattern", pattern)
            .arg("file", format!("{shown}/site.yaml"))
    };
    let not_a_record =
        |help: Said| Diagnostic::said(path, Said::new("file-not-a-record"), Some(help));
    match parts.as_slice() {
        [name] if name == "site.yaml" || name == "sources.yaml" => None,
        [name] if name == "site.yml" || name == "sources.yml" => Some(Diagnostic::said(
            path,
            Said::new("file-must-end-in-yaml"),
            Some(Said::new("rename-it").arg("name", name.replace(".yml", ".yaml"))),
        )),
        [name] => Some(not_a_record(
            Said::new("file-not-a-record-top-help")
                .arg("kinds", kinds())
                .arg("content", shown)
                .arg("name", name.as_str())
                .said("ignore", or_ignore(&literal(name, true))),
        )),
        [folder, ..] if Kind::from_folder(folder).is_none() => {
            // A record in a misspelt folder is to be moved, not ignored;
            // and a folder named `site.yaml` cannot be written in.
            let record = parts.last().is_some_and(|name| record_like(name).is_some());
            let keep = (folder != "site.yaml").then(|| {
                Said::new("keep-other-files")
                    .arg("folder", format!("{shown}/{folder}/"))
                    .said("ignore", or_ignore(&format!("{}/", literal(folder, false))))
            });
            let help = match (closest(folder, Kind::ALL.map(Kind::folder)), keep) {
                (Some(k), Some(keep)) if !record => Said::new("kind-near-or-keep")
                    .arg("near", format!("{shown}/{k}/"))
                    .said("keep", keep),
                (Some(k), _) => Said::new("did-you-mean").arg("near", format!("{shown}/{k}/")),
                (None, Some(keep)) => Said::new("records-go-in-or-keep")
                    .arg("kinds", kinds())
                    .said("keep", keep),
                (None, None) => Said::new("records-go-in").arg("kinds", kinds()),
            };
            Some(Diagnostic::said(
                path,
                Said::new("not-a-kind").arg("folder", folder.as_str()),
                Some(help),
            ))
        }
        [folder, name] => {
            if record_stem(name).is_some() {
                return None;
            }
            let here = format!("{shown}/{folder}/");
            if let Some(renamed) = record_name(name) {
                // A record saved with another spelling of its ending would
                // be missing from every figure.
                let ending = name.rsplit_once('.').map_or("", |(_, e)| e);
                return Some(Diagnostic::said(
                    path,
                    Said::new("record-ending").arg("ending", ending),
                    Some(Said::new("rename-it").arg("name", renamed)),
                ));
            }
            let record = name
                .rsplit_once('.')
                .and_then(|(inner, ending)| Some((inner, record_like(inner)?, ending)));
            let keep = or_ignore(&format!(
                "{}/{}",
                literal(folder, false),
                literal(name, false)
            ));
            Some(match record {
                // Notepad and TextEdit add `.txt` to a name they do not know.
                Some((inner, renamed, ending)) if ending.eq_ignore_ascii_case("txt") => {
                    let before = inner.rsplit_once('.').map_or("", |(_, e)| e);
                    Diagnostic::said(
                        path,
                        Said::new("record-txt")
                            .arg("ending", ending)
                            .arg("before", before),
                        Some(Said::new("rename-it").arg("name", renamed)),
                    )
                }
                Some((_, renamed, _)) => not_a_record(
                    Said::new("kind-folder-copy-help")
                        .arg("renamed", renamed)
                        .arg("folder", here)
                        .said("ignore", keep),
                ),
                None => not_a_record(
                    Said::new("kind-folder-stray-help")
                        .arg("name", name.as_str())
                        .arg("folder", here)
                        .said("ignore", keep),
                ),
            })
        }
        [folder, sub, .., name] => {
            let pattern = format!("{}/{}/", literal(folder, false), literal(sub, false));
            Some(if record_like(name).is_some() {
                Diagnostic::said(
                    path,
                    Said::new("records-not-in-sub-folders"),
                    Some(
                        Said::new("records-not-in-sub-folders-help")
                            .arg("folder", format!("{shown}/{folder}/"))
                            .said("ignore", or_ignore(&pattern)),
                    ),
                )
            } else {
                not_a_record(
                    Said::new("kind-folder-sub-folder-help")
                        .arg("sub", sub.as_str())
                        .arg("folder", format!("{shown}/{folder}/"))
                        .said("ignore", or_ignore(&pattern)),
                )
            })
        }
        [] => None,
    }
}

/// The name a record saved as `bus.MD`, `bus.markdown` or `bus.YAML`
/// would be read by; `None` for a file that is not a record's.
fn record_name(name: &str) -> Option<String> {
    let (stem, ending) = name.rsplit_once('.')?;
    let ending = match ending.to_ascii_lowercase().as_str() {
        "md" | "markdown" | "mdown" | "mkd" => "md",
        "yaml" | "yml" => "yaml",
        _ => return None,
    };
    Some(format!("{stem}.{ending}"))
}

/// The name a record would be read by, where `name` is one (`bus.md`) or
/// is one spelt otherwise (`bus.MD`, `bus.markdown`).
fn record_like(name: &str) -> Option<String> {
    match record_stem(name) {
        Some(_) => Some(name.to_string()),
        None => record_name(name),
    }
}

/// `name` as a pattern of `ignore:` that matches only itself: the
/// characters patterns give a meaning to, each in brackets (`[[]`). At
/// the top of the folder, a name that starts with `!` takes a `/`.
pub(super) fn literal(name: &str, top: bool) -> String {
    let mut out = String::new();
    if top && name.starts_with('!') {
        out.push('/');
    }
    for c in name.chars() {
        match c {
            '*' | '?' | '[' | ']' | '{' | '}' => {
                out.push('[');
                out.push(c);
                out.push(']');
            }
            // A pattern may not hold `\` (it is not a folder separator).
            '\\' => out.push('?'),
            _ => out.push(c),
        }
    }
    out
}

/// Names Windows keeps for devices: a folder named so cannot be made there.
pub const WINDOWS_DEVICES: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Ids are file names and URL parts: `a-z`, `0-9` and single `-` between.
pub(crate) fn check_id(id: &str, path: &str) -> Result<(), Box<Diagnostic>> {
    let valid = !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if valid && WINDOWS_DEVICES.contains(&id) {
        return Err(Box::new(Diagnostic::said(
            path,
            Said::new("id-windows-device").arg("id", id),
            Some(Said::new("id-windows-device-help").arg("name", format!("{id}-1"))),
        )));
    }
    if valid {
        return Ok(());
    }
    let shown: String = id.chars().take(40).collect();
    let ellipsis = if id.chars().count() > 40 { "…" } else { "" };
    let message = if id.len() > MAX_ID_LEN {
        Said::new("id-too-long")
            .arg("id", format!("{shown}{ellipsis}"))
            .arg("bytes", id.len().to_string())
            .arg("limit", MAX_ID_LEN.to_string())
    } else {
        Said::new("id-not-valid").arg("id", format!("{shown}{ellipsis}"))
    };
    let mut suggestion = slugify(id);
    if WINDOWS_DEVICES.contains(&suggestion.as_str()) {
        suggestion.push_str("-1");
    }
    let help = if suggestion.is_empty() {
        Said::new("id-how-latin")
    } else {
        Said::new("id-how-rename").arg("name", suggestion)
    };
    Err(Box::new(Diagnostic::said(path, message, Some(help))))
}

pub(crate) fn slugify(id: &str) -> String {
    let mut out = String::new();
    // Decomposed, `é` is `e` and a mark, so `café` suggests `cafe`.
    for c in id.nfd().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if matches!(c, ' ' | '_' | '-' | '.') && !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(MAX_ID_LEN).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_slugs_with_a_fix() {
        assert!(check_id("rayong-green-belt", "p").is_ok());
        assert!(check_id("sca-1", "p").is_ok());
        let err = |id: &str| check_id(id, "p").unwrap_err();
        assert_eq!(
            err("Rayong Green_Belt").help.unwrap(),
            "an id uses only a-z, 0-9 and `-` (it is part of the page's address): rename the file to `rayong-green-belt`"
        );
        assert_eq!(err("-x").message, "`-x` is not a valid id");
        assert_eq!(err("a--b").message, "`a--b` is not a valid id");
        assert!(
            err("ระยอง")
                .help
                .unwrap()
                .ends_with("such as `rayong-green-belt`")
        );
        assert_eq!(
            err(&"a".repeat(101)).message,
            format!(
                "the id `{}…` is too long (101 bytes; the limit is 100)",
                "a".repeat(40)
            )
        );
    }

    #[test]
    fn languages_endings_and_sub_folders_are_said_in_thai_and_english() {
        let refused = |rel: &str| {
            let d = classify(Path::new(rel), &format!("content/{rel}"), "content")
                .err()
                .unwrap();
            d.in_both()
        };
        let said: Vec<String> = [
            "cities/x.fr.md",
            "cities/x.th.md",
            "site.yml",
            "cities/drafts/photo.jpg",
        ]
        .into_iter()
        .flat_map(refused)
        .collect();
        assert_eq!(
            said,
            [
                "content/cities/x.fr.md: `.fr` is not a language of this site | mueang sites are in Thai (`ID.md`) and English (`ID.en.md`)",
                "content/cities/x.fr.md: `.fr` ไม่ใช่ภาษาของเว็บไซต์นี้ | เว็บไซต์ของ mueang มีภาษาไทย (`ID.md`) และภาษาอังกฤษ (`ID.en.md`)",
                "content/cities/x.th.md: `.th` is not a language of this site | the Thai record has no language in its name: rename it to `x.md`",
                "content/cities/x.th.md: `.th` ไม่ใช่ภาษาของเว็บไซต์นี้ | ระเบียนภาษาไทยไม่ต้องมีรหัสภาษาในชื่อไฟล์: เปลี่ยนชื่อไฟล์เป็น `x.md`",
                "content/site.yml: this file must end in `.yaml` | rename it to `site.yaml`",
                "content/site.yml: ชื่อไฟล์นี้ต้องลงท้ายด้วย `.yaml` | เปลี่ยนชื่อไฟล์เป็น `site.yaml`",
                "content/cities/drafts/photo.jpg: this file is not read: it is not a record | a folder of records holds only `ID.md`, `ID.en.md` and `ID.yaml` files, and no folders: move `drafts/` out of `content/cities/`, or add `cities/drafts/` to `ignore:` in `content/site.yaml`",
                "content/cities/drafts/photo.jpg: ไฟล์นี้ไม่ถูกอ่าน: ไม่ใช่ระเบียน | โฟลเดอร์ของระเบียนมีได้เพียงไฟล์ `ID.md`, `ID.en.md` และ `ID.yaml` และมีโฟลเดอร์ย่อยไม่ได้: ย้าย `drafts/` ออกจาก `content/cities/` หรือเพิ่ม `cities/drafts/` ในรายการ `ignore:` ของ `content/site.yaml`",
            ]
        );
    }
}
