//! Model: the registry of Thailand's 77 provinces and the names people write
//! for them, compiled in from `data/` (attribution in NOTICE.md).
//!
//! Guarantees: every province an editor can name resolves to one code; a
//! miss gets the closest full name as a suggestion, never a short form.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Serialize;

use crate::text::fold;

const PROVINCES_CSV: &str = include_str!("data/provinces.csv");
const ALIASES_CSV: &str = include_str!("data/province-aliases.csv");
const SHORT_CSV: &str = include_str!("data/province-short.csv");

/// Aliases this short (`กบ`, `BKK`) are matched exactly, never suggested:
/// one wrong letter in them names another province.
const EXACT_ONLY_MAX_CHARS: usize = 3;

/// A province, as an index into the registry. Ordered by ISO code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ProvinceId(u8);

impl ProvinceId {
    pub fn get(self) -> &'static Province {
        &registry().provinces[self.0 as usize]
    }

    pub fn code(self) -> &'static str {
        &self.get().code
    }

    /// Every province, in ISO-code order.
    pub fn all() -> impl Iterator<Item = ProvinceId> {
        (0..registry().provinces.len()).map(|i| ProvinceId(i as u8))
    }
}

impl Serialize for ProvinceId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// The six-region geographic system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Region6 {
    North,
    Northeast,
    Central,
    East,
    West,
    South,
}

/// The four-region system the Thai press uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Region4 {
    North,
    Northeast,
    Central,
    South,
}

impl Region6 {
    pub const ALL: [Region6; 6] = [
        Region6::North,
        Region6::Northeast,
        Region6::Central,
        Region6::East,
        Region6::West,
        Region6::South,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Region6::North => "north",
            Region6::Northeast => "northeast",
            Region6::Central => "central",
            Region6::East => "east",
            Region6::West => "west",
            Region6::South => "south",
        }
    }
}

impl Region4 {
    pub const ALL: [Region4; 4] = [
        Region4::North,
        Region4::Northeast,
        Region4::Central,
        Region4::South,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Region4::North => "north",
            Region4::Northeast => "northeast",
            Region4::Central => "central",
            Region4::South => "south",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Province {
    /// ISO 3166-2:TH, `TH-21`.
    pub code: String,
    pub name_th: String,
    pub name_en: String,
    pub region6: Region6,
    pub region4: Region4,
    pub grid_col: u8,
    pub grid_row: u8,
    /// The short name on a map tile: the two-letter Thai abbreviation
    /// (`รย`) and a three-letter English one (`RYG`); both are aliases.
    pub short_th: String,
    pub short_en: String,
}

pub struct Registry {
    provinces: Vec<Province>,
    /// Folded alias (and code) to province.
    by_alias: HashMap<String, ProvinceId>,
    /// Aliases long enough to suggest, with their province, in file order.
    suggestible: Vec<(String, ProvinceId)>,
    /// Every alias of each province as written, in file order.
    aliases: Vec<Vec<String>>,
}

/// The registry, parsed once from the compiled-in data.
pub fn registry() -> &'static Registry {
    static REGISTRY: LazyLock<Registry> = LazyLock::new(Registry::from_csv);
    &REGISTRY
}

impl Registry {
    fn from_csv() -> Registry {
        let short: HashMap<String, (String, String)> =
            csv::Reader::from_reader(SHORT_CSV.as_bytes())
                .records()
                .map(|row| {
                    let row = row.expect("province-short.csv is valid CSV (checked by tests)");
                    (row[0].to_string(), (row[1].to_string(), row[2].to_string()))
                })
                .collect();
        let mut provinces = Vec::new();
        let mut reader = csv::Reader::from_reader(PROVINCES_CSV.as_bytes());
        for row in reader.records() {
            let row = row.expect("provinces.csv is valid CSV (checked by tests)");
            let (short_th, short_en) = short
                .get(&row[0])
                .cloned()
                .expect("every province has a short name (checked by tests)");
            provinces.push(Province {
                short_th,
                short_en,
                code: row[0].to_string(),
                name_th: row[1].to_string(),
                name_en: row[2].to_string(),
                region6: parse_region6(&row[3]),
                region4: parse_region4(&row[4]),
                grid_col: row[5].parse().expect("grid_col is a number"),
                grid_row: row[6].parse().expect("grid_row is a number"),
            });
        }
        provinces.sort_by(|a, b| a.code.cmp(&b.code));
        let index: HashMap<String, ProvinceId> = provinces
            .iter()
            .enumerate()
            .map(|(i, p)| (p.code.clone(), ProvinceId(i as u8)))
            .collect();

        let mut by_alias = HashMap::new();
        let mut suggestible = Vec::new();
        let mut aliases = vec![Vec::new(); provinces.len()];
        for (code, id) in &index {
            by_alias.insert(fold(code), *id);
        }
        let mut reader = csv::Reader::from_reader(ALIASES_CSV.as_bytes());
        for row in reader.records() {
            let row = row.expect("province-aliases.csv is valid CSV (checked by tests)");
            let id = index[&row[0]];
            let alias = row[1].to_string();
            by_alias.insert(fold(&alias), id);
            aliases[usize::from(id.0)].push(alias.clone());
            if alias.chars().filter(|c| *c != '.').count() > EXACT_ONLY_MAX_CHARS {
                suggestible.push((alias, id));
            }
        }
        Registry {
            provinces,
            by_alias,
            suggestible,
            aliases,
        }
    }

