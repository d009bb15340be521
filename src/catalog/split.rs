//! One language's half of the dataset, and the two halves merged back: the per-language data
//! files the build writes (`data-ko-<hash>.json`, `data-en-<hash>.json`). Pure JSON, so the
//! split follows the dataset file whatever fields it gains.

use super::Lang;
use serde_json::{Map, Value};

/// A text object: `{ "ko": …, "en": … }` (either side may be missing in a half), strings only.
fn is_text(map: &Map<String, Value>) -> bool {
    !map.is_empty()
        && map
            .iter()
            .all(|(k, v)| (k == "ko" || k == "en") && v.is_string())
}

/// `dataset` with every text object reduced to `lang`'s side.
pub fn split_lang(dataset: &Value, lang: Lang) -> Value {
    match dataset {
        Value::Object(map) if is_text(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| k.as_str() == lang.code())
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), split_lang(v, lang)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| split_lang(v, lang)).collect()),
        other => other.clone(),
    }
}

/// The inverse of [`split_lang`]: two halves (or any two documents that agree wherever both
/// say something) merged into one. Objects are merged key by key, arrays item by item; any
/// other value must be equal in both. The error names the first place they disagree.
pub fn merge_halves(a: &Value, b: &Value) -> Result<Value, String> {
    merge_at(a, b, "$")
}

fn merge_at(a: &Value, b: &Value, at: &str) -> Result<Value, String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut out = x.clone();
            for (k, v) in y {
                let merged = match x.get(k) {
                    Some(mine) => merge_at(mine, v, &format!("{at}.{k}"))?,
                    None => v.clone(),
                };
                out.insert(k.clone(), merged);
            }
            Ok(Value::Object(out))
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .map(|(i, (p, q))| merge_at(p, q, &format!("{at}[{i}]")))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array),
        (Value::Array(x), Value::Array(y)) => Err(format!(
            "{at}: {} items in one half, {} in the other",
            x.len(),
            y.len()
        )),
        _ if a == b => Ok(a.clone()),
        _ => Err(format!("{at}: the halves differ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{bundled, Catalog, DATASET_JSON};
    use serde_json::json;

    fn dataset() -> Value {
        serde_json::from_str(DATASET_JSON).expect("the bundled dataset is JSON")
    }

    fn half(lang: Lang) -> Catalog {
        Catalog::from_json(&split_lang(&dataset(), lang).to_string()).expect("a half parses")
    }

    #[test]
    fn the_halves_merge_back_into_the_dataset() {
        let full = dataset();
        let merged = merge_halves(&split_lang(&full, Lang::Ko), &split_lang(&full, Lang::En))
            .expect("the halves agree");
        assert_eq!(merged, full);
        let parsed = Catalog::from_json(&merged.to_string()).expect("the merge parses");
        assert_eq!(&parsed, &bundled().catalog);
    }

    #[test]
    fn each_half_holds_one_language_only() {
        let full = dataset();
        for lang in Lang::ALL {
            let other = Lang::ALL.into_iter().find(|&l| l != lang).unwrap_or(lang);
            let text = split_lang(&full, lang).to_string();
            assert!(
                text.len() < DATASET_JSON.len() * 7 / 10,
                "{} is {} bytes",
                lang.code(),
                text.len()
            );
            assert!(!text.contains(&format!("\"{}\":", other.code())));
            let c = half(lang);
            assert_eq!(c.projects.len(), bundled().catalog.projects.len());
            assert!(c.has_language(lang));
            assert!(!c.has_language(other));
            let p = &c.projects[0];
            assert_eq!(
                p.tagline.get(lang),
                bundled().catalog.projects[0].tagline.get(lang)
            );
            assert_eq!(p.tagline.get(other), "");
        }
    }

    #[test]
    fn filling_a_half_gives_the_whole_catalog_in_place() {
        for (first, second) in [(Lang::Ko, Lang::En), (Lang::En, Lang::Ko)] {
            let c = half(first);
            let held = &c.projects[3].what;
            assert_eq!(held.get(second), "");
            let n = c
                .fill_language(&half(second), second)
                .expect("the halves match");
            assert!(n > 1000, "only {n} texts filled");
            assert_eq!(&c, &bundled().catalog);
            assert!(c.has_language(Lang::Ko) && c.has_language(Lang::En));
            // A reference taken before the fill reads the new language too.
            assert_eq!(
                held.get(second),
                bundled().catalog.projects[3].what.get(second)
            );
            // Filling again changes nothing.
            assert_eq!(c.fill_language(&half(second), second), Ok(0));
        }
    }

    #[test]
    fn filling_refuses_data_of_another_shape() {
        let c = half(Lang::Ko);
        let mut other = split_lang(&dataset(), Lang::En);
        other["projects"][0]["features"]
            .as_array_mut()
            .expect("features")
            .pop();
        let other = Catalog::from_json(&other.to_string()).expect("parses");
        assert!(c.fill_language(&other, Lang::En).is_err());
        assert!(!c.has_language(Lang::En));
        assert!(c
            .projects
            .iter()
            .all(|p| p.tagline.get(Lang::En).is_empty()));

        let mut dated = half(Lang::En);
        dated.as_of = "1999-01-01".into();
        assert!(c.fill_language(&dated, Lang::En).is_err());
    }

    #[test]
    fn merge_reports_where_halves_disagree() {
        let a = json!({"x": [1, {"ko": "가"}], "y": 1});
        let b = json!({"x": [1, {"en": "a"}], "y": 2});
        assert_eq!(
            merge_halves(&a, &b),
            Err("$.y: the halves differ".to_string())
        );
        let b = json!({"x": [1], "y": 1});
        assert!(merge_halves(&a, &b).unwrap_err().starts_with("$.x:"));
        let b = json!({"x": [1, {"en": "a"}], "y": 1});
        assert_eq!(
            merge_halves(&a, &b),
            Ok(json!({"x": [1, {"ko": "가", "en": "a"}], "y": 1}))
        );
    }

    #[test]
    fn split_keeps_objects_that_are_not_texts() {
        let v = json!({"t": {"ko": "가", "en": "a"}, "m": {"ko": 1, "en": 2}, "n": {"name": "x"}});
        assert_eq!(
            split_lang(&v, Lang::En),
            json!({"t": {"en": "a"}, "m": {"ko": 1, "en": 2}, "n": {"name": "x"}})
        );
    }
}
