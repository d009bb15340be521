//! Any unknown route: say so and offer the way home.

use crate::components::links::A;
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=move || K::NotFoundTitle.get(lang.get()).to_string() />
        <section class="tm-not-found">
            <h1>{tr(K::NotFoundTitle)}</h1>
            <p>{tr(K::NotFoundText)}</p>
            <p><A href="/" attr:class="tm-button tm-button--primary">{tr(K::BackHome)}</A></p>
        </section>
    }
}
