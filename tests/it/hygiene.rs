//! Thai text hygiene: each hazard that copy and paste leaves in Thai text
//! is a warning at its place with the text as found and as it should be;
//! the site holds only the text as it should be; `check --fix` rewrites
//! the hazards in the file and nothing else.

use std::io::Read;
use std::path::Path;

use crate::build::tree;
use crate::support::Site;
use crate::text::verbose_check;

/// A city whose title, summary and body hold every hazard, each on its
/// own line; a comment and a code span hold hazards that are not prose.
const HAZARDS: &str = "---\n\
title: \" โครงการน\u{0E4D}\u{0E32}ร่องระยอง\"   # ความเห็น: น\u{0E4D}\u{0E32}\n\
province: Rayong\n\
status:   certified\n\
sources: [src-1]\n\
summary: >\n  เมือง\u{200B}อัจฉริยะ\n\
---\n\
ก\u{0E48}\u{0E34}นข้าว\n\
\n\
น\u{0E33}\u{0E49}ใจ\n\
\n\
ก\u{0E48}\u{0E48}อนหน้า\n\
\n\
เมือง\u{00A0}ระยอง\n\
\n\
สนามบuนอู่ตะเภา\n\
\n\
โค้ด `น\u{0E4D}\u{0E32}` คงไว้\n";

/// [`HAZARDS`] as it should be: only the hazards changed (the lookalike
/// is the editor's to retype).
const FIXED: &str = "---\n\
title: \"โครงการนำร่องระยอง\"   # ความเห็น: น\u{0E4D}\u{0E32}\n\
province: Rayong\n\
status:   certified\n\
sources: [src-1]\n\
summary: >\n  เมืองอัจฉริยะ\n\
---\n\
กิ่นข้าว\n\
\n\
น้ำใจ\n\
\n\
ก่อนหน้า\n\
\n\
เมือง ระยอง\n\
\n\
สนามบuนอู่ตะเภา\n\
\n\
โค้ด `น\u{0E4D}\u{0E32}` คงไว้\n";

/// The minimal site with [`HAZARDS`] as its city.
fn hazards() -> Site {
    let site = Site::minimal();
    site.write("content/cities/rayong.md", HAZARDS).write(
        "content/cities/rayong.en.md",
        "---\ntitle: Rayong\nsummary: A city\n---\nText\n",
    );
    site
}

#[test]
fn each_hazard_is_a_warning_with_the_text_as_found_and_as_it_should_be() {
    let site = hazards();
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "content/cities/rayong.md:2:9: warning: the text starts with a space\n\
         content/cities/rayong.md:2:18: warning: SARA AM is written as two characters, NIKHAHIT and SARA AA (as text copied from a PDF often is): search and sorting do not match it with the word as typed\n\
         content/cities/rayong.md:7:8: warning: an invisible character, ZERO WIDTH SPACE (U+200B), is inside Thai text: search does not find the words it sits in\n\
         content/cities/rayong.md:9:2: warning: a tone mark is typed before the vowel it belongs after: search and sorting do not match the word as typed\n\
         content/cities/rayong.md:11:2: warning: a tone mark is typed after SARA AM, which it belongs before: search and sorting do not match the word as typed\n\
         content/cities/rayong.md:13:2: warning: the same mark is typed twice on one letter\n\
         content/cities/rayong.md:15:6: warning: a NO-BREAK SPACE (U+00A0) is between Thai words (as text pasted from Word or a PDF often has): the line cannot break there\n\
         content/cities/rayong.md:17:6: warning: the Latin letter `u` is inside a Thai word: it looks like a Thai letter, but search and sorting read it as Latin\n\
         mueang check: 0 errors, 8 warnings in `content`\n"
    );
    // In full: the place, the field, the text as found and as it should
    // be, with what cannot be seen written out.
    let (_, full) = verbose_check(&site);
    for part in [
        "warning: the text starts with a space\n \
         --> content/cities/rayong.md:2:9\n  \
         |\n\
         2 | title: \" โครงการน\u{0E4D}\u{0E32}ร่องระยอง\"   # ความเห็น: น\u{0E4D}\u{0E32}\n  \
         |         ^ field `title`\n  \
         |\n  \
         = help: found `\" โครงการน\u{0E4D}\u{0E32}ร่` (U+0020 → removed), should be \
         `\"โครงการน\u{0E4D}\u{0E32}ร่`; `mueang check --fix` rewrites it in the file\n",
        "= help: found `โครงการน\u{0E4D}\u{0E32}ร่องระยอง\"` (U+0E4D U+0E32 → U+0E33), should be \
         `โครงการนำร่องระยอง\"`; `mueang check --fix` rewrites it in the file\n",
        "7 |   เมือง\u{200B}อัจฉริยะ\n  \
         |       ^ field `summary`\n  \
         |\n  \
         = help: found `เมือง<U+200B>อัจฉริยะ` (U+200B → removed), should be `เมืองอัจฉริยะ`; \
         `mueang check --fix` rewrites it in the file\n",
        "= help: found `ก\u{0E48}\u{0E34}นข้าว` (U+0E48 U+0E34 → U+0E34 U+0E48), should be `กิ่นข้าว`; \
         `mueang check --fix` rewrites it in the file\n",
        "= help: found `น\u{0E33}\u{0E49}ใจ` (U+0E33 U+0E49 → U+0E49 U+0E33), should be `น้ำใจ`; \
         `mueang check --fix` rewrites it in the file\n",
        "= help: found `ก\u{0E48}\u{0E48}อนหน้า` (U+0E48 U+0E48 → U+0E48), should be `ก่อนหน้า`; \
         `mueang check --fix` rewrites it in the file\n",
        "= help: found `เมือง<U+00A0>ระยอง` (U+00A0 → U+0020), should be `เมือง ระยอง`; \
         `mueang check --fix` rewrites it in the file\n",
        "= help: found `สนามบuนอู่ตะเภา`; if the Thai letter `บ` (U+0E1A) was meant, it should be \
         `สนามบบนอู่ตะเภา`: retype the letter in Thai (`mueang check --fix` leaves this one to you)\n",
    ] {
        assert!(full.contains(part), "{part}\n---\n{full}");
    }
    // --deny-warnings makes them fail the build.
    assert_eq!(site.run(&["build", "--deny-warnings"]).code, 1);
}

