//! Load: what a file is, from its place and name, and whether its id is one.

use std::path::Path;

use unicode_normalization::UnicodeNormalization;

use super::source::*;
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
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let kinds = || Kind::ALL.map(Kind::folder);
    match parts.as_slice() {
        [name] if name == "site.yaml" => Ok(Some(Role::Config)),
        [name] if name == "sources.yaml" => Ok(Some(Role::Sources)),
        [name] if name == "site.yml" || name == "sources.yml" => Err(Box::new(
            Diagnostic::error(path, "this file must end in `.yaml`")
                .help(format!("rename it to `{}`", name.replace(".yml", ".yaml"))),
        )),
        [_] => Err(Box::new(
            Diagnostic::warning(path, "this file is not read: it is not a record").help(format!(
                "records go in a folder of their kind ({}); only `site.yaml` and \
                     `sources.yaml` belong at the top of `{shown}/`",
                kinds().join(", ")
            )),
        )),
        [folder, name] => {
            let Some(kind) = Kind::from_folder(folder) else {
                let help = match closest(folder, kinds()) {
                    Some(k) => format!("did you mean `{shown}/{k}/`?"),
                    None => format!("records go in one of: {}", kinds().join(", ")),
                };
                return Err(Box::new(
                    Diagnostic::error(path, format!("`{folder}` is not a kind of record"))
                        .help(help),
                ));
            };
            let (stem, body) = if let Some(s) = name.strip_suffix(".md") {
                (s, true)
            } else if let Some(s) = name
                .strip_suffix(".yaml")
                .or_else(|| name.strip_suffix(".yml"))
            {
                (s, false)
            } else if let Some(renamed) = record_name(name) {
                // A record saved with another spelling of its ending would
                // be missing from every figure: an error, not a warning.
                let ending = name.rsplit_once('.').map_or("", |(_, e)| e);
                return Err(Box::new(
                    Diagnostic::error(
                        path,
                        format!("this record is not read: a record's name ends in `.md` or `.yaml`, not `.{ending}`"),
                    )
                    .help(format!("rename it to `{renamed}`")),
                ));
            } else {
                return Err(Box::new(
                    Diagnostic::warning(path, "this file is not read: records end in `.md` or `.yaml`")
                        .help(format!(
                            "rename it if it is a record, or keep other files out of `{shown}/{folder}/`"
                        )),
                ));
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
                    format!("the Thai record has no language in its name: rename it to `{id}.md`")
                } else {
                    "mueang sites are in Thai (`ID.md`) and English (`ID.en.md`)".to_string()
                };
                return Err(Box::new(
                    Diagnostic::error(path, format!("`.{lang}` is not a language of this site"))
                        .help(help),
                ));
            }
            check_id(stem, path)?;
            Ok(Some(Role::Record {
                kind,
                id: stem.to_string(),
                body,
            }))
        }
        _ => Err(Box::new(
            Diagnostic::error(path, "records cannot be in sub-folders").help(format!(
                "move it directly into `{shown}/{}/`",
                parts.first().map_or("", String::as_str)
            )),
        )),
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

/// Names Windows keeps for devices: a folder named so cannot be made there.
pub(super) const WINDOWS_DEVICES: [&str; 22] = [
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
        return Err(Box::new(
            Diagnostic::error(
                path,
                format!("`{id}` cannot be an id: Windows keeps the name for a device, so its page could not be copied there"),
            )
            .help(format!("rename the file to a longer name, such as `{id}-1`")),
        ));
    }
    if valid {
        return Ok(());
    }
    let shown: String = id.chars().take(40).collect();
    let ellipsis = if id.chars().count() > 40 { "…" } else { "" };
    let message = if id.len() > MAX_ID_LEN {
        format!(
            "the id `{shown}{ellipsis}` is too long ({} bytes; the limit is {MAX_ID_LEN})",
            id.len()
        )
    } else {
        format!("`{shown}{ellipsis}` is not a valid id")
    };
    let mut suggestion = slugify(id);
    if WINDOWS_DEVICES.contains(&suggestion.as_str()) {
        suggestion.push_str("-1");
    }
    let help = if suggestion.is_empty() {
        "an id uses only a-z, 0-9 and `-` (it is part of the page's address): use a Latin \
         name such as `rayong-green-belt`"
            .to_string()
    } else {
        format!(
            "an id uses only a-z, 0-9 and `-` (it is part of the page's address): \
             rename the file to `{suggestion}`"
        )
    };
    Err(Box::new(Diagnostic::error(path, message).help(help)))
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
}
