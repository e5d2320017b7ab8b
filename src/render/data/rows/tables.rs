//! Render: the rows of news, sources, pages, the provinces' figures and
//! the reported figures.

use super::parts::*;
use crate::aggregate::{Stats, Verdict};
use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::render::data::columns::*;

row! {
    pub(crate) struct NewsRow<'a> {
        id: &'a str = id("ข่าว", "news item"),
        date_year: Option<i32> = year("เผยแพร่", "publication"),
        date_month: Option<u8> = month("เผยแพร่", "publication"),
        date_day: Option<u8> = day("เผยแพร่", "publication"),
        title_th: &'a str = title_th("ข่าว", "news item"),
        title_en: Option<&'a str> = title_en("ข่าว", "news item"),
        summary_th: Option<&'a str> = summary_th(),
        summary_en: Option<&'a str> = summary_en(),
        sources: Vec<&'a str> = sources(),
    }
}

impl<'a> NewsRow<'a> {
    pub(crate) fn new(x: &'a News) -> Self {
        let date = Ymd::of(Some(x.date));
        let (summary_th, summary_en) = summary(&x.meta);
        NewsRow {
            id: x.meta.id.as_str(),
            date_year: date.year,
            date_month: date.month,
            date_day: date.day,
            title_th: &x.title.th,
            title_en: x.title.en.as_deref(),
            summary_th,
            summary_en,
            sources: ids(&x.meta.sources),
        }
    }
}

row! {
    pub(crate) struct SourceRow<'a> {
        id: &'a str = doc(
            "รหัสแหล่งที่มา",
            "Source id",
            "รหัสที่ระเบียนใช้อ้างอิงแหล่งที่มานี้",
            "The id records cite the source by.",
        ),
        publisher_th: &'a str = doc(
            "ผู้เผยแพร่ (ไทย)",
            "Publisher (Thai)",
            "ผู้เผยแพร่แหล่งที่มา ภาษาไทย",
            "Who published the source, in Thai.",
        ),
        publisher_en: Option<&'a str> = doc(
            "ผู้เผยแพร่ (อังกฤษ)",
            "Publisher (English)",
            "ผู้เผยแพร่แหล่งที่มา ภาษาอังกฤษ ว่างไว้ถ้าไม่มี",
            "Who published the source, in English; empty where not given.",
        ),
        title_th: &'a str = title_th("แหล่งที่มา", "source"),
        title_en: Option<&'a str> = title_en("แหล่งที่มา", "source"),
        date_year: Option<i32> = year("เผยแพร่", "publication"),
        date_month: Option<u8> = month("เผยแพร่", "publication"),
        date_day: Option<u8> = day("เผยแพร่", "publication"),
        url: Option<&'a str> = doc(
            "ที่อยู่เว็บ",
            "Address",
            "ที่อยู่เว็บของแหล่งที่มา ว่างไว้ถ้าไม่มี",
            "The source's web address; empty where there is none.",
        )
        .format("uri"),
    }
}

impl<'a> SourceRow<'a> {
    pub(crate) fn new(x: &'a Source) -> Self {
        let date = Ymd::of(Some(x.date));
        SourceRow {
            id: x.id.as_str(),
            publisher_th: &x.publisher.th,
            publisher_en: x.publisher.en.as_deref(),
            title_th: &x.title.th,
            title_en: x.title.en.as_deref(),
            date_year: date.year,
            date_month: date.month,
            date_day: date.day,
            url: x.url.as_deref(),
        }
    }
}

row! {
    pub(crate) struct PageRow<'a> {
        id: &'a str = id("หน้า", "page"),
        order: u64 = doc(
            "ลำดับ",
            "Order",
            "ลำดับของหน้าในเมนู",
            "The page's place in the menu.",
        ),
        title_th: &'a str = title_th("หน้า", "page"),
        title_en: Option<&'a str> = title_en("หน้า", "page"),
        summary_th: Option<&'a str> = summary_th(),
        summary_en: Option<&'a str> = summary_en(),
    }
}

