//! Serve: `--open`, the preview in the web browser. The system's default
//! browser opens it (the `webbrowser` crate: on Windows it starts the
//! browser itself, with no console window; in WSL, the Windows browser).
//! Where [`PROGRAM`] is set, that program is run instead, with the
//! address as its one argument: another browser, or a test's stand-in.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::process::{Command, Stdio};

/// The environment variable that names the program to open the preview
/// with.
pub const PROGRAM: &str = "MUEANG_BROWSER";

/// Opens `url` in the web browser, and returns without waiting for it;
/// Err says why it could not.
pub fn open(url: &str) -> Result<(), String> {
    let Some(program) = std::env::var_os(PROGRAM).filter(|p| !p.is_empty()) else {
        return webbrowser::open(url).map_err(|e| e.to_string());
    };
    let mut child = Command::new(&program)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            format!(
                "`{}` (from {PROGRAM}) cannot be run: {e}",
                program.to_string_lossy()
            )
        })?;
    // Waited for on a thread of its own, so that it does not linger as
    // a finished process while serve runs.
    let _ = std::thread::Builder::new()
        .name("mueang-browser".into())
        .spawn(move || child.wait());
    Ok(())
}

/// The address to open on this computer: where serve listens on every
/// address (0.0.0.0 or ::), which a browser cannot open, the loopback
/// address of the same kind.
pub fn local(addr: SocketAddr, prefix: &str) -> String {
    let ip = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}{prefix}", SocketAddr::new(ip, addr.port()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_is_opened_as_this_computer() {
        let at = |ip: &str| {
            local(
                SocketAddr::new(ip.parse().expect("an IP"), 1111),
                "/report/",
            )
        };
        assert_eq!(at("0.0.0.0"), "http://127.0.0.1:1111/report/");
        assert_eq!(at("::"), "http://[::1]:1111/report/");
        assert_eq!(at("127.0.0.1"), "http://127.0.0.1:1111/report/");
        assert_eq!(at("192.168.1.20"), "http://192.168.1.20:1111/report/");
    }
}
