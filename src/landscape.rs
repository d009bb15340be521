//! The whole CNCF landscape (`data/landscape.json`): types, loading, the `/landscape` URL
//! state, search and facet counts. Pure: no browser, tested natively.

use crate::catalog::{Lang, Maturity, Text, STAGE_IDS};
use crate::query::{clean_q, eq_ci, keys, pairs, print, IdList, Ignored};
use serde::Deserialize;
use std::collections::HashMap;

/// The pseudo-stage of items that fit no step of the trail ("elsewhere in the landscape").
pub const ELSEWHERE: &str = "elsewhere";

/// Stage ids in trail order, then `ELSEWHERE`: the values of the `stage` facet.
pub const STAGE_VALUES: [&str; 11] = [
    STAGE_IDS[0],
    STAGE_IDS[1],
    STAGE_IDS[2],
    STAGE_IDS[3],
    STAGE_IDS[4],
    STAGE_IDS[5],
    STAGE_IDS[6],
    STAGE_IDS[7],
    STAGE_IDS[8],
    STAGE_IDS[9],
    ELSEWHERE,
];

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: String,
    pub url: String,
    pub file: String,
    pub commit: Option<String>,
    /// The date of the landscape snapshot, `YYYY-MM-DD`.
    pub snapshot: String,
    pub license: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subcategory {
    pub id: String,
    pub name: Text,
    /// A stage id or `ELSEWHERE`.
    pub stage: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: Text,
    pub subcategories: Vec<Subcategory>,
}

/// A curated project the landscape has no entry of its own for.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Absent {
    pub id: String,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub name: String,
    pub category: String,
    pub subcategory: String,
    pub stage: String,
    pub maturity: Maturity,
    #[serde(default)]
    pub accepted: Option<String>,
    #[serde(default)]
    pub incubating: Option<String>,
    #[serde(default)]
    pub graduated: Option<String>,
    #[serde(default)]
    pub archived: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub homepage: Option<String>,
    #[serde(default)]
    pub repo: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Landscape {
    pub schema_version: u32,
    pub source: Source,
    pub categories: Vec<Category>,
    pub curated_absent: Vec<Absent>,
    pub items: Vec<Item>,
}

/// Index of a stage value in `STAGE_VALUES`.
pub fn stage_index(stage: &str) -> Option<usize> {
    STAGE_VALUES.iter().position(|s| *s == stage)
}

fn maturity_index(m: Maturity) -> usize {
    Maturity::ALL.iter().position(|x| *x == m).unwrap_or(0)
}

/// Search text of one item, normalised once.
#[derive(Debug)]
struct Entry {
    /// Normalised name and id.
    names: [String; 2],
    /// Index of the item's subcategory in `Index::subs`.
    sub: usize,
    description: String,
}

/// Normalised names of one subcategory and its category, both languages.
#[derive(Debug)]
struct SubText {
    words: String,
    /// The Korean names without spaces: Korean queries match regardless of spacing.
    ko_compact: String,
}

/// A loaded landscape plus the lookups views need: ids, category and subcategory positions,
/// per-item facet values and search text.
#[derive(Debug)]
pub struct Index {
    pub data: Landscape,
    by_id: HashMap<String, usize>,
    /// (category index, subcategory index within it) per flattened subcategory.
    subs: Vec<(usize, usize)>,
    sub_by_id: HashMap<String, usize>,
    /// Per item: category index, flattened subcategory index, stage value index, maturity index.
    item_cat: Vec<u16>,
    item_sub: Vec<u16>,
    item_stage: Vec<u8>,
    item_maturity: Vec<u8>,
    entries: Vec<Entry>,
    sub_text: Vec<SubText>,
}

/// Lowercase, and turn everything but letters, digits, `+` and `#` into single spaces.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_alphanumeric() || c == '+' || c == '#' {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else {
            space = true;
        }
    }
    out
}

fn is_https(url: &str) -> bool {
    url.starts_with("https://") && url.len() > 8 && !url.chars().any(char::is_whitespace)
}

impl Index {
    /// Parse and check a landscape file. Any reference that does not resolve is an error, so
    /// views can trust every lookup.
    pub fn from_json(json: &str) -> Result<Index, String> {
        let data: Landscape = serde_json::from_str(json).map_err(|e| e.to_string())?;
        Index::new(data)
    }

