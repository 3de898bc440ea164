//! The Content-Security-Policy of every page: our own scripts, styles and images only, plus
//! the one inline module script that starts the browser bundle, allowed by this response's nonce.

use leptos::nonce::use_nonce;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

/// The policy for a response. `nonce` is the value that marks this page's inline script;
/// without one (static files, server-function answers) no inline script may run at all.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let inline = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self'{inline} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Sets the page's policy on the response being rendered.
pub fn send_content_security_policy() {
    if let Some(response) = use_context::<ResponseOptions>() {
        let nonce = use_nonce();
        let policy = content_security_policy(nonce.as_deref());
        if let Ok(value) = axum::http::HeaderValue::from_str(&policy) {
            response.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_the_nonce_and_wasm_and_nothing_foreign() {
        let policy = content_security_policy(Some("abc123"));
        assert!(policy.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval';"));
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(!policy.contains("unsafe-inline"));
        assert!(
            !policy.contains("http"),
            "no foreign origin is named: {policy}"
        );
    }

    #[test]
    fn without_a_nonce_no_inline_script_is_allowed() {
        let policy = content_security_policy(None);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval';"));
        assert!(!policy.contains("nonce"));
    }
}
