//! Charts: how wide a label is in the theme's font, so that charts lay out
//! Thai from real widths. plotters estimates width from the byte length,
//! which counts a Thai letter (three bytes in UTF-8) about three times
//! too wide and a mark above or below a letter as a letter of its own.
//!
//! The advance widths are those of Sarabun, the theme's font (OFL; see
//! `themes/default/static/fonts/OFL.txt`), in thousandths of an em, as
//! Chromium measured them from the woff2 files the theme ships.

/// How wide `text` is at `size` (in the chart's units), regular or bold.
pub fn width(text: &str, size: f64, bold: bool) -> f64 {
    let (ascii, thai) = if bold {
        (&BOLD_ASCII, &BOLD_THAI)
    } else {
        (&REGULAR_ASCII, &REGULAR_THAI)
    };
    let units: u32 = text
        .chars()
        .map(|c| match c as u32 {
            n @ 0x20..=0x7E => u32::from(ascii[(n - 0x20) as usize]),
            n @ 0x0E01..=0x0E5B => u32::from(thai[(n - 0x0E01) as usize]),
            // Combining marks of other scripts, joiners.
            0x0300..=0x036F | 0x200B..=0x200D => 0,
            // No-break space, thin space.
            0xA0 | 0x2009 => u32::from(ascii[0]),
            // Anything else: as wide as a wide letter, to be safe.
            _ => 700,
        })
        .sum();
    f64::from(units) * size / 1000.0
}

/// `text`, cut to fit `max` with an ellipsis where it is wider.
pub fn fit(text: &str, size: f64, bold: bool, max: f64) -> String {
    if width(text, size, bold) <= max {
        return text.to_string();
    }
    let room = max - width("…", size, bold);
    let mut out = String::new();
    for c in text.chars() {
        let mut next = out.clone();
        next.push(c);
        if width(&next, size, bold) > room {
            break;
        }
        out = next;
    }
    // Never end on a leading vowel, which belongs to the letter after it.
    while out.ends_with(['เ', 'แ', 'โ', 'ใ', 'ไ', ' ']) {
        out.pop();
    }
    out.push('…');
    out
}

/// Sarabun 400: U+0020–U+007E.
const REGULAR_ASCII: [u16; 95] = [
    243, 237, 354, 686, 529, 903, 668, 192, 318, 318, 448, 607, 252, 340, 252, 415, 550, 550, 550,
    550, 550, 550, 550, 550, 550, 550, 252, 252, 607, 607, 607, 454, 795, 596, 589, 585, 623, 552,
    550, 636, 678, 292, 440, 605, 548, 798, 682, 661, 573, 661, 581, 529, 558, 657, 602, 831, 605,
    573, 567, 308, 382, 308, 585, 323, 400, 514, 542, 473, 542, 518, 331, 541, 558, 245, 247, 487,
    291, 839, 549, 557, 545, 545, 350, 416, 377, 552, 479, 668, 460, 462, 451, 320, 242, 320, 607,
];
/// Sarabun 400: U+0E01–U+0E5B (marks above and below are 0).
const REGULAR_THAI: [u16; 91] = [
    576, 594, 606, 603, 607, 638, 454, 556, 570, 606, 616, 807, 830, 612, 612, 539, 708, 831, 831,
    592, 607, 581, 657, 542, 637, 645, 655, 622, 622, 720, 720, 616, 614, 572, 484, 581, 580, 612,
    512, 602, 677, 580, 636, 720, 587, 565, 546, 534, 0, 485, 485, 0, 0, 0, 0, 0, 0, 0, 700, 700,
    700, 700, 589, 310, 579, 379, 378, 390, 293, 621, 0, 0, 0, 0, 0, 0, 0, 0, 621, 660, 676, 685,
    694, 678, 678, 675, 744, 674, 692, 767, 1020,
];

