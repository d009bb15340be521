//! URL state: parse and print query strings for the trail (`TrailQuery`) and the compare
//! page (`CompareQuery`, in compare.rs). Pure; round-trip tested.

use crate::catalog::{Catalog, Indexed, Lang, Maturity};

mod compare;
mod id_list;
pub use compare::CompareQuery;
pub use id_list::IdList;

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
    pub const CATEGORY: &str = "category";
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

/// Longest search text kept from a link, in chars.
pub const MAX_Q_CHARS: usize = 200;

/// Decode a raw query string (with or without the leading `?`) into key/value pairs.
/// Never fails: bad escapes and invalid UTF-8 are decoded lossily.
pub fn pairs(search: &str) -> Vec<(String, String)> {
    let search = search.strip_prefix('?').unwrap_or(search);
    form_urlencoded::parse(search.as_bytes())
        .into_owned()
        .collect()
}

/// Encode pairs as a query string: `""` when empty, else `"?k=v&..."`.
///
/// Commas are written literally (`stage=observability,ci-cd`) so that links stay readable;
/// `pairs` decodes both `,` and `%2C` to a comma.
pub fn print(pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let mut out = String::from("?");
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        push_encoded(&mut out, k);
        out.push('=');
        push_encoded(&mut out, v);
    }
    out
}

/// Form-encode `s` onto `out`, keeping commas literal. Every `%` in form-encoded output
/// starts an escape, so `%2C` can only ever be an escaped comma.
fn push_encoded(out: &mut String, s: &str) {
    for chunk in form_urlencoded::byte_serialize(s.as_bytes()) {
        if chunk == "%2C" {
            out.push(',');
        } else {
            out.push_str(chunk);
        }
    }
}

/// Unicode-aware case-insensitive equality without allocating.
pub(crate) fn eq_ci(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
        || a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
}

/// The catalog's spelling of `value` for `facet`, if the catalog knows it.
pub fn canonical_value<'a>(catalog: &'a Catalog, facet: Facet, value: &str) -> Option<&'a str> {
    let value = value.trim();
    match facet {
        Facet::Stage => catalog
            .stages
            .iter()
            .find(|s| eq_ci(&s.id, value))
            .map(|s| s.id.as_str()),
        Facet::Maturity => Maturity::ALL
            .into_iter()
            .find(|m| eq_ci(m.id(), value))
            .map(Maturity::id),
        Facet::Language => catalog
            .projects
            .iter()
            .filter_map(|p| p.language.as_deref())
            .find(|l| eq_ci(l, value)),
        Facet::License => catalog
            .projects
            .iter()
            .map(|p| p.license.as_str())
            .find(|l| eq_ci(l, value)),
        Facet::Tag => catalog
            .tags
            .iter()
            .find(|t| eq_ci(&t.id, value))
            .map(|t| t.id.as_str()),
    }
}

fn facet_for_key(key: &str) -> Option<Facet> {
    Facet::ALL.into_iter().find(|f| f.key() == key)
}

/// Trim and cap the search text at `MAX_Q_CHARS` chars (on a char boundary).
pub(crate) fn clean_q(raw: &str) -> String {
    let t = raw.trim();
    match t.char_indices().nth(MAX_Q_CHARS) {
        Some((cut, _)) => t[..cut].trim_end().to_string(),
        None => t.to_string(),
    }
}

