//! The prerendered `/project/<id>` (pages/project.rs and its components).

use super::*;

impl R<'_> {
    // ---------------------------------------------------------------------------------------
    // `/project/<id>` (pages/project.rs)

    pub(super) fn project(&self, p: &Project) -> String {
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
    pub(super) fn project_actions(&self, p: &Project) -> String {
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
    pub(super) fn archived_banner(&self, p: &Project) -> String {
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

    pub(super) fn project_head(&self, p: &Project, first_stage: Option<&Stage>) -> String {
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

    pub(super) fn then_and_now(&self, p: &Project) -> String {
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

    pub(super) fn facts(&self, p: &Project, stages: &[&Stage]) -> String {
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

    pub(super) fn history(&self, p: &Project) -> String {
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

    pub(super) fn related(&self, p: &Project) -> String {
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

    pub(super) fn curated(&self, p: &Project) -> String {
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
}
