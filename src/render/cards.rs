//! Render: social cards, the picture a link to a page shows where it is
//! shared (LINE, Facebook, X). Each is a PNG of 1200 × 630, drawn in the
//! page's language with the theme's Sarabun: the site's title, the page's
//! title and its headline figures, or a chart's finding. The home page,
//! each section, each city, cohort and domain, each province with
//! records, and each chart with an image of its own have a card; every
//! other page (a project, a news post, a further page of a list, a
//! province with nothing in it) shows its section's. So the number of
//! cards does not grow with the number of projects.

use rayon::prelude::*;

use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::output::OutFile;
use crate::render::charts::Catalog;
use crate::render::charts::draw::{INK, MUTED, hex};
use crate::render::charts::width::{fit, width, wrap};
use crate::render::raster::{RasterError, svg_to_png};
use crate::render::urls::{Route, province_slug};
use crate::render::view::Fmt;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// What a card says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Its file's name: `home`, `province-rayong`, `chart-province-map`.
    pub key: String,
    pub title: String,
    /// Up to two figures, each a value and what it counts.
    pub figures: Vec<(String, String)>,
    /// A chart's finding, under its title.
    pub note: Option<String>,
}

impl Card {
    /// The card in words, for a reader who cannot see it (`og:image:alt`).
    pub fn alt(&self, f: &Fmt<'_>) -> String {
        let mut parts = vec![
            f.site.config.title.get(f.lang).to_string(),
            self.title.clone(),
        ];
        parts.extend(self.figures.iter().map(|(v, l)| format!("{l}: {v}")));
        parts.extend(self.note.clone());
        parts.join(" · ")
    }
}

/// Where the card `key` of the language is, from the output's root.
pub fn path(f: &Fmt<'_>, key: &str) -> String {
    format!("cards/{}/{key}.png", f.lang.code())
}

/// The cards of the home page and the sections, made once per language
/// (every page without a card of its own shows one of them).
pub struct Cards {
    sections: Vec<(Route, Card)>,
}

/// The pages with a card that shows the home page's figures.
const SECTIONS: [Route; 10] = [
    Route::Home,
    Route::Cities,
    Route::Cohorts,
    Route::Projects,
    Route::Provinces,
    Route::Domains,
    Route::News,
    Route::Sources,
    Route::Data,
    Route::Figures,
];

impl Cards {
    pub fn new(f: &Fmt<'_>) -> Cards {
        let headlines = crate::render::headlines::headlines(f);
        let figure = |key: &str| {
            headlines.iter().find(|h| h.key == key).map(|h| {
                let value = match &h.of {
                    Some(of) => format!("{} {of}", h.value),
                    None => h.value.clone(),
                };
                (value, h.label.clone())
            })
        };
        let figures = |keys: &[&str]| keys.iter().filter_map(|k| figure(k)).collect();
        let section = |key: &str, keys: &[&str]| Card {
            key: key.to_string(),
            title: f.t(&format!("{key}.title")),
            figures: figures(keys),
            note: None,
        };
        let sections = SECTIONS
            .into_iter()
            .map(|route| {
                let card = match route {
                    Route::Home => Card {
                        key: "home".into(),
                        title: f.site.config.title.get(f.lang).to_string(),
                        figures: figures(&["cities", "provinces"]),
                        note: f
                            .site
                            .config
                            .description
                            .as_ref()
                            .map(|d| d.get(f.lang).to_string()),
                    },
                    Route::Cities => section("cities", &["cities", "promotion_zones"]),
                    Route::Cohorts => section("cohorts", &["ambassadors", "provinces"]),
                    Route::Projects => section("projects", &["projects", "value_thb"]),
                    Route::Provinces => section("provinces", &["provinces"]),
                    Route::Domains => section("domains", &["projects", "value_thb"]),
                    Route::Figures => section("figures", &["cities", "provinces"]),
                    Route::News => section("news", &[]),
                    Route::Sources => section("sources", &[]),
                    _ => section("data", &[]),
                };
                (route, card)
            })
            .collect();
        Cards { sections }
    }

    /// The card a page at `route` shows: its own, else its section's,
    /// else the home page's.
    pub fn of_route(&self, f: &Fmt<'_>, route: &Route) -> Card {
        let section = |r: &Route| {
            self.sections
                .iter()
                .find(|(s, _)| s == r)
                .map(|(_, c)| c.clone())
        };
        section(route)
            .or_else(|| own(f, route))
            .or_else(|| match route {
                Route::Project(_) => section(&Route::Projects),
                Route::Province(_) => section(&Route::Provinces),
                Route::Post(_) => section(&Route::News),
                Route::More(list, _) => Some(self.of_route(f, list)),
                _ => None,
            })
            .unwrap_or_else(|| self.sections[0].1.clone())
    }

