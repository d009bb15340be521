//! The `/landscape` URL state: `q`, `stage`, `category`, `maturity` and `lang`. Pure.

use super::{Index, STAGE_VALUES};
use crate::catalog::{Lang, Maturity};
use crate::query::{clean_q, eq_ci, keys, pairs, print, IdList, Ignored};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::landscape::fixture::index;

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
}
