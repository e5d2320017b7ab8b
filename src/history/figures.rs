//! Which figures of `summary.json` moved, and the records whose change
//! moved them (for `mueang diff`, and the figures' history). The
//! headline figures are `totals` and the areas by status; the reconciled
//! ones are each reported figure, set beside what the records itemise.

use serde::Serialize;
use serde_json::Value;

use super::records::{Change, RecordChange};
use crate::catalogue::Said;
use crate::lang::Lang;
use crate::model::vocab::Vocabulary;
use crate::model::{Baht, CityStatus, Metric};

/// A figure as each language writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figure {
    pub th: String,
    pub en: String,
}

impl Figure {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Th => &self.th,
            Lang::En => &self.en,
        }
    }
}

/// A figure (or a verdict) that moved: its key in summary.json, its name,
/// its value before and after (`null` where it was not there or is not
/// known) as numbers and as each language writes them, and the records
/// whose change moved it (`projects/rayong-ev`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Moved {
    pub key: String,
    pub label: Figure,
    pub old: Value,
    pub new: Value,
    pub old_text: Figure,
    pub new_text: Figure,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub by: Vec<String>,
}

/// What moves a figure: records of these tables added or removed, or
/// changed in one of these fields.
struct Movers {
    tables: &'static [&'static str],
    fields: &'static [&'static str],
}

const PROVINCES: &[&str] = &["provinces", "province"];

fn movers(key: &str) -> Movers {
    let m = |tables, fields| Movers { tables, fields };
    match key {
        "projects" => m(&["projects"], &[]),
        "value_thb" | "project_value_thb" | "projects_without_value" => {
            m(&["projects"], &["value_thb"])
        }
        "ambassadors" => m(&["ambassadors"], &[]),
        "cohorts" => m(&["cohorts"], &[]),
        // The areas by status move as the count of areas does.
        k if k == "cities" || k.starts_with("status.") => m(&["cities"], &["status"]),
        "provinces_covered" | "regions_covered" | "provinces" => {
            m(&["cities", "projects", "ambassadors"], PROVINCES)
        }
        _ => m(&["cities"], &["status", "provinces"]),
    }
}

/// The records of `changes` that move a figure of `key` in `scope`
/// (`site`; `cohort:sca-1` or `city:rayong-city`: only that cohort's or
/// city's records, a record moved to or from it counting as added or
/// removed).
pub(crate) fn moved_by(key: &str, scope: &str, changes: Option<&[RecordChange]>) -> Vec<String> {
    let Movers { tables, fields } = movers(key);
    let (cohort, city) = (scope.strip_prefix("cohort:"), scope.strip_prefix("city:"));
    let within = |id: Option<&str>, of: &[String]| id.is_none_or(|id| of.iter().any(|x| x == id));
    let moved = |c: &RecordChange, field: &str, scoped: Option<&str>| {
        scoped.is_some() && c.fields.iter().any(|f| f == field)
    };
    changes
        .unwrap_or_default()
        .iter()
        .filter(|c| tables.contains(&c.table.as_str()))
        .filter(|c| within(cohort, &c.cohorts) && within(city, &c.cities))
        .filter(|c| {
            c.change != Change::Changed
                || c.fields.iter().any(|f| fields.contains(&f.as_str()))
                || moved(c, "cohort", cohort)
                || moved(c, "city", city)
        })
        .map(|c| format!("{}/{}", c.table, c.id))
        .collect()
}

