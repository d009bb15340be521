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
    // `/` (pages/trail.rs)

    fn trail(&self) -> String {
        let data = self.data();
        let stages = data
            .stages
            .iter()
            .map(|s| self.stage_card(s))
            .collect::<String>();
        format!(
            "<div class=\"tm-trail\"><header class=\"tm-page-head\"><h1>{}</h1><p class=\"tm-lead\">{}</p><details class=\"tm-cloud-native\"><summary>{}</summary><p>{}</p></details></header>{}{}{}<ol class=\"tm-stages\">{stages}</ol>{}</div>",
            self.t(K::TrailTitle),
            self.t(K::TrailIntro),
            self.t(K::WhatIsCloudNative),
            self.tx(&data.cloud_native),
            self.trail_picture(),
            self.filter_bar(),
            self.legend(),
            self.help(),
        )
    }

    /// `components/trail_picture.rs` for the unfiltered trail without decisions.
    fn trail_picture(&self) -> String {
        let data = self.data();
        let counts = step_counts(&data.stages, data.projects.iter(), &[]);
        let progress = vec![Progress::default(); data.stages.len()];
        let info = steps(&data.stages, &counts, &progress, false);
        let items = data
            .stages
            .iter()
            .zip(&info)
            .map(|(stage, step)| {
                let class = if stage.optional {
                    "tm-trailpic__step tm-trailpic__step--optional"
                } else {
                    "tm-trailpic__step"
                };
                let optional = if stage.optional {
                    format!(
                        "<span class=\"tm-trailpic__optional\"> · {}</span>",
                        self.t(K::TrailPicOptional)
                    )
                } else {
                    String::new()
                };
                format!(
                    "<li class=\"{class}\"><a class=\"tm-trailpic__link\" href=\"#{}\" aria-label=\"{}\"><span class=\"tm-trailpic__node\" aria-hidden=\"true\"><span class=\"tm-trailpic__num\">{}</span></span><span class=\"tm-trailpic__text\"><span class=\"tm-trailpic__name\">{}</span><span class=\"tm-trailpic__meta\"><span class=\"tm-trailpic__count\">{}</span>{optional}</span></span></a></li>",
                    esc(&stage.id),
                    esc(&link_name(step, stage.title.get(self.lang), self.lang)),
                    stage.step,
                    self.tx(&stage.title),
                    esc(&count(step.count, K::Projects, self.lang)),
                )
            })
            .collect::<String>();
        let n = data.stages.len();
        let optional_from = data.stages.iter().position(|s| s.optional);
        format!(
            "<nav class=\"tm-trailpic\" aria-label=\"{}\"><div class=\"tm-trailpic__map\">{}{}<ol class=\"tm-trailpic__steps\">{items}</ol></div><p class=\"tm-trailpic__legend\"><span class=\"tm-trailpic__key tm-trailpic__key--core\" aria-hidden=\"true\"></span><span>{}</span><span class=\"tm-trailpic__key tm-trailpic__key--optional\" aria-hidden=\"true\"></span><span>{}</span><span class=\"tm-trailpic__key tm-trailpic__key--adopted\" aria-hidden=\"true\"></span><span>{}</span><span class=\"tm-trailpic__key tm-trailpic__key--evaluating\" aria-hidden=\"true\"></span><span>{}</span></p></nav>",
            self.t(K::TrailPicLabel),
            path_svg(drawing(Orientation::Horizontal, n), "h", optional_from, &info),
            path_svg(drawing(Orientation::Vertical, n), "v", optional_from, &info),
            self.t(K::TrailPicLegendCore),
            self.t(K::TrailPicLegendOptional),
            self.t(K::DecisionAdopted),
            self.t(K::DecisionEvaluating),
        )
    }

    /// `components/filter_bar.rs` with an empty query.
    fn filter_bar(&self) -> String {
        let data = self.data();
        let query = TrailQuery::default();
        let search = crate::search::bundled_index().search("");
        let facets = Facet::ALL
            .iter()
            .map(|&facet| {
                let label = esc(facet.label().get(self.lang));
                let options = facet_options(data, &search, &query, &|_| false, facet)
                    .into_iter()
                    .map(|o| {
                        let empty = if o.count == 0 {
                            " tm-facet__option--empty"
                        } else {
                            ""
                        };
                        format!(
                            "<label class=\"tm-facet__option{empty}\"><input type=\"checkbox\" data-facet=\"{}\" data-value=\"{}\"><span>{}</span><span class=\"tm-facet__count\">{}</span></label>",
                            facet.key(),
                            esc(&o.value),
                            esc(&crate::components::filter_bar::value_label(facet, &o.value, self.lang)),
                            o.count
                        )
                    })
                    .collect::<String>();
                format!(
                    "<details class=\"tm-facet\"><summary class=\"tm-facet__summary\">{label}</summary><fieldset class=\"tm-facet__options\"><legend class=\"tm-visually-hidden\">{label}</legend>{options}</fieldset></details>"
                )
            })
            .collect::<String>();
        format!(
            "<section class=\"tm-filters\" aria-labelledby=\"tm-filters-title\"><h2 id=\"tm-filters-title\" class=\"tm-visually-hidden\">{}</h2><div class=\"tm-search\" role=\"search\"><label for=\"tm-search-input\" class=\"tm-search__label\">{}</label><input id=\"tm-search-input\" class=\"tm-search__input\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"{}\"></div><div class=\"tm-facets\">{facets}<label class=\"tm-facet tm-facet--saved\"><input type=\"checkbox\"><span>{}</span></label></div><div class=\"tm-active\"><p class=\"tm-result-count\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\">{}</p><span class=\"tm-copy-link\"><button type=\"button\" class=\"tm-button tm-button--small\">{}</button><span class=\"tm-copy-link__status\" role=\"status\"></span></span></div></section>",
            self.t(K::Filters),
            self.t(K::SearchLabel),
            self.t(K::SearchPlaceholder),
            self.t(K::FacetSaved),
            esc(&count(data.projects.len(), K::ResultsCount, self.lang)),
            self.t(K::CopyLink),
        )
    }

    fn stage_card(&self, stage: &Stage) -> String {
        let data = self.data();
        let id = esc(&stage.id);
        let projects: Vec<&Project> = data.projects_in_stage(&stage.id).collect();
        let title = self.tx(&stage.title);
        let optional_class = if stage.optional {
            " tm-stage--optional"
        } else {
            ""
        };
        let optional_hint = if stage.optional {
            format!(
                "<p class=\"tm-stage__optional\">{}</p>",
                self.t(K::OptionalHint)
            )
        } else {
            String::new()
        };
        let more = crate::landscape::more_in_landscape(&stage.id);
        let landscape = if more > 0 {
            let text = match self.lang {
                Lang::Ko => format!("{}: {more}개", K::MoreInLandscape.get(self.lang)),
                Lang::En => format!("{more} {}", K::MoreInLandscape.get(self.lang)),
            };
            format!(
                " · {}",
                self.a(
                    &routes::landscape_with(keys::STAGE, &stage.id),
                    Some("tm-stage__more-landscape"),
                    false,
                    &esc(&text)
                )
            )
        } else {
            String::new()
        };
        let guidance = stage
            .guidance
            .iter()
            .map(|g| format!("<li>{}</li>", self.tx(g)))
            .collect::<String>();
        let cards = projects
            .iter()
            .map(|p| format!("<li>{}</li>", self.card(p)))
            .collect::<String>();
        format!(
            "<li class=\"tm-stage{optional_class}\" id=\"{id}\" data-stage=\"{id}\" tabindex=\"-1\" aria-labelledby=\"stage-{id}\"><header class=\"tm-stage__head\"><span class=\"tm-stage__step\" aria-hidden=\"true\">{}</span><h2 class=\"tm-stage__title\" id=\"stage-{id}\"><span class=\"tm-visually-hidden\">{}: </span>{title}</h2><button type=\"button\" class=\"tm-button tm-button--ghost tm-stage__toggle\" aria-expanded=\"true\" aria-controls=\"stage-{id}-projects\" aria-label=\"{}: {title}\">{}</button></header>{optional_hint}<p class=\"tm-stage__summary\">{}</p><p class=\"tm-stage__meta\"><span>{}</span>{landscape}</p><div id=\"stage-{id}-projects\"><details class=\"tm-stage__guidance\"><summary>{}</summary><ul>{guidance}</ul></details><ul class=\"tm-cards\">{cards}</ul></div></li>",
            stage.step,
            esc(&step_label(stage.step, self.lang)),
            self.t(K::Collapse),
            self.t(K::Collapse),
            self.tx(&stage.summary),
            esc(&count(projects.len(), K::Projects, self.lang)),
            self.t(K::Guidance),
        )
    }

    /// A bookmark or compare button, not pressed (`components/cards.rs`).
    fn toggle(&self, p: &Project, action: &str, compact: bool) -> String {
        let (add, text, icon) = match action {
            "bookmark" => (K::AddBookmark, K::Bookmark, "☆"),
            _ => (K::AddToCompare, K::AddToCompare, "⇄"),
        };
        let label = esc(&format!("{}: {}", add.get(self.lang), p.name));
        // A bare ⇄ says nothing: compact compare toggles (cards) show "⇄ Compare".
        let text = if compact && action != "compare" {
            String::new()
        } else if compact {
            format!(
                "<span class=\"tm-toggle__text\">{}</span>",
                self.t(K::CompareShort)
            )
        } else {
            format!("<span class=\"tm-toggle__text\">{}</span>", self.t(text))
        };
        let button = format!(
            "<button type=\"button\" class=\"tm-toggle tm-toggle--{action}\" aria-pressed=\"false\" aria-label=\"{label}\" title=\"{label}\" data-action=\"{action}\"><span aria-hidden=\"true\">{icon}</span>{text}</button>"
        );
        if action == "compare" {
            format!("<span class=\"tm-compare-toggle\">{button}</span>")
        } else {
            button
        }
    }

    /// `components::maturity::MaturityLegend`: what each badge means.
    fn legend(&self) -> String {
        let items = crate::advice::LEGEND
            .iter()
            .enumerate()
            .map(|(i, &(maturity, meaning))| {
                format!(
                    "{}<span class=\"tm-legend__item\">{} {}</span>",
                    if i > 0 { " · " } else { "" },
                    self.badge(maturity),
                    self.t(meaning)
                )
            })
            .collect::<String>();
        format!(
            "<p class=\"tm-legend\" data-legend=\"maturity\"><span class=\"tm-legend__title\">{}:</span> {items}</p>",
            self.t(K::LegendTitle)
        )
    }

    fn badge(&self, m: Maturity) -> String {
        format!(
            "<span class=\"tm-badge tm-badge--{}\">{}</span>",
            m.id(),
            self.t(m.label())
        )
    }

    fn part_of(&self, p: &Project) -> String {
        p.part_of()
            .and_then(|id| self.index.project(id))
            .map(|parent| {
                format!(
                    "<span class=\"tm-chip tm-chip--plain tm-chip--part-of\">{}</span>",
                    esc(&part_of_label(&parent.name, self.lang))
                )
            })
            .unwrap_or_default()
    }

    fn successor(&self, p: &Project) -> String {
        crate::advice::successor(self.index, p)
            .map(|s| {
                format!(
                    "<p class=\"tm-card__successor\">{} {}</p>",
                    self.t(K::SucceededBy),
                    self.a(&routes::project(&s.id), None, false, &esc(&s.name))
                )
            })
            .unwrap_or_default()
    }

    fn map_change(&self, p: &Project) -> String {
        map_change_text(p, self.lang)
            .map(|t| format!("<p class=\"tm-card__map\">{}</p>", esc(&t)))
            .unwrap_or_default()
    }

    fn card(&self, p: &Project) -> String {
        // components::cards::card_language: plain text, named for screen readers.
        let language = p
            .language
            .as_ref()
            .map(|l| {
                format!(
                    "<span class=\"tm-card__lang\"><span class=\"tm-visually-hidden\">{}: </span>{}</span>",
                    self.t(K::Language),
                    esc(l)
                )
            })
            .unwrap_or_default();
        format!(
            "<article class=\"tm-card\" data-project=\"{}\"><h3 class=\"tm-card__title\">{}</h3><p class=\"tm-card__tagline\">{}</p><p class=\"tm-card__meta\">{}{}{language}</p>{}{}<div class=\"tm-card__actions\">{}{}</div></article>",
            esc(&p.id),
            self.a(&routes::project(&p.id), None, false, &esc(&p.name)),
            self.tx(&p.tagline),
            self.badge(p.cncf.status),
            self.part_of(p),
            self.map_change(p),
            self.successor(p),
            self.toggle(p, "bookmark", true),
            self.toggle(p, "compare", true),
        )
    }

    fn help(&self) -> String {
        let items = self
            .data()
            .help
            .iter()
            .map(|h| {
                format!(
                    "<li class=\"tm-help__item\"><h3>{}</h3><p>{}</p></li>",
                    self.external(&h.url, h.title.get(self.lang)),
                    self.tx(&h.text)
                )
            })
            .collect::<String>();
        format!(
            "<section class=\"tm-help\" aria-labelledby=\"tm-help-title\"><h2 id=\"tm-help-title\">{}</h2><ul class=\"tm-help__list\">{items}</ul></section>",
            self.t(K::HelpAlongTheWay)
        )
    }

    // ---------------------------------------------------------------------------------------
    // `/project/<id>` (pages/project.rs)

    fn project(&self, p: &Project) -> String {
        let data = self.data();
        let stages: Vec<&Stage> = p.stage_ids().filter_map(|s| data.stage(s)).collect();
        let list = |items: &[crate::catalog::Text]| {
            format!(
                "<ul>{}</ul>",
                items
                    .iter()
                    .map(|t| format!("<li>{}</li>", self.tx(t)))
                    .collect::<String>()
            )
        };
        let section = |id: &str, key: K, inner: String| {
            format!(
                "<section aria-labelledby=\"{id}-title\"><h2 id=\"{id}-title\">{}</h2>{inner}</section>",
                self.t(key)
            )
        };
        let sources = p
            .sources
            .iter()
            .map(|s| {
                let label = crate::components::links::url_label(s);
                format!("<li>{}</li>", self.external(s, &label))
            })
            .collect::<String>();
        format!(
            "<article class=\"tm-project\" data-project=\"{}\">{}{}{}{}{}{}<div class=\"tm-columns\">{}<section aria-labelledby=\"caveats-title\" class=\"tm-caveats\"><h2 id=\"caveats-title\">{}</h2>{}</section></div>{}{}{}{}{}{}</article>",
            esc(&p.id),
            self.project_head(p, stages.first().copied()),
            self.archived_banner(p),
            section("what", K::WhatItIs, format!("<p>{}</p>", self.tx(&p.what))),
            self.project_actions(p),
            self.then_and_now(p),
            section("why", K::WhyUseIt, format!("<p>{}</p>", self.tx(&p.why))),
            section("features", K::KeyFeatures, list(&p.features)),
            self.t(K::Caveats),
            list(&p.caveats),
            section("uses", K::UseCases, list(&p.use_cases)),
            self.facts(p, &stages),
            self.history(p),
            self.related(p),
            self.curated(p),
            section("sources", K::Sources, format!("<ul class=\"tm-sources\">{sources}</ul>")),
        )
    }

    /// The project page's toggles and compact decision (`components::decision`, `compact`),
    /// for a visitor without decisions.
    fn project_actions(&self, p: &Project) -> String {
        let id = esc(&p.id);
        let name_for = |key: K| esc(&format!("{}: {}", key.get(self.lang), p.name));
        let options = std::iter::once(format!(
            "<option value=\"\" selected>{}</option>",
            self.t(K::DecisionNone)
        ))
        .chain(Decision::ALL.into_iter().map(|d| {
            format!(
                "<option value=\"{}\">{}</option>",
                d.id(),
                self.t(d.label())
            )
        }))
        .collect::<String>();
        format!(
            "<div class=\"tm-project__actions\">{}{}<div class=\"tm-decision tm-decision--compact\" data-decision=\"{id}\"><span class=\"tm-decision__status\"><label for=\"decision-{id}\">{}</label><select id=\"decision-{id}\" aria-label=\"{}\">{options}</select></span><details class=\"tm-decision__note\"><summary>{}</summary><label class=\"tm-decision__note-label\" for=\"note-{id}\">{}</label><textarea id=\"note-{id}\" aria-label=\"{}\" rows=\"2\" maxlength=\"{}\" placeholder=\"{}\"></textarea></details><div class=\"tm-decision__warning\" role=\"status\"></div></div></div>",
            self.toggle(p, "bookmark", false),
            self.toggle(p, "compare", false),
            self.t(K::Decision),
            name_for(K::Decision),
            self.t(K::Note),
            self.t(K::Note),
            name_for(K::Note),
            crate::prefs::NOTE_MAX_CHARS,
            self.t(K::NotePlaceholder),
        )
    }

    /// `components::maturity::ArchivedBanner`.
    fn archived_banner(&self, p: &Project) -> String {
        let Some(banner) = crate::advice::archived_banner(self.index, p) else {
            return String::new();
        };
        let rest = match banner.successor {
            Some(s) => format!(
                "{} {} {}",
                self.t(K::UseInsteadBefore),
                self.a(&routes::project(&s.id), None, false, &esc(&s.name)),
                self.t(K::UseInsteadAfter)
            ),
            None => self.t(K::ArchivedNoSuccessor),
        };
        format!(
            "<section class=\"tm-banner tm-banner--archived\" data-banner=\"archived\" aria-labelledby=\"archived-title\"><h2 id=\"archived-title\" class=\"tm-banner__title\"><span>{}</span> — {rest}</h2><p class=\"tm-banner__note\">{}</p></section>",
            self.t(K::MaturityArchived),
            self.t(K::ArchivedBannerNote)
        )
    }

    fn project_head(&self, p: &Project, first_stage: Option<&Stage>) -> String {
        let crumb = first_stage
            .map(|s| {
                self.a(
                    &routes::trail_with(keys::STAGE, &s.id),
                    None,
                    false,
                    &self.tx(&s.title),
                )
            })
            .unwrap_or_default();
        format!(
            "<header class=\"tm-page-head tm-project__head\"><p class=\"tm-breadcrumb\">{} › {crumb}</p><h1>{}</h1><p class=\"tm-lead\">{}</p></header>",
            self.a(routes::TRAIL, None, false, &self.t(K::NavTrail)),
            esc(&p.name),
            self.tx(&p.tagline),
        )
    }

    fn then_and_now(&self, p: &Project) -> String {
        let data = self.data();
        let then = match p.map_2020() {
            Map2020::Shown { step, badge } => {
                let stage_title = data
                    .stages
                    .iter()
                    .find(|s| s.step == step)
                    .map(|s| s.title.get(self.lang).to_string())
                    .unwrap_or_default();
                let badge = badge.map_or(K::NoBadge2020, MapBadge::label);
                format!(
                    "<p>{}</p><p><span class=\"tm-badge tm-badge--map\">{}</span></p>",
                    esc(&format!("{}: {stage_title}", step_label(step, self.lang))),
                    self.t(badge)
                )
            }
            other => format!(
                "<p>{}</p>",
                esc(&crate::i18n::map_2020_label(other, self.lang))
            ),
        };
        format!(
            "<section class=\"tm-then-now\" aria-labelledby=\"then-now-title\"><h2 id=\"then-now-title\" class=\"tm-visually-hidden\">{}</h2><div class=\"tm-then-now__col\"><h3>{}</h3>{then}</div><div class=\"tm-then-now__col\"><h3>{}</h3><p>{} {}</p>{}{}{}</div></section>",
            self.t(K::Maturity),
            self.t(K::MapView2020),
            self.t(K::TodayFacts),
            self.badge(p.cncf.status),
            self.part_of(p),
            self.legend(),
            self.map_change(p),
            self.successor(p),
        )
    }

    fn facts(&self, p: &Project, stages: &[&Stage]) -> String {
        let data = self.data();
        let timeline: Vec<String> = [
            (K::Accepted, p.cncf.accepted.as_deref()),
            (K::IncubatingDate, p.cncf.incubating.as_deref()),
            (K::GraduatedDate, p.cncf.graduated.as_deref()),
            (K::ArchivedDate, p.cncf.archived.as_deref()),
        ]
        .into_iter()
        .filter_map(|(k, d)| {
            d.map(|d| {
                format!(
                    "<li><span>{}</span> <time datetime=\"{}\">{}</time></li>",
                    self.t(k),
                    esc(d),
                    esc(&format_date(d, self.lang))
                )
            })
        })
        .collect();
        let timeline = if timeline.is_empty() {
            format!("<span>{}</span>", self.t(K::NotApplicable))
        } else {
            format!("<ol class=\"tm-timeline\">{}</ol>", timeline.concat())
        };
        let language = match &p.language {
            Some(l) => self.a(&routes::trail_with(keys::LANGUAGE, l), None, false, &esc(l)),
            None => format!("<span>{}</span>", self.t(K::Spec)),
        };
        let first_release = p
            .first_release
            .map(|y| y.to_string())
            .unwrap_or_else(|| K::Unknown.get(self.lang).to_string());
        let stage_links = stages
            .iter()
            .map(|s| {
                format!(
                    "<li>{}</li>",
                    self.a(
                        &routes::trail_with(keys::STAGE, &s.id),
                        None,
                        false,
                        &esc(&format!("{}. {}", s.step, s.title.get(self.lang)))
                    )
                )
            })
            .collect::<String>();
        let tags = p
            .tags
            .iter()
            .map(|t| {
                let label = data
                    .tag(t)
                    .map(|tag| tag.label.get(self.lang).to_string())
                    .unwrap_or_else(|| t.clone());
                format!(
                    "<li>{}</li>",
                    self.a(
                        &routes::trail_with(keys::TAG, t),
                        Some("tm-chip"),
                        false,
                        &esc(&label)
                    )
                )
            })
            .collect::<String>();
        let docs_ko = p
            .docs_ko
            .as_ref()
            .map(|u| format!("<li>{}</li>", self.external(u, K::DocsKo.get(self.lang))))
            .unwrap_or_default();
        format!(
            "<section aria-labelledby=\"facts-title\"><h2 id=\"facts-title\">{} · {}</h2><dl class=\"tm-facts\"><dt>{}</dt><dd>{} {}</dd><dt>{}</dt><dd>{timeline}</dd><dt>{}</dt><dd>{language}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd><ul class=\"tm-inline-list\">{stage_links}</ul></dd><dt>{}</dt><dd><ul class=\"tm-inline-list\">{tags}</ul></dd><dt>{}</dt><dd><ul class=\"tm-inline-list\"><li>{}</li><li>{}</li>{docs_ko}</ul></dd></dl></section>",
            self.t(K::Maturity),
            self.t(K::Links),
            self.t(K::Maturity),
            self.t(p.cncf.status.label()),
            self.part_of(p),
            self.t(K::Timeline),
            self.t(K::Language),
            self.t(K::License),
            self.a(&routes::trail_with(keys::LICENSE, &p.license), None, false, &esc(&p.license)),
            self.t(K::Origin),
            self.tx(&p.origin),
            self.t(K::FirstRelease),
            esc(&first_release),
            self.t(K::Stages),
            self.t(K::Tags),
            self.t(K::Links),
            self.external(&p.homepage, K::Homepage.get(self.lang)),
            self.external(&p.repo, K::Repository.get(self.lang)),
        )
    }

    fn history(&self, p: &Project) -> String {
        let entries = crate::changelog::history(crate::changelog::bundled(), self.index, &p.id);
        if entries.is_empty() {
            return String::new();
        }
        let items = entries
            .into_iter()
            .map(|e| {
                format!(
                    "<li><time datetime=\"{}\">{}</time> <span class=\"tm-chip tm-chip--plain\">{}</span> <span>{}</span></li>",
                    esc(&e.date),
                    esc(&format_date(&e.date, self.lang)),
                    self.t(e.kind.label()),
                    self.tx(&e.summary)
                )
            })
            .collect::<String>();
        format!(
            "<section class=\"tm-history\" aria-labelledby=\"history-title\"><h2 id=\"history-title\">{}</h2><ol class=\"tm-history__list\">{items}</ol></section>",
            self.t(K::ProjectHistory)
        )
    }

    fn related(&self, p: &Project) -> String {
        let items = p
            .related
            .iter()
            .filter_map(|r| self.index.project(&r.id).map(|q| (r.kind, q)))
            .map(|(kind, q)| {
                format!(
                    "<li><span class=\"tm-chip tm-chip--plain\">{}</span> {}</li>",
                    self.t(kind.label()),
                    self.a(&routes::project(&q.id), None, false, &esc(&q.name))
                )
            })
            .collect::<String>();
        if items.is_empty() {
            return String::new();
        }
        format!(
            "<section aria-labelledby=\"related-title\"><h2 id=\"related-title\">{}</h2><ul class=\"tm-related\">{items}</ul></section>",
            self.t(K::Related)
        )
    }

    fn curated(&self, p: &Project) -> String {
        let items = self
            .data()
            .comparisons_with(&p.id)
            .map(|c| {
                format!(
                    "<li>{}<p class=\"tm-curated__narrative\">{}</p></li>",
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
        if items.is_empty() {
            return String::new();
        }
        format!(
            "<section aria-labelledby=\"curated-title\"><h2 id=\"curated-title\">{}</h2><ul class=\"tm-curated\">{items}</ul></section>",
            self.t(K::CuratedComparisons)
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

/// One layout's path (`components/trail_picture.rs`): nothing is dimmed on the unfiltered
/// trail.
fn path_svg(d: Drawing, which: &str, optional_from: Option<usize>, info: &[StepInfo]) -> String {
    let kind = |step_index: usize| {
        if optional_from.is_some_and(|o| step_index >= o) {
            "tm-trailpic__seg tm-trailpic__seg--optional"
        } else {
            "tm-trailpic__seg tm-trailpic__seg--core"
        }
    };
    let dim = |i: usize| {
        if info.get(i).is_some_and(|s| s.empty) {
            " tm-trailpic__seg--dim"
        } else {
            ""
        }
    };
    let last = d.nodes.len().saturating_sub(1);
    let segments = d
        .segments
        .iter()
        .enumerate()
        .map(|(k, path)| {
            format!(
                "<path class=\"{}{}\" d=\"{}\"></path>",
                kind(k + 1),
                dim(k + 1),
                esc(path)
            )
        })
        .collect::<String>();
    format!(
        "<svg class=\"tm-trailpic__path tm-trailpic__path--{which}\" viewBox=\"{}\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><path class=\"{}\" d=\"{}\"></path>{segments}<path class=\"{} tm-trailpic__seg--end\" d=\"{}\"></path></svg>",
        d.view_box(),
        kind(0),
        esc(&d.lead_in),
        kind(last),
        esc(&d.lead_out),
    )
}

#[cfg(test)]
mod tests;
