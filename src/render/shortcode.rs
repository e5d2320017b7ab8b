//! Render: shortcodes in Markdown bodies, so prose never goes stale.
//! `{{ figure(metric="projects.value_thb", cohort="sca-1") }}` becomes the
//! figure from `Stats`, formatted in the page's language. An unknown
//! shortcode, metric or scope is an error at its line in the file, with
//! the valid names (a value quoted in it is clipped). In inline code and
//! code blocks a shortcode is text, shown as written, so that a guide can
//! show one.

use crate::aggregate::{Stats, Total};
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Diagnostics, Spot, clip, closest};
use crate::model::province::{Region6, registry};
use crate::model::vocab::Vocabulary;
use crate::model::{Domain, Lang, Meta, Site};
use crate::render::charts::{ProvinceChart, SiteChart};
use crate::render::nowrap::Figures;
use crate::render::view::total_text;
use crate::text::group_thousands;
use crate::theme::Theme;

/// A Markdown body and where it is written.
#[derive(Debug, Clone, Copy)]
pub struct Body<'a> {
    pub text: &'a str,
    pub path: &'a str,
    /// The file line the body starts on.
    pub first_line: usize,
}

impl<'a> Body<'a> {
    /// A record's Thai body.
    pub fn thai(meta: &'a Meta) -> Body<'a> {
        Body {
            text: &meta.body.th,
            path: &meta.path,
            first_line: meta.body_line,
        }
    }

    /// A record's English body, where it has a translation.
    pub fn english(meta: &'a Meta) -> Option<Body<'a>> {
        match (&meta.body.en, &meta.en_path) {
            (Some(text), Some(path)) => Some(Body {
                text,
                path,
                first_line: meta.en_body_line,
            }),
            _ => None,
        }
    }

    /// The spot in the file of `len` bytes at `offset` in the body.
    pub fn spot(&self, offset: usize, len: usize) -> Spot {
        let mut spot = Spot::at(self.text, offset, len);
        spot.line += self.first_line.saturating_sub(1);
        spot
    }
}

/// The shortcodes there are.
pub const SHORTCODES: [&str; 2] = ["figure", "chart"];

/// Marks where a chart goes, from shortcode expansion until the chart is
/// placed in the rendered HTML: a private-use character that the source
/// text is kept free of.
const MARK: char = '\u{E000}';

/// The metrics `figure()` prints, and the scopes that have each.
const METRICS: [(&str, &[&str]); 8] = [
    (
        "projects",
        &["site", "cohort", "city", "province", "domain", "region"],
    ),
    (
        "projects.value_thb",
        &["site", "cohort", "city", "province", "domain", "region"],
    ),
    ("cities", &["site", "province"]),
    ("cities.certified", &["site"]),
    ("ambassadors", &["site", "cohort", "province"]),
    ("provinces.covered", &["site", "cohort", "region"]),
    ("regions.covered", &["site"]),
    ("cohorts", &["site"]),
];

const SCOPES: [&str; 5] = ["cohort", "city", "province", "domain", "region"];

/// A body with its shortcodes expanded, and where each part of it was
/// in the body as written.
#[derive(Debug)]
pub struct Expanded {
    pub text: String,
    /// `(offset in text, offset in the body, copied)`, in order: from
    /// each offset on, the text was copied from the body, or (not copied)
    /// is a shortcode's output, which maps to where the shortcode is.
    map: Vec<(usize, usize, bool)>,
}

impl Expanded {
    /// Where the byte at `offset` of the expanded text came from in the
    /// body as written.
    pub fn source_offset(&self, offset: usize) -> usize {
        let i = self.map.partition_point(|(at, _, _)| *at <= offset);
        match i.checked_sub(1).map(|i| self.map[i]) {
            Some((at, from, true)) => from + (offset - at),
            Some((_, from, false)) => from,
            None => offset,
        }
    }

    fn copy(&mut self, body: &str, from: usize) {
        self.map.push((self.text.len(), from, true));
        self.text.extend(body.chars().filter(|c| *c != MARK));
    }

    fn insert(&mut self, output: &str, from: usize) {
        self.map.push((self.text.len(), from, false));
        self.text.push_str(output);
    }
}

/// The byte ranges of `text` that are code (inline code and code blocks,
/// with their backticks or fences), in order.
fn code_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    use pulldown_cmark::{Event, Parser, Tag};
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(text, crate::text::MARKDOWN).into_offset_iter() {
        if matches!(event, Event::Code(_) | Event::Start(Tag::CodeBlock(_)))
            && out.last().is_none_or(|last| last.end <= range.start)
        {
            out.push(range);
        }
    }
    out
}

/// Replaces every shortcode in `body` with its output in `lang`; one in
/// code is left as written.
pub fn expand(
    body: Body<'_>,
    lang: Lang,
    (site, stats, theme): (&Site, &Stats, &Theme),
    diags: &mut Diagnostics,
) -> Expanded {
    let text = body.text;
    let mut out = Expanded {
        text: String::with_capacity(text.len()),
        map: Vec::new(),
    };
    let code = if text.contains("{{") {
        code_ranges(text)
    } else {
        Vec::new()
    };
    let mut code = code.iter().peekable();
    let mut charts: Vec<String> = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..].find("{{").map(|i| rest + i) {
        while code.next_if(|r| r.end <= open).is_some() {}
        if let Some(r) = code.peek().filter(|r| r.start <= open) {
            out.copy(&text[rest..r.end], rest);
            rest = r.end;
            continue;
        }
        if diags.full(body.path) {
            diags.skipped(body.path);
            break;
        }
        let Some(close) = text[open..].find("}}").map(|i| open + i) else {
            diags.push(
                Diagnostic::said(
                    body.path,
                    Said::new("shortcode-never-closed"),
                    Some(Said::new("shortcode-never-closed-help")),
                )
                .spot(body.spot(open, 2)),
            );
            break;
        };
        out.copy(&text[rest..open], rest);
        let inner = &text[open + 2..close];
        let result = call(inner).and_then(|c| {
            if c.name == "chart" {
                let key = chart(&c)?;
                let line_start = text[..open].rfind('\n').map_or(0, |i| i + 1);
                let line_end = text[close..].find('\n').map_or(text.len(), |i| close + i);
                if !text[line_start..open].is_empty()
                    || !text[close + 2..line_end].trim().is_empty()
                {
                    return Err((
                        Said::new("shortcode-chart-own-line"),
                        Said::new("shortcode-chart-own-line-help"),
                    ));
                }
                if charts.contains(&key) {
                    return Err((
                        Said::new("shortcode-chart-twice").arg("chart", key),
                        Said::new("shortcode-chart-twice-help"),
                    ));
                }
                charts.push(key.clone());
                Ok(format!("\n\n{MARK}chart:{key}{MARK}\n\n"))
            } else {
                run(&c, lang, (site, stats, theme))
            }
        });
        match result {
            Ok(s) => out.insert(&s, open),
            Err((message, help)) => {
                diags.push(
                    Diagnostic::said(body.path, message, Some(help))
                        .spot(body.spot(open, close + 2 - open)),
                );
            }
        }
        rest = close + 2;
    }
    out.copy(&text[rest..], rest);
    out
}

