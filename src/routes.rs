//! Every in-app address the views link to, built in one place. Pure: the deployment's base
//! path is added by `components::links::A`.

use crate::landscape::LandscapeQuery;
use crate::query::{print, CompareQuery, TrailQuery};

pub const TRAIL: &str = "/";
pub const COMPARE: &str = "/compare";
pub const SAVED: &str = "/saved";
/// A shared plan: `/plan#<payload>` (the payload never leaves the browser).
pub const PLAN: &str = "/plan";
pub const LANDSCAPE: &str = "/landscape";
const PROJECT_PREFIX: &str = "/project/";

/// `/project/<id>`.
pub fn project(id: &str) -> String {
    format!("{PROJECT_PREFIX}{id}")
}

/// The address of a project's page under the app's address `base` (as for `plan_link`);
/// with an empty `base`, app-relative (`/project/<id>`).
pub fn project_link(base: &str, id: &str) -> String {
    format!("{}{}", base.trim_end_matches('/'), project(id))
}

/// The project id of a `/project/<id>` address (with or without base path, query or
/// fragment), if it is one.
pub fn project_id(address: &str) -> Option<&str> {
    let (_, rest) = address.split_once(PROJECT_PREFIX)?;
    rest.split(['?', '#']).next().filter(|id| !id.is_empty())
}

/// The trail filtered by `query`.
pub fn trail(query: &TrailQuery) -> String {
    format!("{TRAIL}{}", query.to_search())
}

/// The trail filtered by one value of one key (`stage`, `tag`, `q` …).
pub fn trail_with(key: &str, value: &str) -> String {
    format!("{TRAIL}{}", print(&[(key, value.to_string())]))
}

/// The compare page for `query`.
pub fn compare(query: &CompareQuery) -> String {
    format!("{COMPARE}{}", query.to_search())
}

/// The comparison of `ids`, in this order.
pub fn compare_of(ids: &[String]) -> String {
    compare(&CompareQuery::of(ids))
}

/// The whole share link: `base` is the app's address with or without its trailing slash
/// (`https://example.org/trailmap/`), `payload` the encoded plan (`plan::encode`).
pub fn plan_link(base: &str, payload: &str) -> String {
    format!("{}{PLAN}#{payload}", base.trim_end_matches('/'))
}

/// The landscape filtered by `query`.
pub fn landscape(query: &LandscapeQuery) -> String {
    format!("{LANDSCAPE}{}", query.to_search())
}

/// The landscape filtered by one value of one key (`stage`, `category` …).
pub fn landscape_with(key: &str, value: &str) -> String {
    format!("{LANDSCAPE}{}", print(&[(key, value.to_string())]))
}

/// `/landscape/<id>`.
pub fn landscape_item(id: &str) -> String {
    format!("{LANDSCAPE}/{id}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::keys;

    #[test]
    fn hrefs_are_spelled_once() {
        assert_eq!(project("cri-o"), "/project/cri-o");
        assert_eq!(trail_with(keys::STAGE, "ci-cd"), "/?stage=ci-cd");
        assert_eq!(trail_with(keys::Q, "a b&c"), "/?q=a+b%26c");
        assert_eq!(trail(&TrailQuery::default()), "/");
        assert_eq!(
            compare_of(&["envoy".to_string(), "linkerd".to_string()]),
            "/compare?ids=envoy,linkerd"
        );
        assert_eq!(
            plan_link("https://example.org/trailmap/", "1.abc"),
            "https://example.org/trailmap/plan#1.abc"
        );
        assert_eq!(
            plan_link("https://example.org", "1.x"),
            "https://example.org/plan#1.x"
        );
        assert_eq!(landscape_item("envoy"), "/landscape/envoy");
        assert_eq!(
            project_link("https://example.org/trailmap/", "envoy"),
            "https://example.org/trailmap/project/envoy"
        );
        assert_eq!(project_link("", "envoy"), "/project/envoy");
        assert_eq!(
            landscape_with(keys::STAGE, "elsewhere"),
            "/landscape?stage=elsewhere"
        );
        assert_eq!(landscape(&LandscapeQuery::default()), "/landscape");
    }

    #[test]
    fn project_ids_are_read_back_from_addresses() {
        assert_eq!(project_id("/project/envoy"), Some("envoy"));
        assert_eq!(
            project_id("/trailmap/project/envoy?lang=ko#x"),
            Some("envoy")
        );
        assert_eq!(project_id("/project/"), None);
        assert_eq!(project_id("/compare?ids=envoy"), None);
    }
}
