//! Texts built from values: step labels, dates, counts, "part of", the 2020-map line.

use super::K;
use crate::catalog::Lang;

/// A step of the trail: "3단계" / "Step 3" (the same spelling everywhere: the trail, the
/// project page, the comparison and the Markdown export).
pub fn step_label(step: u8, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!("{step}{}", K::Step.get(lang)),
        Lang::En => format!("{} {step}", K::Step.get(lang)),
    }
}

/// Format a `YYYY-MM-DD` date for `lang`; anything else is shown as it is.
pub fn format_date(date: &str, lang: Lang) -> String {
    let mut parts = date.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return date.to_string();
    };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u16>(), m.parse::<u8>(), d.parse::<u8>()) else {
        return date.to_string();
    };
    match lang {
        Lang::Ko => format!("{y}년 {m}월 {d}일"),
        Lang::En => {
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            match MONTHS.get(usize::from(m).wrapping_sub(1)) {
                Some(name) => format!("{name} {d}, {y}"),
                None => date.to_string(),
            }
        }
    }
}

/// "part of Kubernetes" / "Kubernetes의 일부": the label of a project that is CNCF-hosted
/// through its parent, shown wherever its maturity is.
pub fn part_of_label(parent: &str, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!("{parent}의 일부"),
        Lang::En => format!("part of {parent}"),
    }
}

/// How the 2020 poster presented a project, in words: "Step 3 · Graduated",
/// "Named in the text of step 6 (no logo)", or "Not on the 2020 map".
pub fn map_2020_label(map: crate::catalog::Map2020, lang: Lang) -> String {
    use crate::catalog::{Map2020, MapBadge};
    let step = |n: u8| step_label(n, lang);
    match map {
        Map2020::Shown { step: n, badge } => {
            let badge = badge.map_or(K::NoBadge2020, MapBadge::label);
            format!("{} · {}", step(n), badge.get(lang))
        }
        Map2020::NamedInText { step: n } => match lang {
            Lang::Ko => format!("{} 본문에 이름만 나옴 (로고 없음)", step(n)),
            Lang::En => format!("Named in the text of step {n} (no logo)"),
        },
        Map2020::Absent => K::NotOnMap2020.get(lang).to_string(),
    }
}

/// A count with its noun, e.g. "12 projects" / "12개 프로젝트"; English takes the singular
/// key for one.
pub fn count(n: usize, key: K, lang: Lang) -> String {
    let key = match (n, key) {
        (1, K::Projects) => K::ProjectsOne,
        (1, K::ResultsCount) => K::ResultsCountOne,
        (1, K::LandscapeItems) => K::LandscapeItemOne,
        _ => key,
    };
    match lang {
        Lang::Ko => format!("{n}{}", key.get(lang)),
        Lang::En => format!("{n} {}", key.get(lang)),
    }
}
