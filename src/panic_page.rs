//! Last resort: if the app panics, replace the dead page with a bilingual way out.

use wasm_bindgen::JsCast;

/// Static markup only: nothing from the URL, storage or the dataset goes in here.
/// `rel="external"` keeps the router's click handler (part of the crashed app) away from the
/// links: both must be real page loads that start the app afresh.
const PANIC_HTML: &str = r#"<main class="tm-panic" role="alert">
<h1 lang="en">Something went wrong</h1>
<p lang="en">Trail Map hit an unexpected error. Your bookmarks and decisions are safe in this browser.</p>
<h1 lang="ko">문제가 발생했습니다</h1>
<p lang="ko">Trail Map에 예기치 않은 오류가 생겼습니다. 북마크와 결정 기록은 이 브라우저에 그대로 남아 있습니다.</p>
<p><a id="tm-panic-reload" rel="external" href="">Reload · 새로 고침</a> · <a id="tm-panic-reset" rel="external" href="./">Reset view · 처음 화면으로</a></p>
</main>"#;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_page();
    }));
}

fn show_panic_page() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(body) = document.body() {
        body.set_inner_html(PANIC_HTML);
        // Reload keeps the current URL; the reset link drops the query that may have caused it.
        if let Some(a) = document
            .get_element_by_id("tm-panic-reload")
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            if let Ok(href) = document
                .location()
                .map(|l| l.href())
                .unwrap_or(Ok(String::new()))
            {
                a.set_href(&href);
            }
        }
    }
}

/// Self-test for the panic page: panics on purpose. Only reachable from script on the page
/// (`window.wasmBindings.trailmap_self_test_panic()`), never from a URL, storage or a file;
/// the browser tests call it to prove a release build shows the panic page and keeps saved
/// data. Anyone who can run script here could remove the page anyway, so it grants nothing.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn trailmap_self_test_panic() {
    panic!("trailmap self-test: deliberate panic");
}
