//! Start-up: the first language's data, then the app; or, when the data can't be had, a
//! bilingual message with a retry button above the prerendered page (which stays readable).

use crate::dom::{self, data};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The message, in both languages: (tag, lang, text). Static text only: nothing from the
/// URL, storage or the data goes in here.
const FAILED_TEXT: [(&str, &str, &str); 4] = [
    ("h2", "en", "The trail's data could not be loaded"),
    (
        "p",
        "en",
        "Check the connection and try again. The page below can still be read.",
    ),
    ("h2", "ko", "트레일 데이터를 불러오지 못했습니다"),
    (
        "p",
        "ko",
        "네트워크 연결을 확인하고 다시 시도해 주세요. 아래 페이지는 그대로 읽을 수 있습니다.",
    ),
];
const RETRY: &str = "Retry · 다시 시도";

const FAILED_ID: &str = "tm-boot-error";

pub async fn run(again: bool) {
    match data::load_first(again).await {
        Ok(()) => {
            remove_failure();
            leptos::mount::mount_to_body(crate::app::App);
            dom::remove_prerendered();
        }
        Err(e) => {
            leptos::logging::error!("Trail Map: the data could not be loaded: {e}");
            show_failure();
        }
    }
}

fn remove_failure() {
    if let Some(el) = dom::document().and_then(|d| d.get_element_by_id(FAILED_ID)) {
        el.remove();
    }
}

fn show_failure() {
    let Some(document) = dom::document() else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    remove_failure();
    let Ok(section) = document.create_element("section") else {
        return;
    };
    section.set_id(FAILED_ID);
    section.set_class_name("tm-notice tm-notice--error tm-boot-error");
    let _ = section.set_attribute("role", "alert");
    for (tag, lang, text) in FAILED_TEXT {
        if let Ok(el) = document.create_element(tag) {
            let _ = el.set_attribute("lang", lang);
            el.set_text_content(Some(text));
            let _ = section.append_child(&el);
        }
    }
    let (Ok(p), Ok(button)) = (
        document.create_element("p"),
        document.create_element("button"),
    ) else {
        return;
    };
    let _ = button.set_attribute("type", "button");
    button.set_class_name("tm-button");
    button.set_text_content(Some(RETRY));
    let _ = p.append_child(&button);
    let _ = section.append_child(&p);
    let _ = body.insert_before(&section, body.first_child().as_ref());
    let Ok(button) = button.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let pressed = button.clone();
    let retry = Closure::once_into_js(move || {
        let _ = pressed.set_attribute("disabled", "");
        wasm_bindgen_futures::spawn_local(run(true));
    });
    button.set_onclick(Some(retry.unchecked_ref()));
}