    pub fn new(data: Landscape) -> Result<Index, String> {
        let mut subs = Vec::new();
        let mut sub_by_id = HashMap::new();
        let mut cat_by_id = HashMap::new();
        let mut sub_text = Vec::new();
        for (ci, c) in data.categories.iter().enumerate() {
            if cat_by_id.insert(c.id.clone(), ci).is_some() {
                return Err(format!("category id {} repeats", c.id));
            }
            for (si, s) in c.subcategories.iter().enumerate() {
                if stage_index(&s.stage).is_none() {
                    return Err(format!("subcategory {}: unknown stage {}", s.id, s.stage));
                }
                if sub_by_id.insert(s.id.clone(), subs.len()).is_some() {
                    return Err(format!("subcategory id {} repeats", s.id));
                }
                subs.push((ci, si));
                let texts = [
                    c.name.en.as_str(),
                    c.name.ko.as_str(),
                    s.name.en.as_str(),
                    s.name.ko.as_str(),
                ];
                sub_text.push(SubText {
                    words: texts.map(normalize).join(" "),
                    ko_compact: [&c.name.ko, &s.name.ko]
                        .map(|t| normalize(t).replace(' ', ""))
                        .join(" "),
                });
            }
        }
        let n = data.items.len();
        let mut by_id = HashMap::with_capacity(n);
        let (mut item_cat, mut item_sub) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let (mut item_stage, mut item_maturity) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let mut entries = Vec::with_capacity(n);
        for (i, it) in data.items.iter().enumerate() {
            if by_id.insert(it.id.clone(), i).is_some() {
                return Err(format!("item id {} repeats", it.id));
            }
            let Some(&sub) = sub_by_id.get(&it.subcategory) else {
                return Err(format!("{}: unknown subcategory {}", it.id, it.subcategory));
            };
            let cat = subs[sub].0;
            if data.categories[cat].id != it.category {
                return Err(format!(
                    "{}: subcategory is not in category {}",
                    it.id, it.category
                ));
            }
            let Some(stage) = stage_index(&it.stage) else {
                return Err(format!("{}: unknown stage {}", it.id, it.stage));
            };
            item_cat.push(cat as u16);
            item_sub.push(sub as u16);
            item_stage.push(stage as u8);
            item_maturity.push(maturity_index(it.maturity) as u8);
            entries.push(Entry {
                names: [normalize(&it.name), normalize(&it.id)],
                sub,
                description: normalize(it.description.as_deref().unwrap_or("")),
            });
        }
        Ok(Index {
            data,
            by_id,
            subs,
            sub_by_id,
            item_cat,
            item_sub,
            item_stage,
            item_maturity,
            entries,
            sub_text,
        })
    }

