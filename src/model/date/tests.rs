//! The date parser's unit tests: every form accepted, every form refused
//! with its error, and the formats read back.

use super::*;

fn d(y: i32, m: Option<u8>, day: Option<u8>) -> PartialDate {
    PartialDate {
        year: y,
        month: m,
        day,
    }
}

/// The month `month` of `year` has only `days` days.
fn past(year: i32, month: u8, days: u8) -> NoSuchDay {
    NoSuchDay::PastTheMonth { year, month, days }
}

#[test]
fn parses_every_form_the_spec_lists() {
    let cases = [
        ("2022-08-24", d(2022, Some(8), Some(24))),
        ("2022-08", d(2022, Some(8), None)),
        ("2022", d(2022, None, None)),
        ("24 สิงหาคม 2565", d(2022, Some(8), Some(24))),
        ("24 ส.ค. 2565", d(2022, Some(8), Some(24))),
        ("24 ส.ค.2565", d(2022, Some(8), Some(24))),
        ("24 ธ.ค.2564", d(2021, Some(12), Some(24))),
        ("สิงหาคม 2565", d(2022, Some(8), None)),
        ("พ.ศ. 2565", d(2022, None, None)),
        ("พ.ศ.2565", d(2022, None, None)),
        ("24 สิงหาคม พ.ศ. 2565", d(2022, Some(8), Some(24))),
        ("๒๔ สิงหาคม ๒๕๖๕", d(2022, Some(8), Some(24))),
        ("8 มิถุนายน 2564", d(2021, Some(6), Some(8))),
        ("ค.ศ. 2022", d(2022, None, None)),
        ("24 August 2022", d(2022, Some(8), Some(24))),
        ("24 Aug 2022", d(2022, Some(8), Some(24))),
        ("August 2022", d(2022, Some(8), None)),
        ("2024-02-29", d(2024, Some(2), Some(29))),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_date(input), Ok(expected), "{input:?}");
    }
}

#[test]
fn rejects_with_the_date_it_probably_meant() {
    let cases = [
        (
            "2565-08-24",
            DateError::BuddhistEraIso {
                meant: "2022-08-24".into(),
            },
        ),
        (
            "2565",
            DateError::BuddhistEraIso {
                meant: "2022".into(),
            },
        ),
        (
            "24 สิงหาคม 2022",
            DateError::CommonEraThai {
                meant: "24 สิงหาคม 2565".into(),
            },
        ),
        (
            "24 August 2565",
            DateError::BuddhistEraEnglish {
                meant: "24 August 2022".into(),
            },
        ),
        (
            "2022-02-30",
            DateError::Impossible {
                reason: past(2022, 2, 28),
            },
        ),
        (
            "2023-02-29",
            DateError::Impossible {
                reason: past(2023, 2, 28),
            },
        ),
        (
            "31 เมษายน 2565",
            DateError::Impossible {
                reason: past(2022, 4, 30),
            },
        ),
        (
            "2022-13-01",
            DateError::Impossible {
                reason: NoSuchDay::Month(13),
            },
        ),
        ("1066", DateError::OutOfRange),
        ("2400-01-01", DateError::OutOfRange),
        (
            "30 กุมภาพันธ์ 2022",
            DateError::Impossible {
                reason: past(2022, 2, 28),
            },
        ),
        (
            "0 August 2565",
            DateError::Impossible {
                reason: NoSuchDay::DayZero,
            },
        ),
        (
            "2565-02-29",
            DateError::Impossible {
                reason: past(2022, 2, 28),
            },
        ),
        (
            "2022-08-00",
            DateError::Impossible {
                reason: NoSuchDay::DayZero,
            },
        ),
        (
            "0 ส.ค. 2565",
            DateError::Impossible {
                reason: NoSuchDay::DayZero,
            },
        ),
        ("yesterday", DateError::NotADate),
        ("24 2565", DateError::NotADate),
        ("", DateError::NotADate),
        ("2022-08-24-01", DateError::NotADate),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_date(input), Err(expected), "{input:?}");
    }
}