/// Every text file of a built site, and the search index's fragments.
fn site_text(out: &Path) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for (rel, bytes) in tree(out) {
        let text = if rel.ends_with(".pf_fragment") {
            let mut s = String::new();
            flate2::read::GzDecoder::new(&bytes[..])
                .read_to_string(&mut s)
                .expect("a gzipped fragment");
            s
        } else {
            match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(_) => continue,
            }
        };
        texts.push((rel, text));
    }
    texts
}

#[test]
fn the_site_holds_only_the_text_as_it_should_be() {
    let site = hazards();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let texts = site_text(&site.path().join("output"));
    let holding = |needle: &str| -> Vec<&str> {
        texts
            .iter()
            .filter(|(_, t)| t.contains(needle))
            .map(|(p, _)| p.as_str())
            .collect()
    };
    // The canonical text is on the page, in the data files and in the
    // search index.
    for file in [
        "th/cities/rayong/index.html",
        "data/cities.csv",
        "data/cities.json",
    ] {
        assert!(holding("โครงการนำร่องระยอง").contains(&file), "{file}");
    }
    assert!(holding("นำร่อง").iter().any(|p| p.ends_with(".pf_fragment")));
    for text in ["กิ่นข้าว", "น้ำใจ", "ก่อนหน้า", "เมือง ระยอง", "เมืองอัจฉริยะ"]
    {
        assert!(
            holding(text).contains(&"th/cities/rayong/index.html"),
            "{text}"
        );
    }
    // No hazard is anywhere, but in the code span, which shows text as
    // written.
    for hazard in [
        "\u{0E48}\u{0E34}",
        "\u{0E33}\u{0E49}",
        "\u{0E48}\u{0E48}",
        "\u{200B}",
        "เมือง\u{00A0}ระยอง",
        "\" โครงการ",
        "> โครงการ",
    ] {
        let found: Vec<&str> = holding(hazard)
            .into_iter()
            // The index puts U+200B between Thai words itself.
            .filter(|p| !(hazard == "\u{200B}" && p.ends_with(".pf_fragment")))
            .collect();
        assert_eq!(found, Vec::<&str>::new(), "{hazard:?}");
    }
    for (path, text) in &texts {
        let split = text.matches("\u{0E4D}\u{0E32}").count();
        let in_code = text.matches("<code>น\u{0E4D}\u{0E32}</code>").count();
        assert_eq!(split, in_code, "{path}");
    }
}

