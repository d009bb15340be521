//! Keyboard shortcuts: the pure key → action mapping, the window key listener that performs
//! the actions (calling what the buttons call), and the help dialog (`?`).

use crate::catalog::bundled;
use crate::dom::document;
use crate::dom::focus::{active_element, html_element};
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use crate::pages::trail::set_trail_query;
use crate::query::TrailQuery;
use crate::routes;
use crate::storage::use_store;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The id of the trail's search box (rendered by the filter bar).
pub const SEARCH_INPUT_ID: &str = "tm-search-input";
/// The id of the help dialog.
pub const HELP_DIALOG_ID: &str = "tm-shortcuts";

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    FocusSearch,
    ClearSearch,
    NextStage,
    PrevStage,
    Bookmark,
    Compare,
    Help,
}

/// Where the keyboard focus is when a key is pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The trail's search box.
    Search,
    /// Any other place that takes typing: text inputs, text areas, selects, editable content.
    Field,
    /// Anywhere else (links, buttons, checkboxes, the page itself).
    Other,
}

/// A key press, reduced to what the mapping needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyPress<'a> {
    /// `KeyboardEvent.key`.
    pub key: &'a str,
    /// Ctrl, Alt or Meta held (Shift is part of the key: `?` is Shift+/).
    pub modifier: bool,
    /// An input method is composing text (Korean input, for one).
    pub composing: bool,
    pub focus: Focus,
}

/// The action a key press triggers, if any. Shortcuts never fire while typing in a field or
/// with Ctrl/Alt/Meta; the one exception is Esc in the search box, which clears it.
pub fn action_for(press: KeyPress) -> Option<Action> {
    if press.modifier || press.composing {
        return None;
    }
    match press.focus {
        Focus::Search => (press.key == "Escape").then_some(Action::ClearSearch),
        Focus::Field => None,
        Focus::Other => match press.key {
            "/" => Some(Action::FocusSearch),
            "?" => Some(Action::Help),
            "j" => Some(Action::NextStage),
            "k" => Some(Action::PrevStage),
            "b" => Some(Action::Bookmark),
            "c" => Some(Action::Compare),
            _ => None,
        },
    }
}

/// The stage to move to from `current` (the index of the stage holding focus, if any) among
/// `len` visible stages. Without a current stage, forward starts at the first, back at the last.
pub fn step_stage(current: Option<usize>, len: usize, forward: bool) -> Option<usize> {
    if len == 0 {
        return None;
    }
    Some(match (current, forward) {
        (None, true) => 0,
        (None, false) => len - 1,
        (Some(i), true) => (i + 1).min(len - 1),
        (Some(i), false) => i.saturating_sub(1).min(len - 1),
    })
}

/// The keys listed in the help dialog. Key caps are not translated.
const HELP_ROWS: &[(&[&str], K)] = &[
    (&["/"], K::ShortcutFocusSearch),
    (&["Esc"], K::ShortcutEscape),
    (&["j"], K::ShortcutNextStage),
    (&["k"], K::ShortcutPrevStage),
    (&["b"], K::ShortcutBookmark),
    (&["c"], K::ShortcutCompare),
    (&["?"], K::ShortcutHelp),
];

thread_local! {
    /// What had focus before the help dialog opened, to give focus back when it closes.
    static OPENER: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
}

fn focus_of(el: Option<&web_sys::Element>) -> Focus {
    let Some(el) = el else {
        return Focus::Other;
    };
    if el.id() == SEARCH_INPUT_ID {
        return Focus::Search;
    }
    let editable = el
        .clone()
        .dyn_into::<web_sys::HtmlElement>()
        .map(|h| h.is_content_editable())
        .unwrap_or(false);
    match el.tag_name().to_ascii_lowercase().as_str() {
        "textarea" | "select" => Focus::Field,
        "input" => {
            let kind = el.get_attribute("type").unwrap_or_default();
            match kind.to_ascii_lowercase().as_str() {
                "checkbox" | "radio" | "button" | "submit" | "reset" | "file" | "range"
                | "color" => Focus::Other,
                _ => Focus::Field,
            }
        }
        _ if editable => Focus::Field,
        _ => Focus::Other,
    }
}

fn help_dialog() -> Option<web_sys::HtmlDialogElement> {
    document()?
        .get_element_by_id(HELP_DIALOG_ID)?
        .dyn_into::<web_sys::HtmlDialogElement>()
        .ok()
}

