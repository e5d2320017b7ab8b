//! Web addresses: `base_url` (flag and `site.yaml`) and sources' `url`
//! are read as browsers read them, and refused where what the site would
//! print is not what was meant: credentials, `.`/`..` parts, spaces and
//! quotes. What the root page's script reads is never HTML-escaped text.

use crate::support::Site;

#[test]
fn a_base_url_flag_with_a_password_or_dot_parts_is_refused_before_anything_is_read() {
    let site = Site::minimal();
    for (url, error) in [
        (
            "https://user:pass@example.org/",
            "error: --base-url `https://user:pass@example.org/` holds a user name or password (the part up to `@`), which the site would publish\n  \
             help: leave out the user name and password: `https://example.org/`\n",
        ),
        (
            "https://example.org/../../",
            "error: --base-url `https://example.org/../../` has a `..` part in its path, so links made from it would point to the wrong place\n  \
             help: write the address without `.` and `..` parts: `https://example.org/`\n",
        ),
        (
            "https://example.org/a b/",
            "error: --base-url `https://example.org/a b/` has a space in it\n  \
             help: an address has no spaces, quotes, `<`, `>` or `\\` (a space is written `%20`); \
             write the address the site will be published at, such as `https://example.org/report/`\n",
        ),
        (
            "https://example.org/?lang=th",
            "error: --base-url `https://example.org/?lang=th` has a `?…` or `#…` part, and the site's links are made by adding paths to it\n  \
             help: leave out the `?…` or `#…` part: write only the address of the site's first page\n",
        ),
    ] {
        for command in ["build", "check"] {
            let run = site.run(&[command, "--base-url", url]);
            assert_eq!(
                (run.code, run.stderr.as_str()),
                (2, error),
                "{command} {url}"
            );
            assert_eq!(run.stdout, "");
        }
    }
    assert!(!site.path().join("output").exists());
}

