//! Charts: the tile-grid map of all 77 provinces, one square each where
//! the province roughly lies, its short name inside, coloured by the
//! chart's measure, each a link to the province's page with its full name
//! and value as the link's `<title>`.
//!
//! Written as SVG here rather than with plotters, which draws shapes but
//! cannot wrap them in links or give each its own `<title>`. It is a
//! `role="group"` of links rather than a `role="img"`: an image's children
//! are hidden from assistive technology, and these are links.

use plotters::style::RGBColor;

use super::draw::{FONT, INK, legend_layout};
use crate::escape::xml_escape;

const TILE: i32 = 34;
const STEP: i32 = 36;
const PAD: i32 = 8;
const COLS: i32 = 10;
const ROWS: i32 = 18;
pub const WIDTH: i32 = PAD * 2 + COLS * STEP - (STEP - TILE);

/// How a tile is painted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paint {
    pub fill: RGBColor,
    /// Outline; `None` for none.
    pub stroke: Option<RGBColor>,
    /// The colour of its text, at 4.5:1 or more against `fill`.
    pub ink: RGBColor,
}

#[derive(Debug, Clone)]
pub struct Tile {
    pub col: u8,
    pub row: u8,
    pub href: String,
    pub short: String,
    /// The value under the short name, where there is one.
    pub value: Option<String>,
    /// The full name and the value, in words.
    pub title: String,
    pub paint: Paint,
    pub bold: bool,
}

#[derive(Debug, Clone)]
pub struct TileMap {
    pub tiles: Vec<Tile>,
    pub legend: Vec<(String, Paint)>,
    /// Whether the tiles are in the keyboard's tab order. A locator map
    /// on a page that lists the same links elsewhere keeps them out.
    pub focusable: bool,
}

fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

fn rect(x: i32, y: i32, w: i32, p: &Paint) -> String {
    let stroke = p
        .stroke
        .map(|s| format!(" stroke=\"{}\"", hex(s)))
        .unwrap_or_default();
    format!(
        "<rect x=\"{}\" y=\"{}\" width=\"{w}\" height=\"{w}\" rx=\"3\" fill=\"{}\"{stroke}/>",
        f64::from(x) + 0.5,
        f64::from(y) + 0.5,
        hex(p.fill)
    )
}

/// The `<svg>` document, as plotters makes one, for `draw::finish`.
pub fn draw(map: &TileMap) -> String {
    let legend_items: Vec<(String, RGBColor)> = map
        .legend
        .iter()
        .map(|(t, p)| (t.clone(), p.fill))
        .collect();
    let (at, legend_h) = legend_layout(&legend_items, WIDTH - 2 * PAD);
    let map_h = ROWS * STEP - (STEP - TILE);
    let height = PAD + map_h + 12 + legend_h + PAD;
    let mut s = format!(
        "<svg width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\">\n<g font-family=\"{}\" text-anchor=\"middle\">\n",
        xml_escape(FONT),
    );
    let tabindex = if map.focusable {
        ""
    } else {
        " tabindex=\"-1\""
    };
    for t in &map.tiles {
        let x = PAD + i32::from(t.col) * STEP;
        let y = PAD + i32::from(t.row) * STEP;
        let cx = x + TILE / 2;
        let weight = if t.bold { " font-weight=\"bold\"" } else { "" };
        s.push_str(&format!(
            "<a href=\"{}\"{tabindex}><title>{}</title>{}",
            xml_escape(&t.href),
            xml_escape(&t.title),
            rect(x, y, TILE - 1, &t.paint),
        ));
        let ink = hex(t.paint.ink);
        match &t.value {
            Some(v) => s.push_str(&format!(
                "<text x=\"{cx}\" y=\"{}\" font-size=\"12\" fill=\"{ink}\"{weight}>{}</text>\
                 <text x=\"{cx}\" y=\"{}\" font-size=\"12\" font-weight=\"bold\" fill=\"{ink}\">{}</text>",
                y + 14,
                xml_escape(&t.short),
                y + 28,
                xml_escape(v),
            )),
            None => s.push_str(&format!(
                "<text x=\"{cx}\" y=\"{}\" font-size=\"13\" fill=\"{ink}\"{weight}>{}</text>",
                y + 22,
                xml_escape(&t.short),
            )),
        }
        s.push_str("</a>\n");
    }
    let top = PAD + map_h + 12;
    for ((text, paint), (dx, dy)) in map.legend.iter().zip(at) {
        let (x, y) = (PAD + dx, top + dy);
        s.push_str(&rect(x, y + 3, 12, paint));
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"13\" text-anchor=\"start\" fill=\"{}\">{}</text>\n",
            x + 18,
            y + 14,
            hex(INK),
            xml_escape(text),
        ));
    }
    s.push_str("</g>\n</svg>\n");
    s
}
