//! The ids `check` and `new` refuse, and docs/content.md's lists of them:
//! each list in the documentation is the code's own, name for name, so
//! that neither can gain a name the other lacks.

use std::collections::BTreeSet;

use mueang::load::WINDOWS_DEVICES;
use mueang::render::urls::SECTIONS;

use crate::support::repo;

/// The names in backquotes in the paragraph of docs/content.md that
/// holds `marker`, up to `end`.
fn listed(marker: &str, end: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(repo().join("docs/content.md")).expect("docs/content.md");
    let paragraph = text
        .split("\n\n")
        .find(|p| p.contains(marker))
        .unwrap_or_else(|| panic!("docs/content.md has no paragraph with {marker:?}"));
    let from = paragraph.find(marker).expect("found") + marker.len();
    let list = &paragraph[from..];
    let list = &list[..list
        .find(end)
        .unwrap_or_else(|| panic!("{end:?} ends the list"))];
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|n| n.to_string()).collect()
}

#[test]
fn docs_list_every_name_a_free_page_may_not_take() {
    assert_eq!(
        listed(
            "may not be one of the site's sections or folders:",
            "`check` refuses"
        ),
        set(&SECTIONS),
        "docs/content.md and SECTIONS in src/render/urls.rs"
    );
}

#[test]
fn docs_list_every_name_windows_keeps_for_a_device() {
    assert_eq!(
        listed(
            "could not be copied to a Windows\ncomputer:",
            "`check` refuses"
        ),
        set(&WINDOWS_DEVICES),
        "docs/content.md and WINDOWS_DEVICES in src/load/classify.rs"
    );
}
