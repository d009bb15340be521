//! Static HTML of `/`, `/project/<id>`, `/compare` and `/saved`, rendered at build time
//! (`examples/prerender.rs`, run by `scripts/post_build.py`) from the dataset and the UI
//! strings, with the classes and structure of the app's views, so that the page shows real
//! content before the WebAssembly arrives (and to readers without JavaScript and to link
//! previews). The app replaces it in one step when it mounts (`crate::start`).
//!
//! Each page holds both languages, each in a `<div class="tm-pre" lang=…>`; the stylesheet
//! shows the one `<html lang>` names, which `scripts/lang-boot.js` sets before the first paint
//! with the app's rule (`lang` in the URL, the saved choice, the browser's language).
//!
//! Only the stateless parts are drawn: what a first-time visitor sees. Bookmarks, decisions,
//! filters from the URL and the compare selection appear when the app takes over.

pub mod html;

use crate::catalog::{Catalog, Indexed, Lang, Map2020, MapBadge, Maturity, Project, Stage};
use crate::components::cards::map_change_text;
use crate::filter::facet_options;
use crate::i18n::{count, format_date, part_of_label, step_label, K};
use crate::prefs::{Decision, Theme};
use crate::query::{keys, Facet, TrailQuery};
use crate::routes;
use crate::text::is_https;
use crate::trail_picture::{
    drawing, link_name, step_counts, steps, Drawing, Orientation, Progress, StepInfo,
};
use html::{esc, Meta};
use std::fmt::Write as _;

mod project;
mod trail;

/// The pages a build prerenders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page<'a> {
    Trail,
    Project(&'a Project),
    Compare,
    Saved,
    /// The app's frame (header, footer) with an empty main: `404.html`, the fallback for
    /// every other route (`/landscape`, `/plan`, unknown paths).
    Shell,
}

impl Page<'_> {
    /// The file, relative to the build folder, a static host serves at the page's address
    /// (`/project/<id>` → `project/<id>.html`, as GitHub Pages, Netlify and Cloudflare Pages
    /// resolve extensionless paths).
    pub fn file(&self) -> String {
        match self {
            Page::Trail => "index.html".into(),
            Page::Project(p) => format!("project/{}.html", p.id),
            Page::Compare => "compare.html".into(),
            Page::Saved => "saved.html".into(),
            Page::Shell => "404.html".into(),
        }
    }

    /// The in-app path (without base).
    fn path(&self) -> Option<String> {
        match self {
            Page::Trail => Some(routes::TRAIL.into()),
            Page::Project(p) => Some(routes::project(&p.id)),
            Page::Compare => Some(routes::COMPARE.into()),
            Page::Saved => Some(routes::SAVED.into()),
            Page::Shell => None,
        }
    }
}

/// Where the build is served: `public_url` as given to Trunk (`/` or `/trailmap/`), and,
/// optionally, the site's absolute address for `og:url` (`https://example.org/trailmap/`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// The base path without its trailing slash: "" or "/trailmap".
    base: String,
    origin: Option<String>,
}

impl Site {
    pub fn new(public_url: &str, site_url: Option<&str>) -> Site {
        let trimmed = public_url.trim().trim_end_matches('/');
        let base = if trimmed.is_empty() {
            String::new()
        } else if trimmed.starts_with('/') {
            trimmed.to_string()
        } else {
            format!("/{trimmed}")
        };
        let origin = site_url
            .map(|u| u.trim().trim_end_matches('/').to_string())
            .filter(|u| is_https(&format!("{u}/")) || u.starts_with("http://"));
        Site { base, origin }
    }

    /// An in-app href under the base path.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn absolute(&self, path: &str) -> Option<String> {
        self.origin.as_ref().map(|o| format!("{o}{path}"))
    }
}

/// Every prerendered page: its file and its whole document.
pub fn render_all(
    index: &Indexed,
    shell: &str,
    site: &Site,
) -> Result<Vec<(String, String)>, String> {
    let data = &index.catalog;
    let mut pages = vec![Page::Trail, Page::Compare, Page::Saved, Page::Shell];
    pages.extend(data.projects.iter().map(Page::Project));
    pages
        .into_iter()
        .map(|page| {
            let doc = html::document(shell, &meta(page, site), &body(index, page, site))
                .map_err(|e| format!("{}: {e}", page.file()))?;
            Ok((page.file(), doc))
        })
        .collect()
}

