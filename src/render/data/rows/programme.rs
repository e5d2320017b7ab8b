//! Render: the rows of the programme's records: cohorts, cities,
//! projects and the ambassadors who are public.

use super::parts::*;
use crate::aggregate::Stats;
use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::render::data::columns::*;

row! {
    pub(crate) struct CohortRow<'a> {
        id: &'a str = id("รุ่น", "cohort"),
        number: u64 = doc("รุ่นที่", "Number", "ลำดับของรุ่น", "The cohort's number, in order."),
        title_th: &'a str = title_th("รุ่น", "cohort"),
        title_en: Option<&'a str> = title_en("รุ่น", "cohort"),
        started_year: Option<i32> = year("เริ่ม", "start"),
        started_month: Option<u8> = month("เริ่ม", "start"),
        started_day: Option<u8> = day("เริ่ม", "start"),
        ended_year: Option<i32> = year("สิ้นสุด", "end"),
        ended_month: Option<u8> = month("สิ้นสุด", "end"),
        ended_day: Option<u8> = day("สิ้นสุด", "end"),
        planned_ambassadors: Option<u64> = doc(
            "จำนวนนักดิจิทัลพัฒนาเมืองที่วางแผนไว้",
            "Planned ambassadors",
            "จำนวนนักดิจิทัลพัฒนาเมืองที่รุ่นนี้ตั้งเป้าไว้ ว่างไว้ถ้าไม่ได้ระบุ",
            "How many ambassadors the cohort planned to take; empty where not stated.",
        )
        .unit(Unit::Count),
        partners: Vec<&'a str> = partners(),
        projects: u64 = projects(),
        project_value_thb: Option<u64> = project_value(),
        projects_without_value: u64 = projects_without_value(),
        ambassadors: u64 = ambassadors(),
        provinces_covered: u64 = doc(
            "จังหวัดที่ครอบคลุม",
            "Provinces covered",
            "จำนวนจังหวัด (จาก 77 จังหวัด) ที่มีโครงการหรือนักดิจิทัลพัฒนาเมืองของรุ่นนี้",
            "How many of the 77 provinces hold a project or an ambassador of the cohort.",
        )
        .unit(Unit::Count)
        .range(0, 77),
        sources: Vec<&'a str> = sources(),
        summary_th: Option<&'a str> = summary_th(),
        summary_en: Option<&'a str> = summary_en(),
    }
}

impl<'a> CohortRow<'a> {
    pub(crate) fn new(c: &'a Cohort, stats: &Stats) -> Self {
        let st = stats
            .by_cohort
            .get(c.meta.id.as_str())
            .copied()
            .unwrap_or_default();
        let (started, ended) = (Ymd::of(Some(c.started)), Ymd::of(c.ended));
        let (summary_th, summary_en) = summary(&c.meta);
        CohortRow {
            id: c.meta.id.as_str(),
            number: c.number,
            title_th: &c.title.th,
            title_en: c.title.en.as_deref(),
            started_year: started.year,
            started_month: started.month,
            started_day: started.day,
            ended_year: ended.year,
            ended_month: ended.month,
            ended_day: ended.day,
            planned_ambassadors: c.planned_ambassadors,
            partners: thai(&c.partners),
            projects: st.projects,
            project_value_thb: total(st.total()),
            projects_without_value: st.projects_without_value,
            ambassadors: st.ambassadors,
            provinces_covered: st.provinces_covered,
            sources: ids(&c.meta.sources),
            summary_th,
            summary_en,
        }
    }
}

row! {
    pub(crate) struct CityRow<'a> {
        id: &'a str = id("เมือง", "city"),
        title_th: &'a str = title_th("เมือง", "city"),
        title_en: Option<&'a str> = title_en("เมือง", "city"),
        status: &'static str = doc(
            "สถานะ",
            "Status",
            "certified (ได้รับการรับรอง), promotion-zone (เขตส่งเสริมเมืองอัจฉริยะ), proposed (เสนอขอรับรอง) หรือ revoked (ถูกเพิกถอน)",
            "certified, promotion-zone, proposed or revoked.",
        )
        .values(CityStatus::ALL.iter().map(|s| s.key())),
        pilot: bool = doc(
            "เมืองนำร่อง",
            "Pilot",
            "true ถ้าเป็นหนึ่งในห้าเมืองอัจฉริยะนำร่อง",
            "true for the five pilot smart cities.",
        ),
        certified_on_year: Option<i32> = year("ได้รับการรับรอง", "certification"),
        certified_on_month: Option<u8> = month("ได้รับการรับรอง", "certification"),
        certified_on_day: Option<u8> = day("ได้รับการรับรอง", "certification"),
        provinces: Vec<&'static str> = provinces(),
        provinces_th: Vec<&'static str> = provinces_th(),
        provinces_en: Vec<&'static str> = provinces_en(),
        domains: Vec<&'static str> = domains(),
        projects: u64 = projects(),
        project_value_thb: Option<u64> = project_value(),
        projects_without_value: u64 = projects_without_value(),
        sources: Vec<&'a str> = sources(),
        summary_th: Option<&'a str> = summary_th(),
        summary_en: Option<&'a str> = summary_en(),
    }
}