    pub fn len(&self) -> usize {
        self.data.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.items.is_empty()
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.by_id.get(id).map(|&i| &self.data.items[i])
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn category_of(&self, i: usize) -> &Category {
        &self.data.categories[self.item_cat[i] as usize]
    }

    pub fn subcategory_of(&self, i: usize) -> &Subcategory {
        let (c, s) = self.subs[self.item_sub[i] as usize];
        &self.data.categories[c].subcategories[s]
    }

    pub fn subcategory(&self, id: &str) -> Option<&Subcategory> {
        let &(c, s) = self.subs.get(*self.sub_by_id.get(id)?)?;
        Some(&self.data.categories[c].subcategories[s])
    }

    /// The stage a landscape subcategory maps to (a stage id or `ELSEWHERE`).
    pub fn stage_of_subcategory(&self, id: &str) -> Option<&str> {
        self.subcategory(id).map(|s| s.stage.as_str())
    }

    /// Items on a stage that are not curated projects: the trail's "N more in the landscape".
    pub fn more_in_stage(&self, stage: &str, is_curated: impl Fn(&str) -> bool) -> usize {
        let Some(s) = stage_index(stage) else {
            return 0;
        };
        self.data
            .items
            .iter()
            .zip(&self.item_stage)
            .filter(|(it, st)| **st as usize == s && !is_curated(&it.id))
            .count()
    }

    /// Every problem with the data, one line each (empty when valid): unique ids, https URLs,
    /// dates, and the subcategory's mapping present for each item.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = HashMap::new();
        for it in &self.data.items {
            if let Some(prev) = seen.insert(it.id.to_ascii_lowercase(), &it.id) {
                out.push(format!(
                    "unique-ids: {} and {prev} differ only in case",
                    it.id
                ));
            }
            if !is_id(&it.id) {
                out.push(format!("id-format: {}", it.id));
            }
            for url in [&it.homepage, &it.repo].into_iter().flatten() {
                if !is_https(url) {
                    out.push(format!("https-urls: {}: {url}", it.id));
                }
            }
            for d in [&it.accepted, &it.incubating, &it.graduated, &it.archived]
                .into_iter()
                .flatten()
            {
                if !is_date(d) {
                    out.push(format!("dates: {}: {d}", it.id));
                }
            }
            if it.name.trim().is_empty() {
                out.push(format!("names: {} has no name", it.id));
            }
        }
        for c in &self.data.categories {
            if c.name.ko.trim().is_empty() || c.name.en.trim().is_empty() {
                out.push(format!("both-languages: category {}", c.id));
            }
            for s in &c.subcategories {
                if s.name.ko.trim().is_empty() || s.name.en.trim().is_empty() {
                    out.push(format!("both-languages: subcategory {}", s.id));
                }
            }
        }
        if !is_https(&self.data.source.url) {
            out.push(format!("https-urls: source {}", self.data.source.url));
        }
        if !is_date(&self.data.source.snapshot) {
            out.push(format!(
                "dates: source snapshot {}",
                self.data.source.snapshot
            ));
        }
        out
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The few landscape figures the trail shows without fetching the landscape
/// (`data/landscape-summary.json`, written by the generator beside the data).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub snapshot: String,
    pub total: usize,
    /// Per stage id: landscape items on that stage that are not curated projects.
    pub more: std::collections::BTreeMap<String, usize>,
}

static SUMMARY: std::sync::LazyLock<Option<Summary>> = std::sync::LazyLock::new(|| {
    serde_json::from_str(include_str!("../data/landscape-summary.json")).ok()
});

/// The bundled summary; `None` only if the generated file is broken (a test guards it).
pub fn summary() -> Option<&'static Summary> {
    SUMMARY.as_ref()
}

/// "N more in the landscape" for a trail stage (0 when unknown).
pub fn more_in_landscape(stage: &str) -> usize {
    summary()
        .and_then(|s| s.more.get(stage).copied())
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------------------------
// URL state

/// The three list facets of `/landscape`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LFacet {
    Stage,
    Category,
    Maturity,
}

impl LFacet {
    pub const ALL: [LFacet; 3] = [LFacet::Stage, LFacet::Category, LFacet::Maturity];

    pub fn key(self) -> &'static str {
        match self {
            LFacet::Stage => keys::STAGE,
            LFacet::Category => keys::CATEGORY,
            LFacet::Maturity => keys::MATURITY,
        }
    }
}

/// Everything on `/landscape` that a link reproduces.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LandscapeQuery {
    pub q: String,
    pub stage: IdList,
    pub category: IdList,
    pub maturity: IdList,
    pub lang: Option<Lang>,
}

