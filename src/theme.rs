//! Render input: the theme. The default theme is compiled into the binary;
//! a site's own `themes/NAME/` (beside `content/`) overrides it file by
//! file: a template or static file of the same name replaces the default,
//! and interface strings replace the default key by key.
//!
//! Guarantees: only regular files inside the theme folder are read (a
//! symlink is an error, so a theme cannot pull in `/etc/passwd`); the
//! Thai and English strings have the same keys.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::catalogue::Said;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::SourceFile;
use crate::load::yaml::Block;
use crate::model::Lang;

static DEFAULT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// A theme file larger than this is refused (fonts are ~12 KB).
pub const MAX_THEME_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// Interface strings of one language, nested as written
/// (`status: {certified: …}`), for templates (`t.status.certified`).
pub type Strings = serde_json::Map<String, serde_json::Value>;

#[derive(Debug, Clone)]
pub struct Theme {
    pub name: String,
    /// The theme's folder on disk as shown in messages, where the user's
    /// site has one: `themes/civic`, or `site/themes/civic` beside
    /// `--content site/content`.
    pub shown_root: String,
    /// Template name (`home.html`) → its text and where it came from.
    pub templates: BTreeMap<String, ThemeFile>,
    /// Path under `static/` (`fonts/x.woff2`) → bytes.
    pub statics: BTreeMap<String, Vec<u8>>,
    pub strings: BTreeMap<Lang, Strings>,
}

#[derive(Debug, Clone)]
pub struct ThemeFile {
    /// As shown in messages: `themes/default/templates/home.html`.
    pub path: String,
    pub text: String,
}

/// Loads the theme `name`: the compiled-in default, overridden by
/// `site_root/themes/name/` where it exists. A theme other than `default`
/// must exist on disk. `shown_content` is how the content folder is
/// named in messages (`content`, or what `--content` gave); the theme's
/// files are named beside it.
///
/// A file with more than one name (a hard link) is read only where
/// `allow_hard_links` (the site's `allow_hard_links: true`).
pub fn load(
    site_root: &Path,
    shown_content: &str,
    name: &str,
    allow_hard_links: bool,
    diags: &mut Diagnostics,
) -> Option<Theme> {
    let mut files: BTreeMap<String, (String, Vec<u8>)> = BTreeMap::new();
    collect_embedded(&DEFAULT, &mut files);
    let folder = site_root.join("themes").join(name);
    let shown_root = match Path::new(shown_content.trim_end_matches('/')).parent() {
        Some(p) if !p.as_os_str().is_empty() => format!("{}/themes/{name}", p.display()),
        _ => format!("themes/{name}"),
    };
    if folder.is_dir() {
        let disk = Disk {
            folder: &folder,
            shown_root: &shown_root,
            allow_hard_links,
        };
        collect_disk(&disk, &mut files, diags);
    } else if name != "default" {
        diags.push(
            Diagnostic::said(
                format!("{}/site.yaml", shown_content.trim_end_matches('/')),
                Said::new("theme-missing").arg("theme", name),
                Some(Said::new("theme-missing-help").arg("folder", folder.display().to_string())),
            )
            .field("theme"),
        );
        return None;
    }

    let mut theme = Theme {
        shown_root: shown_root.clone(),
        name: name.to_string(),
        templates: BTreeMap::new(),
        statics: BTreeMap::new(),
        strings: BTreeMap::new(),
    };
    let default_strings = default_strings(diags)?;
    for (rel, (shown, bytes)) in files {
        if let Some(name) = rel.strip_prefix("templates/") {
            match String::from_utf8(bytes) {
                Ok(text) => {
                    theme.templates.insert(
                        name.to_string(),
                        ThemeFile {
                            path: shown,
                            text: text.replace("\r\n", "\n"),
                        },
                    );
                }
                Err(_) => diags.push(Diagnostic::said(
                    shown,
                    Said::new("template-not-utf8"),
                    Some(Said::new("template-not-utf8-help")),
                )),
            }
        } else if let Some(name) = rel.strip_prefix("static/") {
            theme.statics.insert(name.to_string(), bytes);
        } else if let Some(code) = rel
            .strip_prefix("i18n/")
            .and_then(|f| f.strip_suffix(".yaml"))
        {
            let Some(lang) = Lang::from_code(code) else {
                diags.push(Diagnostic::warning(shown, "").words(
                    Said::new("theme-strings-no-language"),
                    Some(Said::new("theme-strings-no-language-help")),
                ));
                continue;
            };
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let own = parse_strings(&shown, &text, diags)?;
            let merged = default_strings.get(&lang).cloned().unwrap_or_default();
            theme.strings.insert(lang, merge(merged, own));
        }
    }
    for lang in Lang::ALL {
        theme
            .strings
            .entry(lang)
            .or_insert_with(|| default_strings.get(&lang).cloned().unwrap_or_default());
    }
    check_same_keys(&theme, diags);
    Some(theme)
}

