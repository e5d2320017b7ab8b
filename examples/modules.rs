//! The module graph of `src/`: which file uses which, the cycles among
//! them, and the arrows that run from a stage back to an earlier one.
//!
//!     cargo run --example modules            # the graph, one file a line
//!     cargo run --example modules -- --dot   # the same for Graphviz
//!     cargo run --example modules -- DIR     # of another `src/` (an old checkout)
//!
//! A file uses another when it names a path into it: `use crate::a::b`,
//! `super::x`, or an inline `crate::a::b::c()`. Each path is resolved to
//! the deepest module that is a file. The integration tests
//! (tests/it/architecture.rs) include this file and assert that there are
//! no cycles and no backward arrows (ARCHITECTURE.md, "Invariants").

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The stages and the modules beside them, earliest first. A module may
/// use its own stage and any earlier one, never a later one. Shared
/// leaves (`diag`, `output`, `escape`) come first; the drivers last.
pub const LAYERS: &[&[&str]] = &[
    &[
        "catalogue",
        "diag",
        "escape",
        "lang",
        "output",
        "progress",
        "text",
    ],
    &["load"],
    &["model"],
    &["aggregate"],
    &["theme"],
    &["render"],
    &["links", "search"],
    &["write"],
    &["history"],
    &["pipeline"],
    &["diff", "incremental", "report", "scaffold"],
    &["serve"],
    &["cli"],
    &["crate"],
];

/// One file of `src/` and the modules its paths name.
pub struct Graph {
    /// Module path (`render::pages`) → the module paths it uses.
    pub uses: BTreeMap<String, BTreeSet<String>>,
    /// Module path → lines in its file.
    pub lines: BTreeMap<String, usize>,
}

/// Reads every `.rs` file under `src` into a graph.
pub fn graph(src: &Path) -> Graph {
    let mut files = BTreeMap::new();
    read_dir(src, src, &mut files);
    let modules: BTreeSet<String> = files.keys().cloned().collect();
    let mut uses = BTreeMap::new();
    let mut lines = BTreeMap::new();
    for (module, text) in &files {
        lines.insert(module.clone(), text.lines().count());
        let code = strip(text);
        let mut out = BTreeSet::new();
        let prefix = if module == "crate" {
            String::new()
        } else {
            format!("{module}::")
        };
        let children: Vec<&str> = modules
            .iter()
            .filter_map(|m| m.strip_prefix(&prefix))
            .filter(|rest| !rest.is_empty() && !rest.contains("::") && module != rest)
            .collect();
        for path in paths(&code, &children) {
            if let Some(target) = resolve(module, &path, &modules)
                && &target != module
            {
                out.insert(target);
            }
        }
        uses.insert(module.clone(), out);
    }
    Graph { uses, lines }
}