impl TrailQuery {
    /// Parse the trail's query string, keeping only values the catalog knows
    /// (canonical spelling restored) and reporting the rest.
    pub fn parse(search: &str, index: &Indexed) -> (TrailQuery, Vec<Ignored>) {
        let catalog = &index.catalog;
        let mut q = TrailQuery::default();
        let mut ignored = Vec::new();
        let mut ignore = |key: &str, value: &str| {
            ignored.push(Ignored {
                key: key.to_string(),
                value: value.to_string(),
            })
        };
        for (key, value) in pairs(search) {
            if let Some(facet) = facet_for_key(&key) {
                for item in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                    match canonical_value(catalog, facet, item) {
                        Some(canon) => {
                            q.list_mut(facet).insert(canon);
                        }
                        None => ignore(&key, item),
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
                keys::SAVED => match v.to_ascii_lowercase().as_str() {
                    "" | "0" | "false" => {}
                    "1" | "true" => q.saved = true,
                    _ => ignore(&key, v),
                },
                keys::LANG => {
                    if let Some(lang) = Lang::parse(v) {
                        q.lang = Some(lang);
                    } else if !v.is_empty() {
                        ignore(&key, v);
                    }
                }
                _ => {
                    if !(key.is_empty() && v.is_empty()) {
                        ignore(&key, &value);
                    }
                }
            }
        }
        (q, ignored)
    }

    /// The pairs `to_search` prints, in the fixed key order; default values are left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !self.q.is_empty() {
            out.push((keys::Q, self.q.clone()));
        }
        for facet in Facet::ALL {
            let list = self.list(facet);
            if !list.is_empty() {
                out.push((facet.key(), list.to_string()));
            }
        }
        if self.saved {
            out.push((keys::SAVED, "1".to_string()));
        }
        if let Some(lang) = self.lang {
            out.push((keys::LANG, lang.code().to_string()));
        }
        out
    }

    /// Print in a fixed key order; default values are left out.
    pub fn to_search(&self) -> String {
        print(&self.to_pairs())
    }

    /// True when no filter and no search text is set (`lang` does not count).
    pub fn is_unfiltered(&self) -> bool {
        self.q.trim().is_empty()
            && !self.saved
            && Facet::ALL.into_iter().all(|f| self.list(f).is_empty())
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
        self.list_mut(facet).toggle(value);
    }

    /// Remove every filter and the search text; keep `lang`.
    pub fn cleared(&self) -> TrailQuery {
        TrailQuery {
            lang: self.lang,
            ..TrailQuery::default()
        }
    }

    /// How going from this query to `next` enters the history: a change to the filters
    /// (a facet, "bookmarked only", a chip, "clear all") adds an entry, so Back undoes it;
    /// a change of the search text alone (typing, Esc, its chip) or of nothing replaces the
    /// entry, so Back never steps through keystrokes.
    pub fn history_step(&self, next: &TrailQuery) -> HistoryStep {
        let filters_only = TrailQuery {
            q: next.q.clone(),
            lang: next.lang,
            ..self.clone()
        };
        if filters_only == *next {
            HistoryStep::Replace
        } else {
            HistoryStep::Push
        }
    }
}

/// Whether a new address replaces the current history entry or adds one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryStep {
    Push,
    Replace,
}

/// The `lang` value of any route's query string, if valid (the last valid one wins).
pub fn lang_param(search: &str) -> Option<Lang> {
    pairs(search)
        .into_iter()
        .filter(|(k, _)| k == keys::LANG)
        .filter_map(|(_, v)| Lang::parse(&v))
        .next_back()
}

/// `search` with `lang` set to `lang`: every `lang` pair is dropped and one is appended, the
/// other pairs keep their order. For links that must open in the language in use.
pub fn with_lang(search: &str, lang: Lang) -> String {
    let mut kept: Vec<(&str, String)> = Vec::new();
    let all = pairs(search);
    for (k, v) in &all {
        if k != keys::LANG {
            kept.push((k.as_str(), v.clone()));
        }
    }
    kept.push((keys::LANG, lang.code().to_string()));
    print(&kept)
}