/// Sarabun 700: U+0020–U+007E.
const BOLD_ASCII: [u16; 95] = [
    233, 256, 405, 707, 541, 968, 697, 205, 354, 354, 448, 617, 291, 340, 291, 468, 565, 565, 565,
    565, 565, 565, 565, 565, 565, 565, 291, 291, 617, 617, 617, 471, 805, 641, 606, 620, 642, 571,
    574, 653, 692, 323, 492, 656, 565, 816, 699, 690, 590, 690, 596, 551, 590, 662, 647, 874, 655,
    628, 592, 332, 385, 332, 599, 358, 400, 529, 558, 492, 558, 542, 377, 555, 567, 273, 279, 533,
    301, 846, 563, 579, 565, 565, 397, 441, 420, 561, 528, 707, 520, 505, 476, 350, 257, 350, 617,
];
/// Sarabun 700: U+0E01–U+0E5B (marks above and below are 0).
const BOLD_THAI: [u16; 91] = [
    597, 632, 656, 624, 628, 679, 482, 571, 594, 650, 667, 832, 849, 622, 622, 573, 761, 876, 884,
    614, 628, 598, 678, 584, 650, 651, 669, 649, 649, 739, 739, 630, 630, 587, 498, 598, 600, 622,
    535, 624, 718, 600, 645, 739, 601, 584, 574, 548, 0, 510, 510, 0, 0, 0, 0, 0, 0, 0, 700, 700,
    700, 700, 603, 326, 616, 409, 425, 449, 304, 666, 0, 0, 0, 0, 0, 0, 0, 0, 626, 666, 691, 716,
    709, 688, 688, 673, 793, 684, 700, 831, 1055,
];

/// Where lines of any language may break: ICU4X's Unicode line
/// breaking, which finds Thai words with its dictionary of them.
static BREAKS: std::sync::LazyLock<icu_segmenter::LineSegmenterBorrowed<'static>> =
    std::sync::LazyLock::new(|| icu_segmenter::LineSegmenter::new_dictionary(Default::default()));

/// `text` in lines no wider than `max` at `size`, broken where Unicode's
/// line breaking allows (between words, Thai ones too, which run on
/// without spaces); a word wider than a line has a line of its own.
pub fn wrap(text: &str, size: f64, bold: bool, max: f64) -> Vec<String> {
    let text = text.trim();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut start = 0;
    for end in BREAKS.segment_str(text).skip(1) {
        let piece = &text[start..end];
        start = end;
        let next = format!("{line}{piece}");
        if !line.is_empty() && width(next.trim_end(), size, bold) > max {
            lines.push(
                std::mem::replace(&mut line, piece.to_string())
                    .trim_end()
                    .to_string(),
            );
        } else {
            line = next;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_between_words_thai_ones_too() {
        assert_eq!(wrap("a b", 17.0, true, 1000.0), ["a b"]);
        assert_eq!(
            wrap("one two three", 17.0, false, 60.0),
            ["one two", "three"]
        );
        let long = "โครงการแยกตามด้าน ทั้งโครงการ ข้อมูลถึงเดือนสิงหาคม 2565";
        let lines = wrap(long, 17.0, true, 200.0);
        assert!(lines.len() > 1);
        assert!(
            lines.iter().all(|l| width(l, 17.0, true) <= 200.0),
            "{lines:?}"
        );
        assert_eq!(lines.concat().replace(' ', ""), long.replace(' ', ""));
        // A Thai phrase with no space in it breaks between its words,
        // never inside one.
        assert_eq!(
            wrap("จังหวัดระยองมีโครงการเมืองอัจฉริยะ", 20.0, false, 150.0),
            ["จังหวัดระยองมี", "โครงการเมือง", "อัจฉริยะ"]
        );
        assert_eq!(wrap("x", 17.0, true, 1.0), ["x"]);
        assert_eq!(wrap("", 17.0, true, 100.0), [""]);
    }

    #[test]
    fn thai_is_measured_by_letters_not_bytes() {
        // Chromium, Sarabun 400 at 1000 px: 11,570 px; 700: 11,984 px.
        let sample = "ประเทศไทย Thailand 1,170";
        assert!((width(sample, 1000.0, false) - 11_570.0).abs() < 120.0);
        assert!((width(sample, 1000.0, true) - 11_984.0).abs() < 120.0);
        // Marks above and below take no room: กี่ is as wide as ก.
        assert_eq!(width("กี่", 10.0, false), width("ก", 10.0, false));
        // plotters would take นครราชสีมา (30 bytes) for 30 letters wide;
        // it is 10 letters, one of them a mark.
        let w = width("นครราชสีมา", 14.0, false);
        assert!(w > 60.0 && w < 85.0, "{w}");
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        assert_eq!(fit("ระยอง", 14.0, false, 200.0), "ระยอง");
        let cut = fit("พระนครศรีอยุธยา", 14.0, false, 60.0);
        assert!(cut.ends_with('…') && cut.chars().count() < 15, "{cut}");
        assert!(width(&cut, 14.0, false) <= 60.0);
        assert!(!fit("เมืองใหม่ ไกลมาก", 14.0, false, 45.0).contains("ใ…"));
    }
}
