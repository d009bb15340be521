//! The UI language as a reactive value: the context the app shell provides, and `tr` for a
//! reactive UI string. The strings themselves are in `i18n`.

use crate::catalog::Lang;
use crate::i18n::K;
use leptos::prelude::*;

/// The UI language in effect: `lang` in the URL, else the saved choice, else the browser's.
#[derive(Clone, Copy)]
pub struct UiLang(pub Memo<Lang>);

/// The language the reader asked for (URL, saved choice, browser). It differs from
/// [`UiLang`] only while that language's texts are on their way.
#[derive(Clone, Copy)]
pub struct WantedLang(pub Memo<Lang>);

/// Make `lang` the UI language of every view below; `wanted` the one asked for.
pub fn provide_lang(lang: Memo<Lang>, wanted: Memo<Lang>) {
    provide_context(UiLang(lang));
    provide_context(WantedLang(wanted));
}

/// The language the reader asked for (see [`WantedLang`]); the UI language outside the shell.
pub fn use_wanted_lang() -> Memo<Lang> {
    match use_context::<WantedLang>() {
        Some(l) => l.0,
        None => use_lang(),
    }
}

/// The UI language. Only views inside the app shell may ask: anywhere else is a bug, and a
/// quiet English fallback would hide it.
pub fn use_lang() -> Memo<Lang> {
    match use_context::<UiLang>() {
        Some(l) => l.0,
        None => panic!("use_lang() outside the app shell: no UI language provided"),
    }
}

/// A reactive UI string.
pub fn tr(key: K) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || key.get(lang.get())
}

/// Korean when the browser's first preferred language is Korean, else English.
pub fn browser_lang() -> Lang {
    let first = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| n.languages().get(0).as_string().or_else(|| n.language()));
    match first {
        Some(tag) if tag.to_ascii_lowercase().starts_with("ko") => Lang::Ko,
        _ => Lang::En,
    }
}
