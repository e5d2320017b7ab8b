//! `mueang serve`: its arguments, and the preview server started and
//! waited on.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;

use super::say::shown;
use super::usage::Refused;
use crate::catalogue::{Said, Told};
use crate::lang::Lang;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The content folder.
    #[arg(long, value_name = "DIR", default_value = "content")]
    pub content: PathBuf,
    /// The address to listen on. The default keeps the preview to this
    /// computer; 0.0.0.0 shows it to every device on your network.
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// The port to listen on (0: any free port).
    #[arg(long, value_name = "PORT", default_value_t = 1111)]
    pub port: u16,
    /// Also answer requests for this host name (the preview answers only
    /// to localhost, 127.0.0.1, [::1] and the --bind address, so that no
    /// web page can reach it under its own name). Repeat for more names.
    #[arg(long = "allow-host", value_name = "NAME", value_parser = host_name)]
    pub allow_hosts: Vec<String>,
    /// Open the preview in the web browser once it is ready.
    ///
    /// To open it with another program, set MUEANG_BROWSER to that
    /// program: it is run with the preview's address as its one argument.
    /// Where no browser can be opened, serve says so and goes on.
    #[arg(long)]
    pub open: bool,
    /// Look for saved changes every MILLISECONDS (1000 when not given)
    /// instead of waiting for the system to report them.
    ///
    /// For a site on a network drive, a cloud drive (OneDrive, Google
    /// Drive) or WSL's /mnt/c, where saves may go unnoticed. serve polls
    /// by itself on network drives and /mnt/c, and where the system's
    /// file events cannot be set up; it says so when it starts. From 100
    /// to 60000.
    #[arg(
        long,
        value_name = "MILLISECONDS",
        num_args = 0..=1,
        default_missing_value = "1000",
        value_parser = poll_every
    )]
    pub poll: Option<Duration>,
}

/// A `--poll` value: milliseconds between two looks at the folders.
fn poll_every(given: &str) -> Result<Duration, Refused> {
    given
        .parse::<u64>()
        .ok()
        .filter(|ms| (100..=60_000).contains(ms))
        .map(Duration::from_millis)
        .ok_or_else(|| Refused(Said::new("usage-poll")))
}

/// An `--allow-host` value: a name or address, with or without a port.
fn host_name(given: &str) -> Result<String, Refused> {
    crate::serve::hosts::name_of(given)
        .ok_or_else(|| Refused(Said::new("usage-host").arg("given", given)))
}

pub fn run(args: &ServeArgs, lang: Lang) -> ExitCode {
    let options = crate::serve::Options {
        content: args.content.clone(),
        shown: shown(&args.content),
        bind: args.bind,
        port: args.port,
        allow_hosts: args.allow_hosts.clone(),
        poll: args.poll,
        lang,
    };
    let log: crate::serve::Log = std::sync::Arc::new(|line: &str| eprintln!("{line}"));
    let running = match crate::serve::start(options, log) {
        Ok(running) => running,
        Err(e) => {
            eprintln!("{}", e.told().error_text(lang));
            return ExitCode::from(2);
        }
    };
    if !args.bind.is_loopback() {
        let told = Told::new(
            Said::new("serve-open-to-network").arg("bind", args.bind.to_string()),
            Some(Said::new("serve-open-to-network-help")),
        );
        eprintln!("{}", told.warning_text(lang));
    }
    // stdout carries only the address, so a script can read it.
    println!("{}", running.url);
    let _ = std::io::stdout().flush();
    let serving = Said::new("serve-serving")
        .arg("folder", args.content.display().to_string())
        .arg("url", running.url.as_str());
    eprintln!("{}", serving.text(lang));
    if args.open {
        let url = running.local_url();
        if let Err(e) = crate::serve::browser::open(&url) {
            let told = Told::new(
                Said::new("serve-no-browser")
                    .arg("error", e.to_string())
                    .arg("url", url.as_str()),
                None,
            );
            eprintln!("{}", told.warning_text(lang));
        }
    }
    running.wait();
    ExitCode::SUCCESS
}
