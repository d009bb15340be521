//! The compare tray: the current selection, always at hand, one click from the comparison.

use crate::catalog::bundled;
use crate::compare;
use crate::components::landscape_data::{display_name, start_loading, worth_looking_up};
use crate::components::links::A;
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use crate::routes;
use crate::storage::use_store;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Below this width the tray starts as a slim bar (title and "Open comparison"); the list
/// opens from the title. Matches the phone breakpoint in style/main.css (40rem).
const SLIM_BELOW_PX: f64 = 640.0;

fn starts_slim() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < SLIM_BELOW_PX)
}

#[component]
pub fn CompareTray() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let location = use_location();
    let selection = Memo::new(move |_| store.prefs().with(|p| p.compare.clone()));
    let hidden =
        move || selection.with(Vec::is_empty) || location.pathname.get().ends_with(routes::COMPARE);
    let open = RwSignal::new(!starts_slim());
    // Items added from the landscape are named once its data is loaded.
    Effect::new(move |_| {
        let outside: Vec<String> = selection.with(|ids| {
            ids.iter()
                .filter(|id| bundled().project(id).is_none())
                .cloned()
                .collect()
        });
        if worth_looking_up(&outside) {
            start_loading();
        }
    });
    view! {
        <Show when=move || !hidden()>
            <aside class="tm-tray" aria-label=tr(K::CompareTray)>
                <h2 class="tm-tray__title">
                    <button type="button" class="tm-tray__toggle" aria-controls="tm-tray-body"
                        aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                        {tr(K::CompareTray)} " " {move || format!("({}/{})", selection.with(Vec::len), compare::MAX_COMPARED)}
                    </button>
                </h2>
                <A href=move || routes::compare_of(&selection.get()) attr:class="tm-button tm-button--primary tm-tray__open">{tr(K::CompareOpen)}</A>
                <div id="tm-tray-body" class="tm-tray__body" hidden=move || !open.get()>
                    <ul class="tm-tray__list">
                        <For each=move || selection.get() key=|id| id.clone() let:id>
                            {
                                // Reactive: a landscape item's name arrives with its data.
                                let name = Memo::new({
                                    let id = id.clone();
                                    move |_| display_name(&id)
                                });
                                let remove_id = id.clone();
                                let label = move || format!("{}: {}", K::RemoveFromCompare.get(lang.get()), name.get());
                                view! {
                                    <li class="tm-tray__item">
                                        <span>{move || name.get()}</span>
                                        <button type="button" class="tm-button tm-button--icon" aria-label=label
                                            on:click=move |_| store.update(|p| compare::remove(&mut p.compare, &remove_id))>
                                            <span aria-hidden="true">"×"</span>
                                        </button>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                    <button type="button" class="tm-button tm-tray__clear" on:click=move |_| store.update(|p| p.compare.clear())>{tr(K::CompareClear)}</button>
                </div>
            </aside>
        </Show>
    }
}