#[test]
fn base_url_in_site_yaml_is_checked_as_the_flag_is() {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        "title: { th: ทดสอบ, en: Test }\nbase_url: https://editor:s3cret@example.org/report/\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: `base_url` holds a user name or password (the part up to `@`), which the site would publish\n \
         --> content/site.yaml:2:11\n  \
         |\n\
         2 | base_url: https://editor:s3cret@example.org/report/\n  \
         |           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `base_url`\n  \
         |\n  \
         = help: leave out the user name and password: `https://example.org/report/`\n\n\
         mueang check: 1 error, 0 warnings in `content`: fix the errors above\n"
    );
    // A path alone may not climb out either, nor name another host.
    for (base, part) in [("/report/../../", "`..`"), ("/./", "`.`")] {
        site.write(
            "content/site.yaml",
            format!("title: {{ th: ทดสอบ, en: Test }}\nbase_url: {base}\n"),
        );
        let run = site.run(&["check"]);
        let carets = "^".repeat(base.len());
        assert_eq!(
            run.stderr,
            format!(
                "error: `base_url` has a {part} part in its path, so links made from it would point to the wrong place\n \
                 --> content/site.yaml:2:11\n  \
                 |\n\
                 2 | base_url: {base}\n  \
                 |           {carets} field `base_url`\n  \
                 |\n  \
                 = help: write the address without `.` and `..` parts: `/`\n\n\
                 mueang check: 1 error, 0 warnings in `content`: fix the errors above\n"
            )
        );
        assert_eq!(run.code, 1, "{base}");
    }
    site.write(
        "content/site.yaml",
        "title: { th: ทดสอบ, en: Test }\nbase_url: //evil.example/\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(
        run.stderr,
        "error: `base_url` must be a web address\n \
         --> content/site.yaml:2:11\n  \
         |\n\
         2 | base_url: //evil.example/\n  \
         |           ^^^^^^^^^^^^^^^ field `base_url`\n  \
         |\n  \
         = help: write the address the site will be published at, such as `https://example.org/report/`\n\n\
         mueang check: 1 error, 0 warnings in `content`: fix the errors above\n"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn an_ampersand_and_thai_in_base_url_reach_every_link_as_an_address_should() {
    let site = Site::minimal();
    let run = site.run(&["build", "--base-url", "https://example.org/r&d/รายงาน"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let base = "/r&d/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99/";
    let root = std::fs::read_to_string(site.path().join("output/index.html")).expect("root");
    let escaped = base.replace('&', "&amp;");
    // The script reads the addresses from attributes (where `&amp;` is
    // `&`); none is written into its text.
    assert!(
        root.contains(&format!(
            "<script data-lang-th=\"{escaped}th/\" data-lang-en=\"{escaped}en/\" data-default=\"th\">\n"
        )),
        "{root}"
    );
    let script =
        &root[root.find("<script").expect("a script")..root.find("</script>").expect("end")];
    let body = &script[script.find('>').expect("tag end")..];
    assert!(!body.contains("&amp;") && !body.contains("r&d"), "{body}");
    let home = std::fs::read_to_string(site.path().join("output/th/index.html")).expect("home");
    assert!(home.contains(&format!(
        "<link rel=\"canonical\" href=\"https://example.org{escaped}th/\">"
    )));
    let sitemap = std::fs::read_to_string(site.path().join("output/sitemap.xml")).expect("sitemap");
    assert!(sitemap.contains(&format!(
        "<loc>https://example.org{escaped}en/cities/rayong/</loc>"
    )));
    let links = site.run(&[
        "check",
        "--links",
        "--base-url",
        "https://example.org/r&d/รายงาน",
    ]);
    assert_eq!(links.code, 0, "{}", links.stderr);
}

#[test]
fn source_urls_with_spaces_quotes_passwords_or_dot_parts_are_refused() {
    let site = Site::minimal();
    site.write(
        "content/sources.yaml",
        "src-1:\n  publisher: P\n  title: T\n  date: 2022\n  url: https://example.org/a report.pdf\n\
         src-2:\n  publisher: P\n  title: T\n  date: 2022\n  url: 'https://example.org/\" onclick=\"x'\n\
         src-3:\n  publisher: P\n  title: T\n  date: 2022\n  url: https://u:p@example.org/\n\
         src-4:\n  publisher: P\n  title: T\n  date: 2022\n  url: https://example.org/a/../b\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(
        run.stderr,
        r#"error: a source's `url` has a space in it
 --> content/sources.yaml:5:8
  |
5 |   url: https://example.org/a report.pdf
  |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `url`
  |
  = help: an address has no spaces, quotes, `<`, `>` or `\` (a space is written `%20`); copy the address from the browser's address bar

error: a source's `url` has a `"` in it
  --> content/sources.yaml:10:8
   |
10 |   url: 'https://example.org/" onclick="x'
   |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ field `url`
   |
   = help: an address has no spaces, quotes, `<`, `>` or `\` (a space is written `%20`); copy the address from the browser's address bar

error: a source's `url` holds a user name or password (the part up to `@`), which the site would publish
  --> content/sources.yaml:15:8
   |
15 |   url: https://u:p@example.org/
   |        ^^^^^^^^^^^^^^^^^^^^^^^^ field `url`
   |
   = help: leave out the user name and password: `https://example.org/`

error: a source's `url` has a `..` part in its path, so links made from it would point to the wrong place
  --> content/sources.yaml:20:8
   |
20 |   url: https://example.org/a/../b
   |        ^^^^^^^^^^^^^^^^^^^^^^^^^^ field `url`
   |
   = help: write the address without `.` and `..` parts: `https://example.org/b`

mueang check: 4 errors, 0 warnings in `content`: fix the errors above
"#
    );
    assert_eq!(run.code, 1);
    // Thai in a source's address is written percent-encoded.
    site.write(
        "content/sources.yaml",
        "src-1:\n  publisher: P\n  title: T\n  date: 2022\n  url: https://example.org/ข่าว?q=ก\n",
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sources =
        std::fs::read_to_string(site.path().join("output/en/sources/index.html")).expect("page");
    assert!(
        sources.contains(
            "href=\"https://example.org/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7?q=%E0%B8%81\""
        ),
        "{sources}"
    );
}
