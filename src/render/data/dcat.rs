//! Render: `data/catalog.jsonld`, a DCAT-AP catalog in JSON-LD: the
//! catalog, and one `dcat:Dataset` per download (each table, and the
//! figures of summary.json) with its distributions (CSV and JSON). Titles
//! and descriptions are language-tagged literals in Thai and English;
//! `dct:modified` is the build's date (from the content or
//! `SOURCE_DATE_EPOCH`, never the clock).

use serde_json::{Value, json};

use super::about::About;
use super::table::TABLES;
use crate::lang::Lang;
use crate::model::PartialDate;

const EU: &str = "http://publications.europa.eu/resource/authority/";

/// Text in both languages, as language-tagged literals.
fn tagged(th: &str, en: &str) -> Value {
    json!([{ "@value": th, "@language": "th" }, { "@value": en, "@language": "en" }])
}

/// A date as precise as it is known: `xsd:date`, `xsd:gYearMonth` or
/// `xsd:gYear`.
fn date(d: &PartialDate) -> Value {
    let kind = match (d.month, d.day) {
        (Some(_), Some(_)) => "xsd:date",
        (Some(_), None) => "xsd:gYearMonth",
        _ => "xsd:gYear",
    };
    json!({ "@value": d.iso(), "@type": kind })
}

/// A distribution of `file` (`cohorts.csv`).
fn distribution(about: &About<'_>, file: &str, csv: bool) -> Value {
    let (media, format) = if csv {
        ("text/csv", "CSV")
    } else {
        ("application/json", "JSON")
    };
    json!({
        "@id": about.full(&format!("data/{file}")),
        "@type": "dcat:Distribution",
        "dct:title": file,
        "dcat:accessURL": { "@id": about.data_page(Lang::Th) },
        "dcat:downloadURL": { "@id": about.full(&format!("data/{file}")) },
        "dcat:mediaType": { "@id": format!("http://www.iana.org/assignments/media-types/{media}") },
        "dct:format": { "@id": format!("{EU}file-type/{format}") },
        "dcat:byteSize": { "@value": about.size(&format!("data/{file}")).to_string(), "@type": "xsd:nonNegativeInteger" },
        "dct:license": { "@id": about.site.config.data.licence.url() },
    })
}

