//! External links: only `https:` URLs become links, always with `rel="noopener noreferrer"`.

use leptos::prelude::*;

pub fn is_https(url: &str) -> bool {
    url.starts_with("https://") && !url.chars().any(char::is_whitespace)
}

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
