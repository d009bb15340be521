//! Browser utilities that are not views: the deployment's base path, scroll and focus
//! memory across navigation, network and update state, file downloads.

pub mod data;
pub mod download;
pub mod fetch;
pub mod focus;
pub mod net;
pub mod scroll_anchor;
pub mod scroll_memory;

/// The path the app is served under, from `<base href>` (Trunk's `--public-url`), without
/// the trailing slash; empty at the site root.
pub fn router_base() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_string()
}

/// The page's document, if there is one.
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The app's address with its base path and a trailing slash (`https://example.org/trailmap/`).
pub fn app_base() -> Option<String> {
    let origin = web_sys::window()?.location().origin().ok()?;
    Some(format!("{origin}{}/", router_base()))
}

/// Today's date in the browser's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Remove the build's prerendered page (`prerender`, marked `data-prerendered`). Called in
/// the same task as the mount, so the browser paints the static page, then the app, never
/// an empty page or both.
pub fn remove_prerendered() {
    let Some(list) = document().and_then(|d| d.query_selector_all("[data-prerendered]").ok())
    else {
        return;
    };
    for i in 0..list.length() {
        if let Some(node) = list.item(i) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
}
