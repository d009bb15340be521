//! The per-project decision editor: status and a short note (always plain text).

use crate::advice::{successor, warns_on_decision};
use crate::catalog::{bundled, Project};
use crate::components::links::A;
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use crate::prefs::Decision;
use crate::routes;
use crate::storage::use_store;
use leptos::prelude::*;

/// `compact` (the project page): a small select with the note folded away until there is
/// one, or until a decision is chosen; otherwise (the saved page) both fields in full.
#[component]
pub fn DecisionEditor(project: &'static Project, #[prop(optional)] compact: bool) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let id = project.id.as_str();
    let current = Memo::new(move |_| store.prefs().with(|p| p.decision(id)));
    let select_id = format!("decision-{id}");
    // Opened when a decision is picked, so the reader can say why.
    let note_open = RwSignal::new(store.prefs().with_untracked(|p| !p.note(id).is_empty()));
    let on_status = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        store.update(|p| p.set_decision(id, Decision::from_id(&value)));
        note_open.set(true);
    };
    let value_of = move || current.get().map(|d| d.id()).unwrap_or("");
    // The visible label says "Decision"; the name adds which project (one page lists many).
    // An aria-label, because a visually hidden span inside the label is announced with a
    // stray space ("Decision : Docker").
    let name_for = move |k: K| format!("{}: {}", k.get(lang.get()), project.name);
    let status = view! {
        <span class="tm-decision__status">
            <label for=select_id.clone()>{tr(K::Decision)}</label>
            <select id=select_id on:change=on_status prop:value=value_of aria-label=move || name_for(K::Decision)>
                <option value="" selected=move || current.get().is_none()>{tr(K::DecisionNone)}</option>
                {Decision::ALL.into_iter().map(|d| view! {
                    <option value=d.id() selected=move || current.get() == Some(d)>
                        {move || d.label().get(lang.get())}
                    </option>
                }).collect_view()}
            </select>
        </span>
    };
    let note = if compact {
        view! {
            <details class="tm-decision__note" prop:open=move || note_open.get()
                on:toggle=move |ev| note_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{tr(K::Note)}</summary>
                <NoteField project />
            </details>
        }
        .into_any()
    } else {
        view! { <NoteField project /> }.into_any()
    };
    view! {
        <div class="tm-decision" class:tm-decision--compact=compact data-decision=id>
            {status}
            {note}
            <AdoptWarning project current />
        </div>
    }
}

/// The note box, saved as it is typed.
#[component]
fn NoteField(project: &'static Project) -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let id = project.id.as_str();
    let note = Memo::new(move |_| store.prefs().with(|p| p.note(id).to_string()));
    let note_id = format!("note-{id}");
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
    let name = move || format!("{}: {}", K::Note.get(lang.get()), project.name);
    view! {
        <label class="tm-decision__note-label" for=note_id.clone()>{tr(K::Note)}</label>
        <textarea id=note_id aria-label=name rows="2" maxlength=crate::prefs::NOTE_MAX_CHARS placeholder=tr(K::NotePlaceholder)
            node_ref=note_ref on:input=on_note
            on:focus=move |_| typing.set(true) on:blur=move |_| typing.set(false)></textarea>
    }
}

/// A warning, never a refusal, when an archived project is marked adopted; it names the
/// project that replaced it where the dataset has one.
#[component]
fn AdoptWarning(project: &'static Project, current: Memo<Option<Decision>>) -> impl IntoView {
    let next = successor(bundled(), project);
    view! {
        <div class="tm-decision__warning" role="status">
            {move || warns_on_decision(project, current.get()).then(|| view! {
                <p class="tm-inline-warning" data-warning="adopt-archived">
                    {tr(K::AdoptArchivedWarning)}
                    {next.map(|s| view! {
                        " " {tr(K::SucceededBy)} " " <A href=routes::project(&s.id)>{s.name.clone()}</A>
                    })}
                </p>
            })}
        </div>
    }
}
