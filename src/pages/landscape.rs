//! Routes `/landscape` (every landscape item: search, filters, a virtualized list grouped by
//! category) and `/landscape/<id>` (one item).

use crate::catalog::{catalog, Lang, Maturity};
use crate::components::landscape_data::{start_loading, use_landscape, Load};
use crate::components::links::{external_link, url_label};
use crate::i18n::{count, format_date, K};
use crate::landscape::{rows, Index, LFacet, LandscapeQuery, Results, STAGE_VALUES};
use crate::lang::{tr, use_lang};
use crate::query::Ignored;
use crate::routes;
use crate::text::shorten;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

mod item;
mod list;

pub use item::LandscapeItemPage;
use list::VirtualList;

/// A stage value's label: the trail's stage title, or "elsewhere".
pub(super) fn stage_label(id: &str, lang: Lang) -> String {
    catalog()
        .stage(id)
        .map(|s| s.title.get(lang).to_string())
        .unwrap_or_else(|| K::StageElsewhere.get(lang).to_string())
}

/// A facet option's label in either language.
type Label = Box<dyn Fn(Lang) -> String + Send + Sync>;

/// Loading, failure (with retry) or the view built on the loaded data.
#[component]
pub(super) fn WithLandscape<V, F>(children: F) -> impl IntoView
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
    let short = |s: &str| shorten(s, 40);
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

    // Typing replaces the history entry; a facet toggle adds one, so Back undoes it.
    let set_query = Callback::new(move |(q, replace): (LandscapeQuery, bool)| {
        navigate(
            &routes::landscape(&q),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    });

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
                <SearchBox query q_text set_query />
                <Facet f=LFacet::Stage ix query results set_query />
                <Facet f=LFacet::Maturity ix query results set_query />
                <Facet f=LFacet::Category ix query results set_query />
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

/// The search box: typed text goes to the URL (replacing the history entry); the URL's text
/// comes back into the box only when it differs in substance (Back, a link).
#[component]
fn SearchBox(
    query: Memo<LandscapeQuery>,
    q_text: Memo<String>,
    set_query: Callback<(LandscapeQuery, bool)>,
) -> impl IntoView {
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
        set_query.run((q, true));
    };

    view! {
        <label class="tm-search">
            <span class="tm-visually-hidden">{tr(K::LandscapeSearchLabel)}</span>
            <input type="search" node_ref=input_ref class="tm-search__input" maxlength="200"
                aria-label=tr(K::LandscapeSearchLabel)
                placeholder=tr(K::LandscapeSearchPlaceholder)
                prop:value=q_text.get_untracked()
                on:input=on_input />
        </label>
    }
}

/// One facet's checkboxes with their counts.
#[component]
fn Facet(
    f: LFacet,
    ix: &'static Index,
    query: Memo<LandscapeQuery>,
    results: Memo<Results>,
    set_query: Callback<(LandscapeQuery, bool)>,
) -> impl IntoView {
    let lang = use_lang();
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
                                        set_query.run((q, false));
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
}
