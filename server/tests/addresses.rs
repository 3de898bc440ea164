//! Nothing anyone types is ever put in an address (OWASP ASVS 5.0, 14.2.1): every form of the
//! service, posted the way a browser posts it, by someone signed out, a resident and a
//! colleague, with something in every box, sends the browser on to an address without it.

mod common;

use common::{colleague, file_complaint, post_form, signed_in, spawn};
use domain::handling::Role;

/// What is typed into every box: not a valid answer to any of them, so that every form
/// refuses it and sends back what was typed.
const TYPED: &str = "I use a wheelchair and have PTSD 7731";

/// Every name a form of the service sends (a form ignores the names it does not have).
const NAMES: &[&str] = &[
    "email",
    "rent_reference",
    "postcode",
    "dob_day",
    "dob_month",
    "dob_year",
    "code",
    "recovery_code",
    "password",
    "confirm_password",
    "name",
    "token",
    "return_to",
    "contact_method",
    "phone",
    "call_times",
    "language",
    "adjustments",
    "interpreter",
    "large_print",
    "audio",
    "braille",
    "purpose",
    "for_whom",
    "relationship",
    "relationship_other",
    "rep_phone",
    "resident_name",
    "resident_address",
    "resident_reference",
    "consent_method",
    "consent_day",
    "consent_month",
    "consent_year",
    "consent_to",
    "consent_scope",
    "expiry_day",
    "expiry_month",
    "expiry_year",
    "what_happened",
    "incident_day",
    "incident_month",
    "incident_year",
    "already_reported",
    "outcome",
    "late_reason",
    "concern_what",
    "concern_where",
    "danger_now",
    "vulnerable",
    "compliment_who",
    "compliment_what",
    "key",
    "rep_name",
    "rep_email",
    "still_unhappy",
    "outcome_wanted",
    "reason",
    "information",
    "occurred_at",
    "by",
    "contact",
    "about",
    "outcome_sought",
    "working_days",
    "good_reason",
    "decision",
    "reasons",
    "remedy",
    "level",
    "id",
    "consent",
    "decision",
    "invitation",
];

#[tokio::test]
async fn no_form_puts_what_was_typed_in_an_address() {
    let server = spawn().await;
    let resident = signed_in(&server, "alex@example.com").await;
    let reference = file_complaint(&server, &resident).await;
    let staff = colleague(
        &server,
        "sam.patel@calicohomes.org.uk",
        "Sam Patel",
        Role::Administrator,
    )
    .await;
    let mut forms: Vec<&'static str> = leptos::server_fn::axum::server_fn_paths()
        .filter(|(_, method)| method == axum::http::Method::POST)
        .map(|(path, _)| path)
        .collect();
    forms.sort_unstable();
    // Signing out last, so that everything else is tried signed in.
    forms.sort_by_key(|path| path.ends_with("/sign-out"));
    assert!(forms.len() > 30, "every form: {forms:?}");
    let mut fields: Vec<(&str, &str)> = NAMES.iter().map(|name| (*name, TYPED)).collect();
    // So that a complaint's forms get as far as checking what was typed.
    fields.extend([
        ("reference", reference.as_str()),
        ("request", "add-information"),
        ("step", "stage1_acknowledged"),
    ]);
    let mut refused = 0;
    for session in [None, Some(resident.as_str()), Some(staff.as_str())] {
        for form in &forms {
            let response = post_form(&server, "/account", form, &fields, session).await;
            let location = common::location(&response);
            assert!(
                !location.contains("wheelchair")
                    && !location.contains("PTSD")
                    && !location.contains("__err"),
                "{form} sent the browser to {location}"
            );
            refused += usize::from(response.headers().get_all("set-cookie").iter().any(|v| {
                v.to_str().is_ok_and(|v| {
                    v.starts_with("calico_refusal=") && !v.starts_with("calico_refusal=;")
                })
            }));
        }
    }
    assert!(
        refused > 20,
        "the forms were refused ({refused}), with what was typed kept on the server"
    );
}
