//! A command line clap refused, said in the catalogue's words: an unknown
//! option or command, a value an option does not take, an argument left
//! out. clap finds the mistake and its near misses; mueang says it, in
//! the language asked for on that same command line. `--help` and
//! `--version` print as clap writes them.

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::catalogue::{Said, Told};
use crate::lang::Lang;

/// Why a value parser refused an option's value, in the catalogue's
/// words (English where clap itself prints it).
#[derive(Debug, Clone)]
pub struct Refused(pub Said);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.text(Lang::En))
    }
}

impl std::error::Error for Refused {}

/// Prints clap's refusal in the language of `args` (`--lang`, else
/// `MUEANG_LANG`, else Thai) and gives the exit code: 2, or 0 for `--help`
/// and `--version`.
pub fn refused(e: &clap::Error, args: &[String], env: Option<&str>) -> ExitCode {
    let lang = crate::catalogue::choose(lang_asked(args), env);
    match told(e) {
        Some((told, usage)) => {
            let mut text = told.error_text(lang);
            if let Some(usage) = usage {
                let label = Said::new("usage-label").text(lang);
                text.push_str(&format!("\n\n{label}: {usage}"));
            }
            eprintln!("{text}");
            ExitCode::from(2)
        }
        None => {
            let _ = e.print();
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
        }
    }
}

/// `--lang th`, `--lang=en` among the arguments, where clap could not read
/// them.
fn lang_asked(args: &[String]) -> Option<Lang> {
    let code = args.iter().enumerate().find_map(|(i, a)| {
        if a == "--lang" {
            args.get(i + 1).map(String::as_str)
        } else {
            a.strip_prefix("--lang=")
        }
    })?;
    Lang::ALL.into_iter().find(|l| l.code() == code)
}