/// The default theme's interface strings, in every language.
fn default_strings(diags: &mut Diagnostics) -> Option<BTreeMap<Lang, Strings>> {
    let mut strings = BTreeMap::new();
    for lang in Lang::ALL {
        let file = format!("i18n/{}.yaml", lang.code());
        let embedded = DEFAULT
            .get_file(&file)
            .and_then(|f| f.contents_utf8())
            .unwrap_or_default();
        let base = parse_strings(&format!("themes/default/{file}"), embedded, diags)?;
        strings.insert(lang, base);
    }
    Some(strings)
}

/// The default theme's interface strings, for when a site's own theme
/// does not load (`serve` still has to say so in words).
pub fn embedded_strings() -> BTreeMap<Lang, Strings> {
    default_strings(&mut Diagnostics::default()).unwrap_or_default()
}

/// A static file of the compiled-in default theme (`fonts/x.woff2`).
pub fn embedded_static(path: &str) -> Option<&'static [u8]> {
    DEFAULT
        .get_file(format!("static/{path}"))
        .map(include_dir::File::contents)
}

fn collect_embedded(dir: &Dir<'static>, out: &mut BTreeMap<String, (String, Vec<u8>)>) {
    for file in dir.files() {
        let rel = file.path().to_string_lossy().replace('\\', "/");
        out.insert(
            rel.clone(),
            (format!("themes/default/{rel}"), file.contents().to_vec()),
        );
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

/// A theme's folder on disk, and how to read it.
struct Disk<'a> {
    folder: &'a Path,
    /// As shown in messages: `themes/default`.
    shown_root: &'a str,
    allow_hard_links: bool,
}

fn collect_disk(
    disk: &Disk<'_>,
    out: &mut BTreeMap<String, (String, Vec<u8>)>,
    diags: &mut Diagnostics,
) {
    let (folder, shown_root) = (disk.folder, disk.shown_root);
    let walker = walkdir::WalkDir::new(folder)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        // Hidden files and folders (`.git`, `.DS_Store`) and editors' swap
        // files are not the theme's.
        .filter_entry(|e| {
            e.depth() == 0 || !crate::load::is_ignored(&e.file_name().to_string_lossy())
        });
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().map_or_else(|| folder.to_path_buf(), PathBuf::from);
                diags.push(Diagnostic::said(
                    path.display().to_string(),
                    Said::new("theme-folder-unreadable").arg("detail", e.to_string()),
                    None,
                ));
                continue;
            }
        };
        let rel = match entry.path().strip_prefix(folder) {
            Ok(r) => r.to_string_lossy().replace('\\', "/"),
            Err(_) => continue,
        };
        if rel.is_empty() {
            continue;
        }
        let shown = format!("{shown_root}/{rel}");
        let kind = entry.file_type();
        if kind.is_symlink() {
            diags.push(Diagnostic::said(
                shown,
                Said::new("theme-link"),
                Some(Said::new("theme-link-help")),
            ));
            continue;
        }
        if kind.is_dir() {
            continue;
        }
        if !kind.is_file() {
            diags.push(Diagnostic::said(
                shown,
                Said::new("theme-not-a-file"),
                Some(Said::new("theme-not-a-file-help")),
            ));
            continue;
        }
        if rel.len() > crate::output::MAX_PATH_BYTES {
            diags.push(Diagnostic::said(
                shown,
                Said::new("theme-path-too-long")
                    .arg("bytes", rel.len().to_string())
                    .arg("limit", crate::output::MAX_PATH_BYTES.to_string()),
                Some(Said::new("theme-path-too-long-help")),
            ));
            continue;
        }
        let meta = entry.metadata().ok();
        let names = meta.as_ref().map_or(1, crate::load::names);
        if names > 1 && !disk.allow_hard_links {
            diags.push(crate::load::hard_link_error(
                &shown,
                names,
                Said::new("folder-theme"),
            ));
            continue;
        }
        let too_big = meta.is_some_and(|m| m.len() > MAX_THEME_FILE_BYTES);
        if too_big {
            diags.push(Diagnostic::said(
                shown,
                Said::new("theme-file-too-large")
                    .arg("limit", (MAX_THEME_FILE_BYTES / 1024 / 1024).to_string()),
                Some(Said::new("theme-file-too-large-help")),
            ));
            continue;
        }
        match std::fs::read(entry.path()) {
            Ok(bytes) => {
                out.insert(rel, (shown, bytes));
            }
            Err(e) => diags.push(crate::load::unreadable(&shown, &e)),
        }
    }
}

