//! Serve: whether a folder is on a drive whose changes the system's file
//! events miss, so that [`super::watch`] looks for them by polling.
//!
//! The system tells of a save only where the save goes through it: a
//! file on a network share changed by another computer (or by the
//! Windows side of WSL, for `/mnt/c`) raises no event on this one. On
//! Linux the kind of file system is in `/proc/self/mountinfo`; on
//! Windows, a network drive's path is a UNC path (`\\server\share`), as
//! the standard library gives it for a mapped drive letter too. Nothing
//! is written to find out.

use std::fmt;

use crate::catalogue::Said;
use crate::lang::Lang;
use std::path::Path;

/// A drive whose changes the system's file events miss, and its file
/// system (`cifs`, `9p`), or its share (`\\server\share`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drive {
    /// A network share (NFS, SMB), or another computer's folder mounted
    /// over SSH or by rclone.
    Network(String),
    /// A Windows drive seen from WSL (`/mnt/c`).
    Wsl(String),
    /// A shared folder of a virtual machine (VirtualBox, VMware, 9p,
    /// virtiofs).
    Shared(String),
}

impl Drive {
    /// `a network drive: cifs`, in the catalogue's words.
    pub fn said(&self) -> Said {
        let (id, kind) = match self {
            Drive::Network(kind) => ("drive-network", kind),
            Drive::Wsl(kind) => ("drive-wsl", kind),
            Drive::Shared(kind) => ("drive-shared", kind),
        };
        Said::new(id).arg("kind", kind.as_str())
    }
}

/// In English, as [`Drive::said`] says it.
impl fmt::Display for Drive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said().text(Lang::En))
    }
}

/// The drive `path` (absolute, with links resolved) is on, where the
/// system's file events miss its changes.
#[cfg(target_os = "linux")]
pub fn of(path: &Path) -> Option<Drive> {
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    in_mountinfo(&mountinfo, path)
}

/// The drive `path` (as [`std::fs::canonicalize`] gives it) is on, where
/// the system's file events miss its changes.
#[cfg(windows)]
pub fn of(path: &Path) -> Option<Drive> {
    use std::path::{Component, Prefix};
    match path.components().next()? {
        Component::Prefix(prefix) => match prefix.kind() {
            Prefix::UNC(server, share) | Prefix::VerbatimUNC(server, share) => {
                Some(Drive::Network(format!(
                    r"\\{}\{}",
                    server.to_string_lossy(),
                    share.to_string_lossy()
                )))
            }
            _ => None,
        },
        _ => None,
    }
}

/// Elsewhere the system's file events are trusted.
#[cfg(not(any(target_os = "linux", windows)))]
pub fn of(_path: &Path) -> Option<Drive> {
    None
}

/// The drive of `path` by the mount table `mountinfo` (the text of
/// `/proc/self/mountinfo`): the innermost mount that holds it, the last
/// of those mounted at the same place (which hides the others).
pub fn in_mountinfo(mountinfo: &str, path: &Path) -> Option<Drive> {
    let mut found: Option<Mount> = None;
    for mount in mountinfo.lines().filter_map(Mount::parse) {
        let depth = Path::new(&mount.point).components().count();
        let deeper = found
            .as_ref()
            .is_none_or(|f| depth >= Path::new(&f.point).components().count());
        if deeper && path.starts_with(&mount.point) {
            found = Some(mount);
        }
    }
    found?.drive()
}

/// One line of `/proc/self/mountinfo`: `36 35 98:0 / /mnt/c rw,noatime
/// master:1 - 9p drvfs rw,aname=drvfs;path=C:\`. Optional fields stand
/// between the mount's options and the `-`.
#[derive(Debug)]
struct Mount {
    point: String,
    kind: String,
    source: String,
    options: String,
}

impl Mount {
    fn parse(line: &str) -> Option<Mount> {
        let fields: Vec<&str> = line.split(' ').collect();
        let dash = fields.iter().position(|f| *f == "-")?;
        Some(Mount {
            point: unescape(fields.get(4).filter(|_| dash > 5)?),
            kind: fields.get(dash + 1)?.to_string(),
            source: unescape(fields.get(dash + 2)?),
            options: fields
                .get(dash + 3)
                .map_or_else(String::new, |o| o.to_string()),
        })
    }

