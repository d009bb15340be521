//! Route `/compare?ids=a,b[&diff=1]`: two to four projects side by side, differences marked.

use crate::app::{tr, use_lang};
use crate::catalog::{bundled, catalog, Comparison, Project};
use crate::compare::{
    self, parse_ids, rows, swap_candidates, Cell, LinkTarget, SelectionNotice, MAX_COMPARED,
};
use crate::components::links::external_link;
use crate::components::links::A;
use crate::i18n::K;
use crate::query::{keys, pairs, print};
use crate::storage::use_store;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// A change to the selection, applied by the page.
type SelectionEdit = Box<dyn FnOnce(&mut Vec<String>)>;

/// The URL state of the compare page.
#[derive(Clone, Debug, PartialEq)]
struct CompareState {
    ids: Vec<String>,
    notices: Vec<SelectionNotice>,
    only_diff: bool,
    /// `ids` was absent: the tray's selection is shown.
    from_tray: bool,
}

fn compare_url(ids: &[String], only_diff: bool, lang: Option<&str>) -> String {
    let mut p: Vec<(&str, String)> = vec![(keys::IDS, ids.join(","))];
    if only_diff {
        p.push((keys::DIFF, "1".to_string()));
    }
    if let Some(l) = lang {
        p.push((keys::LANG, l.to_string()));
    }
    format!("/compare{}", print(&p))
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let location = use_location();
    let navigate = use_navigate();
    let data = catalog();

    let state = Memo::new(move |_| {
        let search = location.search.get();
        let pairs = pairs(&search);
        let raw_ids = pairs
            .iter()
            .filter(|(k, _)| k == keys::IDS)
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let has_ids = pairs.iter().any(|(k, _)| k == keys::IDS);
        let only_diff = pairs
            .iter()
            .any(|(k, v)| k == keys::DIFF && (v == "1" || v == "true"));
        if has_ids {
            let (ids, notices) = parse_ids(&raw_ids, bundled());
            CompareState {
                ids,
                notices,
                only_diff,
                from_tray: false,
            }
        } else {
            let ids = store.prefs().with_untracked(|p| p.compare.clone());
            CompareState {
                ids,
                notices: Vec::new(),
                only_diff,
                from_tray: true,
            }
        }
    });
    let ids = Memo::new(move |_| state.with(|s| s.ids.clone()));
    let projects = Memo::new(move |_| {
        ids.with(|ids| {
            ids.iter()
                .filter_map(|id| bundled().project(id))
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let only_diff = Memo::new(move |_| state.with(|s| s.only_diff));

    // The tray follows what is shown: a shared or curated link becomes the selection (unless
    // it names no known project, so a bad link never empties the tray), and `/compare` alone
    // gets the tray's ids into its URL, so the address can be shared.
    // Put a selection in the address (replacing the entry), keeping a `lang` the link had.
    let show = move |ids: &[String], diff: bool| {
        let lang_in_url =
            crate::query::lang_param(&location.search.get_untracked()).map(|l| l.code());
        navigate(
            &compare_url(ids, diff, lang_in_url),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let show_sync = show.clone();
    Effect::new(move |_| {
        let (shown, from_tray, diff) = state.with(|s| (s.ids.clone(), s.from_tray, s.only_diff));
        // Leaving the page changes the query (no `ids`) before this page is gone: writing the
        // tray's URL then would pull the user back to /compare.
        if !location.pathname.get_untracked().ends_with("/compare") {
            return;
        }
        if from_tray {
            if !shown.is_empty() {
                show_sync(&shown, diff);
            }
        } else if !shown.is_empty() && store.prefs().with_untracked(|p| p.compare != shown) {
            store.update(|p| p.compare = shown);
        }
    });

    // Every edit rewrites the URL (replace) and keeps the tray in step.
    let set_ids = Callback::new(move |(next, diff): (Vec<String>, bool)| {
        store.update(|p| p.compare = next.clone());
        show(&next, diff);
    });
    let edit = move |f: SelectionEdit| {
        let mut next = ids.get_untracked();
        f(&mut next);
        set_ids.run((next, only_diff.get_untracked()));
    };

    let add_choice = RwSignal::new(String::new());
    let add_refused = RwSignal::new(false);
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = add_choice.get_untracked();
        if id.is_empty() {
            return;
        }
        let mut next = ids.get_untracked();
        match compare::add(&mut next, &id) {
            Ok(()) => {
                add_refused.set(false);
                set_ids.run((next, only_diff.get_untracked()));
            }
            Err(_) => add_refused.set(true),
        }
    };

    let table_rows = Memo::new(move |_| {
        projects.with(|ids| {
            let ps: Vec<&Project> = ids.iter().filter_map(|id| bundled().project(id)).collect();
            rows(data, &ps, lang.get())
        })
    });
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
            <div role="status" class="tm-compare__notices">
                {move || state.with(|s| s.notices.clone()).into_iter().map(|n| {
                    let text = match &n {
                        SelectionNotice::UnknownDropped(dropped) => {
                            let shown: Vec<String> = dropped.iter().map(|d| d.chars().take(40).collect()).collect();
                            format!("{} {}", K::UnknownIdsDropped.get(lang.get()), shown.join(", "))
                        }
                        SelectionNotice::DuplicatesCollapsed => K::DuplicatesCollapsed.get(lang.get()).to_string(),
                        SelectionNotice::TooMany => K::TooManyIds.get(lang.get()).to_string(),
                    };
                    view! { <p class="tm-notice tm-notice--warn" data-notice="compare">{text}</p> }
                }).collect_view()}
            </div>

            {move || curated_match.get().and_then(|i| data.comparisons.get(i)).map(|c| view! {
                <section class="tm-narrative" aria-labelledby="narrative-title">
                    <h2 id="narrative-title">{tr(K::WhenToPick)} ": " {move || c.title.get(lang.get()).to_string()}</h2>
                    <p>{move || c.narrative.get(lang.get()).to_string()}</p>
                </section>
            })}

            <form class="tm-compare__add" on:submit=on_add>
                <label for="tm-compare-add">{tr(K::CompareAdd)}</label>
                <select id="tm-compare-add" on:change=move |ev| add_choice.set(event_target_value(&ev)) prop:value=move || add_choice.get()>
                    <option value="">"—"</option>
                    {data.projects.iter().map(|p| view! {
                        <option value=p.id.clone() disabled=move || ids.with(|ids| ids.contains(&p.id))>{p.name.clone()}</option>
                    }).collect_view()}
                </select>
                <button type="submit" class="tm-button" disabled=move || ids.with(|ids| ids.len() >= MAX_COMPARED)>{tr(K::CompareAddButton)}</button>
                {move || (add_refused.get() || ids.with(|ids| ids.len() >= MAX_COMPARED)).then(|| view! {
                    <span class="tm-inline-alert" role="status">{tr(K::CompareLimit)}</span>
                })}
            </form>

            <Show
                when=move || projects.with(|p| p.len() >= 2)
                fallback=move || view! { <p class="tm-empty" role="status">{tr(K::CompareNeedMore)}</p> }
            >
                <label class="tm-compare__diff">
                    <input type="checkbox" prop:checked=move || only_diff.get()
                        on:change=move |_| set_ids.run((ids.get_untracked(), !only_diff.get_untracked())) />
                    {tr(K::CompareOnlyDiff)}
                </label>
                <div class="tm-compare__scroll" tabindex="0" role="region" aria-label=tr(K::CompareTitle)>
                    <table class="tm-compare__table">
                        <caption class="tm-visually-hidden">{tr(K::CompareTitle)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr(K::Attribute)}</th>
                                {move || {
                                    let cols = projects.get();
                                    let n = cols.len();
                                    cols.into_iter().enumerate().map(|(i, id)| {
                                        view! { <ColumnHead id i n ids edit /> }
                                    }).collect_view()
                                }}
                            </tr>
                        </thead>
                        <tbody>
                            {move || table_rows.get().into_iter()
                                .filter(|r| !only_diff.get() || r.differs)
                                .map(|r| view! {
                                    <tr class:tm-differs=r.differs data-row=format!("{:?}", r.key)>
                                        <th scope="row">
                                            {r.key.label().get(lang.get())}
                                            {r.differs.then(|| view! { <span class="tm-differs__mark">" • " {K::CompareDiffers.get(lang.get())}</span> })}
                                        </th>
                                        {r.cells.into_iter().map(|c| view! { <td>{cell_view(c)}</td> }).collect_view()}
                                    </tr>
                                }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>

            <section class="tm-curated-list" aria-labelledby="curated-list-title">
                <h2 id="curated-list-title">{tr(K::CuratedComparisons)}</h2>
                <ul>
                    {data.comparisons.iter().map(|c| view! { <CuratedItem c /> }).collect_view()}
                </ul>
            </section>
        </section>
    }
}

#[component]
fn CuratedItem(c: &'static Comparison) -> impl IntoView {
    let lang = use_lang();
    let href = compare_url(&c.projects, false, None);
    view! {
        <li class="tm-curated-item">
            <h3><A href=href>{move || c.title.get(lang.get()).to_string()}</A></h3>
            <p>{move || c.narrative.get(lang.get()).to_string()}</p>
        </li>
    }
}

#[component]
fn ColumnHead(
    id: String,
    i: usize,
    n: usize,
    ids: Memo<Vec<String>>,
    edit: impl Fn(SelectionEdit) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let Some(project) = bundled().project(&id) else {
        return view! { <th scope="col">{id}</th> }.into_any();
    };
    let name = project.name.clone();
    let is_last = i + 1 >= n;
    let candidates: Vec<(String, String)> = ids.with_untracked(|sel| {
        swap_candidates(bundled(), project, sel)
            .into_iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect()
    });
    let swap_id = format!("swap-{}", project.id);
    let label_for = move |k: K| format!("{}: {}", k.get(lang.get()), project.name);
    view! {
        <th scope="col" class="tm-compare__col" data-project=project.id.clone()>
            <A href=format!("/project/{}", project.id)>{name}</A>
            <div class="tm-compare__col-actions">
                <button type="button" class="tm-button tm-button--icon" disabled=i == 0
                    data-move=format!("{}:left", project.id)
                    aria-label=move || label_for(K::MoveLeft) on:click=move |_| {
                        edit(Box::new(move |v| compare::move_left(v, i)));
                        refocus_move(&project.id, "left", "right");
                    }>
                    <span aria-hidden="true">"←"</span>
                </button>
                <button type="button" class="tm-button tm-button--icon" disabled=is_last
                    data-move=format!("{}:right", project.id)
                    aria-label=move || label_for(K::MoveRight) on:click=move |_| {
                        edit(Box::new(move |v| compare::move_right(v, i)));
                        refocus_move(&project.id, "right", "left");
                    }>
                    <span aria-hidden="true">"→"</span>
                </button>
                <button type="button" class="tm-button tm-button--icon"
                    aria-label=move || label_for(K::Remove) on:click=move |_| {
                        let id = project.id.clone();
                        edit(Box::new(move |v| compare::remove(v, &id)))
                    }>
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            {(!candidates.is_empty()).then(|| view! {
                <label class="tm-visually-hidden" for=swap_id.clone()>{move || label_for(K::SwapFor)}</label>
                <select id=swap_id class="tm-compare__swap" on:change=move |ev| {
                    let to = event_target_value(&ev);
                    if !to.is_empty() {
                        edit(Box::new(move |v| {
                            compare::swap_at(v, i, &to);
                        }));
                    }
                }>
                    <option value="">{move || format!("{}…", K::SwapFor.get(lang.get()))}</option>
                    {candidates.into_iter().map(|(cid, cname)| view! { <option value=cid>{cname}</option> }).collect_view()}
                </select>
            })}
        </th>
    }
    .into_any()
}

/// The header is rebuilt when columns move, so the pressed button is gone: give the focus to
/// the same button of the moved column (or its opposite when it reached the edge), so a
/// keyboard user can keep moving it.
fn refocus_move(id: &str, dir: &'static str, other: &'static str) {
    use wasm_bindgen::JsCast;
    let id = id.to_string();
    // Two frames: the URL write lands on the next frame, the new header after it.
    request_animation_frame(move || {
        request_animation_frame(move || {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            for d in [dir, other] {
                let selector = format!("button[data-move=\"{id}:{d}\"]:not([disabled])");
                if let Some(el) = document
                    .query_selector(&selector)
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                    return;
                }
            }
        })
    });
}

fn cell_view(cell: Cell) -> AnyView {
    match cell {
        Cell::Lines(lines) if lines.len() == 1 => view! { <span>{lines.into_iter().next()}</span> }.into_any(),
        Cell::Lines(lines) => view! {
            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Cell::Links(links) => view! {
            <ul>
                {links.into_iter().map(|l| match l.target {
                    LinkTarget::Project(id) => view! { <li><A href=format!("/project/{id}")>{l.label}</A></li> }.into_any(),
                    LinkTarget::External(url) => {
                        let label = l.label;
                        view! { <li>{external_link(&url, move || label.clone())}</li> }.into_any()
                    }
                }).collect_view()}
            </ul>
        }
        .into_any(),
    }
}
