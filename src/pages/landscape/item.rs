//! Route `/landscape/<id>`: one landscape item, its facts, links, bookmark and compare toggles.

use super::{stage_label, WithLandscape};
use crate::catalog::bundled;
use crate::compare::{self, MAX_COMPARED};
use crate::components::links::{external_link, url_label, A};
use crate::i18n::{format_date, K};
use crate::landscape::Index;
use crate::lang::{tr, use_lang};
use crate::query::keys;
use crate::routes;
use crate::storage::use_store;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn LandscapeItemPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    view! {
        <div class="tm-landscape-item">
            <WithLandscape children=move |ix| view! { {move || view! { <ItemDetails ix id=id.get() /> }} } />
        </div>
    }
}

#[component]
fn ItemDetails(ix: &'static Index, id: String) -> impl IntoView {
    let lang = use_lang();
    let Some(n) = ix.position(&id) else {
        let shown: String = id.chars().take(80).collect();
        return view! {
            <Title text=move || K::ProjectNotFoundTitle.get(lang.get()).to_string() />
            <h1>{tr(K::ProjectNotFoundTitle)}</h1>
            <p>{tr(K::LandscapeItemNotFound)} " " <code>{shown}</code></p>
            <p><A href=routes::LANDSCAPE>{tr(K::BackToLandscape)}</A></p>
        }
        .into_any();
    };
    let it = &ix.data.items[n];
    let cat = ix.category_of(n);
    let sub = ix.subcategory_of(n);
    let curated = bundled().project(&it.id).is_some();
    let stage_href = if it.stage == crate::landscape::ELSEWHERE {
        routes::landscape_with(keys::STAGE, crate::landscape::ELSEWHERE)
    } else {
        routes::trail_with(keys::STAGE, &it.stage)
    };
    let stage_id = it.stage.clone();
    let dates = [
        (K::Accepted, &it.accepted),
        (K::IncubatingDate, &it.incubating),
        (K::GraduatedDate, &it.graduated),
        (K::ArchivedDate, &it.archived),
    ];
    let name = it.name.clone();
    view! {
        <Title text=name.clone() />
        <p class="tm-back"><A href=routes::LANDSCAPE>{tr(K::BackToLandscape)}</A></p>
        <article class="tm-project" data-item=it.id.clone()>
            <h1>{it.name.clone()}</h1>
            <p class="tm-project__desc">
                {match &it.description {
                    Some(d) => view! { <span>{d.clone()}</span> }.into_any(),
                    None => view! { <span class="tm-muted">{tr(K::NoDescription)}</span> }.into_any(),
                }}
            </p>
            <ItemActions id=it.id.clone() />
            {curated.then(|| view! {
                <p><A href=routes::project(&it.id) attr:class="tm-button tm-button--primary">{tr(K::OpenFullProject)}</A></p>
            })}
            <dl class="tm-facts">
                <dt>{tr(K::FacetCategory)}</dt>
                <dd>{move || cat.name.get(lang.get()).to_string()}</dd>
                <dt>{tr(K::Subcategory)}</dt>
                <dd>{move || sub.name.get(lang.get()).to_string()}</dd>
                <dt>{tr(K::TrailStage)}</dt>
                <dd><A href=stage_href>{move || stage_label(&stage_id, lang.get())}</A></dd>
                <dt>{tr(K::Maturity)}</dt>
                <dd>{move || it.maturity.label().get(lang.get())}</dd>
                {dates.into_iter().filter_map(|(k, d)| d.as_ref().map(|d| view! {
                    <dt>{tr(k)}</dt>
                    <dd>{move || format_date(d, lang.get())}</dd>
                })).collect_view()}
                {it.homepage.as_ref().map(|u| view! {
                    <dt>{tr(K::Homepage)}</dt>
                    <dd>{external_link(u, move || url_label(u))}</dd>
                })}
                {it.repo.as_ref().map(|u| view! {
                    <dt>{tr(K::Repository)}</dt>
                    <dd>{external_link(u, move || url_label(u))}</dd>
                })}
            </dl>
        </article>
    }
    .into_any()
}

/// Bookmark and compare toggles for any landscape item.
#[component]
fn ItemActions(id: String) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let id = StoredValue::new(id);
    let bookmarked = Memo::new(move |_| {
        store
            .prefs()
            .with(|p| id.with_value(|i| p.is_bookmarked(i)))
    });
    let in_compare = Memo::new(move |_| {
        store
            .prefs()
            .with(|p| id.with_value(|i| p.compare.contains(i)))
    });
    let full = Memo::new(move |_| store.prefs().with(|p| p.compare.len() >= MAX_COMPARED));
    view! {
        <div class="tm-actions">
            <button type="button" class="tm-button" aria-pressed=move || bookmarked.get().to_string()
                on:click=move |_| store.update(|p| id.with_value(|i| p.toggle_bookmark(i)))>
                {move || if bookmarked.get() { K::RemoveBookmark.get(lang.get()) } else { K::AddBookmark.get(lang.get()) }}
            </button>
            <button type="button" class="tm-button" aria-pressed=move || in_compare.get().to_string()
                disabled=move || full.get() && !in_compare.get()
                on:click=move |_| store.update(|p| id.with_value(|i| {
                    if p.compare.contains(i) {
                        compare::remove(&mut p.compare, i);
                    } else {
                        let _ = compare::add(&mut p.compare, i);
                    }
                }))>
                {move || if in_compare.get() { K::RemoveFromCompare.get(lang.get()) } else { K::AddToCompare.get(lang.get()) }}
            </button>
        </div>
    }
}
