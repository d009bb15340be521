//! Writes the prerendered pages into a staged build (run by `scripts/post_build.py`):
//! `index.html`, `404.html`, `compare.html`, `saved.html` and `project/<id>.html`, each the
//! build's `index.html` (the shell) with that page's content and link-preview tags.
//!
//! Usage: `cargo run --example prerender -- DIR PUBLIC_URL [SITE_URL]`, or
//! `cargo run --example prerender -- --data DIR` for the per-language data files.
//! (`SITE_URL`, the site's absolute address, adds `og:url`; also read from
//! `TRAILMAP_SITE_URL`).

use std::path::Path;
use std::process::ExitCode;
use trailmap::prerender::{render_all, Site};

/// `prerender --data DIR`: write the dataset's two halves, `data-ko.json` and `data-en.json`
/// (every text object keeping one language, see `catalog::split_lang`), minified, into DIR;
/// `post_build.py` names them by their hash.
fn write_data(dir: &Path) -> ExitCode {
    let dataset: serde_json::Value = match serde_json::from_str(trailmap::catalog::DATASET_JSON) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("prerender: the dataset is not JSON: {e}");
            return ExitCode::FAILURE;
        }
    };
    for lang in trailmap::catalog::Lang::ALL {
        let half = trailmap::catalog::split_lang(&dataset, lang).to_string();
        if let Err(e) = trailmap::catalog::Catalog::from_json(&half) {
            eprintln!("prerender: the {} half does not parse: {e}", lang.code());
            return ExitCode::FAILURE;
        }
        let path = dir.join(format!("data-{}.json", lang.code()));
        if let Err(e) = std::fs::write(&path, half) {
            eprintln!("prerender: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!("prerender: data-ko.json, data-en.json");
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let (Some("--data"), Some(dir)) = (args.first().map(String::as_str), args.get(1)) {
        return write_data(Path::new(dir));
    }
    let (dir, public_url) = match (args.first(), args.get(1)) {
        (Some(d), Some(u)) => (Path::new(d), u.as_str()),
        _ => {
            eprintln!("usage: prerender DIR PUBLIC_URL [SITE_URL]");
            return ExitCode::from(2);
        }
    };
    let site_url = args
        .get(2)
        .cloned()
        .or_else(|| std::env::var("TRAILMAP_SITE_URL").ok())
        .filter(|u| !u.trim().is_empty());
    let index = trailmap::catalog::bundled();
    if let Some(e) = &index.load_error {
        eprintln!("prerender: the dataset could not be read: {e}");
        return ExitCode::FAILURE;
    }
    let shell = match std::fs::read_to_string(dir.join("index.html")) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("prerender: {}: {e}", dir.join("index.html").display());
            return ExitCode::FAILURE;
        }
    };
    let site = Site::new(public_url, site_url.as_deref());
    let pages = match render_all(index, &shell, &site) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    for (file, html) in &pages {
        let path = dir.join(file);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, html));
        if let Err(e) = written {
            eprintln!("prerender: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!("prerender: {} pages", pages.len());
    ExitCode::SUCCESS
}
