//! The messages that tell a resident what to fix, in the page's language (server only).
//!
//! They are made in English, as finished sentences, by `domain` (a field's message) and by the
//! server functions (`crate::api`), so a page reads them back: a fixed message is matched word
//! for word, and one with a label, a number or a date in it is taken apart at its fixed words,
//! its label translated, and put together again in the page's language. A message not known
//! here (the console's own, or one worded since) is shown as it came, in English: never lost.
//!
//! The English values in `app/locales/en/errors.ftl` are the texts they are matched on, so
//! they must change with them (a test holds each fixed one to its match).

use domain::language::Language;

/// `english`, a message from `domain` or a server function, in the page's language; as it is
/// when the page is in English or the message is not known. Called while a page renders.
pub fn translated(english: &str) -> String {
    if crate::context::language() == Language::English {
        return english.to_owned();
    }
    fixed(english)
        .or_else(|| composed(english))
        .unwrap_or_else(|| english.to_owned())
}

/// A message that is always worded the same.
fn fixed(english: &str) -> Option<String> {
    Some(match english {
        // domain::values
        "Enter your email address" => tr!("errors-email-missing"),
        "Enter an email address in the correct format, like name@example.com" => {
            tr!("errors-email-format")
        }
        "Enter your rent reference" => tr!("errors-rent-reference-missing"),
        "Enter your rent reference as it appears on your rent statement: 6 to 12 letters and numbers" => {
            tr!("errors-rent-reference-format")
        }
        "Enter the postcode" => tr!("errors-postcode-missing"),
        "Enter a real postcode, like BB11 2ED" => tr!("errors-postcode-format"),
        "Enter a UK phone number, like 01282 686300 or 07700 900 982" => {
            tr!("errors-phone-format")
        }
        // domain::accounts
        "Enter a password" => tr!("errors-password-missing"),
        "Your password must be 10 characters or more" => tr!("errors-password-too-short"),
        "Your password must be 256 characters or fewer" => tr!("errors-password-too-long"),
        "That password is one of the most common and easy to guess; choose another" => {
            tr!("errors-password-common")
        }
        "Your password must not be your email address" => tr!("errors-password-is-email"),
        "The passwords do not match; type the same password in both boxes" => {
            tr!("errors-password-mismatch")
        }
        // domain::preferences
        "Enter your name" => tr!("errors-name-missing"),
        "Select how you would like us to contact you" => tr!("errors-select-contact-method"),
        "Enter a phone number, so we can call you" => tr!("errors-phone-for-calls"),
        "Enter the language you need an interpreter for" => tr!("errors-interpreter-language"),
        // domain::filing
        "Select what you would like to do" => tr!("errors-select-purpose"),
        "Select who this is for" => tr!("errors-select-for-whom"),
        "Your account is not linked to a tenancy, so you can only act for someone else. To complain about your own home, register with your rent reference." => {
            tr!("errors-for-whom-no-tenancy")
        }
        "Enter what happened" => tr!("errors-what-happened-missing"),
        "Enter the date it happened" => tr!("errors-incident-date-missing"),
        "Enter what you would like us to do to put things right" => tr!("errors-outcome-missing"),
        "Enter why you did not tell us sooner" => tr!("errors-late-reason-missing"),
        "Enter what is unsafe" => tr!("errors-concern-what-missing"),
        "Enter where it is" => tr!("errors-concern-where-missing"),
        "Select whether anyone is in danger now" => tr!("errors-select-danger-now"),
        "Select whether it affects anyone who is vulnerable" => tr!("errors-select-vulnerable"),
        "Enter who helped you" => tr!("errors-compliment-who-missing"),
        "Enter what they did" => tr!("errors-compliment-what-missing"),
        "Year must include 4 numbers, like 2026" => tr!("errors-year-four-digits"),
        // domain::representation
        "Select how you know the person you are acting for" => tr!("errors-select-how-you-know"),
        "Select how they are connected to you" => tr!("errors-select-connected-to-you"),
        "Enter how they are connected" => tr!("errors-connection-missing"),
        "Enter their full name" => tr!("errors-their-name-missing"),
        "Enter their address or their rent reference, so we can find their tenancy" => {
            tr!("errors-address-or-reference")
        }
        "Select how they gave their consent" => tr!("errors-select-consent-method"),
        "Enter the date they told us" => tr!("errors-consent-date-missing"),
        "Enter who at Calico Homes they told" => tr!("errors-consent-to-missing"),
        "Select what their consent covers" => tr!("errors-select-consent-scope"),
        "The date it ends must be in the future" => tr!("errors-expiry-in-future"),
        // domain::linking
        "Enter the activation code from the letter" => tr!("errors-code-missing"),
        "The activation code must only include numbers 0 to 9" => tr!("errors-code-digits"),
        "The activation code must be 8 numbers" => tr!("errors-code-length"),
        // domain::display
        "Select a text size" => tr!("errors-select-text-size"),
        "Select the colours" => tr!("errors-select-colours"),
        // domain::progress: asking something of a complaint, and why it cannot be asked now
        "Enter why you are asking after the time to ask has ended, for example you were in hospital" => {
            tr!("errors-late-review-reason-missing")
        }
        "Enter the information you want to add to your complaint" => {
            tr!("errors-information-missing")
        }
        "This complaint is closed, so nothing more can be asked of it. You can make a new complaint at any time." => {
            tr!("errors-complaint-closed")
        }
        "You have already asked for a late review; the Complaints Officer will decide and tell you." => {
            tr!("errors-late-review-asked")
        }
        "A review can be asked for once we have sent our Stage 1 response." => {
            tr!("errors-review-after-stage1")
        }
        "We have already sent our Stage 1 response. If you are still unhappy, ask for a review; if it is something new, make a new complaint." => {
            tr!("errors-information-after-stage1")
        }
        "This cannot be done now." => tr!("errors-cannot-now"),
        // backend::following (a request on a complaint that is not the account's)
        "There is no complaint with that reference in your account." => tr!("errors-no-complaint"),
        // crate::api: AppError's own words (the same as a page's problem, crate::pages)
        "You need to sign in to do that" => tr!("common-problem-signed-out"),
        "The form did not arrive whole. Go back to the page, and send it again." => {
            tr!("common-problem-malformed")
        }
        "Something went wrong on our side. Nothing you typed was saved; please try again in a few minutes." => {
            tr!("common-problem-unavailable")
        }
        "We are very busy at the moment. Wait a few seconds, then try again: what you typed is still here." => {
            tr!("common-problem-busy")
        }
        "We could not reach Calico Homes. Check your connection, then try again: what you typed is still here." => {
            tr!("common-problem-unreachable")
        }
        // crate::api::accounts
        "This link has expired or has already been used. Sign in to get a new one." => {
            tr!("errors-verify-link-used")
        }
        "You need to confirm your email address before you can sign in. We have sent you a new link: open it, then sign in." => {
            tr!("errors-unconfirmed")
        }
        "The email address or password is not right. Check them and try again." => {
            tr!("errors-sign-in-wrong")
        }
        "This link has expired or has already been used. Ask for a new one." => {
            tr!("errors-reset-link-used")
        }
        // crate::api::filing
        "We could not find these answers: they may have been started again. Check your email for a reference before starting again." => {
            tr!("errors-answers-not-found")
        }
        // crate::api::complaints and crate::api::letters
        "There is no complaint with that reference in your account. Check the reference, or go back to your account to see your complaints." => {
            tr!("errors-no-complaint-check")
        }
        "There is no letter with that number that you can read." => tr!("errors-no-letter"),
        // crate::api::profile
        "Your password is not right. Enter the password you sign in with." => {
            tr!("errors-password-wrong")
        }
        "That is already your email address. Enter the new address you want to use." => {
            tr!("errors-email-unchanged")
        }
        "This link has expired or has already been used. Sign in and ask to change your email address again." => {
            tr!("errors-email-link-used")
        }
        "That email address now has its own Calico Account, so we have not moved yours to it. Your email address has not changed." => {
            tr!("errors-email-taken")
        }
        // crate::api::consents
        "Choose whether to allow, refuse or withdraw." => tr!("errors-choose-allow"),
        "That person's access has already been changed. Check the list below." => {
            tr!("errors-access-changed")
        }
        "Only a resident whose account is linked to a tenancy can invite someone. Add your home from your account page first." => {
            tr!("errors-invite-needs-tenancy")
        }
        "That invitation has already been withdrawn. Check the list below." => {
            tr!("errors-invitation-withdrawn")
        }
        "This invitation was sent to a different email address. Sign out, then sign in (or register) with the address the invitation was sent to." => {
            tr!("errors-invitation-other-address")
        }
        // crate::api::linking
        "This account acts for residents, so it is not linked to a home. To complain about your own home, register a separate account with your rent reference." => {
            tr!("errors-account-representative")
        }
        "Your account is not waiting for a code. Go back to your account to see where it stands." => {
            tr!("errors-not-waiting")
        }
        "That code can no longer be used: it has been tried too many times. Ask for a new code below." => {
            tr!("errors-code-spent")
        }
        "Choose whether to approve or decline." => tr!("errors-choose-approve"),
        "That request has already been answered. Check your account." => {
            tr!("errors-request-answered")
        }
        _ => return None,
    })
}

