//! The search box, facet checkboxes with counts, active-filter chips and the copy-link action.

use crate::catalog::{catalog, Lang, Maturity};
use crate::filter::FacetOption;
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use crate::query::{search_box_text, Facet, TrailQuery};
use leptos::prelude::*;

/// The label a facet value shows in `lang`.
pub fn value_label(facet: Facet, value: &str, lang: Lang) -> String {
    let data = catalog();
    match facet {
        Facet::Stage => data
            .stage(value)
            .map(|s| format!("{}. {}", s.step, s.title.get(lang)))
            .unwrap_or_else(|| value.to_string()),
        Facet::Maturity => Maturity::from_id(value)
            .map(|m| m.label().get(lang).to_string())
            .unwrap_or_else(|| value.to_string()),
        Facet::Tag => data
            .tag(value)
            .map(|t| t.label.get(lang).to_string())
            .unwrap_or_else(|| value.to_string()),
        Facet::Language | Facet::License => value.to_string(),
    }
}

#[component]
pub fn FilterBar(
    query: Memo<TrailQuery>,
    /// Apply a new query (`TrailQuery::history_step` decides push or replace).
    set_query: Callback<TrailQuery>,
    /// Options of each facet for the current query.
    options: Memo<Vec<(Facet, Vec<FacetOption>)>>,
    /// How many projects match now.
    count: Signal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    // The URL holds the trimmed search text; the box shows what was typed while that still
    // means the same, else the URL's text (Back, a chip, "clear all", Esc). A memo, so the
    // box is written only when what it should show changes, never under the caret.
    let typed = StoredValue::new(query.with_untracked(|q| q.q.clone()));
    let text = Memo::new(move |_| query.with(|q| typed.with_value(|t| search_box_text(t, &q.q))));
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        typed.set_value(value.clone());
        let mut next = query.get_untracked();
        next.q = value.trim().to_string();
        set_query.run(next);
    };
    let toggle = move |facet: Facet, value: String| {
        let mut next = query.get_untracked();
        next.toggle(facet, &value);
        set_query.run(next);
    };
    let toggle_saved = move || {
        let mut next = query.get_untracked();
        next.saved = !next.saved;
        set_query.run(next);
    };
    let clear_all = move |_| set_query.run(query.get_untracked().cleared());
    let clear_text = move || {
        let mut next = query.get_untracked();
        next.q.clear();
        set_query.run(next);
    };

    let chips = move || {
        let q = query.get();
        let mut chips: Vec<(Facet, String)> = Vec::new();
        for facet in Facet::ALL {
            for v in q.list(facet).0.iter() {
                chips.push((facet, v.clone()));
            }
        }
        chips
    };

    view! {
        <section class="tm-filters" aria-labelledby="tm-filters-title">
            <h2 id="tm-filters-title" class="tm-visually-hidden">{tr(K::Filters)}</h2>
            <div class="tm-search" role="search">
                <label for="tm-search-input" class="tm-search__label">{tr(K::SearchLabel)}</label>
                <input
                    id="tm-search-input"
                    class="tm-search__input"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=tr(K::SearchPlaceholder)
                    prop:value=text
                    on:input=on_input
                />
            </div>
            <div class="tm-facets">
                {Facet::ALL.into_iter().map(|facet| view! { <FacetGroup facet options toggle /> }).collect_view()}
                <label class="tm-facet tm-facet--saved">
                    <input type="checkbox" prop:checked=move || query.with(|q| q.saved) on:change=move |_| toggle_saved() />
                    <span>{tr(K::FacetSaved)}</span>
                </label>
            </div>
            <div class="tm-active">
                <Show when=move || !query.with(TrailQuery::is_unfiltered)>
                    <h3 class="tm-visually-hidden">{tr(K::ActiveFilters)}</h3>
                    <ul class="tm-chips" aria-label=tr(K::ActiveFilters)>
                        {move || query.with(|q| (!q.q.is_empty()).then(|| q.q.clone())).map(|text| {
                            let label = format!("{}: “{text}”", K::SearchChip.get(lang.get()));
                            let aria = format!("{}: {label}", K::RemoveFilter.get(lang.get()));
                            view! {
                                <li>
                                    <button type="button" class="tm-chip tm-chip--removable" aria-label=aria
                                        on:click=move |_| clear_text()>
                                        {label} <span aria-hidden="true">" ×"</span>
                                    </button>
                                </li>
                            }
                        })}
                        {move || chips().into_iter().map(|(facet, value)| {
                            let label = value_label(facet, &value, lang.get());
                            let aria = format!("{}: {}", K::RemoveFilter.get(lang.get()), label);
                            view! {
                                <li>
                                    <button type="button" class="tm-chip tm-chip--removable" aria-label=aria
                                        on:click=move |_| toggle(facet, value.clone())>
                                        {label} <span aria-hidden="true">" ×"</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                        {move || query.with(|q| q.saved).then(|| view! {
                            <li>
                                <button type="button" class="tm-chip tm-chip--removable"
                                    aria-label=move || format!("{}: {}", K::RemoveFilter.get(lang.get()), K::FacetSaved.get(lang.get()))
                                    on:click=move |_| toggle_saved()>
                                    {tr(K::FacetSaved)} <span aria-hidden="true">" ×"</span>
                                </button>
                            </li>
                        })}
                    </ul>
                    <button type="button" class="tm-button tm-button--small" on:click=clear_all>{tr(K::ClearAll)}</button>
                </Show>
                <p class="tm-result-count" role="status" aria-live="polite" aria-atomic="true">
                    {move || crate::i18n::count(count.get(), K::ResultsCount, lang.get())}
                </p>
                <crate::components::copy_link::CopyLink />
            </div>
        </section>
    }
}

/// One facet: a disclosure with a checkbox per value, closed until asked for. A choice, a
/// click outside or Esc closes it; after a choice or Esc the focus goes back to its toggle
/// (the summary), so a keyboard user is never left inside a closed panel. Elements are keyed
/// by value so that counts change around them without rebuilding them.
#[component]
fn FacetGroup(
    facet: Facet,
    options: Memo<Vec<(Facet, Vec<FacetOption>)>>,
    toggle: impl Fn(Facet, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(false);
    let details = NodeRef::<leptos::html::Details>::new();
    let summary = NodeRef::<leptos::html::Summary>::new();
    let close = move |refocus: bool| {
        open.set(false);
        if refocus {
            if let Some(s) = summary.get_untracked() {
                let _ = s.focus();
            }
        }
    };
    let toggle = move |facet: Facet, value: String| {
        toggle(facet, value);
        close(true);
    };
    close_on_click_outside(details, open);
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            ev.stop_propagation();
            close(true);
        }
    };
    let mine = Memo::new(move |_| {
        options.with(|all| {
            all.iter()
                .find(|(f, _)| *f == facet)
                .map(|(_, o)| o.clone())
                .unwrap_or_default()
        })
    });
    // The options' values change far less often than their counts: the list below is rebuilt
    // only when they do.
    let values =
        Memo::new(move |_| mine.with(|o| o.iter().map(|x| x.value.clone()).collect::<Vec<_>>()));
    let active = Memo::new(move |_| mine.with(|o| o.iter().filter(|x| x.selected).count()));
    view! {
        <details class="tm-facet" node_ref=details prop:open=move || open.get() on:keydown=on_keydown on:toggle=move |ev| {
            use wasm_bindgen::JsCast;
            if let Some(d) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                open.set(d.open());
            }
        }>
            <summary class="tm-facet__summary" node_ref=summary>
                {move || facet.label().get(lang.get())}
                {move || (active.get() > 0).then(|| view! { <span class="tm-facet__active">{format!(" ({})", active.get())}</span> })}
            </summary>
            <fieldset class="tm-facet__options">
                <legend class="tm-visually-hidden">{move || facet.label().get(lang.get())}</legend>
                <For each=move || values.get() key=|v| v.clone() let:value>
                    {
                        let v1 = value.clone();
                        let v3 = value.clone();
                        let v4 = value.clone();
                        // (count, selected) of this option, found where it was last time
                        // (the order is stable while typing), else by a search.
                        let at = StoredValue::new(0usize);
                        let state = Memo::new(move |_| {
                            mine.with(|o| {
                                let i = at.get_value();
                                let i = if o.get(i).is_some_and(|x| x.value == v1) {
                                    Some(i)
                                } else {
                                    o.iter().position(|x| x.value == v1)
                                };
                                if let Some(i) = i {
                                    at.set_value(i);
                                }
                                i.map_or((0, false), |i| (o[i].count, o[i].selected))
                            })
                        });
                        let count = Memo::new(move |_| state.get().0);
                        let selected = Memo::new(move |_| state.get().1);
                        view! {
                            <label class="tm-facet__option" class:tm-facet__option--empty=move || count.get() == 0 && !selected.get()>
                                <input type="checkbox" prop:checked=selected data-facet=facet.key() data-value=value.clone()
                                    on:change=move |_| toggle(facet, v3.clone()) />
                                <span>{move || value_label(facet, &v4, lang.get())}</span>
                                <span class="tm-facet__count">{move || count.get()}</span>
                            </label>
                        }
                    }
                </For>
            </fieldset>
        </details>
    }
}

/// Close the panel `details` when a click lands outside it (another facet's toggle included),
/// for as long as the panel is on the page.
fn close_on_click_outside(details: NodeRef<leptos::html::Details>, open: RwSignal<bool>) {
    use wasm_bindgen::JsCast;
    let handle = window_event_listener(leptos::ev::click, move |ev| {
        if !open.get_untracked() {
            return;
        }
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = match (details.get_untracked(), target) {
            (Some(d), Some(t)) => d.contains(Some(&t)),
            // A click on nothing the page knows (or before mounting) is not a reason to close.
            _ => true,
        };
        if !inside {
            open.set(false);
        }
    });
    on_cleanup(move || handle.remove());
}