impl<'a> PageRow<'a> {
    pub(crate) fn new(x: &'a Page) -> Self {
        let (summary_th, summary_en) = summary(&x.meta);
        PageRow {
            id: x.meta.id.as_str(),
            order: x.order,
            title_th: &x.title.th,
            title_en: x.title.en.as_deref(),
            summary_th,
            summary_en,
        }
    }
}

row! {
    pub(crate) struct ProvinceRow {
        code: &'static str = doc(
            "รหัสจังหวัด",
            "Province code",
            "รหัส ISO 3166-2:TH ของจังหวัด",
            "The province's ISO 3166-2:TH code.",
        ),
        name_th: &'static str = doc("ชื่อจังหวัด (ไทย)", "Name (Thai)", "ชื่อจังหวัดภาษาไทย", "The province's name in Thai."),
        name_en: &'static str = doc("ชื่อจังหวัด (อังกฤษ)", "Name (English)", "ชื่อจังหวัดภาษาอังกฤษ", "The province's name in English."),
        region: &'static str = doc(
            "ภาค (6 ภาค)",
            "Region (six)",
            "ภาคตามการแบ่ง 6 ภาคของคณะกรรมการภูมิศาสตร์แห่งชาติ",
            "The region in the six-region system of the National Geographical Committee.",
        ),
        region_4: &'static str = doc(
            "ภาค (4 ภาค)",
            "Region (four)",
            "ภาคตามการแบ่ง 4 ภาคที่สื่อใช้ทั่วไป",
            "The region in the four-region system the press uses.",
        ),
        projects: u64 = projects(),
        project_value_thb: Option<u64> = project_value(),
        projects_without_value: u64 = projects_without_value(),
        cities: u64 = doc(
            "จำนวนเมืองอัจฉริยะ",
            "Smart cities",
            "จำนวนเมืองอัจฉริยะ (ทุกสถานะ) ที่อยู่ในจังหวัด",
            "How many smart cities, of every status, are in the province.",
        )
        .unit(Unit::Count),
        ambassadors: u64 = ambassadors(),
    }
}

impl ProvinceRow {
    pub(crate) fn new(p: ProvinceId, stats: &Stats) -> Self {
        let info = p.get();
        let st = stats.by_province.get(p.code()).copied().unwrap_or_default();
        ProvinceRow {
            code: p.code(),
            name_th: &info.name_th,
            name_en: &info.name_en,
            region: info.region6.key(),
            region_4: info.region4.key(),
            projects: st.projects,
            project_value_thb: total(st.total()),
            projects_without_value: st.projects_without_value,
            cities: st.cities,
            ambassadors: st.ambassadors,
        }
    }
}

const VERDICTS: [Verdict; 5] = [
    Verdict::Matches,
    Verdict::PartlyItemised,
    Verdict::Exceeds,
    Verdict::SourcesDisagree,
    Verdict::ReportedOnly,
];