/// The key of the chart a `chart(name="…", province="…")` names.
fn chart(call: &Call<'_>) -> Result<String, Failure> {
    let mut name = None;
    let mut province = None;
    for (key, value) in &call.args {
        let slot = match *key {
            "name" => &mut name,
            "province" => &mut province,
            other => {
                return Err((
                    Said::new("shortcode-chart-no-argument").arg("argument", clip(other)),
                    hint(
                        other,
                        ["name", "province"],
                        Said::new("shortcode-chart-arguments"),
                    ),
                ));
            }
        };
        if slot.is_some() {
            return Err((
                Said::new("shortcode-chart-argument-twice").arg("argument", *key),
                Said::new("shortcode-chart-argument-twice-help").arg("argument", *key),
            ));
        }
        *slot = Some(value.as_str());
    }
    let names = || {
        let mut all: Vec<Said> = SiteChart::ALL
            .iter()
            .map(|c| Said::new("as-is").arg("text", c.key()))
            .collect();
        all.extend(
            ProvinceChart::ALL
                .iter()
                .map(|c| Said::new("shortcode-chart-of-a-province").arg("chart", c.key())),
        );
        joined(all)
    };
    let Some(name) = name else {
        return Err((
            Said::new("shortcode-chart-needs-a-name"),
            Said::new("shortcode-chart-needs-a-name-help").said("charts", names()),
        ));
    };
    let all = SiteChart::ALL
        .iter()
        .map(|c| c.key())
        .chain(ProvinceChart::ALL.iter().map(|c| c.key()));
    if let Some(chart) = SiteChart::parse(name) {
        if province.is_some() {
            return Err((
                Said::new("shortcode-chart-of-the-programme").arg("chart", name),
                Said::new("shortcode-chart-of-the-programme-help").arg(
                    "charts",
                    ProvinceChart::ALL.map(ProvinceChart::key).join(", "),
                ),
            ));
        }
        Ok(chart.key().to_string())
    } else if let Some(chart) = ProvinceChart::parse(name) {
        let Some(province) = province else {
            return Err((
                Said::new("shortcode-chart-needs-a-province").arg("chart", name),
                Said::new("shortcode-chart-needs-a-province-help"),
            ));
        };
        let p = registry().resolve(province).map_err(|e| {
            (
                Said::new("shortcode-no-province").arg("province", clip(province)),
                e.said(),
            )
        })?;
        Ok(chart.key_of(p))
    } else {
        Err((
            Said::new("shortcode-no-chart").arg("chart", clip(name)),
            hint(
                name,
                all,
                Said::new("shortcode-charts-are").said("charts", names()),
            ),
        ))
    }
}

