//! Serve: which `Host:` a request may name. A web page the editor visits
//! can make its own name resolve to 127.0.0.1 (DNS rebinding) and then
//! read the preview as if it were its own site; its requests still carry
//! its own name in `Host:`. So the preview answers only requests for a
//! loopback name or address, the address it listens on, and the names
//! given with `--allow-host`.

use std::net::IpAddr;

/// The hosts a request may name.
#[derive(Debug, Clone)]
pub struct Hosts {
    bind: IpAddr,
    /// `--allow-host` names, as [`name_of`] gives them.
    names: Vec<String>,
}

impl Hosts {
    pub fn new(bind: IpAddr, allowed: &[String]) -> Hosts {
        Hosts {
            bind,
            names: allowed.iter().filter_map(|n| name_of(n)).collect(),
        }
    }

    /// Whether a request whose `Host:` (or the authority of its target)
    /// is `host` may be answered. The port is not compared: a name is
    /// what a rebinding page controls.
    pub fn allows(&self, host: &str) -> bool {
        let Some(name) = name_of(host) else {
            return false;
        };
        if name == "localhost" || self.names.contains(&name) {
            return true;
        }
        let ip = name
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>();
        match ip {
            Ok(ip) if ip.is_loopback() || ip == self.bind => true,
            // Listening on every address, any address of this computer
            // may be asked for; an address is not a name, so no other
            // site's page can be made to point at it.
            Ok(_) => self.bind.is_unspecified(),
            Err(_) => false,
        }
    }
}

/// The name or address of `host` (`Localhost:1111` → `localhost`,
/// `[::1]:1111` → `[::1]`), lower-cased, without a port or a final `.`;
/// `None` where it is not a host at all.
pub fn name_of(host: &str) -> Option<String> {
    let host = host.trim();
    let name = if host.starts_with('[') {
        let end = host.find(']')?;
        let port = &host[end + 1..];
        if !(port.is_empty() || is_port(port)) {
            return None;
        }
        &host[..=end]
    } else {
        match host.rsplit_once(':') {
            Some((name, port)) if is_port(&format!(":{port}")) => name,
            Some(_) => return None,
            None => host,
        }
    };
    let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    let plain = name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'[' | b']' | b':' | b'_'));
    (!name.is_empty() && plain).then_some(name)
}

/// `:1111`.
fn is_port(s: &str) -> bool {
    s.strip_prefix(':')
        .is_some_and(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_names_the_bind_address_and_allowed_names_only() {
        let local = Hosts::new("127.0.0.1".parse().unwrap(), &["Mypc.Local".into()]);
        for ok in [
            "localhost",
            "localhost:1111",
            "LOCALHOST.:1111",
            "127.0.0.1",
            "127.0.0.1:1111",
            "[::1]",
            "[::1]:1111",
            "mypc.local",
            "MYPC.local:8080",
        ] {
            assert!(local.allows(ok), "{ok}");
        }
        for bad in [
            "",
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "127.0.0.1.nip.io",
            "192.168.1.5:1111",
            "[::1",
            "localhost:port",
            "local host",
            "localhost/x",
        ] {
            assert!(!local.allows(bad), "{bad}");
        }
        let lan = Hosts::new("192.168.1.5".parse().unwrap(), &[]);
        assert!(lan.allows("192.168.1.5:1111"));
        assert!(!lan.allows("192.168.1.6:1111"));
        let any = Hosts::new("0.0.0.0".parse().unwrap(), &[]);
        assert!(any.allows("192.168.1.6:1111"));
        assert!(any.allows("[fe80::1]:1111"));
        assert!(!any.allows("evil.example:1111"));
    }
}
