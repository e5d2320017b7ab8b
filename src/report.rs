//! The short summary `mueang check` prints, in the language of the run:
//! headline figures and the reconciliation of every reported figure.
//! Plain text, deterministic. Ids, sources and dates stay as written.

use std::fmt::Write;

use crate::aggregate::{Report, Stats, Verdict};
use crate::catalogue::Said;
use crate::model::vocab::Vocabulary;
use crate::model::{Baht, CityStatus, Lang, Metric, PartialDate, Site, Text};

pub fn summary(site: &Site, stats: &Stats, lang: Lang) -> String {
    let t = &stats.totals;
    let say = |s: Said| s.text(lang);
    let mut out = String::new();
    let line = |out: &mut String, label: String, value: String| {
        let _ = writeln!(out, "  {label}: {value}");
    };
    let _ = writeln!(out, "{}", site.config.title.get(lang));
    let counts = [
        ("summary-n-cohorts", site.cohorts.len()),
        ("summary-n-cities", site.cities.len()),
        ("summary-n-projects", site.projects.len()),
        ("summary-n-ambassadors", site.ambassadors.len()),
        ("summary-n-news", site.news.len()),
        ("summary-n-pages", site.pages.len()),
        ("summary-n-sources", site.sources.len()),
    ]
    .map(|(id, n)| say(Said::new(id).count("n", n)));
    let _ = writeln!(
        out,
        "  {}",
        say(Said::new("summary-records").arg("list", counts.join(", ")))
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", say(Said::new("summary-itemised-heading")));
    line(
        &mut out,
        say(Said::new("summary-label-cohorts")),
        t.cohorts.to_string(),
    );
    line(
        &mut out,
        Metric::Cities.label(lang).to_string(),
        say(Said::new("summary-certified-in")
            .count("cities", t.cities_certified as usize)
            .count("provinces", t.provinces_certified as usize)),
    );
    let by_status: Vec<String> = CityStatus::ALL
        .iter()
        .map(|s| {
            let n = stats.cities_by_status.get(s.key()).copied().unwrap_or(0);
            format!("{} {n}", s.name(lang))
        })
        .collect();
    line(
        &mut out,
        say(Said::new("summary-label-areas")),
        format!("{} ({})", t.cities, by_status.join(", ")),
    );
    line(
        &mut out,
        Metric::Projects.label(lang).to_string(),
        t.projects.to_string(),
    );
    let value = Baht(t.project_value_thb).format(lang);
    let projects = |n: u64| say(Said::new("summary-projects").count("n", n as usize));
    line(
        &mut out,
        Metric::ValueThb.label(lang).to_string(),
        match t.projects_without_value {
            0 => value,
            without if without == t.projects => {
                say(Said::new("summary-no-value").arg("projects", projects(without)))
            }
            without => say(Said::new("summary-value-part")
                .arg("value", value)
                .count("valued", (t.projects - without) as usize)
                .arg("projects", projects(t.projects))
                .count("without", without as usize)),
        },
    );
    line(
        &mut out,
        Metric::Ambassadors.label(lang).to_string(),
        t.ambassadors.to_string(),
    );
    let of = |n: u64, total: u64| {
        say(Said::new("summary-of")
            .count("n", n as usize)
            .count("total", total as usize))
    };
    line(
        &mut out,
        Metric::Provinces.label(lang).to_string(),
        of(t.provinces_covered, stats.provinces_total as u64),
    );
    line(
        &mut out,
        say(Said::new("summary-label-regions")),
        of(t.regions_covered, 6),
    );

    if !stats.reconciliation.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", say(Said::new("summary-reported-heading")));
        for r in &stats.reconciliation {
            let fmt = |v: u64| value_of(r.metric, v, lang);
            let unvalued = r.total.is_some_and(|t| t.projects > 0 && !t.known());
            let computed = match (r.computed, r.total) {
                (_, Some(t)) if unvalued => {
                    say(Said::new("summary-no-value").arg("projects", projects(t.projects)))
                }
                (Some(v), _) => fmt(v),
                (None, _) => "-".to_string(),
            };
            let verdict = match r.verdict {
                Verdict::Matches => Said::new("summary-matches"),
                Verdict::PartlyItemised if unvalued => Said::new("summary-partly-unvalued"),
                Verdict::PartlyItemised => Said::new("summary-partly")
                    .arg("computed", computed.as_str())
                    .arg("reported", fmt(r.reported)),
                Verdict::Exceeds => Said::new("summary-exceeds"),
                Verdict::SourcesDisagree => Said::new("summary-disagree"),
                Verdict::ReportedOnly => Said::new("summary-reported-only"),
            };
            let said = Said::new("summary-reconciled")
                .arg("scope", r.scope.key())
                .arg("metric", r.metric.label(lang))
                .arg("reported", fmt(r.reported))
                .arg("cite", cite(r.as_of, &r.source.0, lang))
                .arg("computed", computed.as_str())
                .said("verdict", verdict);
            let _ = writeln!(out, "  {}", say(said));
            for (id, list) in [
                ("summary-earlier", &r.history),
                ("summary-otherwise", &r.disagreeing),
                ("summary-also", &r.corroborating),
            ] {
                if !list.is_empty() {
                    let said = Said::new(id).arg("list", reports(list, lang));
                    let _ = writeln!(out, "      {}", say(said));
                }
            }
            note(&mut out, r.note.as_ref(), lang);
        }
    }
    if !stats.targets.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", say(Said::new("summary-targets-heading")));
        for r in &stats.targets {
            let said = Said::new("summary-target")
                .arg("scope", r.scope.key())
                .arg("metric", r.metric.label(lang))
                .arg("value", value_of(r.metric, r.value, lang))
                .arg("cite", cite(r.as_of, &r.source.0, lang));
            let _ = writeln!(out, "  {}", say(said));
            note(&mut out, r.note.as_ref(), lang);
        }
    }
    data_settings(&mut out, site, lang);
    out
}