/// A figure's name: a headline figure's key in `totals`
/// (`provinces_covered`) or `status.certified`, in the words `check`'s
/// summary uses.
fn label(key: &str, lang: Lang) -> String {
    if let Some(status) = key.strip_prefix("status.") {
        let name = CityStatus::from_key(status).map_or(status, |s| s.name(lang));
        return Said::new("diff-areas-status")
            .arg("status", name)
            .text(lang);
    }
    let metric = match key {
        "projects" => Metric::Projects,
        "project_value_thb" => Metric::ValueThb,
        "cities_certified" => Metric::Cities,
        "provinces_certified" => Metric::CertifiedProvinces,
        "ambassadors" => Metric::Ambassadors,
        "provinces_covered" => Metric::Provinces,
        other => {
            let said = match other {
                "projects_without_value" => Said::new("diff-projects-without-value"),
                "cities" => Said::new("summary-label-areas"),
                "cohorts" => Said::new("summary-label-cohorts"),
                "regions_covered" => Said::new("summary-label-regions"),
                _ => return other.to_string(),
            };
            return said.text(lang);
        }
    };
    metric.label(lang).to_string()
}

/// A value as `lang` writes it: baht in words, counts grouped, `–` for
/// none or unknown.
fn text(value: &Value, baht: bool, lang: Lang) -> String {
    match value.as_u64() {
        Some(n) if baht => Baht(n).format(lang),
        Some(n) => crate::text::group_thousands(n),
        None => match value {
            Value::String(s) => s.clone(),
            _ => "–".into(),
        },
    }
}

fn both(f: impl Fn(Lang) -> String) -> Figure {
    Figure {
        th: f(Lang::Th),
        en: f(Lang::En),
    }
}

/// Whether the state has projects and none states a value.
fn no_value_known(summary: &Value) -> bool {
    let totals = &summary["totals"];
    let projects = totals["projects"].as_u64().unwrap_or(0);
    projects > 0 && totals["projects_without_value"].as_u64() == Some(projects)
}

