//! The compare tray: the current selection, always at hand, one click from the comparison.

use crate::compare;
use crate::components::landscape_data::display_name;
use crate::components::links::A;
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use crate::routes;
use crate::storage::use_store;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn CompareTray() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let location = use_location();
    let selection = Memo::new(move |_| store.prefs().with(|p| p.compare.clone()));
    let hidden =
        move || selection.with(Vec::is_empty) || location.pathname.get().ends_with(routes::COMPARE);
    view! {
        <Show when=move || !hidden()>
            <aside class="tm-tray" aria-label=tr(K::CompareTray)>
                <h2 class="tm-tray__title">
                    {tr(K::CompareTray)} " " {move || format!("({}/{})", selection.with(Vec::len), compare::MAX_COMPARED)}
                </h2>
                <ul class="tm-tray__list">
                    <For each=move || selection.get() key=|id| id.clone() let:id>
                        {
                            let name = display_name(&id);
                            let remove_id = id.clone();
                            let label = {
                                let name = name.clone();
                                move || format!("{}: {}", K::RemoveFromCompare.get(lang.get()), name)
                            };
                            view! {
                                <li class="tm-tray__item">
                                    <span>{name}</span>
                                    <button type="button" class="tm-button tm-button--icon" aria-label=label
                                        on:click=move |_| store.update(|p| compare::remove(&mut p.compare, &remove_id))>
                                        <span aria-hidden="true">"×"</span>
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <div class="tm-tray__actions">
                    <A href=move || routes::compare_of(&selection.get()) attr:class="tm-button tm-button--primary">{tr(K::CompareOpen)}</A>
                    <button type="button" class="tm-button" on:click=move |_| store.update(|p| p.compare.clear())>{tr(K::CompareClear)}</button>
                </div>
            </aside>
        </Show>
    }
}
