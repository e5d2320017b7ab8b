//! Render: what each column of a data download means. A row struct is
//! written once, with [`row!`]: each field with its meaning in Thai and
//! English and its unit. The macro makes the struct (whose fields the CSV
//! and JSON writers serialize) and the list of its columns (which the
//! Data Package, the DCAT catalog and the data page describe), so the two
//! cannot disagree: a column is described because it exists.

use serde::Serialize;

/// What a column counts or measures, where it is a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// Thai baht.
    Baht,
    /// A number of things.
    Count,
    /// A Common-Era year.
    Year,
    /// A month, 1–12.
    Month,
    /// A day of the month, 1–31.
    Day,
    /// A Thai fiscal year, named by its Buddhist-era year.
    FiscalYear,
}

impl Unit {
    /// Its name in the Data Package and the end of its label's string
    /// key (`data.unit_baht`).
    pub fn key(self) -> &'static str {
        match self {
            Unit::Baht => "baht",
            Unit::Count => "count",
            Unit::Year => "year",
            Unit::Month => "month",
            Unit::Day => "day",
            Unit::FiscalYear => "fiscal_year",
        }
    }
}

/// A column's meaning: its title and description in Thai and English,
/// its unit, a format other than the default, and the least and most it
/// may hold.
#[derive(Debug, Clone)]
pub struct Doc {
    pub title: (String, String),
    pub description: (String, String),
    pub unit: Option<Unit>,
    pub format: Option<&'static str>,
    pub range: Option<(i64, i64)>,
    /// The only values it may hold, where it is one of a vocabulary.
    pub values: Option<Vec<&'static str>>,
}

/// A meaning: title and description, Thai then English.
pub fn doc(title_th: &str, title_en: &str, description_th: &str, description_en: &str) -> Doc {
    Doc {
        title: (title_th.into(), title_en.into()),
        description: (description_th.into(), description_en.into()),
        unit: None,
        format: None,
        range: None,
        values: None,
    }
}

impl Doc {
    pub fn unit(mut self, unit: Unit) -> Doc {
        self.unit = Some(unit);
        self
    }

    pub fn format(mut self, format: &'static str) -> Doc {
        self.format = Some(format);
        self
    }

    pub fn values(mut self, values: impl IntoIterator<Item = &'static str>) -> Doc {
        self.values = Some(values.into_iter().collect());
        self
    }

    pub fn range(mut self, least: i64, most: i64) -> Doc {
        self.range = Some((least, most));
        self
    }
}

/// The Table Schema type of a field's Rust type: text, a whole number, a
/// boolean, a list (written as text, joined by `; `); whether it may be
/// empty.
pub trait ColumnType {
    const TYPE: &'static str;
    const LIST: bool = false;
    const REQUIRED: bool = true;
}

impl ColumnType for &str {
    const TYPE: &'static str = "string";
}
impl ColumnType for String {
    const TYPE: &'static str = "string";
}
impl ColumnType for u64 {
    const TYPE: &'static str = "integer";
}
impl ColumnType for i32 {
    const TYPE: &'static str = "integer";
}
impl ColumnType for u8 {
    const TYPE: &'static str = "integer";
}
impl ColumnType for bool {
    const TYPE: &'static str = "boolean";
}
impl<T: ColumnType> ColumnType for Option<T> {
    const TYPE: &'static str = T::TYPE;
    const LIST: bool = T::LIST;
    const REQUIRED: bool = false;
}
impl<T: ColumnType> ColumnType for Vec<T> {
    const TYPE: &'static str = "string";
    const LIST: bool = true;
    const REQUIRED: bool = false;
}

/// One column of a table: its name (the field's), type and meaning.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: &'static str,
    pub kind: &'static str,
    /// A list, written as its items joined by `; `.
    pub list: bool,
    /// Never empty.
    pub required: bool,
    pub doc: Doc,
}

impl Column {
    pub fn of<T: ColumnType>(name: &'static str, doc: Doc) -> Column {
        Column {
            name,
            kind: T::TYPE,
            list: T::LIST,
            required: T::REQUIRED,
            doc,
        }
    }
}

