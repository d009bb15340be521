//! `IdList`: the comma-joined list value of a facet key (`stage=a,b`). Pure.

use std::convert::Infallible;
use std::fmt;
use std::str::FromStr;

/// An ordered, duplicate-free list of values, written in the URL as one comma-joined value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct IdList(pub Vec<String>);

impl IdList {
    pub fn new() -> IdList {
        IdList(Vec::new())
    }

    pub fn contains(&self, value: &str) -> bool {
        self.0.iter().any(|v| v == value)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    /// Append `value` (trimmed) unless it is already present. Empty values and values with a
    /// comma are refused, because they could not survive the comma-joined URL form.
    /// Returns whether it was added.
    pub fn insert(&mut self, value: &str) -> bool {
        let value = value.trim();
        if value.is_empty() || value.contains(',') || self.contains(value) {
            return false;
        }
        self.0.push(value.to_string());
        true
    }

    pub fn remove(&mut self, value: &str) -> bool {
        let before = self.0.len();
        self.0.retain(|v| v != value.trim());
        self.0.len() != before
    }

    /// Add `value` or, if present, remove it. Returns whether it is now in the list.
    pub fn toggle(&mut self, value: &str) -> bool {
        if self.remove(value) {
            false
        } else {
            self.insert(value)
        }
    }
}

impl FromStr for IdList {
    type Err = Infallible;

    /// Split on commas, trim, drop empties, keep the first of duplicates. Never fails.
    fn from_str(s: &str) -> Result<IdList, Infallible> {
        let mut list = IdList::new();
        for item in s.split(',') {
            list.insert(item);
        }
        Ok(list)
    }
}

impl fmt::Display for IdList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(v)?;
        }
        Ok(())
    }
}

impl<'a> IntoIterator for &'a IdList {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
