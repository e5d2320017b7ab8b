//! The build benchmark: mueang against its `cp -r` floor and against Hugo,
//! at several sizes. Run through `bench/run.sh`, which builds the binaries
//! and installs Hugo; see `bench/README.md`.
//!
//! ```text
//! bench --mueang BIN --mueang-search BIN --synth BIN [--hugo BIN] [--pagefind BIN] \
//!       --work DIR --sizes 1000,10000 [--search-sizes 1000,10000] --runs 3
//! ```
//!
//! For each size it makes the synthetic site once (with its Hugo twin),
//! then builds it `runs` times with each tool, each run under GNU time for
//! wall and CPU time and peak memory, and prints a Markdown table.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

struct Args {
    mueang: PathBuf,
    mueang_search: Option<PathBuf>,
    synth: PathBuf,
    hugo: Option<PathBuf>,
    /// The Pagefind CLI, run over Hugo's output (Hugo has no search).
    pagefind: Option<PathBuf>,
    work: PathBuf,
    sizes: Vec<usize>,
    /// The sizes at which a build with search is timed too (slow).
    search_sizes: Vec<usize>,
    runs: usize,
}

fn args() -> Result<Args, String> {
    let mut map = BTreeMap::new();
    let mut it = std::env::args().skip(1);
    while let Some(key) = it.next() {
        let value = it.next().ok_or(format!("{key} needs a value"))?;
        map.insert(key.trim_start_matches("--").to_string(), value);
    }
    // Absolute, since each tool runs in the site's folder.
    let path = |k: &str| {
        map.get(k).map(|p| {
            let p = PathBuf::from(p);
            if k == "work" {
                let _ = std::fs::create_dir_all(&p);
            }
            std::fs::canonicalize(&p).unwrap_or(p)
        })
    };
    Ok(Args {
        mueang: path("mueang").ok_or("--mueang BIN is required")?,
        mueang_search: path("mueang-search"),
        synth: path("synth").ok_or("--synth BIN is required")?,
        hugo: path("hugo"),
        pagefind: path("pagefind"),
        work: path("work").ok_or("--work DIR is required")?,
        sizes: map
            .get("sizes")
            .map_or("1000,10000,50000", String::as_str)
            .split(',')
            .map(|s| s.trim().parse().map_err(|e| format!("--sizes: {e}")))
            .collect::<Result<_, _>>()?,
        search_sizes: map
            .get("search-sizes")
            .map_or("1000,10000", String::as_str)
            .split(',')
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.trim().parse().map_err(|e| format!("--search-sizes: {e}")))
            .collect::<Result<_, _>>()?,
        runs: map
            .get("runs")
            .map_or(Ok(3), |r| r.parse().map_err(|e| format!("--runs: {e}")))?,
    })
}

/// One Hugo build of `site`'s twin into `hugo/public/`, from nothing.
fn hugo_build(hugo: &Path, site: &Path) -> Measure {
    rm(&site.join("hugo/public"));
    timed(
        hugo,
        &[
            "--quiet",
            "--cacheDir",
            "/tmp/mueang-bench-hugo-cache",
            "--destination",
            "public",
        ],
        &site.join("hugo"),
    )
}

/// One run under GNU time.
#[derive(Debug, Clone, Default)]
struct Measure {
    wall: f64,
    cpu: f64,
    rss_kb: u64,
    /// mueang's `timing:` lines, in ms.
    stages: BTreeMap<String, f64>,
}

fn timed(program: &Path, args: &[&str], dir: &Path) -> Measure {
    try_timed(program, args, dir).unwrap_or_else(|f| {
        panic!(
            "{} {args:?} failed: {}\n{}",
            program.display(),
            f.said,
            f.stderr
        )
    })
}

/// A run that failed: what it measured until then, GNU time's word on
/// how it ended ("Command terminated by signal 9" for a process the
/// kernel killed), and the program's stderr.
struct Failed {
    measure: Measure,
    said: String,
    stderr: String,
}

/// As [`timed`], but a run that fails (the Pagefind CLI killed for want
/// of memory at 50,000 projects) gives what it measured and why it failed.
fn try_timed(program: &Path, args: &[&str], dir: &Path) -> Result<Measure, Failed> {
    // Start each run with the previous runs' writes on disk, so that none
    // pays for another's.
    let _ = Command::new("sync").status();
    let report = dir.join(".time-report");
    let out = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%e %U %S %M")
        .arg("-o")
        .arg(&report)
        .arg(program)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("GNU time runs (apt-get install time)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let text = std::fs::read_to_string(&report).expect("time's report");
    let _ = std::fs::remove_file(&report);
    let f: Vec<f64> = text
        .lines()
        .last()
        .unwrap_or("")
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    let stages = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("timing: "))
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            Some((parts.next()?.to_string(), parts.next()?.parse().ok()?))
        })
        .collect();
    let measure = Measure {
        wall: f.first().copied().unwrap_or(0.0),
        cpu: f.get(1).copied().unwrap_or(0.0) + f.get(2).copied().unwrap_or(0.0),
        rss_kb: f.get(3).copied().unwrap_or(0.0) as u64,
        stages,
    };
    if out.status.success() {
        return Ok(measure);
    }
    // GNU time puts how a failed command ended before the figures.
    Err(Failed {
        measure,
        said: text.lines().next().unwrap_or("").trim().to_string(),
        stderr: stderr.into_owned(),
    })
}

