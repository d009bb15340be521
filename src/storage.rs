//! The browser edge of `prefs`: localStorage, backups of unreadable data, other tabs.
//!
//! Uses `web_sys::Storage` through fallible calls only: gloo-storage's `raw()`/`get()` throw
//! (and so kill the wasm app) when storage is disabled, which private modes do.

use crate::catalog::bundled;
use crate::prefs::{self, storage_keys, LoadProblem, Prefs};
use leptos::prelude::*;

/// Something about saved data the user must be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// Storage can't be used: changes live in memory only.
    Unavailable,
    /// A write failed (quota): the previous saved state is intact.
    Full,
    /// Some saved data was unreadable; the original was backed up.
    Recovered,
}

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
                        if back_up(&storage, raw)
                            && storage
                                .set_item(storage_keys::PREFS, &loaded.prefs.to_json())
                                .is_ok()
                        {
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

    pub fn prefs(&self) -> RwSignal<Prefs> {
        self.prefs
    }

    pub fn notice(&self) -> RwSignal<Option<StorageNotice>> {
        self.notice
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
        let json = self.prefs.with_untracked(Prefs::to_json);
        let written = local_storage()
            .map(|s| s.set_item(storage_keys::PREFS, &json).is_ok())
            .unwrap_or(false);
        if !written {
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

pub fn use_store() -> Store {
    use_context::<Store>().unwrap_or_else(provide_store)
}