/// Title, description and preview tags of `page`.
pub fn meta(page: Page, site: &Site) -> Meta {
    let app = K::AppName.get(Lang::En);
    let titled = |key: K, lang: Lang| format!("{} · {app}", key.get(lang));
    let (title, title_ko, description, og_type) = match page {
        Page::Trail => (
            titled(K::TrailTitle, Lang::En),
            titled(K::TrailTitle, Lang::Ko),
            K::TrailIntro.get(Lang::En).to_string(),
            "website",
        ),
        Page::Project(p) => (
            format!("{} · {app}", p.name),
            format!("{} · {app}", p.name),
            format!("{}: {}", p.name, p.tagline.get(Lang::En)),
            "article",
        ),
        Page::Compare => (
            titled(K::CompareTitle, Lang::En),
            titled(K::CompareTitle, Lang::Ko),
            K::CompareIntro.get(Lang::En).to_string(),
            "website",
        ),
        Page::Saved => (
            titled(K::SavedTitle, Lang::En),
            titled(K::SavedTitle, Lang::Ko),
            K::SavedIntro.get(Lang::En).to_string(),
            "website",
        ),
        Page::Shell => (
            app.to_string(),
            app.to_string(),
            K::AppTagline.get(Lang::En).to_string(),
            "website",
        ),
    };
    Meta {
        title,
        title_ko,
        description,
        og_type,
        url: page.path().and_then(|p| site.absolute(&p)),
    }
}

/// Both languages of `page`, English first.
pub fn body(index: &Indexed, page: Page, site: &Site) -> String {
    [Lang::En, Lang::Ko]
        .into_iter()
        .map(|lang| {
            let r = R { index, lang, site };
            format!(
                "<div class=\"tm-pre\" lang=\"{}\" data-prerendered=\"{}\">{}</div>",
                lang.code(),
                lang.code(),
                r.frame(page)
            )
        })
        .collect::<Vec<_>>()
        .join("\n    ")
}

/// One language's renderer.
struct R<'a> {
    index: &'a Indexed,
    lang: Lang,
    site: &'a Site,
}

