//! Build script: writes the dataset the app bundles, minified, to `$OUT_DIR/dataset.json`.
//!
//! `src/catalog.rs` includes that file with `include_str!`. Minifying here keeps the source
//! file readable while the wasm carries no indentation (about 60 KB less raw wasm).

use std::env;
use std::fs;
use std::path::PathBuf;

/// Drop whitespace outside strings. Token-preserving, so a malformed or duplicate-key file
/// fails exactly as it would have before: the strict deserializer still sees the same JSON.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
        }
    }
    out
}

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let source = root.join("data/trailmap.json");
    println!("cargo:rerun-if-changed={}", source.display());
    let json = fs::read_to_string(&source)
        .unwrap_or_else(|e| panic!("cannot read dataset {}: {e}", source.display()));
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("dataset.json");
    fs::write(&out, minify(&json))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