#[test]
fn check_fix_rewrites_the_hazards_and_nothing_else() {
    let site = hazards();
    // Windows line ends and a BOM, kept as they are.
    let crlf = |s: &str| format!("\u{feff}{}", s.replace('\n', "\r\n"));
    site.write("content/cities/rayong.md", crlf(HAZARDS));
    site.write(
        "content/sources.yaml",
        "# แหล่งข้อมูล\nsrc-1:\n  publisher: Test Publisher\n  title:  \"แหล่ง\u{200B}ข้อมูล \"  # หมายเหตุ\u{200B}\n  date: 2022-08-24\n",
    );
    let run = site.run(&["check", "--fix"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "fixed content/cities/rayong.md: 7 places on lines 2, 7, 9, 11, 13, 15\n\
         fixed content/sources.yaml: 2 places on line 4\n\
         content/cities/rayong.md:17:6: warning: the Latin letter `u` is inside a Thai word: it looks like a Thai letter, but search and sorting read it as Latin\n\
         mueang check: 0 errors, 1 warning in `content`\n"
    );
    let read = |rel: &str| std::fs::read_to_string(site.path().join(rel)).expect("read");
    assert_eq!(read("content/cities/rayong.md"), crlf(FIXED));
    assert_eq!(
        read("content/sources.yaml"),
        "# แหล่งข้อมูล\nsrc-1:\n  publisher: Test Publisher\n  title:  \"แหล่งข้อมูล\"  # หมายเหตุ\u{200B}\n  date: 2022-08-24\n"
    );
    // Nothing is left beside the files, and a second run has nothing to do.
    let names: Vec<String> = std::fs::read_dir(site.path().join("content/cities"))
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    let run = site.run(&["check", "--fix", "--lang", "th"]);
    assert!(
        run.stderr
            .starts_with("mueang check --fix: ไม่มีข้อความไทยที่ต้องแก้\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_file_full_of_hazards_costs_no_more_than_fifty_warnings() {
    let site = Site::minimal();
    let body = "ก\u{200B}".repeat(500_000);
    site.write(
        "content/cities/rayong.md",
        format!("---\ntitle: ระยอง\nprovince: Rayong\nstatus: certified\nsources: [src-1]\n---\n{body}\n"),
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(
        lines.len(),
        51,
        "{}",
        &run.stderr[run.stderr.len() - 2000..]
    );
    assert_eq!(
        lines[0],
        "content/cities/rayong.md: warning: this file has 499951 more places with characters like these (the first 49 are shown)"
    );
}

#[test]
fn ambassadors_are_listed_in_thai_dictionary_order() {
    let site = Site::minimal();
    // By id: a, b, c. By a Thai dictionary (a leading vowel sorts after
    // its consonant; tone marks only break ties): ก่อ, เกด, ขวัญ.
    for (id, th, en) in [
        ("a", "ขวัญ ใจดี", "Khwan Jaidee"),
        ("b", "เกด มีสุข", "Ked Meesuk"),
        ("c", "ก่อ สร้างดี", "Kor Sangdee"),
    ] {
        site.write(
            &format!("content/ambassadors/{id}.md"),
            format!("---\nname: {{ th: {th}, en: {en} }}\ncohort: c-1\nprovince: Rayong\npublic: true\nsources: [src-1]\n---\n"),
        );
    }
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (lang, names) in [
        ("th", ["ก่อ สร้างดี", "เกด มีสุข", "ขวัญ ใจดี"]),
        ("en", ["Ked Meesuk", "Khwan Jaidee", "Kor Sangdee"]),
    ] {
        for page in ["cohorts/c-1", "provinces/rayong"] {
            let html = std::fs::read_to_string(
                site.path().join(format!("output/{lang}/{page}/index.html")),
            )
            .expect("page");
            let at: Vec<usize> = names
                .iter()
                .map(|n| {
                    html.find(n)
                        .unwrap_or_else(|| panic!("{n} on {lang}/{page}"))
                })
                .collect();
            assert!(at.is_sorted(), "{lang}/{page}: {names:?} at {at:?}");
        }
    }
}

/// The warnings in Thai, as a Thai editor reads them by default.
#[test]
fn the_warnings_are_in_thai_too() {
    let site = Site::minimal();
    site.write(
        "content/cities/rayong.md",
        "---\ntitle: โครงการน\u{0E4D}\u{0E32}ร่อง\nprovince: Rayong\nstatus: certified\nsources: [src-1]\n---\n",
    );
    let run = site.run(&["check", "--lang", "th", "-v"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected = "คำเตือน: สระอำเขียนเป็นสองตัวอักษร คือนิคหิตกับสระอา (ข้อความที่คัดลอกจาก PDF มักเป็นแบบนี้): การค้นหาและการเรียงลำดับจะไม่ตรงกับคำที่พิมพ์\n \
--> content/cities/rayong.md:2:16\n  |\n\
2 | title: โครงการน\u{0E4D}\u{0E32}ร่อง\n  |                ^ ช่อง `title`\n  |\n  \
= วิธีแก้: พบ `โครงการน\u{0E4D}\u{0E32}ร่อง` (U+0E4D U+0E32 → U+0E33) ควรเป็น `โครงการนำร่อง` คำสั่ง `mueang check --fix` แก้ให้ในไฟล์ได้\n";
    assert!(run.stderr.contains(expected), "{}", run.stderr);
}
