//! Adding a language to a loaded catalog: the per-language data files carry one side of each
//! text, and the other side is filled in place when its file arrives.

use super::{Catalog, Lang, Text};

impl Catalog {
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
}
