//! The prerendered `/`: the trail with its picture, filter bar, stage cards and help
//! (pages/trail.rs and its components).

use super::*;

impl R<'_> {
    // ---------------------------------------------------------------------------------------
    // `/` (pages/trail.rs)

    pub(super) fn trail(&self) -> String {
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
    pub(super) fn trail_picture(&self) -> String {
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
    pub(super) fn filter_bar(&self) -> String {
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

    pub(super) fn stage_card(&self, stage: &Stage) -> String {
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
    pub(super) fn toggle(&self, p: &Project, action: &str, compact: bool) -> String {
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
    pub(super) fn legend(&self) -> String {
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

    pub(super) fn badge(&self, m: Maturity) -> String {
        format!(
            "<span class=\"tm-badge tm-badge--{}\">{}</span>",
            m.id(),
            self.t(m.label())
        )
    }

    pub(super) fn part_of(&self, p: &Project) -> String {
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

    pub(super) fn successor(&self, p: &Project) -> String {
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

    pub(super) fn map_change(&self, p: &Project) -> String {
        map_change_text(p, self.lang)
            .map(|t| format!("<p class=\"tm-card__map\">{}</p>", esc(&t)))
            .unwrap_or_default()
    }

    pub(super) fn card(&self, p: &Project) -> String {
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

    pub(super) fn help(&self) -> String {
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
