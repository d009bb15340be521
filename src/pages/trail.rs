//! Route `/`: the ten stages in trail order, filtered and searched through the URL.

use crate::catalog::{bundled, catalog, Project, Stage};
use crate::components::cards::ProjectCard;
use crate::components::filter_bar::FilterBar;
use crate::components::search_results::{SearchNotices, SearchResults};
use crate::components::whats_new::WhatsNew;
use crate::dom::scroll_memory;
use crate::filter::{facet_options, visible};
use crate::i18n::{step_label, K};
use crate::lang::{tr, use_lang};
use crate::prefs::{stage_progress, Decision};
use crate::query::{keys, Facet, HistoryStep, TrailQuery};
use crate::routes;
use crate::search::{bundled_index, search_bundled};
use crate::storage::use_store;
use crate::text::shorten;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::collections::HashSet;
use std::sync::Arc;

/// A listed project; equal when it is the same project (cheap for memos).
#[derive(Clone, Copy)]
struct Listed(&'static Project);

impl PartialEq for Listed {
    fn eq(&self, other: &Listed) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// Cards a stage renders before its "Show more" button (see `StageCard`).
const CARDS_PER_PAGE: usize = 24;

/// One line such as "2 adopted, 1 evaluating" for a set of decision counts.
fn progress_text(
    counts: &std::collections::BTreeMap<Decision, usize>,
    lang: crate::catalog::Lang,
) -> String {
    counts
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(d, n)| format!("{} {n}", d.label().get(lang)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The ignored parts of a link, shortened: a pasted link can hold thousands of characters.
fn ignored_summary(ignored: &[crate::query::Ignored]) -> String {
    const MAX_ITEMS: usize = 10;
    const MAX_CHARS: usize = 40;
    let short = |s: &str| shorten(s, MAX_CHARS);
    let mut parts: Vec<String> = ignored
        .iter()
        .take(MAX_ITEMS)
        .map(|i| format!("{}={}", short(&i.key), short(&i.value)))
        .collect();
    if ignored.len() > MAX_ITEMS {
        parts.push("…".to_string());
    }
    parts.join(", ")
}

/// Show the trail filtered by `next` instead of `current`: a filter change adds a history
/// entry (Back undoes it), typing replaces the entry (`TrailQuery::history_step`). The filter
/// bar, the "clear filters" button and the Esc shortcut all come here.
pub fn set_trail_query(
    navigate: &impl Fn(&str, NavigateOptions),
    current: &TrailQuery,
    next: &TrailQuery,
) {
    navigate(
        &routes::trail(next),
        NavigateOptions {
            replace: current.history_step(next) == HistoryStep::Replace,
            scroll: false,
            ..Default::default()
        },
    );
}

#[component]
pub fn TrailPage() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let location = use_location();
    let navigate = use_navigate();
    let data = catalog();
    restore_view_on_back(location.clone());

    let parsed = Memo::new(move |_| TrailQuery::parse(&location.search.get(), bundled()));
    let query = Memo::new(move |_| parsed.with(|(q, _)| q.clone()));
    let ignored = Memo::new(move |_| parsed.with(|(_, i)| i.clone()));
    let bookmarks = Memo::new(move |_| {
        store
            .prefs()
            .with(|p| p.bookmarks.iter().cloned().collect::<HashSet<String>>())
    });

    // One search per distinct query, shared by the list and the five facet counts. Without
    // search text the index is not needed: it is built when the browser is idle after the
    // first render, so the first keystroke finds it ready and start-up does not pay for it.
    let search = Memo::new(move |_| {
        // Searched again when the other language's texts arrive (a Korean query finds more).
        crate::dom::data::track();
        query.with(|q| Arc::new(search_bundled(&q.q)))
    });
    // Search covers both languages: a query fetches the other one's texts if they aren't in.
    Effect::new(move |_| {
        if query.with(|q| !q.q.trim().is_empty()) {
            crate::dom::data::ensure_all();
        }
    });
    request_idle_callback(|| {
        bundled_index();
    });
    let visible_projects = Memo::new(move |_| {
        query.with(|q| {
            bookmarks.with(|b| {
                search
                    .with(|s| visible(data, s, q, &|id| b.contains(id)))
                    .into_iter()
                    .map(Listed)
                    .collect::<Vec<Listed>>()
            })
        })
    });
    let options = Memo::new(move |_| {
        query.with(|q| {
            bookmarks.with(|b| {
                Facet::ALL
                    .iter()
                    .map(|&f| {
                        (
                            f,
                            search.with(|s| facet_options(data, s, q, &|id| b.contains(id), f)),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let count = Signal::derive(move || visible_projects.with(Vec::len));

    let set_query =
        Callback::new(move |q: TrailQuery| set_trail_query(&navigate, &query.get_untracked(), &q));

    let overall = Memo::new(move |_| {
        store.prefs().with(|p| {
            let mut total = std::collections::BTreeMap::new();
            for s in &data.stages {
                for (d, n) in stage_progress(p, data, &s.id) {
                    *total.entry(d).or_insert(0) += n;
                }
            }
            total
        })
    });

    view! {
        <Title text=move || K::TrailTitle.get(lang.get()).to_string() />
        <div class="tm-trail">
            <header class="tm-page-head">
                <h1>{tr(K::TrailTitle)}</h1>
                <p class="tm-lead">{tr(K::TrailIntro)}</p>
                {move || {
                    let text = progress_text(&overall.get(), lang.get());
                    (!text.is_empty()).then(|| view! {
                        <p class="tm-progress"><strong>{tr(K::Progress)} ": "</strong>{text}</p>
                    })
                }}
                <details class="tm-cloud-native">
                    <summary>{tr(K::WhatIsCloudNative)}</summary>
                    <p>{move || data.cloud_native.get(lang.get()).to_string()}</p>
                </details>
            </header>
            <crate::components::trail_picture::TrailPicture query visible=Signal::derive(move || visible_projects.with(|v| v.iter().map(|l| l.0).collect())) />
            <WhatsNew />
            {move || {
                let ignored = ignored.get();
                (!ignored.is_empty()).then(|| {
                    let list = ignored_summary(&ignored);
                    view! {
                        <p class="tm-notice tm-notice--warn" role="status" data-notice="ignored">
                            {tr(K::IgnoredInLink)} " " <code>{list}</code>
                        </p>
                    }
                })
            }}
            <FilterBar query set_query options count />
            <SearchNotices search query count />
            <Show when=move || count.get() == 0 && search.with(|s| s.outside.is_none())>
                <div class="tm-empty" role="status">
                    <p>{tr(K::NoResults)}</p>
                    <button type="button" class="tm-button tm-button--primary"
                        on:click=move |_| set_query.run(query.get_untracked().cleared())>
                        {tr(K::ClearFilters)}
                    </button>
                </div>
            </Show>
            // Where the first badges appear: what each one means.
            <crate::components::maturity::MaturityLegend />
            // While searching: one ranked list instead of the stages.
            <Show when=move || search.with(|s| s.is_empty()) fallback=move || view! {
                <SearchResults search projects=Signal::derive(move || visible_projects.with(|v| v.iter().map(|l| l.0).collect())) />
            }>
                <ol class="tm-stages">
                    {data.stages.iter().map(|stage| view! { <StageCard stage query visible_projects /> }).collect_view()}
                </ol>
            </Show>
            <HelpAlongTheWay />
        </div>
    }
}

/// Back/Forward to the trail returns to the same scroll position, with focus on the card
/// of the project the reader had opened; the position is kept per address as the reader
/// scrolls, filters and types.
fn restore_view_on_back(location: leptos_router::location::Location) {
    scroll_memory::install();
    let on_scroll = window_event_listener(leptos::ev::scroll, |_| scroll_memory::save());
    Effect::new(move |_| {
        location.search.track();
        // Read now, before a scroll event can overwrite it; decide a frame later, because
        // the router re-renders before our `popstate` listener marks the traversal.
        let remembered = scroll_memory::saved();
        request_animation_frame(move || {
            if !scroll_memory::take_traversal() {
                scroll_memory::save();
                return;
            }
            let Some(y) = remembered else {
                return;
            };
            scroll_memory::scroll_to(y);
            if let Some(link) = scroll_memory::recall(LAST_OPENED).and_then(|id| card_link(&id)) {
                crate::dom::focus::focus_without_scroll(&link);
            }
        });
    });
    on_cleanup(move || {
        on_scroll.remove();
        // Leaving for a project page: remember which, to focus its card on the way back.
        let here = scroll_memory::current_address();
        if let Some(id) = routes::project_id(&here) {
            scroll_memory::remember(LAST_OPENED, id.to_string());
        }
    });
}

const LAST_OPENED: &str = "trail:last-opened";

/// The title link of the card of project `id` on the trail, if shown.
fn card_link(id: &str) -> Option<web_sys::Element> {
    // Ids are kebab-case; anything else cannot be a card (and must not reach a selector).
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return None;
    }
    let selector = format!("#main .tm-card[data-project=\"{id}\"] .tm-card__title a");
    web_sys::window()?
        .document()?
        .query_selector(&selector)
        .ok()
        .flatten()
}

#[component]
fn StageCard(
    stage: &'static Stage,
    query: Memo<TrailQuery>,
    visible_projects: Memo<Vec<Listed>>,
) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let data = catalog();
    let id = stage.id.as_str();
    // Collapsed stages stay collapsed when the reader comes back from a project.
    let memo_key = format!("stage-collapsed:{id}");
    let expanded = RwSignal::new(scroll_memory::recall(&memo_key).as_deref() != Some("1"));
    // With a stage filter, a selected stage lists every project serving it; otherwise a
    // project appears once, under its primary stage.
    let selected = Memo::new(move |_| query.with(|q| q.stage.0.iter().any(|s| s == id)));
    let stage_filter_on = Memo::new(move |_| query.with(|q| !q.stage.0.is_empty()));
    let projects = Memo::new(move |_| {
        let wide = selected.get();
        visible_projects.with(|ps| {
            ps.iter()
                .map(|l| l.0)
                .filter(|p| if wide { p.in_stage(id) } else { p.stage == id })
                .map(Listed)
                .collect::<Vec<_>>()
        })
    });
    let filtered = Memo::new(move |_| !query.with(TrailQuery::is_unfiltered));
    let hidden = move || {
        (stage_filter_on.get() && !selected.get())
            || (filtered.get() && projects.with(Vec::is_empty))
    };
    let progress = Memo::new(move |_| store.prefs().with(|p| stage_progress(p, data, id)));
    let heading_id = format!("stage-{id}");
    let heading_id2 = heading_id.clone();
    let list_id = format!("stage-{id}-projects");
    // Render a page of cards at a time: at landscape scale (thousands of projects) a keystroke
    // would otherwise rebuild every card. Curated stages (under ten projects) never page.
    let shown = RwSignal::new(CARDS_PER_PAGE);
    let page = Memo::new(move |_| {
        let n = shown.get();
        projects.with(|ps| ps.iter().take(n).copied().collect::<Vec<_>>())
    });
    let more = Memo::new(move |_| projects.with(Vec::len).saturating_sub(shown.get()));

    view! {
        <li class="tm-stage" class:tm-stage--optional=stage.optional hidden=hidden
            id=id data-stage=id tabindex="-1" aria-labelledby=heading_id.clone()>
            <header class="tm-stage__head">
                <span class="tm-stage__step" aria-hidden="true">{stage.step}</span>
                <h2 class="tm-stage__title" id=heading_id2>
                    <span class="tm-visually-hidden">{move || format!("{}: ", step_label(stage.step, lang.get()))}</span>
                    {move || stage.title.get(lang.get()).to_string()}
                </h2>
                <button type="button" class="tm-button tm-button--ghost tm-stage__toggle"
                    aria-expanded=move || expanded.get().to_string() aria-controls=list_id.clone()
                    aria-label=move || {
                        let action = if expanded.get() { K::Collapse } else { K::Expand };
                        format!("{}: {}", action.get(lang.get()), stage.title.get(lang.get()))
                    }
                    on:click=move |_| {
                        expanded.update(|e| *e = !*e);
                        let collapsed = if expanded.get_untracked() { "0" } else { "1" };
                        scroll_memory::remember(&memo_key, collapsed.to_string());
                    }>
                    {move || if expanded.get() { K::Collapse.get(lang.get()) } else { K::Expand.get(lang.get()) }}
                </button>
            </header>
            {stage.optional.then(|| view! { <p class="tm-stage__optional">{tr(K::OptionalHint)}</p> })}
            <p class="tm-stage__summary">{move || stage.summary.get(lang.get()).to_string()}</p>
            <p class="tm-stage__meta">
                <span>{move || crate::i18n::count(projects.with(Vec::len), K::Projects, lang.get())}</span>
                {move || {
                    let text = progress_text(&progress.get(), lang.get());
                    (!text.is_empty()).then(|| view! { <span class="tm-stage__progress">" · " {text}</span> })
                }}
                {more_in_landscape_link(id)}
            </p>
            <div id=list_id hidden=move || !expanded.get()>
                <details class="tm-stage__guidance">
                    <summary>{tr(K::Guidance)}</summary>
                    <ul>
                        {stage.guidance.iter().map(|g| view! { <li>{move || g.get(lang.get()).to_string()}</li> }).collect_view()}
                    </ul>
                </details>
                <ul class="tm-cards">
                    <For each=move || page.get() key=|p| p.0.id.as_str() let:listed>
                        <li><ProjectCard project=listed.0 /></li>
                    </For>
                </ul>
                <Show when=move || more.get() != 0>
                    <button type="button" class="tm-button tm-stage__more" data-action="show-more"
                        on:click=move |_| shown.update(|n| *n += CARDS_PER_PAGE)>
                        {move || format!("{} ({})", K::ShowMore.get(lang.get()), more.get())}
                    </button>
                </Show>
            </div>
        </li>
    }
}

/// "N more in the landscape" under a stage, linking to the landscape filtered to that stage.
fn more_in_landscape_link(stage: &'static str) -> impl IntoView {
    let lang = use_lang();
    let n = crate::landscape::more_in_landscape(stage);
    (n > 0).then(|| {
        view! {
            " · "
            <crate::components::links::A href=routes::landscape_with(keys::STAGE, stage) attr:class="tm-stage__more-landscape">
                {move || match lang.get() {
                    crate::catalog::Lang::Ko => format!("{}: {n}개", K::MoreInLandscape.get(lang.get())),
                    crate::catalog::Lang::En => format!("{n} {}", K::MoreInLandscape.get(lang.get())),
                }}
            </crate::components::links::A>
        }
    })
}

#[component]
fn HelpAlongTheWay() -> impl IntoView {
    let lang = use_lang();
    let data = catalog();
    view! {
        <section class="tm-help" aria-labelledby="tm-help-title">
            <h2 id="tm-help-title">{tr(K::HelpAlongTheWay)}</h2>
            <ul class="tm-help__list">
                {data.help.iter().map(|h| view! {
                    <li class="tm-help__item">
                        <h3>
                            {crate::components::links::external_link(&h.url, move || h.title.get(lang.get()).to_string())}
                        </h3>
                        <p>{move || h.text.get(lang.get()).to_string()}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
