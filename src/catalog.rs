//! The curated dataset: its types (the schema), loading, and lookups. Pure Rust, no browser.

mod current;
mod fill;
mod split;
mod text;

pub use current::{add_language, bundled, catalog, generation, install};
pub use split::{merge_halves, split_lang};
pub use text::Text;

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The whole dataset, `data/trailmap.json` minified by `build.rs`: native builds (tests, the
/// prerenderer, the benchmarks) carry it; the wasm does not, it fetches one language's half
/// at start-up (`data-<lang>-<hash>.json`, see `boot`) and the other when the reader
/// switches.
#[cfg(not(target_arch = "wasm32"))]
pub const DATASET_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.json"));

/// The ten stages of the trail, in order; a stage's step is its position plus one.
/// Stage ids appear in shared URLs: they never change.
pub const STAGE_IDS: [&str; 10] = [
    "containerization",
    "ci-cd",
    "orchestration",
    "observability",
    "service-mesh",
    "networking-security",
    "database-storage",
    "streaming-messaging",
    "registry-runtime",
    "software-distribution",
];

/// UI and content language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ko,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ko, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "ko" => Some(Lang::Ko),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// CNCF maturity today. Order is the display order of the maturity facet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Maturity {
    Graduated,
    Incubating,
    Sandbox,
    Archived,
    NotCncf,
}

impl Maturity {
    pub const ALL: [Maturity; 5] = [
        Maturity::Graduated,
        Maturity::Incubating,
        Maturity::Sandbox,
        Maturity::Archived,
        Maturity::NotCncf,
    ];

