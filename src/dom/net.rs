//! Network and update state from the browser: online/offline, and the service worker's
//! "new version ready" signal (raised by `public/sw-register.js`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Name of the DOM event `sw-register.js` dispatches on `window` when an update waits.
const UPDATE_EVENT: &str = "trailmap-update-ready";
/// Global flag and function `sw-register.js` defines.
const UPDATE_FLAG: &str = "__trailmapUpdateReady";
const APPLY_UPDATE: &str = "__trailmapApplyUpdate";

fn window_prop(name: &str) -> Option<wasm_bindgen::JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &name.into()).ok()
}

pub fn use_online() -> ReadSignal<bool> {
    let initial = web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true);
    let (online, set_online) = signal(initial);
    let on = window_event_listener(leptos::ev::online, move |_| set_online.set(true));
    let off = window_event_listener(leptos::ev::offline, move |_| set_online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    online
}

pub fn use_update_ready() -> ReadSignal<bool> {
    let initial = window_prop(UPDATE_FLAG).is_some_and(|v| v.is_truthy());
    let (ready, set_ready) = signal(initial);
    let handle = window_event_listener_untyped(UPDATE_EVENT, move |_| set_ready.set(true));
    on_cleanup(move || handle.remove());
    ready
}

/// Let the waiting service worker take over, then reload (done by `sw-register.js`).
pub fn apply_update() {
    let called = window_prop(APPLY_UPDATE)
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .map(|f| f.call0(&wasm_bindgen::JsValue::NULL).is_ok())
        .unwrap_or(false);
    if !called {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }
}
