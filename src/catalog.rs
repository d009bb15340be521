//! The curated dataset: its types (the schema), loading, and lookups. Pure Rust, no browser.

mod split;

pub use split::{merge_halves, split_lang};

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

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

/// A text in both languages.
///
/// A per-language data file carries one side only: the missing side reads as empty (serde
/// default; the dataset checks still demand both in `data/trailmap.json`) until
/// [`Catalog::fill_language`] supplies it. That happens in place, through `&self`, so the
/// `&'static` items the views hold show the new language without being rebuilt.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub ko: String,
    #[serde(default)]
    pub en: String,
    /// The side that arrived later, for the language whose field above is empty.
    #[serde(skip)]
    late: OnceLock<(Lang, String)>,
}

impl Text {
    pub fn new(ko: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            ko: ko.into(),
            en: en.into(),
            late: OnceLock::new(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        let own = match lang {
            Lang::Ko => &self.ko,
            Lang::En => &self.en,
        };
        if !own.is_empty() {
            return own;
        }
        match self.late.get() {
            Some((l, s)) if *l == lang => s,
            _ => "",
        }
    }

    /// Supply `lang`'s side if this text lacks it. Returns whether it did.
    fn fill(&self, lang: Lang, value: &str) -> bool {
        !value.is_empty()
            && self.get(lang).is_empty()
            && self.late.set((lang, value.to_string())).is_ok()
    }
}

/// Equal when both languages read the same, however they arrived.
impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        Lang::ALL.iter().all(|&l| self.get(l) == other.get(l))
    }
}

impl Eq for Text {}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Text", 2)?;
        st.serialize_field("ko", self.get(Lang::Ko))?;
        st.serialize_field("en", self.get(Lang::En))?;
        st.end()
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

    /// Every text of the catalog, grouped by what it belongs to (`project:<id>` …), in a
    /// fixed order: the pairing [`Catalog::fill_language`] relies on.
    fn text_groups(&self) -> Vec<(String, Vec<&Text>)> {
        let mut groups = vec![("cloud_native".to_string(), vec![&self.cloud_native])];
        for h in &self.help {
            groups.push((format!("help:{}", h.id), vec![&h.title, &h.text]));
        }
        for t in &self.tags {
            groups.push((format!("tag:{}", t.id), vec![&t.label]));
        }
        for s in &self.stages {
            let mut texts = vec![&s.title, &s.summary];
            texts.extend(&s.guidance);
            groups.push((format!("stage:{}:{}", s.id, s.guidance.len()), texts));
        }
        for p in &self.projects {
            let mut texts = vec![&p.origin, &p.tagline, &p.what, &p.why];
            texts.extend(&p.features);
            texts.extend(&p.caveats);
            texts.extend(&p.use_cases);
            let shape = format!(
                "project:{}:{}:{}:{}",
                p.id,
                p.features.len(),
                p.caveats.len(),
                p.use_cases.len()
            );
            groups.push((shape, texts));
        }
        for c in &self.comparisons {
            groups.push((format!("comparison:{}", c.id), vec![&c.title, &c.narrative]));
        }
        groups
    }

    /// Add `lang`'s texts from `other`, the same dataset read from that language's file, to
    /// this catalog, in place. Nothing changes unless the two have the same date and the
    /// same items with the same number of texts each. Returns how many texts were filled.
    pub fn fill_language(&self, other: &Catalog, lang: Lang) -> Result<usize, String> {
        if self.as_of != other.as_of {
            return Err(format!(
                "the {} data is of {}, the loaded data of {}",
                lang.code(),
                other.as_of,
                self.as_of
            ));
        }
        let mine = self.text_groups();
        let theirs = other.text_groups();
        let same_shape = mine.len() == theirs.len()
            && mine
                .iter()
                .zip(&theirs)
                .all(|((a, ta), (b, tb))| a == b && ta.len() == tb.len());
        if !same_shape {
            return Err(format!(
                "the {} data does not match the loaded data",
                lang.code()
            ));
        }
        let mut filled = 0;
        for ((_, ta), (_, tb)) in mine.iter().zip(&theirs) {
            for (a, b) in ta.iter().zip(tb) {
                filled += usize::from(a.fill(lang, b.get(lang)));
            }
        }
        Ok(filled)
    }

    /// Whether every text reads in `lang` (the data of that language is in).
    pub fn has_language(&self, lang: Lang) -> bool {
        self.text_groups()
            .iter()
            .flat_map(|(_, t)| t)
            .all(|t| !t.get(lang).is_empty())
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

/// The catalog the app runs on. Natively the whole dataset, parsed on first use; in the
/// wasm whatever `install` put there at start-up (an empty catalog before that, which no
/// view sees: the app mounts only once the data is in).
#[cfg(not(target_arch = "wasm32"))]
fn current() -> &'static Indexed {
    static BUNDLED: std::sync::LazyLock<Indexed> =
        std::sync::LazyLock::new(|| Indexed::parse(DATASET_JSON));
    &BUNDLED
}

#[cfg(target_arch = "wasm32")]
static INSTALLED: OnceLock<Indexed> = OnceLock::new();

#[cfg(target_arch = "wasm32")]
fn current() -> &'static Indexed {
    static EMPTY: std::sync::LazyLock<Indexed> =
        std::sync::LazyLock::new(|| Indexed::new(Catalog::default()));
    INSTALLED.get().unwrap_or(&EMPTY)
}

/// Make `catalog` (one language's data file, parsed) the app's catalog, once per page. The
/// other language is added later with [`Catalog::fill_language`] on the same value.
#[cfg(target_arch = "wasm32")]
pub fn install(catalog: Catalog) -> Result<(), &'static str> {
    INSTALLED
        .set(Indexed::new(catalog))
        .map_err(|_| "the catalog is already installed")
}

/// Bumped whenever texts are added to the app's catalog: what is derived from it (the search
/// index) is rebuilt when this changes.
static GENERATION: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// How many times texts have been added to the app's catalog (see [`add_language`]).
pub fn generation() -> u32 {
    GENERATION.load(std::sync::atomic::Ordering::Acquire)
}

/// Add `lang`'s texts from `other` (that language's data file, parsed) to the app's catalog,
/// in place: see [`Catalog::fill_language`].
pub fn add_language(other: &Catalog, lang: Lang) -> Result<(), String> {
    current().catalog.fill_language(other, lang)?;
    GENERATION.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    Ok(())
}

/// Native builds carry the whole dataset: nothing to install.
#[cfg(not(target_arch = "wasm32"))]
pub fn install(_catalog: Catalog) -> Result<(), &'static str> {
    Err("native builds carry the whole dataset")
}

/// The dataset the app runs on.
pub fn bundled() -> &'static Indexed {
    current()
}

/// Shorthand for the app's catalog.
pub fn catalog() -> &'static Catalog {
    &current().catalog
}
