//! Charts: the tile map of the provinces, each province's locator, and
//! projects by province.

use plotters::style::RGBColor;

use super::bars::{Bar, Bars, Row};
use super::draft::*;
use super::draw::{DrawError, INK, MUTED, PAPER, SERIES};
use super::map::{Paint, Tile, TileMap};
use super::names::*;
use super::parts::*;
use super::table::*;
use crate::aggregate::{ProvinceStats, Total};
use crate::model::*;
use crate::render::urls::Route;
use crate::render::view::{Fmt, sort_key};

/// The map's classes of the number of records: none, 1, 2–4, 5–9, 10+.
pub(super) const CLASSES: [(u64, RGBColor, RGBColor); 4] = [
    (1, RGBColor(0xc6, 0xdb, 0xef), INK),
    (2, RGBColor(0x6b, 0xae, 0xd6), INK),
    (5, RGBColor(0x21, 0x71, 0xb5), PAPER),
    (10, RGBColor(0x08, 0x30, 0x6b), PAPER),
];

pub(super) const NONE_PAINT: Paint = Paint {
    fill: PAPER,
    stroke: Some(MUTED),
    ink: MUTED,
};

/// A class's paint. Light fills get an outline of 3:1 or more against
/// the page, so that every tile with records stands out by its edge too.
pub(super) fn class_paint(n: u64) -> Paint {
    CLASSES
        .iter()
        .rev()
        .find(|(from, ..)| n >= *from)
        .map_or(NONE_PAINT, |(_, fill, ink)| Paint {
            fill: *fill,
            stroke: (*ink == INK).then_some(TILE_EDGE),
            ink: *ink,
        })
}

/// The outline of light tiles: 4.9:1 against white.
pub(super) const TILE_EDGE: RGBColor = RGBColor(0x21, 0x71, 0xb5);

/// `Rayong: 3 records (1 area, 2 projects, 0 ambassadors)`
pub(super) fn tile_title(f: &Fmt<'_>, p: ProvinceId, s: &ProvinceStats) -> String {
    f.fill(
        "chart.map.tile",
        &[
            ("province", &f.province_name(p)),
            ("n", &f.count(s.records())),
            ("cities", &f.count(s.cities)),
            ("projects", &f.count(s.projects)),
            ("ambassadors", &f.count(s.ambassadors)),
        ],
    )
}

/// Provinces with their records, each linking to its page; with its
/// region where the provinces are of more than one.
pub(super) fn province_table(f: &Fmt<'_>, provinces: &[ProvinceId], with_region: bool) -> Table {
    let mut head = vec!["chart.col.province"];
    if with_region {
        head.push("chart.col.region");
    }
    head.extend([
        "chart.col.records",
        "chart.col.cities",
        "chart.col.projects",
        "chart.col.ambassadors",
    ]);
    let rows = provinces
        .iter()
        .map(|p| {
            let s = f.stats.province(*p);
            let mut row = vec![Cell::link(
                f.province_name(*p),
                f.href(&Route::Province(*p)),
            )];
            if with_region {
                row.push(Cell::text(
                    f.t(&format!("region.{}", p.get().region6.key())),
                ));
            }
            row.extend([
                Cell::count(f, s.records()),
                Cell::count(f, s.cities),
                Cell::count(f, s.projects),
                Cell::count(f, s.ambassadors),
            ]);
            row
        })
        .collect();
    Table::new(f, &head, rows)
}

