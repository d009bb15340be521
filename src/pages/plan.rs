//! Route `/plan#<payload>`: a shared plan, read-only, in the viewer's language: progress per
//! stage, decisions by stage with the viewer's own beside them where they differ, and
//! import (the file import's merge/replace preview), compare and copy as Markdown.

use crate::catalog::{bundled, catalog, Lang};
use crate::components::links::A;
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use crate::pages::saved::ImportSummary;
use crate::plan::{self, Decoded, Difference, Plan};
use crate::prefs::{merge, preview, stage_progress, DecisionEntry};
use crate::routes;
use crate::storage::use_store;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;
use wasm_bindgen_futures::JsFuture;

/// A decision as a short phrase: its status, or "No decision".
fn status_text(entry: Option<&DecisionEntry>, lang: Lang) -> &'static str {
    match entry.and_then(|e| e.status) {
        Some(d) => d.label().get(lang),
        None => K::DecisionNone.get(lang),
    }
}

fn name_of(id: &str) -> String {
    bundled()
        .project(id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| id.to_string())
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let decoded = Memo::new(move |_| plan::decode(&location.hash.get(), bundled()));
    view! {
        <Title text=move || K::PlanPageTitle.get(lang.get()).to_string() />
        <section class="tm-plan">
            <header class="tm-page-head">
                <h1>{tr(K::PlanPageTitle)}</h1>
                <p class="tm-lead">{tr(K::PlanIntro)}</p>
            </header>
            {move || match decoded.get() {
                Ok(d) => view! { <PlanView decoded=d /> }.into_any(),
                Err(e) => view! {
                    <section class="tm-notice tm-notice--error tm-plan__error" role="alert" aria-labelledby="plan-error-title">
                        <h2 id="plan-error-title">{tr(K::PlanCantShow)}</h2>
                        <p data-plan-error="">{move || e.message(lang.get())}</p>
                        <p>{tr(K::PlanErrorHelp)}</p>
                        <p><A href=routes::TRAIL>{tr(K::BackHome)}</A> " · " <A href=routes::SAVED>{tr(K::NavSaved)}</A></p>
                    </section>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn PlanView(decoded: Decoded) -> impl IntoView {
    let Decoded { plan, unknown } = decoded;
    let plan = StoredValue::new(plan);
    let bookmarks: Vec<String> = plan.with_value(|p| p.bookmarks.clone());
    let title = plan.with_value(|p| p.title.clone());
    view! {
        {(!title.is_empty()).then(|| view! { <p class="tm-plan__title" data-plan-title="">{title.clone()}</p> })}
        {(!unknown.is_empty()).then(|| view! {
            <section class="tm-notice tm-notice--info" aria-labelledby="plan-unknown-title">
                <h2 id="plan-unknown-title">{tr(K::PlanUnknownIds)}</h2>
                <ul class="tm-plan__unknown">
                    {unknown.clone().into_iter().map(|id| view! { <li><code>{id}</code></li> }).collect_view()}
                </ul>
            </section>
        })}
        <PlanActions plan dropped=unknown.clone() />
        <PlanProgress plan />
        <PlanDecisions plan />
        {(!bookmarks.is_empty()).then(|| view! {
            <section aria-labelledby="plan-bookmarks-title">
                <h2 id="plan-bookmarks-title">{tr(K::PlanBookmarks)}</h2>
                <ul class="tm-inline-list tm-plan__bookmarks">
                    {bookmarks.clone().into_iter().map(|id| view! { <li><A href=routes::project(&id)>{name_of(&id)}</A></li> }).collect_view()}
                </ul>
            </section>
        })}
    }
}

/// Import (with the merge/replace preview), compare with one's own plan, copy as Markdown.
#[component]
fn PlanActions(plan: StoredValue<Plan>, dropped: Vec<String>) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let prefs = store.prefs();
    let data = catalog();
    let incoming = StoredValue::new(plan.with_value(Plan::to_prefs));
    let dropped = StoredValue::new(dropped);
    let pending = RwSignal::new(false);
    let imported = RwSignal::new(false);
    let comparing = RwSignal::new(false);
    let md_copied = RwSignal::new(None::<bool>);

    let apply = move |replace: bool| {
        let next =
            prefs.with_untracked(|cur| incoming.with_value(|inc| plan::apply(cur, inc, replace)));
        store.replace(next);
        pending.set(false);
        imported.set(true);
    };
    let copy_md = move |_| {
        let (base, date) = (
            crate::dom::app_base().unwrap_or_default(),
            crate::dom::today(),
        );
        let ctx = crate::prefs::ExportContext {
            app_url: &base,
            date: &date,
        };
        let md = plan.with_value(|p| plan::markdown(p, data, lang.get_untracked(), &ctx));
        leptos::task::spawn_local(async move {
            let ok = match web_sys::window() {
                Some(w) => JsFuture::from(w.navigator().clipboard().write_text(&md))
                    .await
                    .is_ok(),
                None => false,
            };
            md_copied.set(Some(ok));
        });
    };

    let differences =
        Memo::new(move |_| prefs.with(|own| plan.with_value(|p| plan::compare(p, own, data))));
    view! {
        <section class="tm-plan__actions" aria-labelledby="plan-actions-title">
            <h2 id="plan-actions-title">{tr(K::PlanActions)}</h2>
            <div class="tm-transfer__row">
                <button type="button" class="tm-button tm-button--primary"
                    on:click=move |_| { imported.set(false); pending.set(true); }>{tr(K::PlanImport)}</button>
                <button type="button" class="tm-button" aria-expanded=move || comparing.get().to_string()
                    aria-controls="plan-compare"
                    on:click=move |_| comparing.update(|c| *c = !*c)>
                    {move || if comparing.get() { K::PlanHideCompare.get(lang.get()) } else { K::PlanCompare.get(lang.get()) }}
                </button>
                <button type="button" class="tm-button" on:click=copy_md>{tr(K::PlanCopyMarkdown)}</button>
                <span role="status">{move || md_copied.get().map(|ok| if ok { K::PlanMarkdownCopied.get(lang.get()) } else { K::CopyFailed.get(lang.get()) })}</span>
            </div>
            {move || imported.get().then(|| view! { <p class="tm-notice tm-notice--info" role="status">{tr(K::ImportDone)}</p> })}
            {move || pending.get().then(|| {
                let (merged, replaced) = prefs.with_untracked(|cur| incoming.with_value(|inc| (
                    preview(cur, &merge(cur, inc), dropped.get_value()),
                    preview(cur, &plan::apply(cur, inc, true), dropped.get_value()),
                )));
                view! {
                    <div class="tm-import-preview" role="region" aria-labelledby="preview-title">
                        <h3 id="preview-title">{tr(K::ImportPreview)}</h3>
                        <ImportSummary label=K::ImportMerge preview=merged />
                        <ImportSummary label=K::ImportReplace preview=replaced />
                        <div class="tm-transfer__row">
                            <button type="button" class="tm-button tm-button--primary" on:click=move |_| apply(false)>{tr(K::ImportMerge)}</button>
                            <button type="button" class="tm-button" on:click=move |_| apply(true)>{tr(K::ImportReplace)}</button>
                            <button type="button" class="tm-button tm-button--ghost" on:click=move |_| pending.set(false)>{tr(K::ImportCancel)}</button>
                        </div>
                    </div>
                }
            })}
            <div id="plan-compare">
                {move || comparing.get().then(|| view! { <CompareTable differences /> })}
            </div>
        </section>

    }
}

/// The plan's decisions counted per stage, in trail order.
#[component]
fn PlanProgress(plan: StoredValue<Plan>) -> impl IntoView {
    let lang = use_lang();
    let data = catalog();
    let incoming = StoredValue::new(plan.with_value(Plan::to_prefs));
    let mut stages: Vec<_> = data.stages.iter().collect();
    stages.sort_by_key(|s| s.step);
    let progress: Vec<_> = stages
        .into_iter()
        .map(|s| {
            (
                s,
                incoming.with_value(|inc| stage_progress(inc, data, &s.id)),
            )
        })
        .collect();
    view! {
        <section aria-labelledby="plan-progress-title">
            <h2 id="plan-progress-title">{tr(K::PlanProgress)}</h2>
            <ol class="tm-plan__progress">
                {progress.into_iter().map(|(s, counts)| {
                    let text = move || {
                        let l = lang.get();
                        let parts: Vec<String> = counts.iter().filter(|(_, n)| **n > 0)
                            .map(|(d, n)| format!("{} {n}", d.label().get(l))).collect();
                        if parts.is_empty() { "—".to_string() } else { parts.join(" · ") }
                    };
                    view! {
                        <li data-stage=s.id.clone()>
                            <span>{move || format!("{}. {}", s.step, s.title.get(lang.get()))}</span> ": " <span>{text}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>

    }
}

/// The plan's decisions by stage, each with its note and, where it differs, the viewer's own.
#[component]
fn PlanDecisions(plan: StoredValue<Plan>) -> impl IntoView {
    let lang = use_lang();
    let prefs = use_store().prefs();
    let data = catalog();
    let groups = plan.with_value(|p| plan::decisions_by_stage(p, data));
    view! {
        <section aria-labelledby="plan-decisions-title">
            <h2 id="plan-decisions-title">{tr(K::PlanDecisions)}</h2>
            {groups.is_empty().then(|| view! { <p>{tr(K::PlanNoDecisions)}</p> })}
            {groups.into_iter().map(|(s, projects)| view! {
                <section class="tm-plan__stage" aria-labelledby=format!("plan-stage-{}", s.id)>
                    <h3 id=format!("plan-stage-{}", s.id)>{move || format!("{}. {}", s.step, s.title.get(lang.get()))}</h3>
                    <ul class="tm-plan__list">
                        {projects.into_iter().map(|p| {
                            let id: &'static str = p.id.as_str();
                            let theirs = plan.with_value(|pl| pl.decisions.get(id).cloned());
                            let note = theirs.as_ref().map(|e| e.note.clone()).unwrap_or_default();
                            let theirs = StoredValue::new(theirs);
                            let ours = Memo::new(move |_| prefs.with(|own| own.decisions.get(id).cloned()));
                            let differs = move || theirs.with_value(|t| ours.with(|o| {
                                t.as_ref().and_then(|e| e.status) != o.as_ref().and_then(|e| e.status)
                            }));
                            view! {
                                <li class="tm-plan__item" data-project=id class:tm-plan__item--differs=differs>
                                    <div class="tm-plan__pair">
                                        <div>
                                            <A href=routes::project(id)>{p.name.clone()}</A> " "
                                            <span class="tm-chip" data-theirs="">{move || theirs.with_value(|t| status_text(t.as_ref(), lang.get()))}</span>
                                            {(!note.is_empty()).then(|| view! { <p class="tm-plan__note">{note.clone()}</p> })}
                                        </div>
                                        {move || differs().then(|| view! {
                                            <div class="tm-plan__yours" data-yours="">
                                                <strong>{tr(K::PlanYours)} ": "</strong>
                                                <span>{move || ours.with(|o| status_text(o.as_ref(), lang.get()))}</span>
                                            </div>
                                        })}
                                    </div>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
        </section>

    }
}

/// Both plans, row by row, with the rows that differ marked (class and text).
#[component]
fn CompareTable(differences: Memo<Vec<Difference>>) -> impl IntoView {
    let lang = use_lang();
    let cell = move |entry: Option<DecisionEntry>, bookmarked: bool| {
        let l = lang.get();
        let mut s = status_text(entry.as_ref(), l).to_string();
        if bookmarked {
            s.push_str(" ★");
        }
        if let Some(note) = entry.map(|e| e.note).filter(|n| !n.is_empty()) {
            s.push_str(" — ");
            s.push_str(&note);
        }
        s
    };
    view! {
        <h3 id="plan-compare-title">{tr(K::PlanCompareTitle)}</h3>
        {move || differences.with(Vec::is_empty).then(|| view! { <p>{tr(K::PlanCompareNone)}</p> })}
        <table class="tm-plan__compare" aria-labelledby="plan-compare-title">
            <thead>
                <tr>
                    <th scope="col">{tr(K::PlanProject)}</th>
                    <th scope="col">{tr(K::PlanTheirs)}</th>
                    <th scope="col">{tr(K::PlanYours)}</th>
                    <th scope="col"><span class="tm-visually-hidden">{tr(K::PlanDiffers)}</span></th>
                </tr>
            </thead>
            <tbody>
                {move || differences.get().into_iter().map(|d| {
                    let differs = d.differs();
                    let theirs = cell(d.theirs.clone(), d.their_bookmark);
                    let ours = cell(d.ours.clone(), d.our_bookmark);
                    view! {
                        <tr data-project=d.id.clone() class:tm-plan__row--differs=differs>
                            <th scope="row">{name_of(&d.id)}</th>
                            <td>{theirs}</td>
                            <td>{ours}</td>
                            <td>{move || if differs { K::PlanDiffers.get(lang.get()) } else { K::PlanSame.get(lang.get()) }}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