    /// The names a reader may search a province by: its Thai and English
    /// names and every alias longer than three letters that is not a form
    /// of those (`จังหวัดนครราชสีมา`): for TH-30, นครราชสีมา, Nakhon
    /// Ratchasima, Korat, Khorat and โคราช.
    pub fn search_names(&self, id: ProvinceId) -> Vec<&str> {
        let p = id.get();
        let mut out: Vec<&str> = vec![p.name_th.as_str(), p.name_en.as_str()];
        for alias in &self.aliases[usize::from(id.0)] {
            let own_form = alias.contains(&p.name_th) || alias.contains(&p.name_en);
            if alias.chars().count() > 3 && !own_form && !out.contains(&alias.as_str()) {
                out.push(alias);
            }
        }
        out
    }

    pub fn len(&self) -> usize {
        self.provinces.len()
    }

    pub fn is_empty(&self) -> bool {
        self.provinces.is_empty()
    }

    /// The province an editor meant by `input`: an ISO code, a Thai or
    /// English name, or a common alias, after trimming and case-folding.
    pub fn resolve(&self, input: &str) -> Result<ProvinceId, UnknownProvince> {
        if let Some(id) = self.by_alias.get(&fold(input)) {
            return Ok(*id);
        }
        let suggestion =
            crate::diag::closest(input, self.suggestible.iter().map(|(a, _)| a.as_str()))
                .and_then(|alias| self.suggestible.iter().find(|(a, _)| a == alias))
                .map(|(_, id)| *id);
        Err(UnknownProvince { suggestion })
    }

    /// Number of aliases known (every alias of the data file, and the codes).
    pub fn alias_count(&self) -> usize {
        self.by_alias.len()
    }
}

/// An input that names no province, and the province it most resembles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownProvince {
    pub suggestion: Option<ProvinceId>,
}

impl UnknownProvince {
    /// The fix to show: the suggested province's names and code, or how to
    /// write a province at all.
    pub fn help(&self) -> String {
        self.said().text(crate::lang::Lang::En)
    }

    /// The help, from the catalogue.
    pub fn said(&self) -> crate::catalogue::Said {
        use crate::catalogue::Said;
        match self.suggestion {
            Some(id) => {
                let p = id.get();
                Said::new("province-near")
                    .arg("name", p.name_en.as_str())
                    .arg("thai", p.name_th.as_str())
                    .arg("code", p.code.as_str())
            }
            None => Said::new("province-how"),
        }
    }
}

fn parse_region6(s: &str) -> Region6 {
    match s {
        "North" => Region6::North,
        "Northeast" => Region6::Northeast,
        "Central" => Region6::Central,
        "East" => Region6::East,
        "West" => Region6::West,
        "South" => Region6::South,
        other => panic!("provinces.csv: unknown six-region name {other:?}"),
    }
}

