//! The short bilingual summary `mueang check` prints: headline figures and
//! the reconciliation of every reported figure. Plain text, deterministic.

use std::fmt::Write;

use crate::aggregate::format_value;
use crate::aggregate::{Report, Stats, Verdict};
use crate::model::{Lang, Site};

pub fn summary(site: &Site, stats: &Stats) -> String {
    let t = &stats.totals;
    let mut out = String::new();
    let line = |out: &mut String, th: &str, en: &str, value: String| {
        let _ = writeln!(out, "  {th} | {en}: {value}");
    };
    let _ = writeln!(
        out,
        "{} | {}",
        site.config.title.get(Lang::Th),
        site.config.title.get(Lang::En)
    );
    let counts = [
        (site.cohorts.len(), "cohort", "cohorts"),
        (site.cities.len(), "city", "cities"),
        (site.projects.len(), "project", "projects"),
        (site.ambassadors.len(), "ambassador", "ambassadors"),
        (site.news.len(), "news item", "news items"),
        (site.pages.len(), "page", "pages"),
        (site.sources.len(), "source", "sources"),
    ]
    .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }));
    let _ = writeln!(out, "  records: {}", counts.join(", "));
    let _ = writeln!(out);
    let _ = writeln!(out, "ตัวเลขจากข้อมูลรายการ | Figures from itemised records");
    line(&mut out, "รุ่น", "cohorts", t.cohorts.to_string());
    let certified_provinces = t.provinces_certified;
    line(
        &mut out,
        "เมืองอัจฉริยะที่ได้รับการรับรอง",
        "certified smart-city areas",
        format!(
            "{} (ใน {certified_provinces} จังหวัด | in {certified_provinces} province{})",
            t.cities_certified,
            if certified_provinces == 1 { "" } else { "s" }
        ),
    );
    let by_status: Vec<String> = stats
        .cities_by_status
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    line(
        &mut out,
        "พื้นที่ทั้งหมด",
        "all areas",
        format!("{} ({})", t.cities, by_status.join(", ")),
    );
    line(&mut out, "โครงการ", "projects", t.projects.to_string());
    line(
        &mut out,
        "มูลค่าโครงการ",
        "project value",
        match t.projects_without_value {
            0 => format!(
                "{} | {}",
                crate::model::Baht(t.project_value_thb).format(Lang::Th),
                crate::model::Baht(t.project_value_thb).format(Lang::En)
            ),
            without if without == t.projects => {
                format!("ไม่ระบุมูลค่า | no stated value ({})", projects(without))
            }
            without => format!(
                "{} | {}, from {} of {}; {without} without a stated value",
                crate::model::Baht(t.project_value_thb).format(Lang::Th),
                crate::model::Baht(t.project_value_thb).format(Lang::En),
                t.projects - without,
                projects(t.projects)
            ),
        },
    );
    line(
        &mut out,
        "นักดิจิทัลพัฒนาเมือง",
        "ambassadors",
        t.ambassadors.to_string(),
    );
    line(
        &mut out,
        "จังหวัดที่มีข้อมูล",
        "provinces covered",
        format!(
            "{} จาก {} | {} of {}",
            t.provinces_covered, stats.provinces_total, t.provinces_covered, stats.provinces_total
        ),
    );
    line(
        &mut out,
        "ภาคที่มีข้อมูล",
        "regions covered",
        format!("{} จาก 6 | {} of 6", t.regions_covered, t.regions_covered),
    );

    if !stats.reconciliation.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "ตัวเลขที่รายงานเทียบกับข้อมูลรายการ | Reported figures against itemised records"
        );
        for r in &stats.reconciliation {
            let fmt = |v: u64| format_value(r.metric, v);
            let computed = match (r.computed, r.total) {
                (_, Some(t)) if t.projects > 0 && !t.known() => {
                    format!("no stated value ({})", projects(t.projects))
                }
                (Some(v), _) => fmt(v),
                (None, _) => "-".to_string(),
            };
            let verdict = match r.verdict {
                Verdict::Matches => "matches".to_string(),
                Verdict::PartlyItemised => {
                    format!("partly itemised, {computed} of {}", fmt(r.reported))
                }
                Verdict::Exceeds => "records exceed the report".to_string(),
                Verdict::SourcesDisagree => "sources disagree".to_string(),
                Verdict::ReportedOnly => "reported only: no kind of record itemises it".to_string(),
            };
            let _ = writeln!(
                out,
                "  {} · {}: reported {} ({}), itemised {computed}: {verdict}",
                r.scope.key(),
                r.metric.label(Lang::En),
                fmt(r.reported),
                cite(r.as_of, &r.source.0),
            );
            if !r.history.is_empty() {
                let _ = writeln!(out, "      earlier: {}", reports(&r.history));
            }
            if !r.disagreeing.is_empty() {
                let _ = writeln!(out, "      reported otherwise: {}", reports(&r.disagreeing));
            }
            if !r.corroborating.is_empty() {
                let _ = writeln!(out, "      also reported: {}", reports(&r.corroborating));
            }
            note(&mut out, r.note.as_ref());
        }
    }
    if !stats.targets.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "เป้าหมาย | Targets (shown, never reconciled)");
        for r in &stats.targets {
            let _ = writeln!(
                out,
                "  {} · {}: target {} ({})",
                r.scope.key(),
                r.metric.label(Lang::En),
                format_value(r.metric, r.value),
                cite(r.as_of, &r.source.0)
            );
            note(&mut out, r.note.as_ref());
        }
    }
    out
}

fn note(out: &mut String, note: Option<&crate::model::Text>) {
    if let Some(n) = note {
        let _ = writeln!(out, "      note: {} | {}", n.get(Lang::Th), n.get(Lang::En));
    }
}

fn cite(as_of: Option<crate::model::PartialDate>, source: &str) -> String {
    match as_of {
        Some(d) => format!("{}, {source}", d.iso()),
        None => format!("undated, {source}"),
    }
}

fn reports(list: &[Report]) -> String {
    list.iter()
        .map(|r| {
            format!(
                "{} ({})",
                format_value(r.metric, r.value),
                cite(r.as_of, &r.source.0)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `1 project`, `2 projects`.
fn projects(n: u64) -> String {
    match n {
        1 => "1 project".into(),
        n => format!("{n} projects"),
    }
}