impl<'a> CityRow<'a> {
    pub(crate) fn new(c: &'a City, stats: &Stats) -> Self {
        let m = stats
            .by_city
            .get(c.meta.id.as_str())
            .copied()
            .unwrap_or_default();
        let provinces = Provinces::of(&c.provinces);
        let on = Ymd::of(c.certified_on);
        let (summary_th, summary_en) = summary(&c.meta);
        CityRow {
            id: c.meta.id.as_str(),
            title_th: &c.title.th,
            title_en: c.title.en.as_deref(),
            status: c.status.key(),
            pilot: c.pilot,
            certified_on_year: on.year,
            certified_on_month: on.month,
            certified_on_day: on.day,
            provinces: provinces.codes,
            provinces_th: provinces.th,
            provinces_en: provinces.en,
            domains: c.domains.iter().map(|d| d.key()).collect(),
            projects: m.projects,
            project_value_thb: total(m.total()),
            projects_without_value: m.projects_without_value,
            sources: ids(&c.meta.sources),
            summary_th,
            summary_en,
        }
    }
}

row! {
    pub(crate) struct ProjectRow<'a> {
        id: &'a str = id("โครงการ", "project"),
        title_th: &'a str = title_th("โครงการ", "project"),
        title_en: Option<&'a str> = title_en("โครงการ", "project"),
        provinces: Vec<&'static str> = provinces(),
        provinces_th: Vec<&'static str> = provinces_th(),
        provinces_en: Vec<&'static str> = provinces_en(),
        domains: Vec<&'static str> = domains(),
        value_thb: Option<u64> = doc(
            "มูลค่า (บาท)",
            "Value (baht)",
            "มูลค่าของโครงการเป็นบาท ว่างไว้ถ้าไม่ได้ระบุ",
            "The project's value in baht; empty where not stated.",
        )
        .unit(Unit::Baht),
        status: Option<&'static str> = doc(
            "สถานะ",
            "Status",
            "planned (วางแผน), ongoing (กำลังดำเนินการ) หรือ completed (เสร็จสิ้น) ว่างไว้ถ้าไม่ได้ระบุ",
            "planned, ongoing or completed; empty where not stated.",
        )
        .values(ProjectStatus::ALL.iter().map(|s| s.key())),
        started_year: Option<i32> = year("เริ่ม", "start"),
        started_month: Option<u8> = month("เริ่ม", "start"),
        started_day: Option<u8> = day("เริ่ม", "start"),
        fiscal_year_be: Option<i32> = doc(
            "ปีงบประมาณ (พ.ศ.)",
            "Fiscal year (BE)",
            "ปีงบประมาณที่โครงการเริ่ม (1 ตุลาคม ถึง 30 กันยายน) เป็นปีพุทธศักราช ว่างไว้ถ้าไม่ทราบเดือนที่เริ่ม",
            "The Thai fiscal year (1 October to 30 September) the project started in, by its Buddhist-era year; empty where the month it started is not known.",
        )
        .unit(Unit::FiscalYear),
        cohort: Option<&'a str> = doc(
            "รุ่น",
            "Cohort",
            "รหัสของรุ่นนักดิจิทัลพัฒนาเมืองที่ดำเนินโครงการ (ดู cohorts.csv) ว่างไว้ถ้าไม่มี",
            "The id of the cohort of ambassadors behind the project (see cohorts.csv); empty where none.",
        ),
        city: Option<&'a str> = doc(
            "เมือง",
            "City",
            "รหัสของเมืองอัจฉริยะที่โครงการอยู่ (ดู cities.csv) ว่างไว้ถ้าไม่มี",
            "The id of the smart city the project belongs to (see cities.csv); empty where none.",
        ),
        ambassadors: u64 = doc(
            "จำนวนนักดิจิทัลพัฒนาเมือง",
            "Ambassadors",
            "จำนวนนักดิจิทัลพัฒนาเมืองในโครงการ รวมผู้ที่ไม่ได้เปิดเผยชื่อ",
            "How many ambassadors work on the project, those not named included.",
        )
        .unit(Unit::Count),
        partners: Vec<&'a str> = partners(),
        sources: Vec<&'a str> = sources(),
        summary_th: Option<&'a str> = summary_th(),
        summary_en: Option<&'a str> = summary_en(),
    }
}

