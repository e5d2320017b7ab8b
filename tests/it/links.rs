//! Links: `check` finds a broken link in a record at its line, and
//! `check --links` checks every internal link and asset of a built site.

use crate::build::{build, tree};
use crate::support::{Site, repo, run_in};

#[test]
fn every_link_of_the_built_shipped_and_golden_sites_resolves() {
    let out = tempfile::tempdir().expect("tmp");
    let clean = "mueang check: 0 errors, 0 warnings in `content`\n";
    // The golden site's warnings are part of its fixture; none is a link.
    let golden = "content/cities/korat.md: warning: no English translation: the English page will show the Thai text\n\
                  content/cities/rayong.md:13:16: warning: 10 characters of text from here on are left out of the page: the HTML on this line hides them\n\
                  content/cohorts/c-1.md:13:13: warning: cohort:c-1: project value: reported 1,170 ล้านบาท, but the records hold more: 2,672,512,345 บาท\n\
                  content/pages/about.md: warning: no English translation: the English page will show the Thai text\n\
                  mueang check: 0 errors, 4 warnings in `content`\n";
    for (dir, content, extra, stderr) in [
        (repo(), "content", &[][..], clean),
        (
            repo().join("tests/fixtures/golden"),
            "content",
            &[][..],
            golden,
        ),
        (
            repo(),
            "content",
            &["--base-url", "https://example.org/sub/path/"][..],
            clean,
        ),
    ] {
        let output = out.path().join(format!("o{}", extra.len()));
        let run = build(&dir, content, &output, extra);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let output = output.to_str().expect("UTF-8");
        let mut args = vec!["check", "--links", "--output", output];
        args.extend(extra);
        let check = run_in(&dir, &args);
        assert_eq!(check.stderr, stderr);
        assert_eq!(check.code, 0);
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
    // One error per page that links the stylesheet (every HTML page, so
    // their list is read from the output), and per link to the city page
    // or its English twin, in the order of the files' paths and then of
    // the links in each file.
    let to_rayong = |path: &str| -> &[&str] {
        match path {
            "en/cities/index.html" | "en/provinces/rayong/index.html" | "en/sources/index.html" => {
                &["/en/cities/rayong/"]
            }
            "sitemap.xml" => &["https://example.org/en/cities/rayong/"],
            "th/cities/rayong/index.html" => &[
                "/en/cities/rayong/",
                "https://example.org/en/cities/rayong/",
            ],
            _ => &[],
        }
    };
    let mut expected = String::new();
    let mut errors = 0;
    for path in tree(&site.path().join("output")).keys() {
        let style = path.ends_with(".html").then_some("/assets/style.css");
        for link in style.iter().chain(to_rayong(path)) {
            expected.push_str(&format!(
                "error: broken link `{link}`: no page or file of the site is there\n\
                 --> output/{path}\n \
                 = help: the link is made by the theme's templates or a record's text; fix it there and build again\n\n"
            ));
            errors += 1;
        }
    }
    expected.push_str(&format!(
        "mueang check: {errors} errors, 0 warnings in `content`: fix the errors above\n"
    ));
    assert_eq!(check.stderr, expected);
    assert_eq!(check.code, 1);
    // In order, as a reader of the output sees them (the embedded charts'
    // pages, `data/charts/`, come between these two).
    assert!(check.stderr.starts_with(
        "error: broken link `/assets/style.css`: no page or file of the site is there\n\
         --> output/404.html\n \
         = help: the link is made by the theme's templates or a record's text; fix it there and build again\n\n\
         error: broken link `/assets/style.css`: no page or file of the site is there\n\
         --> output/data/charts/en/"
    ));
    assert!(check.stderr.contains(
        "error: broken link `/assets/style.css`: no page or file of the site is there\n\
         --> output/en/cities/index.html\n \
         = help: the link is made by the theme's templates or a record's text; fix it there and build again\n\n\
         error: broken link `/en/cities/rayong/`: no page or file of the site is there\n\
         --> output/en/cities/index.html\n \
         = help: the link is made by the theme's templates or a record's text; fix it there and build again\n\n"
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
    // Each broken link is on the Thai page and on the English page that
    // shows the same text: it is printed once and counted once.
    assert_eq!(
        check.stderr,
        "content/cities/rayong.md: warning: no English translation: the English page will show the Thai text
error: broken link `#ไม่มี`: the page it names has no element with that `#id`
 --> content/cities/rayong.md:7:38
  |
7 | ดู [ก](/th/cities/?page=2) และ [ไทย](#ไม่มี)
  |                                     ^^^^
  |
  = help: leave out the `#…` part, or use an id the page has

error: broken link `/th/cities/nowhere/`: no page or file of the site is there
 --> content/cities/rayong.md:9:9
  |
9 | อีก [ข](/th/cities/nowhere/)
  |        ^^^^^^^^^^^^^^^^^^^
  |
  = help: open the page you mean in `mueang serve` and copy its address without `http://…` (such as `/th/cities/korat/`), or remove the link

mueang check: 2 errors, 1 warning in `content`: fix the errors above
"
    );
    assert_eq!(check.code, 1);
}
