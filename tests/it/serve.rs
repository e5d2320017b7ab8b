//! `mueang serve`: the real binary on a free loopback port, asked over
//! plain HTTP/1.0 from a socket: pages equal what `build` writes, a save
//! sends one reload, a broken record shows the overlay over the last good
//! page, and nothing outside the site can be reached.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::build::{build, tree};
use crate::support::{Site, repo};

/// Long enough for a debug build of a small site on a loaded CI machine;
/// a wait, not a speed test (the speed is in `examples/edit_reload.rs`).
const WAIT: Duration = Duration::from_secs(30);

const SCRIPT_START: &[u8] = b"<script src=\"/__mueang/live.js\" data-build=\"";

struct Server {
    child: Child,
    /// `127.0.0.1:PORT`
    addr: String,
    /// `http://127.0.0.1:PORT/report/`
    url: String,
    log: PathBuf,
}

#[derive(Debug)]
struct Response {
    status: u16,
    head: String,
    body: Vec<u8>,
}

impl Response {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

impl Server {
    /// `mueang serve --port 0` in `dir`; the address is the first line it prints.
    fn start(dir: &Path, extra: &[&str]) -> Server {
        Server::start_with(dir, extra, &[])
    }

    /// As [`Server::start`], with the environment variables `vars` set.
    fn start_with(dir: &Path, extra: &[&str], vars: &[(&str, &Path)]) -> Server {
        let log = dir.join("serve.log");
        let mut child = Command::new(env!("CARGO_BIN_EXE_mueang"))
            .args(["serve", "--port", "0"])
            .args(extra)
            // English messages unless `extra` says `--lang th`.
            .env("MUEANG_LANG", "en")
            .envs(vars.iter().copied())
            .current_dir(dir)
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).expect("a log file"))
            .spawn()
            .expect("mueang serve starts");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let url = rx.recv_timeout(WAIT).expect("serve prints its address");
        let url = url.trim().to_string();
        let addr = url
            .strip_prefix("http://")
            .and_then(|r| r.split('/').next())
            .unwrap_or_else(|| panic!("an address, not {url:?}: {}", read(&log)))
            .to_string();
        Server {
            child,
            addr,
            url,
            log,
        }
    }

    /// GET `path` exactly as written (no normalising).
    fn get(&self, path: &str) -> Response {
        self.request(&format!(
            "GET {path} HTTP/1.0\r\nHost: {}\r\n\r\n",
            self.addr
        ))
    }

    /// Sends `head` (a request without a body) as written.
    fn request(&self, head: &str) -> Response {
        let mut stream = TcpStream::connect(&self.addr).expect("connect");
        stream.set_read_timeout(Some(WAIT)).expect("timeout");
        stream.write_all(head.as_bytes()).expect("send");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read the response");
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a head and a body");
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("a status");
        Response {
            status,
            head,
            body: raw[split + 4..].to_vec(),
        }
    }

    /// The reload stream; its first event (`current`) has been read.
    fn events(&self) -> Events {
        let mut stream = TcpStream::connect(&self.addr).expect("connect");
        write!(
            stream,
            "GET /__mueang/events HTTP/1.0\r\nHost: {}\r\n\r\n",
            self.addr
        )
        .expect("send");
        let mut events = Events {
            reader: BufReader::new(stream),
        };
        let mut line = String::new();
        while line != "\r\n" {
            line.clear();
            events.reader.read_line(&mut line).expect("the head");
        }
        let (name, _) = events.next(WAIT).expect("the current build");
        assert_eq!(name, "current");
        events
    }

    fn log(&self) -> String {
        read(&self.log)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    /// The next event's name and data, or None if none comes within
    /// `wait` (keep-alive comments do not count).
    fn next(&mut self, wait: Duration) -> Option<(String, String)> {
        let deadline = std::time::Instant::now() + wait;
        let (mut name, mut data) = (String::new(), String::new());
        loop {
            let left = deadline.checked_duration_since(std::time::Instant::now())?;
            self.reader
                .get_ref()
                .set_read_timeout(Some(left.max(Duration::from_millis(1))))
                .expect("timeout");
            let mut line = String::new();
            match self.reader.read_line(&mut line) {
                Ok(0) | Err(_) => return None,
                Ok(_) => {}
            }
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() && !name.is_empty() {
                return Some((name, data));
            }
            if let Some(v) = line.strip_prefix("event: ") {
                name = v.to_string();
            } else if let Some(v) = line.strip_prefix("data: ") {
                data = v.to_string();
            }
        }
    }

    /// Waits for the next `reload` and returns its build tag.
    fn reload(&mut self, server: &Server) -> String {
        match self.next(WAIT) {
            Some((name, data)) if name == "reload" => data,
            other => panic!("expected a reload, got {other:?}\n{}", server.log()),
        }
    }
}

