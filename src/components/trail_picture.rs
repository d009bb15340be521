//! The trail drawn as a picture at the top of `/`: the ten steps along a winding path, each
//! a link to its stage card with its count, "optional" mark, progress and dimming.
//!
//! The drawing is decorative (`aria-hidden`); the steps are an ordered list of links. Both
//! layouts are in the DOM and CSS picks one by width, so nothing moves once it is drawn.

use crate::catalog::{catalog, Project};
use crate::dom::focus::focus_without_scroll;
use crate::dom::scroll_memory;
use crate::i18n::{count, K};
use crate::lang::{tr, use_lang};
use crate::query::TrailQuery;
use crate::storage::use_store;
use crate::trail_picture::{
    drawing, link_name, num, step_counts, step_progress, steps, Drawing, Orientation, StepInfo,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn TrailPicture(
    query: Memo<TrailQuery>,
    /// The projects the filters and search leave, as the trail lists them.
    #[prop(into)]
    visible: Signal<Vec<&'static Project>>,
) -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let data = catalog();
    let location = use_location();

    let counts = Memo::new(move |_| {
        query.with(|q| visible.with(|v| step_counts(&data.stages, v.iter().copied(), &q.stage.0)))
    });
    let filtered = Memo::new(move |_| !query.with(TrailQuery::is_unfiltered));
    let progress = Memo::new(move |_| {
        store
            .prefs()
            .with(|p| step_progress(&data.stages, &data.projects, |id| p.decision(id)))
    });
    let info = Memo::new(move |_| {
        counts.with(|c| progress.with(|p| steps(&data.stages, c, p, filtered.get())))
    });
    // The stage card's anchor on this same address, so the filters stay.
    let search = Memo::new(move |_| location.search.get());
    let empty = move |i: usize| info.with(|v| v.get(i).is_some_and(|s| s.empty));

    let items = data
        .stages
        .iter()
        .enumerate()
        .map(|(i, stage)| {
            let id = stage.id.as_str();
            let step = Memo::new(move |_| info.with(|v| v.get(i).cloned()));
            let href = move || search.with(|s| anchor(s, id));
            view! {
                <li class="tm-trailpic__step" class:tm-trailpic__step--optional=stage.optional
                    class:tm-trailpic__step--empty=move || empty(i)
                    class:tm-trailpic__step--progress=move || step.with(|s| s.as_ref().is_some_and(|s| s.progress.any()))>
                    // One spoken name, with the separators the visual layout gives by position.
                    <a class="tm-trailpic__link" href=href on:click=move |ev| focus_card_after(&ev, id)
                        aria-label=move || step.with(|s| s.as_ref().map(|s| link_name(s, stage.title.get(lang.get()), lang.get())))>
                        <span class="tm-trailpic__node" aria-hidden="true">
                            {move || step.get().and_then(ring)}
                            <span class="tm-trailpic__num">{stage.step}</span>
                        </span>
                        <span class="tm-trailpic__text">
                            <span class="tm-trailpic__name">{move || stage.title.get(lang.get()).to_string()}</span>
                            <span class="tm-trailpic__meta">
                                <span class="tm-trailpic__count">{move || step.with(|s| count(s.as_ref().map_or(0, |s| s.count), K::Projects, lang.get()))}</span>
                                {stage.optional.then(|| view! {
                                    <span class="tm-trailpic__optional">" · " {tr(K::TrailPicOptional)}</span>
                                })}
                            </span>
                            {move || step.with(|s| s.as_ref().and_then(|s| s.progress.label(lang.get())))
                                .map(|text| view! { <span class="tm-trailpic__progress">{text}</span> })}
                        </span>
                    </a>
                </li>
            }
        })
        .collect_view();

    // A link that arrives with `#<stage id>` (shared or reloaded): the browser looked for the
    // card before it existed, so go there now. Back/Forward restore their own position.
    Effect::new(move |_| {
        if !scroll_memory::is_traversal() {
            request_animation_frame(go_to_stage_in_hash);
        }
    });

    let n = data.stages.len();
    let optional_from = data.stages.iter().position(|s| s.optional);
    view! {
        <nav class="tm-trailpic" aria-label=move || K::TrailPicLabel.get(lang.get())>
            <div class="tm-trailpic__map">
                {path_svg(drawing(Orientation::Horizontal, n), "h", optional_from, info)}
                {path_svg(drawing(Orientation::Vertical, n), "v", optional_from, info)}
                <ol class="tm-trailpic__steps">{items}</ol>
            </div>
            <p class="tm-trailpic__legend">
                <span class="tm-trailpic__key tm-trailpic__key--core" aria-hidden="true"></span>
                <span>{tr(K::TrailPicLegendCore)}</span>
                <span class="tm-trailpic__key tm-trailpic__key--optional" aria-hidden="true"></span>
                <span>{tr(K::TrailPicLegendOptional)}</span>
                <span class="tm-trailpic__key tm-trailpic__key--adopted" aria-hidden="true"></span>
                <span>{tr(K::DecisionAdopted)}</span>
                <span class="tm-trailpic__key tm-trailpic__key--evaluating" aria-hidden="true"></span>
                <span>{tr(K::DecisionEvaluating)}</span>
            </p>
        </nav>
    }
}

