//! The figures' history: where the content folder is in a git
//! repository, its figures at every commit that changed it ([`git::walk`]),
//! each commit's files read from memory and taken through load → model →
//! aggregate as `check` takes a folder (no page is rendered, and a file
//! unchanged from one commit to the next is parsed once), then each
//! commit set beside the one before it: which headline and cohort figures
//! moved, and the records whose change moved them ([`figures::moved_by`],
//! as `mueang diff` says it). A commit whose content fails `check` is
//! listed as skipped. `mueang diff`'s comparison of figures and records
//! lives here too ([`figures`], [`records`]).

pub mod figures;
pub mod git;
pub mod records;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::aggregate::history::{Change, Commit, Figures, History, Moved, Skipped};
use crate::aggregate::{Stats, aggregate};
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::{Fatal, ParsedFile};
use crate::model::privacy::Names;
use crate::model::{HistoryConfig, Site};
use records::{TABLES, Tables, by_id, record_changes};

/// The tables whose records move a headline or cohort figure.
const MOVING: [&str; 4] = ["projects", "cities", "ambassadors", "cohorts"];

/// The order figures are listed in, as the figures page lists them; the
/// areas by status (`status.certified`) come after.
const ORDER: [&str; 10] = [
    "cities",
    "cities_certified",
    "cohorts",
    "projects",
    "project_value_thb",
    "projects_without_value",
    "ambassadors",
    "provinces_covered",
    "provinces_certified",
    "regions_covered",
];

/// How many commits are read at once: each holds its site in memory.
const AT_ONCE: usize = 16;

/// How a commit's content folder is named in its diagnostics, which are
/// counted, not shown.
const SHOWN: &str = "content";

/// Figures by cohort or city id, then key.
type Scoped = BTreeMap<String, BTreeMap<String, u64>>;

/// The figures of one kind of scope (the cohorts', the cities').
type Group = fn(&Figures) -> &Scoped;

/// Files parsed, by path and blob.
type Cache = HashMap<(PathBuf, gix::ObjectId), ParsedFile>;

/// The figures at one commit, its records as the data tables hold them,
/// and a hash of each record's row (by table, then id), so that two
/// commits' records are compared row by row only where a row changed.
struct State {
    figures: Figures,
    tables: Tables,
    digests: HashMap<(String, String), u64>,
}

/// The records that differ from `old` to `new`, as [`record_changes`]
/// finds them, comparing in full only the rows whose hashes differ.
fn changes(old: &State, new: &State) -> Vec<records::RecordChange> {
    let differ = |from: &State, to: &State| {
        from.digests
            .iter()
            .filter(|(key, digest)| to.digests.get(*key) != Some(*digest))
            .map(|(key, _)| key.clone())
            .collect::<Vec<_>>()
    };
    let mut keys = differ(old, new);
    keys.extend(differ(new, old));
    let of = |state: &State| {
        let mut tables = Tables::new();
        for (table, id) in &keys {
            if let Some(row) = state.tables.get(table).and_then(|t| t.get(id)) {
                tables
                    .entry(table.clone())
                    .or_default()
                    .insert(id.clone(), row.clone());
            }
        }
        tables
    };
    let (a, b) = (of(old), of(new));
    record_changes(&a, &b)
}

/// The history of the figures of the folder `content`, whose site as it
/// is now is `site` (its `history:` says which commits); `None` where the folder is in no
/// git repository. A repository that cannot be read is a warning, and
/// the site is built without history.
pub fn of(content: &Path, site: &Site, diagnostics: &mut Diagnostics) -> Option<History> {
    match read(content, &site.config.history) {
        Ok(Some(mut history)) => {
            // A record is named as a past commit's data files named it;
            // an ambassador, only where the site publishes them now, and
            // no id that holds a non-public person's name.
            let names = Names::of(site);
            let public = |named: &String| match named.strip_prefix("ambassadors/") {
                Some(id) => site.ambassadors.iter().any(|a| a.meta.id.0 == id && a.public),
                None => true,
            } && names.find(named).is_empty();
            for change in &mut history.changes {
                for m in &mut change.moved {
                    m.by.retain(public);
                }
            }
            if history.shallow {
                diagnostics.push(Diagnostic::warning("history", "").words(
                    Said::new("history-shallow"),
                    Some(Said::new("history-shallow-help")),
                ));
            }
            Some(history)
        }
        Ok(None) => None,
        Err(Fatal(told)) => {
            diagnostics.push(Diagnostic::warning("history", "").words(
                Said::new("history-unreadable").said("error", told.message),
                Some(Said::new("history-unreadable-help")),
            ));
            None
        }
    }
}

