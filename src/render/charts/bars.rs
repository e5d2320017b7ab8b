//! Charts: horizontal bars, each category's label on a line of its own
//! above its bars, so that a long Thai name has the chart's whole width
//! on a phone, and every bar labelled with its value at its end.

use plotters::style::RGBColor;

use super::draw::{self, Anchor, Area, DrawError, INK, LINE, MUTED};
use super::width::{fit, width};

/// The chart's natural width; it scales with the page.
pub const WIDTH: i32 = 400;
const PAD: i32 = 8;
const LABEL_SIZE: f64 = 15.0;
const VALUE_SIZE: f64 = 14.0;
const LABEL_H: i32 = 23;
const BAR_H: i32 = 17;
const BAR_GAP: i32 = 4;
const ROW_GAP: i32 = 10;
/// Between a bar's end and its value.
const VALUE_GAP: i32 = 5;

#[derive(Debug, Clone)]
pub struct Bars {
    pub rows: Vec<Row>,
    /// Shown above the bars where the rows have more than one series.
    pub legend: Vec<(String, RGBColor)>,
    /// A line across every row, such as 100 % of what was reported.
    pub reference: Option<(u64, String)>,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub label: String,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Clone)]
pub struct Bar {
    pub value: u64,
    pub colour: RGBColor,
    /// The value as the reader sees it, at the bar's end.
    pub text: String,
}

/// Draws the bars; `None` when no bar has a value.
pub fn draw(chart: &Bars) -> Result<Option<String>, DrawError> {
    let plot_w = f64::from(WIDTH - 2 * PAD);
    // The scale at which every bar and its value fit the width.
    let mut scale = f64::INFINITY;
    for bar in chart.rows.iter().flat_map(|r| &r.bars) {
        if bar.value > 0 {
            let room = plot_w - f64::from(VALUE_GAP) - width(&bar.text, VALUE_SIZE, true);
            scale = scale.min(room.max(1.0) / bar.value as f64);
        }
    }
    if let Some((value, text)) = &chart.reference {
        let room = plot_w - width(text, VALUE_SIZE, false) / 2.0;
        scale = scale.min(room / *value as f64);
    }
    if !scale.is_finite() {
        return Ok(None);
    }
    let len = |v: u64| (v as f64 * scale).round() as i32;

    let mut h = PAD;
    if chart.legend.len() > 1 {
        h += draw::legend_layout(&chart.legend, WIDTH - 2 * PAD).1;
    }
    if chart.reference.is_some() {
        h += LABEL_H;
    }
    let rows_top = h;
    for row in &chart.rows {
        h += LABEL_H + row.bars.len() as i32 * (BAR_H + BAR_GAP) - BAR_GAP + ROW_GAP;
    }
    let height = h - ROW_GAP + PAD;

    let svg = draw::canvas(WIDTH as u32, height as u32, |area| {
        let mut y = PAD;
        if chart.legend.len() > 1 {
            y += draw::legend(area, &chart.legend, (PAD, y), WIDTH - 2 * PAD)?;
        }
        if let Some((value, text)) = &chart.reference {
            let x = PAD + len(*value);
            draw::label(
                area,
                text,
                (x, y + 2),
                VALUE_SIZE,
                false,
                &MUTED,
                Anchor::Top,
            )?;
            draw::line(area, vec![(x, rows_top - 4), (x, height - PAD)], &LINE, 2)?;
        }
        y = rows_top;
        for row in &chart.rows {
            rows(area, row, &mut y, &len)?;
        }
        draw::line(area, vec![(PAD, rows_top), (PAD, height - PAD)], &LINE, 1)
    })?;
    Ok(Some(svg))
}

fn rows(
    area: &Area<'_>,
    row: &Row,
    y: &mut i32,
    len: &impl Fn(u64) -> i32,
) -> Result<(), DrawError> {
    let label = fit(
        &row.label,
        LABEL_SIZE,
        false,
        f64::from(WIDTH - 2 * PAD - 4),
    );
    draw::label(
        area,
        &label,
        (PAD + 4, *y + 2),
        LABEL_SIZE,
        false,
        &INK,
        Anchor::TopLeft,
    )?;
    *y += LABEL_H;
    for bar in &row.bars {
        let l = len(bar.value);
        if l > 0 {
            draw::rect(area, (PAD, *y), (PAD + l, *y + BAR_H), &bar.colour)?;
        }
        draw::label(
            area,
            &bar.text,
            (PAD + l + VALUE_GAP, *y + BAR_H / 2),
            VALUE_SIZE,
            true,
            &INK,
            Anchor::Left,
        )?;
        *y += BAR_H + BAR_GAP;
    }
    *y += ROW_GAP - BAR_GAP;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::charts::draw::SERIES;

    fn bar(value: u64, text: &str) -> Bar {
        Bar {
            value,
            colour: SERIES[0],
            text: text.into(),
        }
    }

    #[test]
    fn the_longest_bar_and_its_value_fit_the_width() {
        let chart = Bars {
            rows: vec![
                Row {
                    label: "สิ่งแวดล้อมอัจฉริยะ".into(),
                    bars: vec![bar(40, "40 โครงการ · 1,170 ล้านบาท")],
                },
                Row {
                    label: "การเดินทางและขนส่งอัจฉริยะ".into(),
                    bars: vec![bar(10, "10 โครงการ · 12 ล้านบาท")],
                },
            ],
            legend: Vec::new(),
            reference: None,
        };
        let svg = draw(&chart).unwrap().unwrap();
        let widths: Vec<i32> = svg
            .lines()
            .filter(|l| l.starts_with("<rect"))
            .filter_map(|l| l.split(" width=\"").nth(1)?.split('"').next()?.parse().ok())
            .collect();
        let text_w = width("40 โครงการ · 1,170 ล้านบาท", VALUE_SIZE, true);
        assert_eq!(widths.len(), 2);
        // The long bar ends where its value just fits; the other is in
        // proportion, to the pixel.
        assert_eq!(
            widths[0],
            (f64::from(WIDTH - 2 * PAD - VALUE_GAP) - text_w).round() as i32
        );
        assert!((widths[1] * 4 - widths[0]).abs() <= 4, "{widths:?}");
        assert!(svg.contains(">\nสิ่งแวดล้อมอัจฉริยะ\n</text>"));
    }

    #[test]
    fn nothing_to_draw_is_none() {
        let chart = Bars {
            rows: vec![Row {
                label: "x".into(),
                bars: vec![bar(0, "0")],
            }],
            legend: Vec::new(),
            reference: None,
        };
        assert_eq!(draw(&chart).unwrap(), None);
    }
}
