//! Offer text as a file download (exports).

use leptos::prelude::set_timeout;
use wasm_bindgen::JsCast;

/// Offer `text` as a file download. Returns false when the browser refused (no document,
/// no Blob support, a blocked object URL): the caller tells the user.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    offer(name, mime, text).is_some()
}

fn offer(name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    // Firefox only downloads from a link that is in the document.
    let body = document.body()?;
    let _ = body.append_child(&a);
    a.click();
    a.remove();
    // Revoking at once can cancel the download that the click has just started.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Some(())
}