fn read(content: &Path, config: &HistoryConfig) -> Result<Option<History>, Fatal> {
    let glob = config
        .tags
        .as_deref()
        .and_then(|t| globset::Glob::new(t).ok())
        .map(|g| g.compile_matcher());
    let Some(walk) = git::walk(content, glob.as_ref())? else {
        return Ok(None);
    };
    let from = config.since.map_or(0, |since| {
        walk.points
            .iter()
            // A year alone, or a month, is before its first day.
            .position(|p| p.date >= since)
            .unwrap_or(walk.points.len())
    });
    let mut parsed = Cache::new();
    let mut last: Option<State> = None;
    // With `since`, the last commit before it that passes `check` gives
    // the first change its "before".
    for point in walk.points[..from].iter().rev() {
        let state = states(&walk, std::slice::from_ref(point), &mut parsed)?.pop();
        if let Some(Ok(state)) = state {
            last = Some(state);
            break;
        }
    }
    let points = &walk.points[from..];
    let mut history = History {
        commits: points.len(),
        shallow: walk.shallow,
        ..History::default()
    };
    for (n, chunk) in points.chunks(AT_ONCE).enumerate() {
        let states = states(&walk, chunk, &mut parsed)?;
        for (i, (point, state)) in chunk.iter().zip(states).enumerate() {
            let commit = Commit {
                id: point.id.to_hex_with_len(12).to_string(),
                date: point.date.iso(),
                seq: n * AT_ONCE + i,
            };
            match state {
                Err(errors) => history.skipped.push(Skipped { commit, errors }),
                Ok(state) => {
                    let moved = moved(last.as_ref(), &state);
                    if !moved.is_empty() {
                        // The figures before the first change, where a
                        // commit read before it moved none (figures of 0
                        // are not news) or `since` left it out.
                        if history.changes.is_empty() {
                            history.baseline = last.as_ref().map(|l| l.figures.clone());
                        }
                        history.changes.push(Change {
                            commit,
                            figures: state.figures.clone(),
                            moved,
                        });
                    }
                    last = Some(state);
                }
            }
        }
    }
    Ok(Some(history))
}

/// The figures and records at each of `points`, or how many errors
/// `check` finds there. Git's objects are read on this thread; each file
/// not parsed before (a new path or new content) is parsed on any core,
/// once, and the commits are checked on any core. `parsed` keeps the
/// files of the last commit read, which the next is most likely to share.
fn states(
    walk: &git::Walk,
    points: &[git::Point],
    parsed: &mut Cache,
) -> Result<Vec<Result<State, usize>>, Fatal> {
    let entries = points
        .iter()
        .map(|p| git::entries(&walk.repo, p.tree))
        .collect::<Result<Vec<_>, Fatal>>()?;
    let mut new: Vec<(PathBuf, gix::ObjectId)> = entries
        .iter()
        .flatten()
        .filter(|key| !parsed.contains_key(*key))
        .cloned()
        .collect();
    new.sort();
    new.dedup();
    let blobs = new
        .into_iter()
        .map(|(rel, id)| Ok((rel, id, git::blob(&walk.repo, id)?)))
        .collect::<Result<Vec<_>, Fatal>>()?;
    let fresh: Vec<((PathBuf, gix::ObjectId), ParsedFile)> = blobs
        .into_par_iter()
        .map(|(rel, id, bytes)| ((rel.clone(), id), crate::load::parse(rel, bytes, SHOWN)))
        .collect();
    parsed.extend(fresh);
    let states = entries
        .par_iter()
        .map(|files| state(files.iter().map(|key| parsed[key].clone()).collect()))
        .collect();
    if let Some(kept) = entries.last() {
        let kept: std::collections::HashSet<&(PathBuf, gix::ObjectId)> = kept.iter().collect();
        parsed.retain(|key, _| kept.contains(key));
    }
    Ok(states)
}

