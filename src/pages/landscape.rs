//! Routes `/landscape` (every landscape item: search, filters, a virtualized list grouped by
//! category) and `/landscape/<id>` (one item).

use crate::catalog::{bundled, catalog, Lang, Maturity};
use crate::compare::{self, MAX_COMPARED};
use crate::components::landscape_data::{start_loading, use_landscape, Load};
use crate::components::links::{external_link, url_label, A};
use crate::i18n::{count, format_date, K};
use crate::landscape::{rows, window, Index, LFacet, LandscapeQuery, Row, STAGE_VALUES};
use crate::lang::{tr, use_lang};
use crate::query::{keys, Ignored};
use crate::routes;
use crate::storage::use_store;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::NavigateOptions;

/// Height of every row of the virtualized list, in CSS pixels (`.tm-lrow` in main.css).
const ROW_H: f64 = 64.0;
/// Rows rendered above and below the viewport.
const OVERSCAN: usize = 6;

/// A stage value's label: the trail's stage title, or "elsewhere".
fn stage_label(id: &str, lang: Lang) -> String {
    catalog()
        .stage(id)
        .map(|s| s.title.get(lang).to_string())
        .unwrap_or_else(|| K::StageElsewhere.get(lang).to_string())
}

/// A facet option's label in either language.
type Label = Box<dyn Fn(Lang) -> String + Send + Sync>;

/// Loading, failure (with retry) or the view built on the loaded data.
#[component]
fn WithLandscape<V, F>(children: F) -> impl IntoView
where
    F: Fn(&'static Index) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let state = use_landscape();
    start_loading();
    let children = StoredValue::new(children);
    move || {
        match state.get() {
        Load::Idle | Load::Loading => view! {
            <div class="tm-loading" role="status" data-state="loading">
                <progress class="tm-loading__bar" aria-label=tr(K::LandscapeLoading)></progress>
                <p>{tr(K::LandscapeLoading)}</p>
            </div>
        }
        .into_any(),
        Load::Failed(e) => view! {
            <section class="tm-notice tm-notice--error" role="alert" data-state="failed">
                <p>{tr(K::LandscapeLoadFailed)}</p>
                <p><code>{e}</code></p>
                <button type="button" class="tm-button tm-button--primary" on:click=move |_| start_loading()>
                    {tr(K::Retry)}
                </button>
            </section>
        }
        .into_any(),
        Load::Ready(ix) => children.with_value(|c| c(ix)).into_any(),
    }
    }
}

#[component]
pub fn LandscapePage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=move || K::LandscapeTitle.get(lang.get()).to_string() />
        <div class="tm-landscape">
            <header class="tm-page-head">
                <h1>{tr(K::LandscapeTitle)}</h1>
                <p class="tm-lead">{tr(K::LandscapeIntro)}</p>
            </header>
            <WithLandscape children=|ix| view! { <Browser ix /> } />
        </div>
    }
}

fn ignored_text(ignored: &[Ignored]) -> String {
    let short = |s: &str| s.chars().take(40).collect::<String>();
    let mut parts: Vec<String> = ignored
        .iter()
        .take(10)
        .map(|i| format!("{}={}", short(&i.key), short(&i.value)))
        .collect();
    if ignored.len() > 10 {
        parts.push("…".into());
    }
    parts.join(", ")
}

