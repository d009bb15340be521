//! Route `/project/:id`: everything the dataset holds about one project.

use crate::catalog::{bundled, catalog, Comparison, Lang, Map2020, MapBadge, Project, Stage, Text};
use crate::components::cards::{
    map_change_text, BookmarkButton, CompareToggle, MaturityBadge, PartOfChip,
};
use crate::components::decision::DecisionEditor;
use crate::components::links::{external_link, url_label, A};
use crate::components::maturity::{ArchivedBanner, MaturityLegend};
use crate::components::whats_new::ProjectHistory;
use crate::i18n::{format_date, step_label, K};
use crate::lang::{tr, use_lang};
use crate::query::keys;
use crate::routes;
use crate::search::bundled_index;
use crate::text::shorten;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

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
    let suggestions: Vec<&'static Project> = bundled_index()
        .search(&words)
        .ranked()
        .into_iter()
        .filter_map(|i| data.projects.get(i))
        .take(5)
        .collect();
    let search_href = routes::trail_with(keys::Q, &words);
    let shown_id = shorten(&id, 80);
    view! {
        <Title text=move || K::ProjectNotFoundTitle.get(lang.get()).to_string() />
        <section class="tm-not-found">
            <h1>{tr(K::ProjectNotFoundTitle)}</h1>
            <p>{tr(K::ProjectNotFoundText)} " " <code>{shown_id}</code></p>
            {(!suggestions.is_empty()).then(|| view! {
                <h2>{tr(K::DidYouMean)}</h2>
                <ul class="tm-suggestions">
                    {suggestions.into_iter().map(|p| view! {
                        <li><A href=routes::project(&p.id)>{p.name.clone()}</A></li>
                    }).collect_view()}
                </ul>
            })}
            <p>
                <A href=search_href>{tr(K::SearchFor)} " “" {words.clone()} "”"</A>
                " · "
                <A href=routes::TRAIL>{tr(K::BackHome)}</A>
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

/// A stage as a link to the trail filtered by it.
fn stage_link(s: &'static Stage, lang: Memo<Lang>) -> impl IntoView {
    let href = routes::trail_with(keys::STAGE, &s.id);
    view! { <A href=href>{move || format!("{}. {}", s.step, s.title.get(lang.get()))}</A> }
}

#[component]
fn ProjectDetail(project: &'static Project) -> impl IntoView {
    let lang = use_lang();
    let data = catalog();
    let stages: Vec<&'static Stage> = project.stage_ids().filter_map(|s| data.stage(s)).collect();
    view! {
        <Title text=project.name.clone() />
        <article class="tm-project" data-project=project.id.clone()>
            <ProjectHead project first_stage=stages.first().copied() />
            <ArchivedBanner project />
            // What it is comes first; the reader's own controls follow in one compact row.
            <section aria-labelledby="what-title">
                <h2 id="what-title">{tr(K::WhatItIs)}</h2>
                <p>{move || project.what.get(lang.get()).to_string()}</p>
            </section>
            <div class="tm-project__actions">
                <BookmarkButton project />
                <CompareToggle project />
                <DecisionEditor project compact=true />
            </div>
            <ThenAndNow project />
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
            <ProjectFacts project stages />
            <ProjectHistory project_id=project.id.as_str() />
            <RelatedProjects project />
            <CuratedComparisons comparisons=data.comparisons_with(&project.id).collect() />
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

/// Breadcrumb, name and tagline.
#[component]
fn ProjectHead(project: &'static Project, first_stage: Option<&'static Stage>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <header class="tm-page-head tm-project__head">
            <p class="tm-breadcrumb"><A href=routes::TRAIL>{tr(K::NavTrail)}</A> " › "
                {first_stage.map(|s| {
                    let href = routes::trail_with(keys::STAGE, &s.id);
                    view! { <A href=href>{move || s.title.get(lang.get()).to_string()}</A> }
                })}
            </p>
            <h1>{project.name.clone()}</h1>
            <p class="tm-lead">{move || project.tagline.get(lang.get()).to_string()}</p>
        </header>
    }
}

/// What the 2020 map said beside what is true today.
#[component]
fn ThenAndNow(project: &'static Project) -> impl IntoView {
    let lang = use_lang();
    let data = catalog();
    let successor = crate::advice::successor(bundled(), project);
    view! {
        <section class="tm-then-now" aria-labelledby="then-now-title">
            <h2 id="then-now-title" class="tm-visually-hidden">{tr(K::Maturity)}</h2>
            <div class="tm-then-now__col">
                <h3>{tr(K::MapView2020)}</h3>
                {move || match project.map_2020() {
                    Map2020::Shown { step, badge } => {
                        let stage_title = data.stages.iter().find(|s| s.step == step)
                            .map(|s| s.title.get(lang.get()).to_string()).unwrap_or_default();
                        let badge = badge.map_or(K::NoBadge2020, MapBadge::label);
                        view! {
                            <p>{format!("{}: {}", step_label(step, lang.get()), stage_title)}</p>
                            <p><span class="tm-badge tm-badge--map">{badge.get(lang.get())}</span></p>
                        }.into_any()
                    }
                    other => view! {
                        <p>{crate::i18n::map_2020_label(other, lang.get())}</p>
                    }.into_any(),
                }}
            </div>
            <div class="tm-then-now__col">
                <h3>{tr(K::TodayFacts)}</h3>
                <p><MaturityBadge maturity=project.cncf.status /> " " <PartOfChip project /></p>
                <MaturityLegend />
                {move || map_change_text(project, lang.get()).map(|t| view! { <p class="tm-card__map">{t}</p> })}
                {successor.map(|s| view! {
                    <p class="tm-card__successor">{tr(K::SucceededBy)} " " <A href=routes::project(&s.id)>{s.name.clone()}</A></p>
                })}
            </div>
        </section>
    }
}

/// Maturity, timeline, language, license, origin, stages, tags and links.
#[component]
fn ProjectFacts(project: &'static Project, stages: Vec<&'static Stage>) -> impl IntoView {
    let lang = use_lang();
    let data = catalog();
    let timeline: Vec<(K, &'static str)> = [
        (K::Accepted, project.cncf.accepted.as_deref()),
        (K::IncubatingDate, project.cncf.incubating.as_deref()),
        (K::GraduatedDate, project.cncf.graduated.as_deref()),
        (K::ArchivedDate, project.cncf.archived.as_deref()),
    ]
    .into_iter()
    .filter_map(|(k, d)| d.map(|d| (k, d)))
    .collect();
    view! {
        <section aria-labelledby="facts-title">
            <h2 id="facts-title">{tr(K::Maturity)} " · " {tr(K::Links)}</h2>
            <dl class="tm-facts">
                <dt>{tr(K::Maturity)}</dt>
                <dd>{tr(project.cncf.status.label())} " " <PartOfChip project /></dd>
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
                    Some(l) => view! { <A href=routes::trail_with(keys::LANGUAGE, &l)>{l.clone()}</A> }.into_any(),
                    None => view! { <span>{tr(K::Spec)}</span> }.into_any(),
                }}</dd>
                <dt>{tr(K::License)}</dt>
                <dd><A href=routes::trail_with(keys::LICENSE, &project.license)>{project.license.clone()}</A></dd>
                <dt>{tr(K::Origin)}</dt>
                <dd>{move || project.origin.get(lang.get()).to_string()}</dd>
                <dt>{tr(K::FirstRelease)}</dt>
                <dd>{move || project.first_release.map(|y| y.to_string()).unwrap_or_else(|| K::Unknown.get(lang.get()).to_string())}</dd>
                <dt>{tr(K::Stages)}</dt>
                <dd>
                    <ul class="tm-inline-list">
                        {stages.into_iter().map(|s| view! { <li>{stage_link(s, lang)}</li> }).collect_view()}
                    </ul>
                </dd>
                <dt>{tr(K::Tags)}</dt>
                <dd>
                    <ul class="tm-inline-list">
                        {project.tags.iter().map(|t| {
                            let href = routes::trail_with(keys::TAG, t);
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
                        {project.docs_ko.as_ref().map(|url| view! {
                            <li>{external_link(url, move || K::DocsKo.get(lang.get()).to_string())}</li>
                        })}
                    </ul>
                </dd>
            </dl>
        </section>
    }
}

#[component]
fn RelatedProjects(project: &'static Project) -> impl IntoView {
    let related: Vec<_> = project
        .related
        .iter()
        .filter_map(|r| bundled().project(&r.id).map(|p| (r.kind, p)))
        .collect();
    (!related.is_empty()).then(|| {
        view! {
            <section aria-labelledby="related-title">
                <h2 id="related-title">{tr(K::Related)}</h2>
                <ul class="tm-related">
                    {related.into_iter().map(|(kind, p)| view! {
                        <li>
                            <span class="tm-chip tm-chip--plain">{tr(kind.label())}</span> " "
                            <A href=routes::project(&p.id)>{p.name.clone()}</A>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn CuratedComparisons(comparisons: Vec<&'static Comparison>) -> impl IntoView {
    let lang = use_lang();
    (!comparisons.is_empty()).then(|| view! {
        <section aria-labelledby="curated-title">
            <h2 id="curated-title">{tr(K::CuratedComparisons)}</h2>
            <ul class="tm-curated">
                {comparisons.into_iter().map(|c| view! {
                    <li>
                        <A href=routes::compare_of(&c.projects)>{move || c.title.get(lang.get()).to_string()}</A>
                        <p class="tm-curated__narrative">{move || c.narrative.get(lang.get()).to_string()}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    })
}
