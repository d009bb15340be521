//! Route `/project/:id`: everything the dataset holds about one project.

use crate::app::{tr, use_lang};
use crate::catalog::{bundled, catalog, Lang, Project, RelationKind, Text};
use crate::components::cards::{
    map_change_text, maturity_key, BookmarkButton, CompareToggle, MaturityBadge,
};
use crate::components::decision::DecisionEditor;
use crate::components::links::A;
use crate::components::links::{external_link, url_label};
use crate::components::tray::compare_href;
use crate::components::whats_new::ProjectHistory;
use crate::i18n::{format_date, K};
use crate::query::{keys, print};
use crate::search::SearchIndex;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use std::sync::LazyLock;

static SEARCH_INDEX: LazyLock<SearchIndex> = LazyLock::new(|| SearchIndex::new(catalog()));

fn relation_key(kind: RelationKind) -> K {
    match kind {
        RelationKind::Alternative => K::RelAlternative,
        RelationKind::Successor => K::RelSuccessor,
        RelationKind::Complements => K::RelComplements,
        RelationKind::Implements => K::RelImplements,
        RelationKind::PartOf => K::RelPartOf,
    }
}

fn trail_href(key: &str, value: &str) -> String {
    format!("/{}", print(&[(key, value.to_string())]))
}

#[component]
pub fn ProjectPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id")).unwrap_or_default());
    move || match bundled().project(&id.get()) {
        Some(project) => view! { <ProjectDetail project /> }.into_any(),
        None => view! { <UnknownProject id=id.get() /> }.into_any(),
    }
}