#[component]
fn Browser(ix: &'static Index) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let navigate = use_navigate();
    let parsed = Memo::new(move |_| LandscapeQuery::parse(&location.search.get(), ix));
    let query = Memo::new(move |_| parsed.with(|(q, _)| q.clone()));
    let ignored = Memo::new(move |_| parsed.with(|(_, i)| i.clone()));
    let q_text = Memo::new(move |_| query.with(|q| q.q.clone()));
    // Searching is the costly part: redone only when the text changes, not on a facet toggle.
    let scores = Memo::new(move |_| q_text.with(|q| ix.scores(q)));
    let results = Memo::new(move |_| query.with(|q| scores.with(|s| ix.results(q, s))));
    let all_rows = Memo::new(move |_| results.with(rows));
    let total = Memo::new(move |_| results.with(|r| r.total));

    let set_query = Callback::new(move |q: LandscapeQuery| {
        navigate(
            &routes::landscape(&q),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    });

    let facet = move |f: LFacet| {
        let options: Vec<(String, Label)> = match f {
            LFacet::Stage => STAGE_VALUES
                .iter()
                .map(|s| {
                    let id = s.to_string();
                    (id.clone(), Box::new(move |l| stage_label(&id, l)) as Box<_>)
                })
                .collect(),
            LFacet::Category => ix
                .data
                .categories
                .iter()
                .map(|c| {
                    (
                        c.id.clone(),
                        Box::new(move |l| c.name.get(l).to_string()) as Box<_>,
                    )
                })
                .collect(),
            LFacet::Maturity => Maturity::ALL
                .into_iter()
                .map(|m| {
                    (
                        m.id().to_string(),
                        Box::new(move |l| m.label().get(l).to_string()) as Box<_>,
                    )
                })
                .collect(),
        };
        let legend = match f {
            LFacet::Stage => K::FacetStage,
            LFacet::Category => K::FacetCategory,
            LFacet::Maturity => K::FacetMaturity,
        };
        view! {
            <fieldset class="tm-facet" data-facet=f.key()>
                <legend>{tr(legend)}</legend>
                <ul class="tm-facet__list">
                    {options.into_iter().enumerate().map(|(n, (value, label))| {
                        let v1 = value.clone();
                        let v2 = value.clone();
                        let n_count = move || results.with(|r| match f {
                            LFacet::Stage => r.stage_counts[n],
                            LFacet::Category => r.category_counts[n],
                            LFacet::Maturity => r.maturity_counts[n],
                        });
                        view! {
                            <li>
                                <label class="tm-check">
                                    <input type="checkbox" value=value.clone()
                                        prop:checked=move || query.with(|q| q.list(f).contains(&v1))
                                        on:change=move |_| {
                                            let mut q = query.get_untracked();
                                            q.toggle(f, &v2);
                                            set_query.run(q);
                                        } />
                                    <span>{move || label(lang.get())}</span>
                                    " "
                                    <span class="tm-count" data-count=n_count>{move || format!("({})", n_count())}</span>
                                </label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </fieldset>
        }
    };

    // The search box: typed text goes to the URL (replacing the history entry); the URL's
    // text comes back into the box only when it differs in substance (Back, a link).
    let input_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let q = q_text.get();
        if let Some(input) = input_ref.get() {
            if input.value().trim() != q {
                input.set_value(&q);
            }
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let mut q = query.get_untracked();
        q.q = crate::query::clean_q(&event_target_value(&ev));
        set_query.run(q);
    };

    let source = &ix.data.source;
    let license_url = match &source.commit {
        Some(c) => format!("{}/blob/{c}/LICENSE", source.url),
        None => format!("{}/blob/master/LICENSE", source.url),
    };

    view! {
        {move || {
            let ignored = ignored.get();
            (!ignored.is_empty()).then(|| view! {
                <p class="tm-notice tm-notice--warn" role="status" data-notice="ignored">
                    {tr(K::IgnoredInLink)} " " <code>{ignored_text(&ignored)}</code>
                </p>
            })
        }}
        <div class="tm-landscape__layout">
            <section class="tm-filters tm-landscape__filters" aria-label=tr(K::LandscapeSearchLabel)>
                <label class="tm-search">
                    <span class="tm-visually-hidden">{tr(K::LandscapeSearchLabel)}</span>
                    <input type="search" node_ref=input_ref class="tm-search__input" maxlength="200"
                        aria-label=tr(K::LandscapeSearchLabel)
                        placeholder=tr(K::LandscapeSearchPlaceholder)
                        prop:value=q_text.get_untracked()
                        on:input=on_input />
                </label>
                {facet(LFacet::Stage)}
                {facet(LFacet::Maturity)}
                {facet(LFacet::Category)}
            </section>
            <section class="tm-landscape__results" aria-labelledby="tm-landscape-count">
                <p id="tm-landscape-count" class="tm-landscape__count" role="status" data-total=total>
                    {move || count(total.get(), K::LandscapeItems, lang.get())}
                </p>
                <Show when=move || total.get() == 0>
                    <p class="tm-empty">{tr(K::LandscapeNoResults)}</p>
                </Show>
                <VirtualList ix all_rows />
            </section>
        </div>
        <p class="tm-landscape__source">
            {tr(K::LandscapeSource)} ": "
            {external_link(&source.url, move || format!("{} ({})", source.name, url_label(&source.url)))}
            {move || format!(", {} {}, ", K::LandscapeSnapshot.get(lang.get()), format_date(&source.snapshot, lang.get()))}
            {external_link(&license_url, move || K::LandscapeLicense.get(lang.get()).to_string())}
        </p>
    }
}

/// Only the rows in (or near) the viewport exist in the DOM; a spacer of the full height keeps
/// the page's scroll bar true.
#[component]
fn VirtualList(ix: &'static Index, all_rows: Memo<Vec<Row>>) -> impl IntoView {
    let lang = use_lang();
    let list_ref = NodeRef::<leptos::html::Ul>::new();
    // (pixels of the list above the viewport's top, viewport height)
    let viewport = RwSignal::new((0.0f64, 900.0f64));
    // Also runs from a frame callback that may fire after the list is gone (navigation), so
    // every reactive access is the fallible kind.
    let measure = move || {
        let (Some(el), Some(w)) = (list_ref.try_get_untracked().flatten(), web_sys::window())
        else {
            return;
        };
        let top = el.get_bounding_client_rect().top();
        let height = w
            .inner_height()
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(900.0);
        let next = (-top, height);
        if viewport.try_get_untracked().is_some_and(|v| v != next) {
            viewport.try_set(next);
        }
    };
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| measure());
    let on_resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
    Effect::new(move |_| {
        all_rows.track();
        request_animation_frame(measure);
    });
    let range = Memo::new(move |_| {
        let (scrolled, height) = viewport.get();
        window(all_rows.with(Vec::len), ROW_H, scrolled, height, OVERSCAN)
    });
    let shown = Memo::new(move |_| {
        let (a, b) = range.get();
        all_rows.with(|r| {
            (a..b)
                .filter_map(|i| r.get(i).map(|row| (i, *row)))
                .collect::<Vec<_>>()
        })
    });
    let setsize = move || all_rows.with(Vec::len);
    view! {
        <ul class="tm-lvirt" node_ref=list_ref
            style:height=move || format!("{}px", all_rows.with(Vec::len) as f64 * ROW_H)>
            <For each=move || shown.get() key=|(i, row)| (*i, *row) let:entry>
                {
                    let (i, row) = entry;
                    let top = format!("translateY({}px)", i as f64 * ROW_H);
                    match row {
                        Row::Heading { category, count: n } => {
                            let c = &ix.data.categories[category];
                            view! {
                                <li class="tm-lrow tm-lrow--heading" style:transform=top
                                    aria-posinset=i + 1 aria-setsize=setsize>
                                    <h2 class="tm-lrow__heading">
                                        {move || c.name.get(lang.get()).to_string()}
                                        " "
                                        <span class="tm-count">{move || format!("({})", n)}</span>
                                    </h2>
                                </li>
                            }.into_any()
                        }
                        Row::Item(n) => {
                            let it = &ix.data.items[n];
                            let sub = ix.subcategory_of(n);
                            let curated = bundled().project(&it.id).is_some();
                            let maturity = it.maturity;
                            view! {
                                <li class="tm-lrow tm-lrow--item" style:transform=top data-item=it.id.clone()
                                    aria-posinset=i + 1 aria-setsize=setsize>
                                    <A href=routes::landscape_item(&it.id) attr:class="tm-lrow__name">{it.name.clone()}</A>
                                    <span class="tm-lrow__meta">
                                        {move || sub.name.get(lang.get()).to_string()}
                                        " · "
                                        <span class=format!("tm-badge tm-badge--{}", maturity.id())>{move || maturity.label().get(lang.get())}</span>
                                        {curated.then(|| view! { " · " <span class="tm-lrow__trail">{tr(K::NavTrail)}</span> })}
                                    </span>
                                    <span class="tm-lrow__desc">{it.description.clone().unwrap_or_default()}</span>
                                </li>
                            }.into_any()
                        }
                    }
                }
            </For>
        </ul>
    }
}

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
