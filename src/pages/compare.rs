//! Route `/compare?ids=a,b[&diff=1]`: two to four projects side by side, differences marked.
//!
//! The address is the truth: `CompareQuery` parses it, every edit writes it (replacing the
//! history entry), and the compare tray adopts any selection it names. `/compare` without
//! `ids` is sent to the tray's address once, when the page opens.

use crate::catalog::{bundled, catalog, Comparison};
use crate::compare::{
    self, rows_of, shown_rows, swap_candidates, Cell, Column, LinkTarget, Row, RowKey,
    SelectionNotice, MAX_COMPARED,
};
use crate::components::landscape_data::{start_loading, use_landscape, worth_looking_up, Load};
use crate::components::links::{external_link, A};
use crate::i18n::K;
use crate::landscape::Index;
use crate::lang::{tr, use_lang};
use crate::query::CompareQuery;
use crate::routes;
use crate::storage::use_store;
use crate::text::shorten;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::collections::HashSet;

/// A change to the selection, applied by the page.
type SelectionEdit = Box<dyn FnOnce(&mut Vec<String>)>;

#[component]
pub fn ComparePage() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let location = use_location();
    let navigate = use_navigate();
    let data = catalog();

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
            <div role="status" class="tm-compare__notices">
                {move || looking_up.get().then(|| view! {
                    <p class="tm-notice" data-notice="lookup">{tr(K::CompareLookingUp)}</p>
                })}
                {move || shown_notices.get().into_iter().map(|n| view! {
                    <p class="tm-notice tm-notice--warn" data-notice="compare">{move || notice_text(&n, lang.get())}</p>
                }).collect_view()}
            </div>
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

