//! A small harness: a site in a temporary folder, and `mueang` run in it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The outcome of one run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// A site in a temporary folder.
pub struct Site {
    dir: tempfile::TempDir,
}

pub const SITE_YAML: &str = "title: { th: ทดสอบ, en: Test }\nbase_url: https://example.org/\n";
pub const SOURCES_YAML: &str =
    "src-1:\n  publisher: Test Publisher\n  title: A test source\n  date: 2022-08-24\n";

impl Site {
    pub fn empty() -> Site {
        Site {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// A valid site with one source, one cohort and one city, both
    /// translated: a base that a test breaks one file of.
    pub fn minimal() -> Site {
        let site = Site::empty();
        site.write("content/site.yaml", SITE_YAML)
            .write("content/sources.yaml", SOURCES_YAML)
            .write(
                "content/cohorts/c-1.md",
                "---\ntitle: รุ่นที่ 1\nnumber: 1\nstarted: 2021\n---\n",
            )
            .write("content/cohorts/c-1.en.md", "---\ntitle: Cohort 1\n---\n")
            .write(
                "content/cities/rayong.md",
                "---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\nsources: [src-1]\n---\nข้อความ\n",
            )
            .write("content/cities/rayong.en.md", "---\ntitle: Rayong\n---\nText\n");
        site
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) -> &Site {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
        self
    }

    pub fn remove(&self, rel: &str) -> &Site {
        std::fs::remove_file(self.dir.path().join(rel)).expect("remove");
        self
    }

    /// Runs `mueang ARGS` in the site's folder.
    pub fn run(&self, args: &[&str]) -> Run {
        run_in(self.dir.path(), args)
    }

    /// Runs `mueang ARGS` in the site's folder with `vars` set.
    pub fn run_with(&self, args: &[&str], vars: &[(&str, &str)]) -> Run {
        run_with(self.dir.path(), args, vars)
    }
}

pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    run_with(dir, args, &[])
}

/// `mueang` as a test runs it: with no `SOURCE_DATE_EPOCH` (the build's
/// date comes from the content) or backtrace from the environment that
/// runs the tests, and `vars` set.
fn mueang(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mueang"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("RUST_BACKTRACE")
        .env_remove("SOURCE_DATE_EPOCH")
        // Messages in English unless a test asks for Thai (`--lang th`
        // or `MUEANG_LANG` in `vars`); Thai is mueang's own default.
        .env("MUEANG_LANG", "en")
        .envs(vars.iter().copied());
    command
}

pub fn run_with(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Run {
    let out = mueang(dir, args, vars).output().expect("mueang runs");
    Run {
        code: out
            .status
            .code()
            .expect("exited, not killed by a signal (a panic exits 101)"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs `mueang ARGS` in `dir`, killing it after `limit`: `None` when it
/// had to be killed (a hang).
pub fn run_timed(dir: &Path, args: &[&str], limit: std::time::Duration) -> Option<Run> {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = mueang(dir, args, &[])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mueang runs");
    // Read both pipes as the child writes, so a full pipe cannot stall it.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            pipe.read_to_end(&mut bytes).expect("read a pipe");
            String::from_utf8(bytes).expect("UTF-8 output")
        })
    };
    let stdout = drain(Box::new(child.stdout.take().expect("stdout")));
    let stderr = drain(Box::new(child.stderr.take().expect("stderr")));
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > limit {
            child.kill().expect("kill");
            child.wait().expect("reap");
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    Some(Run {
        code: status.code().unwrap_or(-1),
        stdout: stdout.join().expect("stdout"),
        stderr: stderr.join().expect("stderr"),
    })
}

/// The repository's root, where the shipped `content/` is.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Compares `actual` with the file `expected` (relative to the repository);
/// with `UPDATE_EXPECT=1` in the environment, writes it instead. Review
/// every change to such a file before committing it.
pub fn expect_file(expected: &str, actual: &str) {
    let path = repo().join(expected);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, actual).expect("write expectation");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with UPDATE_EXPECT=1 to create it",
            path.display()
        )
    });
    assert!(
        want == actual,
        "{} differs from the output; run with UPDATE_EXPECT=1 to update it, then review the diff\n--- actual ---\n{actual}",
        path.display()
    );
}

/// The folder of a kind named in the singular: `city` → `cities`.
pub fn plural(kind: &str) -> &'static str {
    match kind {
        "cohort" => "cohorts",
        "city" => "cities",
        "project" => "projects",
        "ambassador" => "ambassadors",
        "news" => "news",
        _ => "pages",
    }
}

/// `text` with each `in N ms` written `in … ms`: how long a build took is
/// the one part of its summary line that varies from run to run.
pub fn without_ms(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(" in ") {
        let (before, after) = rest.split_at(at + " in ".len());
        out.push_str(before);
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && after[digits..].starts_with(" ms") {
            out.push('…');
            rest = &after[digits..];
        } else {
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// `html` without the `<span class="nw">` that keeps each figure on one
/// line (and the `</span>` that closes it): the text as it reads.
pub fn without_nowrap(html: &str) -> String {
    const OPEN: &str = "<span class=\"nw\">";
    let mut out = String::with_capacity(html.len());
    // For each `<span` still open: whether it is a figure's.
    let mut open: Vec<bool> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest
        .find("<span")
        .into_iter()
        .chain(rest.find("</span>"))
        .min()
    {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix(OPEN) {
            open.push(true);
            rest = after;
        } else if let Some(after) = rest.strip_prefix("</span>") {
            if open.pop() != Some(true) {
                out.push_str("</span>");
            }
            rest = after;
        } else {
            open.push(false);
            out.push_str("<span");
            rest = &rest["<span".len()..];
        }
    }
    out.push_str(rest);
    out
}

/// Runs `git ARGS` in `dir` as a fixed author, committing at `date`
/// (`2024-01-02T03:04:05Z`), with no user or system configuration.
pub fn git_at(dir: &Path, args: &[&str], date: &str) {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
