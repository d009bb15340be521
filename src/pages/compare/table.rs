//! The comparison table of `/compare`: column heads with their move, remove and swap
//! controls, and the rows, prose folded behind "more".

use super::SelectionEdit;
use crate::catalog::bundled;
use crate::compare::{
    self, rows_of, shown_rows, swap_candidates, Cell, Column, LinkTarget, Row, RowKey,
};
use crate::components::landscape_data::{use_landscape, Load};
use crate::components::links::{external_link, A};
use crate::i18n::K;
use crate::landscape::Index;
use crate::lang::{tr, use_lang};
use crate::routes;
use leptos::prelude::*;
use std::collections::HashSet;

/// The comparison itself (from two projects on), with the "only differences" switch.
#[component]
pub(super) fn CompareTable(
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