fn parse_region4(s: &str) -> Region4 {
    match s {
        "North" => Region4::North,
        "Northeast" => Region4::Northeast,
        "Central" => Region4::Central,
        "South" => Region4::South,
        other => panic!("provinces.csv: unknown four-region name {other:?}"),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_province_is_found_by_its_names_and_nicknames() {
        let korat = registry().resolve("Korat").expect("TH-30");
        assert_eq!(
            registry().search_names(korat),
            ["นครราชสีมา", "Nakhon Ratchasima", "Korat", "Khorat", "โคราช"]
        );
    }

    use super::*;

    fn code(input: &str) -> Result<&'static str, Option<&'static str>> {
        registry()
            .resolve(input)
            .map(ProvinceId::code)
            .map_err(|e| e.suggestion.map(ProvinceId::code))
    }

    #[test]
    fn data_is_complete() {
        let r = registry();
        assert_eq!(r.len(), 77);
        let mut cells: Vec<(u8, u8)> = ProvinceId::all()
            .map(|p| (p.get().grid_col, p.get().grid_row))
            .collect();
        cells.sort();
        cells.dedup();
        assert_eq!(cells.len(), 77, "77 distinct grid cells");
        // Each tile's short names are aliases of its own province, and
        // no two tiles share one.
        assert_eq!(SHORT_CSV.lines().count() - 1, 77);
        let mut shorts = std::collections::BTreeSet::new();
        for p in ProvinceId::all() {
            for s in [&p.get().short_th, &p.get().short_en] {
                assert_eq!(r.resolve(s).ok(), Some(p), "{s}");
                assert!(shorts.insert(s.clone()), "{s} twice");
            }
        }
        let count = |r6| ProvinceId::all().filter(|p| p.get().region6 == r6).count();
        assert_eq!(
            Region6::ALL.map(count),
            [9, 20, 22, 7, 5, 14],
            "North, Northeast, Central, East, West, South"
        );
        let count4 = |r4| ProvinceId::all().filter(|p| p.get().region4 == r4).count();
        assert_eq!(Region4::ALL.map(count4), [17, 20, 26, 14]);
        // 669 aliases in the file; they fold to fewer keys where only case
        // differs, and the 77 codes are keys too.
        let lines = ALIASES_CSV.lines().count() - 1;
        assert_eq!(lines, 669);
        assert!(r.alias_count() >= 600, "{}", r.alias_count());
    }

    #[test]
    fn resolves_every_form_an_editor_writes() {
        let cases = [
            ("TH-21", "TH-21"),
            ("th-21", "TH-21"),
            ("ระยอง", "TH-21"),
            ("Rayong", "TH-21"),
            ("  rayong ", "TH-21"),
            ("RAYONG", "TH-21"),
            ("จ.ระยอง", "TH-21"),
            ("กรุงเทพฯ", "TH-10"),
            ("Bangkok", "TH-10"),
            ("กทม.", "TH-10"),
            ("BKK", "TH-10"),
            ("โคราช", "TH-30"),
            ("Korat", "TH-30"),
            ("Nakhon  Ratchasima", "TH-30"),
            ("สป", "TH-11"),
            ("Phuket", "TH-83"),
        ];
        for (input, expected) in cases {
            assert_eq!(code(input), Ok(expected), "{input}");
        }
    }

    #[test]
    fn misses_suggest_a_full_name_and_short_forms_are_exact_only() {
        assert_eq!(code("Rayoung"), Err(Some("TH-21")));
        assert_eq!(code("ระยองง"), Err(Some("TH-21")));
        assert_eq!(code("Chiang Mei"), Err(Some("TH-50")));
        // A one-letter slip in a two- or three-letter form must not be
        // "corrected" to whatever short form it happens to resemble.
        assert_eq!(code("BKX"), Err(None));
        assert_eq!(code("กข"), Err(None));
        assert_eq!(code("Atlantis"), Err(None));
        let help = registry().resolve("Rayoung").unwrap_err().help();
        assert_eq!(help, "did you mean `Rayong` (ระยอง, TH-21)?");
    }
}
