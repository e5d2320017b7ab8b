//! Benchmark: how long from saving a record to the reload message that
//! `mueang serve` sends every open page.
//!
//!     cargo run --release --example edit_reload -- [--content DIR] [--edits N] [--file REL] [--search]
//!
//! It copies the content folder (the shipped `content/` unless told) to
//! a temporary folder, starts serve there on a free loopback port, listens
//! to the reload stream as a browser does, and N times rewrites one record
//! (`projects/rayong-green-belt.md` unless told) with a new sentence, timing from just
//! before the write to the reload event, then checks that the page has the
//! sentence. It prints every edit and the median, minimum, 90th percentile
//! and maximum. With `--search` it also waits, after each reload, for
//! serve's "search index ready" and prints how long the index took to be
//! current after the save, how much CPU the process used meanwhile, and
//! how many shards were made again. A figure, not a test: it never fails
//! on time.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use mueang::serve::{Options, SETTLE, start};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let content = PathBuf::from(arg("--content").unwrap_or_else(|| "content".into()));
    let edits: usize = arg("--edits").and_then(|n| n.parse().ok()).unwrap_or(20);
    let file = arg("--file").unwrap_or_else(|| "projects/rayong-green-belt.md".into());
    let search = args.iter().any(|a| a == "--search");

    let dir = tempfile::tempdir().expect("a temporary folder");
    let copy = dir.path().join("content");
    copy_dir(&content, &copy);
    let record = copy.join(&file);
    let original = std::fs::read_to_string(&record)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", record.display()));

    let (to_log, indexed) = std::sync::mpsc::channel::<String>();
    let to_log = std::sync::Mutex::new(to_log);
    let started = Instant::now();
    let running = start(
        Options {
            content: copy.clone(),
            shown: "content".into(),
            bind: [127, 0, 0, 1].into(),
            port: 0,
            allow_hosts: Vec::new(),
            poll: None,
            lang: mueang::lang::Lang::En,
        },
        Arc::new(move |line: &str| {
            if line.starts_with("search index ready") {
                let _ = to_log.lock().map(|tx| tx.send(line.to_string()));
            }
        }),
    )
    .unwrap_or_else(|e| panic!("serve: {e}"));
    println!(
        "first build and start: {} ms ({} at {})",
        started.elapsed().as_millis(),
        content.display(),
        running.url
    );
    let addr = running.addr.to_string();
    let mut events = Events::connect(&addr);
    let page = page_of(&running.url, &file);
    let wait_index = || {
        indexed
            .recv_timeout(Duration::from_secs(1200))
            .expect("serve says the search index is ready")
    };
    if search {
        let t = Instant::now();
        let line = wait_index();
        println!(
            "first search index: {} ms after start ({line})",
            t.elapsed().as_millis()
        );
    }

    let mut times = Vec::with_capacity(edits);
    let mut index_times = Vec::new();
    let mut index_cpu = Vec::new();
    for i in 1..=edits {
        let sentence = format!("ประโยคที่แก้ไขครั้งที่ {i} (edit {i}).");
        let text = format!("{}\n{sentence}\n", original.trim_end());
        let t = Instant::now();
        let cpu = cpu_seconds();
        std::fs::write(&record, text).expect("write the record");
        events.wait_for("reload");
        let took = t.elapsed();
        if search {
            let line = wait_index();
            let (wall, used) = (t.elapsed(), cpu_seconds() - cpu);
            println!(
                "edit {i:>3}: search index current {:.2} s after the save, {used:.2} s of CPU ({line})",
                wall.as_secs_f64()
            );
            index_times.push(wall.as_secs_f64());
            index_cpu.push(used);
        }
        let body = get(&addr, &page);
        assert!(
            body.contains(&sentence),
            "the page {page} does not have edit {i}"
        );
        println!("edit {i:>3}: {:>6.1} ms", took.as_secs_f64() * 1000.0);
        times.push(took);
        // Let the next save be a save of its own.
        std::thread::sleep(Duration::from_millis(300));
    }
    running.stop();

    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "edit to reload, {} edits of {file}: median {:.1} ms, min {:.1} ms, p90 {:.1} ms, max {:.1} ms \
         (of which at least {} ms is the wait for the folders to be quiet)",
        times.len(),
        ms(at(0.5)),
        ms(times[0]),
        ms(at(0.9)),
        ms(times[times.len() - 1]),
        SETTLE.as_millis()
    );
    if search {
        index_times.sort_by(f64::total_cmp);
        index_cpu.sort_by(f64::total_cmp);
        println!(
            "save to a current search index: median {:.2} s (max {:.2} s), CPU median {:.2} s (max {:.2} s)",
            index_times[index_times.len() / 2],
            index_times[index_times.len() - 1],
            index_cpu[index_cpu.len() / 2],
            index_cpu[index_cpu.len() - 1],
        );
    }
}

/// The CPU time this process has used, in seconds (Linux's
/// `/proc/self/stat`; 0 elsewhere).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // After the command name in parentheses: utime and stime are the
    // 12th and 13th fields, in clock ticks (100 a second on Linux).
    let rest = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

/// `http://127.0.0.1:P/` + `projects/x.md` → `/th/projects/x/`.
fn page_of(url: &str, file: &str) -> String {
    let prefix = url
        .strip_prefix("http://")
        .and_then(|r| r.find('/').map(|i| &r[i..]))
        .unwrap_or("/");
    let id = file.trim_end_matches(".md");
    format!("{prefix}th/{id}/")
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk the content folder");
        let rel = entry.path().strip_prefix(from).expect("inside");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn get(addr: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).expect("connect");
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").expect("send");
    let mut body = String::new();
    stream.read_to_string(&mut body).expect("read");
    body
}

/// The reload stream, read as a browser's EventSource reads it.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    fn connect(addr: &str) -> Events {
        let mut stream = TcpStream::connect(addr).expect("connect");
        write!(
            stream,
            "GET /__mueang/events HTTP/1.0\r\nHost: {addr}\r\n\r\n"
        )
        .expect("send");
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .expect("timeout");
        let mut events = Events {
            reader: BufReader::new(stream),
        };
        events.wait_for("current");
        events
    }

    fn wait_for(&mut self, name: &str) {
        let wanted = format!("event: {name}");
        let mut line = String::new();
        loop {
            line.clear();
            let n = self.reader.read_line(&mut line).expect("the stream");
            assert!(n > 0, "the server closed the stream");
            if line.trim_end() == wanted {
                return;
            }
        }
    }
}
