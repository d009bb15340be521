//! Header, footer and the app-wide notices (storage, offline, updates, links not understood).

use crate::catalog::{catalog, Lang};
use crate::components::links::external_link;
use crate::components::links::A;
use crate::dom::data::{self, LangData};
use crate::i18n::{format_date, K};
use crate::lang::{tr, use_lang, use_wanted_lang};
use crate::prefs::Theme;
use crate::query::{lang_param, with_lang};
use crate::routes;
use crate::storage::{use_store, StorageNotice};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let location = use_location();
    let pathname = location.pathname;
    let navigate = use_navigate();

    let other = move || match lang.get() {
        Lang::Ko => Lang::En,
        Lang::En => Lang::Ko,
    };
    // The asked-for language's data while it is on its way or after it failed (a switch is
    // pending); a fetch that search started in the background is not shown here.
    let wanted = use_wanted_lang();
    let other_state = move || {
        let want = wanted.get();
        if want == lang.get() {
            LangData::Ready
        } else {
            data::state(want)
        }
    };
    let switch_lang = move |_| {
        let next = match lang.get_untracked() {
            Lang::Ko => Lang::En,
            Lang::En => Lang::Ko,
        };
        // Fetched (or fetched again after a failure) if it is not in yet; the views switch
        // when it arrives.
        data::ensure(next);
        // The texts change length: keep what the reader was looking at where it was.
        if let Some(anchor) = crate::dom::scroll_anchor::anchor() {
            crate::dom::scroll_anchor::keep(anchor, 3);
        }
        store.update(|p| p.settings.lang = Some(next));
        // A `lang` in the URL would win over the saved choice: rewrite it.
        let search = location.search.get_untracked();
        if lang_param(&search).is_some() {
            let url = format!(
                "{}{}",
                location.pathname.get_untracked(),
                with_lang(&search, next)
            );
            navigate(
                &url,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    resolve: false,
                    ..Default::default()
                },
            );
        }
    };

    let theme_value = move || Theme::id_of(store.prefs().with(|p| p.settings.theme));
    let on_theme = move |ev: leptos::ev::Event| {
        let theme = Theme::from_id(&event_target_value(&ev));
        store.update(|p| p.settings.theme = theme);
    };

    // On a phone the language and theme fold behind one button, so the header stays one row.
    let prefs_open = RwSignal::new(false);
    Effect::new(move |_| {
        pathname.track();
        prefs_open.set(false);
    });
    let toggle_ref = NodeRef::<leptos::html::Button>::new();
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && prefs_open.get_untracked() {
            prefs_open.set(false);
            if let Some(b) = toggle_ref.get_untracked() {
                let _ = b.focus();
            }
        }
    };

    view! {
        <header class="tm-header">
            <div class="tm-header__inner">
                <A href=routes::TRAIL attr:class="tm-header__brand">
                    <svg class="tm-header__logo" aria-hidden="true" viewBox="0 0 64 64" width="28" height="28">
                        <rect width="64" height="64" rx="14" fill="#0b5cad" />
                        <path d="M8 50 26 20l9 14 6-9 15 25z" fill="#fff" />
                        <circle cx="46" cy="16" r="5" fill="#ffd166" />
                    </svg>
                    <span>{tr(K::AppName)}</span>
                </A>
                <nav class="tm-nav" aria-label=tr(K::MainNav)>
                    <A href=routes::TRAIL exact=true>{tr(K::NavTrail)}</A>
                    <A href=routes::LANDSCAPE>{tr(K::NavLandscape)}</A>
                    <A href=routes::COMPARE>{tr(K::NavCompare)}</A>
                    <A href=routes::SAVED>{tr(K::NavSaved)}</A>
                </nav>
                <button type="button" class="tm-button tm-button--ghost tm-header__menu" node_ref=toggle_ref
                    aria-controls="tm-header-tools" aria-expanded=move || prefs_open.get().to_string()
                    aria-label=tr(K::HeaderMenu) title=tr(K::HeaderMenu)
                    on:click=move |_| prefs_open.update(|o| *o = !*o)>
                    <span aria-hidden="true">"Aa"</span>
                </button>
                <div id="tm-header-tools" class="tm-header__tools" class:tm-header__tools--open=move || prefs_open.get()
                    on:keydown=close_on_escape>
                    <button
                        type="button"
                        class="tm-button tm-button--ghost tm-lang-switch"
                        class:tm-lang-switch--loading=move || other_state() == LangData::Loading
                        on:click=switch_lang
                        lang=move || other().code()
                        aria-busy=move || (other_state() == LangData::Loading).then_some("true")
                        aria-label=move || format!("{}: {}", K::LanguageLabel.get(lang.get()), K::SwitchToOther.get(lang.get()))
                    >
                        {tr(K::SwitchToOther)}
                    </button>
                    <span class="tm-lang-status" role="status">
                        {move || match other_state() {
                            LangData::Loading => K::LangLoading.get(lang.get()),
                            LangData::Failed => K::LangLoadFailed.get(lang.get()),
                            _ => "",
                        }}
                    </span>
                    // The options read "Theme: system" / "Theme: dark", so the closed menu says
                    // what it is; the label gives the control its name.
                    <label class="tm-theme">
                        <span class="tm-visually-hidden">{tr(K::ThemeLabel)}</span>
                        <select on:change=on_theme prop:value=theme_value>
                            {Theme::CHOICES.into_iter().map(|t| view! {
                                <option value=Theme::id_of(t) selected=move || theme_value() == Theme::id_of(t)>{tr(Theme::label_of(t))}</option>
                            }).collect_view()}
                        </select>
                    </label>
                </div>
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let lang = use_lang();
    let data = catalog();
    let map_url = data.map.url.clone();
    let as_of = data.as_of.clone();
    view! {
        <footer class="tm-footer">
            <p>
                {tr(K::DataAsOf)} ": "
                <time datetime=data.as_of.clone()>{move || format_date(&as_of, lang.get())}</time>
                " · "
                {tr(K::CncfAsOf)} ": "
                <time datetime=data.cncf_as_of().to_string()>{move || format_date(data.cncf_as_of(), lang.get())}</time>
                " · "
                {external_link(&map_url, move || format!("{} ({})", K::FooterMap.get(lang.get()), data.map.version))}
            </p>
            <p>{tr(K::FooterNote)}</p>
            <p>
                <button type="button" class="tm-button tm-button--small" aria-keyshortcuts="?"
                    on:click=|_| crate::components::shortcuts::open_help()>
                    {tr(K::ShortcutsHelp)} " " <kbd aria-hidden="true">"?"</kbd>
                </button>
            </p>
        </footer>
    }
}

