//! Load: raw records that mirror the files field for field. Unknown fields
//! are errors; values keep their place in the file (`Spanned`) so that the
//! model stage can point at them. Nothing here is checked beyond its shape.
//!
//! Every field of a record is optional here, the required ones too: a
//! record is read field by field, and the model names each one missing
//! alongside every other mistake in the file.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use crate::lang::Text;

/// One plain YAML value (text, a number, a date) as the text written, so
/// that `2022`, `2022-08-24`, `49`, `๔๙` and `1,170 ล้านบาท` all reach the
/// model's own parsers unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scalar(pub String);

impl<'de> Deserialize<'de> for Scalar {
    /// The scalar's text exactly as written: `0x10` stays `0x10` (and is
    /// then refused as a number) rather than becoming 16.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Scalar)
    }
}

/// A field that takes one value or a list: `province: Rayong` or
/// `province: [Rayong, Chon Buri]`.
#[derive(Debug, Clone)]
pub enum OneOrMany {
    One(Scalar),
    Many(Vec<Spanned<Scalar>>),
}

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("one value or a list of values")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany::One(Scalar(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<OneOrMany, E> {
                Ok(OneOrMany::One(Scalar(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<OneOrMany, E> {
                Ok(OneOrMany::One(Scalar(v.to_string())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<OneOrMany, E> {
                Ok(OneOrMany::One(Scalar(v.to_string())))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(OneOrMany::Many(items))
            }
        }
        d.deserialize_any(V)
    }
}

/// A list field with its place in the file.
pub type List = Spanned<OneOrMany>;

/// Every value of a list field, each with its own place (a single value
/// takes the place of the field).
pub fn list_items(list: &List) -> Vec<Spanned<Scalar>> {
    match &list.value {
        OneOrMany::One(s) => vec![Spanned {
            value: s.clone(),
            referenced: list.referenced,
            defined: list.defined,
        }],
        OneOrMany::Many(items) => items.clone(),
    }
}

/// The error of a `{ th, en }` map without `th`.
pub const TEXT_WITHOUT_THAI: &str = "a text map needs its Thai text, `th`";

/// Text with no translation file: one string for every language, or a map
/// `{ th: …, en: … }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawText(pub Text);

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text, or a map of `th` and `en` text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawText, E> {
                Ok(RawText(Text::same(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawText, E> {
                Ok(RawText(Text::same(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawText, E> {
                Ok(RawText(Text::same(v.to_string())))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawText, A::Error> {
                let mut th = None;
                let mut en = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "th" => th = Some(map.next_value::<String>()?),
                        "en" => en = Some(map.next_value::<String>()?),
                        other => {
                            return Err(de::Error::custom(format!(
                                "unknown language `{other}`: text maps take `th` and `en`"
                            )));
                        }
                    }
                }
                let th = th.ok_or_else(|| de::Error::custom(TEXT_WITHOUT_THAI))?;
                Ok(RawText(Text { th, en }))
            }
        }
        d.deserialize_any(V)
    }
}

/// The entries of a YAML mapping in file order, keys with their place.
#[derive(Debug, Clone)]
pub struct Entries<V>(pub Vec<(Spanned<String>, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Entries<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Vis<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Vis<V> {
            type Value = Entries<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of ids to entries")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<V>, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key()? {
                    entries.push((key, map.next_value()?));
                }
                Ok(Entries(entries))
            }
        }
        d.deserialize_map(Vis(PhantomData))
    }
}

type S<T> = Spanned<T>;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    pub title: RawText,
    pub description: Option<RawText>,
    pub base_url: Option<S<String>>,
    pub default_language: Option<S<String>>,
    pub languages: Option<List>,
    pub theme: Option<S<String>>,
    pub licence: Option<RawText>,
    pub reported: Option<Vec<RawReported>>,
    /// The open-data catalog's settings.
    pub data: Option<RawData>,
    /// Read files with more than one name (hard links) from `content/`
    /// and `themes/`; refused unless this is `true`.
    pub allow_hard_links: Option<S<bool>>,
    /// Patterns (as in `.gitignore`) of the files under `content/` that
    /// are not records and are to be left alone, not refused.
    pub ignore: Option<List>,
    /// Which commits the figures' history is read at.
    pub history: Option<RawHistory>,
}

/// `site.yaml`'s `history:`: the commits the figures' history shows.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHistory {
    /// Only commits of this date or later (the figures just before it are
    /// the first row's "before").
    pub since: Option<S<Scalar>>,
    /// Only commits a tag of this pattern (`v*`) names.
    pub tags: Option<S<String>>,
}

/// `site.yaml`'s `data:`: what the open-data catalog says of the data.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawData {
    pub publisher: Option<RawText>,
    pub contact: Option<S<String>>,
    pub licence: Option<S<String>>,
    pub update_frequency: Option<S<String>>,
    pub coverage: Option<S<String>>,
    pub category: Option<S<String>>,
    pub topics: Option<List>,
    pub created: Option<S<Scalar>>,
    pub keywords: Option<Vec<RawText>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub publisher: RawText,
    pub title: RawText,
    pub date: S<Scalar>,
    pub url: Option<S<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReported {
    pub metric: S<String>,
    pub value: S<Scalar>,
    pub as_of: Option<S<Scalar>>,
    pub source: S<String>,
    pub kind: Option<S<String>>,
    pub note: Option<RawText>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCohort {
    pub title: Option<S<String>>,
    pub number: Option<S<Scalar>>,
    pub started: Option<S<Scalar>>,
    pub ended: Option<S<Scalar>>,
    pub planned_ambassadors: Option<S<Scalar>>,
    pub partners: Option<Vec<RawText>>,
    pub summary: Option<S<String>>,
    pub sources: Option<List>,
    pub reported: Option<Vec<RawReported>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCity {
    pub title: Option<S<String>>,
    pub province: Option<List>,
    pub status: Option<S<String>>,
    pub pilot: Option<S<bool>>,
    pub certified_on: Option<S<Scalar>>,
    pub domains: Option<List>,
    pub summary: Option<S<String>>,
    pub sources: Option<List>,
    pub reported: Option<Vec<RawReported>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProject {
    pub title: Option<S<String>>,
    pub province: Option<List>,
    pub domains: Option<List>,
    pub value_thb: Option<S<Scalar>>,
    pub status: Option<S<String>>,
    pub started: Option<S<Scalar>>,
    pub cohort: Option<S<String>>,
    pub city: Option<S<String>>,
    pub ambassadors: Option<List>,
    pub partners: Option<Vec<RawText>>,
    pub summary: Option<S<String>>,
    pub sources: Option<List>,
    pub reported: Option<Vec<RawReported>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAmbassador {
    pub name: Option<S<RawText>>,
    pub cohort: Option<S<String>>,
    pub province: Option<S<Scalar>>,
    pub public: Option<S<bool>>,
    pub summary: Option<S<String>>,
    pub sources: Option<List>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNews {
    pub title: Option<S<String>>,
    pub date: Option<S<Scalar>>,
    pub summary: Option<S<String>>,
    pub sources: Option<List>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    pub title: Option<S<String>>,
    pub order: Option<S<Scalar>>,
    pub summary: Option<S<String>>,
}

/// An `ID.en.md` file: only what is translated.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTranslation {
    pub title: Option<S<String>>,
    pub summary: Option<S<String>>,
}

/// The field names a raw struct accepts, read from its own `Deserialize`
/// so that error messages never drift from the structs.
pub fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    struct Probe;
    #[derive(Debug)]
    struct Found(&'static [&'static str]);
    impl fmt::Display for Found {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("field probe")
        }
    }
    impl std::error::Error for Found {}
    impl de::Error for Found {
        fn custom<M: fmt::Display>(_: M) -> Found {
            Found(&[])
        }
    }
    impl<'de> Deserializer<'de> for Probe {
        type Error = Found;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
            Err(Found(&[]))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Found> {
            Err(Found(fields))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    match T::deserialize(Probe) {
        Err(Found(fields)) => fields,
        Ok(_) => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_come_from_the_struct() {
        assert_eq!(
            field_names::<RawTranslation>(),
            &["title", "summary"] as &[&str]
        );
        assert!(field_names::<RawCity>().contains(&"certified_on"));
    }

    #[test]
    fn scalars_keep_what_was_written() {
        #[derive(Deserialize)]
        struct T {
            a: Scalar,
            b: Scalar,
            c: Scalar,
            d: OneOrMany,
            e: RawText,
            f: RawText,
        }
        let t: T = serde_saphyr::from_str(
            "a: 2022\nb: 2022-08-24\nc: 1,170 ล้านบาท\nd: [Rayong, 21]\ne: WORLD7\nf: { th: ก, en: A }\n",
        )
        .unwrap();
        assert_eq!(t.a.0, "2022");
        assert_eq!(t.b.0, "2022-08-24");
        assert_eq!(t.c.0, "1,170 ล้านบาท");
        match t.d {
            OneOrMany::Many(items) => {
                assert_eq!(items[0].value.0, "Rayong");
                assert_eq!(items[1].value.0, "21");
                assert_eq!(items[1].referenced.column(), 13);
            }
            OneOrMany::One(_) => panic!("a list"),
        }
        assert_eq!(t.e.0, Text::same("WORLD7"));
        assert_eq!(t.f.0.en.as_deref(), Some("A"));
    }
}