impl LandscapeQuery {
    /// Parse `/landscape`'s query string with the same rules as the trail's: comma lists,
    /// case-insensitive, canonical spelling restored, unknown keys and values reported.
    pub fn parse(search: &str, index: &Index) -> (LandscapeQuery, Vec<Ignored>) {
        let mut q = LandscapeQuery::default();
        let mut ignored = Vec::new();
        for (key, value) in pairs(search) {
            let facet = LFacet::ALL.into_iter().find(|f| f.key() == key);
            if let Some(facet) = facet {
                for v in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                    let canon: Option<&str> = match facet {
                        LFacet::Stage => STAGE_VALUES.iter().copied().find(|s| eq_ci(s, v)),
                        LFacet::Maturity => Maturity::ALL
                            .into_iter()
                            .map(Maturity::id)
                            .find(|m| eq_ci(m, v)),
                        LFacet::Category => index
                            .data
                            .categories
                            .iter()
                            .map(|c| c.id.as_str())
                            .find(|c| eq_ci(c, v)),
                    };
                    match canon {
                        Some(c) => {
                            q.list_mut(facet).insert(c);
                        }
                        None => ignored.push(Ignored {
                            key: key.clone(),
                            value: v.to_string(),
                        }),
                    }
                }
                continue;
            }
            let v = value.trim();
            match key.as_str() {
                keys::Q => {
                    let cleaned = clean_q(v);
                    if !cleaned.is_empty() {
                        q.q = cleaned;
                    }
                }
                keys::LANG => match Lang::parse(v) {
                    Some(l) => q.lang = Some(l),
                    None if v.is_empty() => {}
                    None => ignored.push(Ignored {
                        key: key.clone(),
                        value: v.to_string(),
                    }),
                },
                _ => {
                    if !(key.is_empty() && v.is_empty()) {
                        ignored.push(Ignored {
                            key: key.clone(),
                            value: value.clone(),
                        });
                    }
                }
            }
        }
        (q, ignored)
    }

    pub fn list(&self, f: LFacet) -> &IdList {
        match f {
            LFacet::Stage => &self.stage,
            LFacet::Category => &self.category,
            LFacet::Maturity => &self.maturity,
        }
    }

    pub fn list_mut(&mut self, f: LFacet) -> &mut IdList {
        match f {
            LFacet::Stage => &mut self.stage,
            LFacet::Category => &mut self.category,
            LFacet::Maturity => &mut self.maturity,
        }
    }

    pub fn toggle(&mut self, f: LFacet, value: &str) {
        self.list_mut(f).toggle(value);
    }

    /// Print in a fixed key order; empty values left out.
    pub fn to_search(&self) -> String {
        let mut out: Vec<(&str, String)> = Vec::new();
        if !self.q.is_empty() {
            out.push((keys::Q, self.q.clone()));
        }
        for f in LFacet::ALL {
            if !self.list(f).is_empty() {
                out.push((f.key(), self.list(f).to_string()));
            }
        }
        if let Some(l) = self.lang {
            out.push((keys::LANG, l.code().to_string()));
        }
        print(&out)
    }

    pub fn is_unfiltered(&self) -> bool {
        self.q.is_empty() && LFacet::ALL.into_iter().all(|f| self.list(f).is_empty())
    }
}

// ---------------------------------------------------------------------------------------------
// Search

/// Shortest ASCII term for which one typo is forgiven (against whole words only).
const TYPO_MIN_LEN: usize = 4;

/// A query normalised once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prepared {
    terms: Vec<String>,
    whole: String,
}