/// Storage problems, offline state and "new version" prompts, announced politely.
#[component]
pub fn Notices() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let online = crate::dom::net::use_online();
    let update_ready = crate::dom::net::use_update_ready();
    let storage_text = move || store.notice().get().map(StorageNotice::label);
    view! {
        <div class="tm-notices" role="status" aria-live="polite">
            {move || storage_text().map(|key| view! {
                <p class="tm-notice tm-notice--warn" data-notice="storage">
                    <span>{key.get(lang.get())}</span>
                    {(key != K::StorageUnavailable).then(|| view! {
                        <button type="button" class="tm-button tm-button--small" on:click=move |_| store.dismiss_notice()>
                            {tr(K::Dismiss)}
                        </button>
                    })}
                </p>
            })}
            {move || (!online.get()).then(|| view! {
                <p class="tm-notice tm-notice--info" data-notice="offline">{tr(K::Offline)}</p>
            })}
            {move || update_ready.get().then(|| view! {
                <p class="tm-notice tm-notice--info" data-notice="update">
                    <span>{tr(K::UpdateReady)}</span>
                    <button type="button" class="tm-button tm-button--small" on:click=|_| crate::dom::net::apply_update()>
                        {tr(K::UpdateReload)}
                    </button>
                </p>
            })}
        </div>
    }
}
