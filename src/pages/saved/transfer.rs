//! Export (JSON, Markdown), import with a preview, and clearing everything, on `/saved`.

use crate::catalog::{bundled, catalog};
use crate::dom::download::download;
use crate::i18n::K;
use crate::lang::{tr, use_lang};
use crate::prefs::{
    export_markdown, merge, parse_import, preview, ExportContext, ImportError, ImportPreview,
    Prefs, IMPORT_MAX_BYTES, SHOWN_ID_CHARS,
};
use crate::storage::use_store;
use crate::text::shorten;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// At most this many ids of an import file are listed in its preview.
const PREVIEW_IDS: usize = 20;

/// `ids` for a one-line summary: the first few, shortened, and how many more.
fn id_list(ids: &[String]) -> String {
    let mut shown: Vec<String> = ids
        .iter()
        .take(PREVIEW_IDS)
        .map(|id| shorten(id, SHOWN_ID_CHARS))
        .collect();
    if ids.len() > PREVIEW_IDS {
        shown.push(format!("… +{}", ids.len() - PREVIEW_IDS));
    }
    shown.join(", ")
}

#[derive(Clone, PartialEq)]
struct PendingImport {
    incoming: Prefs,
    dropped: Vec<String>,
}

#[component]
pub(super) fn Transfer() -> impl IntoView {
    let lang = use_lang();
    let store = use_store();
    let data = catalog();
    let prefs = store.prefs();
    let pending = RwSignal::new(None::<PendingImport>);
    let import_error = RwSignal::new(None::<ImportError>);
    let import_done = RwSignal::new(false);
    let export_failed = RwSignal::new(false);

    let export_json = move |_| {
        let json = prefs.with_untracked(Prefs::to_json);
        export_failed.set(!download("trailmap-saved.json", "application/json", &json));
    };
    let export_md = move |_| {
        let (base, date) = (
            crate::dom::app_base().unwrap_or_default(),
            crate::dom::today(),
        );
        let ctx = ExportContext {
            app_url: &base,
            date: &date,
        };
        let md = prefs.with_untracked(|p| export_markdown(p, data, lang.get_untracked(), &ctx));
        export_failed.set(!download("trailmap-stack.md", "text/markdown", &md));
    };
    let on_file = move |ev: leptos::ev::Event| {
        import_done.set(false);
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        if let Some(i) = &input {
            i.set_value("");
        }
        // Refuse huge files before reading them.
        if file.size() > IMPORT_MAX_BYTES as f64 {
            pending.set(None);
            import_error.set(Some(ImportError::TooLarge));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            let parsed = text
                .map(|t| parse_import(&t, bundled()))
                .unwrap_or(Err(ImportError::NotJson { line: 0, column: 0 }));
            match parsed {
                Ok((incoming, dropped)) => {
                    import_error.set(None);
                    pending.set(Some(PendingImport { incoming, dropped }));
                }
                Err(e) => {
                    pending.set(None);
                    import_error.set(Some(e));
                }
            }
        });
    };
    let applied = Callback::new(move |()| import_done.set(true));

    view! {
        <section class="tm-transfer" aria-labelledby="transfer-title">
            <h2 id="transfer-title">{tr(K::ExportJson)} " · " {tr(K::Import)}</h2>
            <div class="tm-transfer__row">
                <button type="button" class="tm-button" on:click=export_json>{tr(K::ExportJson)}</button>
                <button type="button" class="tm-button" on:click=export_md>{tr(K::ExportMarkdown)}</button>
            </div>
            {move || export_failed.get().then(|| view! {
                <p class="tm-notice tm-notice--error" role="alert" data-notice="export">{tr(K::ExportFailed)}</p>
            })}
            <div class="tm-transfer__row">
                <label for="tm-import-file">{tr(K::ImportFile)}</label>
                <input id="tm-import-file" type="file" accept="application/json,.json" on:change=on_file />
            </div>
            {move || import_error.get().map(|e| view! {
                <p class="tm-notice tm-notice--error" role="alert">{tr(K::ImportRejected)} " " {move || e.message(lang.get())}</p>
            })}
            {move || import_done.get().then(|| view! { <p class="tm-notice tm-notice--info" role="status">{tr(K::ImportDone)}</p> })}
            {move || pending.get().map(|p| view! { <ImportChoice pending p applied /> })}
        </section>
    }
}

