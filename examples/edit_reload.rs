//! Benchmark: how long from saving a record to the reload message that
//! `mueang serve` sends every open page.
//!
//!     cargo run --release --example edit_reload -- [--content DIR] [--edits N] [--file REL]
//!
//! It copies the content folder (the shipped `content/` unless told) to
//! a temporary folder, starts serve there on a free loopback port, listens
//! to the reload stream as a browser does, and N times rewrites one record
//! (`projects/rayong-green-belt.md` unless told) with a new sentence, timing from just
//! before the write to the reload event, then checks that the page has the
//! sentence. It prints every edit and the median, minimum, 90th percentile
//! and maximum. A figure, not a test: it never fails on time.

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

    let dir = tempfile::tempdir().expect("a temporary folder");
    let copy = dir.path().join("content");
    copy_dir(&content, &copy);
    let record = copy.join(&file);
    let original = std::fs::read_to_string(&record)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", record.display()));

    let started = Instant::now();
    let running = start(
        Options {
            content: copy.clone(),
            shown: "content".into(),
            bind: [127, 0, 0, 1].into(),
            port: 0,
            allow_hosts: Vec::new(),
            poll: None,
        },
        Arc::new(|_: &str| {}),
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

    let mut times = Vec::with_capacity(edits);
    for i in 1..=edits {
        let sentence = format!("ประโยคที่แก้ไขครั้งที่ {i} (edit {i}).");
        let text = format!("{}\n{sentence}\n", original.trim_end());
        let t = Instant::now();
        std::fs::write(&record, text).expect("write the record");
        events.wait_for("reload");
        let took = t.elapsed();
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