impl<'a> ProjectRow<'a> {
    pub(crate) fn new(p: &'a Project) -> Self {
        let provinces = Provinces::of(&p.provinces);
        let started = Ymd::of(p.started);
        let (summary_th, summary_en) = summary(&p.meta);
        ProjectRow {
            id: p.meta.id.as_str(),
            title_th: &p.title.th,
            title_en: p.title.en.as_deref(),
            provinces: provinces.codes,
            provinces_th: provinces.th,
            provinces_en: provinces.en,
            domains: p.domains.iter().map(|d| d.key()).collect(),
            value_thb: p.value_thb.map(|v| v.0),
            status: p.status.map(|s| s.key()),
            started_year: started.year,
            started_month: started.month,
            started_day: started.day,
            fiscal_year_be: p.started.and_then(|d| d.fiscal_year_be()),
            cohort: p.cohort.as_ref().map(Id::as_str),
            city: p.city.as_ref().map(Id::as_str),
            ambassadors: p.ambassadors.len() as u64,
            partners: thai(&p.partners),
            sources: ids(&p.meta.sources),
            summary_th,
            summary_en,
        }
    }
}

row! {
    /// Only a public ambassador has a row: no name, id or body of anyone
    /// else leaves the model.
    pub(crate) struct AmbassadorRow<'a> {
        id: &'a str = id("นักดิจิทัลพัฒนาเมือง", "ambassador"),
        name: &'a str = doc(
            "ชื่อ (ไทย)",
            "Name (Thai)",
            "ชื่อภาษาไทยของนักดิจิทัลพัฒนาเมืองที่ยินยอมให้เปิดเผยชื่อ",
            "The Thai name of an ambassador who agreed to be named.",
        ),
        name_en: &'a str = doc(
            "ชื่อ (อังกฤษ)",
            "Name (English)",
            "ชื่อภาษาอังกฤษ หรือชื่อภาษาไทยถ้าไม่มีชื่อภาษาอังกฤษ",
            "The name in English, or in Thai where there is no English one.",
        ),
        cohort: &'a str = doc(
            "รุ่น",
            "Cohort",
            "รหัสของรุ่น (ดู cohorts.csv)",
            "The id of the ambassador's cohort (see cohorts.csv).",
        ),
        province: &'static str = doc(
            "จังหวัด (รหัส)",
            "Province (code)",
            "รหัส ISO 3166-2:TH ของจังหวัดที่ปฏิบัติงาน (ดู provinces.csv)",
            "The ISO 3166-2:TH code of the province the ambassador works in (see provinces.csv).",
        ),
        province_th: &'static str = doc(
            "จังหวัด (ชื่อไทย)",
            "Province (Thai name)",
            "ชื่อจังหวัดภาษาไทย",
            "The province's Thai name.",
        ),
        province_en: &'static str = doc(
            "จังหวัด (ชื่ออังกฤษ)",
            "Province (English name)",
            "ชื่อจังหวัดภาษาอังกฤษ",
            "The province's English name.",
        ),
        sources: Vec<&'a str> = sources(),
    }
}

impl<'a> AmbassadorRow<'a> {
    /// `None` for an ambassador who is not public.
    pub(crate) fn new(a: &'a Ambassador) -> Option<Self> {
        let p = a.province.get();
        a.public.then(|| AmbassadorRow {
            id: a.meta.id.as_str(),
            name: &a.name.th,
            name_en: a.name.get(Lang::En),
            cohort: a.cohort.as_str(),
            province: a.province.code(),
            province_th: &p.name_th,
            province_en: &p.name_en,
            sources: ids(&a.meta.sources),
        })
    }
}
