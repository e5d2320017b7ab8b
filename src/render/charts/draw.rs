//! Charts: drawing with plotters' SVG backend, in the chart's own units
//! (one unit is one CSS pixel at the chart's natural size), and the
//! finishing touches plotters does not make: the root element's role, its
//! `<title>` and `<desc>`, and sizes that scale with the page.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::width;
use crate::escape::xml_escape;

/// The theme's font stack; the page's CSS says the same, and wins.
pub const FONT: &str = "Sarabun, 'Noto Sans Thai', sans-serif";
/// Ink and rules, as the theme's `--ink`, `--muted` and `--line`.
pub const INK: RGBColor = RGBColor(0x1b, 0x1f, 0x24);
pub const MUTED: RGBColor = RGBColor(0x4f, 0x58, 0x61);
pub const LINE: RGBColor = RGBColor(0xc9, 0xd0, 0xd6);
pub const PAPER: RGBColor = RGBColor(0xff, 0xff, 0xff);

/// A colour as SVG writes it: `#1b1f24`.
pub fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}
/// Okabe–Ito's blue, vermillion, bluish green and reddish purple: the
/// colours of that colour-blind-safe palette with at least 3:1 contrast
/// against white (5.1, 3.8, 3.4 and 3.1 to 1).
pub const SERIES: [RGBColor; 4] = [
    RGBColor(0x00, 0x72, 0xb2),
    RGBColor(0xd5, 0x5e, 0x00),
    RGBColor(0x00, 0x9e, 0x73),
    RGBColor(0xcc, 0x79, 0xa7),
];

/// plotters writes `font-size` as the size it is given divided by 1.24.
const PLOTTERS_FONT_SCALE: f64 = 1.24;

pub type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// A failure inside plotters, as text for a diagnostic.
pub type DrawError = String;

/// Draws on a `w` × `h` canvas and returns the SVG document.
pub fn canvas(
    w: u32,
    h: u32,
    paint: impl FnOnce(&Area<'_>) -> Result<(), DrawError>,
) -> Result<String, DrawError> {
    let mut buf = String::new();
    {
        let area = SVGBackend::with_string(&mut buf, (w, h)).into_drawing_area();
        paint(&area)?;
        area.present().map_err(|e| e.to_string())?;
    }
    Ok(buf)
}

/// How a label sits against its point.
#[derive(Debug, Clone, Copy)]
pub enum Anchor {
    /// Left edge, top.
    TopLeft,
    /// Right edge, top.
    TopRight,
    /// Right edge, middle.
    Right,
    /// Left edge, middle.
    Left,
    /// Centre, middle.
    Centre,
    /// Centre, top.
    Top,
}

/// A label of `size` units at `(x, y)`.
#[allow(clippy::too_many_arguments)]
pub fn label(
    area: &Area<'_>,
    text: &str,
    (x, y): (i32, i32),
    size: f64,
    bold: bool,
    colour: &RGBColor,
    anchor: Anchor,
) -> Result<(), DrawError> {
    let (h, v) = match anchor {
        Anchor::TopLeft => (HPos::Left, VPos::Top),
        Anchor::TopRight => (HPos::Right, VPos::Top),
        Anchor::Right => (HPos::Right, VPos::Center),
        Anchor::Left => (HPos::Left, VPos::Center),
        Anchor::Centre => (HPos::Center, VPos::Center),
        Anchor::Top => (HPos::Center, VPos::Top),
    };
    let style = FontDesc::new(
        FontFamily::Name(FONT),
        size * PLOTTERS_FONT_SCALE,
        if bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        },
    )
    .color(colour)
    .pos(Pos::new(h, v));
    area.draw(&Text::new(text.to_string(), (x, y), style))
        .map_err(|e| e.to_string())
}

/// A filled rectangle from `(x0, y0)` to `(x1, y1)`.
pub fn rect(
    area: &Area<'_>,
    (x0, y0): (i32, i32),
    (x1, y1): (i32, i32),
    colour: &RGBColor,
) -> Result<(), DrawError> {
    area.draw(&Rectangle::new([(x0, y0), (x1, y1)], colour.filled()))
        .map_err(|e| e.to_string())
}

/// A line of `stroke` units through `points`.
pub fn line(
    area: &Area<'_>,
    points: Vec<(i32, i32)>,
    colour: &RGBColor,
    stroke: u32,
) -> Result<(), DrawError> {
    area.draw(&PathElement::new(points, colour.stroke_width(stroke)))
        .map_err(|e| e.to_string())
}

