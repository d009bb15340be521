//! The dataset at runtime: the first language's data file, awaited before the app mounts,
//! and the other language's, fetched when the reader switches. The pure parts (the split,
//! filling a language in) are in `catalog`.

use super::fetch::js_err;
use crate::catalog::{self, Catalog, Lang};
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where one language's data stands in this page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangData {
    Missing,
    Loading,
    Ready,
    Failed,
}

thread_local! {
    static STATE: ArcRwSignal<[LangData; 2]> = ArcRwSignal::new([LangData::Missing; 2]);
    static FIRST: Cell<Lang> = const { Cell::new(Lang::En) };
}

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Ko => 0,
        Lang::En => 1,
    }
}

/// The state of `lang`'s data (tracked: a view or memo reading it updates when it changes).
pub fn state(lang: Lang) -> LangData {
    STATE.with(|s| s.read()[slot(lang)])
}

/// Subscribe to the catalog's texts: a memo that calls this runs again when a language's
/// data arrives (the search index is then rebuilt, see `search::bundled_index`).
pub fn track() {
    STATE.with(|s| s.track());
}

/// Whether `lang`'s texts are in the catalog (tracked).
pub fn ready(lang: Lang) -> bool {
    state(lang) == LangData::Ready
}

/// The language the app started with: the one whose data was loaded first.
pub fn first_lang() -> Lang {
    FIRST.with(Cell::get)
}

fn set_state(lang: Lang, to: LangData) {
    STATE.with(|s| s.update(|v| v[slot(lang)] = to));
}

/// The build's URL of `lang`'s data file, from `<meta name="trailmap-data-<lang>">` (written
/// by scripts/post_build.py: the base path and `data-<lang>-<hash>.json`). Anything else is
/// refused, so a page can only ever point the app at its own data files.
pub fn data_url(lang: Lang) -> Option<String> {
    let url = super::fetch::meta_content(&format!("trailmap-data-{}", lang.code()))?;
    let prefix = format!("data-{}-", lang.code());
    let file = url.rsplit('/').next()?;
    let ok = url.starts_with('/')
        && !url.starts_with("//")
        && !url.contains(['?', '#', '\\', ':'])
        && file
            .strip_prefix(&prefix)
            .and_then(|f| f.strip_suffix(".json"))
            .is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()));
    ok.then_some(url)
}

/// `lang`'s data file, read and checked: it must parse and hold that language's texts.
async fn load(lang: Lang) -> Result<Catalog, String> {
    let url = data_url(lang).ok_or("this page names no data file")?;
    parse(&super::fetch::fetch_text(&url).await?, lang)
}

fn parse(text: &str, lang: Lang) -> Result<Catalog, String> {
    let catalog = Catalog::from_json(text).map_err(|e| format!("the data file is damaged: {e}"))?;
    if catalog.has_language(lang) {
        Ok(catalog)
    } else {
        Err(format!("the data file has no {} texts", lang.code()))
    }
}

/// The fetch `lang-<hash>.js` started in `<head>` (`window.__trailmapData`: the language it
/// chose and a promise of the file's text), if it is there and in that shape.
fn started_in_head() -> Option<(Lang, js_sys::Promise)> {
    let window = web_sys::window()?;
    let data = js_sys::Reflect::get(&window, &JsValue::from_str("__trailmapData")).ok()?;
    let lang = js_sys::Reflect::get(&data, &JsValue::from_str("lang"))
        .ok()?
        .as_string()
        .and_then(|l| Lang::parse(&l))?;
    let text = js_sys::Reflect::get(&data, &JsValue::from_str("text"))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    Some((lang, text))
}

/// The language `lang-<hash>.js` put on `<html lang>`, else English.
fn page_lang() -> Lang {
    super::document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_default()
}

/// Load the first language's data and make it the app's catalog. The first try uses the
/// fetch started in `<head>`; a retry (`again`) fetches anew.
pub async fn load_first(again: bool) -> Result<(), String> {
    let (lang, catalog) = match started_in_head().filter(|_| !again) {
        Some((lang, promise)) => {
            let text = JsFuture::from(promise)
                .await
                .map_err(js_err)?
                .as_string()
                .ok_or("the response is not text")?;
            (lang, parse(&text, lang)?)
        }
        None => {
            let lang = page_lang();
            (lang, load(lang).await?)
        }
    };
    catalog::install(catalog).map_err(str::to_string)?;
    FIRST.with(|f| f.set(lang));
    set_state(lang, LangData::Ready);
    Ok(())
}

/// Both languages' texts: a search query matches either language, whichever the UI shows.
pub fn ensure_all() {
    for lang in Lang::ALL {
        ensure(lang);
    }
}

/// Fetch `lang`'s data and add it to the catalog, unless it is in or on its way (also the
/// retry after a failure). The views switch once it is in: until then they keep the
/// language they show.
pub fn ensure(lang: Lang) {
    if matches!(
        STATE.with(|s| s.read_untracked()[slot(lang)]),
        LangData::Ready | LangData::Loading
    ) {
        return;
    }
    set_state(lang, LangData::Loading);
    leptos::task::spawn_local(async move {
        let result = match load(lang).await {
            Ok(other) => catalog::add_language(&other, lang),
            Err(e) => Err(e),
        };
        match result {
            Ok(()) => set_state(lang, LangData::Ready),
            Err(e) => {
                leptos::logging::warn!(
                    "Trail Map: the {} data could not be loaded: {e}",
                    lang.code()
                );
                set_state(lang, LangData::Failed);
            }
        }
    });
}