/// The catalog, as pretty JSON with a final line end.
pub(super) fn catalog(about: &About<'_>) -> Vec<u8> {
    let site = about.site;
    let data = &site.config.data;
    let publisher_id = format!("{}#publisher", about.full(""));
    let mut publisher = json!({
        "@id": publisher_id,
        "@type": "foaf:Agent",
        "foaf:name": tagged(&data.publisher.th, data.publisher.get(Lang::En)),
    });
    let contact = data.contact.as_ref().map(|c| {
        let key = if c.starts_with("mailto:") {
            "vcard:hasEmail"
        } else {
            "vcard:hasURL"
        };
        json!({
            "@type": "vcard:Kind",
            "vcard:fn": data.publisher.get(Lang::En),
            key: { "@id": c },
        })
    });
    if let (Some(mail), Some(o)) = (
        data.contact.as_ref().filter(|c| c.starts_with("mailto:")),
        publisher.as_object_mut(),
    ) {
        o.insert("foaf:mbox".into(), json!({ "@id": mail }));
    }
    let languages: Vec<Value> = site
        .config
        .languages
        .iter()
        .map(|l| {
            let code = match l {
                Lang::Th => "THA",
                Lang::En => "ENG",
            };
            json!({ "@id": format!("{EU}language/{code}") })
        })
        .collect();
    let mut spatial = vec![json!({ "@id": format!("{EU}country/THA") })];
    spatial.extend(about.provinces().into_iter().map(|p| {
        let info = p.get();
        json!({
            "@type": "dct:Location",
            "dct:identifier": p.code(),
            "skos:prefLabel": tagged(&info.name_th, &info.name_en),
        })
    }));
    let temporal = about.period().map(|(first, last)| {
        json!({
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": date(&first),
            "dcat:endDate": date(&last),
        })
    });
    let keywords: Vec<Value> = about
        .keywords()
        .into_iter()
        .map(|(lang, k)| json!({ "@value": k, "@language": lang.code() }))
        .collect();
    let themes: Vec<Value> = data
        .topics
        .iter()
        .map(|t| json!({ "@id": format!("{EU}data-theme/{}", t.eu_code()) }))
        .collect();
    let modified = site.build_date.as_ref().map(date);
    let issued = about.created().as_ref().map(date);
    // A chart's table says where in its caption; its dataset is of
    // Thailand, without the provinces each table of records lists.
    let thailand = vec![spatial[0].clone()];
    let dataset = |name: &str,
                   title: (String, String),
                   description: (String, String),
                   files: Vec<Value>,
                   spatial: &Vec<Value>| {
        let mut d = json!({
            "@id": about.full(&format!("data/#{name}")),
            "@type": "dcat:Dataset",
            "dct:identifier": name,
            "dct:title": tagged(&title.0, &title.1),
            "dct:description": tagged(&description.0, &description.1),
            "dct:publisher": { "@id": publisher_id },
            "dct:license": { "@id": data.licence.url() },
            "dct:accessRights": { "@id": format!("{EU}access-right/PUBLIC") },
            "dct:accrualPeriodicity": { "@id": format!("{EU}frequency/{}", data.update_frequency.eu_code()) },
            "dct:language": languages,
            "dct:spatial": spatial,
            "dcat:keyword": keywords,
            "dcat:theme": themes,
            "dcat:landingPage": { "@id": about.data_page(Lang::Th) },
            "dcat:distribution": files,
        });
        let o = d.as_object_mut().expect("an object");
        if let Some(t) = &temporal {
            o.insert("dct:temporal".into(), t.clone());
        }
        if let Some(m) = &modified {
            o.insert("dct:modified".into(), m.clone());
        }
        if let Some(i) = &issued {
            o.insert("dct:issued".into(), i.clone());
        }
        if let Some(c) = &contact {
            o.insert("dcat:contactPoint".into(), c.clone());
        }
        d
    };
    let mut datasets = vec![dataset(
        "summary",
        about.both("data.summary"),
        about.both("data.about_summary"),
        vec![distribution(about, "summary.json", false)],
        &spatial,
    )];
    for table in TABLES {
        let name = table.name();
        datasets.push(dataset(
            name,
            about.both(&format!("data.{name}")),
            about.both(&format!("data.about_{name}")),
            vec![
                distribution(about, &format!("{name}.csv"), true),
                distribution(about, &format!("{name}.json"), false),
            ],
            &spatial,
        ));
    }
    // The figures' history, where the build read it.
    if about.size("data/history.csv") > 0 {
        datasets.push(dataset(
            "history",
            about.both("changes.heading"),
            about.both("changes.lede"),
            vec![
                distribution(about, "history.csv", true),
                distribution(about, "history.json", false),
            ],
            &spatial,
        ));
    }
    // A chart's table: one dataset, a CSV in each language.
    let charts = about.chart_tables();
    let mut seen = std::collections::BTreeSet::new();
    for chart in &charts {
        let name = &chart.table.name;
        if !seen.insert(name) {
            continue;
        }
        let files = charts
            .iter()
            .filter(|c| c.table.name == *name)
            .map(|c| distribution(about, c.file(), true))
            .collect();
        datasets.push(dataset(
            &format!("chart-{name}"),
            (chart.th.caption.clone(), chart.en.caption.clone()),
            (chart.th.desc.clone(), chart.en.desc.clone()),
            files,
            &thailand,
        ));
    }
    let description = site
        .config
        .description
        .as_ref()
        .unwrap_or(&site.config.title);
    let mut catalog = json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": about.full("data/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": tagged(&site.config.title.th, site.config.title.get(Lang::En)),
        "dct:description": tagged(&description.th, description.get(Lang::En)),
        "dct:publisher": publisher,
        "dct:license": { "@id": data.licence.url() },
        "dct:language": languages,
        "dct:spatial": { "@id": format!("{EU}country/THA") },
        "foaf:homepage": { "@id": about.full("") },
        "dcat:themeTaxonomy": { "@id": format!("{EU}data-theme") },
        "dcat:dataset": datasets,
    });
    if let (Some(m), Some(o)) = (&modified, catalog.as_object_mut()) {
        o.insert("dct:modified".into(), m.clone());
    }
    let mut out = serde_json::to_vec_pretty(&catalog).unwrap_or_default();
    out.push(b'\n');
    out
}
