//! "Share plan" on `/saved`: a link to `/plan#<payload>` carrying the bookmarks, decisions
//! and notes (format: `plan.rs`), ready to copy.

use crate::dom::app_base;
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use crate::plan::{self, Plan, MAX_PAYLOAD_CHARS, TITLE_MAX_CHARS};
use crate::routes;
use crate::storage::use_store;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, PartialEq)]
enum Made {
    Link(String),
    Refused(K),
}

#[component]
pub fn SharePlan() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let title = RwSignal::new(String::new());
    let made = RwSignal::new(None::<Made>);
    let copied = RwSignal::new(None::<bool>);

    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        copied.set(None);
        let plan = store
            .prefs()
            .with_untracked(|p| Plan::from_prefs(p, &title.get_untracked()));
        let result = if plan.is_empty() {
            Made::Refused(K::ShareEmpty)
        } else {
            let payload = plan::encode(&plan);
            match app_base() {
                _ if payload.len() > MAX_PAYLOAD_CHARS => Made::Refused(K::ShareTooLarge),
                Some(base) => Made::Link(routes::plan_link(&base, &payload)),
                None => Made::Refused(K::CopyFailed),
            }
        };
        made.set(Some(result));
    };
    let copy = move |_| {
        let Some(Made::Link(link)) = made.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let ok = match web_sys::window() {
                Some(w) => JsFuture::from(w.navigator().clipboard().write_text(&link))
                    .await
                    .is_ok(),
                None => false,
            };
            copied.set(Some(ok));
        });
    };

    view! {
        <section class="tm-share" aria-labelledby="share-title">
            <h2 id="share-title">{tr(K::SharePlan)}</h2>
            <p>{tr(K::ShareIntro)}</p>
            <form class="tm-transfer__row" on:submit=make>
                <label for="tm-share-title">{tr(K::SharePlanTitle)}</label>
                <input id="tm-share-title" type="text" maxlength=TITLE_MAX_CHARS.to_string()
                    prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev)) />
                <button type="submit" class="tm-button tm-button--primary">{tr(K::ShareMakeLink)}</button>
            </form>
            {move || made.get().map(|m| match m {
                Made::Refused(k) => view! {
                    <p class="tm-notice tm-notice--warn" role="status">{tr(k)}</p>
                }.into_any(),
                Made::Link(link) => {
                    let chars = link.chars().count();
                    view! {
                        <div class="tm-share__result">
                            <label for="tm-share-link">{tr(K::ShareLinkLabel)}</label>
                            <input id="tm-share-link" type="url" readonly prop:value=link.clone() />
                            <button type="button" class="tm-button tm-button--small" on:click=copy>{tr(K::CopyLink)}</button>
                            <span role="status">{move || copied.get().map(|ok| if ok { K::LinkCopied.get(lang.get()) } else { K::CopyFailed.get(lang.get()) })}</span>
                            <p class="tm-share__length">{move || format!("{chars} {}", K::ShareLinkLength.get(lang.get()))}</p>
                        </div>
                    }.into_any()
                }
            })}
        </section>
    }
}