pub(super) fn province_map(f: &Fmt<'_>, base: &[Tile]) -> Draft {
    let tiles = ProvinceId::all()
        .zip(base)
        .map(|(p, tile)| {
            let n = f.stats.province(p).records();
            Tile {
                value: (n > 0).then(|| f.count(n)),
                paint: class_paint(n),
                ..tile.clone()
            }
        })
        .collect();
    let legend = [
        ("chart.map.none", 0),
        ("chart.map.one", 1),
        ("chart.map.few", 2),
        ("chart.map.several", 5),
        ("chart.map.many", 10),
    ]
    .map(|(k, n)| (f.t(k), class_paint(n)))
    .to_vec();
    let mut order: Vec<ProvinceId> = ProvinceId::all().collect();
    order.sort_by_key(|p| {
        (
            std::cmp::Reverse(f.stats.province(*p).records()),
            sort_key(&f.province_name(*p)),
        )
    });
    let table = province_table(f, &order, true);
    let covered = f.stats.totals.provinces_covered;
    let top = leaders(
        f,
        &order,
        |p| f.stats.province(*p).records(),
        |p| f.province_name(*p),
        "provinces",
    );
    let desc = top
        .as_ref()
        .map(|(names, n, tied)| {
            f.fill(
                &tie_key("chart.map.desc", *tied),
                &[
                    ("covered", &f.count(covered)),
                    ("total", &f.count(f.stats.provinces_total as u64)),
                    ("province", names),
                    ("n", &f.count(*n)),
                ],
            )
        })
        .unwrap_or_default();
    let caption = f.fill(
        "chart.map.caption",
        &[("total", &f.count(f.stats.provinces_total as u64))],
    );

    let map = TileMap {
        tiles,
        legend,
        focusable: true,
    };
    Draft {
        name: SiteChart::ProvinceMap.key(),
        key: SiteChart::ProvinceMap.key().into(),
        shared_table: None,
        svg: top.is_some().then(|| super::map::draw(&map)),
        caption,
        desc,
        table,
        empty: f.t("chart.map.empty"),
    }
}

/// A tile per province, unpainted: where it goes, its link, its short name
/// and its title. The same for every map of a language, so made once.
pub(super) fn base_tiles(f: &Fmt<'_>) -> Vec<Tile> {
    ProvinceId::all()
        .map(|p| Tile {
            col: p.get().grid_col,
            row: p.get().grid_row,
            href: f.href(&Route::Province(p)),
            short: short(f, p),
            value: None,
            title: tile_title(f, p, &f.stats.province(p)),
            paint: NONE_PAINT,
            bold: false,
        })
        .collect()
}

pub(super) fn province_locator(f: &Fmt<'_>, here: ProvinceId, base: &[Tile]) -> Draft {
    let region = here.get().region6;
    // White on Okabe–Ito blue: 5.1:1, enough for its small bold name.
    let this = Paint {
        fill: SERIES[0],
        stroke: None,
        ink: PAPER,
    };
    let same = Paint {
        fill: RGBColor(0xde, 0xeb, 0xf7),
        stroke: Some(TILE_EDGE),
        ink: INK,
    };
    let other = Paint {
        fill: RGBColor(0xf3, 0xf5, 0xf7),
        stroke: None,
        ink: MUTED,
    };
    let tiles = ProvinceId::all()
        .zip(base)
        .map(|(p, tile)| Tile {
            paint: if p == here {
                this
            } else if p.get().region6 == region {
                same
            } else {
                other
            },
            bold: p == here,
            ..tile.clone()
        })
        .collect();
    let region_name = f.t(&format!("region.{}", region.key()));
    let legend = vec![
        (f.province_name(here), this),
        (
            f.fill("chart.locator.same", &[("region", &region_name)]),
            same,
        ),
        (f.t("chart.locator.other"), other),
    ];
    let mut in_region: Vec<ProvinceId> = ProvinceId::all()
        .filter(|p| p.get().region6 == region)
        .collect();
    in_region.sort_by_cached_key(|p| sort_key(&f.province_name(*p)));
    let table = province_table(f, &in_region, false);
    let covered = in_region
        .iter()
        .filter(|p| f.stats.province(**p).records() > 0)
        .count();
    let desc = f.fill(
        "chart.locator.desc",
        &[
            ("province", &f.province_name(here)),
            ("region", &region_name),
            ("n", &f.count(in_region.len() as u64)),
            ("covered", &f.count(covered as u64)),
        ],
    );
    let caption = f.fill(
        "chart.locator.caption",
        &[
            ("province", &f.province_name(here)),
            ("region", &region_name),
        ],
    );
    let key = ProvinceChart::Locator.key_of(here);
    let map = TileMap {
        tiles,
        legend,
        focusable: false,
    };
    Draft {
        name: ProvinceChart::Locator.key(),
        svg: Some(super::map::draw(&map)),
        key,
        shared_table: Some(SharedTable {
            key: format!("provinces-{}", region.key()),
            caption: f.fill("chart.locator.table_caption", &[("region", &region_name)]),
            desc: f.fill(
                "chart.locator.table_desc",
                &[
                    ("region", &region_name),
                    ("n", &f.count(in_region.len() as u64)),
                    ("covered", &f.count(covered as u64)),
                ],
            ),
        }),
        caption,
        desc,
        table,
        empty: String::new(),
    }
}