impl Prepared {
    pub fn new(q: &str) -> Prepared {
        let whole = normalize(q);
        let terms = whole
            .split(' ')
            .filter(|t| !t.is_empty())
            .map(String::from)
            .collect();
        Prepared { terms, whole }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Damerau-Levenshtein (optimal string alignment) distance at most 1.
fn within_one(a: &[u8], b: &[u8]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let Some(i) = a.iter().zip(b).position(|(x, y)| x != y) else {
        return true;
    };
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Equal => {
            a[i + 1..] == b[i + 1..]
                || (i + 1 < a.len()
                    && a[i] == b[i + 1]
                    && a[i + 1] == b[i]
                    && a[i + 2..] == b[i + 2..])
        }
        std::cmp::Ordering::Greater => a[i + 1..] == b[i..],
        std::cmp::Ordering::Less => a[i..] == b[i + 1..],
    }
}

/// `Some(true)`: a substring of `words`; `Some(false)`: one typo from a whole word.
fn field_match(words: &str, term: &str) -> Option<bool> {
    if words.contains(term) {
        return Some(true);
    }
    let typo = term.is_ascii() && term.len() >= TYPO_MIN_LEN;
    if typo
        && words
            .split(' ')
            .any(|w| w.len() >= TYPO_MIN_LEN && within_one(term.as_bytes(), w.as_bytes()))
    {
        return Some(false);
    }
    None
}

mod weight {
    pub const NAME_EXACT: u32 = 1_000;
    pub const NAME_PREFIX: u32 = 800;
    pub const NAME_SUBSTRING: u32 = 600;
    pub const NAME_TYPO: u32 = 400;
    pub const CATEGORY: u32 = 100;
    pub const CATEGORY_TYPO: u32 = 60;
    pub const DESCRIPTION: u32 = 20;
    pub const DESCRIPTION_TYPO: u32 = 10;
    pub const WHOLE_NAME: u32 = 10_000;
}

impl Index {
    /// Score of item `i` for a prepared query; `None` when some term matches nowhere.
    pub fn score(&self, i: usize, q: &Prepared) -> Option<u32> {
        if q.is_empty() {
            return Some(0);
        }
        let e = self.entries.get(i)?;
        let sub = &self.sub_text[e.sub];
        // A Korean query typed without spaces ("서비스메시") matches "서비스 메시".
        let compact = q.whole.replace(' ', "");
        if !compact.is_ascii() && sub.ko_compact.contains(&compact) {
            return Some(weight::CATEGORY * q.terms.len() as u32);
        }
        let mut total = 0u32;
        for t in &q.terms {
            let name = e.names.iter().filter_map(|n| {
                if n == t {
                    Some(weight::NAME_EXACT)
                } else if n.starts_with(t.as_str()) {
                    Some(weight::NAME_PREFIX)
                } else if n.contains(t.as_str()) {
                    Some(weight::NAME_SUBSTRING)
                } else {
                    field_match(n, t).map(|_| weight::NAME_TYPO)
                }
            });
            let s = name.max().or_else(|| {
                field_match(&sub.words, t)
                    .map(|exact| {
                        if exact {
                            weight::CATEGORY
                        } else {
                            weight::CATEGORY_TYPO
                        }
                    })
                    .or_else(|| {
                        (!t.is_ascii() && sub.ko_compact.contains(t.as_str()))
                            .then_some(weight::CATEGORY)
                    })
                    .or_else(|| {
                        field_match(&e.description, t).map(|exact| {
                            if exact {
                                weight::DESCRIPTION
                            } else {
                                weight::DESCRIPTION_TYPO
                            }
                        })
                    })
            })?;
            total += s;
        }
        if e.names.contains(&q.whole) {
            total += weight::WHOLE_NAME;
        }
        Some(total)
    }

    /// Scores of every item for `q` (in data order). Views keep this per search text, so a
    /// facet toggle does not search again.
    pub fn scores(&self, q: &str) -> Vec<Option<u32>> {
        let p = Prepared::new(q);
        (0..self.len()).map(|i| self.score(i, &p)).collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Results and facet counts

/// One visible group: a category and its matching items, best first when searching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub category: usize,
    pub items: Vec<usize>,
}

/// What `/landscape` shows for one query: groups and the count of every facet value (each
/// facet counted with the other facets and the search applied, not itself).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub groups: Vec<Group>,
    pub total: usize,
    /// Indexed like `STAGE_VALUES`.
    pub stage_counts: Vec<usize>,
    /// Indexed like `data.categories`.
    pub category_counts: Vec<usize>,
    /// Indexed like `Maturity::ALL`.
    pub maturity_counts: Vec<usize>,
}

impl Index {
    /// One pass over the items: visible groups and every facet count.
    pub fn results(&self, query: &LandscapeQuery, scores: &[Option<u32>]) -> Results {
        let want = |list: &IdList, value: &str| list.is_empty() || list.contains(value);
        let stage_ok: Vec<bool> = STAGE_VALUES.iter().map(|s| want(&query.stage, s)).collect();
        let cat_ok: Vec<bool> = self
            .data
            .categories
            .iter()
            .map(|c| want(&query.category, &c.id))
            .collect();
        let mat_ok: Vec<bool> = Maturity::ALL
            .iter()
            .map(|m| want(&query.maturity, m.id()))
            .collect();
        let mut r = Results {
            groups: Vec::new(),
            total: 0,
            stage_counts: vec![0; STAGE_VALUES.len()],
            category_counts: vec![0; self.data.categories.len()],
            maturity_counts: vec![0; Maturity::ALL.len()],
        };
        let mut by_cat: Vec<Vec<(u32, usize)>> = vec![Vec::new(); self.data.categories.len()];
        for i in 0..self.len() {
            let Some(score) = scores.get(i).copied().flatten() else {
                continue;
            };
            let (s, c, m) = (
                self.item_stage[i] as usize,
                self.item_cat[i] as usize,
                self.item_maturity[i] as usize,
            );
            let (so, co, mo) = (stage_ok[s], cat_ok[c], mat_ok[m]);
            if co && mo {
                r.stage_counts[s] += 1;
            }
            if so && mo {
                r.category_counts[c] += 1;
            }
            if so && co {
                r.maturity_counts[m] += 1;
            }
            if so && co && mo {
                by_cat[c].push((score, i));
                r.total += 1;
            }
        }
        let searching = !Prepared::new(&query.q).is_empty();
        let mut groups: Vec<(u32, Group)> = by_cat
            .into_iter()
            .enumerate()
            .filter(|(_, v)| !v.is_empty())
            .map(|(c, mut v)| {
                if searching {
                    // Best first; the sort is stable, so ties keep landscape order.
                    v.sort_by_key(|x| std::cmp::Reverse(x.0));
                }
                let best = v.first().map(|x| x.0).unwrap_or(0);
                (
                    best,
                    Group {
                        category: c,
                        items: v.into_iter().map(|x| x.1).collect(),
                    },
                )
            })
            .collect();
        if searching {
            groups.sort_by_key(|g| std::cmp::Reverse(g.0));
        }
        r.groups = groups.into_iter().map(|g| g.1).collect();
        r
    }
}

/// A row of the virtualized list: a category heading or an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Row {
    Heading { category: usize, count: usize },
    Item(usize),
}

