//! The catalogue of mueang's own words to the people who run it (its
//! diagnostics, `check`'s and `build`'s summaries, `serve`'s overlay and
//! `new`'s output) in Thai and English: one Fluent file per language,
//! `catalogue/th.ftl` and `catalogue/en.ftl`, each message once by its id.
//! Field names, ids and values are the message's arguments, shown as
//! written in either language.
//!
//! The language is chosen by `--lang`, then `MUEANG_LANG`, then the site's
//! default language (which is Thai).

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

const TH: &str = include_str!("catalogue/th.ftl");
const EN: &str = include_str!("catalogue/en.ftl");

/// The environment variable that chooses the language where `--lang` is
/// not given.
pub const LANG_VAR: &str = "MUEANG_LANG";

/// The language of messages: `--lang`, else `MUEANG_LANG` (`th`, `en`,
/// or a locale such as `en_US.UTF-8`), else Thai, the default language
/// of every site. An unknown `MUEANG_LANG` is Thai too.
pub fn choose(flag: Option<Lang>, env: Option<&str>) -> Lang {
    flag.or_else(|| {
        let code = env?.trim().get(..2)?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    })
    .unwrap_or(Lang::Th)
}

/// One value of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Count(u64),
    /// A message of its own (what a field holds), in the same language.
    Said(Box<Said>),
}

/// A message of the catalogue, by id, with its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Said {
    pub fn new(id: &'static str) -> Said {
        Said {
            id,
            args: Vec::new(),
        }
    }

    /// A value shown as written (a field's name, an id, a line of YAML).
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Said {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// A message of the catalogue as a value, said in the same language.
    pub fn said(mut self, name: &'static str, value: Said) -> Said {
        self.args.push((name, Arg::Said(Box::new(value))));
        self
    }

    /// A count, for the message's plural forms.
    pub fn count(mut self, name: &'static str, n: usize) -> Said {
        self.args.push((name, Arg::Count(n as u64)));
        self
    }

    /// The message in `lang`, its values in place.
    pub fn text(&self, lang: Lang) -> String {
        let bundle = bundle(lang);
        let Some(pattern) = bundle.get_message(self.id).and_then(|m| m.value()) else {
            // Every id in the code is in both files (a test reads them);
            // this is for a catalogue edited by hand.
            return self.id.to_string();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                Arg::Text(t) => args.set(*name, FluentValue::from(t.as_str())),
                Arg::Count(n) => args.set(*name, FluentValue::from(*n)),
                Arg::Said(s) => args.set(*name, FluentValue::from(s.text(lang))),
            }
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
}

/// What the system said of a file it could not open or write: in
/// English the system's own words, in Thai the commonest in Thai (a file
/// or folder that is not there, no right to it, a full disk) and the rest
/// as the system says them.
pub fn io(e: &std::io::Error) -> Said {
    use std::io::ErrorKind;
    let kind = match e.kind() {
        ErrorKind::NotFound => "missing",
        ErrorKind::PermissionDenied => "denied",
        ErrorKind::StorageFull => "full",
        _ => "other",
    };
    Said::new("io-error")
        .arg("kind", kind)
        .arg("detail", e.to_string())
}

/// A problem that stops a whole run rather than one file's reading (the
/// output folder is taken, the port is in use, the disk is full): what
/// went wrong and what to do, in the catalogue's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Told {
    pub message: Said,
    pub help: Option<Said>,
}

impl Told {
    pub fn new(message: Said, help: Option<Said>) -> Told {
        Told { message, help }
    }

    /// The message and its help, on lines of their own:
    /// `message\n  help: what to do`.
    pub fn text(&self, lang: Lang) -> String {
        match &self.help {
            Some(help) => format!(
                "{}\n  {}: {}",
                self.message.text(lang),
                Said::new("level-help").text(lang),
                help.text(lang)
            ),
            None => self.message.text(lang),
        }
    }

    /// As an error at the terminal: `error: message\n  help: what to do`.
    pub fn error_text(&self, lang: Lang) -> String {
        format!(
            "{}: {}",
            Said::new("level-error").text(lang),
            self.text(lang)
        )
    }

    /// As a warning at the terminal.
    pub fn warning_text(&self, lang: Lang) -> String {
        format!(
            "{}: {}",
            Said::new("level-warning").text(lang),
            self.text(lang)
        )
    }
}

/// A language's catalogue, read once from the compiled-in file and never
/// changed after.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static THAI: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| read(TH, "th"));
    static ENGLISH: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| read(EN, "en"));
    match lang {
        Lang::Th => &THAI,
        Lang::En => &ENGLISH,
    }
}