/// What clap refused, and the usage line it gave, without its label.
fn told(e: &clap::Error) -> Option<(Told, Option<String>)> {
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let list = |kind| match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let usage = text(ContextKind::Usage).map(|u| {
        let u = u.trim();
        u.split_once(": ").map_or(u, |(_, rest)| rest).to_string()
    });
    // `mueang check`: the command the usage line is of.
    let command = usage.as_deref().map_or_else(
        || "mueang".to_string(),
        |u| {
            u.split(' ')
                .take_while(|w| !w.starts_with(['[', '<', '-']))
                .collect::<Vec<_>>()
                .join(" ")
        },
    );
    // `--lang <th|en>`: the option alone.
    let option = || {
        text(ContextKind::InvalidArg)
            .map(|a| a.split([' ', '=']).next().unwrap_or_default().to_string())
            .unwrap_or_default()
    };
    let did_you_mean = |s: String| Said::new("usage-did-you-mean").arg("suggested", s);
    let told = match e.kind() {
        ErrorKind::UnknownArgument => Told::new(
            Said::new("usage-unknown-option").arg("option", option()),
            Some(text(ContextKind::SuggestedArg).map_or_else(
                || Said::new("usage-see-help").arg("command", command.as_str()),
                did_you_mean,
            )),
        ),
        ErrorKind::InvalidSubcommand => Told::new(
            Said::new("usage-unknown-command")
                .arg("command", text(ContextKind::InvalidSubcommand)?),
            Some(
                list(ContextKind::SuggestedSubcommand)
                    .into_iter()
                    .next()
                    .map_or_else(|| Said::new("usage-commands"), did_you_mean),
            ),
        ),
        ErrorKind::InvalidValue => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            if value.is_empty() {
                Told::new(
                    Said::new("usage-value-missing").arg("option", option()),
                    None,
                )
            } else {
                let valid = list(ContextKind::ValidValue);
                Told::new(
                    Said::new("usage-value-refused")
                        .arg("value", value)
                        .arg("option", option()),
                    (!valid.is_empty())
                        .then(|| Said::new("usage-values").arg("values", valid.join(", "))),
                )
            }
        }
        ErrorKind::ValueValidation => {
            let source = std::error::Error::source(e);
            let why = match source {
                Some(s) if s.is::<std::num::ParseIntError>() => Said::new("usage-whole-number"),
                Some(s) if s.is::<std::net::AddrParseError>() => Said::new("usage-address"),
                Some(s) => match s.downcast_ref::<Refused>() {
                    Some(Refused(said)) => said.clone(),
                    None => Said::new("as-is").arg("text", s.to_string()),
                },
                None => return None,
            };
            Told::new(
                Said::new("usage-value-refused")
                    .arg("value", text(ContextKind::InvalidValue)?)
                    .arg("option", option()),
                Some(why),
            )
        }
        ErrorKind::MissingRequiredArgument => Told::new(
            Said::new("usage-missing").arg("missing", list(ContextKind::InvalidArg).join(" ")),
            None,
        ),
        _ => return None,
    };
    Some((told, usage))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn said(args: &[&str], lang: &str) -> String {
        let mut all = vec!["mueang"];
        all.extend(args);
        let e = crate::cli::Cli::try_parse_from(&all).expect_err("refused");
        let (told, usage) = told(&e).expect("said");
        let lang = if lang == "th" { Lang::Th } else { Lang::En };
        match usage {
            Some(u) => format!("{}\n{u}", told.error_text(lang)),
            None => told.error_text(lang),
        }
    }

    #[test]
    fn an_unknown_option_or_command_is_named_with_the_near_miss() {
        assert_eq!(
            said(&["check", "--colour"], "en"),
            "error: there is no option `--colour`\n  \
             help: see every option with `mueang check --help`\n\
             mueang check [OPTIONS]"
        );
        assert_eq!(
            said(&["check", "--colour"], "th"),
            "ข้อผิดพลาด: ไม่มีตัวเลือก `--colour`\n  \
             วิธีแก้: ดูตัวเลือกทั้งหมดได้ด้วย `mueang check --help`\n\
             mueang check [OPTIONS]"
        );
        assert_eq!(
            said(&["build", "--conten", "x"], "th"),
            "ข้อผิดพลาด: ไม่มีตัวเลือก `--conten`\n  \
             วิธีแก้: หมายถึง `--content` หรือไม่\n\
             mueang build --content <DIR>"
        );
        assert_eq!(
            said(&["chek"], "en"),
            "error: there is no command `chek`\n  \
             help: did you mean `check`?\n\
             mueang [OPTIONS] <COMMAND>"
        );
        assert_eq!(
            said(&["publish"], "th"),
            "ข้อผิดพลาด: ไม่มีคำสั่ง `publish`\n  \
             วิธีแก้: คำสั่งที่มีคือ check, build, serve และ new\n\
             mueang [OPTIONS] <COMMAND>"
        );
    }

    #[test]
    fn a_value_refused_says_what_the_option_takes() {
        assert_eq!(
            said(&["check", "--lang", "fr"], "th"),
            "ข้อผิดพลาด: ใช้ `fr` กับ `--lang` ไม่ได้\n  วิธีแก้: ค่าที่ใช้ได้คือ th, en"
        );
        assert_eq!(
            said(&["serve", "--poll", "5"], "th"),
            "ข้อผิดพลาด: ใช้ `5` กับ `--poll` ไม่ได้\n  \
             วิธีแก้: ใส่จำนวนมิลลิวินาทีที่จะเว้นระหว่างการตรวจโฟลเดอร์แต่ละครั้ง ตั้งแต่ 100 ถึง 60000 (1000 คือหนึ่งวินาที)"
        );
        assert_eq!(
            said(&["serve", "--allow-host", "http://x/"], "en"),
            "error: `http://x/` is not a value of `--allow-host`\n  \
             help: `http://x/` is not a host name; give the name alone, such as `mypc.local`"
        );
        assert_eq!(
            said(&["serve", "--port", "abc"], "th"),
            "ข้อผิดพลาด: ใช้ `abc` กับ `--port` ไม่ได้\n  วิธีแก้: ใส่จำนวนเต็ม เช่น 1111"
        );
        assert_eq!(
            said(&["serve", "--bind", "my pc"], "en"),
            "error: `my pc` is not a value of `--bind`\n  \
             help: write an IP address, such as 127.0.0.1 or 0.0.0.0"
        );
        assert_eq!(
            said(&["check", "--content"], "th"),
            "ข้อผิดพลาด: `--content` ต้องมีค่าตามหลัง"
        );
        assert_eq!(
            said(&["new", "project"], "th"),
            "ข้อผิดพลาด: ยังขาด <ID>\nmueang new <KIND> <ID>"
        );
    }

    #[test]
    fn the_language_is_read_from_the_arguments_clap_refused() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            lang_asked(&args(&["mueang", "x", "--lang", "en"])),
            Some(Lang::En)
        );
        assert_eq!(
            lang_asked(&args(&["mueang", "--lang=th", "x"])),
            Some(Lang::Th)
        );
        assert_eq!(lang_asked(&args(&["mueang", "--lang", "fr"])), None);
        assert_eq!(lang_asked(&args(&["mueang", "--lang"])), None);
    }
}
