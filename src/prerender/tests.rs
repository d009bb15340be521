use super::*;
use crate::catalog::bundled;

const SHELL: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <meta name=\"description\" content=\"shell\" />\n    <title>Trail Map</title>\n  </head>\n  <body>\n    <noscript>x</noscript>\n  </body>\n</html>\n";

fn root() -> Site {
    Site::new("/", None)
}

fn project(id: &str) -> &'static Project {
    match bundled().project(id) {
        Some(p) => p,
        None => panic!("the dataset has no {id}"),
    }
}

/// The part of a body in one language.
fn part(body: &str, lang: Lang) -> String {
    let open = format!("<div class=\"tm-pre\" lang=\"{}\"", lang.code());
    let start = body.find(&open).expect("language part present");
    let rest = &body[start..];
    let end = rest[1..]
        .find("<div class=\"tm-pre\"")
        .map_or(rest.len(), |i| i + 1);
    rest[..end].to_string()
}

#[test]
fn base_paths_are_normalized() {
    assert_eq!(Site::new("/", None).href("/compare"), "/compare");
    assert_eq!(Site::new("", None).href("/"), "/");
    assert_eq!(Site::new("/trailmap/", None).href("/"), "/trailmap/");
    assert_eq!(
        Site::new("/trailmap", None).href("/saved"),
        "/trailmap/saved"
    );
    assert_eq!(
        Site::new("trailmap/", None).href("/saved"),
        "/trailmap/saved"
    );
}

#[test]
fn files_are_what_static_hosts_serve_at_the_address() {
    assert_eq!(Page::Trail.file(), "index.html");
    assert_eq!(
        Page::Project(project("prometheus")).file(),
        "project/prometheus.html"
    );
    assert_eq!(Page::Compare.file(), "compare.html");
    assert_eq!(Page::Saved.file(), "saved.html");
    assert_eq!(Page::Shell.file(), "404.html");
}