fn parse_strings(path: &str, text: &str, diags: &mut Diagnostics) -> Option<Strings> {
    let file = SourceFile {
        path: path.to_string(),
        text: text.to_string(),
    };
    let block = Block {
        file: &file,
        offset: 0,
        len: file.text.len(),
    };
    match block.parse::<serde_json::Value>("interface strings") {
        Ok(serde_json::Value::Object(map)) => {
            for (key, _) in leaves(&map).into_iter().filter(|(_, v)| !v.is_string()) {
                diags.push(Diagnostic::said(
                    path,
                    Said::new("theme-string-not-text").arg("key", key),
                    Some(Said::new("theme-string-not-text-help")),
                ));
            }
            Some(map)
        }
        Ok(_) => {
            diags.push(Diagnostic::said(
                path,
                Said::new("theme-strings-not-a-map"),
                Some(Said::new("theme-strings-not-a-map-help")),
            ));
            None
        }
        Err(d) => {
            diags.push(*d);
            None
        }
    }
}

/// Every value that is not a map, with its dotted key
/// (`status.certified`), in file order.
fn leaves(map: &Strings) -> Vec<(String, &serde_json::Value)> {
    fn walk<'a>(map: &'a Strings, prefix: &str, out: &mut Vec<(String, &'a serde_json::Value)>) {
        for (k, v) in map {
            let key = format!("{prefix}{k}");
            match v {
                serde_json::Value::Object(inner) => walk(inner, &format!("{key}."), out),
                _ => out.push((key, v)),
            }
        }
    }
    let mut out = Vec::new();
    walk(map, "", &mut out);
    out
}

