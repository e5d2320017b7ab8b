//! Containment: `build` writes only its output folder, reads only inside
//! `content/` and the site's `themes/`, and leaves nothing behind when it
//! is stopped.

use std::path::Path;

use crate::build::{leftovers, tree};
use crate::support::Site;

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_output_folder_the_build_would_read_back_is_refused_and_nothing_is_written() {
    let site = Site::minimal();
    site.write("themes/default/static/extra.txt", "x");
    let content_before = tree(&site.path().join("content"));
    let themes_before = tree(&site.path().join("themes"));
    for (output, error) in [
        (
            "content/out",
            "error: the output folder `content/out` is inside the content folder `content`, which every check and build reads\n  \
             help: write the site to a folder outside it, such as `--output output`\n",
        ),
        (
            "content",
            "error: the output folder `content` is the content folder `content`, which every check and build reads\n  \
             help: write the site to a folder outside it, such as `--output output`\n",
        ),
        (
            "themes/default/static/site",
            "error: the output folder `themes/default/static/site` is inside the themes folder `themes`, which every build reads\n  \
             help: write the site to a folder outside it, such as `--output output`\n",
        ),
        (
            ".",
            "error: the content folder `content` is inside the output folder `.`, which a build replaces as a whole\n  \
             help: write the site to a folder that does not hold the content, such as `--output output`\n",
        ),
        (
            "content/../content/new/../out",
            "error: the output folder `content/../content/new/../out` is inside the content folder `content`, which every check and build reads\n  \
             help: write the site to a folder outside it, such as `--output output`\n",
        ),
    ] {
        let run = site.run(&["build", "--output", output]);
        assert_eq!((run.code, run.stderr.as_str()), (2, error), "{output}");
        assert_eq!(run.stdout, "");
        assert_eq!(tree(&site.path().join("content")), content_before);
        assert_eq!(tree(&site.path().join("themes")), themes_before);
        assert_eq!(names(site.path()), ["content", "themes"], "{output}");
    }
    // Beside the content folder, and in a folder whose name only starts
    // like it, a site is written.
    for output in ["output", "content-site"] {
        let run = site.run(&["build", "--output", output]);
        assert_eq!(run.code, 0, "{output}: {}", run.stderr);
        assert!(site.path().join(output).join("index.html").is_file());
    }
    assert_eq!(leftovers(site.path()), Vec::<String>::new());
}

/// `ln /etc/passwd themes/default/static/passwd.txt` published the file
/// as `assets/passwd.txt`: a file with a second name is refused in the
/// theme and in `content/` unless `site.yaml` allows it.
#[test]
fn a_hard_linked_file_is_read_only_where_site_yaml_allows_it() {
    let site = Site::minimal();
    site.write("outside.txt", "not the theme's\n").write(
        "outside.md",
        "---\ntitle: x\nprovince: Rayong\nstatus: certified\n---\nnot content's\n",
    );
    let link = |from: &str, to: &str| {
        std::fs::create_dir_all(site.path().join(to).parent().expect("parent")).expect("mkdir");
        std::fs::hard_link(site.path().join(from), site.path().join(to)).expect("ln");
    };
    link("outside.txt", "themes/default/static/passwd.txt");
    let help = " = help: copy the file instead of linking it; or, if every name of it belongs to \
                the site, set `allow_hard_links: true` in `site.yaml`\n\n";
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        format!(
            "error: this file is a hard link (one file with 2 names): its other name may be outside the theme folder\n\
             --> themes/default/static/passwd.txt\n{help}\
             mueang build: 1 error, 0 warnings in `content`: nothing written; fix the errors above\n"
        )
    );
    assert!(!site.path().join("output").exists());

    link("outside.md", "content/cities/outside.md");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        format!(
            "error: this file is a hard link (one file with 2 names): its other name may be outside the content folder\n\
             --> content/cities/outside.md\n{help}\
             mueang check: 1 error, 0 warnings in `content`: fix the errors above\n"
        )
    );

    // A site.yaml that is itself a hard link cannot allow them.
    site.write(
        "site.yaml",
        format!("{}allow_hard_links: true\n", crate::support::SITE_YAML),
    );
    site.remove("content/site.yaml");
    link("site.yaml", "content/site.yaml");
    let run = site.run(&["check"]);
    assert_eq!(
        run.stderr,
        format!(
            "error: this file is a hard link (one file with 2 names): its other name may be outside the content folder\n\
             --> content/cities/outside.md\n{help}\
             error: this file is a hard link (one file with 2 names): its other name may be outside the content folder\n\
             --> content/site.yaml\n{help}\
             mueang check: 2 errors, 0 warnings in `content`: fix the errors above\n"
        )
    );
    assert_eq!(run.code, 1);

    // Allowed: both are read, and the theme's file is published.
    site.remove("content/site.yaml").write(
        "content/site.yaml",
        format!("{}allow_hard_links: true\n", crate::support::SITE_YAML),
    );
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let output = site.path().join("output");
    assert_eq!(
        std::fs::read_to_string(output.join("assets/passwd.txt")).expect("published"),
        "not the theme's\n"
    );
    assert!(output.join("th/cities/outside/index.html").is_file());
}
