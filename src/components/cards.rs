//! Project cards and the small pieces they share with the detail page: maturity badge, the
//! 2020-map change note, bookmark and compare toggles.

use crate::app::{tr, use_lang};
use crate::catalog::{bundled, Lang, MapBadge, Maturity, Project};
use crate::compare::{self, MAX_COMPARED};
use crate::components::links::A;
use crate::i18n::{format_date, K};
use crate::prefs::Decision;
use crate::storage::use_store;
use leptos::prelude::*;

pub use crate::compare::maturity_key;

/// The label of a decision, or of having none.
pub fn decision_key(d: Option<Decision>) -> K {
    d.map(crate::prefs::decision_key).unwrap_or(K::DecisionNone)
}

fn badge_maturity(b: MapBadge) -> Maturity {
    match b {
        MapBadge::Graduated => Maturity::Graduated,
        MapBadge::Incubating => Maturity::Incubating,
    }
}

/// The date today's maturity was reached, if the dataset has it.
pub fn maturity_date(p: &Project) -> Option<&str> {
    match p.cncf.status {
        Maturity::Graduated => p.cncf.graduated.as_deref(),
        Maturity::Incubating => p.cncf.incubating.as_deref(),
        Maturity::Sandbox => p.cncf.accepted.as_deref(),
        Maturity::Archived => p.cncf.archived.as_deref(),
        Maturity::NotCncf => None,
    }
}

#[component]
pub fn MaturityBadge(maturity: Maturity) -> impl IntoView {
    view! {
        <span class=format!("tm-badge tm-badge--{}", maturity.id())>{tr(maturity_key(maturity))}</span>
    }
}

/// "2020 map: Incubating → Graduated (Jul 28, 2021)" where the map and today differ.
pub fn map_change_text(p: &Project, lang: Lang) -> Option<String> {
    let map = p.on_map_2020.as_ref()?;
    let then = map.badge.map(badge_maturity);
    if then == Some(p.cncf.status) {
        return None;
    }
    let then_word = match then {
        Some(m) => maturity_key(m).get(lang).to_string(),
        None => K::NoBadge2020.get(lang).to_string(),
    };
    let now_word = maturity_key(p.cncf.status).get(lang);
    let date = maturity_date(p)
        .map(|d| format!(" ({})", format_date(d, lang)))
        .unwrap_or_default();
    Some(format!(
        "{}: {then_word} → {now_word}{date}",
        K::OnMap2020.get(lang)
    ))
}

/// "part of Kubernetes" beside the maturity badge of a project hosted through its parent.
#[component]
pub fn PartOfChip(project: &'static Project) -> impl IntoView {
    let lang = use_lang();
    project
        .part_of()
        .and_then(|id| bundled().project(id))
        .map(|parent| {
            view! {
                <span class="tm-chip tm-chip--plain tm-chip--part-of">
                    {move || crate::i18n::part_of_label(&parent.name, lang.get())}
                </span>
            }
        })
}

#[component]
pub fn BookmarkButton(project: &'static Project, #[prop(optional)] compact: bool) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let id = project.id.as_str();
    let on = Memo::new(move |_| store.prefs().with(|p| p.is_bookmarked(id)));
    let label = move || {
        let action = if on.get() {
            K::RemoveBookmark
        } else {
            K::AddBookmark
        };
        format!("{}: {}", action.get(lang.get()), project.name)
    };
    view! {
        <button
            type="button"
            class="tm-toggle tm-toggle--bookmark"
            class:tm-toggle--on=move || on.get()
            aria-pressed=move || on.get().to_string()
            aria-label=label
            title=label
            data-action="bookmark"
            on:click=move |_| store.update(|p| p.toggle_bookmark(id))
        >
            <span aria-hidden="true">{move || if on.get() { "★" } else { "☆" }}</span>
            {(!compact).then(|| view! {
                <span class="tm-toggle__text">{move || if on.get() { K::Bookmarked.get(lang.get()) } else { K::Bookmark.get(lang.get()) }}</span>
            })}
        </button>
    }
}

#[component]
pub fn CompareToggle(project: &'static Project, #[prop(optional)] compact: bool) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let id = project.id.as_str();
    let on = Memo::new(move |_| store.prefs().with(|p| p.compare.iter().any(|c| c == id)));
    let full = Memo::new(move |_| store.prefs().with(|p| p.compare.len() >= MAX_COMPARED));
    let refused = RwSignal::new(false);
    let toggle = move |_| {
        if on.get_untracked() {
            store.update(|p| compare::remove(&mut p.compare, id));
            refused.set(false);
        } else if full.get_untracked() {
            refused.set(true);
        } else {
            store.update(|p| {
                let _ = compare::add(&mut p.compare, id);
            });
        }
    };
    let label = move || {
        let action = if on.get() {
            K::RemoveFromCompare
        } else {
            K::AddToCompare
        };
        format!("{}: {}", action.get(lang.get()), project.name)
    };
    view! {
        <span class="tm-compare-toggle">
            <button
                type="button"
                class="tm-toggle tm-toggle--compare"
                class:tm-toggle--on=move || on.get()
                aria-pressed=move || on.get().to_string()
                aria-label=label
                title=label
                data-action="compare"
                on:click=toggle
            >
                <span aria-hidden="true">"⇄"</span>
                {(!compact).then(|| view! {
                    <span class="tm-toggle__text">{move || if on.get() { K::InCompare.get(lang.get()) } else { K::AddToCompare.get(lang.get()) }}</span>
                })}
            </button>
            // Only while the selection is still full: room made elsewhere ends the refusal.
            {move || (refused.get() && full.get()).then(|| view! {
                <span class="tm-inline-alert" role="alert">{tr(K::CompareLimit)}</span>
            })}
        </span>
    }
}

/// A compact card for lists: name, tagline, maturity, language, saved state, toggles.
#[component]
pub fn ProjectCard(project: &'static Project) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let id = project.id.as_str();
    let href = format!("/project/{id}");
    let bookmarked = Memo::new(move |_| store.prefs().with(|p| p.is_bookmarked(id)));
    let decision = Memo::new(move |_| store.prefs().with(|p| p.decision(id)));
    let successor = project
        .successor()
        .and_then(|s| bundled().project(s))
        .map(|s| (format!("/project/{}", s.id), s.name.clone()));
    view! {
        <article class="tm-card" class:tm-card--bookmarked=move || bookmarked.get() data-project=id>
            <header class="tm-card__head">
                <h3 class="tm-card__title"><A href=href>{project.name.clone()}</A></h3>
                <div class="tm-card__actions">
                    <BookmarkButton project compact=true />
                    <CompareToggle project compact=true />
                </div>
            </header>
            <p class="tm-card__tagline">{move || project.tagline.get(lang.get()).to_string()}</p>
            <p class="tm-card__meta">
                <MaturityBadge maturity=project.cncf.status />
                <PartOfChip project />
                {project.language.clone().map(|l| view! { <span class="tm-chip tm-chip--plain">{l}</span> })}
                {move || decision.get().map(|d| view! {
                    <span class=format!("tm-chip tm-chip--decision tm-chip--{}", d.id())>{decision_key(Some(d)).get(lang.get())}</span>
                })}
            </p>
            {move || map_change_text(project, lang.get()).map(|t| view! { <p class="tm-card__map">{t}</p> })}
            {successor.map(|(href, name)| view! {
                <p class="tm-card__successor">{tr(K::SucceededBy)} " " <A href=href>{name}</A></p>
            })}
        </article>
    }
}