/// Puts each chart marked by `expand` into `html`, drawn by `draw`; a
/// chart `draw` cannot give is left out, and each chart is placed once.
/// What is left of any other mark (one an entity such as `&#xE000;` made,
/// or one inside a code block) is removed.
pub fn place_charts(html: &str, mut draw: impl FnMut(&str) -> Option<String>) -> String {
    let open = format!("<p>{MARK}chart:");
    let close = format!("{MARK}</p>");
    let mut placed: Vec<String> = Vec::new();
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        let Some(end) = after.find(&close) else {
            break;
        };
        out.push_str(&rest[..start]);
        let key = &after[..end];
        if !placed.iter().any(|k| k == key)
            && let Some(chart) = draw(key)
        {
            out.push_str(&chart);
            placed.push(key.to_string());
        }
        rest = &after[end + close.len()..];
    }
    out.push_str(rest);
    strip_marks(&out)
}

/// `html` without marks: a run from one mark to the next on the same
/// line goes whole, a lone mark alone.
fn strip_marks(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(MARK) {
        out.push_str(&rest[..i]);
        let after = &rest[i + MARK.len_utf8()..];
        rest = match after.find(MARK) {
            Some(j) if !after[..j].contains(['\n', '<']) => &after[j + MARK.len_utf8()..],
            _ => after,
        };
    }
    out.push_str(rest);
    out
}

/// What is wrong with a shortcode, and the fix.
type Failure = (Said, Said);

/// `rest`, after `did you mean `projects`? ` where one of `candidates` is
/// close.
fn hint<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>, rest: Said) -> Said {
    match closest(input, candidates) {
        Some(near) => Said::new("shortcode-did-you-mean")
            .arg("near", near)
            .said("rest", rest),
        None => rest,
    }
}

/// Names, one after another with commas between.
fn joined(items: Vec<Said>) -> Said {
    items
        .into_iter()
        .reduce(|all, next| {
            Said::new("shortcode-list")
                .said("all", all)
                .said("next", next)
        })
        .unwrap_or_else(|| Said::new("as-is").arg("text", ""))
}

#[derive(Debug, PartialEq, Eq)]
struct Call<'a> {
    name: &'a str,
    args: Vec<(&'a str, String)>,
}

/// Parses `figure(metric="x", cohort='y')`.
fn call(inner: &str) -> Result<Call<'_>, Failure> {
    let inner = inner.trim();
    let shape = || {
        (
            Said::new("shortcode-not-a-shortcode").arg("text", crate::diag::clip(inner)),
            Said::new("shortcode-how"),
        )
    };
    let (name, args) = inner.split_once('(').ok_or_else(shape)?;
    let args = args.trim_end().strip_suffix(')').ok_or_else(shape)?;
    let name = name.trim();
    let mut parsed = Vec::new();
    let mut rest = args.trim();
    while !rest.is_empty() {
        let (key, after) = rest.split_once('=').ok_or_else(shape)?;
        let after = after.trim_start();
        let quote = after
            .chars()
            .next()
            .filter(|c| *c == '"' || *c == '\'')
            .ok_or_else(shape)?;
        let end = after[1..].find(quote).ok_or_else(shape)? + 1;
        parsed.push((key.trim(), after[1..end].to_string()));
        rest = after[end + 1..].trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    }
    Ok(Call { name, args: parsed })
}

