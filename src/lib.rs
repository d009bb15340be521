//! Trail Map: an offline-first, bilingual, interactive CNCF Cloud Native Trail Map.

pub mod advice;
pub mod catalog;
pub mod changelog;
pub mod compare;
pub mod filter;
pub mod glossary;
pub mod i18n;
pub mod landscape;
pub mod plan;
pub mod prefs;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod query;
pub mod routes;
pub mod search;
pub mod text;
pub mod trail_picture;
pub mod validate;

mod app;
mod boot;
mod components;
mod dom;
mod lang;
mod pages;
mod panic_page;
mod storage;
#[cfg(test)]
mod test_catalog;

/// Install the panic page, wait for the first language's data, then mount the app on
/// `<body>`, replacing the prerendered page in the same task (it stays on screen until
/// then); called from `main`. If the data can't be had, a bilingual message with a retry
/// button goes above the prerendered page.
pub fn start() {
    panic_page::install();
    wasm_bindgen_futures::spawn_local(boot::run(false));
}
