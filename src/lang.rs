//! The two languages of the site, and text that exists in each. A leaf:
//! every stage names the languages.

use serde::Serialize;

/// A language of the site. Thai is the default language: every record is
/// written in Thai first, and English is its translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Th,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Th, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Th => "th",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "th" => Some(Lang::Th),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Text in Thai, and in English where someone has translated it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Text {
    pub th: String,
    pub en: Option<String>,
}

impl Text {
    /// The same text in every language (a proper name, a code).
    pub fn same(s: impl Into<String>) -> Text {
        let s = s.into();
        Text {
            en: Some(s.clone()),
            th: s,
        }
    }

    /// The text in `lang`, falling back to Thai where it is not translated.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Th => &self.th,
            Lang::En => self.en.as_deref().unwrap_or(&self.th),
        }
    }

    pub fn is_translated(&self) -> bool {
        self.en.is_some()
    }
}
