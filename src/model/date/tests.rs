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
                reason: "February 2022 has 28 days".into(),
            },
        ),
        (
            "2023-02-29",
            DateError::Impossible {
                reason: "February 2023 has 28 days".into(),
            },
        ),
        (
            "31 เมษายน 2565",
            DateError::Impossible {
                reason: "April 2022 has 30 days".into(),
            },
        ),
        (
            "2022-13-01",
            DateError::Impossible {
                reason: "there is no month 13".into(),
            },
        ),
        ("1066", DateError::OutOfRange),
        ("2400-01-01", DateError::OutOfRange),
        (
            "30 กุมภาพันธ์ 2022",
            DateError::Impossible {
                reason: "February 2022 has 28 days".into(),
            },
        ),
        (
            "0 August 2565",
            DateError::Impossible {
                reason: "there is no day 0".into(),
            },
        ),
        (
            "2565-02-29",
            DateError::Impossible {
                reason: "February 2022 has 28 days".into(),
            },
        ),
        (
            "2022-08-00",
            DateError::Impossible {
                reason: "there is no day 0".into(),
            },
        ),
        (
            "0 ส.ค. 2565",
            DateError::Impossible {
                reason: "there is no day 0".into(),
            },
        ),
        ("yesterday", DateError::NotADate),
        ("24 2565", DateError::NotADate),
        ("", DateError::NotADate),
        ("2022-08-24-01", DateError::NotADate),
        ("24/08/2022", DateError::NotADate),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_date(input), Err(expected), "{input:?}");
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