/// A message with a label, a number or a date in it, put together again in the page's
/// language; `None` when it is not one, or its label or date is not known.
fn composed(english: &str) -> Option<String> {
    if let Some((label, max, len)) = too_long(english) {
        let label = label_words(label)?;
        let (max, len) = (max as i64, len as i64);
        return Some(tr!("errors-too-long", { "label" => label, "max" => max, "len" => len }));
    }
    if let Some((label, min, len)) = too_short(english) {
        let label = label_words(label)?;
        let (min, len) = (min as i64, len as i64);
        return Some(tr!("errors-too-short", { "label" => label, "min" => min, "len" => len }));
    }
    if let Some(label) = line_break(english) {
        let label = label_words(label)?;
        return Some(tr!("errors-line-break", { "label" => label }));
    }
    if let Some((max, len)) = text_too_long(english) {
        let (max, len) = (max as i64, len as i64);
        return Some(tr!("errors-text-too-long", { "max" => max, "len" => len }));
    }
    if let Some((label, problem)) = date_problem(english) {
        let label = date_label_words(label)?;
        return Some(match problem {
            DateProblem::Needs(Parts::Day) => tr!("errors-date-needs-day", { "label" => label }),
            DateProblem::Needs(Parts::Month) => {
                tr!("errors-date-needs-month", { "label" => label })
            }
            DateProblem::Needs(Parts::Year) => tr!("errors-date-needs-year", { "label" => label }),
            DateProblem::Needs(Parts::DayMonth) => {
                tr!("errors-date-needs-day-month", { "label" => label })
            }
            DateProblem::Needs(Parts::DayYear) => {
                tr!("errors-date-needs-day-year", { "label" => label })
            }
            DateProblem::Needs(Parts::MonthYear) => {
                tr!("errors-date-needs-month-year", { "label" => label })
            }
            DateProblem::NotReal => tr!("errors-date-real", { "label" => label }),
            DateProblem::InFuture => tr!("errors-date-not-future", { "label" => label }),
            DateProblem::Before1900 => tr!("errors-date-after-1900", { "label" => label }),
        });
    }
    if let Some(wait) = wait(english) {
        return Some(match wait {
            Wait::Minutes(minutes) => {
                let minutes = i64::from(minutes);
                tr!("errors-wait-minutes", { "minutes" => minutes })
            }
            Wait::Hours(hours) => {
                let hours = i64::from(hours);
                tr!("errors-wait-hours", { "hours" => hours })
            }
        });
    }
    if let Some(left) = tries_left(english) {
        let left = i64::from(left);
        return Some(tr!("errors-code-wrong", { "left" => left }));
    }
    if let Some((count, phone, hours)) = codes_posted(english) {
        // Only our own office hours, which the pages already say in every language.
        if hours != domain::contact::LANDLORD.opening_hours {
            return None;
        }
        let hours = tr!("layout-landlord-hours");
        let (count, phone) = (i64::from(count), phone.to_owned());
        return Some(
            tr!("errors-codes-posted", { "count" => count, "phone" => phone, "hours" => hours }),
        );
    }
    if let Some(days) = invitation_gone(english) {
        let days = i64::from(days);
        return Some(tr!("errors-invitation-gone", { "days" => days }));
    }
    if let Some((review, day)) = review_window(english) {
        let day = crate::i18n::long_date(crate::i18n::read_long_date(day)?);
        return Some(match review {
            Review::Ended => tr!("errors-review-ended", { "day" => day }),
            Review::StillOpen => tr!("errors-review-usual-way", { "day" => day }),
        });
    }
    None
}

