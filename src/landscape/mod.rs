//! The whole CNCF landscape (`data/landscape.json`): types, loading, the `/landscape` URL
//! state, search and facet counts. Pure: no browser, tested natively.

use crate::catalog::{Maturity, Text, STAGE_IDS};
use crate::text::is_https;
use serde::Deserialize;
use std::collections::HashMap;

pub mod compare;
mod list;
mod query;
mod search;

pub use list::{rows, window, Group, Results, Row};
pub use query::{LFacet, LandscapeQuery};
pub use search::Prepared;

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

/// A well-formed landscape id: lowercase words of letters and digits joined by `-`.
pub fn is_id(s: &str) -> bool {
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
    serde_json::from_str(include_str!("../../data/landscape-summary.json")).ok()
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

#[cfg(test)]
pub(crate) mod fixture {
    use super::*;

    pub const FIXTURE: &str = r#"{
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

    pub fn index() -> Index {
        Index::from_json(FIXTURE).unwrap()
    }

    pub fn names(ix: &Index, q: &str) -> Vec<String> {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::landscape::fixture::{index, FIXTURE};

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
}
