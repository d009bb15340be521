//! The app shell: router, routes, and the context every view reads (language, saved state).

use crate::catalog::{bundled, Lang};
use crate::components::shell::{Footer, Header, Notices};
use crate::components::shortcuts::Shortcuts;
use crate::components::tray::CompareTray;
use crate::i18n::K;
use crate::pages::{
    compare::ComparePage,
    landscape::{LandscapeItemPage, LandscapePage},
    not_found::NotFound,
    project::ProjectPage,
    saved::SavedPage,
    trail::TrailPage,
};
use crate::prefs::Theme;
use crate::query::lang_param;
use crate::storage::{provide_store, use_store};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

/// The UI language in effect: `lang` in the URL, else the saved choice, else the browser's.
#[derive(Clone, Copy)]
pub struct UiLang(pub Memo<Lang>);

pub fn use_lang() -> Memo<Lang> {
    use_context::<UiLang>()
        .map(|l| l.0)
        .unwrap_or_else(|| Memo::new(|_| Lang::En))
}

/// A reactive UI string.
pub fn tr(key: K) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || key.get(lang.get())
}

/// Korean when the browser's first preferred language is Korean, else English.
fn browser_lang() -> Lang {
    let first = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| n.languages().get(0).as_string().or_else(|| n.language()));
    match first {
        Some(tag) if tag.to_ascii_lowercase().starts_with("ko") => Lang::Ko,
        _ => Lang::En,
    }
}

/// The path the app is served under, from `<base href>` (Trunk's `--public-url`), without
/// the trailing slash; empty at the site root.
pub(crate) fn router_base() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_string()
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_store();
    view! {
        <Router base=router_base()>
            <Shell />
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let store = use_store();
    let location = use_location();
    let url_lang = Memo::new(move |_| lang_param(&location.search.get()));
    let lang = Memo::new(move |_| {
        url_lang
            .get()
            .or_else(|| store.prefs().with(|p| p.settings.lang))
            .unwrap_or_else(browser_lang)
    });
    provide_context(UiLang(lang));

    // A language chosen by link is remembered.
    Effect::new(move |_| {
        if let Some(l) = url_lang.get() {
            if store.prefs().with_untracked(|p| p.settings.lang) != Some(l) {
                store.update(|p| p.settings.lang = Some(l));
            }
        }
    });

    // Move focus to the new page's heading after in-app navigation (not on first load).
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        crate::components::scroll_memory::install();
        // Not on Back/Forward: focusing the heading would scroll to the top, and the page
        // restores the reader's place instead (components::scroll_memory).
        // Decided a frame later: the router re-renders before our `popstate` listener runs.
        if prev.is_some_and(|p| p != path) {
            request_animation_frame(|| {
                if !crate::components::scroll_memory::is_traversal() {
                    focus_main_heading();
                }
            });
        }
        path
    });

    let theme = move || match store.prefs().with(|p| p.settings.theme) {
        Some(Theme::Light) => "light",
        Some(Theme::Dark) => "dark",
        None => "system",
    };
    let load_error = bundled().load_error.clone();

    view! {
        <Html {..} lang=move || lang.get().code() data-theme=theme />
        <Title formatter=move |page: String| {
            let app = K::AppName.get(lang.get());
            if page.is_empty() { app.to_string() } else { format!("{page} · {app}") }
        } />
        <a class="tm-skip" href="#main">{tr(K::SkipToContent)}</a>
        <Header />
        <Notices />
        <main id="main" class="tm-main" tabindex="-1">
            {load_error.map(|e| view! {
                <section class="tm-notice tm-notice--error" role="alert">
                    <h2>{tr(K::LoadErrorTitle)}</h2>
                    <p>{e}</p>
                </section>
            })}
            <Routes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/") view=TrailPage />
                <Route path=path!("/project/:id") view=ProjectPage />
                <Route path=path!("/compare") view=ComparePage />
                <Route path=path!("/saved") view=SavedPage />
                <Route path=path!("/landscape") view=LandscapePage />
                <Route path=path!("/landscape/:id") view=LandscapeItemPage />
            </Routes>
            <Shortcuts />
        </main>
        <CompareTray />
        <Footer />
    }
}

fn focus_main_heading() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    use wasm_bindgen::JsCast;
    let target = document
        .query_selector("#main h1")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id("main"));
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}