fn merge(mut base: Strings, own: Strings) -> Strings {
    for (k, v) in own {
        match (base.get_mut(&k), v) {
            (Some(serde_json::Value::Object(b)), serde_json::Value::Object(o)) => {
                let merged = merge(std::mem::take(b), o);
                *b = merged;
            }
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
    base
}

/// Every key, dotted: `status.certified`, sorted.
pub fn keys(map: &Strings) -> Vec<String> {
    let mut out: Vec<String> = leaves(map).into_iter().map(|(k, _)| k).collect();
    out.sort();
    out
}

fn check_same_keys(theme: &Theme, diags: &mut Diagnostics) {
    let (Some(th), Some(en)) = (theme.strings.get(&Lang::Th), theme.strings.get(&Lang::En)) else {
        return;
    };
    let (th, en) = (keys(th), keys(en));
    for (have, lacks, lang) in [(&th, &en, "en"), (&en, &th, "th")] {
        for key in have.iter().filter(|k| lacks.binary_search(k).is_err()) {
            diags.push(Diagnostic::said(
                format!("{}/i18n/{lang}.yaml", theme.shown_root),
                Said::new("theme-string-missing").arg("key", key.as_str()),
                Some(Said::new("theme-string-missing-help").arg("key", key.as_str())),
            ));
        }
    }
}

impl Theme {
    /// The interface strings of `lang` (`load` gives every language a
    /// map, so the empty fallback is never seen).
    pub fn strings_of(&self, lang: Lang) -> &Strings {
        static EMPTY: std::sync::LazyLock<Strings> = std::sync::LazyLock::new(Strings::new);
        self.strings.get(&lang).unwrap_or(&EMPTY)
    }

    /// The string `key` (`status.certified`) in `lang`, or the key itself
    /// where it is missing (which `load` has reported).
    pub fn t(&self, lang: Lang, key: &str) -> String {
        string(self.strings_of(lang), key)
            .unwrap_or(key)
            .to_string()
    }
}

/// The string `key` (`status.certified`) of `strings`, where there is one.
pub fn string<'a>(strings: &'a Strings, key: &str) -> Option<&'a str> {
    let mut at: Option<&serde_json::Value> = None;
    let mut map = Some(strings);
    for part in key.split('.') {
        let m = map?;
        at = m.get(part);
        map = at.and_then(|v| v.as_object());
    }
    at.and_then(|v| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The errors and warnings of `diags`, each as each language says it.
    fn in_both(diags: &Diagnostics) -> Vec<String> {
        diags
            .paths()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .flat_map(|path| diags.of(path))
            .flat_map(|d| d.in_both())
            .collect()
    }

    #[cfg(unix)]
    #[test]
    fn files_a_theme_may_not_hold_are_said_in_thai_and_english() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let stat = root.join("themes/default/static");
        let long = stat.join("a".repeat(100));
        std::fs::create_dir_all(&long).unwrap();
        std::fs::write(root.join("secret.txt"), "x").unwrap();
        std::os::unix::fs::symlink(root.join("secret.txt"), stat.join("link.txt")).unwrap();
        std::fs::hard_link(root.join("secret.txt"), stat.join("hard.txt")).unwrap();
        let _socket = std::os::unix::net::UnixListener::bind(stat.join("s"));
        std::fs::write(long.join("b".repeat(100)), "x").unwrap();
        let big = std::fs::File::create(stat.join("big.woff2")).unwrap();
        big.set_len(MAX_THEME_FILE_BYTES + 1).unwrap();
        let mut diags = Diagnostics::default();
        load(root, "content", "default", false, &mut diags);
        assert_eq!(
            in_both(&diags),
            [
                "themes/default/static/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: this file's path in the theme is 208 bytes long; the output path limit is 200 | shorten its folder or file names",
                "themes/default/static/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: ที่อยู่ของไฟล์นี้ในธีมยาว 208 ไบต์ แต่ที่อยู่ของไฟล์ผลลัพธ์ยาวได้ไม่เกิน 200 ไบต์ | ตั้งชื่อโฟลเดอร์หรือชื่อไฟล์ให้สั้นลง",
                "themes/default/static/big.woff2: this theme file is larger than the limit of 5 MB | make it smaller; fonts should be woff2 subsets",
                "themes/default/static/big.woff2: ไฟล์ธีมนี้ใหญ่เกินขีดจำกัด 5 MB | ลดขนาดไฟล์ลง ไฟล์ฟอนต์ควรเป็น woff2 ที่ตัดเฉพาะตัวอักษรที่ใช้",
                "themes/default/static/hard.txt: this file is a hard link (one file with 2 names): its other name may be outside the theme folder | copy the file instead of linking it; or, if every name of it belongs to the site, set `allow_hard_links: true` in `site.yaml`",
                "themes/default/static/hard.txt: ไฟล์นี้เป็นฮาร์ดลิงก์ (ไฟล์เดียวที่มี 2 ชื่อ): ชื่ออื่นของไฟล์นี้อาจอยู่นอกโฟลเดอร์ธีม | คัดลอกไฟล์แทนการลิงก์ หรือถ้าทุกชื่อของไฟล์นี้เป็นของเว็บไซต์นี้จริง ให้ตั้ง `allow_hard_links: true` ใน `site.yaml`",
                "themes/default/static/link.txt: a theme file may not be a symbolic link | copy the file into the theme folder instead of linking to it",
                "themes/default/static/link.txt: ไฟล์ของธีมเป็นลิงก์ (symbolic link) ไม่ได้ | คัดลอกไฟล์มาไว้ในโฟลเดอร์ธีม แทนการลิงก์",
                "themes/default/static/s: this is not a regular file | remove it",
                "themes/default/static/s: สิ่งนี้ไม่ใช่ไฟล์ธรรมดา | ลบออก",
            ]
        );
    }
}