fn run(
    call: &Call<'_>,
    lang: Lang,
    (site, stats, theme): (&Site, &Stats, &Theme),
) -> Result<String, Failure> {
    if call.name != "figure" {
        // `chart` is handled by `expand`; this is any other name.
        return Err((
            Said::new("shortcode-unknown").arg("name", clip(call.name)),
            hint(
                call.name,
                SHORTCODES,
                Said::new("shortcode-unknown-help").arg("shortcodes", SHORTCODES.join(", ")),
            ),
        ));
    }
    let mut metric = None;
    let mut scope: Option<(&str, &str)> = None;
    for (key, value) in &call.args {
        if *key == "metric" {
            metric = Some(value.as_str());
        } else if SCOPES.contains(key) {
            if let Some((other, _)) = scope {
                return Err((
                    Said::new("shortcode-figure-two-scopes")
                        .arg("first", other)
                        .arg("second", *key),
                    Said::new("shortcode-keep-one"),
                ));
            }
            scope = Some((key, value));
        } else {
            let mut valid = vec!["metric"];
            valid.extend(SCOPES);
            return Err((
                Said::new("shortcode-figure-no-argument").arg("argument", clip(key)),
                hint(
                    key,
                    valid.iter().copied(),
                    Said::new("shortcode-figure-arguments").arg("arguments", valid.join(", ")),
                ),
            ));
        }
    }
    let names: Vec<&str> = METRICS.iter().map(|(m, _)| *m).collect();
    let Some(metric) = metric else {
        return Err((
            Said::new("shortcode-figure-needs-a-metric"),
            Said::new("shortcode-figure-needs-a-metric-help").arg("metrics", names.join(", ")),
        ));
    };
    let Some((_, scopes)) = METRICS.iter().find(|(m, _)| *m == metric) else {
        return Err((
            Said::new("shortcode-no-metric").arg("metric", clip(metric)),
            hint(
                metric,
                names.iter().copied(),
                Said::new("shortcode-metrics-are").arg("metrics", names.join(", ")),
            ),
        ));
    };
    let scope_name = scope.map_or("site", |(k, _)| k);
    if !scopes.contains(&scope_name) {
        let here: Vec<&str> = METRICS
            .iter()
            .filter(|(_, s)| s.contains(&scope_name))
            .map(|(m, _)| *m)
            .collect();
        return Err((
            Said::new("shortcode-metric-not-per")
                .arg("metric", metric)
                .arg("scope", scope_name),
            Said::new("shortcode-metric-not-per-help")
                .arg("scope", scope_name)
                .arg("metrics", here.join(", ")),
        ));
    }
    Ok(match lookup(metric, scope, site, stats)? {
        Figure::Count(n) => group_thousands(n),
        // A value with its unit (`1,170 ล้านบาท`) kept on one line, as
        // the templates' `figures` filter keeps it (as inline HTML).
        Figure::Value(t) => Figures::new(theme).html(&total_text(theme, lang, t)),
    })
}

/// What `figure()` prints: a count, or a total of project values (which
/// says how many projects state none).
enum Figure {
    Count(u64),
    Value(Total),
}

