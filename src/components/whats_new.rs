//! "What changed since your last visit" (a dismissible panel on `/` and `/saved`) and a
//! project's own changelog history (on its page). The selection and order are
//! `changelog::since` and `changelog::history`.

use crate::catalog::{bundled, catalog};
use crate::changelog::{self, Change};
use crate::components::links::A;
use crate::i18n::{format_date, K};
use crate::lang::{tr, use_lang};
use crate::routes;
use crate::storage::use_store;
use leptos::prelude::*;

#[component]
pub fn WhatsNew() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let as_of: &'static str = catalog().as_of.as_str();
    let changes = Memo::new(move |_| {
        store
            .prefs()
            .with(|p| changelog::since(changelog::bundled(), p, bundled()))
    });
    // Seen: the panel stays away until the next dataset.
    let dismiss = move |_| store.update(|p| p.last_seen_data = Some(as_of.to_string()));
    view! {
        <Show when=move || !changes.with(Vec::is_empty)>
            <section class="tm-whatsnew" aria-labelledby="whatsnew-title" data-whatsnew="">
                <h2 id="whatsnew-title">{tr(K::WhatsNewTitle)}</h2>
                <p>
                    {tr(K::WhatsNewIntro)} " "
                    <time datetime=as_of>{move || format_date(as_of, lang.get())}</time>
                </p>
                <ul class="tm-whatsnew__list">
                    {move || changes.get().into_iter().map(|c: Change<'static>| {
                        let kind = c.entry.kind;
                        let mine = c.mine.is_some();
                        let target = c.entry.projects.first()
                            .and_then(|id| bundled().canonical_id(id))
                            .map(routes::project);
                        let line = move || c.line(bundled(), lang.get());
                        view! {
                            <li data-kind=kind.id() class:tm-whatsnew__mine=mine>
                                <span class="tm-chip tm-chip--plain">{tr(kind.label())}</span> " "
                                {match target {
                                    Some(href) => view! { <A href=href>{line}</A> }.into_any(),
                                    None => view! { <span>{line}</span> }.into_any(),
                                }}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <button type="button" class="tm-button tm-button--small" on:click=dismiss>
                    {tr(K::WhatsNewDismiss)}
                </button>
            </section>
        </Show>
    }
}

/// The changelog entries that name `project_id`, newest first; nothing when there are none.
#[component]
pub fn ProjectHistory(project_id: &'static str) -> impl IntoView {
    let lang = use_lang();
    let entries = changelog::history(changelog::bundled(), bundled(), project_id);
    (!entries.is_empty()).then(|| {
        view! {
            <section class="tm-history" aria-labelledby="history-title">
                <h2 id="history-title">{tr(K::ProjectHistory)}</h2>
                <ol class="tm-history__list">
                    {entries.into_iter().map(|e| view! {
                        <li>
                            <time datetime=e.date.clone()>{move || format_date(&e.date, lang.get())}</time> " "
                            <span class="tm-chip tm-chip--plain">{tr(e.kind.label())}</span> " "
                            <span>{move || e.summary.get(lang.get()).to_string()}</span>
                        </li>
                    }).collect_view()}
                </ol>
            </section>
        }
    })
}
