//! Keep the reader's place while the page re-renders in place (switching the language):
//! the first heading or card in view is kept at the same height on screen, whatever the
//! new text's length does to the page above it.

use wasm_bindgen::JsCast;

/// What counts as a place in the page: headings, stage cards, project cards, table rows.
const PLACES: &str = "#main h1, #main h2, #main h3, #main [data-stage], #main article, #main tr";

/// The first place whose top is in view, and that top (px from the viewport's top).
pub struct Anchor {
    element: web_sys::Element,
    top: f64,
}

/// The place to keep, if the page is scrolled at all (at the top there is nothing to keep).
pub fn anchor() -> Option<Anchor> {
    let window = web_sys::window()?;
    if window.scroll_y().unwrap_or(0.0) <= 0.0 {
        return None;
    }
    let list = window.document()?.query_selector_all(PLACES).ok()?;
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .map(|e| {
            let top = e.get_bounding_client_rect().top();
            (e, top)
        })
        .find(|(e, top)| *top >= 0.0 && e.get_bounding_client_rect().height() > 0.0)
        .map(|(element, top)| Anchor { element, top })
}

/// Scroll so the anchor is back where it was; again on the next frames, while the new
/// language's text and the address settle.
pub fn keep(anchor: Anchor, frames: u8) {
    leptos::prelude::request_animation_frame(move || {
        if anchor.element.is_connected() {
            let now = anchor.element.get_bounding_client_rect().top();
            let delta = now - anchor.top;
            if delta.abs() >= 1.0 {
                if let Some(w) = web_sys::window() {
                    w.scroll_by_with_x_and_y(0.0, delta);
                }
            }
        }
        if frames > 1 {
            keep(anchor, frames - 1);
        }
    });
}
