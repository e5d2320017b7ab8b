//! Search: a static search index of the rendered site, made with
//! Pagefind's Rust API and its `extended` feature, whose dictionary
//! segmenter splits Thai (written without spaces) into words; without it
//! a Thai query finds nothing.
//!
//! What is indexed: the `<main data-pagefind-body>` of every page the
//! theme marks so (every page but the search page, the root language
//! choice and the 404 page); within it Pagefind leaves out navigation,
//! `<svg>` charts (their tables are indexed) and anything marked
//! `data-pagefind-ignore`. Pages carry the names and aliases of their
//! provinces in a hidden line, so `Korat` and `โคราช` find นครราชสีมา.
//! Each language gets its own index (from `<html lang>`), so a search
//! page finds pages in its own language. Data files are not HTML and are
//! never read; non-public ambassadors are on no page, so on no index.
//!
//! The index and Pagefind's own search UI go under `pagefind/`, with
//! result addresses relative to the site's root, so a site published
//! under a sub-path finds its pages (the search page gives the UI the
//! base path).

use crate::render::OutFile;

/// The folder of the index and the UI in the output.
pub const FOLDER: &str = "pagefind/";

/// Pagefind's other two UIs, which the theme does not use (250 KB).
#[cfg(feature = "search")]
const UNUSED: [&str; 4] = [
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
];

/// The index and UI files for the pages among `files` (path, bytes).
#[cfg(feature = "search")]
pub fn index<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> Result<Vec<OutFile>, String> {
    use pagefind::api::PagefindIndex;
    use pagefind::options::PagefindServiceConfig;

    let config = PagefindServiceConfig::builder().build();
    let mut index = PagefindIndex::new(Some(config)).map_err(|e| e.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    // In path order, so the index (whose files are named by hashes of
    // their content) is the same whatever order the pages come in.
    let mut pages: Vec<(&str, &[u8])> = files
        .into_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .collect();
    pages.sort_by_key(|(path, _)| *path);
    runtime.block_on(async {
        for (path, bytes) in pages {
            // Indexing a big site takes minutes: Ctrl-C stops it between
            // pages (the build then removes what it wrote).
            if crate::write::STOP.load(std::sync::atomic::Ordering::SeqCst) {
                return Err("stopped by Ctrl-C or a stop signal".to_string());
            }
            let html = String::from_utf8_lossy(bytes);
            if !html.contains("data-pagefind-body") {
                continue;
            }
            let url = format!("/{}", path.trim_end_matches("index.html"));
            index
                .add_html_file(None, Some(url), html.into_owned())
                .await
                .map_err(|e| format!("{path}: {e}"))?;
        }
        let made = index.get_files().await.map_err(|e| e.to_string())?;
        Ok(made
            .into_iter()
            .filter(|f| !UNUSED.iter().any(|u| f.filename.as_os_str() == *u))
            .map(|f| OutFile {
                path: format!(
                    "{FOLDER}{}",
                    f.filename.to_string_lossy().replace('\\', "/")
                ),
                bytes: f.contents,
            })
            .collect())
    })
}

/// Without the `search` feature there is no index (and the theme shows no
/// search box: [`ENABLED`] is false).
#[cfg(not(feature = "search"))]
pub fn index<'a>(
    _files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> Result<Vec<OutFile>, String> {
    Ok(Vec::new())
}

/// Whether this build of mueang makes a search index.
pub const ENABLED: bool = cfg!(feature = "search");

/// The index's files a theme may link to, always made where search is on
/// (`check` knows them without making the index).
pub const ENTRY_FILES: [&str; 3] = [
    "pagefind/pagefind.js",
    "pagefind/pagefind-ui.js",
    "pagefind/pagefind-ui.css",
];
