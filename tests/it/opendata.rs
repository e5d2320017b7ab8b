//! The open-data catalog: `data/datapackage.json` describes every CSV the
//! build writes, column for column; `data/catalog.jsonld` is a DCAT-AP
//! catalog of every download; the data page carries a schema.org
//! `Dataset` that no text can break out of; all from `site.yaml`'s
//! `data:` and the build's date, byte-identical build after build.
//! (tests/opendata/run.sh checks the same files with frictionless and
//! rdflib.)

use serde_json::{Value, json};

use crate::support::Site;

/// A site with a project in a city and a cohort, a public ambassador
/// and a news item, whose title tries to close the JSON-LD's element.
fn site(data: &str) -> Site {
    let site = Site::minimal();
    site.write(
        "content/site.yaml",
        format!(
            "title: {{ th: ทดสอบ </script><script>alert(1)</script>, en: Test }}\nbase_url: https://example.org/report/\n{data}"
        ),
    )
    .write(
        "content/projects/p.md",
        "---\ntitle: โครงการ\nprovince: Rayong\ndomains: [energy]\ncity: rayong\ncohort: c-1\nvalue_thb: 12 ล้านบาท\nstarted: 2021-10\n---\n",
    )
    .write("content/projects/p.en.md", "---\ntitle: Project\n---\n")
    .write(
        "content/ambassadors/a.md",
        "---\nname: สมชาย ใจดี\ncohort: c-1\nprovince: Chon Buri\npublic: true\n---\n",
    )
    .write(
        "content/news/n.md",
        "---\ntitle: ข่าว\ndate: 2022-09-01\n---\n",
    )
    .write("content/news/n.en.md", "---\ntitle: News\n---\n");
    site
}