/// A field's label, as the domain names it in a message ("What happened"), in the page's
/// language: the resident forms' labels only.
fn label_words(english: &str) -> Option<String> {
    Some(match english {
        "What happened" => tr!("errors-label-what-happened"),
        "What you have already reported" => tr!("errors-label-already-reported"),
        "What you would like us to do" => tr!("errors-label-outcome"),
        "Why you did not tell us sooner" => tr!("errors-label-late-reason"),
        "What is unsafe" => tr!("errors-label-unsafe"),
        "Where it is" => tr!("errors-label-where"),
        "Who helped you" => tr!("errors-label-who-helped"),
        "What they did" => tr!("errors-label-what-they-did"),
        "Times to call" => tr!("errors-label-call-times"),
        "The language" => tr!("errors-label-language"),
        "Adjustments" => tr!("errors-label-adjustments"),
        "Your name" => tr!("errors-label-your-name"),
        "The connection" => tr!("errors-label-connection"),
        "Their name" => tr!("errors-label-their-name"),
        "Their address" => tr!("errors-label-their-address"),
        "Who they told" => tr!("errors-label-who-they-told"),
        _ => return None,
    })
}

/// A date's label, as the domain names it in a message ("Date of birth"), in the page's
/// language.
fn date_label_words(english: &str) -> Option<String> {
    Some(match english {
        "Date of birth" => tr!("errors-date-label-birth"),
        "The date it happened" => tr!("errors-date-label-incident"),
        "The date it ends" => tr!("errors-date-label-expiry"),
        "The date they told us" => tr!("errors-date-label-consent"),
        _ => return None,
    })
}