/// Files and bytes under `dir`.
fn size_of(dir: &Path) -> (usize, u64) {
    let mut files = 0;
    let mut bytes = 0;
    for e in walkdir::WalkDir::new(dir).into_iter().flatten() {
        if e.file_type().is_file() {
            files += 1;
            bytes += e.metadata().map_or(0, |m| m.len());
        }
    }
    (files, bytes)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn spread(v: &[f64]) -> String {
    let lo = v.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = v.iter().copied().fold(0.0, f64::max);
    format!("{:.2} ({:.2}–{:.2})", median(v.to_vec()), lo, hi)
}

fn rm(dir: &Path) {
    if dir.exists() {
        std::fs::remove_dir_all(dir).expect("rm -r");
    }
}

fn main() {
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    std::fs::create_dir_all(&args.work).expect("work folder");
    let mut search_rows: Vec<String> = Vec::new();
    let mut table = vec![
        "| projects | tool | wall s, median (min–max) | CPU s | peak RSS MB | files | MB written | `cp -r` s | build / cp | mueang / Hugo |".to_string(),
        "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |".to_string(),
    ];
    let mut stage_rows = Vec::new();
    for &n in &args.sizes {
        let site = args.work.join(format!("synth-{n}"));
        if !site.join("content").exists() {
            rm(&site);
            let t = Instant::now();
            let status = Command::new(&args.synth)
                .args(["--projects", &n.to_string(), "--hugo", "--out"])
                .arg(&site)
                .status()
                .expect("synth runs");
            assert!(status.success());
            eprintln!(
                "bench: made the {n}-project site in {:.1} s",
                t.elapsed().as_secs_f64()
            );
            // The generated site must be valid content (warnings are its
            // reported figures, on purpose), or the figures mean nothing.
            let check = Command::new(&args.mueang)
                .arg("check")
                .current_dir(&site)
                .output()
                .expect("mueang check runs");
            let stderr = String::from_utf8_lossy(&check.stderr);
            assert!(
                check.status.success(),
                "the {n}-project site does not check:\n{stderr}"
            );
            eprintln!("bench: {}", stderr.lines().last().unwrap_or(""));
        }

        // mueang without search (as Hugo: search and charts are not built in there).
        let mut runs = Vec::new();
        for r in 0..args.runs {
            rm(&site.join("output"));
            let m = timed(&args.mueang, &["build", "-v", "--output", "output"], &site);
            eprintln!("bench: {n} projects, mueang run {}: {:.2} s", r + 1, m.wall);
            runs.push(m);
        }
        let (files, bytes) = size_of(&site.join("output"));
        rm(&site.join("copy"));
        let _ = Command::new("sync").status();
        let t = Instant::now();
        let status = Command::new("cp")
            .args(["-r", "output", "copy"])
            .current_dir(&site)
            .status()
            .expect("cp");
        assert!(status.success());
        let floor = t.elapsed().as_secs_f64();
        rm(&site.join("copy"));
        let walls: Vec<f64> = runs.iter().map(|m| m.wall).collect();
        let wall = median(walls.clone());

        let mut hugo_wall = None;
        let mut hugo_row = None;
        if let Some(hugo) = &args.hugo {
            let mut hruns = Vec::new();
            for r in 0..args.runs {
                let m = hugo_build(hugo, &site);
                eprintln!("bench: {n} projects, Hugo run {}: {:.2} s", r + 1, m.wall);
                hruns.push(m);
            }
            let (hfiles, hbytes) = size_of(&site.join("hugo/public"));
            let hw: Vec<f64> = hruns.iter().map(|m| m.wall).collect();
            hugo_wall = Some(median(hw.clone()));
            hugo_row = Some(format!(
                "| {n} | Hugo | {} | {:.2} | {} | {hfiles} | {:.1} | | | |",
                spread(&hw),
                median(hruns.iter().map(|m| m.cpu).collect()),
                hruns.iter().map(|m| m.rss_kb).max().unwrap_or(0) / 1024,
                hbytes as f64 / 1e6,
            ));
        }
        table.push(format!(
            "| {n} | mueang | {} | {:.2} | {} | {files} | {:.1} | {floor:.2} | {:.1} | {} |",
            spread(&walls),
            median(runs.iter().map(|m| m.cpu).collect()),
            runs.iter().map(|m| m.rss_kb).max().unwrap_or(0) / 1024,
            bytes as f64 / 1e6,
            wall / floor,
            hugo_wall.map_or("–".to_string(), |h| format!("{:.2}", wall / h)),
        ));
        if let Some(row) = hugo_row {
            table.push(row);
        }

        // The stages, median over the runs; search from one build with it.
        let mut stages: BTreeMap<String, Vec<f64>> = BTreeMap::new();
        for m in &runs {
            for (k, v) in &m.stages {
                stages.entry(k.clone()).or_default().push(*v);
            }
        }
        if let (Some(with_search), true) = (&args.mueang_search, args.search_sizes.contains(&n)) {
            rm(&site.join("output"));
            let m = timed(with_search, &["build", "-v", "--output", "output"], &site);
            eprintln!("bench: {n} projects, mueang with search: {:.2} s", m.wall);
            let search = m.stages.get("search").copied().unwrap_or(0.0);
            stages.insert("search (separate build)".into(), vec![search]);
            stages.insert("whole build with search".into(), vec![m.wall * 1000.0]);
            let (_, index_bytes) = size_of(&site.join("output/pagefind"));
            // Hugo, then the Pagefind CLI over its output: what a site
            // wanting Thai search builds instead.
            let mut pair = None;
            let mut failed = None;
            if let (Some(hugo), Some(pagefind)) = (&args.hugo, &args.pagefind) {
                let h = hugo_build(hugo, &site);
                match try_timed(
                    pagefind,
                    &["--site", "public", "--silent"],
                    &site.join("hugo"),
                ) {
                    Ok(p) => {
                        let (_, pbytes) = size_of(&site.join("hugo/public/pagefind"));
                        eprintln!(
                            "bench: {n} projects, Hugo {:.2} s then Pagefind {:.2} s",
                            h.wall, p.wall
                        );
                        pair = Some((
                            h.wall + p.wall,
                            h.cpu + p.cpu,
                            h.rss_kb.max(p.rss_kb),
                            pbytes,
                        ));
                    }
                    Err(f) => {
                        eprintln!(
                            "bench: {n} projects, Hugo {:.2} s then Pagefind failed: {}\n{}",
                            h.wall, f.said, f.stderr
                        );
                        failed = Some(format!(
                            "| {n} | Hugo + Pagefind CLI | failed: Pagefind stopped after {:.2} s at {} MB ({}) | | | | |",
                            f.measure.wall,
                            f.measure.rss_kb / 1024,
                            f.said,
                        ));
                    }
                }
            }
            search_rows.push(format!(
                "| {n} | mueang build (search on) | {:.2} | {:.2} | {} | {:.1} | {} |",
                m.wall,
                m.cpu,
                m.rss_kb / 1024,
                index_bytes as f64 / 1e6,
                pair.map_or("–".to_string(), |p| format!("{:.2}", m.wall / p.0)),
            ));
            if let Some((wall, cpu, rss, bytes)) = pair {
                search_rows.push(format!(
                    "| {n} | Hugo + Pagefind CLI | {wall:.2} | {cpu:.2} | {} | {:.1} | |",
                    rss / 1024,
                    bytes as f64 / 1e6,
                ));
            }
            search_rows.extend(failed);
        }
        rm(&site.join("output"));
        let order = [
            "load",
            "model",
            "privacy",
            "aggregate",
            "theme",
            "charts",
            "render",
            "write",
            "search (separate build)",
            "whole build with search",
        ];
        let cells: Vec<String> = order
            .iter()
            .map(|k| {
                stages
                    .get(*k)
                    .map_or("–".into(), |v| format!("{:.0}", median(v.clone())))
            })
            .collect();
        stage_rows.push(format!("| {n} | {} |", cells.join(" | ")));
        eprintln!(
            "bench: {n} projects: {:.1} µs a project",
            wall * 1e6 / n as f64
        );
    }
    println!("{}", table.join("\n"));
    println!();
    println!("Stages of mueang's build, ms (median):");
    println!();
    println!(
        "| projects | load | model | privacy | aggregate | theme | charts | render | write | search | build with search |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    println!("{}", stage_rows.join("\n"));
    if !search_rows.is_empty() {
        println!();
        println!(
            "The build as it ships (search on), against Hugo then the Pagefind CLI (one run each):"
        );
        println!();
        println!(
            "| projects | tool | wall s | CPU s | peak RSS MB | index MB | mueang / (Hugo + Pagefind) |"
        );
        println!("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        println!("{}", search_rows.join("\n"));
    }
}
