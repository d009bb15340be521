//! Route `/saved`: bookmarks and decisions by stage, "my stack", export, import, clear.
//! The rules (which ids are saved, what replacing or clearing keeps) are `Prefs` methods.

use crate::catalog::{bundled, catalog, Project, Stage};
use crate::components::cards::{BookmarkButton, MaturityBadge};
use crate::components::decision::DecisionEditor;
use crate::components::landscape_data::{start_loading, use_landscape, worth_looking_up, Load};
use crate::components::links::A;
use crate::components::share_plan::SharePlan;
use crate::components::whats_new::WhatsNew;
use crate::i18n::K;
use crate::landscape::Item;
use crate::lang::{tr, use_lang};
use crate::prefs::{progress_bars, Bar, Decision, Prefs, SHOWN_ID_CHARS};
use crate::routes;
use crate::storage::use_store;
use crate::text::shorten;
use leptos::prelude::*;

mod transfer;

use leptos_meta::Title;
pub(crate) use transfer::ImportSummary;
use transfer::{ClearAll, Transfer};

#[component]
pub fn SavedPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=move || K::SavedTitle.get(lang.get()).to_string() />
        <section class="tm-saved">
            <header class="tm-page-head">
                <h1>{tr(K::SavedTitle)}</h1>
                <p class="tm-lead">{tr(K::SavedIntro)}</p>
            </header>
            <WhatsNew />
            <MyStack />
            <SavedProgress />
            <SavedList />
            <SharePlan />
            <Transfer />
            <ClearAll />
        </section>
    }
}