#[test]
fn two_digit_years_are_refused_with_the_year_in_full() {
    let meant = |m: &str| {
        Err(DateError::TwoDigitYear {
            meant: m.to_string(),
        })
    };
    let cases = [
        // Thai: as written, with the Buddhist-era year 25yy.
        ("1 ต.ค. 66", meant("1 ต.ค. 2566")),
        ("ต.ค. 66", meant("ต.ค. 2566")),
        ("1 ตุลาคม 66", meant("1 ตุลาคม 2566")),
        ("พ.ศ. 66", meant("พ.ศ. 2566")),
        ("1 ต.ค.66", meant("1 ต.ค.2566")),
        ("๑ ต.ค. ๖๖", meant("๑ ต.ค. ๒๕๖๖")),
        ("1 ต.ค. พ.ศ. 66", meant("1 ต.ค. พ.ศ. 2566")),
        ("  1 ต.ค. 66 ", meant("1 ต.ค. 2566")),
        ("ม.ค. 00", meant("ม.ค. 2500")),
        // English: in full, the year of 1957–2056 that ends so.
        ("1 Oct 23", meant("1 October 2023")),
        ("1 October 23", meant("1 October 2023")),
        ("Oct 99", meant("October 1999")),
        ("ค.ศ. 23", meant("2023")),
        // A full year that is no real day says so.
        (
            "29 ก.พ. 66",
            Err(DateError::Impossible {
                reason: past(2023, 2, 28),
            }),
        ),
        // `Oct 23` may be the 23rd; a year of one or three digits is none.
        ("Oct 23", Err(DateError::NotADate)),
        ("1 ต.ค. 6", Err(DateError::NotADate)),
        ("1 ต.ค. 566", Err(DateError::NotADate)),
        ("66", Err(DateError::NotADate)),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_date(input), expected, "{input:?}");
    }
    let e = parse_date("1 ต.ค. 66").unwrap_err();
    assert_eq!(
        e.to_string(),
        "the year is written with two digits, which do not say the century: write all four"
    );
    assert_eq!(e.help(), "did you mean `1 ต.ค. 2566`?");
    // The suggestion is itself a date.
    assert_eq!(parse_date("1 ต.ค. 2566"), Ok(d(2023, Some(10), Some(1))));
    assert_eq!(parse_date("๑ ต.ค. ๒๕๖๖"), Ok(d(2023, Some(10), Some(1))));
}