/// What the search box shows: what the user typed while it still means the URL's search
/// text (the URL holds it trimmed), else the URL's text (Back, a chip, "clear all", Esc).
/// Derived this way the box never fights the caret or an input method mid-word.
pub fn search_box_text(typed: &str, url_q: &str) -> String {
    if typed.trim() == url_q {
        typed.to_string()
    } else {
        url_q.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_catalog as fixture;
    use proptest::prelude::*;

    #[test]
    fn facet_changes_push_history_and_typing_replaces_it() {
        let base = TrailQuery {
            q: "trac".into(),
            ..TrailQuery::default()
        };
        let step = |f: &dyn Fn(&mut TrailQuery)| {
            let mut next = base.clone();
            f(&mut next);
            base.history_step(&next)
        };
        assert_eq!(step(&|q| q.q = "tracing".into()), HistoryStep::Replace);
        assert_eq!(step(&|q| q.q.clear()), HistoryStep::Replace);
        assert_eq!(step(&|_| {}), HistoryStep::Replace);
        assert_eq!(step(&|q| q.lang = Some(Lang::Ko)), HistoryStep::Replace);
        for facet in Facet::ALL {
            assert_eq!(
                step(&|q| q.toggle(facet, "x")),
                HistoryStep::Push,
                "{facet:?}"
            );
        }
        assert_eq!(step(&|q| q.saved = true), HistoryStep::Push);
        // "Clear all" drops the search text and the filters at once: a step of its own.
        let mut filtered = base.clone();
        filtered.toggle(Facet::Maturity, "graduated");
        assert_eq!(
            filtered.history_step(&filtered.cleared()),
            HistoryStep::Push
        );
        // Typing while filtered still replaces.
        let mut typed = filtered.clone();
        typed.q = "tracing".into();
        assert_eq!(filtered.history_step(&typed), HistoryStep::Replace);
        // A facet toggled and the text changed in one go is a filter change.
        typed.toggle(Facet::Stage, "observability");
        assert_eq!(filtered.history_step(&typed), HistoryStep::Push);
    }

    fn parse(s: &str) -> (TrailQuery, Vec<Ignored>) {
        TrailQuery::parse(s, &fixture::indexed())
    }

    fn ig(key: &str, value: &str) -> Ignored {
        Ignored {
            key: key.to_string(),
            value: value.to_string(),
        }
    }

    fn list(v: &[&str]) -> IdList {
        IdList(v.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn pairs_decodes_with_or_without_question_mark() {
        let expected = vec![
            ("a".to_string(), "b c".to_string()),
            ("c".to_string(), "d&e".to_string()),
        ];
        assert_eq!(pairs("?a=b+c&c=d%26e"), expected);
        assert_eq!(pairs("a=b+c&c=d%26e"), expected);
        assert_eq!(pairs(""), vec![]);
        assert_eq!(pairs("?"), vec![]);
        assert_eq!(pairs("?a"), vec![("a".to_string(), String::new())]);
        assert_eq!(pairs("?x=%2C,"), vec![("x".to_string(), ",,".to_string())]);
    }

    #[test]
    fn pairs_is_lossy_on_bad_input() {
        assert_eq!(pairs("?q=%"), vec![("q".to_string(), "%".to_string())]);
        assert_eq!(pairs("?q=%zz"), vec![("q".to_string(), "%zz".to_string())]);
        assert_eq!(
            pairs("?q=%E0%A4"),
            vec![("q".to_string(), "\u{FFFD}".to_string())]
        );
        let long = "x".repeat(10_000);
        assert_eq!(pairs(&format!("?q={long}"))[0].1.len(), 10_000);
        assert_eq!(pairs("?a=1&a=2").len(), 2);
    }

    #[test]
    fn print_encodes_and_keeps_commas() {
        assert_eq!(print(&[]), "");
        assert_eq!(
            print(&[
                ("q", "a b&c=d+e%".to_string()),
                ("stage", "x,y".to_string())
            ]),
            "?q=a+b%26c%3Dd%2Be%25&stage=x,y"
        );
        let printed = print(&[("q", "쿠버네티스, 모니터링".to_string())]);
        assert_eq!(
            pairs(&printed),
            vec![("q".to_string(), "쿠버네티스, 모니터링".to_string())]
        );
    }

    #[test]
    fn id_list_parse_display_toggle() {
        let l: IdList = " b, a,,b , c,".parse().unwrap();
        assert_eq!(l, list(&["b", "a", "c"]));
        assert_eq!(l.to_string(), "b,a,c");
        assert!(l.contains("a") && !l.contains("d"));
        assert_eq!(l.iter().collect::<Vec<_>>(), ["b", "a", "c"]);
        assert!("".parse::<IdList>().unwrap().is_empty());
        assert!(" , ,".parse::<IdList>().unwrap().is_empty());
        let mut l = l;
        assert!(!l.toggle("a"));
        assert_eq!(l.to_string(), "b,c");
        assert!(l.toggle("a"));
        assert_eq!(l.to_string(), "b,c,a");
        // Values that could not survive the URL form are refused.
        assert!(!l.toggle("x,y"));
        assert!(!l.toggle("  "));
        assert_eq!(l.len(), 3);
    }

    #[test]
    fn parses_the_full_contract() {
        let (q, ignored) = parse(
            "?q=distributed+tracing&stage=observability,ci-cd&maturity=graduated\
             &language=go,Rust&license=apache-2.0&tag=tracing&saved=1&lang=ko",
        );
        assert_eq!(ignored, vec![]);
        assert_eq!(q.q, "distributed tracing");
        assert_eq!(q.stage, list(&["observability", "ci-cd"]));
        assert_eq!(q.maturity, list(&["graduated"]));
        // The dataset's spelling is restored.
        assert_eq!(q.language, list(&["Go", "Rust"]));
        assert_eq!(q.license, list(&["Apache-2.0"]));
        assert_eq!(q.tag, list(&["tracing"]));
        assert!(q.saved);
        assert_eq!(q.lang, Some(Lang::Ko));
        assert_eq!(
            q.to_search(),
            "?q=distributed+tracing&stage=observability,ci-cd&maturity=graduated\
             &language=Go,Rust&license=Apache-2.0&tag=tracing&saved=1&lang=ko"
        );
    }

    #[test]
    fn key_order_is_irrelevant_and_output_order_fixed() {
        let (a, _) = parse("?lang=en&tag=proxy&stage=service-mesh&q=envoy");
        let (b, _) = parse("?q=envoy&stage=service-mesh&tag=proxy&lang=en");
        assert_eq!(a, b);
        assert_eq!(
            a.to_search(),
            "?q=envoy&stage=service-mesh&tag=proxy&lang=en"
        );
    }

    #[test]
    fn repeated_keys_combine_and_last_q_wins() {
        let (q, ignored) =
            parse("?stage=ci-cd&stage=observability,ci-cd&q=first&q=second&q=&q=+&tag=proxy");
        assert_eq!(ignored, vec![]);
        assert_eq!(q.stage, list(&["ci-cd", "observability"]));
        assert_eq!(q.q, "second");
        let (q, _) = parse("?lang=ko&lang=en");
        assert_eq!(q.lang, Some(Lang::En));
    }

    #[test]
    fn unknown_keys_and_values_are_reported() {
        let (q, ignored) = parse(
            "?stage=observability,nowhere&maturity=ripe&language=cobol&license=WTFPL\
             &tag=nope&saved=maybe&lang=fr&utm_source=x&ids=a,b",
        );
        assert_eq!(q.stage, list(&["observability"]));
        assert!(q.maturity.is_empty() && q.language.is_empty() && q.license.is_empty());
        assert!(q.tag.is_empty() && !q.saved && q.lang.is_none());
        assert_eq!(
            ignored,
            vec![
                ig("stage", "nowhere"),
                ig("maturity", "ripe"),
                ig("language", "cobol"),
                ig("license", "WTFPL"),
                ig("tag", "nope"),
                ig("saved", "maybe"),
                ig("lang", "fr"),
                ig("utm_source", "x"),
                ig("ids", "a,b"),
            ]
        );
    }

    #[test]
    fn empty_values_are_silently_ignored() {
        let (q, ignored) = parse("?q=&stage=&maturity=,,&saved=&lang=&tag=+");
        assert_eq!(q, TrailQuery::default());
        assert_eq!(ignored, vec![]);
        let (q, ignored) = parse("?saved=0&saved=false");
        assert!(!q.saved);
        assert_eq!(ignored, vec![]);
        let (q, _) = parse("?saved=true");
        assert!(q.saved);
        let (q, ignored) = parse("?&&=&");
        assert_eq!((q, ignored), (TrailQuery::default(), vec![]));
    }

    #[test]
    fn q_is_trimmed_and_capped_on_a_char_boundary() {
        let (q, _) = parse("?q=+++hello+world++");
        assert_eq!(q.q, "hello world");
        let long = "한".repeat(300);
        let (q, _) = parse(&print(&[("q", long)]));
        assert_eq!(q.q.chars().count(), MAX_Q_CHARS);
        // A cut that lands before a space does not leave trailing whitespace.
        let s = format!("{} {}", "a".repeat(199), "b".repeat(50));
        let (q, _) = parse(&print(&[("q", s)]));
        assert_eq!(q.q, "a".repeat(199));
    }

    #[test]
    fn round_trips_tricky_search_text() {
        for text in [
            "a&b",
            "a,b",
            "100%",
            "two words",
            "c++ & c#",
            "쿠버네티스 모니터링",
            "?q=x&stage=y",
            "a=b",
            "%2C%25",
            "tab\there",
        ] {
            let q = TrailQuery {
                q: text.to_string(),
                ..TrailQuery::default()
            };
            let (back, ignored) = parse(&q.to_search());
            assert_eq!(ignored, vec![], "{text}");
            assert_eq!(back, q, "{text} via {}", q.to_search());
        }
    }

    #[test]
    fn percent_encoded_commas_are_accepted() {
        let (q, _) = parse("?stage=observability%2Cci-cd");
        assert_eq!(q.stage, list(&["observability", "ci-cd"]));
    }

    #[test]
    fn defaults_are_omitted_and_unfiltered() {
        let q = TrailQuery::default();
        assert_eq!(q.to_search(), "");
        assert!(q.is_unfiltered());
        let q = TrailQuery {
            lang: Some(Lang::En),
            ..TrailQuery::default()
        };
        assert_eq!(q.to_search(), "?lang=en");
        assert!(q.is_unfiltered());
        let mut q = q;
        q.toggle(Facet::Tag, "proxy");
        assert!(!q.is_unfiltered());
        assert_eq!(q.to_search(), "?tag=proxy&lang=en");
        q.toggle(Facet::Tag, "proxy");
        assert!(q.is_unfiltered());
        q.saved = true;
        assert!(!q.is_unfiltered());
        assert_eq!(
            q.cleared(),
            TrailQuery {
                lang: Some(Lang::En),
                ..TrailQuery::default()
            }
        );
    }

    #[test]
    fn toggle_adds_and_removes_per_facet() {
        let mut q = TrailQuery::default();
        for f in Facet::ALL {
            q.toggle(f, "x");
            assert!(q.list(f).contains("x"));
        }
        q.toggle(Facet::Stage, "y");
        assert_eq!(q.stage.to_string(), "x,y");
        q.toggle(Facet::Stage, "x");
        assert_eq!(q.stage.to_string(), "y");
    }

    #[test]
    fn lang_param_reads_any_route() {
        assert_eq!(lang_param("?ids=a,b&lang=ko"), Some(Lang::Ko));
        assert_eq!(lang_param("lang=EN"), Some(Lang::En));
        assert_eq!(lang_param("?lang=fr"), None);
        assert_eq!(lang_param("?lang=ko&lang=xx"), Some(Lang::Ko));
        assert_eq!(lang_param(""), None);
        assert_eq!(lang_param("?lang=%E0"), None);
    }

    /// Query strings made of the keys the trail knows plus junk, valid values in odd
    /// spellings, and hostile text.
    fn query_string() -> impl Strategy<Value = String> {
        let key = prop_oneof![
            Just("q"),
            Just("stage"),
            Just("maturity"),
            Just("language"),
            Just("license"),
            Just("tag"),
            Just("saved"),
            Just("lang"),
            Just("ids"),
            Just("x y"),
            Just(""),
        ];
        let value = prop_oneof![
            Just("observability,ci-cd".to_string()),
            Just(" GRADUATED , not-cncf".to_string()),
            Just("go,RUST,c++".to_string()),
            Just("apache-2.0,mit".to_string()),
            Just("proxy,tracing,,proxy".to_string()),
            Just("1".to_string()),
            Just("false".to_string()),
            Just("ko".to_string()),
            Just("%zz%E0%A4%".to_string()),
            Just("a&b=c,d".to_string()),
            Just("쿠버네티스 모니터링".to_string()),
            ".{0,12}",
            "[a-z ,+%&=-]{0,20}",
        ];
        let raw = prop::collection::vec((key, value), 0..8).prop_map(|kv| {
            let v: Vec<(&str, String)> = kv;
            print(&v)
        });
        prop_oneof![raw, any::<String>(), "[?&=%+,a-z0-9]{0,40}"]
    }

    #[test]
    fn with_lang_replaces_every_lang_and_keeps_the_rest() {
        assert_eq!(with_lang("", Lang::Ko), "?lang=ko");
        assert_eq!(with_lang("?q=a+b&lang=en", Lang::Ko), "?q=a+b&lang=ko");
        assert_eq!(
            with_lang("?lang=xx&stage=ci-cd&lang=en", Lang::En),
            "?stage=ci-cd&lang=en"
        );
    }

    #[test]
    fn the_search_box_keeps_typing_and_follows_the_url_otherwise() {
        assert_eq!(search_box_text("envoy ", "envoy"), "envoy ");
        assert_eq!(search_box_text("  ", ""), "  ");
        assert_eq!(search_box_text("envoy", ""), "");
        assert_eq!(search_box_text("", "jaeger"), "jaeger");
        assert_eq!(search_box_text("old", "new"), "new");
    }

    proptest! {
        #[test]
        fn pairs_never_panics(s in any::<String>()) {
            let _ = pairs(&s);
            let _ = lang_param(&s);
        }

        #[test]
        fn pairs_never_panics_on_url_like_text(s in "[?&=%+,0-9a-fA-FzZ]{0,60}") {
            let _ = pairs(&s);
        }

        #[test]
        fn parsed_queries_print_stably(s in query_string()) {
            let index = fixture::indexed();
            let (q, _) = TrailQuery::parse(&s, &index);
            let printed = q.to_search();
            let (back, ignored) = TrailQuery::parse(&printed, &index);
            prop_assert_eq!(&ignored, &vec![]);
            prop_assert_eq!(&back, &q);
            prop_assert_eq!(back.to_search(), printed);
        }

        #[test]
        fn search_text_round_trips(text in any::<String>()) {
            let index = fixture::indexed();
            let q = TrailQuery { q: clean_q(&text), ..TrailQuery::default() };
            let (back, ignored) = TrailQuery::parse(&q.to_search(), &index);
            prop_assert_eq!(ignored, vec![]);
            prop_assert_eq!(back, q);
        }

        #[test]
        fn id_lists_round_trip(s in "[a-z, ]{0,30}") {
            let l: IdList = s.parse().unwrap();
            let back: IdList = l.to_string().parse().unwrap();
            prop_assert_eq!(back, l);
        }
    }
}