/// A row struct whose columns are described.
pub trait Described {
    fn columns() -> Vec<Column>;
}

/// A row struct, each field `name: Type = meaning`: the struct (with
/// `Serialize` and `Default`) and its [`Described`] columns, in order.
macro_rules! row {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident $(<$lt:lifetime>)? {
            $( $field:ident : $ty:ty = $doc:expr ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(serde::Serialize, Default)]
        $vis struct $name $(<$lt>)? { $( $field: $ty, )* }

        impl $(<$lt>)? $crate::render::data::columns::Described for $name $(<$lt>)? {
            fn columns() -> Vec<$crate::render::data::columns::Column> {
                vec![$( $crate::render::data::columns::Column::of::<$ty>(stringify!($field), $doc) ),*]
            }
        }
    };
}
pub(super) use row;

/// `text` with its first letter a capital, for an English title.
fn cap(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The three columns of a date, `what` named in Thai and English
/// (`start`, `เริ่ม`): its year, month and day.
pub fn year(th: &str, en: &str) -> Doc {
    doc(
        &format!("วันที่{th}: ปี (ค.ศ.)"),
        &cap(&format!("{en} date: year (CE)")),
        &format!("ปีคริสต์ศักราชของวันที่{th} ว่างไว้ถ้าไม่ทราบ"),
        &format!("The Common-Era year of the {en} date; empty where not known."),
    )
    .unit(Unit::Year)
}

pub fn month(th: &str, en: &str) -> Doc {
    doc(
        &format!("วันที่{th}: เดือน"),
        &cap(&format!("{en} date: month")),
        &format!("เดือนของวันที่{th} (1–12) ว่างไว้ถ้าแหล่งที่มาไม่ระบุ"),
        &format!("The month of the {en} date (1–12); empty where the source does not say."),
    )
    .unit(Unit::Month)
    .range(1, 12)
}

pub fn day(th: &str, en: &str) -> Doc {
    doc(
        &format!("วันที่{th}: วัน"),
        &cap(&format!("{en} date: day")),
        &format!("วันที่ของเดือน (1–31) ของวันที่{th} ว่างไว้ถ้าแหล่งที่มาไม่ระบุ"),
        &format!(
            "The day of the month of the {en} date (1–31); empty where the source does not say."
        ),
    )
    .unit(Unit::Day)
    .range(1, 31)
}

/// A record's id, the end of its page's address.
pub fn id(th: &str, en: &str) -> Doc {
    doc(
        &format!("รหัส{th}"),
        &cap(&format!("{en} id")),
        &format!("รหัสของ{th} (ชื่อไฟล์ของระเบียน) ซึ่งเป็นส่วนท้ายของที่อยู่หน้าเว็บ"),
        &format!("The {en}'s id (its record's file name), the end of its page's address."),
    )
}

pub fn title_th(th: &str, en: &str) -> Doc {
    doc(
        &format!("ชื่อ{th} (ไทย)"),
        &cap(&format!("{en} title (Thai)")),
        &format!("ชื่อ{th}ภาษาไทย"),
        &format!("The {en}'s title in Thai."),
    )
}

pub fn title_en(th: &str, en: &str) -> Doc {
    doc(
        &format!("ชื่อ{th} (อังกฤษ)"),
        &cap(&format!("{en} title (English)")),
        &format!("ชื่อ{th}ภาษาอังกฤษ ว่างไว้ถ้ายังไม่มีคำแปล"),
        &format!("The {en}'s title in English; empty where not yet translated."),
    )
}

pub fn summary_th() -> Doc {
    doc(
        "สรุป (ไทย)",
        "Summary (Thai)",
        "สรุปสั้น ๆ ภาษาไทย ว่างไว้ถ้าไม่มี",
        "A short summary in Thai; empty where there is none.",
    )
}

pub fn summary_en() -> Doc {
    doc(
        "สรุป (อังกฤษ)",
        "Summary (English)",
        "สรุปสั้น ๆ ภาษาอังกฤษ ว่างไว้ถ้าไม่มีหรือยังไม่มีคำแปล",
        "A short summary in English; empty where there is none or it is not yet translated.",
    )
}

pub fn sources() -> Doc {
    doc(
        "แหล่งที่มา",
        "Sources",
        "รหัสของแหล่งที่มาที่อ้างอิง (ดู sources.csv) คั่นด้วยเครื่องหมายอัฒภาค (;)",
        "The ids of the sources cited (see sources.csv), separated by semicolons.",
    )
}

pub fn partners() -> Doc {
    doc(
        "หน่วยงานร่วม",
        "Partners",
        "ชื่อหน่วยงานที่ร่วมดำเนินงาน (ภาษาไทย) คั่นด้วยเครื่องหมายอัฒภาค (;)",
        "The partner organisations, named in Thai, separated by semicolons.",
    )
}

pub fn provinces() -> Doc {
    doc(
        "จังหวัด (รหัส)",
        "Provinces (codes)",
        "รหัส ISO 3166-2:TH ของจังหวัด (ดู provinces.csv) คั่นด้วยเครื่องหมายอัฒภาค (;)",
        "The provinces' ISO 3166-2:TH codes (see provinces.csv), separated by semicolons.",
    )
}

pub fn provinces_th() -> Doc {
    doc(
        "จังหวัด (ชื่อไทย)",
        "Provinces (Thai names)",
        "ชื่อจังหวัดภาษาไทย เรียงตามรหัสในคอลัมน์ provinces คั่นด้วยเครื่องหมายอัฒภาค (;)",
        "The provinces' Thai names, in the order of the codes in the provinces column, separated by semicolons.",
    )
}

pub fn provinces_en() -> Doc {
    doc(
        "จังหวัด (ชื่ออังกฤษ)",
        "Provinces (English names)",
        "ชื่อจังหวัดภาษาอังกฤษ เรียงตามรหัสในคอลัมน์ provinces คั่นด้วยเครื่องหมายอัฒภาค (;)",
        "The provinces' English names, in the order of the codes in the provinces column, separated by semicolons.",
    )
}

pub fn domains() -> Doc {
    doc(
        "ด้านของเมืองอัจฉริยะ",
        "Smart-city domains",
        "ด้านของเมืองอัจฉริยะ 7 ด้าน (environment, economy, mobility, energy, people, living, governance) คั่นด้วยเครื่องหมายอัฒภาค (;)",
        "Of the seven smart-city domains (environment, economy, mobility, energy, people, living, governance), those that apply, separated by semicolons.",
    )
}

pub fn projects() -> Doc {
    doc(
        "จำนวนโครงการ",
        "Projects",
        "จำนวนโครงการในระเบียนที่อยู่ในขอบเขตนี้",
        "The number of projects the records hold within this scope.",
    )
    .unit(Unit::Count)
}

pub fn project_value() -> Doc {
    doc(
        "มูลค่าโครงการรวม (บาท)",
        "Project value (baht)",
        "มูลค่ารวมของโครงการที่ระบุมูลค่า เป็นบาท ว่างไว้ถ้ามีโครงการแต่ไม่มีโครงการใดระบุมูลค่า",
        "The total value in baht of the projects that state one; empty where there are projects and none states a value.",
    )
    .unit(Unit::Baht)
}

pub fn projects_without_value() -> Doc {
    doc(
        "โครงการที่ไม่ระบุมูลค่า",
        "Projects without a value",
        "จำนวนโครงการที่ไม่ได้ระบุมูลค่า จึงไม่รวมอยู่ในมูลค่ารวม",
        "The number of projects that state no value, and so are not in the total value.",
    )
    .unit(Unit::Count)
}

pub fn ambassadors() -> Doc {
    doc(
        "จำนวนนักดิจิทัลพัฒนาเมือง",
        "Ambassadors",
        "จำนวนนักดิจิทัลพัฒนาเมืองรุ่นใหม่ทั้งหมด รวมผู้ที่ไม่ได้เปิดเผยชื่อ",
        "The number of Smart City Ambassadors, those not named included.",
    )
    .unit(Unit::Count)
}
