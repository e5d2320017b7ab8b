//! Model: the privacy scan. Ambassadors are people; one without
//! `public: true` counts in every figure and must appear in no published
//! file (Thailand's PDPA). The render never prints such a record, but an
//! editor can still write the person's name into another record's text.
//! This scan reads every text the site publishes (titles, summaries,
//! bodies, partners, notes, sources, `site.yaml`, ids) for the name of
//! every non-public person, before anything is rendered, and makes each
//! hit an error at the file and line where it is written.
//!
//! What counts as the name (docs/content.md says the same to editors):
//!
//! - the whole name, in each form the record gives (`name: นรีรัตน์ ไกรทอง`,
//!   or `name: { th: …, en: … }`);
//! - a title and a part of the name: `คุณนรีรัตน์`, `นางสาว ไกรทอง`,
//!   `Ms Kraithong`, `Dr. Nareerat`;
//! - compared in NFC, ignoring case, white space, zero-width characters
//!   (Pagefind puts U+200B between Thai words), soft hyphens, `-`, `_` and
//!   `.`; a Latin form only as whole words.
//!
//! A given name or family name alone is not a hit: Thai given names are
//! often ordinary words (`สมศรี`, `ใจดี`), and flagging them would make
//! ordinary text an error. No message ever prints the name, since CI logs
//! are often public: each names the ambassador record by its id, and every
//! diagnostic of the run has the names masked ([`Names::mask`]).

mod fold;
mod names;
mod scan;
mod visible;

pub use names::{Hit, Names};
pub use scan::scan;

#[cfg(test)]
mod tests {
    use super::names::*;
    use super::visible::*;
    use crate::catalogue::Said;
    use crate::diag::Diagnostic;
    use crate::lang::{Lang, Text};

    fn names() -> Names {
        let th = Text {
            th: "นรีรัตน์ ไกรทอง".into(),
            en: Some("Nareerat Kraithong".into()),
        };
        Names::new([("sca-1-rayong-01", &th)])
    }

    fn found(text: &str) -> Vec<&str> {
        names()
            .find(text)
            .into_iter()
            .map(|h| &text[h.range])
            .collect()
    }

    #[test]
    fn the_whole_name_in_any_spacing_case_or_form() {
        assert_eq!(found("โดย นรีรัตน์ ไกรทอง จาก"), ["นรีรัตน์ ไกรทอง"]);
        assert_eq!(found("โดยนรีรัตน์ไกรทองจาก"), ["นรีรัตน์ไกรทอง"]);
        assert_eq!(
            found("นรีรัตน์\u{200B}ไกร\u{200B}ทอง"),
            ["นรีรัตน์\u{200B}ไกร\u{200B}ทอง"]
        );
        assert_eq!(found("by NAREERAT  kraithong."), ["NAREERAT  kraithong"]);
        assert_eq!(found("nareerat-kraithong-farm"), ["nareerat-kraithong"]);
        // A tone mark written before its vowel is the same text in NFC.
        let name = Text::same("บุ่ง ทองดี");
        let names = Names::new([("a", &name)]);
        let reordered = "บ\u{0E48}\u{0E38}ง ทองดี";
        assert_eq!(names.find(reordered).len(), 1);
    }

    #[test]
    fn a_title_and_a_part_of_the_name() {
        assert_eq!(found("คุณนรีรัตน์ นำทีม"), ["คุณนรีรัตน์"]);
        assert_eq!(found("นางสาว ไกรทอง"), ["นางสาว ไกรทอง"]);
        assert_eq!(found("Ms. Kraithong said"), ["Ms. Kraithong"]);
    }

    #[test]
    fn a_part_alone_or_inside_a_longer_word_is_not_the_name() {
        assert!(found("นรีรัตน์ นำทีม").is_empty());
        assert!(found("ตระกูลไกรทอง").is_empty());
        assert!(found("Nareerat led it").is_empty());
        assert!(found("XNareerat Kraithong").is_empty());
        assert!(found("Nareerat Kraithongs").is_empty());
    }

