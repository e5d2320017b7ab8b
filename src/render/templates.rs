//! Render: the theme's templates, parsed once, and their errors said as
//! an editor of the theme can act on them.

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, Value};

use super::chrome::*;
use super::nowrap::Figures;
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Diagnostics, Spot};
use crate::theme::Theme;

/// The templates, parsed once.
pub(super) fn engine(theme: &Theme, diags: &mut Diagnostics) -> Option<Tera> {
    let mut tera = Tera::default();
    tera.autoescape_on([".html", ".xml"]);
    // `{{ text | figures }}`: escaped, each figure kept on one line.
    let figures = Figures::new(theme);
    tera.register_filter("figures", move |v: Value, _: Kwargs, _: &State| {
        match v.as_str() {
            Some(text) if !v.is_safe() => Value::safe_string(&figures.html(text)),
            _ => v,
        }
    });
    let templates = theme
        .templates
        .iter()
        .map(|(name, file)| (name.as_str(), file.text.as_str()));
    match tera.add_raw_templates(templates) {
        Ok(()) => Some(tera),
        Err(e) => {
            push_template_errors(theme, None, &e, diags);
            None
        }
    }
}

/// A Tera error as diagnostics at the templates' lines, into `diags`.
pub(super) fn push_template_errors(
    theme: &Theme,
    rendering: Option<&str>,
    e: &tera::Error,
    diags: &mut Diagnostics,
) {
    for d in template_errors(theme, rendering, e) {
        diags.push(d);
    }
}

/// A Tera error as diagnostics at the templates' lines (checking all
/// templates at once, Tera reports every problem in one error).
pub(super) fn template_errors(
    theme: &Theme,
    rendering: Option<&str>,
    e: &tera::Error,
) -> Vec<Diagnostic> {
    use tera::ErrorKind;
    let path_of = |name: &str| {
        theme.templates.get(name).map_or_else(
            || format!("themes/{}/templates/{name}", theme.name),
            |f| f.path.clone(),
        )
    };
    // Where no template line is known: the template being rendered.
    let fallback = || rendering.map_or_else(|| format!("themes/{}/templates", theme.name), path_of);
    // Tera's own words, in English in every language.
    let error = |path: String, detail: &str| {
        Diagnostic::said(
            path,
            Said::new("template-error").arg("detail", detail),
            Some(Said::new("template-error-help")),
        )
    };
    match e.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
            let file = theme.templates.get(r.filename());
            let mut d = error(path_of(r.filename()), r.message());
            if let Some(file) = file {
                let span = r.span();
                d = d.spot(Spot::at(&file.text, span.range.start, span.range.len()));
            }
            vec![d]
        }
        ErrorKind::CircularInclude { tpl, include_chain } => vec![Diagnostic::said(
            path_of(tpl),
            Said::new("template-includes-itself").arg("chain", include_chain.join(" → ")),
            Some(Said::new("template-includes-itself-help")),
        )],
        ErrorKind::Msg(text) if text.starts_with("error: ") => text
            .split("\n\nerror: ")
            .map(|report| {
                let report = report.trim_start_matches("error: ");
                let message = report.lines().next().unwrap_or(report);
                // Tera's report points at `--> NAME:LINE:COLUMN`.
                let place = report
                    .lines()
                    .find_map(|l| l.trim_start().strip_prefix("--> "))
                    .and_then(|p| {
                        let mut parts = p.rsplitn(3, ':');
                        let column = parts.next()?.parse::<usize>().ok()?;
                        let line = parts.next()?.parse::<usize>().ok()?;
                        Some((parts.next()?, line, column))
                    });
                match place {
                    Some((name, line, column)) => {
                        let d = error(path_of(name), message);
                        match theme.templates.get(name) {
                            Some(file) => d.spot(Spot::at_line_column(&file.text, line, column, 1)),
                            None => d,
                        }
                    }
                    None => error(fallback(), message),
                }
            })
            .collect(),
        _ => vec![error(fallback(), &e.to_string())],
    }
}

/// What every page of a language shares: its interface strings and the
/// site's chrome as Tera's values, and the sections' social cards.
pub(super) struct Shared {
    pub(super) strings: tera::Value,
    pub(super) chrome: tera::Value,
    pub(super) cards: super::cards::Cards,
}

/// A page's context: the shared values (`t`, `site`) and its own.
pub(super) fn page_context(
    shared: &Shared,
    page: &PageInfo,
    data: &(dyn erased_serde::Serialize + Send + Sync),
) -> tera::TeraResult<Context> {
    let mut ctx = Context::new();
    ctx.insert_value("t", shared.strings.clone());
    ctx.insert_value("site", shared.chrome.clone());
    ctx.insert_value("page", tera::Value::try_from_serializable(page)?);
    ctx.insert_value("data", tera::Value::try_from_serializable(data)?);
    Ok(ctx)
}

pub(super) fn render_one<T: Serialize>(
    tera: &Tera,
    theme: &Theme,
    template: &str,
    ctx: &T,
    diags: &mut Diagnostics,
) -> Option<String> {
    let result = Context::from_serialize(ctx).and_then(|c| tera.render(template, &c));
    match result {
        Ok(s) => Some(s),
        Err(e) => {
            push_template_errors(theme, Some(template), &e, diags);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::ThemeFile;

    /// A theme of only `templates` (name, text).
    fn theme(templates: &[(&str, &str)]) -> Theme {
        Theme {
            name: "default".into(),
            shown_root: "themes/default".into(),
            templates: templates
                .iter()
                .map(|(name, text)| {
                    let file = ThemeFile {
                        path: format!("themes/default/templates/{name}"),
                        text: text.to_string(),
                    };
                    (name.to_string(), file)
                })
                .collect(),
            statics: Default::default(),
            strings: Default::default(),
        }
    }

    #[test]
    fn template_errors_are_said_in_thai_and_english() {
        let mut diags = Diagnostics::default();
        assert!(engine(&theme(&[("a.html", "{{ 1 +")]), &mut diags).is_none());
        let looping = theme(&[("b.html", "{% include \"b.html\" %}")]);
        if let Some(tera) = engine(&looping, &mut diags) {
            render_one(&tera, &looping, "b.html", &(), &mut diags);
        }
        let said: Vec<String> = diags.errors().flat_map(|d| d.in_both()).collect();
        assert_eq!(
            said,
            [
                "themes/default/templates/a.html: Unexpected end of input | fix the template; `mueang check` shows this without writing anything",
                "themes/default/templates/a.html: เทมเพลตมีข้อผิดพลาด: Unexpected end of input | แก้เทมเพลต คำสั่ง `mueang check` แสดงข้อผิดพลาดนี้ได้โดยไม่เขียนไฟล์ใด",
                "themes/default/templates/b.html: this template includes itself: b.html → b.html | remove the `{% include %}` that leads back to it",
                "themes/default/templates/b.html: เทมเพลตนี้ include ตัวเองวนเป็นวง: b.html → b.html | ลบ `{% include %}` ที่วนกลับมาที่เทมเพลตนี้",
            ]
        );
    }
}
