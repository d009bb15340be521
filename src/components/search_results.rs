//! The trail while a search is on: one flat list ranked best first, each card saying where
//! it matched (matched words in `<mark>`), plus "Did you mean", comparison offers and the
//! note for a project the curated trail does not cover.

use crate::catalog::{bundled, catalog, Project};
use crate::components::cards::{card_language, CardActions, MaturityBadge};
use crate::components::links::A;
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use crate::query::TrailQuery;
use crate::routes;
use crate::search::{bundled_index, result_text, Field, Mode, Outcome, Segment};
use leptos::prelude::*;
use std::sync::Arc;

/// Characters of a matching sentence shown under a result.
const SNIPPET_CHARS: usize = 140;

fn field_key(f: Field) -> K {
    match f {
        Field::Name => K::FieldName,
        Field::Tagline => K::FieldTagline,
        Field::Tags => K::FieldTags,
        Field::Features => K::FieldFeatures,
        Field::Description => K::FieldDescription,
        Field::UseCases => K::FieldUseCases,
    }
}

/// Text segments as text nodes and `<mark>` elements (never HTML from text).
fn marked(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| {
            if s.mark {
                view! { <mark>{s.text}</mark> }.into_any()
            } else {
                s.text.into_any()
            }
        })
        .collect_view()
}

/// The trail's address with the search text replaced.
fn with_q(query: &TrailQuery, q: &str) -> String {
    let mut next = query.clone();
    next.q = q.to_string();
    routes::trail(&next)
}

/// Notices above the results: a correction, a comparison, a project outside the trail.
#[component]
pub fn SearchNotices(
    search: Memo<Arc<Outcome>>,
    query: Memo<TrailQuery>,
    count: Signal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let data = catalog();
    let name_of = |id: &str| {
        bundled()
            .project(id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    view! {
        {move || search.with(|o| o.suggestion.clone()).map(|s| {
            let href = query.with(|q| with_q(q, &s.query));
            view! {
                <p class="tm-notice tm-did-you-mean" data-notice="did-you-mean">
                    {tr(K::DidYouMeanBefore)}<A href=href>{s.label}</A>{tr(K::DidYouMeanAfter)}
                </p>
            }
        })}
        {move || (search.with(|o| o.mode == Mode::Any && o.compare.is_none()) && count.get() > 0).then(|| view! {
            <p class="tm-notice" data-notice="partial-match">{tr(K::PartialMatch)}</p>
        })}
        {move || search.with(|o| o.compare.clone()).map(|c| {
            let names: Vec<String> = c.ids.iter().map(|id| name_of(id)).collect();
            let curated = c.curated.as_deref().and_then(|id| data.comparison(id));
            view! {
                <ul class="tm-notice tm-compare-offer" data-notice="compare-offer">
                    <li>
                        <strong>{tr(K::CompareNamed)} ": "</strong>
                        <A href=routes::compare_of(&c.ids)>{names.join(" · ")}</A>
                    </li>
                    {curated.map(|cmp| view! {
                        <li data-curated=cmp.id.clone()>
                            <strong>{tr(K::CuratedComparison)} ": "</strong>
                            <A href=routes::compare_of(&cmp.projects)>{move || cmp.title.get(lang.get()).to_string()}</A>
                        </li>
                    })}
                </ul>
            }
        })}
        {move || search.with(|o| o.outside.clone()).map(|name| {
            let empty = count.get() == 0;
            view! {
                <div class="tm-notice tm-outside" class:tm-empty=empty role="status" data-notice="outside">
                    <p><strong>{name} ": "</strong>{tr(K::OutsideText)}</p>
                    <p>{move || if empty { K::OutsideHint.get(lang.get()) } else { K::OutsideMentions.get(lang.get()) }}</p>
                </div>
            }
        })}
    }
}

/// The ranked results. `projects` is the visible list, already in rank order.
#[component]
pub fn SearchResults(
    search: Memo<Arc<Outcome>>,
    projects: Signal<Vec<&'static Project>>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ol class="tm-results" aria-label=move || K::SearchResultsLabel.get(lang.get())>
            <For each=move || projects.get() key=|p| p.id.as_str() let:project>
                <li><ResultCard project search /></li>
            </For>
        </ol>
    }
}

#[component]
fn ResultCard(project: &'static Project, search: Memo<Arc<Outcome>>) -> impl IntoView {
    let lang = use_lang();
    let store = crate::storage::use_store();
    let id = project.id.as_str();
    let position = bundled_index().position(id);
    // Everything this card shows of the search, as one value: after a keystroke, a card
    // whose marks, snippet and matched fields stay the same re-renders nothing.
    let shown = Memo::new(move |_| {
        let l = lang.get();
        search.with(|o| result_text(o, position, project, l, SNIPPET_CHARS))
    });
    let bookmarked = Memo::new(move |_| store.prefs().with(|p| p.is_bookmarked(id)));
    let stage = catalog().stage(&project.stage);
    let matched_in = move || {
        let l = lang.get();
        shown.with(|s| {
            s.fields
                .iter()
                .map(|&f| field_key(f).get(l))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let matched_attr = move || {
        shown.with(|s| {
            s.fields
                .iter()
                .map(|&f| field_key(f).get(crate::catalog::Lang::En).replace(' ', "-"))
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    view! {
        <article class="tm-card tm-card--result" class:tm-card--bookmarked=move || bookmarked.get()
            data-project=id>
            <h3 class="tm-card__title">
                <A href=routes::project(id)>{move || marked(shown.with(|s| s.name.clone()))}</A>
            </h3>
            {stage.map(|s| view! {
                <p class="tm-card__stage">
                    <span class="tm-chip tm-chip--stage" data-stage=s.id.clone()>
                        {move || format!("{} {} · {}", K::Step.get(lang.get()), s.step, s.title.get(lang.get()))}
                    </span>
                </p>
            })}
            <p class="tm-card__tagline">{move || marked(shown.with(|s| s.tagline.clone()))}</p>
            {move || shown.with(|s| s.snippet.clone()).map(|s| view! { <p class="tm-card__snippet">{marked(s)}</p> })}
            <p class="tm-card__meta">
                <MaturityBadge maturity=project.cncf.status />
                {card_language(project)}
                <span class="tm-card__matched" data-matched=matched_attr>
                    {tr(K::MatchedIn)} ": " {matched_in}
                </span>
            </p>
            <CardActions project />
        </article>
    }
}
