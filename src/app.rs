//! The app shell: router, routes, and the context every view reads.
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! { <p>"Trail Map"</p> }
}
