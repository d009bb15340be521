//! The per-project decision editor: status and a short note (always plain text).

use crate::app::{tr, use_lang};
use crate::catalog::Project;
use crate::components::cards::decision_key;
use crate::i18n::K;
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
    let on_note = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        store.update(|p| p.set_note(id, &value));
    };
    let value_of = move || current.get().map(|d| d.id()).unwrap_or("");
    view! {
        <div class="tm-decision" data-decision=id>
            <label for=select_id.clone()>
                {tr(K::Decision)}
                <span class="tm-visually-hidden">{format!(": {}", project.name)}</span>
            </label>
            <select id=select_id on:change=on_status prop:value=value_of>
                <option value="" selected=move || current.get().is_none()>{tr(K::DecisionNone)}</option>
                {Decision::ALL.into_iter().map(|d| view! {
                    <option value=d.id() selected=move || current.get() == Some(d)>
                        {move || decision_key(Some(d)).get(lang.get())}
                    </option>
                }).collect_view()}
            </select>
            <label for=note_id.clone()>
                {tr(K::Note)}
                <span class="tm-visually-hidden">{format!(": {}", project.name)}</span>
            </label>
            <textarea id=note_id rows="2" maxlength="500" placeholder=tr(K::NotePlaceholder)
                prop:value=move || note.get() on:change=on_note></textarea>
        </div>
    }
}
