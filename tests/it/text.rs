//! A record's text: what the HTML sanitiser drops is said at its line, and
//! a shortcode in code is shown as written.

use crate::support::Site;

fn city(body: &str) -> String {
    format!("---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\nsources: [src-1]\n---\n{body}")
}

/// `check -v` prints warnings in full; its timing lines vary.
pub fn verbose_check(site: &Site) -> (i32, String) {
    let run = site.run(&["check", "-v"]);
    let stderr: String = run
        .stderr
        .lines()
        .filter(|l| !l.starts_with("timing:"))
        .map(|l| format!("{l}\n"))
        .collect();
    (run.code, stderr)
}

#[test]
fn text_that_html_hides_from_the_page_is_a_warning_at_its_line() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city("ข้อความที่เห็น\n\n<math><mtext><table><mglyph><style>\n\nข้อความที่หายไป\n\nอีกย่อหน้า\n"),
    );
    let (code, stderr) = verbose_check(&site);
    assert_eq!(code, 0);
    assert_eq!(
        stderr,
        "warning: 25 characters of text from here on are left out of the page: the HTML on line 9 hides them\n  \
         --> content/cities/rayong.md:11:1\n   \
         |\n\
         11 | ข้อความที่หายไป\n   \
         | ^^^^^^^^^^^^\n   \
         |\n   \
         = help: a page keeps only safe HTML, and drops the text that HTML such as `<script>`, \
         `<style>` or `<math>` turns into code; remove the HTML on line 9, or write the text in Markdown\n\n\
         mueang check: 0 errors, 1 warning in `content`\n"
    );
    // --deny-warnings makes it fail the build, and nothing is written.
    let run = site.run(&["build", "--deny-warnings"]);
    assert_eq!(run.code, 1);
    assert!(!site.path().join("output").exists());

    // A shortcode before it does not move the line it is said at.
    site.write(
        "content/cities/rayong.md",
        city("{{ figure(\nmetric=\"cities\"\n) }} and <script>\nalert(1)</script>\n"),
    );
    let run = site.run(&["check"]);
    assert_eq!(
        run.stderr,
        "content/cities/rayong.md:10:1: warning: 8 characters of text from here on are left out of the page: the HTML on line 9 hides them\n\
         mueang check: 0 errors, 1 warning in `content`\n"
    );
    assert_eq!(run.code, 0);
}

#[test]
fn a_shortcode_in_code_is_shown_as_written() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        city(
            "`{{ figure(metric=\"projects\") }}` `{{ nope() }}`\n\n\
             ```\n{{ chart(name=\"nope\") }}\n{{ never closed\n```\n\n\
             now: {{ figure(metric=\"cities\") }}\n",
        ),
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = std::fs::read_to_string(site.path().join("output/th/cities/rayong/index.html"))
        .expect("page");
    assert!(
        page.contains(
            "<p><code>{{ figure(metric=\"projects\") }}</code> <code>{{ nope() }}</code></p>\n\
             <pre><code>{{ chart(name=\"nope\") }}\n{{ never closed\n</code></pre>\n\
             <p>now: 1</p>"
        ),
        "{page}"
    );
}