#[test]
fn a_fiscal_year_is_refused_with_what_it_spans() {
    let fy = |fy: i32, lang: Lang| {
        Err(DateError::FiscalYear {
            fy,
            days: (
                d(fy - 544, Some(10), Some(1)),
                d(fy - 543, Some(9), Some(30)),
            ),
            lang,
        })
    };
    let cases = [
        ("ปีงบประมาณ 2567", fy(2567, Lang::Th)),
        ("ปีงบ 2567", fy(2567, Lang::Th)),
        ("ปีงบฯ 2567", fy(2567, Lang::Th)),
        ("ปีงบประมาณ2567", fy(2567, Lang::Th)),
        ("ปีงบประมาณ พ.ศ. 2567", fy(2567, Lang::Th)),
        ("ปีงบประมาณ ๒๕๖๗", fy(2567, Lang::Th)),
        ("ปี งบประมาณ 2567", fy(2567, Lang::Th)),
        ("FY2024", fy(2567, Lang::En)),
        ("FY 2024", fy(2567, Lang::En)),
        ("fy2024", fy(2567, Lang::En)),
        ("F.Y. 2024", fy(2567, Lang::En)),
        ("fiscal year 2024", fy(2567, Lang::En)),
        ("Fiscal Year 2024", fy(2567, Lang::En)),
        // The site's own English name of a fiscal year.
        ("FY 2567", fy(2567, Lang::En)),
        ("FY 1066", Err(DateError::OutOfRange)),
        ("FY24", Err(DateError::NotADate)),
        ("ปีงบ 67", Err(DateError::NotADate)),
        ("ปี 2567", Err(DateError::NotADate)),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_date(input), expected, "{input:?}");
    }
    let th = parse_date("ปีงบประมาณ 2567").unwrap_err();
    assert_eq!(
        th.to_string(),
        "a fiscal year is not a date: ปีงบประมาณ 2567 runs from 1 ต.ค. 2566 to 30 ก.ย. 2567"
    );
    assert_eq!(
        th.help(),
        "write the month, such as `ต.ค. 2566`, or the year, `พ.ศ. 2566` or `พ.ศ. 2567`; \
         the site works out the fiscal year from the month"
    );
    let en = parse_date("FY2024").unwrap_err();
    assert_eq!(
        en.to_string(),
        "a fiscal year is not a date: ปีงบประมาณ 2567 runs from 1 October 2023 to 30 September 2024"
    );
    assert_eq!(
        en.help(),
        "write the month, such as `October 2023`, or the year, `2023` or `2024`; \
         the site works out the fiscal year from the month"
    );
    // What the help suggests is read, and the month is in that fiscal year.
    for (written, fy) in [("ต.ค. 2566", 2567), ("October 2023", 2567)] {
        assert_eq!(
            parse_date(written).map(|d| d.fiscal_year_be()),
            Ok(Some(fy))
        );
    }
    assert!(parse_date("พ.ศ. 2566").is_ok() && parse_date("2024").is_ok());
}

#[test]
fn a_fiscal_year_s_days_are_those_it_names() {
    for fy in [2560, 2563, 2567] {
        let (first, last) = PartialDate::fiscal_year_days(fy).expect("a fiscal year");
        assert_eq!(first.fiscal_year_be(), Some(fy));
        assert_eq!(last.fiscal_year_be(), Some(fy));
        assert_eq!((first.month, first.day), (Some(10), Some(1)));
        assert_eq!((last.month, last.day), (Some(9), Some(30)));
        assert_eq!(first.year + 1, last.year);
    }
}

#[test]
fn slashes_are_refused_with_each_reading_that_is_a_day() {
    let slashes = |day_month, month_day| {
        Err(DateError::Slashes {
            day_month,
            month_day,
        })
    };
    let oct_1 = d(2023, Some(10), Some(1));
    let jan_10 = d(2023, Some(1), Some(10));
    let cases = [
        ("01/10/2023", slashes(Some(oct_1), Some(jan_10))),
        ("1/10/2566", slashes(Some(oct_1), Some(jan_10))),
        ("๑/๑๐/๒๕๖๖", slashes(Some(oct_1), Some(jan_10))),
        (" 1 / 10 / 2023 ", slashes(Some(oct_1), Some(jan_10))),
        (
            "24/08/2022",
            slashes(Some(d(2022, Some(8), Some(24))), None),
        ),
        (
            "10/31/2023",
            slashes(None, Some(d(2023, Some(10), Some(31)))),
        ),
        (
            "5/5/2023",
            slashes(
                Some(d(2023, Some(5), Some(5))),
                Some(d(2023, Some(5), Some(5))),
            ),
        ),
        ("31/31/2023", slashes(None, None)),
        ("1/10/66", slashes(None, None)),
        ("1/10/1066", slashes(None, None)),
        ("2023/10/01", Err(DateError::NotADate)),
        ("1/10", Err(DateError::NotADate)),
        ("1/10/2023/1", Err(DateError::NotADate)),
        ("a/b/c", Err(DateError::NotADate)),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_date(input), expected, "{input:?}");
    }
    let both = parse_date("01/10/2023").unwrap_err();
    assert_eq!(
        both.to_string(),
        "slashes are read differently in Thai and US usage: day/month in Thai, month/day in the US, \
         so this could be 1 October 2023 or 10 January 2023"
    );
    assert_eq!(
        both.help(),
        "for 1 October 2023, write `2023-10-01` or `1 ต.ค. 2566`; \
         for 10 January 2023, write `2023-01-10` or `10 ม.ค. 2566`"
    );
    let one = parse_date("24/08/2565").unwrap_err();
    assert_eq!(
        one.to_string(),
        "slashes are read differently in Thai and US usage: day/month in Thai, month/day in the US"
    );
    assert_eq!(
        one.help(),
        "for 24 August 2022, write `2022-08-24` or `24 ส.ค. 2565`"
    );
    assert_eq!(
        parse_date("1/10/66").unwrap_err().help(),
        DateError::NotADate.help()
    );
    // What the help suggests is read as the day it names.
    for written in ["2023-10-01", "1 ต.ค. 2566"] {
        assert_eq!(parse_date(written), Ok(oct_1), "{written:?}");
    }
}

