//! A record's text: a shortcode in code is shown as written.

use crate::support::Site;

fn city(body: &str) -> String {
    format!("---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\nsources: [src-1]\n---\n{body}")
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
