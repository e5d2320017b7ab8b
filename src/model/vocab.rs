//! Model: the closed vocabularies editors choose from (domains, statuses,
//! metrics), each with the exact word written in content.

use serde::Serialize;

use crate::lang::{Lang, Text};

/// A word from a closed list, as written in content files.
pub trait Vocabulary: Sized + Copy + 'static {
    const ALL: &'static [Self];
    /// What the list is called in an error (`domain`, `status`).
    const WHAT: &'static str;
    fn key(self) -> &'static str;

    /// Other words an editor may write for it: the Thai label the site
    /// shows (and docs/content.md lists), first, then shorter forms.
    fn aliases(self) -> &'static [&'static str] {
        &[]
    }

    /// The word of `key`, or of one of its aliases (English ones in any
    /// case).
    fn from_key(key: &str) -> Option<Self> {
        let key = key.trim();
        Self::ALL.iter().copied().find(|v| {
            v.key() == key
                || v.aliases()
                    .iter()
                    .any(|a| *a == key || a.eq_ignore_ascii_case(key))
        })
    }

    /// Each word as error messages list it, with its Thai label:
    /// `` `certified` (ได้รับการรับรอง) ``.
    fn choices() -> Vec<String> {
        Self::ALL
            .iter()
            .map(|v| match v.aliases().first() {
                Some(label) => format!("`{}` ({label})", v.key()),
                None => format!("`{}`", v.key()),
            })
            .collect()
    }
}

/// The seven smart-city domains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Domain {
    Environment,
    Economy,
    Mobility,
    Energy,
    People,
    Living,
    Governance,
}

impl Vocabulary for Domain {
    const ALL: &'static [Domain] = &[
        Domain::Environment,
        Domain::Economy,
        Domain::Mobility,
        Domain::Energy,
        Domain::People,
        Domain::Living,
        Domain::Governance,
    ];
    const WHAT: &'static str = "domain";

    fn key(self) -> &'static str {
        match self {
            Domain::Environment => "environment",
            Domain::Economy => "economy",
            Domain::Mobility => "mobility",
            Domain::Energy => "energy",
            Domain::People => "people",
            Domain::Living => "living",
            Domain::Governance => "governance",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Domain::Environment => &["สิ่งแวดล้อมอัจฉริยะ", "สิ่งแวดล้อม", "Smart Environment"],
            Domain::Economy => &["เศรษฐกิจอัจฉริยะ", "เศรษฐกิจ", "Smart Economy"],
            Domain::Mobility => &[
                "การเดินทางและขนส่งอัจฉริยะ",
                "การเดินทางและขนส่ง",
                "Smart Mobility",
            ],
            Domain::Energy => &["พลังงานอัจฉริยะ", "พลังงาน", "Smart Energy"],
            Domain::People => &["พลเมืองอัจฉริยะ", "พลเมือง", "Smart People"],
            Domain::Living => &["การดำรงชีวิตอัจฉริยะ", "การดำรงชีวิต", "Smart Living"],
            Domain::Governance => &["การบริหารภาครัฐอัจฉริยะ", "การบริหารภาครัฐ", "Smart Governance"],
        }
    }
}

impl Domain {
    /// The domain's official name in each language.
    pub fn name(self) -> Text {
        let (th, en) = match self {
            Domain::Environment => ("สิ่งแวดล้อมอัจฉริยะ", "Smart Environment"),
            Domain::Economy => ("เศรษฐกิจอัจฉริยะ", "Smart Economy"),
            Domain::Mobility => ("การเดินทางและขนส่งอัจฉริยะ", "Smart Mobility"),
            Domain::Energy => ("พลังงานอัจฉริยะ", "Smart Energy"),
            Domain::People => ("พลเมืองอัจฉริยะ", "Smart People"),
            Domain::Living => ("การดำรงชีวิตอัจฉริยะ", "Smart Living"),
            Domain::Governance => ("การบริหารภาครัฐอัจฉริยะ", "Smart Governance"),
        };
        Text {
            th: th.into(),
            en: Some(en.into()),
        }
    }
}

/// Where a smart-city area stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CityStatus {
    Certified,
    PromotionZone,
    Proposed,
    Revoked,
}

impl Vocabulary for CityStatus {
    const ALL: &'static [CityStatus] = &[
        CityStatus::Certified,
        CityStatus::PromotionZone,
        CityStatus::Proposed,
        CityStatus::Revoked,
    ];
    const WHAT: &'static str = "city status";

    fn key(self) -> &'static str {
        match self {
            CityStatus::Certified => "certified",
            CityStatus::PromotionZone => "promotion-zone",
            CityStatus::Proposed => "proposed",
            CityStatus::Revoked => "revoked",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            CityStatus::Certified => &["ได้รับการรับรอง"],
            CityStatus::PromotionZone => &["เขตส่งเสริม", "เขตส่งเสริมเมืองอัจฉริยะ"],
            CityStatus::Proposed => &["เสนอขอรับรอง"],
            CityStatus::Revoked => &["ถูกเพิกถอน"],
        }
    }
}