/// The comparison itself (from two projects on), with the "only differences" switch.
#[component]
fn CompareTable(
    ids: Memo<Vec<String>>,
    only_diff: Memo<bool>,
    set_ids: Callback<(Vec<String>, bool)>,
    edit: impl Fn(SelectionEdit) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let landscape = use_landscape();
    let loaded = move || match landscape.get() {
        Load::Ready(ix) => Some(ix),
        _ => None,
    };
    let projects = Memo::new(move |_| {
        let ix = loaded();
        ids.with(|ids| {
            ids.iter()
                .filter_map(|id| column(id, ix))
                .map(|c| c.id().to_string())
                .collect::<Vec<_>>()
        })
    });
    let table_rows = Memo::new(move |_| {
        let ix = loaded();
        projects.with(|ids| {
            let cols: Vec<Column> = ids.iter().filter_map(|id| column(id, ix)).collect();
            shown_rows(rows_of(bundled(), &cols, lang.get()), only_diff.get())
        })
    });
    // Prose rows opened with "more"; kept while the language or the columns change.
    let opened = RwSignal::new(HashSet::<RowKey>::new());
    view! {
        <Show
            when=move || projects.with(|p| p.len() >= 2)
            fallback=move || view! { <p class="tm-empty" role="status">{tr(K::CompareNeedMore)}</p> }
        >
            <label class="tm-compare__diff">
                <input type="checkbox" prop:checked=move || only_diff.get()
                    on:change=move |_| set_ids.run((ids.get_untracked(), !only_diff.get_untracked())) />
                {tr(K::CompareOnlyDiff)}
            </label>
            {move || (projects.with(Vec::len) > 2).then(|| view! { <p class="tm-compare__hint">{tr(K::CompareSwipeHint)}</p> })}
            <div class="tm-compare__scroll" tabindex="0" role="region" aria-label=tr(K::CompareTitle)>
                <table class="tm-compare__table">
                    <caption class="tm-visually-hidden">{tr(K::CompareTitle)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(K::Attribute)}</th>
                            {move || {
                                let cols = projects.get();
                                let n = cols.len();
                                let ix = loaded();
                                cols.into_iter().enumerate().filter_map(|(i, id)| {
                                    column(&id, ix).map(|col| view! { <ColumnHead col i n ids edit /> })
                                }).collect_view()
                            }}
                        </tr>
                    </thead>
                    <tbody>
                        {move || table_rows.get().into_iter()
                            .map(|row| view! { <CompareRow row opened /> })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

/// One row: its heading (with the "differs" mark on a fact that differs, and "more" on a
/// long prose row), then a cell per project.
#[component]
fn CompareRow(row: Row, opened: RwSignal<HashSet<RowKey>>) -> impl IntoView {
    let lang = use_lang();
    let key = row.key;
    let marked = row.differs_in_fact();
    let collapsible = row.collapsible();
    let open = move || opened.with(|o| o.contains(&key));
    let row_id = format!("compare-row-{key:?}");
    let label_id = format!("{row_id}-label");
    let (controls, described_by) = (row_id.clone(), label_id.clone());
    let toggle = move |_| {
        opened.update(|o| {
            if !o.remove(&key) {
                o.insert(key);
            }
        })
    };
    view! {
        <tr id=row_id data-row=format!("{key:?}") class:tm-differs=marked
            class:tm-compare__prose=collapsible class:tm-compare__prose--open=open>
            <th scope="row">
                <span id=label_id>{move || key.label().get(lang.get())}</span>
                {marked.then(|| view! { <span class="tm-differs__mark">" • " {tr(K::CompareDiffers)}</span> })}
                {collapsible.then(|| view! {
                    <button type="button" class="tm-button tm-button--small tm-compare__more"
                        aria-expanded=move || open().to_string() aria-controls=controls
                        aria-describedby=described_by on:click=toggle>
                        {move || if open() { K::CompareLess.get(lang.get()) } else { K::CompareMore.get(lang.get()) }}
                    </button>
                })}
            </th>
            {row.cells.into_iter().map(|c| view! { <td><div class="tm-compare__cell">{cell_view(c)}</div></td> }).collect_view()}
        </tr>
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

/// The column for `id`: a curated project, or an item of the loaded landscape.
fn column(id: &str, landscape: Option<&'static Index>) -> Option<Column<'static>> {
    bundled()
        .project(id)
        .map(Column::Project)
        .or_else(|| landscape?.item(id).map(Column::Item))
}

#[component]
fn ColumnHead(
    col: Column<'static>,
    i: usize,
    n: usize,
    ids: Memo<Vec<String>>,
    edit: impl Fn(SelectionEdit) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let (id, name, href): (&'static str, &'static str, String) = match col {
        Column::Project(p) => (&p.id, &p.name, routes::project(&p.id)),
        Column::Item(it) => (&it.id, &it.name, routes::landscape_item(&it.id)),
    };
    let candidates: Vec<(String, String)> = match col {
        Column::Project(project) => ids.with_untracked(|sel| {
            swap_candidates(bundled(), project, sel)
                .into_iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect()
        }),
        Column::Item(_) => Vec::new(),
    };
    let swap_id = format!("swap-{id}");
    let label_for = move |k: K| format!("{}: {name}", k.get(lang.get()));
    view! {
        <th scope="col" class="tm-compare__col" data-project=id>
            <A href=href>{name}</A>
            {matches!(col, Column::Item(_)).then(|| view! {
                <span class="tm-chip tm-chip--landscape">{tr(K::FromTheLandscape)}</span>
            })}
            <div class="tm-compare__col-actions">
                <MoveButton id name i n edit left=true />
                <MoveButton id name i n edit left=false />
                <button type="button" class="tm-button tm-button--icon"
                    aria-label=move || label_for(K::Remove) on:click=move |_| {
                        edit(Box::new(move |v| compare::remove(v, id)))
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
}

/// "←" or "→": move a column one place.
#[component]
fn MoveButton(
    id: &'static str,
    name: &'static str,
    i: usize,
    n: usize,
    edit: impl Fn(SelectionEdit) + Copy + Send + Sync + 'static,
    left: bool,
) -> impl IntoView {
    let lang = use_lang();
    let (dir, other, key, arrow) = if left {
        ("left", "right", K::MoveLeft, "←")
    } else {
        ("right", "left", K::MoveRight, "→")
    };
    let disabled = if left { i == 0 } else { i + 1 >= n };
    let on_click = move |_| {
        edit(Box::new(move |v| {
            if left {
                compare::move_left(v, i)
            } else {
                compare::move_right(v, i)
            }
        }));
        refocus_move(id, dir, other);
    };
    view! {
        <button type="button" class="tm-button tm-button--icon" disabled=disabled
            data-move=format!("{id}:{dir}")
            aria-label=move || format!("{}: {name}", key.get(lang.get())) on:click=on_click>
            <span aria-hidden="true">{arrow}</span>
        </button>
    }
}

/// The header is rebuilt when columns move, so the pressed button is gone: give the focus to
/// the same button of the moved column (or its opposite when it reached the edge), so a
/// keyboard user can keep moving it.
fn refocus_move(id: &str, dir: &str, other: &str) {
    let selector = |d: &str| format!("button[data-move=\"{id}:{d}\"]:not([disabled])");
    crate::dom::focus::focus_first_after_render(vec![selector(dir), selector(other)]);
}

fn cell_view(cell: Cell) -> AnyView {
    let empty = match &cell {
        Cell::Lines(v) => v.is_empty(),
        Cell::Links(v) => v.is_empty(),
    };
    if empty {
        return view! {
            <span class="tm-none"><span aria-hidden="true">"—"</span><span class="tm-visually-hidden">{tr(K::NotInData)}</span></span>
        }
        .into_any();
    }
    match cell {
        Cell::Lines(lines) if lines.len() == 1 => view! { <span>{lines.into_iter().next()}</span> }.into_any(),
        Cell::Lines(lines) => view! {
            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Cell::Links(links) => view! {
            <ul>
                {links.into_iter().map(|l| match l.target {
                    LinkTarget::Project(id) => view! { <li><A href=routes::project(&id)>{l.label}</A></li> }.into_any(),
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
