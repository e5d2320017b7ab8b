//! The default theme's interface strings: every key the code or a template
//! names is in both the Thai and the English file, and every string filled
//! with a count has its singular form (`1 project`, not `1 projects`).

use std::path::Path;

use mueang::model::Lang;
use mueang::render::view::COUNTED;
use mueang::theme::{Strings, embedded_strings, string};

use crate::support::repo;

/// The text of every file under `dir` whose name ends in `ext`.
fn files(dir: &Path, ext: &str) -> Vec<(String, String)> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(ext))
        .map(|e| {
            let text = std::fs::read_to_string(e.path()).expect("read");
            (e.path().display().to_string(), text)
        })
        .collect()
}

/// The literal keys `text` passes to `call` (`fill_n("chart.areas_n"`),
/// across spaces and line breaks; a key held in a variable is not seen.
fn keys_passed_to(text: &str, call: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices(call) {
        // `.t(` and not `.fill_t(`: the call's name stands alone.
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = text[at + call.len()..].trim_start();
        let Some(rest) = rest.strip_prefix('"') else {
            continue;
        };
        let key: String = rest
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_' || *c == '.')
            .collect();
        if rest[key.len()..].starts_with('"') && !key.is_empty() {
            out.push(key);
        }
    }
    out
}

/// The keys a template names as `t.a.b`.
fn template_keys(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices("t.") {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            continue;
        }
        let key: String = text[at + 2..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_' || *c == '.')
            .collect();
        let key = key.trim_end_matches('.');
        if !key.is_empty() {
            out.push(key.to_string());
        }
    }
    out
}

fn strings() -> (Strings, Strings) {
    let mut all = embedded_strings();
    (
        all.remove(&Lang::Th).expect("Thai strings"),
        all.remove(&Lang::En).expect("English strings"),
    )
}

#[test]
fn every_string_filled_with_a_count_has_a_singular_form_in_english() {
    let (th, en) = strings();
    let mut missing = Vec::new();
    for key in COUNTED {
        for key in [key.to_string(), format!("{key}_one")] {
            if string(&en, &key).is_none() || string(&th, &key).is_none() {
                missing.push(key);
            }
        }
    }
    assert_eq!(missing, Vec::<String>::new());
    // Every key the code fills with a count is one of them (a key held in
    // a variable is checked where it is filled, in debug builds).
    let mut unlisted = Vec::new();
    for (path, text) in files(&repo().join("src"), ".rs") {
        for call in ["fill_n(", "fill_counted("] {
            for key in keys_passed_to(&text, call) {
                if !COUNTED.contains(&key.as_str()) {
                    unlisted.push(format!("{path}: {key}"));
                }
            }
        }
    }
    assert_eq!(unlisted, Vec::<String>::new());
}

#[test]
fn the_english_singular_says_one() {
    let (_, en) = strings();
    let one = |key: &str| {
        string(&en, &format!("{key}_one"))
            .expect("listed")
            .to_string()
    };
    assert_eq!(one("chart.projects_n"), "{n} project");
    assert_eq!(one("cities.count"), "{n} area");
    assert_eq!(one("data.bytes"), "{n} byte");
    assert_eq!(one("projects.total"), "{n} project; its value: {value}");
    assert_eq!(one("chart.status.desc"), "{status}: the only project.");
}

#[test]
fn every_key_the_code_and_the_templates_name_is_in_both_languages() {
    let (th, en) = strings();
    let mut named = Vec::new();
    for (path, text) in files(&repo().join("src"), ".rs") {
        for call in [".t(", ".fill(", ".fill_n(", ".fill_counted("] {
            named.extend(
                keys_passed_to(&text, call)
                    .into_iter()
                    .map(|k| (path.clone(), k)),
            );
        }
        for key in keys_passed_to(&text, "tie_key(") {
            named.push((path.clone(), format!("{key}_tie")));
            named.push((path.clone(), key));
        }
    }
    let templates = files(&repo().join("themes/default/templates"), ".html");
    for (path, text) in &templates {
        named.extend(template_keys(text).into_iter().map(|k| (path.clone(), k)));
    }
    assert!(named.len() > 150, "only {} keys found", named.len());
    let missing: Vec<String> = named
        .iter()
        .filter(|(_, key)| {
            let is_text = |s: &Strings| string(s, key).is_some();
            let is_map = |s: &Strings| {
                let mut map = Some(s);
                for part in key.split('.') {
                    map = map.and_then(|m| m.get(part)).and_then(|v| v.as_object());
                }
                map.is_some()
            };
            // A template may hand a group of strings on (`t.nav`).
            !((is_text(&th) && is_text(&en)) || (is_map(&th) && is_map(&en)))
        })
        .map(|(path, key)| format!("{path}: {key}"))
        .collect();
    assert_eq!(missing, Vec::<String>::new());
}

/// What an editor may write for a domain or a status: its key, or the
/// Thai label the site shows for it (the first alias), which must stay
/// the theme's.
#[test]
fn each_vocabulary_word_takes_the_thai_label_the_site_shows() {
    use mueang::model::vocab::{CityStatus, Domain, ProjectStatus, Vocabulary};
    let strings = embedded_strings();
    let th = &strings[&Lang::Th];
    fn check<V: Vocabulary>(th: &Strings, group: &str) {
        for v in V::ALL {
            let label = string(th, &format!("{group}.{}", v.key())).expect("a label");
            assert_eq!(v.aliases().first(), Some(&label), "{group}.{}", v.key());
            assert_eq!(V::from_key(label).map(|x| x.key()), Some(v.key()));
        }
    }
    check::<Domain>(th, "domain");
    check::<CityStatus>(th, "status");
    check::<ProjectStatus>(th, "project_status");
}

/// Every message id the code names is in both catalogue files: a
/// `Said::new("id")`, or an id chosen by a `match` in a file that says
/// things with the catalogue (a kebab-case text on a line of its own or
/// after `=>`).
#[test]
fn every_message_the_code_names_is_in_the_catalogue() {
    use mueang::lang::Lang;
    let known = mueang::catalogue::ids(Lang::En);
    assert_eq!(known, mueang::catalogue::ids(Lang::Th));
    let kebab = |s: &str| {
        s.contains('-')
            && s.split('-').all(|w| {
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            })
    };
    let mut named = std::collections::BTreeSet::new();
    for entry in walkdir::WalkDir::new(repo().join("src")) {
        let entry = entry.expect("walk src");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("read");
        if !text.contains("Said") {
            continue;
        }
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for line in code.lines() {
            let saying = line.contains("Said::new(") || line.contains("=> \"") || {
                let t = line.trim().trim_end_matches(',');
                t.starts_with('"') && t.ends_with('"')
            };
            if !saying {
                continue;
            }
            for (i, part) in line.split('"').enumerate() {
                if i % 2 == 1 && kebab(part) {
                    named.insert(part.to_string());
                }
            }
        }
    }
    let missing: Vec<&String> = named.iter().filter(|id| !known.contains(id)).collect();
    assert!(
        missing.is_empty(),
        "not in src/catalogue/*.ftl: {missing:?}"
    );
    assert!(named.len() > 90, "only {} ids found", named.len());
}
