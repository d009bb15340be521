//! Project cards and the small pieces they share with the detail page: maturity badge, the
//! 2020-map change note, bookmark and compare toggles.

use crate::catalog::{bundled, Lang, MapBadge, Maturity, Project};
use crate::compare::MAX_COMPARED;
use crate::components::links::A;
use crate::i18n::{format_date, K};
use crate::lang::{tr, use_lang};
use crate::routes;
use crate::storage::use_store;
use leptos::prelude::*;

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
        <span class=format!("tm-badge tm-badge--{}", maturity.id())>{tr(maturity.label())}</span>
    }
}

/// "2020 map: Incubating → Graduated (Jul 28, 2021)" where the map and today differ.
pub fn map_change_text(p: &Project, lang: Lang) -> Option<String> {
    let map = p.on_map_2020.as_ref()?;
    let then = map.badge.map(MapBadge::maturity);
    if then == Some(p.cncf.status) {
        return None;
    }
    let then_word = match then {
        Some(m) => m.label().get(lang).to_string(),
        None => K::NoBadge2020.get(lang).to_string(),
    };
    let now_word = p.cncf.status.label().get(lang);
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

/// What a project toggle says and shows, off and on.
#[derive(Clone, Copy)]
struct ToggleWords {
    /// `data-action` and the CSS modifier: `bookmark` or `compare`.
    action: &'static str,
    /// The accessible name's verb, e.g. "Add bookmark" / "Remove bookmark".
    add: K,
    remove: K,
    /// The visible text (when not compact).
    text_off: K,
    text_on: K,
    /// The visible text when compact (cards), if the icon alone would not say what it does.
    text_compact: Option<K>,
    icon_off: &'static str,
    icon_on: &'static str,
}

const BOOKMARK: ToggleWords = ToggleWords {
    action: "bookmark",
    add: K::AddBookmark,
    remove: K::RemoveBookmark,
    text_off: K::Bookmark,
    text_on: K::Bookmarked,
    // A star reads as "bookmark" on its own.
    text_compact: None,
    icon_off: "☆",
    icon_on: "★",
};

const COMPARE: ToggleWords = ToggleWords {
    action: "compare",
    add: K::AddToCompare,
    remove: K::RemoveFromCompare,
    text_off: K::AddToCompare,
    text_on: K::InCompare,
    // A bare ⇄ says nothing: cards show "⇄ Compare".
    text_compact: Some(K::CompareShort),
    icon_off: "⇄",
    icon_on: "⇄",
};

/// A pressed/not-pressed button for one project, named "Add bookmark: Prometheus" and so on
/// (lists hold many projects).
#[component]
fn ProjectToggle(
    project: &'static Project,
    on: Memo<bool>,
    words: ToggleWords,
    compact: bool,
    press: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let label = move || {
        let action = if on.get() { words.remove } else { words.add };
        format!("{}: {}", action.get(lang.get()), project.name)
    };
    let pick = move |off: K, on_key: K| if on.get() { on_key } else { off };
    view! {
        <button
            type="button"
            class=format!("tm-toggle tm-toggle--{}", words.action)
            class:tm-toggle--on=move || on.get()
            aria-pressed=move || on.get().to_string()
            aria-label=label
            title=label
            data-action=words.action
            on:click=move |_| press.run(())
        >
            <span aria-hidden="true">{move || if on.get() { words.icon_on } else { words.icon_off }}</span>
            {if compact {
                words.text_compact.map(|k| view! { <span class="tm-toggle__text">{tr(k)}</span> }.into_any())
            } else {
                Some(view! {
                    <span class="tm-toggle__text">{move || pick(words.text_off, words.text_on).get(lang.get())}</span>
                }.into_any())
            }}
        </button>
    }
}

#[component]
pub fn BookmarkButton(project: &'static Project, #[prop(optional)] compact: bool) -> impl IntoView {
    let store = use_store();
    let id = project.id.as_str();
    let on = Memo::new(move |_| store.prefs().with(|p| p.is_bookmarked(id)));
    let press = Callback::new(move |()| {
        store.toggle_bookmark(id);
    });
    view! { <ProjectToggle project on words=BOOKMARK compact press /> }
}

#[component]
pub fn CompareToggle(project: &'static Project, #[prop(optional)] compact: bool) -> impl IntoView {
    let store = use_store();
    let id = project.id.as_str();
    let on = Memo::new(move |_| store.prefs().with(|p| p.compare.iter().any(|c| c == id)));
    let full = Memo::new(move |_| store.prefs().with(|p| p.compare.len() >= MAX_COMPARED));
    let refused = RwSignal::new(false);
    let press = Callback::new(move |()| refused.set(store.toggle_compare(id).is_err()));
    view! {
        <span class="tm-compare-toggle">
            <ProjectToggle project on words=COMPARE compact press />
            // Only while the selection is still full: room made elsewhere ends the refusal.
            {move || (refused.get() && full.get()).then(|| view! {
                <span class="tm-inline-alert" role="alert">{tr(K::CompareLimit)}</span>
            })}
        </span>
    }
}

/// A project's implementation language on a card: plain text, named for screen readers.
pub fn card_language(project: &'static Project) -> impl IntoView {
    project.language.clone().map(|l| {
        view! {
            <span class="tm-card__lang">
                <span class="tm-visually-hidden">{tr(K::Language)} ": "</span>{l}
            </span>
        }
    })
}

/// A compact card for lists: name, tagline, maturity, language, saved state, toggles. The
/// whole card opens the project (the title link stretches over it); the toggles and other
/// links sit above that link and stay their own targets.
#[component]
pub fn ProjectCard(project: &'static Project) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let id = project.id.as_str();
    let href = routes::project(id);
    let bookmarked = Memo::new(move |_| store.prefs().with(|p| p.is_bookmarked(id)));
    let decision = Memo::new(move |_| store.prefs().with(|p| p.decision(id)));
    let successor = crate::advice::successor(bundled(), project)
        .map(|s| (routes::project(&s.id), s.name.clone()));
    view! {
        <article class="tm-card" class:tm-card--bookmarked=move || bookmarked.get() data-project=id>
            <h3 class="tm-card__title"><A href=href>{project.name.clone()}</A></h3>
            <p class="tm-card__tagline">{move || project.tagline.get(lang.get()).to_string()}</p>
            <p class="tm-card__meta">
                <MaturityBadge maturity=project.cncf.status />
                <PartOfChip project />
                {card_language(project)}
                {move || decision.get().map(|d| view! {
                    <span class=format!("tm-chip tm-chip--decision tm-chip--{}", d.id())>{d.label().get(lang.get())}</span>
                })}
            </p>
            {move || map_change_text(project, lang.get()).map(|t| view! { <p class="tm-card__map">{t}</p> })}
            {successor.map(|(href, name)| view! {
                <p class="tm-card__successor">{tr(K::SucceededBy)} " " <A href=href>{name}</A></p>
            })}
            <CardActions project />
        </article>
    }
}

/// The bookmark and compare toggles at the foot of a card.
#[component]
pub fn CardActions(project: &'static Project) -> impl IntoView {
    view! {
        <div class="tm-card__actions">
            <BookmarkButton project compact=true />
            <CompareToggle project compact=true />
        </div>
    }
}