#[component]
fn UnknownProject(id: String) -> impl IntoView {
    let lang = use_lang();
    let data = catalog();
    // Suggest by the words of the id (typos and partial names are the usual cause).
    // Capped like search text from a link: a pasted path can be thousands of characters.
    let words: String = id
        .replace(['-', '_', '.'], " ")
        .chars()
        .take(crate::query::MAX_Q_CHARS)
        .collect();
    let mut ranked: Vec<(u32, &'static Project)> = data
        .projects
        .iter()
        .enumerate()
        .filter_map(|(i, p)| SEARCH_INDEX.score(i, &words).map(|s| (s, p)))
        .collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    let suggestions: Vec<&'static Project> = ranked.into_iter().take(5).map(|(_, p)| p).collect();
    let search_href = trail_href(keys::Q, &words);
    let shown_id: String = id.chars().take(80).collect();
    view! {
        <Title text=move || K::ProjectNotFoundTitle.get(lang.get()).to_string() />
        <section class="tm-not-found">
            <h1>{tr(K::ProjectNotFoundTitle)}</h1>
            <p>{tr(K::ProjectNotFoundText)} " " <code>{shown_id}</code></p>
            {(!suggestions.is_empty()).then(|| view! {
                <h2>{tr(K::DidYouMean)}</h2>
                <ul class="tm-suggestions">
                    {suggestions.into_iter().map(|p| view! {
                        <li><A href=format!("/project/{}", p.id)>{p.name.clone()}</A></li>
                    }).collect_view()}
                </ul>
            })}
            <p>
                <A href=search_href>{tr(K::SearchFor)} " “" {words.clone()} "”"</A>
                " · "
                <A href="/">{tr(K::BackHome)}</A>
            </p>
        </section>
    }
}

fn text_list(items: &'static [Text], lang: Memo<Lang>) -> impl IntoView {
    view! {
        <ul>
            {items.iter().map(|t| view! { <li>{move || t.get(lang.get()).to_string()}</li> }).collect_view()}
        </ul>
    }
}

#[component]
fn ProjectDetail(project: &'static Project) -> impl IntoView {
    let lang = use_lang();
    let data = catalog();
    let index = bundled();
    let name = project.name.clone();
    let timeline: Vec<(K, &'static str)> = [
        (K::Accepted, project.cncf.accepted.as_deref()),
        (K::IncubatingDate, project.cncf.incubating.as_deref()),
        (K::GraduatedDate, project.cncf.graduated.as_deref()),
        (K::ArchivedDate, project.cncf.archived.as_deref()),
    ]
    .into_iter()
    .filter_map(|(k, d)| d.map(|d| (k, d)))
    .collect();
    let stages: Vec<&'static crate::catalog::Stage> =
        project.stage_ids().filter_map(|s| data.stage(s)).collect();
    let related: Vec<_> = project
        .related
        .iter()
        .filter_map(|r| index.project(&r.id).map(|p| (r.kind, p)))
        .collect();
    let comparisons: Vec<_> = data.comparisons_with(&project.id).collect();

    view! {
        <Title text=name.clone() />
        <article class="tm-project" data-project=project.id.clone()>
            <header class="tm-page-head tm-project__head">
                <p class="tm-breadcrumb"><A href="/">{tr(K::NavTrail)}</A> " › "
                    {stages.first().copied().map(|s| {
                        let href = trail_href(keys::STAGE, &s.id);
                        view! { <A href=href>{move || s.title.get(lang.get()).to_string()}</A> }
                    })}
                </p>
                <h1>{name}</h1>
                <p class="tm-lead">{move || project.tagline.get(lang.get()).to_string()}</p>
                <div class="tm-project__actions">
                    <BookmarkButton project />
                    <CompareToggle project />
                </div>
                <DecisionEditor project />
            </header>

            <section class="tm-then-now" aria-labelledby="then-now-title">
                <h2 id="then-now-title" class="tm-visually-hidden">{tr(K::Maturity)}</h2>
                <div class="tm-then-now__col">
                    <h3>{tr(K::MapView2020)}</h3>
                    {move || match &project.on_map_2020 {
                        Some(m) => {
                            let stage_title = data.stages.iter().find(|s| s.step == m.step)
                                .map(|s| s.title.get(lang.get()).to_string()).unwrap_or_default();
                            let badge = m.badge.map(|b| match b {
                                crate::catalog::MapBadge::Graduated => K::MaturityGraduated,
                                crate::catalog::MapBadge::Incubating => K::MaturityIncubating,
                            }).unwrap_or(K::NoBadge2020);
                            view! {
                                <p>{format!("{} {}: {}", K::Step.get(lang.get()), m.step, stage_title)}</p>
                                <p><span class="tm-badge tm-badge--map">{badge.get(lang.get())}</span></p>
                            }.into_any()
                        }
                        None => view! { <p>{K::NotOnMap2020.get(lang.get())}</p> }.into_any(),
                    }}
                </div>
                <div class="tm-then-now__col">
                    <h3>{tr(K::TodayFacts)}</h3>
                    <p><MaturityBadge maturity=project.cncf.status /></p>
                    {move || map_change_text(project, lang.get()).map(|t| view! { <p class="tm-card__map">{t}</p> })}
                    {project.successor().and_then(|s| index.project(s)).map(|s| view! {
                        <p class="tm-card__successor">{tr(K::SucceededBy)} " " <A href=format!("/project/{}", s.id)>{s.name.clone()}</A></p>
                    })}
                </div>
            </section>

            <section aria-labelledby="what-title">
                <h2 id="what-title">{tr(K::WhatItIs)}</h2>
                <p>{move || project.what.get(lang.get()).to_string()}</p>
            </section>
            <section aria-labelledby="why-title">
                <h2 id="why-title">{tr(K::WhyUseIt)}</h2>
                <p>{move || project.why.get(lang.get()).to_string()}</p>
            </section>
            <div class="tm-columns">
                <section aria-labelledby="features-title">
                    <h2 id="features-title">{tr(K::KeyFeatures)}</h2>
                    {text_list(&project.features, lang)}
                </section>
                <section aria-labelledby="caveats-title" class="tm-caveats">
                    <h2 id="caveats-title">{tr(K::Caveats)}</h2>
                    {text_list(&project.caveats, lang)}
                </section>
            </div>
            <section aria-labelledby="uses-title">
                <h2 id="uses-title">{tr(K::UseCases)}</h2>
                {text_list(&project.use_cases, lang)}
            </section>

            <section aria-labelledby="facts-title">
                <h2 id="facts-title">{tr(K::Maturity)} " · " {tr(K::Links)}</h2>
                <dl class="tm-facts">
                    <dt>{tr(K::Maturity)}</dt>
                    <dd>{move || maturity_key(project.cncf.status).get(lang.get())}</dd>
                    <dt>{tr(K::Timeline)}</dt>
                    <dd>
                        {if timeline.is_empty() {
                            view! { <span>{tr(K::NotApplicable)}</span> }.into_any()
                        } else {
                            view! {
                                <ol class="tm-timeline">
                                    {timeline.into_iter().map(|(k, d)| view! {
                                        <li><span>{tr(k)}</span> " " <time datetime=d>{move || format_date(d, lang.get())}</time></li>
                                    }).collect_view()}
                                </ol>
                            }.into_any()
                        }}
                    </dd>
                    <dt>{tr(K::Language)}</dt>
                    <dd>{match project.language.clone() {
                        Some(l) => view! { <A href=trail_href(keys::LANGUAGE, &l)>{l.clone()}</A> }.into_any(),
                        None => view! { <span>{tr(K::Spec)}</span> }.into_any(),
                    }}</dd>
                    <dt>{tr(K::License)}</dt>
                    <dd><A href=trail_href(keys::LICENSE, &project.license)>{project.license.clone()}</A></dd>
                    <dt>{tr(K::Origin)}</dt>
                    <dd>{move || project.origin.get(lang.get()).to_string()}</dd>
                    <dt>{tr(K::FirstRelease)}</dt>
                    <dd>{move || project.first_release.map(|y| y.to_string()).unwrap_or_else(|| K::Unknown.get(lang.get()).to_string())}</dd>
                    <dt>{tr(K::Stages)}</dt>
                    <dd>
                        <ul class="tm-inline-list">
                            {stages.iter().copied().map(|s| {
                                let href = trail_href(keys::STAGE, &s.id);
                                view! { <li><A href=href>{move || format!("{}. {}", s.step, s.title.get(lang.get()))}</A></li> }
                            }).collect_view()}
                        </ul>
                    </dd>
                    <dt>{tr(K::Tags)}</dt>
                    <dd>
                        <ul class="tm-inline-list">
                            {project.tags.iter().map(|t| {
                                let href = trail_href(keys::TAG, t);
                                let label = move || data.tag(t).map(|tag| tag.label.get(lang.get()).to_string()).unwrap_or_else(|| t.clone());
                                view! { <li><A href=href attr:class="tm-chip">{label}</A></li> }
                            }).collect_view()}
                        </ul>
                    </dd>
                    <dt>{tr(K::Links)}</dt>
                    <dd>
                        <ul class="tm-inline-list">
                            <li>{external_link(&project.homepage, move || K::Homepage.get(lang.get()).to_string())}</li>
                            <li>{external_link(&project.repo, move || K::Repository.get(lang.get()).to_string())}</li>
                        </ul>
                    </dd>
                </dl>
            </section>

            <ProjectHistory project_id=project.id.as_str() />

            {(!related.is_empty()).then(|| view! {
                <section aria-labelledby="related-title">
                    <h2 id="related-title">{tr(K::Related)}</h2>
                    <ul class="tm-related">
                        {related.into_iter().map(|(kind, p)| view! {
                            <li>
                                <span class="tm-chip tm-chip--plain">{tr(relation_key(kind))}</span> " "
                                <A href=format!("/project/{}", p.id)>{p.name.clone()}</A>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}

            {(!comparisons.is_empty()).then(|| view! {
                <section aria-labelledby="curated-title">
                    <h2 id="curated-title">{tr(K::CuratedComparisons)}</h2>
                    <ul class="tm-curated">
                        {comparisons.into_iter().map(|c| view! {
                            <li>
                                <A href=compare_href(&c.projects)>{move || c.title.get(lang.get()).to_string()}</A>
                                <p class="tm-curated__narrative">{move || c.narrative.get(lang.get()).to_string()}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}

            <section aria-labelledby="sources-title">
                <h2 id="sources-title">{tr(K::Sources)}</h2>
                <ul class="tm-sources">
                    {project.sources.iter().map(|s| {
                        let label = url_label(s);
                        view! { <li>{external_link(s, move || label.clone())}</li> }
                    }).collect_view()}
                </ul>
            </section>
        </article>
    }
}
