//! Charts: a count over time, as a step line of what the records date,
//! with the totals that reports gave marked as points beside it.

use plotters::prelude::*;

use super::draw::{self, Anchor, DrawError, FONT, INK, LINE, MUTED, SERIES};
use super::width::width;
use crate::text::group_thousands;

pub const WIDTH: u32 = 400;
const HEIGHT: u32 = 280;
const PAD: i32 = 8;
const SIZE: f64 = 14.0;
/// Year labels (about 35 units each) that fit across the plot.
const MAX_YEAR_LABELS: usize = 8;

#[derive(Debug, Clone)]
pub struct Timeline {
    /// The years shown, first and last (Common Era), with the label of
    /// each in the page's language.
    pub years: Vec<(i32, String)>,
    /// Where the count steps up (a year and its fraction) and the total
    /// after the step.
    pub steps: Vec<(f64, u64)>,
    /// Reported totals: when, how many.
    pub reports: Vec<(f64, u64)>,
    pub legend: Vec<(String, RGBColor)>,
}

pub fn draw(t: &Timeline) -> Result<Option<String>, DrawError> {
    let (Some(first), Some(last)) = (t.years.first(), t.years.last()) else {
        return Ok(None);
    };
    let top = t
        .steps
        .iter()
        .chain(&t.reports)
        .map(|(_, v)| *v)
        .max()
        .unwrap_or(0);
    if top == 0 {
        return Ok(None);
    }
    // Room above the highest point for its label.
    let y_max = top.saturating_add(top.div_ceil(5).max(1));
    let (x0, x1) = (f64::from(first.0), f64::from(last.0 + 1));
    let y_label_w = width(&group_thousands(y_max), SIZE, false).ceil() as i32 + 10;
    let (_, legend_h) = draw::legend_layout(&t.legend, WIDTH as i32 - 2 * PAD);
    let svg = draw::canvas(WIDTH, HEIGHT, |root| {
        let err = |e: DrawingAreaErrorKind<_>| e.to_string();
        draw::legend(root, &t.legend, (PAD, PAD), WIDTH as i32 - 2 * PAD)?;
        let plot = root.margin(PAD + legend_h + 4, PAD, PAD, PAD + 6);
        let mut chart = ChartBuilder::on(&plot)
            .x_label_area_size(26)
            .y_label_area_size(y_label_w)
            .build_cartesian_2d(x0..x1, 0u64..y_max)
            .map_err(err)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(5)
            .y_label_formatter(&|v| group_thousands(*v))
            .label_style(
                FontDesc::new(FontFamily::Name(FONT), SIZE * 1.24, FontStyle::Normal).color(&MUTED),
            )
            .axis_style(MUTED)
            .bold_line_style(LINE)
            .light_line_style(TRANSPARENT)
            .draw()
            .map_err(err)?;
        let at = |x: f64, y: u64| chart.backend_coord(&(x, y));
        // Years: a tick at each start, the label in the middle; over a
        // long span, a label every few years, as many as fit.
        let every = t.years.len().div_ceil(MAX_YEAR_LABELS).max(1);
        for (i, (year, text)) in t.years.iter().enumerate() {
            let (x, y) = at(f64::from(*year), 0);
            if i % every == 0 {
                draw::line(root, vec![(x, y), (x, y + 5)], &MUTED, 1)?;
                let (mx, _) = at(f64::from(*year) + 0.5, 0);
                draw::label(root, text, (mx, y + 7), SIZE, false, &INK, Anchor::Top)?;
            }
        }
        // The records: a step line from zero, to the end of the last year.
        if let Some((_, last_total)) = t.steps.last() {
            let mut points = vec![at(t.steps[0].0, 0)];
            let mut total = 0;
            for (x, after) in &t.steps {
                points.push(at(*x, total));
                points.push(at(*x, *after));
                total = *after;
            }
            points.push(at(x1, total));
            draw::line(root, points, &SERIES[0], 3)?;
            let (x, y) = at(x1, *last_total);
            let text = group_thousands(*last_total);
            draw::label(
                root,
                &text,
                (x - 2, y - 12),
                SIZE,
                true,
                &SERIES[0],
                Anchor::Right,
            )?;
        }
        // The reports: a point each, with its value.
        for (x, value) in &t.reports {
            let (px, py) = at(*x, *value);
            root.draw(&Circle::new((px, py), 5, SERIES[1].filled()))
                .map_err(err)?;
            let text = group_thousands(*value);
            draw::label(root, &text, (px, py - 16), SIZE, true, &INK, Anchor::Centre)?;
        }
        Ok(())
    })?;
    Ok(Some(svg))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timeline(years: std::ops::RangeInclusive<i32>, value: u64) -> Timeline {
        Timeline {
            years: years.map(|y| (y, y.to_string())).collect(),
            steps: vec![(2021.5, 3)],
            reports: vec![(2022.5, value)],
            legend: Vec::new(),
        }
    }

    #[test]
    fn a_long_span_labels_a_year_in_every_few() {
        let svg = draw(&timeline(1900..=2200, 5)).unwrap().unwrap();
        let years = svg
            .lines()
            .filter(|l| l.len() == 4 && l.parse::<i32>().is_ok())
            .count();
        assert_eq!(years, 8, "301 years, a label every 38");
    }

    #[test]
    fn the_largest_count_does_not_overflow_the_axis() {
        let svg = draw(&timeline(2021..=2022, u64::MAX)).unwrap().unwrap();
        assert!(svg.contains("18,446,744,073,709,551,615"));
    }
}
