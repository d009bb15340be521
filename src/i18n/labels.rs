//! The UI label of every enum the views show: maturity, 2020-map badge, relation, decision,
//! theme, facet, storage notice.

use super::K;
use crate::catalog::{MapBadge, Maturity, RelationKind};
use crate::prefs::{Decision, StorageNotice, Theme};
use crate::query::Facet;

impl Maturity {
    pub fn label(self) -> K {
        match self {
            Maturity::Graduated => K::MaturityGraduated,
            Maturity::Incubating => K::MaturityIncubating,
            Maturity::Sandbox => K::MaturitySandbox,
            Maturity::Archived => K::MaturityArchived,
            Maturity::NotCncf => K::MaturityNotCncf,
        }
    }
}

impl MapBadge {
    /// The maturity the 2020 map's badge stood for.
    pub fn maturity(self) -> Maturity {
        match self {
            MapBadge::Graduated => Maturity::Graduated,
            MapBadge::Incubating => Maturity::Incubating,
        }
    }

    pub fn label(self) -> K {
        self.maturity().label()
    }
}

impl RelationKind {
    pub fn label(self) -> K {
        match self {
            RelationKind::Alternative => K::RelAlternative,
            RelationKind::Successor => K::RelSuccessor,
            RelationKind::Complements => K::RelComplements,
            RelationKind::Implements => K::RelImplements,
            RelationKind::PartOf => K::RelPartOf,
        }
    }
}

impl Decision {
    pub fn label(self) -> K {
        match self {
            Decision::Considering => K::DecisionConsidering,
            Decision::Evaluating => K::DecisionEvaluating,
            Decision::Adopted => K::DecisionAdopted,
            Decision::Rejected => K::DecisionRejected,
        }
    }

    /// The label of a decision, or of having none.
    pub fn label_of(decision: Option<Decision>) -> K {
        decision.map_or(K::DecisionNone, Decision::label)
    }
}

impl Theme {
    /// The label of a theme choice (`None`: follow the system).
    pub fn label_of(theme: Option<Theme>) -> K {
        match theme {
            None => K::ThemeSystem,
            Some(Theme::Light) => K::ThemeLight,
            Some(Theme::Dark) => K::ThemeDark,
        }
    }
}

impl Facet {
    pub fn label(self) -> K {
        match self {
            Facet::Stage => K::FacetStage,
            Facet::Maturity => K::FacetMaturity,
            Facet::Language => K::FacetLanguage,
            Facet::License => K::FacetLicense,
            Facet::Tag => K::FacetTag,
        }
    }
}

impl StorageNotice {
    pub fn label(self) -> K {
        match self {
            StorageNotice::Unavailable => K::StorageUnavailable,
            StorageNotice::Full => K::StorageFull,
            StorageNotice::Recovered => K::StorageRecovered,
        }
    }
}