row! {
    /// A reported figure; where it is among the newest outcomes stated for
    /// its scope and metric (`current`), what the records compute for it
    /// and the verdict.
    pub(crate) struct ReportedRow<'a> {
        scope: String = doc(
            "ขอบเขต",
            "Scope",
            "ตัวเลขนี้พูดถึงอะไร: site (ทั้งโครงการ), cohort:รหัส, city:รหัส หรือ project:รหัส",
            "What the figure is about: site (the whole programme), cohort:ID, city:ID or project:ID.",
        ),
        metric: &'static str = doc(
            "ตัวชี้วัด",
            "Metric",
            "สิ่งที่นับ เช่น projects (โครงการ), value_thb (มูลค่าเป็นบาท), cities (เมือง)",
            "What is counted, such as projects, value_thb (value in baht) or cities.",
        )
        .values(Metric::ALL.iter().map(|m| m.key())),
        kind: &'static str = doc(
            "ประเภท",
            "Kind",
            "outcome (ผลการดำเนินงาน) หรือ target (เป้าหมาย)",
            "outcome or target.",
        )
        .values(ReportKind::ALL.iter().map(|k| k.key())),
        value: u64 = doc(
            "ตัวเลขที่รายงาน",
            "Reported value",
            "ตัวเลขที่แหล่งที่มารายงาน เป็นบาทถ้าตัวชี้วัดคือ value_thb นอกนั้นเป็นจำนวน",
            "The figure the source states: baht where the metric is value_thb, otherwise a count.",
        ),
        as_of_year: Option<i32> = year("ของตัวเลข", "as-of"),
        as_of_month: Option<u8> = month("ของตัวเลข", "as-of"),
        as_of_day: Option<u8> = day("ของตัวเลข", "as-of"),
        source: &'a str = doc(
            "แหล่งที่มา",
            "Source",
            "รหัสของแหล่งที่มาที่รายงานตัวเลขนี้ (ดู sources.csv)",
            "The id of the source that states the figure (see sources.csv).",
        ),
        current: bool = doc(
            "เป็นรายงานล่าสุด",
            "Current",
            "true ถ้าเป็นรายงานล่าสุดของตัวชี้วัดนี้ในขอบเขตนี้ ซึ่งนำไปเทียบกับระเบียน",
            "true where it is the latest report of its metric in its scope, the one set beside the records.",
        ),
        computed: Option<u64> = doc(
            "ตัวเลขจากระเบียน",
            "From the records",
            "ตัวเลขเดียวกันที่นับจากระเบียนของเว็บไซต์ ว่างไว้ถ้าไม่ใช่รายงานล่าสุดหรือไม่มีระเบียนประเภทนั้น",
            "The same figure as the site's records give it; empty where the report is not current or no kind of record counts it.",
        ),
        verdict: Option<&'static str> = doc(
            "ผลการเทียบ",
            "Verdict",
            "matches (ตรงกัน), partly_itemised (มีรายละเอียดบางส่วน), exceeds (ระเบียนมากกว่ารายงาน), sources_disagree (แหล่งที่มาไม่ตรงกัน) หรือ reported_only (มีเพียงตัวเลขที่รายงาน)",
            "matches, partly_itemised, exceeds, sources_disagree or reported_only.",
        )
        .values(VERDICTS.iter().map(|v| v.key())),
        note_th: Option<&'a str> = doc("หมายเหตุ (ไทย)", "Note (Thai)", "หมายเหตุภาษาไทย ว่างไว้ถ้าไม่มี", "A note in Thai; empty where none."),
        note_en: Option<&'a str> = doc("หมายเหตุ (อังกฤษ)", "Note (English)", "หมายเหตุภาษาอังกฤษ ว่างไว้ถ้าไม่มี", "A note in English; empty where none."),
    }
}

impl<'a> ReportedRow<'a> {
    pub(crate) fn new(r: &'a Reported, stats: &Stats) -> Self {
        let current = stats.reconciliation.iter().find(|c| {
            c.scope == r.scope
                && c.metric == r.metric
                && c.source == r.source
                && c.as_of == r.as_of
                && c.reported == r.value
        });
        let as_of = Ymd::of(r.as_of);
        let note = r.note.as_ref();
        ReportedRow {
            scope: r.scope.key(),
            metric: r.metric.key(),
            kind: r.kind.key(),
            value: r.value,
            as_of_year: as_of.year,
            as_of_month: as_of.month,
            as_of_day: as_of.day,
            source: r.source.as_str(),
            current: current.is_some(),
            computed: current.and_then(|c| c.computed),
            verdict: current.map(|c| c.verdict.key()),
            note_th: note.map(|t| t.th.as_str()),
            note_en: note.and_then(|t| t.en.as_deref()),
        }
    }
}
