//! The catalog the app runs on: the whole dataset in native builds, in the wasm the language
//! files installed at start-up, and a generation counter for what is derived from it.

#[cfg(not(target_arch = "wasm32"))]
use super::DATASET_JSON;
use super::{Catalog, Indexed, Lang};
#[cfg(target_arch = "wasm32")]
use std::sync::OnceLock;

/// The catalog the app runs on. Natively the whole dataset, parsed on first use; in the
/// wasm whatever `install` put there at start-up (an empty catalog before that, which no
/// view sees: the app mounts only once the data is in).
#[cfg(not(target_arch = "wasm32"))]
fn current() -> &'static Indexed {
    static BUNDLED: std::sync::LazyLock<Indexed> =
        std::sync::LazyLock::new(|| Indexed::parse(DATASET_JSON));
    &BUNDLED
}

#[cfg(target_arch = "wasm32")]
static INSTALLED: OnceLock<Indexed> = OnceLock::new();

#[cfg(target_arch = "wasm32")]
fn current() -> &'static Indexed {
    static EMPTY: std::sync::LazyLock<Indexed> =
        std::sync::LazyLock::new(|| Indexed::new(Catalog::default()));
    INSTALLED.get().unwrap_or(&EMPTY)
}

/// Make `catalog` (one language's data file, parsed) the app's catalog, once per page. The
/// other language is added later with [`Catalog::fill_language`] on the same value.
#[cfg(target_arch = "wasm32")]
pub fn install(catalog: Catalog) -> Result<(), &'static str> {
    INSTALLED
        .set(Indexed::new(catalog))
        .map_err(|_| "the catalog is already installed")
}

/// Bumped whenever texts are added to the app's catalog: what is derived from it (the search
/// index) is rebuilt when this changes.
static GENERATION: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// How many times texts have been added to the app's catalog (see [`add_language`]).
pub fn generation() -> u32 {
    GENERATION.load(std::sync::atomic::Ordering::Acquire)
}

/// Add `lang`'s texts from `other` (that language's data file, parsed) to the app's catalog,
/// in place: see [`Catalog::fill_language`].
pub fn add_language(other: &Catalog, lang: Lang) -> Result<(), String> {
    current().catalog.fill_language(other, lang)?;
    GENERATION.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    Ok(())
}

/// Native builds carry the whole dataset: nothing to install.
#[cfg(not(target_arch = "wasm32"))]
pub fn install(_catalog: Catalog) -> Result<(), &'static str> {
    Err("native builds carry the whole dataset")
}

/// The dataset the app runs on.
pub fn bundled() -> &'static Indexed {
    current()
}

/// Shorthand for the app's catalog.
pub fn catalog() -> &'static Catalog {
    &current().catalog
}
