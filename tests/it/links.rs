//! Links: `check` finds a broken link in a record at its line, and
//! `check --links` checks every internal link and asset of a built site.

use crate::build::build;
use crate::support::{Site, repo, run_in};

#[test]
fn every_link_of_the_built_shipped_and_golden_sites_resolves() {
    let out = tempfile::tempdir().expect("tmp");
    for (dir, content, extra) in [
        (repo(), "content", &[][..]),
        (repo().join("tests/fixtures/golden"), "content", &[][..]),
        (
            repo(),
            "content",
            &["--base-url", "https://example.org/sub/path/"][..],
        ),
    ] {
        let output = out.path().join(format!("o{}", extra.len()));
        let run = build(&dir, content, &output, extra);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let output = output.to_str().expect("UTF-8");
        let mut args = vec!["check", "--links", "--output", output];
        args.extend(extra);
        let check = run_in(&dir, &args);
        assert_eq!(check.code, 0, "{}", check.stderr);
        assert!(!check.stderr.contains("broken link"), "{}", check.stderr);
    }
}

#[test]
fn check_links_reports_a_file_missing_from_the_output_folder() {
    let site = Site::minimal();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::remove_file(site.path().join("output/assets/style.css")).expect("remove");
    std::fs::remove_dir_all(site.path().join("output/en/cities/rayong")).expect("remove");
    let check = site.run(&["check", "--links"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    let errors: Vec<&str> = check
        .stderr
        .lines()
        .filter(|l| l.starts_with("error") || l.starts_with("-->"))
        .collect();
    // One error per page that links the stylesheet, the city page and
    // its English twin; here, the first three in order.
    assert_eq!(
        &errors[..6],
        [
            "error: broken link `/assets/style.css`: no page or file of the site is there",
            "--> output/404.html",
            "error: broken link `/assets/style.css`: no page or file of the site is there",
            "--> output/en/cities/index.html",
            "error: broken link `/en/cities/rayong/`: no page or file of the site is there",
            "--> output/en/cities/index.html",
        ]
    );
    assert!(check.stderr.contains(
        "error: broken link `/en/cities/rayong/`: no page or file of the site is there\n\
         --> output/th/cities/rayong/index.html\n \
         = help: the link is made by the theme's templates or a record's text; fix it there and build again\n"
    ));
}

#[test]
fn check_links_needs_a_built_site() {
    let site = Site::minimal();
    let check = site.run(&["check", "--links"]);
    assert_eq!(check.code, 2);
    assert_eq!(
        check.stderr,
        "error: `output` holds no site built by mueang\n  help: run `mueang build` first, or name the folder with --output\n"
    );
}

#[test]
fn a_broken_link_in_a_record_is_an_error_at_its_line() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.en.md",
        "---\ntitle: Rayong\n---\nSee [Korat](../korat/) and [the top](#top) and [sources](/en/sources/).\n",
    );
    let check = site.run(&["check"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    assert_eq!(
        check.stderr,
        "error: broken link `../korat/`: no page or file of the site is there\n \
         --> content/cities/rayong.en.md:4:13\n  |\n\
         4 | See [Korat](../korat/) and [the top](#top) and [sources](/en/sources/).\n  \
         |             ^^^^^^^^^\n  |\n  \
         = help: open the page you mean in `mueang serve` and copy its address without `http://…` \
         (such as `/th/cities/korat/`), or remove the link\n\n\
         error: broken link `#top`: the page it names has no element with that `#id`\n \
         --> content/cities/rayong.en.md:4:38\n  |\n\
         4 | See [Korat](../korat/) and [the top](#top) and [sources](/en/sources/).\n  \
         |                                      ^^^^\n  |\n  \
         = help: leave out the `#…` part, or use an id the page has\n\n\
         mueang check: 2 errors, 0 warnings in `content`: fix the errors above\n"
    );
    // build does not check links: it writes what it is given.
    assert_eq!(site.run(&["build"]).code, 0);
}

#[test]
fn a_thai_link_is_found_where_it_is_written_and_reported_once() {
    let site = Site::minimal();
    // No English file: the English page shows this Thai text too.
    site.remove("content/cities/rayong.en.md");
    site.write(
        "content/cities/rayong.md",
        "---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\nsources: [src-1]\n---\n\
         ดู [ก](/th/cities/?page=2) และ [ไทย](#ไม่มี)\n\nอีก [ข](/th/cities/nowhere/)\n",
    );
    let check = site.run(&["check"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    let errors: Vec<&str> = check
        .stderr
        .lines()
        .filter(|l| l.starts_with("error") || l.starts_with(" -->"))
        .collect();
    assert_eq!(
        errors,
        [
            "error: broken link `#ไม่มี`: the page it names has no element with that `#id`",
            " --> content/cities/rayong.md:7:38",
            "error: broken link `/th/cities/nowhere/`: no page or file of the site is there",
            " --> content/cities/rayong.md:9:9",
        ],
        "{}",
        check.stderr
    );
}
