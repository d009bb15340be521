//! What a maturity badge means (the legend) and the banner of an archived project.

use crate::advice::{archived_banner, LEGEND};
use crate::catalog::{bundled, Project};
use crate::components::cards::MaturityBadge;
use crate::components::links::A;
use crate::i18n::K;
use crate::lang::tr;
use crate::routes;
use leptos::prelude::*;

/// One line explaining every badge: "CNCF maturity: [Sandbox] early, experimental · …".
#[component]
pub fn MaturityLegend() -> impl IntoView {
    view! {
        <p class="tm-legend" data-legend="maturity">
            <span class="tm-legend__title">{tr(K::LegendTitle)} ":"</span> " "
            {LEGEND.iter().enumerate().map(|(i, &(maturity, meaning))| view! {
                {(i > 0).then_some(" · ")}
                <span class="tm-legend__item">
                    <MaturityBadge maturity /> " " {tr(meaning)}
                </span>
            }).collect_view()}
        </p>
    }
}

/// "Archived — use OpenTelemetry instead" at the top of an archived project's page; the
/// successor comes from the dataset's `successor` relation.
#[component]
pub fn ArchivedBanner(project: &'static Project) -> impl IntoView {
    archived_banner(bundled(), project).map(|banner| {
        let rest = match banner.successor {
            Some(s) => view! {
                {tr(K::UseInsteadBefore)} " "
                <A href=routes::project(&s.id)>{s.name.clone()}</A>
                " " {tr(K::UseInsteadAfter)}
            }
            .into_any(),
            None => view! { {tr(K::ArchivedNoSuccessor)} }.into_any(),
        };
        view! {
            <section class="tm-banner tm-banner--archived" data-banner="archived" aria-labelledby="archived-title">
                <h2 id="archived-title" class="tm-banner__title">
                    <span>{tr(K::MaturityArchived)}</span> " — " {rest}
                </h2>
                <p class="tm-banner__note">{tr(K::ArchivedBannerNote)}</p>
            </section>
        }
    })
}
