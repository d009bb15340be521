//! Progress on the saved page: per stage (in trail order) and overall, how many of the
//! dataset's projects carry a decision, and the words that go with each bar.

use super::{stage_progress, Decision, Prefs};
use crate::catalog::{Catalog, Lang, Stage};
use std::collections::BTreeMap;

/// One progress bar: `decided` of `total` projects have a decision, by decision.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bar {
    pub decided: usize,
    pub total: usize,
    /// Every decision, zero included.
    pub counts: BTreeMap<Decision, usize>,
}

impl Bar {
    fn from_counts(counts: BTreeMap<Decision, usize>, total: usize) -> Bar {
        Bar {
            decided: counts.values().sum(),
            total,
            counts,
        }
    }

    /// The bar's maximum: never zero (a `<progress>` needs a positive maximum).
    pub fn max(&self) -> usize {
        self.total.max(1)
    }

    /// The value, never above the maximum.
    pub fn value(&self) -> usize {
        self.decided.min(self.max())
    }

    /// "2 of 7 decided · Adopted 1 · Evaluating 1" / "7개 중 2개 결정 · 도입함 1 · 평가 중 1".
    pub fn label(&self, lang: Lang) -> String {
        let mut parts = vec![match lang {
            Lang::Ko => format!("{}개 중 {}개 결정", self.total, self.decided),
            Lang::En => format!("{} of {} decided", self.decided, self.total),
        }];
        parts.extend(
            self.counts
                .iter()
                .filter(|(_, n)| **n > 0)
                .map(|(d, n)| format!("{} {n}", d.label().get(lang))),
        );
        parts.join(" · ")
    }
}

/// The overall bar and one bar per stage in trail order (projects counted under their
/// primary stage, as everywhere progress is shown).
pub fn progress_bars<'a>(prefs: &Prefs, catalog: &'a Catalog) -> (Bar, Vec<(&'a Stage, Bar)>) {
    let mut stages: Vec<&Stage> = catalog.stages.iter().collect();
    stages.sort_by_key(|s| s.step);
    let per_stage: Vec<(&Stage, Bar)> = stages
        .into_iter()
        .map(|s| {
            let total = catalog.projects_in_stage(&s.id).count();
            (
                s,
                Bar::from_counts(stage_progress(prefs, catalog, &s.id), total),
            )
        })
        .collect();
    let mut counts: BTreeMap<Decision, usize> = Decision::ALL.iter().map(|&d| (d, 0)).collect();
    for (_, bar) in &per_stage {
        for (d, n) in &bar.counts {
            *counts.entry(*d).or_insert(0) += n;
        }
    }
    let total = per_stage.iter().map(|(_, b)| b.total).sum();
    (Bar::from_counts(counts, total), per_stage)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefs::tests::{fixture, sample};

    #[test]
    fn bars_count_decisions_per_stage_and_overall() {
        let index = fixture();
        let prefs = sample();
        let (overall, stages) = progress_bars(&prefs, &index.catalog);
        let steps: Vec<u8> = stages.iter().map(|(s, _)| s.step).collect();
        let mut sorted = steps.clone();
        sorted.sort_unstable();
        assert_eq!(steps, sorted, "trail order");
        assert_eq!(stages.len(), index.catalog.stages.len());
        // Every project is counted once, under its primary stage.
        assert_eq!(overall.total, index.catalog.projects.len());
        assert_eq!(
            overall.decided,
            stages.iter().map(|(_, b)| b.decided).sum::<usize>()
        );
        // The sample's decisions: Kubernetes adopted (orchestration), four in observability.
        let bar = |id: &str| match stages.iter().find(|(s, _)| s.id == id) {
            Some((_, b)) => b.clone(),
            None => panic!("no stage {id}"),
        };
        let orch = bar("orchestration");
        assert_eq!(orch.decided, 1);
        assert_eq!(orch.counts.get(&Decision::Adopted), Some(&1));
        let expected_decided = prefs
            .decisions
            .iter()
            .filter(|(id, e)| e.status.is_some() && index.project(id).is_some())
            .count();
        assert_eq!(overall.decided, expected_decided);
        assert!(overall.decided > orch.decided);
        let empty = progress_bars(&Prefs::default(), &index.catalog).0;
        assert_eq!((empty.decided, empty.value()), (0, 0));
    }

    #[test]
    fn labels_say_how_many_of_how_many_in_both_languages() {
        let mut counts: BTreeMap<Decision, usize> = Decision::ALL.iter().map(|&d| (d, 0)).collect();
        counts.insert(Decision::Adopted, 1);
        counts.insert(Decision::Evaluating, 2);
        let bar = Bar::from_counts(counts, 7);
        assert_eq!(bar.decided, 3);
        assert_eq!(
            bar.label(Lang::En),
            "3 of 7 decided · Evaluating 2 · Adopted 1"
        );
        assert_eq!(
            bar.label(Lang::Ko),
            "7개 중 3개 결정 · 평가 중 2 · 도입함 1"
        );
        assert_eq!((bar.value(), bar.max()), (3, 7));
        let none = Bar::default();
        assert_eq!(none.label(Lang::En), "0 of 0 decided");
        assert_eq!((none.value(), none.max()), (0, 1), "a positive maximum");
    }
}