#[test]
fn every_page_and_project_is_rendered_once() {
    let pages = render_all(bundled(), SHELL, &root()).unwrap();
    let data = &bundled().catalog;
    assert_eq!(pages.len(), 4 + data.projects.len());
    let mut files: Vec<&str> = pages.iter().map(|(f, _)| f.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    assert_eq!(files.len(), pages.len());
    for p in &data.projects {
        assert!(
            files.contains(&format!("project/{}.html", p.id).as_str()),
            "{}",
            p.id
        );
    }
}

#[test]
fn the_trail_shows_every_stage_and_project_in_both_languages() {
    let body = body(bundled(), Page::Trail, &root());
    let data = &bundled().catalog;
    for lang in [Lang::En, Lang::Ko] {
        let part = part(&body, lang);
        for s in &data.stages {
            assert!(
                part.contains(&esc(s.title.get(lang))),
                "{} {:?}",
                s.id,
                lang
            );
            assert!(part.contains(&format!("id=\"{}\"", s.id)));
            // The picture links each step to its card.
            assert!(part.contains(&format!("href=\"#{}\"", s.id)));
        }
        for p in &data.projects {
            assert!(
                part.contains(&format!("data-project=\"{}\"", p.id)),
                "{}",
                p.id
            );
            assert!(part.contains(&esc(p.tagline.get(lang))), "{}", p.id);
        }
        assert!(part.contains("tm-trailpic__path--h") && part.contains("tm-trailpic__path--v"));
        assert!(part.contains(&esc(K::TrailTitle.get(lang))));
    }
    // The English part carries no Korean heading and the other way round.
    assert!(!part(&body, Lang::En).contains(K::TrailTitle.get(Lang::Ko)));
    assert!(!part(&body, Lang::Ko).contains(K::TrailTitle.get(Lang::En)));
}

#[test]
fn optional_steps_are_marked_in_the_picture() {
    let body = part(&body(bundled(), Page::Trail, &root()), Lang::En);
    let data = &bundled().catalog;
    let optional = data.stages.iter().filter(|s| s.optional).count();
    assert!(optional > 0);
    assert_eq!(
        body.matches("tm-trailpic__step tm-trailpic__step--optional")
            .count(),
        optional
    );
    assert_eq!(
        body.matches("class=\"tm-stage tm-stage--optional\"")
            .count(),
        optional
    );
}

#[test]
fn a_project_page_shows_the_project() {
    let p = project("prometheus");
    let body = body(bundled(), Page::Project(p), &root());
    for lang in [Lang::En, Lang::Ko] {
        let part = part(&body, lang);
        assert!(part.contains(&format!("<h1>{}</h1>", esc(&p.name))));
        assert!(part.contains(&esc(p.what.get(lang))));
        assert!(part.contains(&esc(p.tagline.get(lang))));
        assert!(part.contains(&esc(K::WhatItIs.get(lang))));
        for s in &p.sources {
            assert!(part.contains(&format!("href=\"{}\"", esc(s))), "{s}");
        }
    }
}

#[test]
fn links_carry_the_base_path() {
    let site = Site::new("/trailmap/", None);
    let body = body(bundled(), Page::Project(project("prometheus")), &site);
    assert!(body.contains("href=\"/trailmap/\""));
    assert!(body.contains("href=\"/trailmap/compare\""));
    assert!(body.contains("href=\"/trailmap/?stage=observability\""));
    // Every in-app href starts with the base.
    for (i, _) in body.match_indices("href=\"/") {
        let rest = &body[i + 6..];
        assert!(
            rest.starts_with("/trailmap/"),
            "{}",
            &rest[..40.min(rest.len())]
        );
    }
    let trail = body_of_trail("/trailmap/");
    assert!(trail.contains("href=\"/trailmap/project/prometheus\""));
}

fn body_of_trail(public_url: &str) -> String {
    body(bundled(), Page::Trail, &Site::new(public_url, None))
}

#[test]
fn text_from_the_dataset_is_escaped() {
    let mut p = project("prometheus").clone();
    p.name = "<script>x</script>".into();
    p.tagline.en = "a \"b\" & c".into();
    let site = root();
    let r = R {
        index: bundled(),
        lang: Lang::En,
        site: &site,
    };
    let card = r.card(&p);
    assert!(!card.contains("<script>"));
    assert!(card.contains("&lt;script&gt;x&lt;/script&gt;"));
    assert!(card.contains("a &quot;b&quot; &amp; c"));
    let meta = meta(Page::Project(&p), &site).head_tags();
    assert!(!meta.contains("<script>"));
}

#[test]
fn a_project_previews_as_itself() {
    let p = project("prometheus");
    let m = meta(Page::Project(p), &root());
    assert_eq!(m.title, "Prometheus · Trail Map");
    assert!(m.description.starts_with("Prometheus: "));
    assert!(m.description.contains(p.tagline.get(Lang::En)));
    assert_eq!(m.og_type, "article");
    assert_eq!(m.url, None);
    let site = Site::new("/trailmap/", Some("https://example.org/trailmap/"));
    let m = meta(Page::Project(p), &site);
    assert_eq!(
        m.url.as_deref(),
        Some("https://example.org/trailmap/project/prometheus")
    );
    assert_eq!(
        meta(Page::Trail, &site).url.as_deref(),
        Some("https://example.org/trailmap/")
    );
    assert_eq!(meta(Page::Shell, &site).url, None);
    // Not a web address: no og:url rather than a wrong one.
    assert_eq!(
        meta(Page::Trail, &Site::new("/", Some("javascript:x"))).url,
        None
    );
}

#[test]
fn the_korean_title_is_there_for_the_language_script() {
    let m = meta(Page::Trail, &root());
    assert_eq!(
        m.title_ko,
        format!("{} · Trail Map", K::TrailTitle.get(Lang::Ko))
    );
    assert!(m
        .head_tags()
        .contains(&format!("data-ko=\"{}\"", esc(&m.title_ko))));
}

#[test]
fn stateless_pages_show_no_saved_state() {
    for page in [Page::Compare, Page::Saved, Page::Shell] {
        let body = body(bundled(), page, &root());
        assert!(!body.contains("aria-pressed=\"true\""));
        assert!(body.contains("<main id=\"main\""));
        assert!(body.contains("class=\"tm-header\""));
    }
    let compare = body(bundled(), Page::Compare, &root());
    for c in &bundled().catalog.comparisons {
        assert!(compare.contains(&esc(c.title.get(Lang::Ko))), "{}", c.id);
    }
    assert!(body(bundled(), Page::Shell, &root())
        .contains("<main id=\"main\" class=\"tm-main\" tabindex=\"-1\"></main>"));
}

#[test]
fn the_current_page_is_marked_in_the_nav() {
    let compare = part(&body(bundled(), Page::Compare, &root()), Lang::En);
    assert_eq!(compare.matches("aria-current=\"page\"").count(), 1);
    assert!(compare.contains("<a href=\"/compare\" aria-current=\"page\">"));
    let project = part(
        &body(bundled(), Page::Project(project("envoy")), &root()),
        Lang::En,
    );
    assert_eq!(project.matches("aria-current=\"page\"").count(), 0);
}