fn build(site: &Site, vars: &[(&str, &str)]) {
    let run = site.run_with(&["build"], vars);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

fn read(site: &Site, rel: &str) -> String {
    std::fs::read_to_string(site.path().join("output").join(rel)).expect(rel)
}

fn json_file(site: &Site, rel: &str) -> Value {
    serde_json::from_str(&read(site, rel)).expect("JSON")
}

/// The header of a CSV the build wrote.
fn header(site: &Site, rel: &str) -> Vec<String> {
    let text = read(site, rel);
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let first = reader.records().next().expect("a header").expect("CSV");
    first.iter().map(str::to_string).collect()
}

#[test]
fn the_package_describes_every_column_of_every_csv_and_nothing_else() {
    let site = site("");
    build(&site, &[]);
    let package = json_file(&site, "data/datapackage.json");
    let resources = package["resources"].as_array().expect("resources");
    // Every CSV of data/, the charts' tables in each language too, is a
    // resource.
    let data = site.path().join("output/data");
    let csvs: Vec<String> = crate::build::tree(&data)
        .into_keys()
        .filter(|n| n.ends_with(".csv"))
        .collect();
    assert!(csvs.contains(&"charts/th/province-domains-rayong.csv".to_string()));
    let mut described: Vec<String> = resources
        .iter()
        .filter_map(|r| r["path"].as_str())
        .filter(|p| p.ends_with(".csv"))
        .map(str::to_string)
        .collect();
    described.sort();
    assert_eq!(described, csvs);
    // Each schema's fields are the CSV's header, in order: a column added
    // to a row and not described, or described and not written, fails.
    for r in resources.iter().filter(|r| r["format"] == "csv") {
        let path = r["path"].as_str().expect("path");
        let fields: Vec<&str> = r["schema"]["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .map(|f| f["name"].as_str().expect("name"))
            .collect();
        assert_eq!(fields, header(&site, &format!("data/{path}")), "{path}");
        assert_eq!(
            r["bytes"],
            json!(read(&site, &format!("data/{path}")).len()),
            "{path}"
        );
    }
    let projects = resources
        .iter()
        .find(|r| r["name"] == "projects")
        .expect("projects");
    let field = |name: &str| {
        projects["schema"]["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .find(|f| f["name"] == name)
            .cloned()
            .expect(name)
    };
    assert_eq!(
        field("value_thb"),
        json!({
            "name": "value_thb",
            "type": "integer",
            "format": "default",
            "title": "มูลค่า (บาท)",
            "description": "มูลค่าของโครงการเป็นบาท ว่างไว้ถ้าไม่ได้ระบุ",
            "title_en": "Value (baht)",
            "description_en": "The project's value in baht; empty where not stated.",
            "unit": "baht"
        })
    );
    assert_eq!(
        field("started_month")["constraints"],
        json!({ "minimum": 1, "maximum": 12 })
    );
    assert_eq!(field("started_month")["unit"], "month");
    assert_eq!(field("id")["constraints"], json!({ "required": true }));
    assert_eq!(field("provinces")["separator"], "; ");
    assert_eq!(
        field("status")["constraints"],
        json!({ "enum": ["planned", "ongoing", "completed"] })
    );
    assert_eq!(projects["schema"]["primaryKey"], json!(["id"]));
    assert_eq!(
        projects["schema"]["foreignKeys"],
        json!([
            { "fields": ["cohort"], "reference": { "resource": "cohorts", "fields": ["id"] } },
            { "fields": ["city"], "reference": { "resource": "cities", "fields": ["id"] } }
        ])
    );
    // A chart's table: its columns typed as its cells are (a date's year,
    // month and day as numbers, then its text), titled in both languages.
    let chart = resources
        .iter()
        .find(|r| r["name"] == "chart-en-projects-by-fiscal-year")
        .expect("the chart's table");
    assert_eq!(chart["path"], "charts/en/projects-by-fiscal-year.csv");
    assert_eq!(chart["language"], "en");
    assert_eq!(
        chart["title"],
        "โครงการตามปีงบประมาณที่เริ่ม (1 ตุลาคม ถึง 30 กันยายน)"
    );
    assert_eq!(
        chart["title_en"],
        "Projects by the Thai fiscal year they started in (1 October to 30 September)"
    );
    let fields: Vec<(&str, &str, &str, Option<&str>)> = chart["schema"]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| {
            (
                f["name"].as_str().expect("name"),
                f["title"].as_str().expect("title"),
                f["type"].as_str().expect("type"),
                f["unit"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            (
                "Fiscal year: Buddhist-era year",
                "ปีงบประมาณ: ปี พ.ศ.",
                "integer",
                Some("fiscal_year")
            ),
            ("Fiscal year", "ปีงบประมาณ", "string", None),
            ("Projects", "โครงการ", "integer", Some("count")),
            ("Value (baht)", "มูลค่า (บาท)", "integer", Some("baht")),
            (
                "Projects without a stated value",
                "โครงการที่ไม่ระบุมูลค่า",
                "integer",
                Some("count")
            ),
        ]
    );
    assert_eq!(
        chart["schema"]["fields"][2]["description_en"],
        "“Projects” in the table of the chart “Projects by the Thai fiscal year they started in (1 October to 30 September)”"
    );
    assert_eq!(
        chart["schema"]["fields"][3]["constraints"],
        json!({ "minimum": 0 })
    );
    let ambassadors = resources
        .iter()
        .find(|r| r["name"] == "ambassadors")
        .expect("ambassadors");
    assert_eq!(
        ambassadors["schema"]["foreignKeys"][1],
        json!({ "fields": ["province"], "reference": { "resource": "provinces", "fields": ["code"] } })
    );
    // The package: its licence, publisher, sources and date (the latest
    // date in the content, as no SOURCE_DATE_EPOCH is set).
    assert_eq!(package["profile"], "data-package");
    assert_eq!(package["name"], "example-org-report");
    assert_eq!(package["created"], "2022-09-01T00:00:00Z");
    assert_eq!(package["last_updated"], "2022-09-01");
    assert_eq!(
        package["licenses"],
        json!([{ "name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/", "title": "Creative Commons Attribution 4.0" }])
    );
    assert_eq!(
        package["contributors"],
        json!([{ "title": "ทดสอบ </script><script>alert(1)</script>", "role": "publisher" }])
    );
    assert_eq!(package["sources"], json!([{ "title": "A test source" }]));
    assert_eq!(
        package["data_go_th"],
        json!({
            "update_frequency_unit": "ไม่แน่นอน",
            "geo_coverage": "ประเทศ",
            "data_category": "ข้อมูลสาธารณะ",
            "data_language": ["ไทย", "อังกฤษ"],
            "created_date": "2021",
            "last_updated_date": "2022-09-01",
            "license_id": "CC-BY-4.0",
            "maintainer": "ทดสอบ </script><script>alert(1)</script>",
            "maintainer_email": null,
            "tags": ["เมืองอัจฉริยะ", "นักดิจิทัลพัฒนาเมืองรุ่นใหม่", "ดีป้า", "จังหวัด", "ประเทศไทย"]
        })
    );
}

const SETTINGS: &str = "data:
  publisher: { th: สำนักงานทดสอบ, en: Test Office }
  contact: opendata@example.org
  licence: CC0-1.0
  update_frequency: ไตรมาส
  coverage: province
  topics: economy
  created: 2021-06
  keywords: [{ th: เมือง, en: city }]
";

#[test]
fn the_dcat_catalog_has_a_dataset_per_download_from_site_yaml_and_the_build_s_date() {
    let site = site(SETTINGS);
    // 2024-06-30 in Thailand.
    build(&site, &[("SOURCE_DATE_EPOCH", "1719705600")]);
    let catalog = json_file(&site, "data/catalog.jsonld");
    assert_eq!(catalog["@type"], "dcat:Catalog");
    assert_eq!(
        catalog["@id"],
        "https://example.org/report/data/catalog.jsonld"
    );
    assert_eq!(
        catalog["dct:title"],
        json!([
            { "@value": "ทดสอบ </script><script>alert(1)</script>", "@language": "th" },
            { "@value": "Test", "@language": "en" }
        ])
    );
    assert_eq!(
        catalog["dct:publisher"],
        json!({
            "@id": "https://example.org/report/#publisher",
            "@type": "foaf:Agent",
            "foaf:name": [
                { "@value": "สำนักงานทดสอบ", "@language": "th" },
                { "@value": "Test Office", "@language": "en" }
            ],
            "foaf:mbox": { "@id": "mailto:opendata@example.org" }
        })
    );
    assert_eq!(
        catalog["dct:modified"],
        json!({ "@value": "2024-06-30", "@type": "xsd:date" })
    );
    let datasets = catalog["dcat:dataset"].as_array().expect("datasets");
    let names: Vec<&str> = datasets
        .iter()
        .map(|d| d["dct:identifier"].as_str().expect("identifier"))
        .collect();
    assert_eq!(
        names,
        [
            "summary",
            "cohorts",
            "cities",
            "projects",
            "ambassadors",
            "news",
            "sources",
            "pages",
            "provinces",
            "reported",
            "chart-cohorts-ambassadors",
            "chart-cohorts-provinces",
            "chart-projects-by-domain",
            "chart-projects-by-fiscal-year",
            "chart-projects-by-province",
            "chart-projects-by-status",
            "chart-province-domains-rayong",
            "chart-province-map",
            "chart-provinces-central",
            "chart-provinces-east",
            "chart-provinces-north",
            "chart-provinces-northeast",
            "chart-provinces-south",
            "chart-provinces-west",
        ]
    );
    // A chart's table: one dataset, its CSV in each language.
    let chart = datasets
        .iter()
        .find(|d| d["dct:identifier"] == "chart-province-domains-rayong")
        .expect("the chart's dataset");
    let files: Vec<&str> = chart["dcat:distribution"]
        .as_array()
        .expect("distributions")
        .iter()
        .map(|d| d["dcat:downloadURL"]["@id"].as_str().expect("URL"))
        .collect();
    assert_eq!(
        files,
        [
            "https://example.org/report/data/charts/th/province-domains-rayong.csv",
            "https://example.org/report/data/charts/en/province-domains-rayong.csv"
        ]
    );
    let projects = &datasets[3];
    assert_eq!(
        projects["dct:title"],
        json!([{ "@value": "โครงการ", "@language": "th" }, { "@value": "Projects", "@language": "en" }])
    );
    assert_eq!(
        projects["dct:license"],
        json!({ "@id": "https://creativecommons.org/publicdomain/zero/1.0/" })
    );
    assert_eq!(
        projects["dct:accrualPeriodicity"],
        json!({ "@id": "http://publications.europa.eu/resource/authority/frequency/QUARTERLY" })
    );
    assert_eq!(
        projects["dcat:theme"],
        json!([{ "@id": "http://publications.europa.eu/resource/authority/data-theme/ECON" }])
    );
    assert_eq!(
        projects["dct:modified"],
        json!({ "@value": "2024-06-30", "@type": "xsd:date" })
    );
    assert_eq!(
        projects["dct:issued"],
        json!({ "@value": "2021-06", "@type": "xsd:gYearMonth" })
    );
    // The period: the cohort's start (2021) to the news item.
    assert_eq!(
        projects["dct:temporal"],
        json!({
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": { "@value": "2021", "@type": "xsd:gYear" },
            "dcat:endDate": { "@value": "2022-09-01", "@type": "xsd:date" }
        })
    );
    // Thailand, and Chon Buri (the ambassador) and Rayong (the city and
    // the project), each by its code and names.
    assert_eq!(
        projects["dct:spatial"],
        json!([
            { "@id": "http://publications.europa.eu/resource/authority/country/THA" },
            { "@type": "dct:Location", "dct:identifier": "TH-20", "skos:prefLabel": [
                { "@value": "ชลบุรี", "@language": "th" }, { "@value": "Chon Buri", "@language": "en" } ] },
            { "@type": "dct:Location", "dct:identifier": "TH-21", "skos:prefLabel": [
                { "@value": "ระยอง", "@language": "th" }, { "@value": "Rayong", "@language": "en" } ] }
        ])
    );
    assert_eq!(
        projects["dcat:keyword"],
        json!([{ "@value": "เมือง", "@language": "th" }, { "@value": "city", "@language": "en" }])
    );
    let csv_size = read(&site, "data/projects.csv").len().to_string();
    assert_eq!(
        projects["dcat:distribution"][0],
        json!({
            "@id": "https://example.org/report/data/projects.csv",
            "@type": "dcat:Distribution",
            "dct:title": "projects.csv",
            "dcat:accessURL": { "@id": "https://example.org/report/th/data/" },
            "dcat:downloadURL": { "@id": "https://example.org/report/data/projects.csv" },
            "dcat:mediaType": { "@id": "http://www.iana.org/assignments/media-types/text/csv" },
            "dct:format": { "@id": "http://publications.europa.eu/resource/authority/file-type/CSV" },
            "dcat:byteSize": { "@value": csv_size, "@type": "xsd:nonNegativeInteger" },
            "dct:license": { "@id": "https://creativecommons.org/publicdomain/zero/1.0/" }
        })
    );
    assert_eq!(
        projects["dcat:distribution"][1]["dcat:downloadURL"],
        json!({ "@id": "https://example.org/report/data/projects.json" })
    );
    assert_eq!(
        projects["dcat:contactPoint"],
        json!({ "@type": "vcard:Kind", "vcard:fn": "Test Office", "vcard:hasEmail": { "@id": "mailto:opendata@example.org" } })
    );
}

/// The text of the data page's JSON-LD element.
fn jsonld(html: &str) -> &str {
    let open = "<script type=\"application/ld+json\">";
    let start = html.find(open).expect("a JSON-LD element") + open.len();
    let end = start + html[start..].find("</script>").expect("its end");
    &html[start..end]
}

#[test]
fn the_data_page_carries_a_schema_org_dataset_that_no_text_breaks_out_of() {
    let site = site(SETTINGS);
    build(&site, &[("SOURCE_DATE_EPOCH", "1719705600")]);
    let th = read(&site, "th/data/index.html");
    // One element, which the title's `</script>` did not close: it is
    // written with JSON escapes.
    assert_eq!(th.matches("<script").count(), 1);
    let text = jsonld(&th);
    assert!(!text.contains('<'), "{text}");
    let v: Value = serde_json::from_str(text).expect("JSON");
    assert_eq!(v["@type"], "Dataset");
    assert_eq!(
        v["name"],
        "ทดสอบ </script><script>alert(1)</script> · ดาวน์โหลดข้อมูล"
    );
    assert_eq!(v["url"], "https://example.org/report/th/data/");
    assert_eq!(v["inLanguage"], "th");
    assert_eq!(
        v["license"],
        "https://creativecommons.org/publicdomain/zero/1.0/"
    );
    assert_eq!(v["dateModified"], "2024-06-30");
    assert_eq!(v["datePublished"], "2021-06");
    assert_eq!(v["temporalCoverage"], "2021/2022-09-01");
    assert_eq!(
        v["publisher"],
        json!({ "@type": "Organization", "name": "สำนักงานทดสอบ", "url": "https://example.org/report/" })
    );
    assert_eq!(v["keywords"], json!(["เมือง"]));
    assert_eq!(
        v["spatialCoverage"][2],
        json!({ "@type": "AdministrativeArea", "name": "ระยอง", "identifier": "TH-21" })
    );
    let size = read(&site, "data/projects.csv").len();
    assert_eq!(
        v["distribution"][5],
        json!({
            "@type": "DataDownload",
            "name": "โครงการ (CSV)",
            "encodingFormat": "text/csv",
            "contentUrl": "https://example.org/report/data/projects.csv",
            "contentSize": format!("{size} B"),
            "inLanguage": "th"
        })
    );
    let en: Value = serde_json::from_str(jsonld(&read(&site, "en/data/index.html"))).expect("JSON");
    assert_eq!(en["name"], "Test · Download data");
    assert_eq!(en["inLanguage"], "en");
    assert_eq!(en["url"], "https://example.org/report/en/data/");
    assert_eq!(en["publisher"]["name"], "Test Office");
    assert_eq!(en["distribution"][5]["name"], "Projects (CSV)");
    // The page lists the projects' columns with their meanings and
    // units, and links to both catalogs.
    assert!(
        th.contains("<dt><code>value_thb</code> <span>มูลค่า (บาท)</span></dt>"),
        "{th}"
    );
    assert!(th.contains("href=\"/report/data/datapackage.json\""));
    assert!(th.contains("href=\"/report/data/catalog.jsonld\""));
}

#[test]
fn two_builds_write_the_same_catalogs() {
    let site = site(SETTINGS);
    build(&site, &[]);
    let first = [
        read(&site, "data/datapackage.json"),
        read(&site, "data/catalog.jsonld"),
        read(&site, "th/data/index.html"),
    ];
    build(&site, &[]);
    let second = [
        read(&site, "data/datapackage.json"),
        read(&site, "data/catalog.jsonld"),
        read(&site, "th/data/index.html"),
    ];
    assert!(first == second, "the catalogs differ between two builds");
}
