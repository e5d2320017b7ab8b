//! Model: the figures a record reports (press releases' claims), each checked
//! for what it may report.

use super::resolver::*;
use crate::catalogue::Said;
use crate::diag::clip;
use crate::load::raw::{RawReported, RawText};
use crate::load::yaml::Block;
use crate::model::bounds::{self};
use crate::model::money::parse_baht;
use crate::model::site::*;

impl Resolver<'_> {
    pub(super) fn reported(&mut self, b: &Block<'_>, scope: Scope, r: &RawReported) {
        // Every part is checked, so that one entry's mistakes show together.
        let metric = self.vocab::<Metric>(b, &r.metric, "metric");
        let value = match metric {
            Some(Metric::ValueThb) => match parse_baht(&r.value.value.0) {
                Ok(baht) => Some(baht.0),
                Err(e) => {
                    let (message, help) = e.said();
                    let message = Said::new("value-then")
                        .arg("value", clip(&r.value.value.0))
                        .said("message", message);
                    self.error(b.said_at(&r.value, "value", message, help));
                    None
                }
            },
            Some(_) => self.count(b, &r.value, "value"),
            // Unknown metric: whether the value is money or a count is unknown.
            None => None,
        };
        if let (Some(metric), Some(value)) = (metric, value)
            && let Some(d) = bounds::provinces(b, metric, value, &r.value)
        {
            self.error(d);
        }
        let as_of = match &r.as_of {
            Some(d) => self.date(b, d, "as_of").map(Some),
            None => Some(None),
        };
        if let (Some(Some(date)), Some(written), Some(build)) = (as_of, &r.as_of, self.build_date)
            && let Some(d) = bounds::as_of(b, build, &date, written, &r.source)
        {
            self.error(d);
        }
        let source = self.source_ref(b, &r.source, "source");
        let kind = match &r.kind {
            Some(k) => self.vocab::<ReportKind>(b, k, "kind"),
            None => Some(ReportKind::Outcome),
        };
        let spot = b.spot_of(&r.metric);
        if let (Some(metric), Some(value), Some(as_of), Some(source), Some(kind)) =
            (metric, value, as_of, source, kind)
        {
            self.reported.push(Reported {
                scope,
                metric,
                value,
                as_of,
                source,
                kind,
                note: r.note.as_ref().map(|n: &RawText| n.0.clone()),
                at: At {
                    path: b.file.path.clone(),
                    spot,
                },
            });
        }
    }
}