const LEGEND_SIZE: f64 = 14.0;
const SWATCH: i32 = 12;
const LEGEND_LINE: i32 = 22;

/// Where each of `items` (a swatch and its text) goes, in lines no wider
/// than `max`, from the origin; and the height the lines take.
pub fn legend_layout(items: &[(String, RGBColor)], max: i32) -> (Vec<(i32, i32)>, i32) {
    let (mut x, mut y) = (0, 0);
    let mut at = Vec::with_capacity(items.len());
    for (text, _) in items {
        let w = SWATCH + 6 + width::width(text, LEGEND_SIZE, false).ceil() as i32;
        if x > 0 && x + w > max {
            x = 0;
            y += LEGEND_LINE;
        }
        at.push((x, y));
        x += w + 16;
    }
    (at, y + LEGEND_LINE)
}

/// Draws the legend of `items` from `(x, y)`; returns the height used.
pub fn legend(
    area: &Area<'_>,
    items: &[(String, RGBColor)],
    (x, y): (i32, i32),
    max: i32,
) -> Result<i32, DrawError> {
    let (at, height) = legend_layout(items, max);
    for ((text, colour), (dx, dy)) in items.iter().zip(at) {
        let (cx, cy) = (x + dx, y + dy);
        rect(area, (cx, cy + 3), (cx + SWATCH, cy + 3 + SWATCH), colour)?;
        label(
            area,
            text,
            (cx + SWATCH + 6, cy + 9),
            LEGEND_SIZE,
            false,
            &INK,
            Anchor::Left,
        )?;
    }
    Ok(height)
}

/// What the whole image is to assistive technology.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// One picture: `role="img"`, its parts hidden.
    Image,
    /// A map of links: `role="group"`, each link with its own `<title>`.
    Links,
}

/// Makes a document (plotters', or a map's) an accessible image that
/// scales with the page: named by its `<title>` and described by its
/// `<desc>`, ids prefixed by `id`; font sizes written plainly.
pub fn finish(svg: &str, id: &str, title: &str, desc: &str, role: Role) -> String {
    let body = svg.split_once(">\n").map_or(svg, |(_, body)| body);
    let (w, h) = size_of(svg);
    let (role, class) = match role {
        Role::Image => ("img", "chart__svg"),
        Role::Links => ("group", "chart__svg chart__map"),
    };
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" \
         role=\"{role}\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" class=\"{class}\">\n\
         <title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n{}",
        xml_escape(title),
        xml_escape(desc),
        plain_font_sizes(body),
    )
}

/// `font-size="15.000000000000002"` (plotters' float arithmetic) as
/// `font-size="15"`.
pub(super) fn plain_font_sizes(svg: &str) -> String {
    const ATTR: &str = "font-size=\"";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(i) = rest.find(ATTR) {
        let (head, tail) = rest.split_at(i + ATTR.len());
        out.push_str(head);
        let end = tail.find('"').unwrap_or(tail.len());
        match tail[..end].parse::<f64>() {
            Ok(v) => out.push_str(&format!("{}", (v * 100.0).round() / 100.0)),
            Err(_) => out.push_str(&tail[..end]),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// The `width` and `height` plotters gave the root element.
pub(super) fn size_of(svg: &str) -> (u32, u32) {
    let attr = |name: &str| {
        svg.split_once(&format!(" {name}=\""))
            .and_then(|(_, rest)| rest.split_once('"'))
            .and_then(|(n, _)| n.parse().ok())
            .unwrap_or(0)
    };
    (attr("width"), attr("height"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plotters_output_becomes_a_named_image() {
        let svg = canvas(120, 40, |area| {
            label(
                area,
                "ระยอง <1>",
                (4, 4),
                14.0,
                false,
                &INK,
                Anchor::TopLeft,
            )?;
            rect(area, (0, 30), (60, 40), &SERIES[0])
        })
        .unwrap();
        let svg = finish(&svg, "c", "ชื่อ", "คำอธิบาย & ผล", Role::Image);
        assert!(
            svg.starts_with(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" \
             height=\"40\" role=\"img\" aria-labelledby=\"c-title\" aria-describedby=\"c-desc\" \
             class=\"chart__svg\">\n\
             <title id=\"c-title\">ชื่อ</title>\n<desc id=\"c-desc\">คำอธิบาย &amp; ผล</desc>\n<text"
            ),
            "{svg}"
        );
        assert!(svg.contains("font-size=\"14\""), "{svg}");
        assert!(svg.contains(">\nระยอง &lt;1&gt;\n</text>"), "{svg}");
        assert!(svg.trim_end().ends_with("</svg>"));
    }
}
