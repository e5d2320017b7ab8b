//! Render: the data page's schema.org `Dataset`, in JSON-LD, in the
//! page's language, so that dataset search engines find the downloads.
//! It goes inside `<script type="application/ld+json">`: every `<`, `>`
//! and `&` is written as a JSON escape, so no text of the content can
//! close the element (`</script>`) or start another.

use serde_json::{Value, json};

use super::about::About;
use super::table::TABLES;
use crate::lang::Lang;

/// A file to download: `DataDownload`.
fn download(about: &About<'_>, file: &str, lang: Lang, name: String) -> Value {
    let format = if file.ends_with(".csv") {
        "text/csv"
    } else {
        "application/json"
    };
    json!({
        "@type": "DataDownload",
        "name": name,
        "encodingFormat": format,
        "contentUrl": about.full(&format!("data/{file}")),
        "contentSize": format!("{} B", about.size(&format!("data/{file}"))),
        "inLanguage": lang.code(),
    })
}

/// The `Dataset` in `lang`, as the text of the `<script>` element.
pub(crate) fn dataset(about: &About<'_>, lang: Lang) -> String {
    let site = about.site;
    let data = &site.config.data;
    let mut distribution = vec![download(
        about,
        "summary.json",
        lang,
        about.t(lang, "data.summary"),
    )];
    for table in TABLES {
        let name = table.name();
        let label = about.t(lang, &format!("data.{name}"));
        for ext in ["csv", "json"] {
            distribution.push(download(
                about,
                &format!("{name}.{ext}"),
                lang,
                format!("{label} ({})", ext.to_uppercase()),
            ));
        }
    }
    let publisher = json!({
        "@type": "Organization",
        "name": data.publisher.get(lang),
        "url": about.full(""),
    });
    let mut places = vec![json!({ "@type": "Country", "name": match lang {
        Lang::Th => "ประเทศไทย",
        Lang::En => "Thailand",
    }, "identifier": "TH" })];
    places.extend(about.provinces().into_iter().map(|p| {
        let info = p.get();
        let name = match lang {
            Lang::Th => &info.name_th,
            Lang::En => &info.name_en,
        };
        json!({ "@type": "AdministrativeArea", "name": name, "identifier": p.code() })
    }));
    let description = site
        .config
        .description
        .as_ref()
        .map_or_else(|| about.t(lang, "data.intro"), |d| d.get(lang).to_string());
    let keywords: Vec<String> = about
        .keywords()
        .into_iter()
        .filter(|(l, _)| *l == lang)
        .map(|(_, k)| k)
        .collect();
    let mut dataset = json!({
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "name": format!("{} · {}", site.config.title.get(lang), about.t(lang, "data.title")),
        "description": description,
        "url": about.data_page(lang),
        "sameAs": about.full("data/catalog.jsonld"),
        "license": data.licence.url(),
        "isAccessibleForFree": true,
        "creator": publisher,
        "publisher": publisher,
        "inLanguage": lang.code(),
        "keywords": keywords,
        "spatialCoverage": places,
        "distribution": distribution,
    });
    let o = dataset.as_object_mut().expect("an object");
    if let Some((first, last)) = about.period() {
        o.insert(
            "temporalCoverage".into(),
            format!("{}/{}", first.iso(), last.iso()).into(),
        );
    }
    if let Some(d) = &site.build_date {
        o.insert("dateModified".into(), d.iso().into());
    }
    if let Some(d) = about.created() {
        o.insert("datePublished".into(), d.iso().into());
    }
    script_json(&dataset)
}

/// JSON for a `<script>` element: `<`, `>` and `&` as `\u003c`,
/// `\u003e` and `\u0026` (outside strings JSON has none of them).
pub(crate) fn script_json(v: &Value) -> String {
    serde_json::to_string_pretty(v)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_can_close_the_script_element() {
        let v = json!({ "name": "</script><script>alert(1)</script> & <!--" });
        let text = script_json(&v);
        assert_eq!(
            text,
            "{\n  \"name\": \"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!--\"\n}"
        );
        // And it is still the same JSON.
        assert_eq!(serde_json::from_str::<Value>(&text).expect("JSON"), v);
    }
}