/// What merging or replacing would change, and the buttons that do it.
#[component]
fn ImportChoice(
    pending: RwSignal<Option<PendingImport>>,
    p: PendingImport,
    applied: Callback<()>,
) -> impl IntoView {
    let store = use_store();
    let prefs = store.prefs();
    let (merged_preview, replaced_preview) = prefs.with_untracked(|cur| {
        (
            preview(cur, &merge(cur, &p.incoming), p.dropped.clone()),
            preview(cur, &cur.replaced_by(&p.incoming), p.dropped.clone()),
        )
    });
    // Applied to the saved state as it is at the click.
    let incoming = StoredValue::new(p.incoming);
    let apply = move |replace: bool| {
        let next = prefs.with_untracked(|cur| {
            incoming.with_value(|inc| {
                if replace {
                    cur.replaced_by(inc)
                } else {
                    merge(cur, inc)
                }
            })
        });
        store.replace(next);
        pending.set(None);
        applied.run(());
    };
    view! {
        <div class="tm-import-preview" role="region" aria-labelledby="preview-title">
            <h3 id="preview-title">{tr(K::ImportPreview)}</h3>
            <ImportSummary label=K::ImportMerge preview=merged_preview />
            <ImportSummary label=K::ImportReplace preview=replaced_preview />
            <div class="tm-transfer__row">
                <button type="button" class="tm-button tm-button--primary" on:click=move |_| apply(false)>{tr(K::ImportMerge)}</button>
                <button type="button" class="tm-button" on:click=move |_| apply(true)>{tr(K::ImportReplace)}</button>
                <button type="button" class="tm-button tm-button--ghost" on:click=move |_| pending.set(None)>{tr(K::ImportCancel)}</button>
            </div>
        </div>
    }
}

/// "Clear all saved data", confirmed first.
#[component]
pub(super) fn ClearAll() -> impl IntoView {
    let store = use_store();
    let confirm = RwSignal::new(false);
    view! {
        <section class="tm-danger" aria-labelledby="danger-title">
            <h2 id="danger-title">{tr(K::ClearSaved)}</h2>
            <Show when=move || confirm.get() fallback=move || view! {
                <button type="button" class="tm-button tm-button--danger" on:click=move |_| confirm.set(true)>{tr(K::ClearSaved)}</button>
            }>
                <div role="alertdialog" aria-labelledby="clear-confirm-text" class="tm-confirm">
                    <p id="clear-confirm-text">{tr(K::ClearConfirm)}</p>
                    <button type="button" class="tm-button tm-button--danger" on:click=move |_| {
                        store.replace(store.prefs().with_untracked(Prefs::cleared));
                        confirm.set(false);
                    }>{tr(K::ConfirmClear)}</button>
                    <button type="button" class="tm-button" on:click=move |_| confirm.set(false)>{tr(K::ImportCancel)}</button>
                </div>
            </Show>
        </section>
    }
}

#[component]
pub(crate) fn ImportSummary(label: K, preview: ImportPreview) -> impl IntoView {
    let lang = use_lang();
    // "Merge: 3 bookmarks added, 4 decisions changed." then the ids left out, by name.
    let line = move || {
        let l = lang.get();
        let mut text = format!("{}: {}", label.get(l), preview.sentence(l));
        if !preview.unknown_ids_dropped.is_empty() {
            text.push_str(&format!(
                " {} {}",
                K::UnknownIdsDropped.get(l),
                id_list(&preview.unknown_ids_dropped)
            ));
        }
        text
    };
    view! { <p class="tm-import-preview__line">{line}</p> }
}
