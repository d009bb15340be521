//! The compare page's URL state: `ids`, `diff` and `lang`. Pure.

use super::{keys, lang_param, pairs, print};
use crate::catalog::{Indexed, Lang};
use crate::compare::{parse_ids_with, SelectionNotice};

/// Everything on `/compare` that a link reproduces.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompareQuery {
    /// The projects in column order (aliases resolved, unknown ids and duplicates dropped,
    /// at most four); `None` when the link has no `ids` at all.
    pub ids: Option<Vec<String>>,
    /// What the page tells about ids it dropped.
    pub notices: Vec<SelectionNotice>,
    /// `diff=1`: only the rows that differ.
    pub only_diff: bool,
    pub lang: Option<Lang>,
}

impl CompareQuery {
    /// Parse the compare page's query string; repeated `ids` combine in order.
    pub fn parse(search: &str, index: &Indexed) -> CompareQuery {
        CompareQuery::parse_with(search, index, |_| None)
    }

    /// `parse` that also keeps the ids `other` knows: items of the whole landscape, once it
    /// is loaded.
    pub fn parse_with<'a>(
        search: &str,
        index: &'a Indexed,
        other: impl Fn(&str) -> Option<&'a str>,
    ) -> CompareQuery {
        let all = pairs(search);
        let raw: Vec<&str> = all
            .iter()
            .filter(|(k, _)| k == keys::IDS)
            .map(|(_, v)| v.as_str())
            .collect();
        let (ids, notices) = if raw.is_empty() {
            (None, Vec::new())
        } else {
            let (ids, notices) = parse_ids_with(&raw.join(","), index, other);
            (Some(ids), notices)
        };
        let only_diff = all
            .iter()
            .any(|(k, v)| k == keys::DIFF && matches!(v.trim(), "1" | "true"));
        CompareQuery {
            ids,
            notices,
            only_diff,
            lang: lang_param(search),
        }
    }

    /// A comparison of `ids`.
    pub fn of(ids: &[String]) -> CompareQuery {
        CompareQuery {
            ids: Some(ids.to_vec()),
            ..CompareQuery::default()
        }
    }

    /// Print in a fixed key order (`ids`, `diff`, `lang`); notices are not part of a link.
    pub fn to_search(&self) -> String {
        let mut out: Vec<(&str, String)> = Vec::new();
        if let Some(ids) = &self.ids {
            out.push((keys::IDS, ids.join(",")));
        }
        if self.only_diff {
            out.push((keys::DIFF, "1".to_string()));
        }
        if let Some(lang) = self.lang {
            out.push((keys::LANG, lang.code().to_string()));
        }
        print(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_links_parse_ids_diff_and_lang() {
        let index = crate::test_catalog::small();
        let q = CompareQuery::parse("?ids=prometheus,Jaeger&diff=1&lang=ko", &index);
        assert_eq!(
            q.ids,
            Some(vec!["prometheus".to_string(), "jaeger".to_string()])
        );
        assert!(q.only_diff);
        assert_eq!(q.lang, Some(Lang::Ko));
        assert!(q.notices.is_empty());
        assert_eq!(q.to_search(), "?ids=prometheus,jaeger&diff=1&lang=ko");

        // Repeated keys combine; unknown ids are dropped with a notice.
        let q = CompareQuery::parse("ids=prometheus&ids=nope,jaeger&diff=0", &index);
        assert_eq!(
            q.ids,
            Some(vec!["prometheus".to_string(), "jaeger".to_string()])
        );
        assert!(!q.only_diff);
        assert_eq!(
            q.notices,
            vec![SelectionNotice::UnknownDropped(vec!["nope".to_string()])]
        );
    }

    #[test]
    fn compare_links_without_ids_are_told_apart_from_empty_ones() {
        let index = crate::test_catalog::small();
        let none = CompareQuery::parse("?diff=1&lang=en", &index);
        assert_eq!(none.ids, None);
        assert!(none.only_diff);
        assert_eq!(none.to_search(), "?diff=1&lang=en");
        let empty = CompareQuery::parse("?ids=", &index);
        assert_eq!(empty.ids, Some(Vec::new()));
        assert_eq!(CompareQuery::parse("", &index), CompareQuery::default());
        assert_eq!(CompareQuery::default().to_search(), "");
        assert_eq!(
            CompareQuery::of(&["a".to_string(), "b".to_string()]).to_search(),
            "?ids=a,b"
        );
    }

    #[test]
    fn landscape_ids_join_the_selection_once_the_landscape_knows_them() {
        let index = crate::test_catalog::small();
        let landscape = ["zipkin", "kuma"];
        let other = |id: &str| landscape.iter().copied().find(|l| *l == id);
        let q = CompareQuery::parse_with("?ids=Zipkin,prometheus,nope,kuma", &index, other);
        assert_eq!(
            q.ids,
            Some(vec![
                "zipkin".to_string(),
                "prometheus".to_string(),
                "kuma".to_string()
            ])
        );
        assert_eq!(
            q.notices,
            vec![SelectionNotice::UnknownDropped(vec!["nope".to_string()])]
        );
        // Without the landscape the same link keeps only the curated project.
        let q = CompareQuery::parse("?ids=zipkin,prometheus", &index);
        assert_eq!(q.ids, Some(vec!["prometheus".to_string()]));
    }
}
