//! Moving the keyboard focus: to a new page's heading, back to a control a re-render
//! replaced, or to a restored card without scrolling.

use super::document;
use leptos::prelude::request_animation_frame;
use wasm_bindgen::{JsCast, JsValue};

/// The element holding focus.
pub fn active_element() -> Option<web_sys::Element> {
    document()?.active_element()
}

pub fn html_element(el: web_sys::Element) -> Option<web_sys::HtmlElement> {
    el.dyn_into::<web_sys::HtmlElement>().ok()
}

/// The first element matching `selector`, as an HTML element.
pub fn query(selector: &str) -> Option<web_sys::HtmlElement> {
    html_element(document()?.query_selector(selector).ok()??)
}

/// Focus the new page's `<h1>` (else `<main>`), so a screen reader starts there.
pub fn focus_main_heading() {
    let Some(document) = document() else {
        return;
    };
    let target = document
        .query_selector("#main h1")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id("main"));
    if let Some(el) = target.and_then(html_element) {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}

/// Focus the first element matching one of `selectors` two frames from now, once a
/// re-render that replaced the focused control has landed.
pub fn focus_first_after_render(selectors: Vec<String>) {
    request_animation_frame(move || {
        request_animation_frame(move || {
            if let Some(el) = selectors.iter().find_map(|s| query(s)) {
                let _ = el.focus();
            }
        })
    });
}

/// Focus an element without scrolling it into view (the scroll was just restored).
pub fn focus_without_scroll(el: &web_sys::Element) {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &JsValue::from_str("preventScroll"),
        &JsValue::TRUE,
    );
    if let Ok(focus) = js_sys::Reflect::get(el, &JsValue::from_str("focus")) {
        if let Some(focus) = focus.dyn_ref::<js_sys::Function>() {
            let _ = focus.call1(el, &options);
        }
    }
}