fn lookup(
    metric: &str,
    scope: Option<(&str, &str)>,
    site: &Site,
    stats: &Stats,
) -> Result<Figure, Failure> {
    let unknown = |what: Said, id: &str, valid: Vec<&str>| -> Failure {
        (
            Said::new("shortcode-no-such")
                .said("what", what)
                .arg("id", clip(id)),
            hint(
                id,
                valid.iter().copied(),
                Said::new("shortcode-no-such-help"),
            ),
        )
    };
    let money = |m: &crate::aggregate::Money| match metric {
        "projects" => Figure::Count(m.projects),
        _ => Figure::Value(m.total()),
    };
    use Figure::Count;
    Ok(match scope {
        None => {
            let t = &stats.totals;
            Count(match metric {
                "projects" => t.projects,
                "projects.value_thb" => return Ok(Figure::Value(t.total())),
                "cities" => t.cities,
                "cities.certified" => t.cities_certified,
                "ambassadors" => t.ambassadors,
                "provinces.covered" => t.provinces_covered,
                "regions.covered" => t.regions_covered,
                _ => t.cohorts,
            })
        }
        Some(("cohort", id)) => {
            let c = stats.by_cohort.get(id).ok_or_else(|| {
                unknown(
                    Said::new("kind-cohort"),
                    id,
                    site.cohorts.iter().map(|c| c.meta.id.as_str()).collect(),
                )
            })?;
            Count(match metric {
                "projects" => c.projects,
                "projects.value_thb" => return Ok(Figure::Value(c.total())),
                "ambassadors" => c.ambassadors,
                _ => c.provinces_covered,
            })
        }
        Some(("city", id)) => money(stats.by_city.get(id).ok_or_else(|| {
            unknown(
                Said::new("kind-city"),
                id,
                site.cities.iter().map(|c| c.meta.id.as_str()).collect(),
            )
        })?),
        Some(("province", name)) => {
            let p = registry().resolve(name).map_err(|e| {
                (
                    Said::new("shortcode-no-province").arg("province", clip(name)),
                    e.said(),
                )
            })?;
            let s = stats.by_province.get(p.code()).copied().unwrap_or_default();
            Count(match metric {
                "projects" => s.projects,
                "projects.value_thb" => return Ok(Figure::Value(s.total())),
                "cities" => s.cities,
                _ => s.ambassadors,
            })
        }
        Some(("domain", key)) => {
            let keys: Vec<&str> = Domain::ALL.iter().map(|d| d.key()).collect();
            let m = stats
                .by_domain
                .get(key)
                .ok_or_else(|| unknown(Said::new("shortcode-domain"), key, keys.clone()))?;
            money(m)
        }
        Some((_, key)) => {
            let keys: Vec<&str> = Region6::ALL.iter().map(|r| r.key()).collect();
            let r = stats
                .by_region
                .get(key)
                .ok_or_else(|| unknown(Said::new("shortcode-region"), key, keys.clone()))?;
            Count(match metric {
                "projects" => r.projects,
                "projects.value_thb" => return Ok(Figure::Value(r.total())),
                _ => r.provinces_covered,
            })
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_parse_with_either_quote() {
        assert_eq!(
            call(r#" figure(metric="projects", cohort='sca-1') "#),
            Ok(Call {
                name: "figure",
                args: vec![("metric", "projects".into()), ("cohort", "sca-1".into())],
            })
        );
        assert!(call("figure").is_err());
        assert!(call("figure(metric=projects)").is_err());
        assert!(call("figure(metric=\"x)").is_err());
    }

    #[test]
    fn code_is_found_with_its_backticks_and_fences() {
        let text = "a `{{ x }}` b\n\n```\n{{ y }}\n```\n\n    {{ z }}\n\n{{ w }}\n";
        let ranges: Vec<&str> = code_ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(ranges, ["`{{ x }}`", "```\n{{ y }}\n```", "{{ z }}\n"]);
    }

    #[test]
    fn an_expanded_offset_leads_back_to_the_text_as_written() {
        let mut e = Expanded {
            text: String::new(),
            map: Vec::new(),
        };
        let body = "ab {{ figure() }} cd";
        e.copy(&body[..3], 0);
        e.insert("1,234", 3);
        e.copy(&body[17..], 17);
        assert_eq!(e.text, "ab 1,234 cd");
        assert_eq!(e.source_offset(1), 1);
        assert_eq!(e.source_offset(5), 3);
        assert_eq!(
            e.source_offset(e.text.find("cd").unwrap()),
            body.find("cd").unwrap()
        );
    }

    #[test]
    fn charts_are_placed_once_and_stray_marks_removed() {
        let m = MARK;
        let draw = |key: &str| (key == "a").then(|| "<figure>A</figure>".to_string());
        // Placed, then a second copy (as an entity would make) dropped.
        let html = format!("<p>x</p>\n<p>{m}chart:a{m}</p>\n<p>{m}chart:a{m}</p>\n");
        assert_eq!(
            place_charts(&html, draw),
            "<p>x</p>\n<figure>A</figure>\n\n"
        );
        // An unknown chart, an unclosed mark and one in code: no trace.
        let html = format!(
            "<p>{m}chart:b{m}</p><p>{m}chart:open</p><p>MIDDLE</p><pre><code>{m}chart:a{m}\n</code></pre>"
        );
        assert_eq!(
            place_charts(&html, draw),
            "<p>chart:open</p><p>MIDDLE</p><pre><code>\n</code></pre>"
        );
    }
}
