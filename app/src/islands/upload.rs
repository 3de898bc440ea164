//! A file's progress while it uploads. The upload is a plain form post that works without
//! JavaScript (the browser shows only its own spinner); with JavaScript the same post is sent
//! from the page, which shows how much has gone and says so politely, then goes where the
//! server sent it (the page again, saying the file was added or why it was not).

use leptos::prelude::*;

/// What the progress says, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct UploadWords {
    /// "Sent so far"
    pub sent_so_far: String,
    /// "Uploading your file. Stay on this page until it has gone."
    pub uploading: String,
    /// "The file could not be sent. …"
    pub failed: String,
}

/// Wraps the upload form (`children`) and the progress shown under it.
#[island]
pub fn UploadProgress(words: UploadWords, children: Children) -> impl IntoView {
    let UploadWords {
        sent_so_far,
        uploading,
        failed: failed_words,
    } = words;
    // Percent sent, while sending.
    let sent = RwSignal::new(None::<u32>);
    let failed = RwSignal::new(false);
    let awake = super::awake();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        send::form(ev, sent, failed);
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    view! {
        <div on:submit=on_submit data-ready=move || if awake.get() { "true" } else { "false" }>{children()}</div>
        {move || sent.get().map(|percent| view! {
            <p class="upload-progress">
                <label for="upload-progress">{sent_so_far.clone()}</label>
                " "
                <progress id="upload-progress" max="100" value=percent>{format!("{percent}%")}</progress>
            </p>
        })}
        <div class="upload-status" aria-live="polite">
            {move || sent.get().map(|_| view! { <p>{uploading.clone()}</p> })}
            {move || failed.get().then(|| view! {
                <p class="error-message">{failed_words.clone()}</p>
            })}
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod send {
    use leptos::prelude::*;
    use leptos::wasm_bindgen::closure::Closure;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{FormData, HtmlFormElement, ProgressEvent, XmlHttpRequest};

    /// Sends the form `ev` is submitting with its progress shown in `sent`.
    pub(super) fn form(
        ev: leptos::ev::SubmitEvent,
        sent: RwSignal<Option<u32>>,
        failed: RwSignal<bool>,
    ) {
        let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        let (Ok(body), Ok(request)) = (FormData::new_with_form(&form), XmlHttpRequest::new())
        else {
            return; // the browser posts it itself
        };
        ev.prevent_default();
        failed.set(false);
        sent.set(Some(0));
        if let Ok(upload) = request.upload() {
            let on_progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |p: ProgressEvent| {
                if p.length_computable() && p.total() > 0.0 {
                    sent.set(Some((p.loaded() / p.total() * 100.0).round() as u32));
                }
            });
            upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
            on_progress.forget();
        }
        let answered = request.clone();
        let on_load = Closure::once_into_js(move || {
            // The server answered with the page to go to (followed from its redirect).
            let next = answered.response_url();
            if next.is_empty() {
                sent.set(None);
                failed.set(true);
            } else {
                let _ = window().location().assign(&next);
            }
        });
        request.set_onload(Some(on_load.unchecked_ref()));
        let on_error = Closure::once_into_js(move || {
            sent.set(None);
            failed.set(true);
        });
        request.set_onerror(Some(on_error.unchecked_ref()));
        if request.open("POST", &form.action()).is_err()
            || request.send_with_opt_form_data(Some(&body)).is_err()
        {
            sent.set(None);
            failed.set(true);
        }
    }
}