    /// Which drive it is, where its changes go unseen.
    fn drive(self) -> Option<Drive> {
        let kind = self.kind;
        let wsl = self.source == "drvfs" || self.options.contains("aname=drvfs");
        match kind.as_str() {
            "drvfs" => Some(Drive::Wsl(kind)),
            "9p" | "virtiofs" if wsl => Some(Drive::Wsl(kind)),
            "9p" | "virtiofs" | "vboxsf" | "vmhgfs" | "fuse.vmhgfs-fuse" | "prl_fs" => {
                Some(Drive::Shared(kind))
            }
            "nfs" | "nfs4" | "cifs" | "smb3" | "smbfs" | "ncpfs" | "afs" | "ceph" | "glusterfs"
            | "fuse.glusterfs" | "fuse.sshfs" | "sshfs" | "fuse.rclone" | "davfs" | "fuse.s3fs" => {
                Some(Drive::Network(kind))
            }
            _ => None,
        }
    }
}

/// A mountinfo field with its octal escapes (`\040` for a space,
/// `\134` for a backslash) undone.
fn unescape(field: &str) -> String {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes
            .get(i + 1..i + 4)
            .filter(|d| bytes[i] == b'\\' && d.iter().all(|b| (b'0'..=b'7').contains(b)))
            .map(|d| d.iter().fold(0u32, |n, b| n * 8 + u32::from(b - b'0')));
        match octal.and_then(|n| u8::try_from(n).ok()) {
            Some(byte) => {
                out.push(byte);
                i += 4;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WSL 2 (`/mnt/c` over 9p, source as WSL writes it), WSL 1 (drvfs),
    /// an SMB share, one with a space in its name, an NFS share with a
    /// local disk mounted inside it, and a folder mounted over another.
    const MOUNTINFO: &str = "\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard
61 27 0:50 / /mnt/c rw,noatime - 9p C:\\134 rw,dirsync,aname=drvfs;path=C:\\;uid=1000,trans=fd
62 27 0:51 / /mnt/d rw,noatime - drvfs D: rw,case=off
70 27 0:60 / /srv/share rw,relatime shared:40 - cifs //fileserver/comms rw,vers=3.1.1
71 27 0:61 / /srv/Comms\\040Team rw,relatime - smb3 //fileserver/team rw
72 27 0:62 / /home/staff rw,relatime - nfs4 nas:/home/staff rw
73 72 8:1 / /home/staff/local rw,relatime - ext4 /dev/sda1 rw
74 27 0:63 / /media/sf_site rw,nodev,relatime - vboxsf site rw
80 27 0:64 / /data rw,relatime - ext4 /dev/sdb1 rw
81 27 0:65 / /data rw,relatime - nfs nas:/data rw
";

    fn drive(path: &str) -> Option<Drive> {
        in_mountinfo(MOUNTINFO, Path::new(path))
    }

    #[test]
    fn drives_whose_changes_go_unseen_are_told_from_local_disks() {
        let wsl = |k: &str| Some(Drive::Wsl(k.into()));
        let network = |k: &str| Some(Drive::Network(k.into()));
        assert_eq!(drive("/mnt/c/Users/som/site/content"), wsl("9p"));
        assert_eq!(drive("/mnt/d/site/content"), wsl("drvfs"));
        assert_eq!(drive("/srv/share/site/content"), network("cifs"));
        assert_eq!(drive("/srv/Comms Team/site/content"), network("smb3"));
        assert_eq!(drive("/home/staff/site/content"), network("nfs4"));
        assert_eq!(
            drive("/media/sf_site/content"),
            Some(Drive::Shared("vboxsf".into()))
        );
        // The last mount at a place hides the ones before.
        assert_eq!(drive("/data/site/content"), network("nfs"));
        for local in [
            "/home/staff/local/site/content",
            "/home/som/site/content",
            "/mnt/cd/site",
            "/srv/shared/site",
            "/",
        ] {
            assert_eq!(drive(local), None, "{local}");
        }
        assert_eq!(in_mountinfo("", Path::new("/mnt/c/site")), None);
        assert_eq!(in_mountinfo("not a mount table\n", Path::new("/")), None);
    }

    #[test]
    fn the_polling_line_names_the_drive() {
        assert_eq!(
            drive("/srv/share/site").map(|d| d.to_string()).as_deref(),
            Some("a network drive: cifs")
        );
        assert_eq!(
            drive("/mnt/c/site").map(|d| d.to_string()).as_deref(),
            Some("a Windows drive seen from WSL: 9p")
        );
        assert_eq!(unescape(r"C:\134"), r"C:\");
        assert_eq!(unescape(r"a\040b\011c\9"), "a b\tc\\9");
    }
}
