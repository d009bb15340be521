//! External links: only `https:` URLs become links, always with `rel="noopener noreferrer"`.

use crate::text::is_https;
use leptos::prelude::*;

/// A link to `url` if it is https, else the label as plain text.
pub fn external_link<L>(url: &str, label: L) -> AnyView
where
    L: Fn() -> String + Send + Sync + 'static,
{
    if is_https(url) {
        view! { <a href=url.to_string() rel="noopener noreferrer" target="_blank">{label}</a> }
            .into_any()
    } else {
        view! { <span>{label}</span> }.into_any()
    }
}

/// A short label for a source URL: its host and path.
pub fn url_label(url: &str) -> String {
    url.trim_start_matches("https://")
        .trim_end_matches('/')
        .to_string()
}

/// The deployment's base path from `<base href>` (Trunk's `--public-url`), without the
/// trailing slash: "" at the site root, "/trailmap" under a sub-path.
static BASE: std::sync::LazyLock<String> = std::sync::LazyLock::new(crate::dom::router_base);

/// An in-app `href` ("/compare", "/project/x") under the deployment's base path; anything
/// not starting with one `/` (relative, `//host`, `https:`) is returned as it is.
pub fn under_base(href: &str) -> String {
    if href.starts_with('/') && !href.starts_with("//") {
        format!("{}{href}", BASE.as_str())
    } else {
        href.to_string()
    }
}

/// The app's own links: leptos_router's `<A>` with in-app hrefs put under the base path.
/// leptos_router 0.8 uses an `href` starting with `/` verbatim, ignoring `<Router base>`, so
/// under a sub-path every plain `<A href="/compare">` would leave the app (and, offline,
/// lead to the browser's error page). Import this `A` instead of leptos_router's.
#[component]
pub fn A<H>(
    href: H,
    /// Marked current only when the location matches exactly.
    #[prop(optional)]
    exact: bool,
    children: Children,
) -> impl IntoView
where
    H: leptos_router::components::ToHref + Send + Sync + 'static,
{
    let href = move || under_base(&href.to_href()());
    view! { <leptos_router::components::A href exact>{children()}</leptos_router::components::A> }
}
