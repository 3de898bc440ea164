//! A colleague's second sign-in step: setting up an authenticator app, entering its code or a
//! recovery code; and the administrators' list of colleagues, to reset one.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use super::{notice, query, signed_in};
use crate::api::second_factor::{
    new_recovery_codes, second_factor_page, staff_colleagues, ColleagueView, PassSecondFactor,
    ResetSecondFactor, SecondFactorView, UseRecoveryCode,
};
use crate::components::form::{ButtonForm, ErrorSummary, Form, FormPage, Refusal, TextInput};
use crate::pages::accounts::InfoPage;

/// The QR code as the page shows it: the SVG without its XML declaration.
fn svg_only(svg: &str) -> String {
    svg.find("<svg")
        .map_or_else(String::new, |at| svg[at..].to_owned())
}

#[component]
pub fn SecondFactorPage() -> impl IntoView {
    let form = Form::of::<PassSecondFactor>();
    let error = form.refusal;
    let recovery = Refusal::of::<UseRecoveryCode>();
    signed_in(second_factor_page(), move |view: SecondFactorView| {
        match view {
        SecondFactorView::SetUp { secret, uri, qr_svg } => {
            let qr = svg_only(&qr_svg);
            view! {
                <FormPage form title="Set up your second sign-in step" submit="Continue"
                    intro=move || view! {
                        <p>"The console shows every complaint, so colleagues sign in with a code from an authenticator app on their phone as well as their password."</p>
                        <ol class="bulleted">
                            <li>"Open an authenticator app on your phone (for example Microsoft Authenticator, Google Authenticator, or your password manager)."</li>
                            <li>"Scan this QR code with it:"</li>
                        </ol>
                        <div class="qr-code" role="img" aria-label="QR code to add Calico Account to your authenticator app" inner_html=qr.clone()></div>
                        <p>"If you cannot scan it, choose to enter a setup key in the app, and type this key:"</p>
                        <p><code class="token" data-secret=uri.clone()>{secret.clone()}</code></p>
                        <p>"Then enter the 6-digit code the app shows."</p>
                    }>
                    <TextInput name="code" label="Code from your authenticator app" hint="6 numbers, for example 123456" class="width-10"
                        autocomplete="one-time-code" inputmode="numeric" error />
                </FormPage>
            }
            .into_any()
        }
        SecondFactorView::Ask => view! {
            <FormPage form title="Enter the code from your authenticator app" submit="Continue"
                intro=|| view! { <p>"Open your authenticator app and enter the 6-digit code it shows for Calico Account."</p> }
                after=move || view! {
                    <h2 class="heading-m">"If you do not have your phone"</h2>
                    <ErrorSummary refusal=recovery />
                    <ButtonForm action=UseRecoveryCode::url()>
                        <TextInput name="recovery_code" label="Recovery code" hint="One of the codes you were given when you set up your app, like abcde-23456. Each works once."
                            class="width-10" autocomplete="off" error=recovery />
                        <button type="submit" class="button button-secondary">"Use the recovery code"</button>
                    </ButtonForm>
                    <p>"If you have no recovery codes left, ask an administrator to reset your second sign-in step."</p>
                }>
                <TextInput name="code" label="Code" hint="6 numbers, for example 123456" class="width-10"
                    autocomplete="one-time-code" inputmode="numeric" error />
            </FormPage>
        }
        .into_any(),
    }
    })
}

#[component]
pub fn RecoveryCodesPage() -> impl IntoView {
    let codes = Resource::new_blocking(|| (), |_| new_recovery_codes());
    view! {
        <Suspense>
            {Suspend::new(async move {
                let codes = codes.await.unwrap_or_default();
                if codes.is_empty() {
                    return view! {
                        <InfoPage title="Your recovery codes">
                            <p>"Recovery codes are shown only once, just after you set up your app."</p>
                            <p><a href="/staff">"Go to the work queue"</a></p>
                        </InfoPage>
                    }
                    .into_any();
                }
                let items = codes.into_iter().map(|c| view! { <li><code class="token">{c}</code></li> }).collect_view();
                view! {
                    <InfoPage title="Your recovery codes" lead="Your app is set up. Keep these codes somewhere safe, away from your phone.">
                        <p>"If you lose your phone, each code lets you sign in once in place of a code from the app. We show them only now."</p>
                        <ul class="plain-list">{items}</ul>
                        <p><a class="button" href="/staff">"Continue to the work queue"</a></p>
                    </InfoPage>
                }
                .into_any()
            })}
        </Suspense>
    }
}

#[component]
pub fn ColleaguesPage() -> impl IntoView {
    let refusal = Refusal::of::<ResetSecondFactor>();
    let reset = query("reset").is_some() && !refusal.is_some();
    let title = crate::components::form::title_text("Colleagues", &refusal);
    view! {
        <Title text=title />
        {signed_in(staff_colleagues(), move |colleagues: Vec<ColleagueView>| {
            let rows = colleagues
                .iter()
                .map(|c| {
                    let status = if c.second_factor { "Set up" } else { "Not set up yet" };
                    let id = c.id.to_string();
                    let whom = format!(" for {}", c.name);
                    view! {
                        <tr>
                            <th scope="row">{c.name.clone()}</th>
                            <td>{c.email.clone()}</td>
                            <td>{c.role.clone()}</td>
                            <td>{status}</td>
                            <td>
                                {c.second_factor.then(|| view! {
                                    <ButtonForm action=ResetSecondFactor::url() hidden=vec![("id", id)]>
                                        <button type="submit" class="button button-secondary">
                                            "Reset second step"<span class="visually-hidden">{whom}</span>
                                        </button>
                                    </ButtonForm>
                                })}
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <ErrorSummary refusal />
                {reset.then(|| notice("Their second sign-in step has been reset and they have been signed out. They set it up again when they next sign in."))}
                <h1 class="heading-xl">"Colleagues"</h1>
                <p>"Reset a colleague's second sign-in step if they have lost their phone and their recovery codes. They are signed out everywhere, and set up their app again at their next sign-in."</p>
                <div class="table-scroll" role="region" aria-labelledby="colleagues-caption" tabindex="0">
                    <table class="table">
                        <caption id="colleagues-caption" class="table-caption">"Everyone who can use the console"</caption>
                        <thead><tr>
                            <th scope="col">"Name"</th>
                            <th scope="col">"Email address"</th>
                            <th scope="col">"Role"</th>
                            <th scope="col">"Second sign-in step"</th>
                            <th scope="col"><span class="visually-hidden">"Action"</span></th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p><a href="/staff">"Back to the work queue"</a></p>
            }
            .into_any()
        })}
    }
}