/// The figures and records of a commit whose files are `files`, or how
/// many errors `check` finds in them. The scan for non-public names is
/// left out: it guards published text, and the history publishes only
/// figures and the ids the data tables publish.
fn state(files: Vec<ParsedFile>) -> Result<State, usize> {
    let (raw, mut diags) = crate::load::load_parsed(files, SHOWN);
    // The build's date is the content's, as without SOURCE_DATE_EPOCH:
    // never the clock.
    let site = crate::model::resolve(&raw, None, &mut diags);
    drop(raw);
    let Some(site) = site.filter(|_| !diags.has_errors()) else {
        return Err(diags.error_count().max(1));
    };
    let stats = aggregate(&site);
    let mut tables = Tables::new();
    let mut digests = HashMap::new();
    for (table, computed) in TABLES.iter().filter(|(t, _)| MOVING.contains(t)) {
        let rows = by_id(
            table,
            computed,
            crate::render::data_rows(table, &site, &stats),
        );
        for (id, row) in &rows {
            let mut hasher = std::hash::DefaultHasher::new();
            std::hash::Hash::hash(&serde_json::to_string(row).unwrap_or_default(), &mut hasher);
            let digest = std::hash::Hasher::finish(&hasher);
            digests.insert(((*table).to_string(), id.clone()), digest);
        }
        tables.insert((*table).to_string(), rows);
    }
    Ok(State {
        figures: Figures {
            site: headline(&stats),
            cohorts: stats
                .by_cohort
                .iter()
                .map(|(id, c)| (id.clone(), numbers(c)))
                .collect(),
            cities: stats
                .by_city
                .iter()
                .map(|(id, c)| (id.clone(), numbers(c)))
                .collect(),
        },
        tables,
        digests,
    })
}

/// The headline figures: the totals, and the areas by status
/// (`status.certified`).
fn headline(stats: &Stats) -> BTreeMap<String, u64> {
    let mut out = numbers(&stats.totals);
    out.extend(
        stats
            .cities_by_status
            .iter()
            .map(|(k, v)| (format!("status.{k}"), *v)),
    );
    out
}

/// A struct of counts, by field.
fn numbers(value: &impl serde::Serialize) -> BTreeMap<String, u64> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::Object(map)) => map
            .into_iter()
            .filter_map(|(k, v)| Some((k, v.as_u64()?)))
            .collect(),
        _ => BTreeMap::new(),
    }
}

/// The figures that moved from `old` (`None`: before the first commit)
/// to `new`, each with the records that moved it.
fn moved(old: Option<&State>, new: &State) -> Vec<Moved> {
    let changes = old.map(|o| changes(o, new));
    let empty = BTreeMap::new();
    let mut out = Vec::new();
    let mut scope = |scope: &str, a: &BTreeMap<String, u64>, b: &BTreeMap<String, u64>| {
        let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
        keys.sort_by_key(|k| (ORDER.iter().position(|o| o == k).unwrap_or(ORDER.len()), *k));
        keys.dedup();
        for key in keys {
            let (x, y) = (a.get(key).copied(), b.get(key).copied());
            // Before the first commit, a figure of 0 is not news.
            let first = old.is_none() && y == Some(0);
            if x == y || first {
                continue;
            }
            out.push(Moved {
                scope: scope.to_string(),
                key: key.clone(),
                old: x,
                new: y,
                by: figures::moved_by(key, scope, changes.as_deref()),
            });
        }
    };
    let old_site = old.map_or(&empty, |o| &o.figures.site);
    scope("site", old_site, &new.figures.site);
    let groups: [(&str, Group); 2] = [("cohort", |f| &f.cohorts), ("city", |f| &f.cities)];
    for (kind, of) in groups {
        let ids: std::collections::BTreeSet<&String> = old
            .map(|o| of(&o.figures).keys().collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .chain(of(&new.figures).keys())
            .collect();
        for id in ids {
            let a = old.and_then(|o| of(&o.figures).get(id)).unwrap_or(&empty);
            let b = of(&new.figures).get(id).unwrap_or(&empty);
            scope(&format!("{kind}:{id}"), a, b);
        }
    }
    out
}
