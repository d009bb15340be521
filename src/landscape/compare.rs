//! A landscape item as a column of the comparison table: the facts the landscape holds
//! (stage, maturity, CNCF dates, description, links). The rows it has nothing for stay empty,
//! and the table shows them as "—". Pure.

use super::Item;
use crate::catalog::{Indexed, Lang, Map2020};
use crate::compare::{links_cell, timeline_cell, Cell, RowKey};
use crate::i18n::{map_2020_label, K};

/// One item's cell for `key`, and the value it is compared by: the same form a curated
/// project's cell uses, so a shared fact (a stage, a maturity) compares equal.
pub fn item_cell(index: &Indexed, it: &Item, key: RowKey, lang: Lang) -> (Cell, String) {
    let text = |s: String| Cell::Lines(vec![s]);
    match key {
        RowKey::Stages => {
            let title = index.catalog.stage(&it.stage).map_or_else(
                || K::StageElsewhere.get(lang).to_string(),
                |s| s.title.get(lang).to_string(),
            );
            (text(title), format!("{}|", it.stage))
        }
        RowKey::Maturity => (
            text(it.maturity.label().get(lang).to_string()),
            it.maturity.id().to_string(),
        ),
        RowKey::Timeline => timeline_cell(
            [&it.accepted, &it.incubating, &it.graduated, &it.archived],
            lang,
        ),
        // Every project of the 2020 map is curated, so a landscape-only item was not on it.
        RowKey::Map2020 => (
            text(map_2020_label(Map2020::Absent, lang)),
            format!("{:?}", Map2020::Absent),
        ),
        RowKey::What => match it.description.as_deref().map(str::trim) {
            Some(d) if !d.is_empty() => (text(d.to_string()), format!("item:{d}")),
            _ => empty(),
        },
        RowKey::Links => links_cell(
            it.homepage.as_deref().unwrap_or(""),
            it.repo.as_deref().unwrap_or(""),
            lang,
        ),
        RowKey::Language
        | RowKey::License
        | RowKey::Origin
        | RowKey::FirstRelease
        | RowKey::Tags
        | RowKey::Why
        | RowKey::Features
        | RowKey::Caveats
        | RowKey::UseCases
        | RowKey::Related => empty(),
    }
}

/// Nothing known: an empty cell, compared as "-".
fn empty() -> (Cell, String) {
    (Cell::Lines(Vec::new()), "-".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{rows_of, Column};
    use crate::landscape::fixture::index;
    use crate::test_catalog::indexed;

    #[test]
    fn an_item_beside_a_project_fills_what_it_knows_and_leaves_the_rest_empty() {
        let ix = index();
        let catalog = indexed();
        let zipkin = ix.item("zipkin").unwrap();
        let project = catalog.catalog.projects.first().unwrap();
        let rows = rows_of(
            &catalog,
            &[Column::Project(project), Column::Item(zipkin)],
            Lang::En,
        );
        let row = |k: RowKey| rows.iter().find(|r| r.key == k).unwrap();
        assert_eq!(
            row(RowKey::What).cells[1],
            Cell::Lines(vec!["Distributed tracing system".to_string()])
        );
        assert_eq!(
            row(RowKey::Maturity).cells[1],
            Cell::Lines(vec!["Not CNCF".to_string()])
        );
        for k in [RowKey::License, RowKey::Features, RowKey::Related] {
            assert_eq!(row(k).cells[1], Cell::Lines(Vec::new()), "{k:?}");
            assert!(row(k).differs, "{k:?}");
        }
        // Zipkin has no links in the fixture: an empty list, not a broken link.
        assert_eq!(row(RowKey::Links).cells[1], Cell::Links(Vec::new()));
    }

    #[test]
    fn shared_facts_compare_equal_across_kinds() {
        let ix = index();
        let catalog = indexed();
        let kuma = ix.item("kuma").unwrap();
        // Two items of the same stage and maturity agree on both rows.
        let osm = ix.item("open-service-mesh").unwrap();
        let rows = rows_of(&catalog, &[Column::Item(kuma), Column::Item(osm)], Lang::En);
        let find = |k: RowKey| rows.iter().find(|r| r.key == k).unwrap();
        assert!(!find(RowKey::Stages).differs);
        assert!(find(RowKey::Maturity).differs);
        assert!(!find(RowKey::Map2020).differs);
    }
}
