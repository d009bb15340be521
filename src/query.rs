//! URL state for the trail: parse and print query strings. Pure; round-trip tested.

use crate::catalog::{Indexed, Lang};

/// Every URL query key the app reads or writes. Documented in the README; never rename.
pub mod keys {
    pub const Q: &str = "q";
    pub const STAGE: &str = "stage";
    pub const MATURITY: &str = "maturity";
    pub const LANGUAGE: &str = "language";
    pub const LICENSE: &str = "license";
    pub const TAG: &str = "tag";
    pub const SAVED: &str = "saved";
    pub const LANG: &str = "lang";
    pub const IDS: &str = "ids";
    pub const DIFF: &str = "diff";
}

/// The five list facets of the filter bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    Stage,
    Maturity,
    Language,
    License,
    Tag,
}

impl Facet {
    pub const ALL: [Facet; 5] = [
        Facet::Stage,
        Facet::Maturity,
        Facet::Language,
        Facet::License,
        Facet::Tag,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Facet::Stage => keys::STAGE,
            Facet::Maturity => keys::MATURITY,
            Facet::Language => keys::LANGUAGE,
            Facet::License => keys::LICENSE,
            Facet::Tag => keys::TAG,
        }
    }
}

/// An ordered, duplicate-free list of values, written in the URL as one comma-joined value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct IdList(pub Vec<String>);

/// A key or value from the URL that was not understood and so was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    pub key: String,
    pub value: String,
}

/// Everything on the trail (`/`) that a link reproduces.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrailQuery {
    pub q: String,
    pub stage: IdList,
    pub maturity: IdList,
    pub language: IdList,
    pub license: IdList,
    pub tag: IdList,
    pub saved: bool,
    pub lang: Option<Lang>,
}

/// Decode a raw query string (with or without the leading `?`) into key/value pairs.
/// Never fails: bad escapes and invalid UTF-8 are decoded lossily.
pub fn pairs(search: &str) -> Vec<(String, String)> {
    let _ = search;
    Vec::new()
}

/// Encode pairs as a query string: `""` when empty, else `"?k=v&..."`.
pub fn print(pairs: &[(&str, String)]) -> String {
    let _ = pairs;
    String::new()
}

impl TrailQuery {
    /// Parse the trail's query string, keeping only values the catalog knows
    /// (canonical spelling restored) and reporting the rest.
    pub fn parse(search: &str, index: &Indexed) -> (TrailQuery, Vec<Ignored>) {
        let _ = (search, index);
        (TrailQuery::default(), Vec::new())
    }

    /// Print in a fixed key order; default values are left out.
    pub fn to_search(&self) -> String {
        String::new()
    }

    /// True when no filter and no search text is set (`lang` does not count).
    pub fn is_unfiltered(&self) -> bool {
        true
    }

    pub fn list(&self, facet: Facet) -> &IdList {
        match facet {
            Facet::Stage => &self.stage,
            Facet::Maturity => &self.maturity,
            Facet::Language => &self.language,
            Facet::License => &self.license,
            Facet::Tag => &self.tag,
        }
    }

    pub fn list_mut(&mut self, facet: Facet) -> &mut IdList {
        match facet {
            Facet::Stage => &mut self.stage,
            Facet::Maturity => &mut self.maturity,
            Facet::Language => &mut self.language,
            Facet::License => &mut self.license,
            Facet::Tag => &mut self.tag,
        }
    }

    /// Add `value` to a facet, or remove it if present.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let _ = (facet, value);
    }

    /// Remove every filter and the search text; keep `lang`.
    pub fn cleared(&self) -> TrailQuery {
        TrailQuery {
            lang: self.lang,
            ..TrailQuery::default()
        }
    }
}

/// The `lang` value of any route's query string, if valid.
pub fn lang_param(search: &str) -> Option<Lang> {
    let _ = search;
    None
}
