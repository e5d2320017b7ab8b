//! Render: where every page lives. One `Route` per page; its address in
//! links (`/report/th/cities/korat/`), its file in the output
//! (`th/cities/korat/index.html`) and its full URL for feeds and the
//! sitemap all come from here, so they cannot disagree.
//!
//! Every path segment is an id the model checked (`a-z`, `0-9`, `-`), a
//! province slug made here from its English name, or a fixed section name,
//! so no route can leave the output folder.

use serde::Serialize;

use crate::load::Kind;
use crate::model::vocab::Vocabulary;
use crate::model::{Domain, Id, Lang, ProvinceId};

/// The sections of each language; a free page may not take their names.
pub const SECTIONS: [&str; 12] = [
    "cities",
    "cohorts",
    "projects",
    "provinces",
    "domains",
    "news",
    "sources",
    "data",
    "figures",
    "assets",
    "search",
    "pagefind",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Cities,
    City(Id),
    Cohorts,
    Cohort(Id),
    Projects,
    Project(Id),
    Provinces,
    Province(ProvinceId),
    Domains,
    Domain(Domain),
    News,
    Post(Id),
    Sources,
    Data,
    Figures,
    Search,
    Page(Id),
    /// Page 2, 3, … of a list that holds more rows than one page shows
    /// (`/th/projects/page/2/`); page 1 is the list's own route.
    More(Box<Route>, usize),
}

/// The section a page belongs to: its place in the site's navigation,
/// and what the theme's templates compare (`page.section == "home"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    Home,
    Cities,
    Cohorts,
    Projects,
    Provinces,
    Domains,
    News,
    Sources,
    Data,
    Figures,
    Search,
    /// A free page (`content/pages/`).
    Page,
}

impl Section {
    /// As the templates and the interface strings name it (`nav.cities`).
    pub fn key(self) -> &'static str {
        match self {
            Section::Home => "home",
            Section::Cities => "cities",
            Section::Cohorts => "cohorts",
            Section::Projects => "projects",
            Section::Provinces => "provinces",
            Section::Domains => "domains",
            Section::News => "news",
            Section::Sources => "sources",
            Section::Data => "data",
            Section::Figures => "figures",
            Section::Search => "search",
            Section::Page => "page",
        }
    }
}

impl Route {
    /// The page of the record `id` of `kind`; `None` for an ambassador,
    /// who has no page of their own.
    pub fn record(kind: Kind, id: Id) -> Option<Route> {
        match kind {
            Kind::Cohort => Some(Route::Cohort(id)),
            Kind::City => Some(Route::City(id)),
            Kind::Project => Some(Route::Project(id)),
            Kind::News => Some(Route::Post(id)),
            Kind::Page => Some(Route::Page(id)),
            Kind::Ambassador => None,
        }
    }

    /// The section the page of this route belongs to.
    pub fn section(&self) -> Section {
        match self {
            Route::Home => Section::Home,
            Route::Cities | Route::City(_) => Section::Cities,
            Route::Cohorts | Route::Cohort(_) => Section::Cohorts,
            Route::Projects | Route::Project(_) => Section::Projects,
            Route::Provinces | Route::Province(_) => Section::Provinces,
            Route::Domains | Route::Domain(_) => Section::Domains,
            Route::News | Route::Post(_) => Section::News,
            Route::Sources => Section::Sources,
            Route::Data => Section::Data,
            Route::Figures => Section::Figures,
            Route::Search => Section::Search,
            Route::Page(_) => Section::Page,
            Route::More(list, _) => list.section(),
        }
    }

    /// Whether a reader should find this page by searching: each record's
    /// page, the home page and the pages of text of their own (figures,
    /// sources, free pages). Not the lists and their further pages, whose
    /// rows are the records' own text, nor the data and search pages.
    pub fn searchable(&self) -> bool {
        match self {
            Route::Home
            | Route::City(_)
            | Route::Cohort(_)
            | Route::Project(_)
            | Route::Province(_)
            | Route::Domain(_)
            | Route::Post(_)
            | Route::Sources
            | Route::Figures
            | Route::Page(_) => true,
            Route::Cities
            | Route::Cohorts
            | Route::Projects
            | Route::Provinces
            | Route::Domains
            | Route::News
            | Route::Data
            | Route::Search
            | Route::More(..) => false,
        }
    }

    fn segments(&self) -> Vec<String> {
        let one = |s: &str| vec![s.to_string()];
        let two = |s: &str, id: &str| vec![s.to_string(), id.to_string()];
        match self {
            Route::Home => Vec::new(),
            Route::Cities => one("cities"),
            Route::City(id) => two("cities", id.as_str()),
            Route::Cohorts => one("cohorts"),
            Route::Cohort(id) => two("cohorts", id.as_str()),
            Route::Projects => one("projects"),
            Route::Project(id) => two("projects", id.as_str()),
            Route::Provinces => one("provinces"),
            Route::Province(p) => two("provinces", &province_slug(*p)),
            Route::Domains => one("domains"),
            Route::Domain(d) => two("domains", d.key()),
            Route::News => one("news"),
            Route::Post(id) => two("news", id.as_str()),
            Route::Sources => one("sources"),
            Route::Data => one("data"),
            Route::Figures => one("figures"),
            Route::Search => one("search"),
            Route::Page(id) => one(id.as_str()),
            Route::More(list, n) => {
                let mut out = list.segments();
                out.push("page".to_string());
                out.push(n.to_string());
                out
            }
        }
    }
}