// What follows reads the English apart: plain string work, no page needed (and tested).

/// `"{label} must be {max} characters or fewer (you have {len})"` (`ValueError::TooLong`).
fn too_long(english: &str) -> Option<(&str, usize, usize)> {
    let (label, rest) = english.split_once(" must be ")?;
    let (max, rest) = rest.split_once(" characters or fewer (you have ")?;
    let len = rest.strip_suffix(')')?;
    Some((label, max.parse().ok()?, len.parse().ok()?))
}

/// `"{label} must be {min} characters or more (you have {len})"` (`ValueError::TooShort`).
fn too_short(english: &str) -> Option<(&str, usize, usize)> {
    let (label, rest) = english.split_once(" must be ")?;
    let (min, rest) = rest.split_once(" characters or more (you have ")?;
    let len = rest.strip_suffix(')')?;
    Some((label, min.parse().ok()?, len.parse().ok()?))
}

/// `"{label} must be on one line: take out any line breaks or tabs"` (`ValueError::LineBreak`).
fn line_break(english: &str) -> Option<&str> {
    english
        .strip_suffix(" must be on one line: take out any line breaks or tabs")
        .filter(|label| !label.is_empty())
}

/// `"This must be {max} characters or fewer; it has {len}. Shorten it."`: a long answer on a
/// request about a complaint (`domain::steps`).
fn text_too_long(english: &str) -> Option<(usize, usize)> {
    let rest = english.strip_prefix("This must be ")?;
    let (max, rest) = rest.split_once(" characters or fewer; it has ")?;
    let len = rest.strip_suffix(". Shorten it.")?;
    Some((max.parse().ok()?, len.parse().ok()?))
}

/// The boxes of a date left empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Parts {
    Day,
    Month,
    Year,
    DayMonth,
    DayYear,
    MonthYear,
}

/// What is wrong with a date typed in three boxes (`domain::filing::parse_date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateProblem {
    Needs(Parts),
    NotReal,
    InFuture,
    Before1900,
}

/// `"{label} must include a day"` (and the other boxes), `"… must be a real date"`, `"… must
/// be today or in the past"` and `"… must be after 1900"`, with the date's label.
fn date_problem(english: &str) -> Option<(&str, DateProblem)> {
    let (label, rest) = english.split_once(" must ")?;
    let problem = match rest {
        "include a day" => DateProblem::Needs(Parts::Day),
        "include a month" => DateProblem::Needs(Parts::Month),
        "include a year" => DateProblem::Needs(Parts::Year),
        "include a day and a month" => DateProblem::Needs(Parts::DayMonth),
        "include a day and a year" => DateProblem::Needs(Parts::DayYear),
        "include a month and a year" => DateProblem::Needs(Parts::MonthYear),
        "be a real date" => DateProblem::NotReal,
        "be today or in the past" => DateProblem::InFuture,
        "be after 1900" => DateProblem::Before1900,
        _ => return None,
    };
    (!label.is_empty()).then_some((label, problem))
}

/// How long to wait after too many attempts (`domain::limits::wait_message`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wait {
    Minutes(u32),
    Hours(u32),
}

