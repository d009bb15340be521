//! Route `/compare?ids=a,b[&diff=1]`: two to four projects side by side, differences marked.
//!
//! The address is the truth: `CompareQuery` parses it, every edit writes it (replacing the
//! history entry), and the compare tray adopts any selection it names. `/compare` without
//! `ids` is sent to the tray's address once, when the page opens.

use crate::catalog::{bundled, catalog, Comparison};
use crate::compare::{self, SelectionNotice, MAX_COMPARED};
use crate::components::landscape_data::{start_loading, use_landscape, worth_looking_up, Load};
use crate::components::links::A;
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use crate::query::CompareQuery;
use crate::routes;
use crate::storage::use_store;
use crate::text::shorten;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

mod table;

use table::CompareTable;

/// A change to the selection, applied by the page.
type SelectionEdit = Box<dyn FnOnce(&mut Vec<String>)>;

#[component]
pub fn ComparePage() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let navigate = use_navigate();
    let data = catalog();

    let CompareAddress {
        query,
        looking_up,
        shown_notices,
    } = use_compare_address();
    // Without `ids` (a bare `/compare`) the tray's selection is shown.
    let ids = Memo::new(move |_| {
        query
            .with(|q| q.ids.clone())
            .unwrap_or_else(|| store.prefs().with(|p| p.compare.clone()))
    });
    let only_diff = Memo::new(move |_| query.with(|q| q.only_diff));

    // Write a selection into the address, keeping the link's `lang`.
    let show = move |ids: Vec<String>, only_diff: bool| {
        let next = CompareQuery {
            ids: Some(ids),
            notices: Vec::new(),
            only_diff,
            lang: query.with_untracked(|q| q.lang),
        };
        navigate(
            &routes::compare(&next),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    // Opened without `ids`: put the tray's selection in the address, so it can be shared.
    // Once, at opening: the page never writes the address on its own after that.
    // (An effect that reads nothing reactively: it runs once, after the page is built.)
    let show_tray = show.clone();
    Effect::new(move |_| {
        let tray = store.prefs().with_untracked(|p| p.compare.clone());
        if query.with_untracked(|q| q.ids.is_none()) && !tray.is_empty() {
            show_tray(tray, only_diff.get_untracked());
        }
    });
    // The tray adopts a selection the address names (a shared or curated link, Back). A link
    // that names no known project never empties it.
    Effect::new(move |_| {
        if looking_up.get() {
            return;
        }
        let named = query.with(|q| q.ids.clone()).filter(|ids| !ids.is_empty());
        if let Some(named) = named {
            if store.prefs().with_untracked(|p| p.compare != named) {
                store.update(|p| p.compare = named);
            }
        }
    });

    // Every edit writes the address and the tray.
    let show_edit = show.clone();
    let set_ids = Callback::new(move |(next, diff): (Vec<String>, bool)| {
        store.update(|p| p.compare = next.clone());
        show_edit(next, diff);
    });
    let edit = move |f: SelectionEdit| {
        let mut next = ids.get_untracked();
        f(&mut next);
        set_ids.run((next, only_diff.get_untracked()));
    };
    let curated_match = Memo::new(move |_| {
        ids.with(|ids| {
            data.comparisons.iter().position(|c| {
                c.projects.len() == ids.len() && c.projects.iter().all(|p| ids.contains(p))
            })
        })
    });

    view! {
        <Title text=move || K::CompareTitle.get(lang.get()).to_string() />
        <section class="tm-compare">
            <header class="tm-page-head">
                <h1>{tr(K::CompareTitle)}</h1>
                <p class="tm-lead">{tr(K::CompareIntro)}</p>
            </header>
            <CompareNotices looking_up shown_notices />
            {move || curated_match.get().and_then(|i| data.comparisons.get(i)).map(|c| view! {
                <section class="tm-narrative" aria-labelledby="narrative-title">
                    <h2 id="narrative-title">{tr(K::WhenToPick)} ": " {move || c.title.get(lang.get()).to_string()}</h2>
                    <p>{move || c.narrative.get(lang.get()).to_string()}</p>
                </section>
            })}
            <AddProject ids set_ids only_diff />
            <CompareTable ids only_diff set_ids edit />
            <section class="tm-curated-list" aria-labelledby="curated-list-title">
                <h2 id="curated-list-title">{tr(K::CuratedComparisons)}</h2>
                <ul>
                    {data.comparisons.iter().enumerate().map(|(i, c)| {
                        let current = Signal::derive(move || curated_match.get() == Some(i));
                        view! { <CuratedItem c current /> }
                    }).collect_view()}
                </ul>
            </section>
        </section>
    }
}

/// The compare page's address, read with the landscape in mind: ids the trail doesn't know
/// may be landscape items, looked up before the page calls them unknown.
struct CompareAddress {
    query: Memo<CompareQuery>,
    /// The landscape is being loaded to look up ids of the link.
    looking_up: Memo<bool>,
    /// What to tell about the link's ids, once any lookup is over.
    shown_notices: Memo<Vec<SelectionNotice>>,
}

fn use_compare_address() -> CompareAddress {
    let location = use_location();
    // Ids the trail doesn't know may be items of the whole landscape: once it is loaded, they
    // become columns too.
    let landscape = use_landscape();
    let query = Memo::new(move |_| {
        let search = location.search.get();
        match landscape.get() {
            Load::Ready(ix) => CompareQuery::parse_with(&search, bundled(), |id| {
                ix.item(id).map(|it| it.id.as_str())
            }),
            _ => CompareQuery::parse(&search, bundled()),
        }
    });
    // A link naming ids that could be landscape items loads the landscape to look them up.
    let looking_up = Memo::new(move |_| {
        !matches!(landscape.get(), Load::Ready(_) | Load::Failed(_))
            && query.with(|q| {
                q.notices.iter().any(|n| {
                    matches!(n, SelectionNotice::UnknownDropped(ids) if worth_looking_up(
                        &ids.iter().map(|id| id.to_ascii_lowercase()).collect::<Vec<_>>()))
                })
            })
    });
    Effect::new(move |_| {
        if looking_up.get() {
            start_loading();
        }
    });
    // Told once the lookup is over, so a landscape id is never reported as unknown first.
    let shown_notices = Memo::new(move |_| {
        if looking_up.get() {
            Vec::new()
        } else {
            query.with(|q| q.notices.clone())
        }
    });
    CompareAddress {
        query,
        looking_up,
        shown_notices,
    }
}

/// The lookup in progress, then what the page could not show of the link.
#[component]
fn CompareNotices(
    looking_up: Memo<bool>,
    shown_notices: Memo<Vec<SelectionNotice>>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div role="status" class="tm-compare__notices">
            {move || looking_up.get().then(|| view! {
                <p class="tm-notice" data-notice="lookup">{tr(K::CompareLookingUp)}</p>
            })}
            {move || shown_notices.get().into_iter().map(|n| view! {
                <p class="tm-notice tm-notice--warn" data-notice="compare">{move || notice_text(&n, lang.get())}</p>
            }).collect_view()}
        </div>
    }
}