/// The adopted projects, by stage.
#[component]
fn MyStack() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let data = catalog();
    let adopted = Memo::new(move |_| {
        store.prefs().with(|p| {
            data.stages
                .iter()
                .filter_map(|s| {
                    let names: Vec<String> = data
                        .projects_in_stage(&s.id)
                        .filter(|proj| p.decision(&proj.id) == Some(Decision::Adopted))
                        .map(|proj| proj.name.clone())
                        .collect();
                    (!names.is_empty()).then_some((s, names))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="tm-stack" aria-labelledby="stack-title">
            <h2 id="stack-title">{tr(K::MyStack)}</h2>
            {move || {
                let rows = adopted.get();
                if rows.is_empty() {
                    view! { <p>{tr(K::MyStackEmpty)}</p> }.into_any()
                } else {
                    view! {
                        <dl class="tm-stack__list">
                            {rows.into_iter().map(|(s, names)| view! {
                                <dt>{format!("{}. {}", s.step, s.title.get(lang.get()))}</dt>
                                <dd>{names.join(", ")}</dd>
                            }).collect_view()}
                        </dl>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// Progress as bars: overall, then one per stage in trail order, each a `<progress>` named
/// by its stage and described by its words ("2 of 7 decided · Adopted 1").
#[component]
fn SavedProgress() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let bars = Memo::new(move |_| store.prefs().with(|p| progress_bars(p, catalog())));
    let bar_row = move |id: String, name: String, bar: Bar| {
        let (name_id, text_id) = (format!("{id}-name"), format!("{id}-text"));
        view! {
            <li class="tm-progress-bars__item" data-progress=id>
                <span id=name_id.clone() class="tm-progress-bars__name">{name}</span>
                <progress max=bar.max() value=bar.value() aria-labelledby=name_id aria-describedby=text_id.clone()></progress>
                <span id=text_id class="tm-progress-bars__text">{bar.label(lang.get())}</span>
            </li>
        }
    };
    view! {
        <section class="tm-progress-bars" aria-labelledby="progress-title">
            <h2 id="progress-title">{tr(K::ProgressTitle)}</h2>
            <ul class="tm-progress-bars__list">
                {move || {
                    let (overall, stages) = bars.get();
                    let l = lang.get();
                    std::iter::once(bar_row("progress-overall".into(), K::ProgressOverall.get(l).to_string(), overall))
                        .chain(stages.into_iter().map(|(s, bar)| {
                            bar_row(format!("progress-{}", s.id), format!("{}. {}", s.step, s.title.get(l)), bar)
                        }))
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

/// Every saved project by stage, then the saved ids the dataset no longer has.
#[component]
fn SavedList() -> impl IntoView {
    let store = use_store();
    let data = catalog();
    let saved_ids = Memo::new(move |_| store.prefs().with(Prefs::saved_ids));
    let outside_trail = Memo::new(move |_| {
        saved_ids.with(|ids| {
            ids.iter()
                .filter(|id| bundled().project(id).is_none())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    // Ids the trail doesn't know may be items saved from the landscape: load it to tell.
    let landscape = use_landscape();
    Effect::new(move |_| {
        if outside_trail.with(|ids| worth_looking_up(ids)) {
            start_loading();
        }
    });
    let from_landscape = Memo::new(move |_| match landscape.get() {
        Load::Ready(ix) => outside_trail.with(|ids| {
            ids.iter()
                .filter_map(|id| ix.item(id))
                .collect::<Vec<&'static Item>>()
        }),
        _ => Vec::new(),
    });
    // Unknown: not in the landscape either (or it could not be loaded); listed while loading
    // only if they could not be landscape ids.
    let unknown_saved = Memo::new(move |_| {
        let state = landscape.get();
        outside_trail.with(|ids| {
            ids.iter()
                .filter(|id| match state {
                    Load::Ready(ix) => ix.item(id).is_none(),
                    Load::Failed(_) => true,
                    Load::Idle | Load::Loading => !crate::landscape::is_id(id),
                })
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section aria-labelledby="saved-list-title">
            <h2 id="saved-list-title">{tr(K::NavSaved)}</h2>
            <Show when=move || !saved_ids.with(Vec::is_empty) fallback=move || view! { <p class="tm-empty">{tr(K::NothingSaved)}</p> }>
                {data.stages.iter().map(|s| view! { <SavedStage stage=s saved_ids /> }).collect_view()}
                {move || (!from_landscape.with(Vec::is_empty)).then(|| view! { <LandscapeSaved items=from_landscape /> })}
                {move || (!unknown_saved.with(Vec::is_empty)).then(|| view! { <UnknownSaved ids=unknown_saved /> })}
            </Show>
        </section>
    }
}

/// Items saved from the whole landscape, each linked to its page there.
#[component]
fn LandscapeSaved(items: Memo<Vec<&'static Item>>) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    view! {
        <section aria-labelledby="saved-landscape-title" class="tm-saved__landscape">
            <h3 id="saved-landscape-title">{tr(K::SavedFromLandscape)}</h3>
            <ul>
                <For each=move || items.get() key=|it| it.id.clone() let:it>
                    <li data-item=it.id.clone()>
                        <A href=routes::landscape_item(&it.id)>{it.name.clone()}</A>
                        " · " {move || it.maturity.label().get(lang.get())} " "
                        <button type="button" class="tm-button tm-button--small"
                            aria-label=move || format!("{}: {}", K::Remove.get(lang.get()), it.name)
                            on:click=move |_| store.update(|p| p.forget(&it.id))>
                            {tr(K::Remove)}
                        </button>
                    </li>
                </For>
            </ul>
        </section>
    }
}

/// Saved ids the dataset does not know (kept, and listed so they can be forgotten).
#[component]
fn UnknownSaved(ids: Memo<Vec<String>>) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    view! {
        <section class="tm-notice tm-notice--info" aria-labelledby="saved-unknown-title">
            <h3 id="saved-unknown-title">{tr(K::SavedNotInDataset)}</h3>
            <ul class="tm-saved__unknown">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    {
                        let shown = shorten(&id, SHOWN_ID_CHARS);
                        let label = {
                            let shown = shown.clone();
                            move || format!("{}: {shown}", K::ForgetId.get(lang.get()))
                        };
                        view! {
                            <li>
                                <code>{shown}</code> " "
                                <button type="button" class="tm-button tm-button--small" aria-label=label
                                    on:click=move |_| store.update(|p| p.forget(&id))>
                                    {tr(K::ForgetId)}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}

/// Export (JSON, Markdown) and import with a preview.
/// One stage's saved projects, in dataset order (stable, so toggling a star or a decision
/// never moves an item and never takes the focus away).
#[component]
fn SavedStage(stage: &'static Stage, saved_ids: Memo<Vec<String>>) -> impl IntoView {
    let lang = use_lang();
    let in_stage = Memo::new(move |_| {
        saved_ids.with(|ids| {
            catalog()
                .projects_in_stage(&stage.id)
                .filter(|p| ids.contains(&p.id))
                .map(|p| p.id.as_str())
                .collect::<Vec<&'static str>>()
        })
    });
    let heading_id = format!("saved-stage-{}", stage.id);
    view! {
        <Show when=move || !in_stage.with(Vec::is_empty)>
            <section class="tm-saved__stage" aria-labelledby=heading_id.clone()>
                <h3 id=heading_id.clone()>{move || format!("{}. {}", stage.step, stage.title.get(lang.get()))}</h3>
                <ul class="tm-saved__list">
                    <For each=move || in_stage.get() key=|id| *id let:id>
                        {bundled().project(id).map(|p: &'static Project| view! {
                            <li class="tm-saved__item" data-project=p.id.clone()>
                                <div class="tm-saved__head">
                                    <A href=routes::project(&p.id)>{p.name.clone()}</A>
                                    <MaturityBadge maturity=p.cncf.status />
                                    <BookmarkButton project=p compact=true />
                                </div>
                                <DecisionEditor project=p />
                            </li>
                        })}
                    </For>
                </ul>
            </section>
        </Show>
    }
}