/// The headline figures, by key: `totals` and the areas by status.
fn headline(summary: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    if let Some(totals) = summary.get("totals").and_then(Value::as_object) {
        out.extend(totals.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    if let Some(by) = summary.get("cities_by_status").and_then(Value::as_object) {
        out.extend(by.iter().map(|(k, v)| (format!("status.{k}"), v.clone())));
    }
    out
}

/// A reported figure: its key (`site · provinces · feature-2022`), what
/// it measures, its reported and itemised values and its verdict.
struct Reported {
    key: String,
    scope: String,
    metric: String,
    reported: Value,
    computed: Value,
    verdict: Value,
    /// A value itemised as 0 because no project in scope states one:
    /// unknown, not 0 baht.
    unvalued: bool,
}

fn reported(summary: &Value) -> Vec<Reported> {
    let field = |r: &Value, k: &str| r.get(k).cloned().unwrap_or(Value::Null);
    let s = |r: &Value, k: &str| r.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    summary
        .get("reconciliation")
        .and_then(Value::as_array)
        .map(|rows| {
            rows.iter()
                .map(|r| Reported {
                    key: format!(
                        "{} · {} · {}",
                        s(r, "scope"),
                        s(r, "metric"),
                        s(r, "source")
                    ),
                    scope: s(r, "scope"),
                    metric: s(r, "metric"),
                    reported: field(r, "reported"),
                    computed: field(r, "computed"),
                    verdict: field(r, "verdict"),
                    unvalued: r["computed"].as_u64() == Some(0)
                        && r["projects_without_value"].as_u64().unwrap_or(0) > 0,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The headline and reconciled figures that moved from `old` to `new`,
/// and the reported figures whose verdict changed.
pub fn moved(
    old: &Value,
    new: &Value,
    changes: Option<&[RecordChange]>,
) -> (Vec<Moved>, Vec<Moved>) {
    let mut figures = Vec::new();
    let (a, b) = (headline(old), headline(new));
    let mut keys: Vec<&String> = a.iter().chain(&b).map(|(k, _)| k).collect();
    keys.sort();
    keys.dedup();
    let value = |list: &[(String, Value)], k: &str| {
        list.iter()
            .find(|(key, _)| key == k)
            .map_or(Value::Null, |(_, v)| v.clone())
    };
    for key in keys {
        let (x, y) = (value(&a, key), value(&b, key));
        if x == y {
            continue;
        }
        let baht = key.ends_with("value_thb");
        // A sum of projects none of which states a value is not 0 baht
        // but unknown, as the site says.
        let said = |v: &Value, summary: &Value, l: Lang| {
            if key == "project_value_thb" && no_value_known(summary) {
                Said::new("diff-no-value").text(l)
            } else {
                text(v, baht, l)
            }
        };
        figures.push(Moved {
            key: format!("totals.{key}"),
            label: both(|l| label(key, l)),
            old_text: both(|l| said(&x, old, l)),
            new_text: both(|l| said(&y, new, l)),
            by: moved_by(key, "site", changes),
            old: x,
            new: y,
        });
    }
    let (a, b) = (reported(old), reported(new));
    let mut verdicts = Vec::new();
    let mut keys: Vec<&String> = a.iter().chain(&b).map(|r| &r.key).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        let x = a.iter().find(|r| &r.key == key);
        let y = b.iter().find(|r| &r.key == key);
        let r = y.or(x).expect("a key of one of them");
        let metric = Metric::from_key(&r.metric);
        let name = |l: Lang| {
            let m = metric.map_or(r.metric.clone(), |m| m.label(l).to_string());
            format!(
                "{} · {m} ({})",
                r.scope,
                key.rsplit(" · ").next().unwrap_or("")
            )
        };
        let baht = metric == Some(Metric::ValueThb);
        let get = |r: Option<&Reported>, f: fn(&Reported) -> &Value| {
            r.map_or(Value::Null, |r| f(r).clone())
        };
        let pair = |v: &Value, l: Lang| text(v, baht, l);
        let (reported_x, reported_y) = (get(x, |r| &r.reported), get(y, |r| &r.reported));
        let (computed_x, computed_y) = (get(x, |r| &r.computed), get(y, |r| &r.computed));
        if reported_x != reported_y || computed_x != computed_y {
            let mut by = moved_by(&r.metric, &r.scope, changes);
            by.extend(
                changes
                    .unwrap_or_default()
                    .iter()
                    .filter(|c| {
                        c.table == "reported"
                            && c.id.starts_with(&format!("{} · {} ·", r.scope, r.metric))
                    })
                    .map(|c| format!("reported/{}", c.id)),
            );
            let line = |rep: &Value, com: &Value, r: Option<&Reported>, l: Lang| {
                let computed = if r.is_some_and(|r| r.unvalued) {
                    Said::new("diff-no-value").text(l)
                } else {
                    pair(com, l)
                };
                Said::new("diff-reconciled")
                    .arg("reported", pair(rep, l))
                    .arg("computed", computed)
                    .text(l)
            };
            figures.push(Moved {
                key: format!("reconciliation.{key}"),
                label: both(name),
                old_text: both(|l| line(&reported_x, &computed_x, x, l)),
                new_text: both(|l| line(&reported_y, &computed_y, y, l)),
                old: serde_json::json!({ "reported": reported_x, "computed": computed_x }),
                new: serde_json::json!({ "reported": reported_y, "computed": computed_y }),
                by,
            });
        }
        let (vx, vy) = (get(x, |r| &r.verdict), get(y, |r| &r.verdict));
        if vx != vy {
            verdicts.push(Moved {
                key: format!("reconciliation.{key}.verdict"),
                label: both(name),
                old_text: both(|l| verdict(&vx, l)),
                new_text: both(|l| verdict(&vy, l)),
                old: vx,
                new: vy,
                by: Vec::new(),
            });
        }
    }
    (figures, verdicts)
}

/// A verdict in words (`matches`, `partly itemised`).
fn verdict(v: &Value, lang: Lang) -> String {
    let id = match v.as_str() {
        Some("matches") => "summary-matches",
        Some("partly_itemised") => "summary-partly-unvalued",
        Some("exceeds") => "summary-exceeds",
        Some("sources_disagree") => "summary-disagree",
        Some("reported_only") => "summary-reported-only",
        _ => return "–".into(),
    };
    Said::new(id).text(lang)
}
