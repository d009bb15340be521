//! The per-project decision editor: status and a short note (always plain text).

use crate::catalog::Project;
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use crate::prefs::Decision;
use crate::storage::use_store;
use leptos::prelude::*;

#[component]
pub fn DecisionEditor(project: &'static Project) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let id = project.id.as_str();
    let current = Memo::new(move |_| store.prefs().with(|p| p.decision(id)));
    let note = Memo::new(move |_| store.prefs().with(|p| p.note(id).to_string()));
    let select_id = format!("decision-{id}");
    let note_id = format!("note-{id}");
    let on_status = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        store.update(|p| p.set_decision(id, Decision::from_id(&value)));
    };
    // Saved as it is typed (so nothing is lost when the tab closes), but the stored, cleaned
    // note is written back into the box only while the user is not typing in it: cleaning
    // trims, and putting " " back mid-word would eat spaces and move the caret.
    let note_ref = NodeRef::<leptos::html::Textarea>::new();
    let typing = RwSignal::new(false);
    let on_note = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        store.update(|p| p.set_note(id, &value));
    };
    Effect::new(move |_| {
        let text = note.get();
        if !typing.get() {
            if let Some(el) = note_ref.get() {
                if el.value() != text {
                    el.set_value(&text);
                }
            }
        }
    });
    let value_of = move || current.get().map(|d| d.id()).unwrap_or("");
    // The visible label says "Decision"; the name adds which project (one page lists many).
    // An aria-label, because a visually hidden span inside the label is announced with a
    // stray space ("Decision : Docker").
    let name_for = move |k: K| format!("{}: {}", k.get(lang.get()), project.name);
    view! {
        <div class="tm-decision" data-decision=id>
            <label for=select_id.clone()>{tr(K::Decision)}</label>
            <select id=select_id on:change=on_status prop:value=value_of aria-label=move || name_for(K::Decision)>
                <option value="" selected=move || current.get().is_none()>{tr(K::DecisionNone)}</option>
                {Decision::ALL.into_iter().map(|d| view! {
                    <option value=d.id() selected=move || current.get() == Some(d)>
                        {move || d.label().get(lang.get())}
                    </option>
                }).collect_view()}
            </select>
            <label for=note_id.clone()>{tr(K::Note)}</label>
            <textarea id=note_id aria-label=move || name_for(K::Note) rows="2" maxlength=crate::prefs::NOTE_MAX_CHARS placeholder=tr(K::NotePlaceholder)
                node_ref=note_ref on:input=on_note
                on:focus=move |_| typing.set(true) on:blur=move |_| typing.set(false)></textarea>
        </div>
    }
}