#[test]
fn formats_as_precisely_as_given_and_parses_back() {
    let cases = [
        (
            d(2022, Some(8), Some(24)),
            "24 สิงหาคม 2565",
            "24 August 2022",
        ),
        (d(2022, Some(8), None), "สิงหาคม 2565", "August 2022"),
        (d(2022, None, None), "พ.ศ. 2565", "2022"),
    ];
    for (date, th, en) in cases {
        assert_eq!(date.format(Lang::Th), th);
        assert_eq!(date.format(Lang::En), en);
        assert_eq!(parse_date(th), Ok(date));
        assert_eq!(parse_date(en), Ok(date));
        assert_eq!(parse_date(&date.iso()), Ok(date));
    }
}

#[test]
fn fiscal_years_start_in_october() {
    assert_eq!(d(2022, Some(9), Some(30)).fiscal_year_be(), Some(2565));
    assert_eq!(d(2022, Some(10), Some(1)).fiscal_year_be(), Some(2566));
    assert_eq!(d(2023, Some(9), None).fiscal_year_be(), Some(2566));
    assert_eq!(d(2022, None, None).fiscal_year_be(), None);
}

#[test]
fn serializes_as_year_month_and_day_with_null_for_unknown() {
    let json = |d: PartialDate| serde_json::to_string(&d).expect("JSON");
    assert_eq!(
        json(d(2022, Some(8), Some(24))),
        r#"{"year":2022,"month":8,"day":24}"#
    );
    assert_eq!(
        json(d(2022, Some(8), None)),
        r#"{"year":2022,"month":8,"day":null}"#
    );
    assert_eq!(
        json(d(2021, None, None)),
        r#"{"year":2021,"month":null,"day":null}"#
    );
}

#[test]
fn days_become_dates() {
    assert_eq!(civil_from_days(0), (1970, 1, 1));
    assert_eq!(civil_from_days(19_228), (2022, 8, 24));
    assert_eq!(civil_from_days(11_016), (2000, 2, 29));
}

#[test]
fn year_only_sorts_before_the_days_of_that_year() {
    assert!(d(2022, None, None) < d(2022, Some(1), Some(1)));
    assert!(d(2021, Some(12), Some(24)) < d(2022, None, None));
}

#[test]
fn a_day_that_does_not_exist_says_why_in_each_language() {
    let said = |input: &str| parse_date(input).unwrap_err().said().0;
    let cases = [
        (
            "2022-02-30",
            "this date does not exist: February 2022 has 28 days",
            "ไม่มีวันที่นี้จริง: กุมภาพันธ์ 2565 มี 28 วัน",
        ),
        (
            "2022-13-01",
            "this date does not exist: there is no month 13",
            "ไม่มีวันที่นี้จริง: ไม่มีเดือนที่ 13",
        ),
        (
            "0 ส.ค. 2565",
            "this date does not exist: there is no day 0",
            "ไม่มีวันที่นี้จริง: ไม่มีวันที่ 0",
        ),
    ];
    for (input, en, th) in cases {
        assert_eq!(said(input).text(Lang::En), en, "{input}");
        assert_eq!(said(input).text(Lang::Th), th, "{input}");
    }
}
