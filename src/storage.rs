//! The browser edge of `prefs`: localStorage, backups of unreadable data, other tabs.
//!
//! Storage is probed first with fallible `web_sys` calls: gloo-storage's `raw()` throws (and
//! so kills the wasm app) when storage is disabled, which private modes do. Once the probe
//! has succeeded, the saved state is written with gloo-storage's typed `set`. Two paths stay
//! on raw text, because a typed call would lose data (see `prefs::load` tests
//! `typed_reading_would_lose_a_whole_file` and `backups_must_be_raw_text`):
//! - reading saved state: one unreadable entry would make a typed `get` drop the whole file,
//!   and the backup needs the exact original text;
//! - writing a backup: a typed `set` of the text would store it JSON-quoted, not as it was.

use crate::catalog::bundled;
use crate::compare;
pub use crate::prefs::StorageNotice;
use crate::prefs::{self, storage_keys, LoadProblem, Prefs};
use gloo_storage::{LocalStorage, Storage as _};
use leptos::prelude::*;

/// The user's saved state, shared through context.
#[derive(Clone, Copy)]
pub struct Store {
    prefs: RwSignal<Prefs>,
    notice: RwSignal<Option<StorageNotice>>,
    persistent: StoredValue<bool>,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Storage that can really be written (Safari's old private mode reports storage but throws).
fn writable_storage() -> Option<web_sys::Storage> {
    let storage = local_storage()?;
    let probe = "trailmap:probe";
    storage.set_item(probe, "1").ok()?;
    storage.remove_item(probe).ok()?;
    Some(storage)
}

/// Keep the unreadable original under a backup key (`trailmap:backup:<n>`, the first free
/// n; none when an identical copy is already kept). Returns false if that failed.
fn back_up(storage: &web_sys::Storage, raw: &str) -> bool {
    for n in 1..1000 {
        let key = format!("{}{n}", storage_keys::BACKUP_PREFIX);
        match storage.get_item(&key) {
            Ok(Some(existing)) if existing == raw => return true,
            Ok(Some(_)) => continue,
            Ok(None) => return storage.set_item(&key, raw).is_ok(),
            Err(_) => return false,
        }
    }
    false
}

/// Write the saved state (typed, through gloo-storage). Only called once the probe found
/// storage writable: `LocalStorage::raw()` throws otherwise. Stores exactly `to_json()`.
fn write(prefs: &Prefs) -> bool {
    LocalStorage::set(storage_keys::PREFS, prefs).is_ok()
}

impl Store {
    /// Read saved state once at start-up.
    pub fn load() -> Store {
        let index = bundled();
        let (prefs, notice, persistent) = match writable_storage() {
            None => (Prefs::default(), Some(StorageNotice::Unavailable), false),
            Some(storage) => {
                let raw = storage.get_item(storage_keys::PREFS).ok().flatten();
                let loaded = prefs::load(raw.as_deref(), index);
                let mut notice = None;
                let mut persistent = true;
                if loaded.needs_backup() {
                    if let Some(raw) = &raw {
                        // Never overwrite what we could not read without a copy of it. With
                        // the copy kept, write what was recovered at once, so the next start
                        // reads it cleanly (and makes no second backup).
                        if back_up(&storage, raw) && write(&loaded.prefs) {
                            notice = Some(StorageNotice::Recovered);
                        } else {
                            // No copy could be made: leave the original untouched, keep
                            // changes in memory and say so.
                            notice = Some(StorageNotice::Full);
                            persistent = false;
                        }
                    }
                }
                if let Some(LoadProblem::UnknownVersion(v)) = loaded.problem {
                    // A newer app wrote this; its original is in the backup.
                    leptos::logging::warn!("saved data has version {v}; kept readable entries");
                }
                (loaded.prefs, notice, persistent)
            }
        };
        let mut prefs = prefs;
        if prefs.last_seen_data.is_none() {
            // A first visit (or state that never recorded it) starts at the current dataset:
            // only a later one brings a "what changed" panel.
            prefs.last_seen_data = Some(index.catalog.as_of.clone());
        }
        Store {
            prefs: RwSignal::new(prefs),
            notice: RwSignal::new(notice),
            persistent: StoredValue::new(persistent),
        }
    }

    /// The saved state, read-only: every change goes through `update` or `replace`, which
    /// write it through.
    pub fn prefs(&self) -> ReadSignal<Prefs> {
        self.prefs.read_only()
    }

    pub fn notice(&self) -> ReadSignal<Option<StorageNotice>> {
        self.notice.read_only()
    }

    /// The user has read the notice.
    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    /// Bookmark `id`, or remove its bookmark; returns whether it is bookmarked now. What
    /// the star button and the `b` shortcut do.
    pub fn toggle_bookmark(&self, id: &str) -> bool {
        self.update(|p| p.toggle_bookmark(id));
        self.prefs.with_untracked(|p| p.is_bookmarked(id))
    }

    /// Add `id` to the compare tray, or take it out; returns whether it is in the tray now,
    /// or `Full` when there was no room. What the compare button and the `c` shortcut do.
    pub fn toggle_compare(&self, id: &str) -> Result<bool, compare::Full> {
        let inside = self
            .prefs
            .with_untracked(|p| p.compare.iter().any(|c| c == id));
        if inside {
            self.update(|p| compare::remove(&mut p.compare, id));
            return Ok(false);
        }
        let mut next = self.prefs.with_untracked(|p| p.compare.clone());
        compare::add(&mut next, id)?;
        self.update(|p| p.compare = next);
        Ok(true)
    }

    /// Change the saved state and write it through.
    pub fn update(&self, change: impl FnOnce(&mut Prefs)) {
        self.prefs.update(change);
        self.persist();
    }

    /// Replace the whole saved state (import, clear).
    pub fn replace(&self, next: Prefs) {
        self.prefs.set(next);
        self.persist();
    }

    fn persist(&self) {
        if !self.persistent.get_value() {
            return;
        }
        if !self.prefs.with_untracked(write) {
            self.notice.set(Some(StorageNotice::Full));
        } else if self.notice.get_untracked() == Some(StorageNotice::Full) {
            self.notice.set(None);
        }
    }

    /// Follow changes made in other tabs.
    pub fn follow_other_tabs(&self) {
        let store = *self;
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() != Some(storage_keys::PREFS) {
                return;
            }
            let loaded = prefs::load(ev.new_value().as_deref(), bundled());
            if loaded.problem.is_none() {
                store.prefs.set(loaded.prefs);
            }
        });
        // The listener lives as long as the app.
        std::mem::forget(handle);
    }
}

pub fn provide_store() -> Store {
    let store = Store::load();
    store.follow_other_tabs();
    provide_context(store);
    store
}

/// The saved state. Only views inside `App` may ask: a second store would read storage again
/// and add a second listener for other tabs, so a missing provider is a bug, said loudly.
pub fn use_store() -> Store {
    match use_context::<Store>() {
        Some(store) => store,
        None => panic!("use_store() outside App: no saved state provided"),
    }
}