/// `"You have tried too many times. Wait {n} minutes, then try again."` (or 1 minute, or
/// hours).
fn wait(english: &str) -> Option<Wait> {
    let wait = english
        .strip_prefix("You have tried too many times. Wait ")?
        .strip_suffix(", then try again.")?;
    let (count, unit) = wait.split_once(' ')?;
    let count: u32 = count.parse().ok()?;
    match unit {
        "minute" if count == 1 => Some(Wait::Minutes(count)),
        "minutes" => Some(Wait::Minutes(count)),
        "hours" => Some(Wait::Hours(count)),
        _ => None,
    }
}

/// `"That code is not right, … You can try {left} more times."`: the tries left.
fn tries_left(english: &str) -> Option<u32> {
    let rest = english.strip_prefix(
        "That code is not right, or it has expired. Check it against the newest letter we sent. You can try ",
    )?;
    let left = rest
        .strip_suffix(" more times.")
        .or_else(|| rest.strip_suffix(" more time."))?;
    left.parse().ok()
}

/// `"We have already posted {count} codes for this request. Call us on {phone} ({hours}) and
/// we will help you link your account."`.
fn codes_posted(english: &str) -> Option<(u32, &str, &str)> {
    let rest = english.strip_prefix("We have already posted ")?;
    let (count, rest) = rest.split_once(" codes for this request. Call us on ")?;
    let (phone, hours) = rest
        .strip_suffix(") and we will help you link your account.")?
        .split_once(" (")?;
    Some((count.parse().ok()?, phone, hours))
}

/// `"This invitation can no longer be accepted: … more than {days} days old. …"`.
fn invitation_gone(english: &str) -> Option<u32> {
    english
        .strip_prefix("This invitation can no longer be accepted: it has been used, withdrawn, or is more than ")?
        .strip_suffix(" days old. Ask the resident to invite you again.")?
        .parse()
        .ok()
}

/// Why a review cannot be asked for in the way chosen (`domain::progress::not_now`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Review {
    /// The time to ask ended on the day: ask late instead.
    Ended,
    /// Asked late while the time to ask is still open until the day.
    StillOpen,
}

