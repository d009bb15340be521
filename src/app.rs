//! The app shell: router, routes, and the context every view reads (language, saved state).
//! Views import their helpers from `lang`, `storage` and `dom`, never from here.

use crate::catalog::bundled;
use crate::catalog::Lang;
use crate::components::shell::{Footer, Header, Notices};
use crate::components::shortcuts::Shortcuts;
use crate::components::tray::CompareTray;
use crate::dom::{self, data, focus, scroll_memory};
use crate::i18n::K;
use crate::lang::{browser_lang, provide_lang, tr};
use crate::pages::plan::PlanPage;
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

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_store();
    view! {
        <Router base=dom::router_base()>
            <Shell />
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let store = use_store();
    let location = use_location();
    let url_lang = Memo::new(move |_| lang_param(&location.search.get()));
    let wanted = Memo::new(move |_| {
        url_lang
            .get()
            .or_else(|| store.prefs().with(|p| p.settings.lang))
            .unwrap_or_else(browser_lang)
    });
    // The views switch once the wanted language's data is in; until then they keep the
    // language they show (the language button says it is loading).
    let lang = Memo::new(move |shown: Option<&Lang>| {
        let want = wanted.get();
        if data::ready(want) {
            want
        } else {
            shown.copied().unwrap_or_else(data::first_lang)
        }
    });
    Effect::new(move |_| data::ensure(wanted.get()));
    provide_lang(lang, wanted);

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
        scroll_memory::install();
        // Not on Back/Forward: focusing the heading would scroll to the top, and the page
        // restores the reader's place instead (dom::scroll_memory).
        // Decided a frame later: the router re-renders before our `popstate` listener runs.
        if prev.is_some_and(|p| p != path) {
            request_animation_frame(|| {
                if !scroll_memory::is_traversal() {
                    focus::focus_main_heading();
                }
            });
        }
        path
    });

    let theme = move || Theme::id_of(store.prefs().with(|p| p.settings.theme));
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
                <Route path=path!("/plan") view=PlanPage />
                <Route path=path!("/landscape") view=LandscapePage />
                <Route path=path!("/landscape/:id") view=LandscapeItemPage />
            </Routes>
            <Shortcuts />
        </main>
        <CompareTray />
        <Footer />
    }
}
