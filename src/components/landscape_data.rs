//! The landscape data at runtime: fetched once per session the first time a landscape view
//! opens (it is not part of the first visit), with its loading and failure states.

use crate::landscape::Index;
use leptos::prelude::*;

/// Where the landscape data stands in this session.
#[derive(Clone, Copy)]
pub enum Load {
    Idle,
    Loading,
    Ready(&'static Index),
    Failed(&'static str),
}

thread_local! {
    static STATE: ArcRwSignal<Load> = ArcRwSignal::new(Load::Idle);
}

/// The session's landscape state, as a signal owned by the calling view.
pub fn use_landscape() -> RwSignal<Load> {
    STATE.with(|s| s.clone()).into()
}

/// Start fetching unless the data is loaded or on its way (also the retry after a failure).
pub fn start_loading() {
    let state = STATE.with(|s| s.clone());
    if matches!(*state.read_untracked(), Load::Loading | Load::Ready(_)) {
        return;
    }
    state.set(Load::Loading);
    leptos::task::spawn_local(async move {
        let next = match fetch().await {
            // Parsed once per session and kept for its lifetime: views hold `&'static` items.
            Ok(index) => Load::Ready(Box::leak(Box::new(index))),
            Err(e) => Load::Failed(Box::leak(e.into_boxed_str())),
        };
        state.set(next);
    });
}

/// The build's file name for the data, from `<meta name="trailmap-landscape">` (written by
/// scripts/post_build.py); only a plain `landscape[-hash].json` name is accepted.
fn data_url() -> String {
    let from_meta = crate::dom::fetch::meta_content("trailmap-landscape").filter(|name| {
        name.strip_prefix("landscape")
            .and_then(|s| s.strip_suffix(".json"))
            .is_some_and(|mid| {
                mid.is_empty()
                    || mid
                        .strip_prefix('-')
                        .is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()))
            })
    });
    // Relative: resolved against <base href>, so it works under a sub-path too.
    from_meta.unwrap_or_else(|| "landscape.json".to_string())
}

async fn fetch() -> Result<Index, String> {
    Index::from_json(&crate::dom::fetch::fetch_text(&data_url()).await?)
}

/// The name to show for a saved or compared id: the curated project's, the landscape item's
/// once the landscape is loaded, else the id itself. Reactive: it updates when the data
/// arrives.
pub fn display_name(id: &str) -> String {
    if let Some(p) = crate::catalog::bundled().project(id) {
        return p.name.clone();
    }
    match use_landscape().get() {
        Load::Ready(ix) => ix
            .item(id)
            .map_or_else(|| id.to_string(), |it| it.name.clone()),
        _ => id.to_string(),
    }
}

/// Whether any of `ids` (ids the trail doesn't know) could be a landscape item, so that
/// loading the landscape may tell what they are.
pub fn worth_looking_up(ids: &[String]) -> bool {
    ids.iter().any(|id| crate::landscape::is_id(id))
}