/// The page as `build` wrote it: the served page less the reload script.
fn strip_script(body: &[u8]) -> Vec<u8> {
    let Some(start) = body
        .windows(SCRIPT_START.len())
        .rposition(|w| w == SCRIPT_START)
    else {
        return body.to_vec();
    };
    let end_tag = b"</script>\n";
    let end = body[start..]
        .windows(end_tag.len())
        .position(|w| w == end_tag)
        .map(|i| start + i + end_tag.len())
        .expect("the script ends");
    [&body[..start], &body[end..]].concat()
}

/// The golden fixture (published under `/report/`) in a temporary folder.
fn golden() -> Site {
    let site = Site::empty();
    copy_dir(
        &repo().join("tests/fixtures/golden/content"),
        &site.path().join("content"),
    );
    site
}

#[test]
fn every_served_file_is_what_build_writes_plus_the_reload_script() {
    let site = golden();
    let out = tempfile::tempdir().expect("a folder");
    let built = build(site.path(), "content", out.path(), &[]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let files = tree(out.path());
    let server = Server::start(site.path(), &[]);
    // The search index follows the pages, without a reload.
    if files.contains_key("pagefind/th/1/pagefind.js") {
        wait_for_log(&server, "search index ready in ");
    }
    assert!(
        server.url.starts_with("http://127.0.0.1:") && server.url.ends_with("/report/"),
        "{}",
        server.url
    );
    let mut pages = 0;
    for (path, bytes) in &files {
        if path == ".mueang-output" {
            continue;
        }
        let response = server.get(&format!("/report/{path}"));
        assert_eq!(response.status, 200, "{path}");
        if path.ends_with(".html") {
            pages += 1;
            let text = response.text();
            assert_eq!(text.matches("/__mueang/live.js").count(), 1, "{path}");
            assert!(
                text.contains("</script>\n</body>"),
                "{path}: the script is just before </body>"
            );
            assert_eq!(&strip_script(&response.body), bytes, "{path}");
        } else {
            assert_eq!(&response.body, bytes, "{path}");
        }
    }
    assert!(pages > 150, "{pages} pages");
    // Folders are served by their index; the root goes to the sub-path.
    let home = server.get("/report/th/");
    assert_eq!(strip_script(&home.body), files["th/index.html"]);
    assert_eq!(
        home.header("content-type").as_deref(),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(home.header("cache-control").as_deref(), Some("no-store"));
    let root = server.get("/");
    assert_eq!(
        (root.status, root.header("location").as_deref()),
        (301, Some("/report/"))
    );
    let folder = server.get("/report/th/projects");
    assert_eq!(
        (folder.status, folder.header("location").as_deref()),
        (301, Some("/report/th/projects/"))
    );
    // A page that does not exist is the site's 404 page, with the script.
    let missing = server.get("/report/th/nothing/");
    assert_eq!(missing.status, 404);
    assert_eq!(strip_script(&missing.body), files["404.html"]);
    // The script and the stream are serve's own.
    let script = server.get("/__mueang/live.js");
    assert_eq!(script.status, 200);
    assert!(
        script
            .text()
            .contains("new EventSource(\"/__mueang/events\")")
    );
    assert_eq!(server.get("/__mueang/overlay.css").status, 200);
    let worker = server.get("/__mueang/worker.js");
    assert_eq!(
        worker.header("content-type").as_deref(),
        Some("text/javascript; charset=utf-8")
    );
    assert!(
        worker
            .text()
            .contains("new EventSource(\"/__mueang/events\")")
    );
    // So are the two Thai font files the overlay reads with, and no other.
    let font = server.get("/__mueang/fonts/sarabun-thai-400-normal.woff2");
    assert_eq!(font.header("content-type").as_deref(), Some("font/woff2"));
    assert_eq!(
        font.body,
        std::fs::read(repo().join("themes/default/static/fonts/sarabun-thai-400-normal.woff2"))
            .expect("the font")
    );
    for path in [
        "/__mueang/fonts/OFL.txt",
        "/__mueang/fonts/..%2fstyle.css",
        "/__mueang/fonts/sarabun-thai-..%2f..%2fstyle.css.woff2",
    ] {
        assert_eq!(server.get(path).status, 404, "{path}");
    }
    // serve writes nothing.
    assert!(!site.path().join("output").exists());
}

#[test]
fn after_a_save_the_search_index_is_a_full_builds_and_only_its_shard_is_made_again() {
    let site = golden();
    let server = Server::start(site.path(), &[]);
    wait_for_log(&server, "search index ready in ");
    let mut events = server.events();

    // A new word in one record's English text changes one page of the
    // English index; the Thai index is kept as it was.
    site.write(
        "content/cities/rayong.en.md",
        "---\ntitle: Rayong test city\nsummary: A test area\n---\n## Background\n\nA freshly written paragraph.\n",
    );
    events.reload(&server);
    let deadline = std::time::Instant::now() + WAIT;
    while server.log().matches("search index ready in ").count() < 2 {
        assert!(std::time::Instant::now() < deadline, "{}", server.log());
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        server
            .log()
            .contains("(1 of 2 shards made again, 98 pages)"),
        "{}",
        server.log()
    );

    // Byte for byte the index a full build of the saved content makes.
    let out = tempfile::tempdir().expect("a folder");
    let built = build(site.path(), "content", out.path(), &[]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let mut index = 0;
    for (path, bytes) in tree(out.path()) {
        if path.starts_with("pagefind/") {
            index += 1;
            let response = server.get(&format!("/report/{path}"));
            assert_eq!(response.status, 200, "{path}");
            assert!(
                response.body == bytes,
                "{path} differs from the full build's"
            );
        }
    }
    assert!(index > 100, "{index} files");
}

#[test]
fn a_save_reloads_a_mistake_shows_over_the_last_good_page_and_a_fix_clears_it() {
    let site = Site::minimal();
    let server = Server::start(site.path(), &[]);
    let mut events = server.events();
    let page = "/en/cities/rayong/";
    assert!(server.get(page).text().contains("<h1>Rayong</h1>"));

    // An edit: one reload, and the page has it.
    site.write(
        "content/cities/rayong.en.md",
        "---\ntitle: Rayong, edited\n---\nText\n",
    );
    let edited = events.reload(&server);
    let response = server.get(page);
    assert!(response.text().contains("<h1>Rayong, edited</h1>"));
    assert!(
        response
            .text()
            .contains(&format!("data-build=\"{edited}\"")),
        "the page carries the build it is from"
    );
    assert!(!response.text().contains("mueang-overlay"));

    // A mistake: a reload, the last good page, and the error over it in
    // the messages' language (English here), as the terminal prints it.
    site.write(
        "content/cities/rayong.md",
        "---\ntitle: ระยอง\nprovince: Rayongg\nstatus: certified\nsources: [src-1]\n---\nข้อความ\n",
    );
    events.reload(&server);
    let en = server.get(page).text();
    assert!(en.contains("<h1>Rayong, edited</h1>"), "the last good page");
    assert!(en.contains("<aside id=\"mueang-overlay\" lang=\"en\""));
    assert!(en.contains(
        "<h2 id=\"mueang-overlay-title\">The site could not be rebuilt · Errors: 1</h2>"
    ));
    let error = "<pre>error: unknown province `Rayongg`\n \
                 --&gt; content/cities/rayong.md:3:11\n  |\n\
                 3 | province: Rayongg\n  |           ^^^^^^^ field `province`\n  |\n  \
                 = help: did you mean `Rayong` (ระยอง, TH-21)?</pre>";
    assert!(en.contains(error), "{en}");
    let th = server.get("/th/cities/rayong/").text();
    assert!(th.contains(
        "<h2 id=\"mueang-overlay-title\">The site could not be rebuilt · Errors: 1</h2>"
    ));
    assert!(th.contains(error));
    // The terminal says so too (just after the pages are swapped).
    wait_for_log(&server, "build failed in ");

    // The fix: a reload, and the overlay is gone.
    site.write(
        "content/cities/rayong.md",
        "---\ntitle: ระยองใหม่\nprovince: Rayong\nstatus: certified\nsources: [src-1]\n---\nข้อความ\n",
    );
    events.reload(&server);
    let fixed = server.get("/th/cities/rayong/").text();
    assert!(fixed.contains("<h1>ระยองใหม่</h1>"));
    assert!(!fixed.contains("mueang-overlay"));

    // More mistakes in a file than it keeps (50): the overlay counts them
    // all, as the terminal does.
    let domains: Vec<String> = (1..=60).map(|i| format!("nodomain{i}")).collect();
    site.write(
        "content/cities/rayong.md",
        format!(
            "---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\ndomains: [{}]\nsources: [src-1]\n---\nข้อความ\n",
            domains.join(", ")
        ),
    );
    events.reload(&server);
    let th = server.get("/th/cities/rayong/").text();
    assert!(
        th.contains(
            "<h2 id=\"mueang-overlay-title\">The site could not be rebuilt · Errors: 60</h2>"
        ),
        "{th}"
    );
    wait_for_log(&server, "60 errors, ");
}

#[test]
fn an_editors_save_makes_one_rebuild_and_swap_files_make_none() {
    let site = Site::minimal();
    let server = Server::start(site.path(), &[]);
    let mut events = server.events();
    let dir = site.path().join("content/cities");
    let file = dir.join("rayong.en.md");

    // vim: probe with 4913, move the file to a backup, write it anew,
    // remove the backup; its swap file comes and goes around that.
    std::fs::write(dir.join(".rayong.en.md.swp"), "swap").expect("swap");
    std::fs::write(dir.join("4913"), "").expect("probe");
    std::fs::remove_file(dir.join("4913")).expect("probe");
    std::fs::rename(&file, dir.join("rayong.en.md~")).expect("backup");
    std::fs::write(&file, "---\ntitle: Rayong by vim\n---\nText\n").expect("write");
    std::fs::remove_file(dir.join("rayong.en.md~")).expect("backup");
    events.reload(&server);
    assert!(
        server
            .get("/en/cities/rayong/")
            .text()
            .contains("<h1>Rayong by vim</h1>")
    );
    assert_eq!(
        events.next(Duration::from_millis(800)),
        None,
        "one save, one rebuild\n{}",
        server.log()
    );

    // Other editors: write a temporary file and rename it over the record.
    std::fs::write(
        dir.join("rayong.en.md.tmp"),
        "---\ntitle: Rayong by rename\n---\nText\n",
    )
    .expect("temp");
    std::fs::rename(dir.join("rayong.en.md.tmp"), &file).expect("rename");
    events.reload(&server);
    assert!(
        server
            .get("/en/cities/rayong/")
            .text()
            .contains("<h1>Rayong by rename</h1>")
    );
    assert_eq!(events.next(Duration::from_millis(800)), None);

    // Swap, backup and hidden files alone change nothing.
    std::fs::write(dir.join(".rayong.en.md.swp"), "swap again").expect("swap");
    std::fs::write(dir.join("rayong.md~"), "backup").expect("backup");
    std::fs::write(dir.join("#rayong.md#"), "emacs").expect("autosave");
    std::fs::write(site.path().join("content/.DS_Store"), "finder").expect("hidden");
    assert_eq!(
        events.next(Duration::from_millis(800)),
        None,
        "{}",
        server.log()
    );
    // …and do not break the next build.
    site.write(
        "content/cities/rayong.en.md",
        "---\ntitle: Rayong again\n---\nText\n",
    );
    events.reload(&server);
    assert!(
        server
            .get("/en/cities/rayong/")
            .text()
            .contains("<h1>Rayong again</h1>")
    );
}

#[test]
fn nothing_outside_the_built_site_can_be_requested() {
    let site = Site::minimal();
    site.write("secret.txt", "the site folder's own file");
    let server = Server::start(site.path(), &[]);
    let mut events = server.events();
    // A theme file linked to a file outside is refused by the build, so
    // it is never served; the last good site stays.
    #[cfg(unix)]
    {
        let stat = site.path().join("themes/default/static");
        std::fs::create_dir_all(&stat).expect("mkdir");
        std::os::unix::fs::symlink("/etc/passwd", stat.join("passwd")).expect("symlink");
        std::os::unix::fs::symlink(site.path().join("secret.txt"), stat.join("secret.txt"))
            .expect("symlink");
        events.reload(&server);
        let overlay = server.get("/th/").text();
        for link in ["passwd", "secret.txt"] {
            let error = format!(
                "<pre>error: a theme file may not be a symbolic link\n\
                 --&gt; themes/default/static/{link}\n \
                 = help: copy the file into the theme folder instead of linking to it</pre>"
            );
            assert!(overlay.contains(&error), "{overlay}");
        }
    }
    for path in [
        "/assets/passwd",
        "/assets/secret.txt",
        "/../secret.txt",
        "/th/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/th/..%2f..%2fsecret.txt",
        "//etc/passwd",
        "/..\\secret.txt",
        "/%5c..%5csecret.txt",
        "/secret.txt",
        "/content/site.yaml",
        "/index.html%00",
    ] {
        let response = server.get(path);
        assert_eq!(response.status, 404, "{path}");
        let text = response.text();
        assert!(
            !text.contains("root:") && !text.contains("the site folder's own file"),
            "{path}"
        );
    }
    let post = {
        let mut stream = TcpStream::connect(&server.addr).expect("connect");
        write!(
            stream,
            "DELETE /th/ HTTP/1.0\r\nHost: {}\r\n\r\n",
            server.addr
        )
        .expect("send");
        let mut raw = String::new();
        let _ = stream.read_to_string(&mut raw);
        raw
    };
    assert!(post.starts_with("HTTP/1.0 405"), "{post}");
}

/// A web page the editor visits can make its own name point at
/// 127.0.0.1 (DNS rebinding); its requests still name it in `Host:`, and
/// get a 403 instead of the preview.
#[test]
fn only_requests_for_this_computer_or_an_allowed_name_are_answered() {
    let site = Site::minimal();
    let server = Server::start(site.path(), &["--allow-host", "Preview.Test"]);
    let port = server.addr.rsplit(':').next().expect("a port");
    let refused = |host: &str| {
        format!(
            "this preview answers only to localhost, 127.0.0.1, [::1] and the --bind address, not to {host}\n\
             to open it by another name, start it with `mueang serve --allow-host NAME`\n"
        )
    };
    for (head, host) in [
        (
            format!(
                "GET /th/ HTTP/1.1\r\nHost: rebound.example:{port}\r\nConnection: close\r\n\r\n"
            ),
            format!("`rebound.example:{port}`"),
        ),
        (
            format!("GET /__mueang/events HTTP/1.0\r\nHost: rebound.example:{port}\r\n\r\n"),
            format!("`rebound.example:{port}`"),
        ),
        (
            "GET /th/ HTTP/1.0\r\nHost: localhost.rebound.example\r\n\r\n".to_string(),
            "`localhost.rebound.example`".to_string(),
        ),
        (
            "GET /th/ HTTP/1.0\r\n\r\n".to_string(),
            "a request without a Host".to_string(),
        ),
        (
            format!(
                "GET http://rebound.example/th/ HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"
            ),
            "`rebound.example`".to_string(),
        ),
    ] {
        let response = server.request(&head);
        assert_eq!(response.status, 403, "{head}");
        assert_eq!(response.text(), refused(&host), "{head}");
        assert_eq!(
            response.header("content-type").as_deref(),
            Some("text/plain; charset=utf-8")
        );
    }
    for host in [
        format!("localhost:{port}"),
        "localhost".to_string(),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
        format!("preview.test:{port}"),
    ] {
        let response = server.request(&format!("GET /th/ HTTP/1.0\r\nHost: {host}\r\n\r\n"));
        assert_eq!(response.status, 200, "{host}");
        assert!(response.text().contains("<html"), "{host}");
    }
}

#[test]
fn an_allowed_host_must_be_a_name() {
    let site = Site::minimal();
    let run = site.run(&["serve", "--port", "0", "--allow-host", "http://x/"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: `http://x/` is not a value of `--allow-host`\n  \
         help: `http://x/` is not a host name; give the name alone, such as `mypc.local`\n"
    );
    let run = site.run(&["serve", "--allow-host", "http://x/", "--lang", "th"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "ข้อผิดพลาด: ใช้ `http://x/` กับ `--allow-host` ไม่ได้\n  \
         วิธีแก้: `http://x/` ไม่ใช่ชื่อเครื่อง ใส่เฉพาะชื่อ เช่น `mypc.local`\n"
    );
}

#[test]
fn a_site_that_never_built_shows_its_errors_until_it_does() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        "---\ntitle: ระยอง\nprovince: Rayong\nstatus: certifed\nsources: [src-1]\n---\n",
    );
    let server = Server::start(site.path(), &["--lang", "th"]);
    let mut events = server.events();
    let first = server.get("/th/");
    assert_eq!(first.status, 503);
    let text = first.text();
    assert!(
        text.contains("ยังสร้างหน้าเว็บไม่ได้เลย จึงยังไม่มีหน้าให้แสดง"),
        "{text}"
    );
    assert!(text.contains("content/cities/rayong.md:4:9"), "{text}");
    site.write(
        "content/cities/rayong.md",
        "---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\nsources: [src-1]\n---\n",
    );
    events.reload(&server);
    let fixed = server.get("/th/cities/rayong/");
    assert_eq!(fixed.status, 200);
    assert!(!fixed.text().contains("mueang-overlay"));
}

#[test]
fn a_port_in_use_names_the_flag_to_change_it() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = taken.local_addr().expect("addr").port();
    let site = Site::minimal();
    let run = site.run(&["serve", "--port", &port.to_string()]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        format!(
            "error: port {port} on 127.0.0.1 is already in use (is another `mueang serve` running?)\n  \
             help: stop the other program, or choose another port: `mueang serve --port {}`\n",
            port + 1
        )
    );
    assert_eq!(run.stdout, "");
    let run = site.run(&["serve", "--port", &port.to_string(), "--lang", "th"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        format!(
            "ข้อผิดพลาด: พอร์ต {port} บน 127.0.0.1 มีโปรแกรมอื่นใช้อยู่ (มี `mueang serve` อีกตัวเปิดอยู่หรือไม่)\n  \
             วิธีแก้: ปิดโปรแกรมนั้น หรือเลือกพอร์ตอื่น: `mueang serve --port {}`\n",
            port + 1
        )
    );
}

#[test]
fn an_address_not_of_this_computer_is_named() {
    // Where the system lets a program listen on any address, serve would
    // start and run; there is nothing to test.
    if std::fs::read_to_string("/proc/sys/net/ipv4/ip_nonlocal_bind").is_ok_and(|v| v.trim() == "1")
    {
        eprintln!("skipped: net.ipv4.ip_nonlocal_bind is 1 here");
        return;
    }
    let site = Site::minimal();
    // 192.0.2.0/24 is reserved for documentation: never this computer's.
    let run = site.run(&["serve", "--bind", "192.0.2.1", "--port", "0"]);
    // The system's words for the failure differ from one system to
    // another: this test's own attempt to listen there gets the same.
    let refused = std::net::TcpListener::bind(("192.0.2.1", 0)).expect_err("not this computer's");
    assert_eq!(
        run.stderr,
        format!(
            "error: cannot listen on 192.0.2.1 port 0: {refused}\n  \
             help: 192.0.2.1 is not an address of this computer; leave out --bind to \
             preview here, or give 0.0.0.0 to show it to your network\n"
        )
    );
    assert_eq!(run.code, 2);
}

#[test]
fn a_missing_content_folder_stops_serve_before_it_starts() {
    let site = Site::empty();
    let run = site.run(&["serve", "--port", "0"]);
    // The system's words for a missing folder, as this test gets them.
    let missing = std::fs::read_dir(site.path().join("content")).expect_err("no folder");
    assert_eq!(
        run.stderr,
        format!(
            "error: cannot open the content folder `content`: {missing}\n  \
             help: run mueang in the site's folder (the one that holds `content/`), or pass `--content DIR`\n"
        )
    );
    assert_eq!(run.code, 2);
}

#[test]
fn listening_beyond_this_computer_is_said_out_loud() {
    let site = Site::minimal();
    let server = Server::start(site.path(), &["--bind", "0.0.0.0"]);
    assert!(server.url.starts_with("http://0.0.0.0:"), "{}", server.url);
    let warning = "warning: listening on 0.0.0.0: other devices on your network can open this preview\n  \
                   help: leave out --bind to keep it to this computer\n";
    // Printed after the first build's lines, so wait for it.
    let deadline = std::time::Instant::now() + WAIT;
    while !server.log().contains(warning) && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(server.log().contains(warning), "{}", server.log());
    assert_eq!(server.get("/th/").status, 200);
}

#[test]
fn a_content_folder_replaced_while_serving_is_still_watched() {
    let site = Site::minimal();
    let server = Server::start(site.path(), &[]);
    // As a restore from backup or a sync tool does: move the folder away
    // and put a copy in its place (a new folder under the same name). The
    // moment without a folder may make a rebuild or two of its own, so
    // each check waits for the page rather than for one reload.
    let content = site.path().join("content");
    let old = site.path().join("content.old");
    std::fs::rename(&content, &old).expect("move away");
    copy_dir(&old, &content);
    wait_for_log(&server, "content changed; rebuilt in ");
    site.write(
        "content/cities/rayong.en.md",
        "---\ntitle: Rayong restored\n---\nText\n",
    );
    wait_for_page(&server, "/en/cities/rayong/", "<h1>Rayong restored</h1>");
    // The same for themes/, made while serving and then swapped.
    site.write(
        "themes/default/i18n/en.yaml",
        "skip_to_content: Skip ahead\n",
    );
    wait_for_page(&server, "/en/", ">Skip ahead</a>");
    let themes = site.path().join("themes");
    std::fs::rename(&themes, site.path().join("themes.old")).expect("move away");
    copy_dir(&site.path().join("themes.old"), &themes);
    wait_for_log(&server, "themes changed; rebuilt in ");
    site.write(
        "themes/default/i18n/en.yaml",
        "skip_to_content: Skip again\n",
    );
    wait_for_page(&server, "/en/", ">Skip again</a>");
}

/// Asks for `path` until it holds `text` (for at most [`WAIT`]).
fn wait_for_page(server: &Server, path: &str, text: &str) {
    wait_for_page_within(server, path, text, WAIT);
}

/// Asks for `path` until it holds `text` (for at most `wait`).
fn wait_for_page_within(server: &Server, path: &str, text: &str, wait: Duration) {
    let deadline = std::time::Instant::now() + wait;
    while !server.get(path).text().contains(text) {
        assert!(
            std::time::Instant::now() < deadline,
            "{path} never held `{text}`\n{}",
            server.log()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn saves_close_together_make_one_rebuild() {
    let site = Site::minimal();
    let server = Server::start(site.path(), &[]);
    let mut events = server.events();
    // "Save all": three files, 10 ms apart (well inside the 50 ms of
    // quiet a rebuild waits for, even on a loaded machine).
    for (i, rel) in [
        "cities/rayong.en.md",
        "cohorts/c-1.en.md",
        "cities/rayong.md",
    ]
    .iter()
    .enumerate()
    {
        let path = site.path().join("content").join(rel);
        let text = std::fs::read_to_string(&path).expect("read");
        std::fs::write(&path, format!("{text}\nEdit {i}.\n")).expect("write");
        std::thread::sleep(Duration::from_millis(10));
    }
    events.reload(&server);
    assert_eq!(
        events.next(Duration::from_millis(800)),
        None,
        "{}",
        server.log()
    );
}

/// Where the system's file events do not come (a network drive, WSL's
/// /mnt/c), serve polls; `--poll` asks for it anywhere.
#[test]
fn polling_sees_every_save_even_one_within_the_same_second() {
    let site = Site::minimal();
    let server = Server::start(site.path(), &["--poll"]);
    wait_for_log(&server, "watching by polling every 1 s (--poll)\n");
    let page = "/en/cities/rayong/";
    assert!(server.get(page).text().contains("<h1>Rayong</h1>"));
    let record = site.path().join("content/cities/rayong.en.md");
    site.write(
        "content/cities/rayong.en.md",
        "---\ntitle: Rayong, polled\n---\nText\n",
    );
    wait_for_page_within(&server, page, "<h1>Rayong, polled</h1>", POLL_WAIT);
    // A file's time is looked at to the second, so a second save within
    // the same second as the last look is seen by its content: here it
    // keeps the time of the first save outright.
    let time = std::fs::metadata(&record)
        .and_then(|m| m.modified())
        .expect("a time");
    site.write(
        "content/cities/rayong.en.md",
        "---\ntitle: Rayong, again\n---\nText\n",
    );
    std::fs::File::options()
        .write(true)
        .open(&record)
        .and_then(|f| f.set_modified(time))
        .expect("set the time");
    wait_for_page_within(&server, page, "<h1>Rayong, again</h1>", POLL_WAIT);
    assert!(!server.log().contains("warning:"), "{}", server.log());
}

/// A poll is a second apart by default: a wait for one is longer.
const POLL_WAIT: Duration = Duration::from_secs(60);

#[test]
fn a_poll_too_often_or_too_seldom_is_refused() {
    let site = Site::minimal();
    for given in ["--poll=50", "--poll=600000", "--poll=soon"] {
        let value = given.trim_start_matches("--poll=");
        let run = site.run(&["serve", "--port", "0", given]);
        assert_eq!(run.code, 2, "{given}");
        assert_eq!(
            run.stderr,
            format!(
                "error: `{value}` is not a value of `--poll`\n  \
                 help: give the milliseconds between two looks at the folders, from 100 to 60000 \
                 (1000 is a second)\n"
            )
        );
    }
}

/// `--open` runs MUEANG_BROWSER, where set, with the preview's address;
/// a test's stand-in writes down what it was given.
#[cfg(unix)]
#[test]
fn open_hands_the_address_to_the_browser() {
    use std::os::unix::fs::PermissionsExt;
    let site = Site::minimal();
    let tools = tempfile::tempdir().expect("a folder");
    let browser = tools.path().join("browser");
    let opened = tools.path().join("opened.txt");
    std::fs::write(
        &browser,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}.part'\nmv '{0}.part' '{0}'\n",
            opened.display()
        ),
    )
    .expect("write");
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let server = Server::start_with(
        site.path(),
        &["--open", "--bind", "0.0.0.0"],
        &[("MUEANG_BROWSER", &browser)],
    );
    let deadline = std::time::Instant::now() + WAIT;
    while !opened.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "the browser was not run\n{}",
            server.log()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // Listening on every address, the browser opens this computer's.
    let port = server.addr.rsplit(':').next().expect("a port");
    assert_eq!(read(&opened), format!("http://127.0.0.1:{port}/\n"));
    assert!(!server.log().contains("cannot open"), "{}", server.log());
}

/// A browser that cannot be opened is no reason to stop: the address
/// to open by hand is printed instead.
#[cfg(unix)]
#[test]
fn a_browser_that_cannot_open_leaves_the_address_to_open_by_hand() {
    let site = Site::minimal();
    let missing = site.path().join("no-browser-here");
    let server = Server::start_with(site.path(), &["--open"], &[("MUEANG_BROWSER", &missing)]);
    wait_for_log(&server, " by hand\n");
    assert!(
        server.log().contains(&format!(
            "\nwarning: cannot open the preview in a web browser: `{}` (from MUEANG_BROWSER) \
             cannot be run: No such file or directory (os error 2); open {} by hand\n",
            missing.display(),
            server.url
        )),
        "{}",
        server.log()
    );
    assert_eq!(server.get("/th/").status, 200);
}

fn wait_for_log(server: &Server, needle: &str) {
    let deadline = std::time::Instant::now() + WAIT;
    while !server.log().contains(needle) {
        assert!(
            std::time::Instant::now() < deadline,
            "no `{needle}` in\n{}",
            server.log()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}