/// The folder of the search index in the output.
pub const SEARCH_FOLDER: &str = "pagefind/";

/// The folder of shard `shard` (from 0) of `lang`'s search index, in the
/// output: `pagefind/th/1/`.
pub fn search_bundle(lang: Lang, shard: usize) -> String {
    format!("{SEARCH_FOLDER}{}/{}/", lang.code(), shard + 1)
}

/// `nakhon-ratchasima`, from the province's English name.
pub fn province_slug(p: ProvinceId) -> String {
    crate::load::slugify(&p.get().name_en)
}

/// The site's addresses: its full base URL and the path part of it.
#[derive(Debug, Clone)]
pub struct Urls {
    /// `https://example.org/report/`
    base_url: String,
    /// `/report/`
    base_path: String,
    /// Shards of each language's search index; `None`: no search.
    search: Option<usize>,
}

impl Urls {
    /// `base_url` is a checked `http(s)://host/path/` URL ending in `/`.
    pub fn new(base_url: &str) -> Urls {
        let after_scheme = base_url
            .split_once("://")
            .map_or(base_url, |(_, rest)| rest);
        let base_path = match after_scheme.find('/') {
            Some(i) => after_scheme[i..].to_string(),
            None => "/".to_string(),
        };
        Urls {
            base_url: base_url.to_string(),
            base_path,
            search: None,
        }
    }

    /// The same addresses, with a search index of `shards` shards in each
    /// language (`None`: no search page, no index).
    pub fn with_search(self, shards: Option<usize>) -> Urls {
        Urls {
            search: shards,
            ..self
        }
    }

    /// Whether the site has a search page and index.
    pub fn has_search(&self) -> bool {
        self.search.is_some()
    }

    /// The folders of `lang`'s search index, from the site's root
    /// (`/report/pagefind/th/1/`, …); empty without search.
    pub fn search_bundles(&self, lang: Lang) -> Vec<String> {
        (0..self.search.unwrap_or(0))
            .map(|n| self.root(&search_bundle(lang, n)))
            .collect()
    }

    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// The link to a page: `/report/th/cities/korat/`.
    pub fn href(&self, lang: Lang, route: &Route) -> String {
        let mut out = format!("{}{}/", self.base_path, lang.code());
        for s in route.segments() {
            out.push_str(&s);
            out.push('/');
        }
        out
    }

    /// The page's file in the output: `th/cities/korat/index.html`.
    pub fn file(&self, lang: Lang, route: &Route) -> String {
        let mut out = format!("{}/", lang.code());
        for s in route.segments() {
            out.push_str(&s);
            out.push('/');
        }
        out.push_str("index.html");
        out
    }

    /// A file at the site's root, as a link: `/report/data/summary.json`.
    pub fn root(&self, rel: &str) -> String {
        format!("{}{rel}", self.base_path)
    }

    /// A link made absolute: `https://example.org/report/th/`.
    pub fn full(&self, href: &str) -> String {
        let rel = href.strip_prefix(&self.base_path).unwrap_or(href);
        format!("{}{rel}", self.base_url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::province::registry;

    #[test]
    fn routes_are_pretty_and_share_one_base() {
        let urls = Urls::new("https://example.org/report/");
        let korat = registry().resolve("Korat").unwrap();
        let route = Route::Province(korat);
        assert_eq!(
            urls.href(Lang::Th, &route),
            "/report/th/provinces/nakhon-ratchasima/"
        );
        assert_eq!(
            urls.file(Lang::En, &route),
            "en/provinces/nakhon-ratchasima/index.html"
        );
        assert_eq!(
            urls.full(&urls.href(Lang::En, &Route::Home)),
            "https://example.org/report/en/"
        );
        assert_eq!(
            Urls::new("https://example.org/").href(Lang::Th, &Route::Home),
            "/th/"
        );
    }

    #[test]
    fn further_pages_of_a_list_live_under_it() {
        let urls = Urls::new("https://example.org/report/");
        let more = Route::More(Box::new(Route::Domain(Domain::Energy)), 2);
        assert_eq!(
            urls.href(Lang::Th, &more),
            "/report/th/domains/energy/page/2/"
        );
        assert_eq!(
            urls.file(Lang::En, &Route::More(Box::new(Route::Projects), 12)),
            "en/projects/page/12/index.html"
        );
    }

    #[test]
    fn every_province_has_its_own_slug() {
        let mut slugs: Vec<String> = ProvinceId::all().map(province_slug).collect();
        assert!(slugs.iter().all(|s| !s.is_empty()));
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), 77);
    }
}