impl R<'_> {
    fn t(&self, key: K) -> String {
        esc(key.get(self.lang))
    }

    fn tx(&self, text: &crate::catalog::Text) -> String {
        esc(text.get(self.lang))
    }

    fn data(&self) -> &Catalog {
        &self.index.catalog
    }

    /// `<a href>` to an in-app path, marked current when it is this page.
    fn a(&self, path: &str, class: Option<&str>, current: bool, inner: &str) -> String {
        let mut out = format!("<a href=\"{}\"", esc(&self.site.href(path)));
        if let Some(c) = class {
            let _ = write!(out, " class=\"{c}\"");
        }
        if current {
            out.push_str(" aria-current=\"page\"");
        }
        let _ = write!(out, ">{inner}</a>");
        out
    }

    fn external(&self, url: &str, label: &str) -> String {
        if is_https(url) {
            format!(
                "<a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a>",
                esc(url),
                esc(label)
            )
        } else {
            format!("<span>{}</span>", esc(label))
        }
    }

    /// The app shell around the page's main content (`components::shell`).
    fn frame(&self, page: Page) -> String {
        let main = match page {
            Page::Trail => self.trail(),
            Page::Project(p) => self.project(p),
            Page::Compare => self.compare(),
            Page::Saved => self.saved(),
            Page::Shell => String::new(),
        };
        format!(
            "<a class=\"tm-skip\" href=\"#main\">{}</a>{}<div class=\"tm-notices\" role=\"status\" aria-live=\"polite\"></div><main id=\"main\" class=\"tm-main\" tabindex=\"-1\">{main}</main>{}",
            self.t(K::SkipToContent),
            self.header(page),
            self.footer()
        )
    }

    fn header(&self, page: Page) -> String {
        let nav = [
            (routes::TRAIL, K::NavTrail, page == Page::Trail),
            (routes::LANDSCAPE, K::NavLandscape, false),
            (routes::COMPARE, K::NavCompare, page == Page::Compare),
            (routes::SAVED, K::NavSaved, page == Page::Saved),
        ]
        .into_iter()
        .map(|(path, key, current)| self.a(path, None, current, &self.t(key)))
        .collect::<String>();
        let other = match self.lang {
            Lang::Ko => "en",
            Lang::En => "ko",
        };
        let themes = Theme::CHOICES
            .into_iter()
            .map(|t| {
                let selected = if t.is_none() { " selected" } else { "" };
                format!(
                    "<option value=\"{}\"{selected}>{}</option>",
                    Theme::id_of(t),
                    self.t(Theme::label_of(t))
                )
            })
            .collect::<String>();
        let brand = format!(
            "<svg class=\"tm-header__logo\" aria-hidden=\"true\" viewBox=\"0 0 64 64\" width=\"28\" height=\"28\"><rect width=\"64\" height=\"64\" rx=\"14\" fill=\"#0b5cad\"></rect><path d=\"M8 50 26 20l9 14 6-9 15 25z\" fill=\"#fff\"></path><circle cx=\"46\" cy=\"16\" r=\"5\" fill=\"#ffd166\"></circle></svg><span>{}</span>",
            self.t(K::AppName)
        );
        format!(
            "<header class=\"tm-header\"><div class=\"tm-header__inner\">{}<nav class=\"tm-nav\" aria-label=\"{}\">{nav}</nav><button type=\"button\" class=\"tm-button tm-button--ghost tm-header__menu\" aria-controls=\"tm-header-tools\" aria-expanded=\"false\" aria-label=\"{}\" title=\"{}\"><span aria-hidden=\"true\">Aa</span></button><div id=\"tm-header-tools\" class=\"tm-header__tools\"><button type=\"button\" class=\"tm-button tm-button--ghost\" lang=\"{other}\" aria-label=\"{}: {}\">{}</button><label class=\"tm-theme\"><span class=\"tm-visually-hidden\">{}</span><select>{themes}</select></label></div></div></header>",
            self.a(routes::TRAIL, Some("tm-header__brand"), page == Page::Trail, &brand),
            self.t(K::MainNav),
            self.t(K::HeaderMenu),
            self.t(K::HeaderMenu),
            self.t(K::LanguageLabel),
            self.t(K::SwitchToOther),
            self.t(K::SwitchToOther),
            self.t(K::ThemeLabel),
        )
    }

    fn footer(&self) -> String {
        let data = self.data();
        format!(
            "<footer class=\"tm-footer\"><p>{}: <time datetime=\"{}\">{}</time> · {}: <time datetime=\"{}\">{}</time> · {}</p><p>{}</p><p><button type=\"button\" class=\"tm-button tm-button--small\" aria-keyshortcuts=\"?\">{} <kbd aria-hidden=\"true\">?</kbd></button></p></footer>",
            self.t(K::DataAsOf),
            esc(&data.as_of),
            esc(&format_date(&data.as_of, self.lang)),
            self.t(K::CncfAsOf),
            esc(data.cncf_as_of()),
            esc(&format_date(data.cncf_as_of(), self.lang)),
            self.external(&data.map.url, &format!("{} ({})", K::FooterMap.get(self.lang), data.map.version)),
            self.t(K::FooterNote),
            self.t(K::ShortcutsHelp),
        )
    }

    // ---------------------------------------------------------------------------------------
    // `/compare` and `/saved` without state: their headings and what needs no saved data.

    fn compare(&self) -> String {
        let items = self
            .data()
            .comparisons
            .iter()
            .map(|c| {
                format!(
                    "<li class=\"tm-curated-item\"><h3>{}</h3><p>{}</p></li>",
                    self.a(
                        &routes::compare_of(&c.projects),
                        None,
                        false,
                        &self.tx(&c.title)
                    ),
                    self.tx(&c.narrative)
                )
            })
            .collect::<String>();
        format!(
            "<section class=\"tm-compare\"><header class=\"tm-page-head\"><h1>{}</h1><p class=\"tm-lead\">{}</p></header><section class=\"tm-curated-list\" aria-labelledby=\"curated-list-title\"><h2 id=\"curated-list-title\">{}</h2><ul>{items}</ul></section></section>",
            self.t(K::CompareTitle),
            self.t(K::CompareIntro),
            self.t(K::CuratedComparisons),
        )
    }

    fn saved(&self) -> String {
        format!(
            "<section class=\"tm-saved\"><header class=\"tm-page-head\"><h1>{}</h1><p class=\"tm-lead\">{}</p></header></section>",
            self.t(K::SavedTitle),
            self.t(K::SavedIntro),
        )
    }
}

#[cfg(test)]
mod tests;
