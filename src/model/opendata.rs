//! Model: what the open-data catalog says of the data as a whole, from
//! `site.yaml`'s `data:` (each field optional, with a default): who
//! publishes it and how to reach them, its licence, how often it is
//! updated, what it covers, its category and topics, when it was first
//! published, and its keywords. The words come from closed lists that
//! map onto DCAT-AP's vocabularies and data.go.th's CKAN fields.

use crate::lang::Text;
use crate::model::date::PartialDate;
use crate::model::vocab::Vocabulary;

/// The catalog's settings, defaults filled in.
#[derive(Debug, Clone)]
pub struct DataConfig {
    /// Default: the site's title.
    pub publisher: Text,
    /// A `mailto:` or web address; default none.
    pub contact: Option<String>,
    pub licence: Licence,
    pub update_frequency: Frequency,
    pub coverage: Coverage,
    pub category: Category,
    pub topics: Vec<Topic>,
    /// When the data was first published; default: the earliest date in
    /// the records.
    pub created: Option<PartialDate>,
    pub keywords: Vec<Text>,
    /// The fields `site.yaml` left to their defaults, as named there.
    pub defaults: Vec<&'static str>,
}

impl DataConfig {
    /// Every field at its default, for a site titled `title`.
    pub fn defaults_for(title: &Text) -> DataConfig {
        DataConfig {
            publisher: title.clone(),
            contact: None,
            licence: Licence::CcBy4,
            update_frequency: Frequency::Irregular,
            coverage: Coverage::Country,
            category: Category::Public,
            topics: vec![Topic::Government, Topic::Regions, Topic::Technology],
            created: None,
            keywords: default_keywords(),
            defaults: FIELDS.to_vec(),
        }
    }
}

/// The fields of `data:`, in the order docs/content.md gives them.
pub const FIELDS: [&str; 9] = [
    "publisher",
    "contact",
    "licence",
    "update_frequency",
    "coverage",
    "category",
    "topics",
    "created",
    "keywords",
];

fn default_keywords() -> Vec<Text> {
    [
        ("เมืองอัจฉริยะ", "smart city"),
        ("นักดิจิทัลพัฒนาเมืองรุ่นใหม่", "Smart City Ambassadors"),
        ("ดีป้า", "depa"),
        ("จังหวัด", "provinces"),
        ("ประเทศไทย", "Thailand"),
    ]
    .into_iter()
    .map(|(th, en)| Text {
        th: th.into(),
        en: Some(en.into()),
    })
    .collect()
}

/// A licence, by its SPDX id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Licence {
    CcBy4,
    CcBySa4,
    Cc0,
    OdcBy,
    Odbl,
    Pddl,
}

impl Licence {
    pub fn url(self) -> &'static str {
        match self {
            Licence::CcBy4 => "https://creativecommons.org/licenses/by/4.0/",
            Licence::CcBySa4 => "https://creativecommons.org/licenses/by-sa/4.0/",
            Licence::Cc0 => "https://creativecommons.org/publicdomain/zero/1.0/",
            Licence::OdcBy => "https://opendatacommons.org/licenses/by/1-0/",
            Licence::Odbl => "https://opendatacommons.org/licenses/odbl/1-0/",
            Licence::Pddl => "https://opendatacommons.org/licenses/pddl/1-0/",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Licence::CcBy4 => "Creative Commons Attribution 4.0",
            Licence::CcBySa4 => "Creative Commons Attribution-ShareAlike 4.0",
            Licence::Cc0 => "Creative Commons Zero 1.0",
            Licence::OdcBy => "Open Data Commons Attribution License 1.0",
            Licence::Odbl => "Open Data Commons Open Database License 1.0",
            Licence::Pddl => "Open Data Commons Public Domain Dedication and License 1.0",
        }
    }
}

impl Vocabulary for Licence {
    const ALL: &'static [Licence] = &[
        Licence::CcBy4,
        Licence::CcBySa4,
        Licence::Cc0,
        Licence::OdcBy,
        Licence::Odbl,
        Licence::Pddl,
    ];
    const WHAT: &'static str = "licence";
    fn key(self) -> &'static str {
        match self {
            Licence::CcBy4 => "CC-BY-4.0",
            Licence::CcBySa4 => "CC-BY-SA-4.0",
            Licence::Cc0 => "CC0-1.0",
            Licence::OdcBy => "ODC-By-1.0",
            Licence::Odbl => "ODbL-1.0",
            Licence::Pddl => "PDDL-1.0",
        }
    }
}

/// How often the data is updated: DCAT-AP's frequencies, with the words
/// of data.go.th's `update_frequency_unit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    Continuous,
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Biannual,
    Annual,
    Irregular,
    Never,
}

impl Frequency {
    /// Its code in the EU's frequency authority table.
    pub fn eu_code(self) -> &'static str {
        match self {
            Frequency::Continuous => "CONT",
            Frequency::Daily => "DAILY",
            Frequency::Weekly => "WEEKLY",
            Frequency::Monthly => "MONTHLY",
            Frequency::Quarterly => "QUARTERLY",
            Frequency::Biannual => "ANNUAL_2",
            Frequency::Annual => "ANNUAL",
            Frequency::Irregular => "IRREG",
            Frequency::Never => "NEVER",
        }
    }
}