/// The rows of a result, in display order.
pub fn rows(r: &Results) -> Vec<Row> {
    let mut out = Vec::with_capacity(r.total + r.groups.len());
    for g in &r.groups {
        out.push(Row::Heading {
            category: g.category,
            count: g.items.len(),
        });
        out.extend(g.items.iter().map(|&i| Row::Item(i)));
    }
    out
}

/// The rows to render for a window: `[first, last)` of `len` rows of `row_height` pixels,
/// when `scroll` pixels of the list are above the viewport's top and the viewport is
/// `viewport` pixels high, plus `overscan` rows on each side.
pub fn window(
    len: usize,
    row_height: f64,
    scroll: f64,
    viewport: f64,
    overscan: usize,
) -> (usize, usize) {
    if len == 0 || row_height <= 0.0 || !row_height.is_finite() {
        return (0, 0);
    }
    let scroll = if scroll.is_finite() {
        scroll.max(0.0)
    } else {
        0.0
    };
    let viewport = if viewport.is_finite() {
        viewport.max(0.0)
    } else {
        0.0
    };
    let first = ((scroll / row_height).floor() as usize).min(len);
    let visible = (viewport / row_height).ceil() as usize + 1;
    let start = first.saturating_sub(overscan);
    let end = first
        .saturating_add(visible)
        .saturating_add(overscan)
        .min(len);
    (start.min(end), end)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = r#"{
"schema_version":1,
"source":{"name":"CNCF Cloud Native Landscape","url":"https://github.com/cncf/landscape","file":"landscape.yml","commit":null,"snapshot":"2026-08-07","license":"Apache-2.0"},
"categories":[
{"id":"observability-and-analysis","name":{"ko":"관측 가능성과 분석","en":"Observability and Analysis"},"subcategories":[{"id":"observability-and-analysis--observability","name":{"ko":"관측 가능성","en":"Observability"},"stage":"observability"}]},
{"id":"orchestration-and-management","name":{"ko":"오케스트레이션과 관리","en":"Orchestration & Management"},"subcategories":[{"id":"orchestration-and-management--service-mesh","name":{"ko":"서비스 메시","en":"Service Mesh"},"stage":"service-mesh"}]},
{"id":"serverless","name":{"ko":"서버리스","en":"Serverless"},"subcategories":[{"id":"serverless--framework","name":{"ko":"프레임워크","en":"Framework"},"stage":"elsewhere"}]}
],
"curated_absent":[],
"items":[
{"id":"prometheus","name":"Prometheus","category":"observability-and-analysis","subcategory":"observability-and-analysis--observability","stage":"observability","maturity":"graduated","accepted":"2016-05-09","homepage":"https://prometheus.io"},
{"id":"zipkin","name":"Zipkin","category":"observability-and-analysis","subcategory":"observability-and-analysis--observability","stage":"observability","maturity":"not-cncf","description":"Distributed tracing system"},
{"id":"kuma","name":"Kuma","category":"orchestration-and-management","subcategory":"orchestration-and-management--service-mesh","stage":"service-mesh","maturity":"sandbox"},
{"id":"open-service-mesh","name":"Open Service Mesh","category":"orchestration-and-management","subcategory":"orchestration-and-management--service-mesh","stage":"service-mesh","maturity":"archived"},
{"id":"openfaas","name":"OpenFaaS","category":"serverless","subcategory":"serverless--framework","stage":"elsewhere","maturity":"not-cncf","description":"Serverless functions made simple"}
]}"#;

    fn index() -> Index {
        Index::from_json(FIXTURE).unwrap()
    }

    fn names(ix: &Index, q: &str) -> Vec<String> {
        let query = LandscapeQuery {
            q: q.to_string(),
            ..LandscapeQuery::default()
        };
        let r = ix.results(&query, &ix.scores(q));
        r.groups
            .iter()
            .flat_map(|g| g.items.iter().map(|&i| ix.data.items[i].id.clone()))
            .collect()
    }

    #[test]
    fn loads_and_looks_up() {
        let ix = index();
        assert_eq!(ix.len(), 5);
        assert_eq!(ix.item("kuma").unwrap().name, "Kuma");
        assert!(ix.item("nope").is_none());
        assert_eq!(
            ix.stage_of_subcategory("serverless--framework"),
            Some(ELSEWHERE)
        );
        assert_eq!(ix.category_of(2).id, "orchestration-and-management");
        assert_eq!(ix.subcategory_of(0).name.ko, "관측 가능성");
        assert_eq!(
            ix.more_in_stage("observability", |id| id == "prometheus"),
            1
        );
        assert_eq!(ix.more_in_stage("nowhere", |_| false), 0);
        assert_eq!(ix.problems(), Vec::<String>::new());
    }

    #[test]
    fn rejects_bad_references_and_unknown_fields() {
        let bad_sub = FIXTURE.replace(
            r#""subcategory":"serverless--framework","stage":"elsewhere","maturity":"not-cncf","description""#,
            r#""subcategory":"serverless--nope","stage":"elsewhere","maturity":"not-cncf","description""#,
        );
        assert!(Index::from_json(&bad_sub)
            .unwrap_err()
            .contains("unknown subcategory"));
        let bad_stage = FIXTURE.replace(r#""stage":"elsewhere"}"#, r#""stage":"nowhere"}"#);
        assert!(Index::from_json(&bad_stage)
            .unwrap_err()
            .contains("unknown stage"));
        let extra = FIXTURE.replace(r#""id":"kuma","#, r#""id":"kuma","extra":1,"#);
        assert!(Index::from_json(&extra).is_err());
        let dup = FIXTURE.replace(r#""id":"kuma""#, r#""id":"zipkin""#);
        assert!(Index::from_json(&dup).unwrap_err().contains("repeats"));
        assert!(Index::from_json("").is_err());
        assert!(Index::from_json("{}").is_err());
    }

    #[test]
    fn problems_reports_http_and_bad_dates() {
        let mut ix = index();
        ix.data.items[0].homepage = Some("http://prometheus.io".into());
        ix.data.items[1].accepted = Some("2016-5-9".into());
        let p = ix.problems();
        assert!(
            p.iter().any(|l| l.starts_with("https-urls: prometheus")),
            "{p:?}"
        );
        assert!(p.iter().any(|l| l.starts_with("dates: zipkin")), "{p:?}");
    }

    #[test]
    fn search_by_name_typo_category_and_description() {
        let ix = index();
        assert_eq!(names(&ix, "prometheus"), ["prometheus"]);
        assert_eq!(names(&ix, "promethues"), ["prometheus"]);
        assert_eq!(names(&ix, "PROM"), ["prometheus"]);
        assert_eq!(names(&ix, "tracing"), ["zipkin"]);
        assert_eq!(names(&ix, "tracnig"), ["zipkin"]);
        // Name matches come before category matches, and groups follow their best item.
        assert_eq!(names(&ix, "service mesh"), ["open-service-mesh", "kuma"]);
        assert_eq!(names(&ix, "zzzz"), Vec::<String>::new());
        // Typos are forgiven against whole words only, and not for short terms.
        assert_eq!(names(&ix, "kum"), ["kuma"]);
        assert_eq!(names(&ix, "kxm"), Vec::<String>::new());
        assert_eq!(names(&ix, "promx"), Vec::<String>::new());
        assert_eq!(names(&ix, "").len(), 5);
    }

    #[test]
    fn korean_queries_match_korean_category_names() {
        let ix = index();
        assert_eq!(names(&ix, "서비스 메시"), ["kuma", "open-service-mesh"]);
        assert_eq!(names(&ix, "서비스메시"), ["kuma", "open-service-mesh"]);
        assert_eq!(names(&ix, "서버리스"), ["openfaas"]);
        assert_eq!(names(&ix, "관측"), ["prometheus", "zipkin"]);
        assert_eq!(names(&ix, "없는말"), Vec::<String>::new());
    }

    #[test]
    fn facet_counts_exclude_their_own_facet() {
        let ix = index();
        let (q, ignored) = LandscapeQuery::parse("?stage=service-mesh&maturity=sandbox", &ix);
        assert!(ignored.is_empty());
        let r = ix.results(&q, &ix.scores(&q.q));
        assert_eq!(r.total, 1);
        // Stage counts apply maturity only: sandbox items per stage.
        assert_eq!(r.stage_counts[stage_index("service-mesh").unwrap()], 1);
        assert_eq!(r.stage_counts[stage_index("observability").unwrap()], 0);
        // Maturity counts apply stage only: service-mesh items per maturity.
        assert_eq!(r.maturity_counts, vec![0, 0, 1, 1, 0]);
        assert_eq!(r.category_counts, vec![0, 1, 0]);
        assert_eq!(
            rows(&r),
            vec![
                Row::Heading {
                    category: 1,
                    count: 1
                },
                Row::Item(2)
            ]
        );
    }

    #[test]
    fn query_follows_the_trail_rules() {
        let ix = index();
        let (q, ignored) = LandscapeQuery::parse(
            "?stage=Observability,ELSEWHERE,nowhere&category=SERVERLESS,x&maturity=Graduated%2Cripe&lang=ko&q=+mesh+&foo=bar&stage=observability",
            &ix,
        );
        assert_eq!(q.stage.to_string(), "observability,elsewhere");
        assert_eq!(q.category.to_string(), "serverless");
        assert_eq!(q.maturity.to_string(), "graduated");
        assert_eq!(q.q, "mesh");
        assert_eq!(q.lang, Some(Lang::Ko));
        let bad: Vec<(&str, &str)> = ignored
            .iter()
            .map(|i| (i.key.as_str(), i.value.as_str()))
            .collect();
        assert_eq!(
            bad,
            [
                ("stage", "nowhere"),
                ("category", "x"),
                ("maturity", "ripe"),
                ("foo", "bar")
            ]
        );
        let printed = q.to_search();
        assert_eq!(
            printed,
            "?q=mesh&stage=observability,elsewhere&category=serverless&maturity=graduated&lang=ko"
        );
        assert_eq!(LandscapeQuery::parse(&printed, &ix).0, q);
        let long = format!("?q={}", "가".repeat(500));
        assert_eq!(LandscapeQuery::parse(&long, &ix).0.q.chars().count(), 200);
        for hostile in [
            "?q=%",
            "?stage=%E0%A4",
            "?&&=&",
            "?q=<script>",
            "?category=,,,",
        ] {
            let (q, _) = LandscapeQuery::parse(hostile, &ix);
            let _ = ix.results(&q, &ix.scores(&q.q));
        }
    }

    #[test]
    fn window_renders_only_what_is_on_screen() {
        assert_eq!(window(0, 50.0, 0.0, 800.0, 5), (0, 0));
        assert_eq!(window(2413, 50.0, 0.0, 800.0, 5), (0, 22));
        assert_eq!(window(2413, 50.0, 5000.0, 800.0, 5), (95, 122));
        assert_eq!(window(10, 50.0, 1e9, 800.0, 5), (5, 10));
        assert_eq!(window(10, 50.0, f64::NAN, f64::INFINITY, 2), (0, 3));
        assert_eq!(window(10, 0.0, 0.0, 800.0, 2), (0, 0));
    }
}
