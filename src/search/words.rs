//! The words the index keeps for each project and field.

use super::*;

/// The words of `text` to index: each normalised word, its Korean stem or English singular.
/// Each is `(word, derived)`: derived words were not written as such.
pub(super) fn index_words(text: &str, out: &mut Vec<(String, bool)>) {
    for w in normalize(text).split(' ').filter(|w| !w.is_empty()) {
        if let Some(s) = derived_form(w) {
            out.push((s.to_string(), true));
        }
        out.push((w.to_string(), false));
    }
}

/// The Korean stem ("메시를" → "메시") or English singular ("meshes" → "meshe", "mesh" is
/// also found as typed) of a word.
pub(super) fn derived_form(w: &str) -> Option<&str> {
    text::stem(w).or_else(|| {
        (w.len() >= 4 && w.is_ascii() && w.ends_with('s') && !w.ends_with("ss"))
            .then(|| &w[..w.len() - 1])
    })
}

/// The words of each field of `p`, in [`Field::ALL`] order.
pub(super) fn project_words(p: &Project, catalog: &Catalog) -> [Vec<(String, bool)>; 6] {
    let mut fields: [Vec<(String, bool)>; 6] = Default::default();
    for f in Field::ALL {
        let out = &mut fields[f as usize];
        match f {
            Field::Name => {
                for n in name_phrases(p) {
                    index_words(n, out);
                }
            }
            Field::Tags => {
                for id in &p.tags {
                    index_words(id, out);
                    if let Some(tag) = catalog.tag(id) {
                        for l in Lang::ALL {
                            index_words(tag.label.get(l), out);
                        }
                    }
                }
            }
            _ => {
                for t in f.texts(p) {
                    for l in Lang::ALL {
                        index_words(t.get(l), out);
                    }
                }
            }
        }
    }
    fields
}

/// A project's name, id, former ids and search aliases.
pub(super) fn name_phrases(p: &Project) -> impl Iterator<Item = &str> {
    std::iter::once(p.name.as_str())
        .chain(std::iter::once(p.id.as_str()))
        .chain(p.aliases.iter().map(String::as_str))
        .chain(p.search_aliases.iter().map(String::as_str))
}