    /// The id used in URLs and in the dataset.
    pub fn id(self) -> &'static str {
        match self {
            Maturity::Graduated => "graduated",
            Maturity::Incubating => "incubating",
            Maturity::Sandbox => "sandbox",
            Maturity::Archived => "archived",
            Maturity::NotCncf => "not-cncf",
        }
    }

    pub fn from_id(id: &str) -> Option<Maturity> {
        Maturity::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// The badge a project wore on the v20200501 poster.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MapBadge {
    Graduated,
    Incubating,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnMap2020 {
    pub step: u8,
    pub badge: Option<MapBadge>,
}

/// CNCF status and the dates it changed (`YYYY-MM-DD`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cncf {
    pub status: Maturity,
    pub accepted: Option<String>,
    pub incubating: Option<String>,
    pub graduated: Option<String>,
    pub archived: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RelationKind {
    Alternative,
    Successor,
    Complements,
    Implements,
    PartOf,
}

impl RelationKind {
    pub fn id(self) -> &'static str {
        match self {
            RelationKind::Alternative => "alternative",
            RelationKind::Successor => "successor",
            RelationKind::Complements => "complements",
            RelationKind::Implements => "implements",
            RelationKind::PartOf => "part-of",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Related {
    pub id: String,
    pub kind: RelationKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub id: String,
    /// Former ids that still resolve to this project (links and bookmarks depend on them).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Extra words search treats as the project's name: abbreviations (`k8s`), Hangul
    /// spellings, former names. Not ids: they never appear in URLs.
    #[serde(default)]
    pub search_aliases: Vec<String>,
    pub name: String,
    pub stage: String,
    pub also_in: Vec<String>,
    pub on_map_2020: Option<OnMap2020>,
    /// The step whose text on the v20200501 poster names this project although the poster
    /// shows no logo for it (Docker, Calico, Flannel, Weave Net). Never set together with
    /// `on_map_2020`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub named_in_map_text_2020: Option<u8>,
    pub cncf: Cncf,
    pub language: Option<String>,
    pub license: String,
    pub homepage: String,
    pub repo: String,
    /// The project's official documentation in Korean, where the project publishes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs_ko: Option<String>,
    /// Year of the first public release.
    pub first_release: Option<u16>,
    pub origin: Text,
    pub tagline: Text,
    pub what: Text,
    pub why: Text,
    pub features: Vec<Text>,
    pub caveats: Vec<Text>,
    pub use_cases: Vec<Text>,
    pub tags: Vec<String>,
    pub related: Vec<Related>,
    pub sources: Vec<String>,
}

impl Project {
    pub fn maturity(&self) -> Maturity {
        self.cncf.status
    }

    /// Primary stage first, then the others it serves.
    pub fn stage_ids(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.stage.as_str()).chain(self.also_in.iter().map(String::as_str))
    }

    pub fn in_stage(&self, stage_id: &str) -> bool {
        self.stage_ids().any(|s| s == stage_id)
    }

    /// The project that replaced this one, if the dataset names one.
    pub fn successor(&self) -> Option<&str> {
        self.related
            .iter()
            .find(|r| r.kind == RelationKind::Successor)
            .map(|r| r.id.as_str())
    }

    /// The project this one is part of (its `part-of` relation): Kustomize is part of
    /// Kubernetes, Fluent Bit of Fluentd. Such a project is CNCF-hosted through its parent and
    /// carries the parent's CNCF status and dates (the `part-of` check enforces it), so every
    /// view that shows maturity shows the parent's, labelled "part of <parent>".
    pub fn part_of(&self) -> Option<&str> {
        self.related
            .iter()
            .find(|r| r.kind == RelationKind::PartOf)
            .map(|r| r.id.as_str())
    }

    /// How the 2020 poster presented this project.
    pub fn map_2020(&self) -> Map2020 {
        match (&self.on_map_2020, self.named_in_map_text_2020) {
            (Some(m), _) => Map2020::Shown {
                step: m.step,
                badge: m.badge,
            },
            (None, Some(step)) => Map2020::NamedInText { step },
            (None, None) => Map2020::Absent,
        }
    }
}

/// How the v20200501 poster presented a project: with a logo at a step, named only in a
/// step's text, or not at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Map2020 {
    Shown { step: u8, badge: Option<MapBadge> },
    NamedInText { step: u8 },
    Absent,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: String,
    pub step: u8,
    pub optional: bool,
    pub title: Text,
    pub summary: Text,
    pub guidance: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tag {
    pub id: String,
    pub label: Text,
}

/// One of the map's "help along the way" items.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpItem {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub url: String,
    /// Where the facts in `text` come from, when `url` alone does not show them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub id: String,
    pub title: Text,
    pub projects: Vec<String>,
    pub narrative: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapInfo {
    pub name: String,
    pub version: String,
    pub url: String,
}

/// The dataset. `Default` is the empty catalog the app runs on when the bundled one can't
/// be read (it then shows the error instead of content).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub schema_version: u32,
    /// The day the dataset was last checked as a whole (texts, licenses, languages, releases,
    /// links), `YYYY-MM-DD`.
    pub as_of: String,
    /// The date the CNCF status and dates are as of: the day of the CNCF landscape snapshot
    /// they were taken from and checked against. No CNCF date may be later. When absent,
    /// `as_of` is that date too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cncf_as_of: Option<String>,
    pub map: MapInfo,
    pub cloud_native: Text,
    pub help: Vec<HelpItem>,
    pub tags: Vec<Tag>,
    pub stages: Vec<Stage>,
    pub projects: Vec<Project>,
    pub comparisons: Vec<Comparison>,
}

impl Catalog {
    pub fn from_json(json: &str) -> Result<Catalog, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The date the CNCF facts are as of (`cncf_as_of`, else `as_of`).
    pub fn cncf_as_of(&self) -> &str {
        self.cncf_as_of.as_deref().unwrap_or(&self.as_of)
    }

    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    pub fn tag(&self, id: &str) -> Option<&Tag> {
        self.tags.iter().find(|t| t.id == id)
    }

    pub fn comparison(&self, id: &str) -> Option<&Comparison> {
        self.comparisons.iter().find(|c| c.id == id)
    }

    /// Projects whose primary stage is `stage_id`, in dataset order.
    pub fn projects_in_stage<'a>(&'a self, stage_id: &'a str) -> impl Iterator<Item = &'a Project> {
        self.projects.iter().filter(move |p| p.stage == stage_id)
    }

    /// Curated comparisons that include `project_id`.
    pub fn comparisons_with<'a>(
        &'a self,
        project_id: &'a str,
    ) -> impl Iterator<Item = &'a Comparison> {
        self.comparisons
            .iter()
            .filter(move |c| c.projects.iter().any(|p| p == project_id))
    }
}

/// A catalog plus an index from every id and alias to its project.
pub struct Indexed {
    pub catalog: Catalog,
    by_id: HashMap<String, usize>,
    /// Set when the bundled dataset could not be read; the app shows it instead of content.
    pub load_error: Option<String>,
}

impl Indexed {
    pub fn new(catalog: Catalog) -> Indexed {
        let mut by_id = HashMap::new();
        for (i, p) in catalog.projects.iter().enumerate() {
            for alias in &p.aliases {
                by_id.entry(alias.clone()).or_insert(i);
            }
        }
        // Canonical ids win over aliases.
        for (i, p) in catalog.projects.iter().enumerate() {
            by_id.insert(p.id.clone(), i);
        }
        Indexed {
            catalog,
            by_id,
            load_error: None,
        }
    }

    pub fn parse(json: &str) -> Indexed {
        match Catalog::from_json(json) {
            Ok(c) => Indexed::new(c),
            Err(e) => Indexed {
                catalog: Catalog::default(),
                by_id: HashMap::new(),
                load_error: Some(e.to_string()),
            },
        }
    }

    /// Look a project up by id or former id.
    pub fn project(&self, id: &str) -> Option<&Project> {
        self.by_id.get(id).map(|&i| &self.catalog.projects[i])
    }

    /// The current id for `id`, following aliases.
    pub fn canonical_id(&self, id: &str) -> Option<&str> {
        self.project(id).map(|p| p.id.as_str())
    }
}