    /// Every card of the language, drawn on every core: the home page's,
    /// the sections', each city's, cohort's, province's and domain's, and
    /// each chart's that has an image of its own.
    pub fn files(&self, f: &Fmt<'_>, catalog: &Catalog) -> Result<Vec<OutFile>, RasterError> {
        let mut routes: Vec<Route> = Vec::new();
        routes.extend(f.site.cities.iter().map(|c| Route::City(c.meta.id.clone())));
        routes.extend(
            f.site
                .cohorts
                .iter()
                .map(|c| Route::Cohort(c.meta.id.clone())),
        );
        routes.extend(ProvinceId::all().map(Route::Province));
        routes.extend(Domain::ALL.iter().map(|d| Route::Domain(*d)));
        let mut cards: Vec<Card> = self.sections.iter().map(|(_, c)| c.clone()).collect();
        cards.extend(routes.iter().filter_map(|r| own(f, r)));
        cards.extend(
            catalog
                .charts()
                .filter(|(_, c)| c.embed.is_some())
                .map(|(key, c)| of_chart(key, &c.caption, &c.desc)),
        );
        cards
            .par_iter()
            .map(|card| {
                Ok(OutFile {
                    path: path(f, &card.key),
                    bytes: svg_to_png(&svg(f, card), 1.0)
                        .map_err(|e| RasterError(format!("{}: {e}", card.key)))?,
                })
            })
            .collect()
    }
}

/// The card of a chart (its embed page's).
pub fn of_chart(key: &str, caption: &str, desc: &str) -> Card {
    Card {
        key: format!("chart-{key}"),
        title: caption.to_string(),
        figures: Vec::new(),
        note: Some(desc.to_string()),
    }
}

/// The card of a record's page (a city, cohort, province or domain).
fn own(f: &Fmt<'_>, route: &Route) -> Option<Card> {
    let count = |n: u64, key: &str| (f.count(n), f.t(key));
    // A value only where every project states one: a card has no room
    // to say what a partial sum is over.
    let value = |projects: u64, value: u64, without: u64| {
        (projects > 0 && without == 0).then(|| (f.money(value), f.t("headline.value_thb")))
    };
    let projects = |m: crate::aggregate::Money| {
        let mut out = vec![count(m.projects, "headline.projects")];
        out.extend(value(
            m.projects,
            m.project_value_thb,
            m.projects_without_value,
        ));
        out
    };
    Some(match route {
        Route::City(id) => {
            let c = f.site.cities.iter().find(|c| c.meta.id == *id)?;
            let m = f
                .stats
                .by_city
                .get(id.as_str())
                .copied()
                .unwrap_or_default();
            let mut note = vec![f.t(&format!("status.{}", c.status.key()))];
            note.extend(c.provinces.iter().map(|p| f.province_name(*p)));
            Card {
                key: format!("city-{id}"),
                title: f.txt(&c.title).text,
                figures: if m.projects > 0 {
                    projects(m)
                } else {
                    Vec::new()
                },
                note: Some(note.join(" · ")),
            }
        }
        Route::Cohort(id) => {
            let c = f.site.cohorts.iter().find(|c| c.meta.id == *id)?;
            let s = f
                .stats
                .by_cohort
                .get(id.as_str())
                .copied()
                .unwrap_or_default();
            Card {
                key: format!("cohort-{id}"),
                title: f.txt(&c.title).text,
                figures: vec![
                    count(s.ambassadors, "headline.ambassadors"),
                    count(s.projects, "headline.projects"),
                ],
                note: None,
            }
        }
        Route::Province(p) => {
            let s = f.stats.province(*p);
            if s.records() == 0 {
                return None; // the provinces' card: how many have records
            }
            let mut figures = vec![count(s.projects, "headline.projects")];
            figures.extend(value(
                s.projects,
                s.project_value_thb,
                s.projects_without_value,
            ));
            if figures.len() < 2 {
                figures.push(count(s.cities, "nav.cities"));
            }
            Card {
                key: format!("province-{}", province_slug(*p)),
                title: f.province_name(*p),
                figures,
                note: None,
            }
        }
        Route::Domain(d) => Card {
            key: format!("domain-{}", d.key()),
            title: f.t(&format!("domain.{}", d.key())),
            figures: projects(f.stats.by_domain.get(d.key()).copied().unwrap_or_default()),
            note: None,
        },
        _ => return None,
    })
}