    #[test]
    fn masking_keeps_every_byte_offset() {
        let text = "ก นรีรัตน์ ไกรทอง and Nareerat Kraithong!";
        let masked = names().mask(text);
        assert_eq!(masked.len(), text.len());
        assert_eq!(masked, "ก ████████*██████ and ******************!");
    }

    #[test]
    fn markup_and_references_do_not_hide_a_name() {
        let pieces = |body: &str| -> Vec<String> {
            visible(body)
                .into_iter()
                .filter(|p| !names().find(&p.text).is_empty())
                .map(|p| p.text)
                .collect()
        };
        assert_eq!(pieces("นรีรัตน์ **ไกร**ทอง\n").len(), 1);
        assert_eq!(pieces("<p>นรีรัตน์ <b>ไกร</b>ทอง</p>\n").len(), 1);
        assert_eq!(pieces("&#xE19;รีรัตน์ ไกรทอง\n").len(), 1);
        assert_eq!(
            pieces("[x](https://example.org/Nareerat-Kraithong)\n").len(),
            1
        );
        assert_eq!(
            pieces("<img alt=\"Nareerat Kraithong\" src=\"a.png\">\n").len(),
            1
        );
        assert!(pieces("นรีรัตน์ นำทีม\n").is_empty());
    }

    /// A diagnostic said in the catalogue's words, masked as `check`
    /// masks every diagnostic; its message and help in Thai.
    fn masked_in_thai(names: &Names, message: Said, help: Said) -> (String, String) {
        let mut d = Diagnostic::said("content/cities/rayong.md", message, Some(help));
        names.mask_diagnostic(&mut d);
        let help = d.help_in(Lang::Th).expect("a help");
        (d.message_in(Lang::Th), help)
    }

    #[test]
    fn a_name_in_a_value_of_the_catalogue_is_masked_in_thai_too() {
        let (message, help) = masked_in_thai(
            &names(),
            Said::new("unknown-province").arg("value", "นรีรัตน์ ไกรทอง"),
            Said::new("did-you-mean").arg("near", "Nareerat Kraithong"),
        );
        assert_eq!(message, "ไม่รู้จักจังหวัด `████████*██████`");
        assert_eq!(help, "หมายถึง `******************` หรือเปล่า?");
        // A value said inside another message.
        let (message, _) = masked_in_thai(
            &names(),
            Said::new("value-then")
                .arg("value", "x")
                .said("message", Said::new("as-is").arg("text", "คุณนรีรัตน์")),
            Said::new("date-how"),
        );
        assert_eq!(message, "`x`: ███████████");
    }

    #[test]
    fn the_catalogues_own_words_are_no_name() {
        // A one-letter name, as a hostile case has: the catalogue's `ก`
        // stays, the value's is masked.
        let one = Text::same("ก");
        let names = Names::new([("a-1", &one)]);
        let (message, help) = masked_in_thai(
            &names,
            Said::new("not-a-bool").arg("value", "ก"),
            Said::new("bool-how"),
        );
        assert_eq!(message, "`█` ไม่ใช่ `true` หรือ `false` แบบที่ YAML เขียน");
        assert_eq!(help, "เขียน `true` หรือ `false` เป็นตัวพิมพ์เล็ก ไม่มีเครื่องหมายคำพูด");
    }

    #[test]
    fn a_value_that_holds_a_mark_of_its_own_has_every_hit_masked() {
        let one = Text::same("ก");
        let names = Names::new([("a-1", &one)]);
        let (message, _) = masked_in_thai(
            &names,
            Said::new("not-a-bool").arg("value", "\u{E001}x"),
            Said::new("bool-how"),
        );
        assert_eq!(
            message,
            "`\u{E001}x` ไม่ใช่ `true` หรือ `false` แบบที่ YAML เขียน"
        );
        let (_, help) = masked_in_thai(
            &names,
            Said::new("not-a-bool").arg("value", "x"),
            Said::new("bool-block-help")
                .arg("field", "\u{E000}")
                .arg("value", "x"),
        );
        assert_eq!(
            help,
            "เขียน `\u{E000}: x` ในบรรทัดเดียว เป็นตัวพิมพ์เล็█ ไม่มีเครื่องหมายคำพูด"
        );
    }
}