impl CityStatus {
    /// Its name in a terminal report: the Thai word `check` accepts
    /// first, or the English key.
    pub fn name(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Th => self.aliases()[0],
            Lang::En => self.key(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProjectStatus {
    Planned,
    Ongoing,
    Completed,
}

impl Vocabulary for ProjectStatus {
    const ALL: &'static [ProjectStatus] = &[
        ProjectStatus::Planned,
        ProjectStatus::Ongoing,
        ProjectStatus::Completed,
    ];
    const WHAT: &'static str = "project status";

    fn key(self) -> &'static str {
        match self {
            ProjectStatus::Planned => "planned",
            ProjectStatus::Ongoing => "ongoing",
            ProjectStatus::Completed => "completed",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            ProjectStatus::Planned => &["อยู่ระหว่างวางแผน"],
            ProjectStatus::Ongoing => &["กำลังดำเนินการ"],
            ProjectStatus::Completed => &["เสร็จสิ้น"],
        }
    }
}

/// What a reported figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Project records.
    Projects,
    /// The summed value of project records, in baht.
    ValueThb,
    /// Ambassador records.
    Ambassadors,
    /// Provinces where the records in scope are.
    Provinces,
    /// Provinces with at least one certified smart-city area.
    CertifiedProvinces,
    /// Certified smart-city areas.
    Cities,
    /// Smart-city promotion zones.
    PromotionZones,
    /// Smart City Captains: no record kind itemises them.
    Captains,
    /// People trained by the programme: no record kind itemises them.
    PeopleTrained,
}

impl Vocabulary for Metric {
    const ALL: &'static [Metric] = &[
        Metric::Projects,
        Metric::ValueThb,
        Metric::Ambassadors,
        Metric::Provinces,
        Metric::CertifiedProvinces,
        Metric::Cities,
        Metric::PromotionZones,
        Metric::Captains,
        Metric::PeopleTrained,
    ];
    const WHAT: &'static str = "metric";

    fn key(self) -> &'static str {
        match self {
            Metric::Projects => "projects",
            Metric::ValueThb => "value_thb",
            Metric::Ambassadors => "ambassadors",
            Metric::Provinces => "provinces",
            Metric::CertifiedProvinces => "certified_provinces",
            Metric::Cities => "cities",
            Metric::PromotionZones => "promotion_zones",
            Metric::Captains => "captains",
            Metric::PeopleTrained => "people_trained",
        }
    }
}

impl Metric {
    /// Whether any kind of record itemises the metric. Captains and people
    /// trained have no record of their own: their reports are shown as
    /// reported, never set beside a count of zero.
    pub fn itemised(self) -> bool {
        !matches!(self, Metric::Captains | Metric::PeopleTrained)
    }

    /// A short label for reports and the terminal.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Metric::Projects, Lang::Th) => "โครงการ",
            (Metric::Projects, Lang::En) => "projects",
            (Metric::ValueThb, Lang::Th) => "มูลค่าโครงการ",
            (Metric::ValueThb, Lang::En) => "project value",
            (Metric::Ambassadors, Lang::Th) => "นักดิจิทัลพัฒนาเมือง",
            (Metric::Ambassadors, Lang::En) => "ambassadors",
            (Metric::Provinces, Lang::Th) => "จังหวัดที่มีข้อมูล",
            (Metric::Provinces, Lang::En) => "provinces covered",
            (Metric::CertifiedProvinces, Lang::Th) => "จังหวัดที่มีเมืองอัจฉริยะ",
            (Metric::CertifiedProvinces, Lang::En) => "provinces with a certified area",
            (Metric::Cities, Lang::Th) => "เมืองอัจฉริยะที่ได้รับการรับรอง",
            (Metric::Cities, Lang::En) => "certified smart-city areas",
            (Metric::PromotionZones, Lang::Th) => "เขตส่งเสริมเมืองอัจฉริยะ",
            (Metric::PromotionZones, Lang::En) => "promotion zones",
            (Metric::Captains, Lang::Th) => "เจ้าหน้าที่ตัวแทนเมือง",
            (Metric::Captains, Lang::En) => "Smart City Captains",
            (Metric::PeopleTrained, Lang::Th) => "ผู้ผ่านการอบรม",
            (Metric::PeopleTrained, Lang::En) => "people trained",
        }
    }
}

/// Whether a reported figure says what happened or what is aimed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportKind {
    Outcome,
    Target,
}

impl Vocabulary for ReportKind {
    const ALL: &'static [ReportKind] = &[ReportKind::Outcome, ReportKind::Target];
    const WHAT: &'static str = "kind of reported figure";

    fn key(self) -> &'static str {
        match self {
            ReportKind::Outcome => "outcome",
            ReportKind::Target => "target",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_choices_read_as_a_list() {
        for d in Domain::ALL {
            assert_eq!(Domain::from_key(d.key()), Some(*d));
        }
        assert_eq!(Domain::from_key("transport"), None);
        assert_eq!(
            CityStatus::choices(),
            [
                "`certified` (ได้รับการรับรอง)",
                "`promotion-zone` (เขตส่งเสริม)",
                "`proposed` (เสนอขอรับรอง)",
                "`revoked` (ถูกเพิกถอน)"
            ]
        );
        assert_eq!(ReportKind::choices(), ["`outcome`", "`target`"]);
        // The Thai labels the site shows, short forms and English names.
        for (word, domain) in [
            ("สิ่งแวดล้อมอัจฉริยะ", Domain::Environment),
            ("สิ่งแวดล้อม", Domain::Environment),
            (" smart mobility ", Domain::Mobility),
            ("การบริหารภาครัฐ", Domain::Governance),
        ] {
            assert_eq!(Domain::from_key(word), Some(domain), "{word}");
        }
        assert_eq!(
            ProjectStatus::from_key("กำลังดำเนินการ"),
            Some(ProjectStatus::Ongoing)
        );
        assert_eq!(
            CityStatus::from_key("เขตส่งเสริม"),
            Some(CityStatus::PromotionZone)
        );
        // Every alias names one word only.
        let all: Vec<&str> = Domain::ALL
            .iter()
            .flat_map(|d| d.aliases().iter().copied())
            .collect();
        let mut unique = all.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), all.len());
        assert_eq!(Metric::ALL.len(), 9);
    }
}