pub(super) fn projects_by_province(f: &Fmt<'_>) -> Result<Draft, DrawError> {
    const TOP: usize = 15;
    let mut with: Vec<(ProvinceId, ProvinceStats)> = ProvinceId::all()
        .map(|p| (p, f.stats.province(p)))
        .filter(|(_, s)| s.projects > 0)
        .collect();
    with.sort_by_key(|(p, s)| {
        (
            std::cmp::Reverse(s.project_value_thb),
            std::cmp::Reverse(s.projects),
            sort_key(&f.province_name(*p)),
        )
    });
    let rest = if with.len() > TOP {
        with.split_off(TOP)
    } else {
        Vec::new()
    };
    let mut rows: Vec<(String, Option<String>, Total)> = with
        .iter()
        .map(|(p, s)| {
            (
                f.province_name(*p),
                Some(f.href(&Route::Province(*p))),
                s.total(),
            )
        })
        .collect();
    if !rest.is_empty() {
        let sum: Total = rest.iter().map(|(_, s)| s.total()).sum();
        rows.push((f.fill_n("chart.others", rest.len() as u64, &[]), None, sum));
    }
    let bars = Bars {
        rows: rows
            .iter()
            .map(|(label, _, t)| Row {
                label: label.clone(),
                bars: vec![Bar {
                    value: t.value,
                    colour: SERIES[0],
                    text: projects_and_value(f, *t),
                }],
            })
            .collect(),
        legend: Vec::new(),
        reference: None,
    };
    let desc = leaders(
        f,
        &with,
        |(_, s)| s.project_value_thb,
        |(p, _)| f.province_name(*p),
        "provinces",
    )
    .map(|(names, value, tied)| {
        f.fill(
            &tie_key("chart.by_province.desc", tied),
            &[("province", &names), ("value", &f.money(value))],
        )
    })
    .unwrap_or_default();
    Ok(Draft {
        name: SiteChart::ProjectsByProvince.key(),
        key: SiteChart::ProjectsByProvince.key().into(),
        shared_table: None,
        caption: f.t("chart.by_province.caption"),
        desc,
        table: Table::new(
            f,
            &[
                "chart.col.province",
                "chart.col.projects",
                "chart.col.value",
                "chart.col.without_value",
            ],
            rows.into_iter()
                .map(|(label, href, t)| {
                    vec![
                        Cell::label(label, href),
                        Cell::count(f, t.projects),
                        Cell::total(f, t),
                        Cell::count(f, t.without_value),
                    ]
                })
                .collect(),
        ),
        svg: super::bars::draw(&bars)?,
        empty: f.t("chart.no_value"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::charts::draw::{PAPER, SERIES};

    /// WCAG 2.1 relative luminance and contrast ratio.
    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let lum = |c: RGBColor| {
            let ch = |v: u8| {
                let v = f64::from(v) / 255.0;
                if v <= 0.040_45 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
        };
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn colours_stand_out_from_the_page_and_text_from_its_tile() {
        for c in SERIES {
            assert!(contrast(c, PAPER) >= 3.0, "{c:?}");
        }
        assert!(contrast(TILE_EDGE, PAPER) >= 3.0);
        assert!(contrast(NONE_PAINT.stroke.unwrap(), PAPER) >= 3.0);
        for n in [0, 1, 2, 5, 10] {
            let p = class_paint(n);
            assert!(contrast(p.ink, p.fill) >= 4.5, "class of {n}");
            let edge = p.stroke.unwrap_or(p.fill);
            assert!(contrast(edge, PAPER) >= 3.0, "class of {n}");
        }
        // The locator's own province, white on blue.
        assert!(contrast(PAPER, SERIES[0]) >= 4.5);
    }
}
