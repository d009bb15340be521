//! Browser utilities that are not views: the deployment's base path, scroll and focus
//! memory across navigation, network and update state, file downloads.

pub mod download;
pub mod focus;
pub mod net;
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
