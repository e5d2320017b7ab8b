//! The shape of `src/` (ARCHITECTURE.md, "Invariants"): no import cycle
//! among its modules, no stage using a later one, no global mutable
//! state, and no file over 500 lines that ARCHITECTURE.md does not
//! account for. The graph is read by the same code that
//! `cargo run --example modules` prints it with.

#[allow(dead_code)]
#[path = "../../examples/modules.rs"]
mod modules;

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn graph() -> modules::Graph {
    modules::graph(&root().join("src"))
}

#[test]
fn no_module_is_in_an_import_cycle() {
    assert_eq!(modules::cycles(&graph()), Vec::<Vec<String>>::new());
}

#[test]
fn no_stage_uses_a_later_one() {
    assert_eq!(modules::backward(&graph()), Vec::<(String, String)>::new());
}

#[test]
fn every_module_has_its_place_in_the_stages() {
    let unplaced: Vec<String> = graph()
        .uses
        .keys()
        .filter(|m| modules::layer(m).is_none())
        .cloned()
        .collect();
    assert_eq!(
        unplaced,
        Vec::<String>::new(),
        "add them to LAYERS in examples/modules.rs"
    );
}

/// A file over 500 lines is named, with the reason, in ARCHITECTURE.md's
/// section "Long files"; and every file named there is still long.
#[test]
fn long_files_are_accounted_for() {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let section = text
        .split("\n## Long files\n")
        .nth(1)
        .expect("ARCHITECTURE.md has a section `## Long files`");
    let section = section.split("\n## ").next().unwrap_or(section);
    let named: Vec<&str> = section
        .lines()
        .filter_map(|l| l.strip_prefix("- `src/"))
        .filter_map(|l| l.split('`').next())
        .collect();
    let graph = graph();
    let long: Vec<String> = graph
        .lines
        .iter()
        .filter(|(_, n)| **n > 500)
        .map(|(m, _)| file_of(m))
        .collect();
    let unexplained: Vec<&String> = long
        .iter()
        .filter(|f| !named.contains(&f.as_str()))
        .collect();
    assert_eq!(
        unexplained,
        Vec::<&String>::new(),
        "split them, or say why in ARCHITECTURE.md"
    );
    let stale: Vec<&&str> = named
        .iter()
        .filter(|f| !long.iter().any(|l| l == *f))
        .collect();
    assert_eq!(
        stale,
        Vec::<&&str>::new(),
        "no longer over 500 lines: take them out of ARCHITECTURE.md"
    );
}

/// The file of a module path, relative to `src/`: `render::pages` →
/// `render/pages/mod.rs` or `render/pages.rs`, whichever exists.
fn file_of(module: &str) -> String {
    let path = module.replace("::", "/");
    let folder = format!("{path}/mod.rs");
    if root().join("src").join(&folder).is_file() {
        folder
    } else {
        format!("{path}.rs")
    }
}

/// No `static` that can change: no atomics, locks or cells in a static,
/// no `static mut`. (Read-only tables built on first use, `LazyLock` of a
/// value never changed after, are constants.)
#[test]
fn no_global_mutable_state() {
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(root().join("src")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            let is_static = [
                "static ",
                "pub static ",
                "pub(crate) static ",
                "pub(super) static ",
            ]
            .iter()
            .any(|p| code.starts_with(p));
            let mutable = code.contains("static mut ")
                || ["Atomic", "Mutex", "RwLock", "Cell<", "OnceLock", "OnceCell"]
                    .iter()
                    .any(|t| code.contains(t));
            if is_static && mutable {
                found.push(format!("{}:{}: {code}", entry.path().display(), n + 1));
            }
        }
    }
    assert_eq!(found, Vec::<String>::new());
}
