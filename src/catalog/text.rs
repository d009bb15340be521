//! A text in both languages, and how a language that arrives later is added to it.

use super::Lang;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

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
    pub(super) fn fill(&self, lang: Lang, value: &str) -> bool {
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