/// The open-data catalog's settings (`site.yaml`'s `data:`), each marked
/// where it is the default, so that an editor sees what a portal will be
/// told without reading the catalog.
fn data_settings(out: &mut String, site: &Site, lang: Lang) {
    use crate::model::opendata::FIELDS;
    let data = &site.config.data;
    let say = |s: Said| s.text(lang);
    let words = |list: Vec<&str>| list.join(", ");
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", say(Said::new("summary-data-heading")));
    for field in FIELDS {
        let value = match field {
            "publisher" => data.publisher.get(lang).to_string(),
            "contact" => data
                .contact
                .clone()
                .unwrap_or_else(|| say(Said::new("summary-data-none"))),
            "licence" => data.licence.key().to_string(),
            "update_frequency" => data.update_frequency.key().to_string(),
            "coverage" => data.coverage.key().to_string(),
            "category" => data.category.key().to_string(),
            "topics" => words(data.topics.iter().map(|t| t.key()).collect()),
            "created" => data
                .created
                .map(|d| d.iso())
                .unwrap_or_else(|| say(Said::new("summary-data-earliest"))),
            _ => words(data.keywords.iter().map(|k| k.get(lang)).collect()),
        };
        let value = if data.defaults.contains(&field) {
            say(Said::new("summary-data-default").arg("value", value))
        } else {
            value
        };
        let _ = writeln!(out, "  {field}: {value}");
    }
}

/// A figure as the summary shows it: baht in the run's language, counts
/// with their thousands grouped.
fn value_of(metric: Metric, value: u64, lang: Lang) -> String {
    match metric {
        Metric::ValueThb => Baht(value).format(lang),
        _ => crate::text::group_thousands(value),
    }
}

fn note(out: &mut String, note: Option<&Text>, lang: Lang) {
    if let Some(n) = note {
        let said = Said::new("summary-note").arg("text", n.get(lang));
        let _ = writeln!(out, "      {}", said.text(lang));
    }
}

/// When and where a figure was reported: the date as written, or
/// "undated", and the source's id.
fn cite(as_of: Option<PartialDate>, source: &str, lang: Lang) -> String {
    let date = match as_of {
        Some(d) => d.iso(),
        None => Said::new("summary-undated").text(lang),
    };
    format!("{date}, {source}")
}

fn reports(list: &[Report], lang: Lang) -> String {
    list.iter()
        .map(|r| {
            format!(
                "{} ({})",
                value_of(r.metric, r.value, lang),
                cite(r.as_of, &r.source.0, lang)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}