fn read(source: &str, code: &str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = code.parse().expect("a language code");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The terminal shows the text as it is: no bidi isolation marks.
    bundle.set_use_isolating(false);
    // A resource with a syntax error keeps its good messages; a test
    // holds the files free of errors.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The ids of a catalogue file, in order (for the tests that keep the two
/// files and the code in step).
pub fn ids(lang: Lang) -> Vec<String> {
    let source = match lang {
        Lang::Th => TH,
        Lang::En => EN,
    };
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_files_parse_and_hold_the_same_messages() {
        for source in [TH, EN] {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                panic!("the catalogue has syntax errors: {errors:?}");
            }
        }
        assert_eq!(ids(Lang::Th), ids(Lang::En));
        // Fluent keeps the first of two messages with one id: the second
        // would never be said.
        let mut seen = std::collections::BTreeSet::new();
        let twice: Vec<String> = ids(Lang::En)
            .into_iter()
            .filter(|id| !seen.insert(id.clone()))
            .collect();
        assert!(twice.is_empty(), "ids used twice: {twice:?}");
    }

    #[test]
    fn the_language_is_the_flag_then_the_variable_then_thai() {
        assert_eq!(choose(Some(Lang::En), Some("th")), Lang::En);
        assert_eq!(choose(None, Some("en_US.UTF-8")), Lang::En);
        assert_eq!(choose(None, Some("TH")), Lang::Th);
        assert_eq!(choose(None, Some("fr")), Lang::Th);
        assert_eq!(choose(None, None), Lang::Th);
    }

    #[test]
    fn what_check_fix_changed_is_said_in_both_languages() {
        let fixed = |places, lines: &[usize]| {
            let shown: Vec<String> = lines.iter().map(usize::to_string).collect();
            Said::new("fix-fixed")
                .arg("path", "content/sources.yaml")
                .count("places", places)
                .count("count", lines.len())
                .arg("lines", shown.join(", "))
        };
        assert_eq!(
            fixed(1, &[4]).text(Lang::En),
            "fixed content/sources.yaml: 1 place on line 4"
        );
        assert_eq!(
            fixed(7, &[2, 7]).text(Lang::En),
            "fixed content/sources.yaml: 7 places on lines 2, 7"
        );
        assert_eq!(
            fixed(7, &[2, 7]).text(Lang::Th),
            "แก้ content/sources.yaml แล้ว: 7 แห่ง ในบรรทัดที่ 2, 7"
        );
    }

    #[test]
    fn a_problem_of_the_whole_run_has_its_help_on_a_line_of_its_own() {
        let told = Told::new(
            Said::new("new-exists").arg("path", "content/news/x.md"),
            Some(Said::new("new-exists-help")),
        );
        assert_eq!(
            told.error_text(Lang::En),
            "error: `content/news/x.md` already exists; nothing was written\n  \
             help: choose another id, or edit that file"
        );
        assert_eq!(
            told.warning_text(Lang::Th),
            "คำเตือน: มี `content/news/x.md` อยู่แล้ว ไม่ได้เขียนไฟล์ใด\n  \
             วิธีแก้: เลือกชื่ออื่น หรือแก้ไฟล์นั้นแทน"
        );
        // A page refused by name says so in two lines, in either language.
        let refused = Said::new("serve-refused").said("host", Said::new("serve-no-host"));
        assert_eq!(
            refused.text(Lang::Th),
            "ตัวอย่างนี้ตอบเฉพาะ localhost, 127.0.0.1, [::1] และที่อยู่ของ --bind ไม่ตอบ คำขอที่ไม่ระบุ Host\n\
             ถ้าจะเปิดด้วยชื่ออื่น ให้สั่ง `mueang serve --allow-host NAME`"
        );
        // indicatif's own fields pass through the Thai line whole.
        let line = Said::new("progress-indexing")
            .arg("bar", "[{bar:24}]")
            .arg("done", "{pos}")
            .arg("pages", "{len}")
            .arg("left", "{eta}");
        assert_eq!(
            line.text(Lang::Th),
            "กำลังทำดัชนีค้นหา [{bar:24}] {pos}/{len} หน้า เหลืออีกประมาณ {eta}"
        );
    }

    #[test]
    fn the_systems_commonest_words_are_said_in_thai() {
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(io(&missing).text(Lang::Th), "ไม่มีไฟล์หรือโฟลเดอร์นี้");
        assert_eq!(io(&missing).text(Lang::En), missing.to_string());
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(io(&denied).text(Lang::Th), "ไม่มีสิทธิ์เข้าถึง");
        let odd = std::io::Error::other("the drive went away");
        assert_eq!(io(&odd).text(Lang::Th), "the drive went away");
    }

    #[test]
    fn counts_take_their_plural_form() {
        let one = Said::new("summary-counts")
            .count("errors", 1)
            .count("warnings", 2);
        assert_eq!(one.text(Lang::En), "1 error, 2 warnings");
        assert_eq!(one.text(Lang::Th), "ข้อผิดพลาด 1 รายการ คำเตือน 2 รายการ");
    }
}