const MARGIN: f64 = 72.0;
const SITE_SIZE: f64 = 30.0;
const TITLE_SIZE: f64 = 60.0;
const TITLE_LINE: f64 = 76.0;
const NOTE_SIZE: f64 = 34.0;
const NOTE_LINE: f64 = 46.0;
const VALUE_SIZE: f64 = 84.0;
const LABEL_SIZE: f64 = 28.0;
/// The theme's `--brand` (its masthead); ink and muted text are the
/// charts' (`draw::INK`, `draw::MUTED`).
const ACCENT: &str = "#123b69";

/// The card as an SVG of 1200 × 630.
pub fn svg(f: &Fmt<'_>, card: &Card) -> String {
    use crate::escape::xml_escape as esc;
    let (ink, muted) = (hex(INK), hex(MUTED));
    let room = f64::from(WIDTH) - 2.0 * MARGIN;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"Sarabun\">\n\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>\n\
         <rect width=\"{WIDTH}\" height=\"14\" fill=\"{ACCENT}\"/>\n"
    );
    let mut text = |x: f64, y: f64, size: f64, bold: bool, fill: &str, s: &str| {
        out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\"{} fill=\"{fill}\">{}</text>\n",
            if bold { " font-weight=\"bold\"" } else { "" },
            esc(s)
        ));
    };
    let site = f.site.config.title.get(f.lang);
    if card.title != site {
        text(
            MARGIN,
            88.0,
            SITE_SIZE,
            false,
            &muted,
            &fit(site, SITE_SIZE, false, room),
        );
    }
    // The figures take the card's lower part; the title what is above.
    let title_lines = if card.figures.is_empty() { 3 } else { 2 };
    let mut y = 88.0 + 24.0;
    let title = lines(&card.title, TITLE_SIZE, true, room, title_lines);
    let title_lines_drawn = title.len();
    for line in title {
        y += TITLE_LINE;
        text(MARGIN, y, TITLE_SIZE, true, &ink, &line);
    }
    if let Some(note) = &card.note {
        let room_lines = match (card.figures.is_empty(), title_lines_drawn) {
            (true, _) => 6 - title_lines_drawn,
            (false, 1) => 2,
            (false, _) => 1,
        };
        y += 16.0;
        for line in lines(note, NOTE_SIZE, false, room, room_lines) {
            y += NOTE_LINE;
            text(MARGIN, y, NOTE_SIZE, false, &muted, &line);
        }
    }
    let column = room / card.figures.len().max(1) as f64;
    for (i, (value, label)) in card.figures.iter().enumerate() {
        let x = MARGIN + column * i as f64;
        let size = shrink(value, VALUE_SIZE, column - 24.0);
        text(x, 520.0, size, true, ACCENT, value);
        for (j, line) in lines(label, LABEL_SIZE, false, column - 24.0, 2)
            .iter()
            .enumerate()
        {
            text(x, 562.0 + 34.0 * j as f64, LABEL_SIZE, false, &ink, line);
        }
    }
    out.push_str("</svg>\n");
    out
}

/// `text` wrapped to at most `max_lines` of `room`, the last cut with an
/// ellipsis where the text goes on; a phrase wider than a line (Thai
/// runs words together) is cut too.
fn lines(text: &str, size: f64, bold: bool, room: f64, max_lines: usize) -> Vec<String> {
    let all = wrap(text, size, bold, room);
    let mut out: Vec<String> = all
        .iter()
        .take(max_lines)
        .map(|l| fit(l, size, bold, room))
        .collect();
    if all.len() > max_lines
        && let Some(last) = out.last_mut()
        && !last.ends_with('…')
    {
        *last = fit(&format!("{last}…"), size, bold, room);
        if !last.ends_with('…') {
            last.push('…');
        }
    }
    out
}

/// The size at which `value` fits `room`, no larger than `size`.
fn shrink(value: &str, size: f64, room: f64) -> f64 {
    let w = width(value, size, true);
    if w <= room {
        size
    } else {
        (size * room / w).floor()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_to_its_lines_with_an_ellipsis() {
        let text = "การพัฒนาเมืองอัจฉริยะ ในจังหวัดภาคตะวันออก เพื่อคุณภาพชีวิต ของประชาชนทุกคน";
        let out = lines(text, 60.0, true, 500.0, 2);
        assert_eq!(out.len(), 2);
        assert!(out[1].ends_with('…'), "{out:?}");
        assert!(out.iter().all(|l| width(l, 60.0, true) <= 500.0 + 60.0));
        assert_eq!(lines("ระยอง", 60.0, true, 500.0, 2), ["ระยอง"]);
    }

    #[test]
    fn a_value_too_wide_for_its_column_is_drawn_smaller() {
        assert_eq!(shrink("12", 84.0, 500.0), 84.0);
        let s = shrink("1,234,567,890 ล้านบาท", 84.0, 300.0);
        assert!(s < 84.0 && width("1,234,567,890 ล้านบาท", s, true) <= 300.0);
    }
}
