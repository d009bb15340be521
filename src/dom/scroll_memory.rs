//! Scroll position and focus across Back/Forward: the router re-renders a page after
//! `popstate`, too late for the browser's own scroll restoration, so pages restore it here.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};

/// Positions kept, at most; the oldest are dropped first.
const MAX_REMEMBERED: usize = 50;

thread_local! {
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
    /// Scroll offset of each address (path and query) when last seen.
    static POSITIONS: RefCell<Vec<(String, f64)>> = const { RefCell::new(Vec::new()) };
    /// The address the last Back/Forward went to, and whether a page restored it yet.
    static TRAVERSAL: RefCell<Option<(String, bool)>> = const { RefCell::new(None) };
    /// Small per-session view state (such as collapsed stages), kept while pages unmount.
    static MEMO: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// The current address without origin and fragment.
pub fn current_address() -> String {
    web_sys::window()
        .map(|w| w.location())
        .map(|l| {
            format!(
                "{}{}",
                l.pathname().unwrap_or_default(),
                l.search().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

fn scroll_y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
}

/// Start listening for Back/Forward; idempotent. Also tells the browser not to restore
/// scroll itself, which it would do before the page is rendered.
pub fn install() {
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = js_sys::Reflect::set(
            &history,
            &JsValue::from_str("scrollRestoration"),
            &JsValue::from_str("manual"),
        );
    }
    // The router's own listener (registered earlier) re-renders first: readers of
    // `is_traversal` wait a frame.
    let on_popstate = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        TRAVERSAL.with(|t| *t.borrow_mut() = Some((current_address(), false)));
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback_and_bool(
            "popstate",
            on_popstate.as_ref().unchecked_ref(),
            true,
        );
    }
    // Lives as long as the app.
    on_popstate.forget();
}

/// True when the current address was reached by Back/Forward.
pub fn is_traversal() -> bool {
    let here = current_address();
    TRAVERSAL.with(|t| t.borrow().as_ref().is_some_and(|(a, _)| *a == here))
}

/// Like `is_traversal`, but true only once per traversal: the caller restores the view.
pub fn take_traversal() -> bool {
    let here = current_address();
    TRAVERSAL.with(|t| match t.borrow_mut().as_mut() {
        Some((a, done)) if *a == here && !*done => {
            *done = true;
            true
        }
        _ => false,
    })
}

/// Remember the current scroll offset for the current address.
pub fn save() {
    let (here, y) = (current_address(), scroll_y());
    POSITIONS.with(|p| {
        let mut p = p.borrow_mut();
        p.retain(|(a, _)| *a != here);
        p.push((here, y));
        if p.len() > MAX_REMEMBERED {
            p.remove(0);
        }
    });
}

/// The remembered scroll offset of the current address.
pub fn saved() -> Option<f64> {
    let here = current_address();
    POSITIONS.with(|p| p.borrow().iter().find(|(a, _)| *a == here).map(|(_, y)| *y))
}

pub fn scroll_to(y: f64) {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, y);
    }
}

/// Keep a small piece of view state for this session.
pub fn remember(key: &str, value: String) {
    MEMO.with(|m| m.borrow_mut().insert(key.to_string(), value));
}

pub fn recall(key: &str) -> Option<String> {
    MEMO.with(|m| m.borrow().get(key).cloned())
}
