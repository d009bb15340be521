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
mod components;
mod dom;
mod lang;
mod pages;
mod panic_page;
mod storage;
#[cfg(test)]
mod test_catalog;

/// Install the panic page and mount the app on `<body>`, replacing the prerendered page in
/// the same task; called from `main`.
pub fn start() {
    panic_page::install();
    leptos::mount::mount_to_body(app::App);
    dom::remove_prerendered();
}
