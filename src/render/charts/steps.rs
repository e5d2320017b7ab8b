//! Charts: one figure's history as a small step line, from its first
//! change to its last, each step at the date of the commit that moved it.

use plotters::prelude::*;

use super::draw::{self, Anchor, DrawError, INK, LINE, MUTED, Role, SERIES};

const WIDTH: u32 = 400;
const HEIGHT: u32 = 150;
const PAD: i32 = 10;
const SIZE: f64 = 14.0;

/// A figure's values over time, and its words.
pub struct Steps<'a> {
    /// The element id of the drawing (its title and description hang on it).
    pub id: String,
    pub title: String,
    pub desc: String,
    /// When (a year and its fraction) and the value from then on, in order.
    pub points: Vec<(f64, u64)>,
    /// The first and last dates, as the page writes them.
    pub first: String,
    pub last: String,
    /// A value as the page writes it.
    pub value: &'a dyn Fn(u64) -> String,
}

/// The drawing, or `None` where there are fewer than two points.
pub fn draw(s: &Steps<'_>) -> Result<Option<String>, DrawError> {
    let (Some(&(x0, first)), Some(&(x_last, last))) = (s.points.first(), s.points.last()) else {
        return Ok(None);
    };
    if s.points.len() < 2 {
        return Ok(None);
    }
    let top = s.points.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    // Room after the last step for its value, and above the highest.
    let span = (x_last - x0).max(1.0 / 365.0);
    let x1 = x_last + span * 0.15;
    let y_max = top.saturating_add(top.div_ceil(4).max(1));
    let svg = draw::canvas(WIDTH, HEIGHT, |root| {
        let err = |e: DrawingAreaErrorKind<_>| e.to_string();
        let plot = root.margin(PAD + 8, PAD + 22, PAD, PAD);
        let chart = ChartBuilder::on(&plot)
            .build_cartesian_2d(x0..x1, 0u64..y_max)
            .map_err(err)?;
        let at = |x: f64, y: u64| chart.backend_coord(&(x, y));
        let (left, bottom) = at(x0, 0);
        let (right, _) = at(x1, 0);
        draw::line(root, vec![(left, bottom), (right, bottom)], &LINE, 1)?;
        let mut points = Vec::new();
        let mut before: Option<u64> = None;
        for (x, v) in &s.points {
            if let Some(b) = before {
                points.push(at(*x, b));
            }
            points.push(at(*x, *v));
            before = Some(*v);
        }
        points.push(at(x1, last));
        draw::line(root, points, &SERIES[0], 3)?;
        let (fx, fy) = at(x0, first);
        draw::label(
            root,
            &(s.value)(first),
            (fx, fy - 22),
            SIZE,
            false,
            &INK,
            Anchor::TopLeft,
        )?;
        let (lx, ly) = at(x1, last);
        draw::label(
            root,
            &(s.value)(last),
            (lx, ly - 14),
            SIZE,
            true,
            &SERIES[0],
            Anchor::Right,
        )?;
        draw::label(
            root,
            &s.first,
            (left, bottom + 6),
            SIZE,
            false,
            &MUTED,
            Anchor::TopLeft,
        )?;
        draw::label(
            root,
            &s.last,
            (right, bottom + 6),
            SIZE,
            false,
            &MUTED,
            Anchor::TopRight,
        )?;
        Ok(())
    })?;
    Ok(Some(draw::finish(
        &svg,
        &s.id,
        &s.title,
        &s.desc,
        Role::Image,
    )))
}