/// The two sentences about the time to ask for a review, with the day in them as written.
fn review_window(english: &str) -> Option<(Review, &str)> {
    if let Some(day) = english
        .strip_prefix("The time to ask for a review ended on ")
        .and_then(|rest| rest.strip_suffix(". You can still ask, saying why it is late, and the Complaints Officer will decide."))
    {
        return Some((Review::Ended, day));
    }
    english
        .strip_prefix("You can still ask for a review in the usual way until ")
        .and_then(|rest| rest.strip_suffix('.'))
        .map(|day| (Review::StillOpen, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_long_and_too_short_give_their_label_and_numbers() {
        assert_eq!(
            too_long("What happened must be 5000 characters or fewer (you have 5012)"),
            Some(("What happened", 5000, 5012))
        );
        assert_eq!(
            too_short("Your summary must be 20 characters or more (you have 3)"),
            Some(("Your summary", 20, 3))
        );
        assert_eq!(
            too_long("Your summary must be 20 characters or more (you have 3)"),
            None
        );
        assert_eq!(
            too_short("What happened must be 5000 characters or fewer (you have 5012)"),
            None
        );
        assert_eq!(
            too_long("What happened must be many characters or fewer (you have 5012)"),
            None
        );
        assert_eq!(too_long("Enter what happened"), None);
    }

    #[test]
    fn a_line_break_gives_its_label() {
        assert_eq!(
            line_break("Your name must be on one line: take out any line breaks or tabs"),
            Some("Your name")
        );
        assert_eq!(
            line_break(" must be on one line: take out any line breaks or tabs"),
            None
        );
        assert_eq!(line_break("Your name must be on one line"), None);
    }

    #[test]
    fn a_request_too_long_gives_its_numbers() {
        assert_eq!(
            text_too_long("This must be 10000 characters or fewer; it has 10001. Shorten it."),
            Some((10000, 10001))
        );
        assert_eq!(
            text_too_long("This must be 10000 characters or fewer (you have 10001)"),
            None
        );
    }

    #[test]
    fn a_date_problem_gives_its_label_and_what_is_wrong() {
        assert_eq!(
            date_problem("Date of birth must include a day and a year"),
            Some(("Date of birth", DateProblem::Needs(Parts::DayYear)))
        );
        assert_eq!(
            date_problem("The date it happened must include a month"),
            Some(("The date it happened", DateProblem::Needs(Parts::Month)))
        );
        assert_eq!(
            date_problem("The date they told us must be a real date"),
            Some(("The date they told us", DateProblem::NotReal))
        );
        assert_eq!(
            date_problem("The date it happened must be today or in the past"),
            Some(("The date it happened", DateProblem::InFuture))
        );
        assert_eq!(
            date_problem("Date of birth must be after 1900"),
            Some(("Date of birth", DateProblem::Before1900))
        );
        // A fixed message, matched as it is.
        assert_eq!(date_problem("The date it ends must be in the future"), None);
        assert_eq!(
            date_problem("What happened must be 5000 characters or fewer (you have 5012)"),
            None
        );
    }

    #[test]
    fn a_wait_is_read_in_minutes_or_hours() {
        let wait_for = |what: &str| {
            wait(&format!(
                "You have tried too many times. Wait {what}, then try again."
            ))
        };
        assert_eq!(wait_for("1 minute"), Some(Wait::Minutes(1)));
        assert_eq!(wait_for("15 minutes"), Some(Wait::Minutes(15)));
        assert_eq!(wait_for("24 hours"), Some(Wait::Hours(24)));
        assert_eq!(wait_for("2 minute"), None);
        assert_eq!(wait_for("a while"), None);
        assert_eq!(wait("Wait 15 minutes, then try again."), None);
    }

    #[test]
    fn an_activation_code_refusal_gives_the_tries_left() {
        let wrong = "That code is not right, or it has expired. Check it against the newest letter we sent. You can try";
        assert_eq!(tries_left(&format!("{wrong} 1 more time.")), Some(1));
        assert_eq!(tries_left(&format!("{wrong} 4 more times.")), Some(4));
        assert_eq!(tries_left(&format!("{wrong} some more times.")), None);
    }

    #[test]
    fn codes_posted_gives_the_count_phone_and_hours() {
        assert_eq!(
            codes_posted("We have already posted 3 codes for this request. Call us on 01282 686300 (9am to 5pm, Monday to Friday) and we will help you link your account."),
            Some((3, "01282 686300", "9am to 5pm, Monday to Friday"))
        );
        assert_eq!(
            codes_posted("We have already posted 3 codes for this request."),
            None
        );
    }

    #[test]
    fn a_spent_invitation_gives_its_days() {
        assert_eq!(
            invitation_gone("This invitation can no longer be accepted: it has been used, withdrawn, or is more than 14 days old. Ask the resident to invite you again."),
            Some(14)
        );
        assert_eq!(
            invitation_gone("This invitation can no longer be accepted."),
            None
        );
    }

    #[test]
    fn the_time_to_ask_for_a_review_gives_its_day() {
        assert_eq!(
            review_window("The time to ask for a review ended on Tuesday 8 December 2026. You can still ask, saying why it is late, and the Complaints Officer will decide."),
            Some((Review::Ended, "Tuesday 8 December 2026"))
        );
        assert_eq!(
            review_window(
                "You can still ask for a review in the usual way until Tuesday 8 December 2026."
            ),
            Some((Review::StillOpen, "Tuesday 8 December 2026"))
        );
        assert_eq!(review_window("This cannot be done now."), None);
    }

    /// The English of each fixed message (one line, nothing put in) is the text it is matched
    /// on: the page in English shows the domain's text as it is, and a message reworded in the
    /// domain must be reworded here too, or it is no longer translated.
    #[test]
    fn each_fixed_message_is_matched_on_its_english() {
        let source = include_str!("messages.rs");
        let english = [
            include_str!("../locales/en/errors.ftl"),
            include_str!("../locales/en/common.ftl"),
        ];
        let mut checked = 0;
        for line in english.iter().flat_map(|file| file.lines()) {
            let Some((key, value)) = line.split_once(" = ").filter(|_| !line.starts_with('#'))
            else {
                continue;
            };
            let call = format!("tr!(\"{key}\")");
            let Some(at) = source.find(&call) else {
                continue;
            };
            if value.contains('{') {
                continue;
            }
            // `"the English" => tr!("key")`, or with the call in a block on its own line.
            let before = source[..at].trim_end().trim_end_matches('{').trim_end();
            let Some(pattern) = before.strip_suffix("=>") else {
                continue;
            };
            let pattern = pattern.trim_end();
            let literal = pattern
                .strip_suffix('"')
                .and_then(|p| p.rfind('"').map(|start| &p[start + 1..]));
            assert_eq!(literal, Some(value), "{key}");
            checked += 1;
        }
        assert!(checked > 80, "only {checked} messages found");
    }
}