/// What the page says about ids a link held that it could not show.
fn notice_text(n: &SelectionNotice, lang: crate::catalog::Lang) -> String {
    match n {
        SelectionNotice::UnknownDropped(dropped) => {
            let shown: Vec<String> = dropped.iter().map(|d| shorten(d, 40)).collect();
            format!("{} {}", K::UnknownIdsDropped.get(lang), shown.join(", "))
        }
        SelectionNotice::DuplicatesCollapsed => K::DuplicatesCollapsed.get(lang).to_string(),
        SelectionNotice::TooMany => K::TooManyIds.get(lang).to_string(),
    }
}

/// "Add a project": a list of every project not yet compared.
#[component]
fn AddProject(
    ids: Memo<Vec<String>>,
    set_ids: Callback<(Vec<String>, bool)>,
    only_diff: Memo<bool>,
) -> impl IntoView {
    let data = catalog();
    let choice = RwSignal::new(String::new());
    let refused = RwSignal::new(false);
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = choice.get_untracked();
        if id.is_empty() {
            return;
        }
        let mut next = ids.get_untracked();
        match compare::add(&mut next, &id) {
            Ok(()) => {
                refused.set(false);
                set_ids.run((next, only_diff.get_untracked()));
            }
            Err(_) => refused.set(true),
        }
    };
    let full = move || ids.with(|ids| ids.len() >= MAX_COMPARED);
    view! {
        <form class="tm-compare__add" on:submit=on_add>
            <label for="tm-compare-add">{tr(K::CompareAdd)}</label>
            <select id="tm-compare-add" on:change=move |ev| choice.set(event_target_value(&ev)) prop:value=move || choice.get()>
                <option value="">"—"</option>
                {data.projects.iter().map(|p| view! {
                    <option value=p.id.clone() disabled=move || ids.with(|ids| ids.contains(&p.id))>{p.name.clone()}</option>
                }).collect_view()}
            </select>
            <button type="submit" class="tm-button" disabled=full>{tr(K::CompareAddButton)}</button>
            {move || (refused.get() || full()).then(|| view! {
                <span class="tm-inline-alert" role="status">{tr(K::CompareLimit)}</span>
            })}
        </form>
    }
}

/// A curated comparison in the list. The one on screen already shows its narrative above
/// the table: here it only says so, so the text is never on the page twice.
#[component]
fn CuratedItem(c: &'static Comparison, current: Signal<bool>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <li class="tm-curated-item" aria-current=move || current.get().then_some("true")>
            <h3><A href=routes::compare_of(&c.projects)>{move || c.title.get(lang.get()).to_string()}</A></h3>
            {move || if current.get() {
                view! { <p class="tm-curated-item__here">{tr(K::CuratedShownAbove)}</p> }.into_any()
            } else {
                view! { <p>{move || c.narrative.get(lang.get()).to_string()}</p> }.into_any()
            }}
        </li>
    }
}
