//! The virtualized list of `/landscape`: only the rows in (or near) the viewport exist in the
//! DOM.

use crate::catalog::bundled;
use crate::components::links::A;
use crate::i18n::K;
use crate::landscape::{window, Index, Row};
use crate::lang::{tr, use_lang};
use crate::routes;
use leptos::prelude::*;

/// Height of every row of the virtualized list, in CSS pixels (`.tm-lrow` in main.css).
const ROW_H: f64 = 64.0;
/// Rows rendered above and below the viewport.
const OVERSCAN: usize = 6;

/// Only the rows in (or near) the viewport exist in the DOM; a spacer of the full height keeps
/// the page's scroll bar true.
#[component]
pub(super) fn VirtualList(ix: &'static Index, all_rows: Memo<Vec<Row>>) -> impl IntoView {
    let lang = use_lang();
    let list_ref = NodeRef::<leptos::html::Ul>::new();
    // (pixels of the list above the viewport's top, viewport height)
    let viewport = RwSignal::new((0.0f64, 900.0f64));
    // Also runs from a frame callback that may fire after the list is gone (navigation), so
    // every reactive access is the fallible kind.
    let measure = move || {
        let (Some(el), Some(w)) = (list_ref.try_get_untracked().flatten(), web_sys::window())
        else {
            return;
        };
        let top = el.get_bounding_client_rect().top();
        let height = w
            .inner_height()
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(900.0);
        let next = (-top, height);
        if viewport.try_get_untracked().is_some_and(|v| v != next) {
            viewport.try_set(next);
        }
    };
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| measure());
    let on_resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
    Effect::new(move |_| {
        all_rows.track();
        request_animation_frame(measure);
    });
    let range = Memo::new(move |_| {
        let (scrolled, height) = viewport.get();
        window(all_rows.with(Vec::len), ROW_H, scrolled, height, OVERSCAN)
    });
    let shown = Memo::new(move |_| {
        let (a, b) = range.get();
        all_rows.with(|r| {
            (a..b)
                .filter_map(|i| r.get(i).map(|row| (i, *row)))
                .collect::<Vec<_>>()
        })
    });
    let setsize = move || all_rows.with(Vec::len);
    view! {
        <ul class="tm-lvirt" node_ref=list_ref
            style:height=move || format!("{}px", all_rows.with(Vec::len) as f64 * ROW_H)>
            <For each=move || shown.get() key=|(i, row)| (*i, *row) let:entry>
                {
                    let (i, row) = entry;
                    let top = format!("translateY({}px)", i as f64 * ROW_H);
                    match row {
                        Row::Heading { category, count: n } => {
                            let c = &ix.data.categories[category];
                            view! {
                                <li class="tm-lrow tm-lrow--heading" style:transform=top
                                    aria-posinset=i + 1 aria-setsize=setsize>
                                    <h2 class="tm-lrow__heading">
                                        {move || c.name.get(lang.get()).to_string()}
                                        " "
                                        <span class="tm-count">{move || format!("({})", n)}</span>
                                    </h2>
                                </li>
                            }.into_any()
                        }
                        Row::Item(n) => {
                            let it = &ix.data.items[n];
                            let sub = ix.subcategory_of(n);
                            let curated = bundled().project(&it.id).is_some();
                            let maturity = it.maturity;
                            view! {
                                <li class="tm-lrow tm-lrow--item" style:transform=top data-item=it.id.clone()
                                    aria-posinset=i + 1 aria-setsize=setsize>
                                    <A href=routes::landscape_item(&it.id) attr:class="tm-lrow__name">{it.name.clone()}</A>
                                    <span class="tm-lrow__meta">
                                        {move || sub.name.get(lang.get()).to_string()}
                                        " · "
                                        <span class=format!("tm-badge tm-badge--{}", maturity.id())>{move || maturity.label().get(lang.get())}</span>
                                        {curated.then(|| view! { " · " <span class="tm-lrow__trail">{tr(K::NavTrail)}</span> })}
                                    </span>
                                    <span class="tm-lrow__desc">{it.description.clone().unwrap_or_default()}</span>
                                </li>
                            }.into_any()
                        }
                    }
                }
            </For>
        </ul>
    }
}
