//! "Copy link": the current view's URL, with the language, on the clipboard.

use crate::catalog::Lang;
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use crate::query::with_lang;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The current address with `lang` set to the language in use, so a colleague sees the same.
fn shareable_url(lang: Lang) -> Option<String> {
    let location = web_sys::window()?.location();
    Some(format!(
        "{}{}{}",
        location.origin().ok()?,
        location.pathname().ok()?,
        with_lang(&location.search().ok()?, lang)
    ))
}

#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Copied,
    Failed,
}

#[component]
pub fn CopyLink() -> impl IntoView {
    let lang = use_lang();
    let outcome = RwSignal::new(None::<Outcome>);
    let copy = move |_| {
        let url = shareable_url(lang.get_untracked());
        leptos::task::spawn_local(async move {
            let result = match (url, web_sys::window()) {
                (Some(url), Some(w)) => JsFuture::from(w.navigator().clipboard().write_text(&url))
                    .await
                    .is_ok(),
                _ => false,
            };
            outcome.set(Some(if result {
                Outcome::Copied
            } else {
                Outcome::Failed
            }));
        });
    };
    view! {
        <span class="tm-copy-link">
            <button type="button" class="tm-button tm-button--small" on:click=copy>
                {tr(K::CopyLink)}
            </button>
            <span class="tm-copy-link__status" role="status">
                {move || outcome.get().map(|o| match o {
                    Outcome::Copied => K::LinkCopied.get(lang.get()),
                    Outcome::Failed => K::CopyFailed.get(lang.get()),
                })}
            </span>
        </span>
    }
}