impl Vocabulary for Frequency {
    const ALL: &'static [Frequency] = &[
        Frequency::Continuous,
        Frequency::Daily,
        Frequency::Weekly,
        Frequency::Monthly,
        Frequency::Quarterly,
        Frequency::Biannual,
        Frequency::Annual,
        Frequency::Irregular,
        Frequency::Never,
    ];
    const WHAT: &'static str = "update frequency";
    fn key(self) -> &'static str {
        match self {
            Frequency::Continuous => "continuous",
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
            Frequency::Monthly => "monthly",
            Frequency::Quarterly => "quarterly",
            Frequency::Biannual => "twice-a-year",
            Frequency::Annual => "yearly",
            Frequency::Irregular => "irregular",
            Frequency::Never => "never",
        }
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Frequency::Continuous => &["ตามเวลาจริง"],
            Frequency::Daily => &["วัน"],
            Frequency::Weekly => &["สัปดาห์"],
            Frequency::Monthly => &["เดือน"],
            Frequency::Quarterly => &["ไตรมาส"],
            Frequency::Biannual => &["ครึ่งปี"],
            Frequency::Annual => &["ปี"],
            Frequency::Irregular => &["ไม่แน่นอน"],
            Frequency::Never => &["ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล"],
        }
    }
}

/// What the data covers, as data.go.th's `geo_coverage` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    Country,
    Region,
    Province,
    District,
    Subdistrict,
}

impl Vocabulary for Coverage {
    const ALL: &'static [Coverage] = &[
        Coverage::Country,
        Coverage::Region,
        Coverage::Province,
        Coverage::District,
        Coverage::Subdistrict,
    ];
    const WHAT: &'static str = "geographic coverage";
    fn key(self) -> &'static str {
        match self {
            Coverage::Country => "country",
            Coverage::Region => "region",
            Coverage::Province => "province",
            Coverage::District => "district",
            Coverage::Subdistrict => "subdistrict",
        }
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Coverage::Country => &["ประเทศ"],
            Coverage::Region => &["ภูมิภาค"],
            Coverage::Province => &["จังหวัด"],
            Coverage::District => &["อำเภอ"],
            Coverage::Subdistrict => &["ตำบล"],
        }
    }
}

/// data.go.th's `data_category`. A site publishes only public data: the
/// other categories are known so that `check` can say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Public,
    Personal,
    Secret,
    Security,
}

impl Vocabulary for Category {
    const ALL: &'static [Category] = &[
        Category::Public,
        Category::Personal,
        Category::Secret,
        Category::Security,
    ];
    const WHAT: &'static str = "data category";
    fn key(self) -> &'static str {
        match self {
            Category::Public => "public",
            Category::Personal => "personal",
            Category::Secret => "secret",
            Category::Security => "security",
        }
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Category::Public => &["ข้อมูลสาธารณะ"],
            Category::Personal => &["ข้อมูลส่วนบุคคล"],
            Category::Secret => &["ข้อมูลความลับทางราชการ"],
            Category::Security => &["ข้อมูลความมั่นคง"],
        }
    }
}

/// A topic: one of the EU's data themes (DCAT-AP's `dcat:theme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Topic {
    Government,
    Regions,
    Technology,
    Economy,
    Society,
    Environment,
    Energy,
    Transport,
    Education,
    Health,
}

impl Topic {
    /// Its code in the EU's data-theme authority table.
    pub fn eu_code(self) -> &'static str {
        match self {
            Topic::Government => "GOVE",
            Topic::Regions => "REGI",
            Topic::Technology => "TECH",
            Topic::Economy => "ECON",
            Topic::Society => "SOCI",
            Topic::Environment => "ENVI",
            Topic::Energy => "ENER",
            Topic::Transport => "TRAN",
            Topic::Education => "EDUC",
            Topic::Health => "HEAL",
        }
    }
}

impl Vocabulary for Topic {
    const ALL: &'static [Topic] = &[
        Topic::Government,
        Topic::Regions,
        Topic::Technology,
        Topic::Economy,
        Topic::Society,
        Topic::Environment,
        Topic::Energy,
        Topic::Transport,
        Topic::Education,
        Topic::Health,
    ];
    const WHAT: &'static str = "topic";
    fn key(self) -> &'static str {
        match self {
            Topic::Government => "government",
            Topic::Regions => "regions",
            Topic::Technology => "technology",
            Topic::Economy => "economy",
            Topic::Society => "society",
            Topic::Environment => "environment",
            Topic::Energy => "energy",
            Topic::Transport => "transport",
            Topic::Education => "education",
            Topic::Health => "health",
        }
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Topic::Government => &["ภาครัฐ"],
            Topic::Regions => &["ภูมิภาคและเมือง"],
            Topic::Technology => &["วิทยาศาสตร์และเทคโนโลยี"],
            Topic::Economy => &["เศรษฐกิจ"],
            Topic::Society => &["สังคม"],
            Topic::Environment => &["สิ่งแวดล้อม"],
            Topic::Energy => &["พลังงาน"],
            Topic::Transport => &["คมนาคม"],
            Topic::Education => &["การศึกษา"],
            Topic::Health => &["สุขภาพ"],
        }
    }
}
