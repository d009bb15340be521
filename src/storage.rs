//! The browser edge of `prefs`: localStorage through gloo-storage, backups, other tabs.
