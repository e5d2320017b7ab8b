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