/// `?<search>#<stage>`: relative to `<base href>`, which is the trail's own address.
fn anchor(search: &str, id: &str) -> String {
    if search.is_empty() {
        format!("#{id}")
    } else {
        format!("?{search}#{id}")
    }
}

/// After the router has scrolled to the stage card, move focus there too (keyboard and
/// screen-reader users continue from the card). Modified clicks open elsewhere: leave them.
fn focus_card_after(ev: &leptos::ev::MouseEvent, id: &'static str) {
    if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    request_animation_frame(move || {
        if let Some(card) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
        {
            focus_without_scroll(&card);
        }
    });
}

fn go_to_stage_in_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#') else {
        return;
    };
    // Only a stage id may reach the DOM lookup.
    if !crate::catalog::STAGE_IDS.contains(&id) {
        return;
    }
    if let Some(card) = window.document().and_then(|d| d.get_element_by_id(id)) {
        card.scroll_into_view();
        focus_without_scroll(&card);
    }
}

/// The progress ring around a node: adopted, then evaluating, clockwise from the top.
fn ring(step: StepInfo) -> Option<impl IntoView> {
    if !step.progress.any() {
        return None;
    }
    let (adopted, evaluating) = step.progress.arcs();
    Some(view! {
        <svg class="tm-trailpic__ring" viewBox="0 0 44 44" focusable="false">
            <circle class="tm-trailpic__arc tm-trailpic__arc--track" cx="22" cy="22" r="20" />
            <circle class="tm-trailpic__arc tm-trailpic__arc--adopted" cx="22" cy="22" r="20"
                pathLength="100" transform="rotate(-90 22 22)"
                stroke-dasharray=format!("{} 100", num(adopted)) />
            <circle class="tm-trailpic__arc tm-trailpic__arc--evaluating" cx="22" cy="22" r="20"
                pathLength="100" transform="rotate(-90 22 22)"
                stroke-dasharray=format!("{} 100", num(evaluating)) stroke-dashoffset=num(-adopted) />
        </svg>
    })
}

/// One layout's path: the lead-in, a segment into each step (dashed into optional steps,
/// faded into steps the filters leave empty) and the lead-out.
fn path_svg(
    d: Drawing,
    which: &'static str,
    optional_from: Option<usize>,
    info: Memo<Vec<StepInfo>>,
) -> impl IntoView {
    let optional = move |step_index: usize| optional_from.is_some_and(|o| step_index >= o);
    let kind = move |step_index: usize| {
        if optional(step_index) {
            "tm-trailpic__seg tm-trailpic__seg--optional"
        } else {
            "tm-trailpic__seg tm-trailpic__seg--core"
        }
    };
    let last = d.nodes.len().saturating_sub(1);
    let view_box = d.view_box();
    let segments = d
        .segments
        .into_iter()
        .enumerate()
        .map(|(k, path)| {
            // Segment k leads into step k + 2 (index k + 1).
            let into = k + 1;
            view! {
                <path class=kind(into) d=path
                    class:tm-trailpic__seg--dim=move || info.with(|v| v.get(into).is_some_and(|s| s.empty)) />
            }
        })
        .collect_view();
    view! {
        <svg class=format!("tm-trailpic__path tm-trailpic__path--{which}") viewBox=view_box
            preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <path class=kind(0) d=d.lead_in />
            {segments}
            <path class=format!("{} tm-trailpic__seg--end", kind(last)) d=d.lead_out />
        </svg>
    }
}