/// Open the shortcuts help as a modal dialog, remembering what had focus.
pub fn open_help() {
    let Some(dialog) = help_dialog() else {
        return;
    };
    if dialog.open() {
        return;
    }
    let opener = active_element().and_then(html_element);
    OPENER.with(|o| *o.borrow_mut() = opener);
    let _ = dialog.show_modal();
}

fn close_help() {
    if let Some(dialog) = help_dialog() {
        dialog.close();
    }
}

/// Give focus back to what had it before the dialog opened (if it is still on the page).
fn restore_focus() {
    let opener = OPENER.with(|o| o.borrow_mut().take());
    if let Some(el) = opener.filter(|e| e.is_connected()) {
        let _ = el.focus();
    }
}

fn focus_search() -> bool {
    let input = document()
        .and_then(|d| d.get_element_by_id(SEARCH_INPUT_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    match input {
        Some(input) => {
            let _ = input.focus();
            input.select();
            true
        }
        None => false,
    }
}

fn move_stage(forward: bool) {
    let Some(doc) = document() else {
        return;
    };
    let Ok(list) = doc.query_selector_all("li[data-stage]") else {
        return;
    };
    let stages: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|e| !e.hidden())
        .collect();
    let current = active_element()
        .and_then(|a| a.closest("li[data-stage]").ok().flatten())
        .and_then(|li| stages.iter().position(|s| s.is_same_node(Some(&li))));
    if let Some(target) = step_stage(current, stages.len(), forward).and_then(|i| stages.get(i)) {
        let _ = target.focus();
    }
}

/// The project a shortcut acts on: the card (or list item) holding focus that offers the
/// `control` toggle (`bookmark` or `compare`), else the project page.
fn focused_project(control: &str) -> Option<String> {
    let selector = format!("[data-action=\"{control}\"]");
    let in_focus = active_element()
        .and_then(|a| a.closest("[data-project]").ok().flatten())
        .filter(|p| matches!(p.query_selector(&selector), Ok(Some(_))));
    let holder = match in_focus {
        Some(p) => p,
        None => document()?
            .query_selector("article.tm-project[data-project]")
            .ok()??,
    };
    holder.get_attribute("data-project")
}

/// "Bookmarked: Prometheus", after a toggle.
fn announce(id: &str, on: bool, yes: K, no: K, lang: crate::catalog::Lang) -> String {
    let name = bundled().project(id).map(|p| p.name.as_str()).unwrap_or(id);
    format!("{}: {name}", if on { yes.get(lang) } else { no.get(lang) })
}

/// Listens for shortcut keys on the window and holds the help dialog.
#[component]
pub fn Shortcuts() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let location = use_location();
    let navigate = use_navigate();
    let announcement = RwSignal::new(String::new());
    // `/` away from the trail goes to the trail first, then focuses the search box.
    let search_pending = RwSignal::new(false);

    Effect::new(move |_| {
        let _ = location.pathname.get();
        if search_pending.get_untracked() {
            // After the route's own focus handling (next frame).
            request_animation_frame(move || {
                request_animation_frame(move || {
                    if focus_search() {
                        search_pending.set(false);
                    }
                })
            });
        }
    });

    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() || ev.repeat() {
            return;
        }
        let dialog_open = help_dialog().is_some_and(|d| d.open());
        if dialog_open {
            // The dialog handles its own keys (Esc closes it).
            return;
        }
        let key = ev.key();
        let press = KeyPress {
            key: &key,
            modifier: ev.ctrl_key() || ev.alt_key() || ev.meta_key(),
            composing: ev.is_composing(),
            focus: focus_of(active_element().as_ref()),
        };
        let Some(action) = action_for(press) else {
            return;
        };
        ev.prevent_default();
        let lang = lang.get_untracked();
        match action {
            Action::FocusSearch => {
                if !focus_search() {
                    search_pending.set(true);
                    navigate(routes::TRAIL, Default::default());
                }
            }
            Action::ClearSearch => {
                // What the search chip's remove button does.
                let (current, _) = TrailQuery::parse(&location.search.get_untracked(), bundled());
                let mut query = current.clone();
                query.q.clear();
                set_trail_query(&navigate, &current, &query);
            }
            Action::NextStage => move_stage(true),
            Action::PrevStage => move_stage(false),
            Action::Help => open_help(),
            // What the star button and the compare button do.
            Action::Bookmark => {
                if let Some(id) = focused_project("bookmark") {
                    let on = store.toggle_bookmark(&id);
                    let text = announce(&id, on, K::Bookmarked, K::BookmarkRemoved, lang);
                    announcement.set(text);
                }
            }
            Action::Compare => {
                if let Some(id) = focused_project("compare") {
                    let text = match store.toggle_compare(&id) {
                        Ok(on) => announce(&id, on, K::InCompare, K::RemovedFromCompare, lang),
                        Err(_) => K::CompareLimit.get(lang).to_string(),
                    };
                    announcement.set(text);
                }
            }
        }
    });
    on_cleanup(move || handle.remove());

    view! {
        <p class="tm-visually-hidden" role="status" aria-live="polite" data-shortcut-status="">
            {move || announcement.get()}
        </p>
        <dialog id=HELP_DIALOG_ID class="tm-dialog" aria-labelledby="tm-shortcuts-title"
            on:close=move |_| restore_focus()>
            <h2 id="tm-shortcuts-title">{tr(K::ShortcutsHelp)}</h2>
            <p>{tr(K::ShortcutsIntro)}</p>
            <dl>
                {HELP_ROWS.iter().map(|(keys, what)| view! {
                    <dt>{keys.iter().map(|k| view! { <kbd>{*k}</kbd> }).collect_view()}</dt>
                    <dd>{tr(*what)}</dd>
                }).collect_view()}
            </dl>
            <button type="button" class="tm-button tm-button--primary" on:click=move |_| close_help()>
                {tr(K::Close)}
            </button>
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str, focus: Focus) -> Option<Action> {
        action_for(KeyPress {
            key,
            modifier: false,
            composing: false,
            focus,
        })
    }

    #[test]
    fn keys_map_to_actions_outside_fields() {
        assert_eq!(press("/", Focus::Other), Some(Action::FocusSearch));
        assert_eq!(press("?", Focus::Other), Some(Action::Help));
        assert_eq!(press("j", Focus::Other), Some(Action::NextStage));
        assert_eq!(press("k", Focus::Other), Some(Action::PrevStage));
        assert_eq!(press("b", Focus::Other), Some(Action::Bookmark));
        assert_eq!(press("c", Focus::Other), Some(Action::Compare));
        assert_eq!(press("x", Focus::Other), None);
        assert_eq!(press("J", Focus::Other), None);
        assert_eq!(press("Escape", Focus::Other), None);
    }

    #[test]
    fn typing_never_triggers_shortcuts() {
        for key in ["/", "?", "j", "k", "b", "c", "Escape"] {
            assert_eq!(press(key, Focus::Field), None, "{key} in a field");
        }
        for key in ["/", "?", "j", "k", "b", "c"] {
            assert_eq!(press(key, Focus::Search), None, "{key} in the search box");
        }
        assert_eq!(press("Escape", Focus::Search), Some(Action::ClearSearch));
    }

    #[test]
    fn modifiers_and_composition_disable_shortcuts() {
        for (modifier, composing) in [(true, false), (false, true)] {
            for focus in [Focus::Other, Focus::Search] {
                let got = action_for(KeyPress {
                    key: if focus == Focus::Search {
                        "Escape"
                    } else {
                        "b"
                    },
                    modifier,
                    composing,
                    focus,
                });
                assert_eq!(got, None);
            }
        }
    }

    #[test]
    fn stage_steps_stop_at_the_ends() {
        assert_eq!(step_stage(None, 10, true), Some(0));
        assert_eq!(step_stage(None, 10, false), Some(9));
        assert_eq!(step_stage(Some(3), 10, true), Some(4));
        assert_eq!(step_stage(Some(3), 10, false), Some(2));
        assert_eq!(step_stage(Some(9), 10, true), Some(9));
        assert_eq!(step_stage(Some(0), 10, false), Some(0));
        assert_eq!(step_stage(None, 0, true), None);
        // A stale index after filtering is clamped.
        assert_eq!(step_stage(Some(7), 3, false), Some(2));
    }

    #[test]
    fn every_help_row_has_a_key() {
        assert!(HELP_ROWS.iter().all(|(keys, _)| !keys.is_empty()));
    }
}