fn read_dir(root: &Path, dir: &Path, files: &mut BTreeMap<String, String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("an entry of src/").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            read_dir(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(root).unwrap().with_extension("");
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let module = match parts.as_slice() {
                [one] if one == "lib" => "crate".to_string(),
                [one] if one == "main" => continue,
                [dirs @ .., last] if last == "mod" => dirs.join("::"),
                all => all.join("::"),
            };
            files.insert(module, std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// The text without comments, string and char literals, and the
/// `#[cfg(test)]` module at the end of a file (tests may reach anywhere).
fn strip(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            i += rest.find("*/").map_or(rest.len(), |e| e + 2);
        } else if rest.starts_with("r#\"") || rest.starts_with("r\"") || rest.starts_with("br\"") {
            let hashes = rest.bytes().skip_while(|b| *b != b'r').skip(1);
            let n = hashes.take_while(|b| *b == b'#').count();
            let open = rest.find('"').unwrap() + 1;
            let close = format!("\"{}", "#".repeat(n));
            i += open
                + rest[open..]
                    .find(&close)
                    .map_or(rest.len() - open, |e| e + close.len());
            out.push_str("\"\"");
        } else if rest.starts_with('"') {
            let mut j = 1;
            let b = rest.as_bytes();
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            i += j + 1;
            out.push_str("\"\"");
        } else if rest.starts_with('\'')
            && (rest[1..].chars().nth(1) == Some('\'') || rest.starts_with("'\\"))
        {
            // A char literal ('a', '\n', '\u{..}'); a lifetime has no
            // closing quote right after one character.
            let end = rest[1..].find('\'').map_or(1, |e| e + 2);
            i += end;
            out.push_str("' '");
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// Every path a file names: each leaf of every `use` tree, and every
/// inline path that starts with `crate::`, `super::`, `self::` or the
/// name of one of its `children` modules.
fn paths(code: &str, children: &[&str]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    // `use` trees.
    while let Some(at) = find_word(rest, "use") {
        let after = &rest[at + 3..];
        let end = after.find(';').unwrap_or(after.len());
        expand(&mut Vec::new(), after[..end].trim(), &mut out);
        rest = &after[end..];
    }
    // Inline paths.
    let roots: Vec<String> = ["crate", "super", "self"]
        .iter()
        .chain(children)
        .map(|r| format!("{r}::"))
        .collect();
    for root in &roots {
        let root = root.as_str();
        let mut rest = code;
        while let Some(at) = rest.find(root) {
            let ok = rest[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == ':'));
            let tail = &rest[at..];
            if ok {
                let path: Vec<String> = tail
                    .split("::")
                    .map_while(|seg| {
                        let id: String = seg
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        (!id.is_empty() && id.len() == seg.len().min(id.len())).then_some(id)
                    })
                    .collect();
                out.push(path);
            }
            rest = &tail[root.len()..];
        }
    }
    out
}

fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = text[from..].find(word) {
        let at = from + at;
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        if before.is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
            && after.is_some_and(|c| c.is_whitespace())
        {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// Expands a `use` tree (`crate::a::{b, c::d as e}`) into its leaves.
fn expand(prefix: &mut Vec<String>, tree: &str, out: &mut Vec<Vec<String>>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let head: Vec<String> = tree[..open]
            .split("::")
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let n = prefix.len();
        prefix.extend(head);
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(prefix, &inner[start..i], out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        expand(prefix, &inner[start..], out);
        prefix.truncate(n);
    } else if !tree.is_empty() {
        let tree = tree.split(" as ").next().unwrap();
        let mut path = prefix.clone();
        path.extend(tree.split("::").map(|s| s.trim().to_string()));
        out.push(path);
    }
}

/// The module file a path from `module` lands in, if it is one of ours.
fn resolve(module: &str, path: &[String], modules: &BTreeSet<String>) -> Option<String> {
    let mut here: Vec<&str> = if module == "crate" {
        Vec::new()
    } else {
        module.split("::").collect()
    };
    let mut segs = path.iter().map(String::as_str).peekable();
    let mut base: Vec<&str> = match segs.peek().copied() {
        Some("crate") => {
            segs.next();
            Vec::new()
        }
        Some("super") => {
            while segs.peek() == Some(&"super") {
                segs.next();
                here.pop();
            }
            here
        }
        Some("self") => {
            segs.next();
            here
        }
        // A path relative to this module: a child module of it.
        Some(first) => {
            let mut child = here.clone();
            child.push(first);
            if !modules.contains(&child.join("::")) {
                return None;
            }
            here
        }
        None => return None,
    };
    let mut found = None;
    for seg in segs {
        base.push(seg);
        let name = base.join("::");
        if modules.contains(&name) {
            found = Some(name);
        } else {
            break;
        }
    }
    found
        .or_else(|| (base.is_empty() || path[0] == "crate").then(|| "crate".to_string()))
        .or_else(|| {
            // `super::Item`: the item lives in the parent module's file.
            let parent: Vec<&str> = module.split("::").collect();
            let n = path.iter().take_while(|s| *s == "super").count();
            (n > 0).then(|| {
                let p = &parent[..parent.len().saturating_sub(n)];
                if p.is_empty() {
                    "crate".to_string()
                } else {
                    p.join("::")
                }
            })
        })
}

/// The layer of a module: the index in [`LAYERS`] of its top module.
pub fn layer(module: &str) -> Option<usize> {
    let top = module.split("::").next().unwrap_or(module);
    LAYERS.iter().position(|l| l.contains(&top))
}

/// The strongly connected components with more than one module
/// (Tarjan's algorithm), each sorted, in sorted order.
pub fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on.insert(v);
        for w in &s.graph.uses[v] {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.on.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            loop {
                let w = s.stack.pop().unwrap();
                s.on.remove(w);
                component.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.out.push(component);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in graph.uses.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out.sort();
    s.out
}

/// Every arrow from a module to one in a later layer: `(from, to)`.
pub fn backward(graph: &Graph) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (from, tos) in &graph.uses {
        for to in tos {
            if let (Some(a), Some(b)) = (layer(from), layer(to))
                && b > a
            {
                out.push((from.clone(), to.clone()));
            }
        }
    }
    out
}

#[allow(dead_code)]
fn main() {
    let src = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            Into::into,
        );
    let graph = graph(&src);
    let dot = std::env::args().any(|a| a == "--dot");
    if dot {
        println!("digraph mueang {{\n  rankdir=LR;");
        for (from, tos) in &graph.uses {
            for to in tos {
                println!("  \"{from}\" -> \"{to}\";");
            }
        }
        println!("}}");
        return;
    }
    for (module, tos) in &graph.uses {
        let tos: Vec<&str> = tos.iter().map(String::as_str).collect();
        println!(
            "{module} ({} lines) -> {}",
            graph.lines[module],
            tos.join(", ")
        );
    }
    let cycles = cycles(&graph);
    println!("\n{} cycle(s)", cycles.len());
    for c in &cycles {
        println!("  {} modules: {}", c.len(), c.join(", "));
    }
    let back = backward(&graph);
    println!("{} arrow(s) to a later stage", back.len());
    for (from, to) in &back {
        println!("  {from} -> {to}");
    }
    let long: Vec<_> = graph.lines.iter().filter(|(_, n)| **n > 500).collect();
    println!("{} file(s) over 500 lines", long.len());
    for (m, n) in long {
        println!("  {m}: {n}");
    }
}
