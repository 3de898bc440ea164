//! Acting for someone else: a family member or friend, a Power of Attorney, a councillor or
//! MP, an advocate or support worker [DOMAIN "Who may act"; group complaints policy 2021
//! "Confidentiality"; care policy 2014 F.6]. A representative may file at once; what they may
//! see waits until the resident's consent is verified.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::forms::{field_error, Field, FieldError};
use crate::values::{Email, LineText, OptionalText, PhoneNumber, RentReference};

macro_rules! coded {
    ($name:ident { $($variant:ident => $label:literal),+ $(,)? }) => {
        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];
            /// The form value and the stored code: serde's name (`crate::codes`).
            pub fn code(self) -> &'static str {
                crate::codes::code(&self)
            }
            pub fn from_code(code: &str) -> Option<Self> {
                crate::codes::from_code(code.trim())
            }
            /// As offered on the form.
            pub fn label(self) -> &'static str {
                match self { $(Self::$variant => $label),+ }
            }
        }
    };
}

/// Who a complaint is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ForWhom {
    Me,
    SomeoneElse,
}
coded!(ForWhom { Me => "Me", SomeoneElse => "Someone else" });

/// How the representative is connected to the resident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    FamilyOrFriend,
    PowerOfAttorney,
    Councillor,
    Mp,
    Advocate,
    Other,
}
coded!(Relationship {
    FamilyOrFriend => "Family member or friend",
    PowerOfAttorney => "Power of Attorney",
    Councillor => "Local councillor",
    Mp => "Member of Parliament (MP)",
    Advocate => "Advocate or support worker",
    Other => "Other",
});

/// How the resident said the representative may act for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentMethod {
    /// Signed and sent to the landlord by post or email.
    Written,
    /// Said out loud, to someone, on a day.
    Verbal,
}
coded!(ConsentMethod {
    Written => "In writing: a signed letter or form",
    Verbal => "They told us themselves, by phone or in person",
});

/// What the consent covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentScope {
    ThisComplaint,
    AllComplaints,
}
coded!(ConsentScope {
    ThisComplaint => "This complaint only",
    AllComplaints => "All their complaints",
});

/// The consent a representative says they have, as they describe it (verified by staff or
/// by the resident before anything is shared).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub method: ConsentMethod,
    /// For verbal consent: the day it was given.
    pub given_on: Option<NaiveDate>,
    /// For verbal consent: who at Calico Homes it was given to.
    pub given_to: Option<LineText<100>>,
    pub scope: ConsentScope,
    /// The last day it lasts, if it ends.
    pub expires_on: Option<NaiveDate>,
}

/// Someone acting for a resident, and the resident they act for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Representation {
    pub relationship: Relationship,
    /// What "other" means, when chosen.
    pub relationship_other: Option<LineText<100>>,
    /// The representative's phone number, if they gave one.
    pub phone: Option<PhoneNumber>,
    pub resident_name: LineText<100>,
    pub resident_address: OptionalText<300>,
    pub resident_reference: Option<RentReference>,
    pub consent: Consent,
}

/// Whether a representative may see what was filed: not while the resident's consent is
/// unverified, refused or withdrawn (`Some(false)`); `None` is a resident's own complaint.
pub fn may_see_details(consent_verified: Option<bool>) -> bool {
    consent_verified != Some(false)
}

/// What a representative is told happens next while consent is not verified, in `language`.
#[cfg(feature = "words")]
pub fn steps_while_consent_unverified(language: crate::language::Language) -> Vec<String> {
    ["filed-consent-check", "filed-consent-meanwhile"]
        .into_iter()
        .map(|id| crate::words::say(language, id, &[]))
        .collect()
}

/// What was typed on the pages about acting for someone else.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RepresentationAnswers {
    pub relationship: String,
    pub relationship_other: String,
    pub rep_phone: String,
    pub resident_name: String,
    pub resident_address: String,
    pub resident_reference: String,
    pub consent_method: String,
    pub consent_day: String,
    pub consent_month: String,
    pub consent_year: String,
    pub consent_to: String,
    pub consent_scope: String,
    pub expiry_day: String,
    pub expiry_month: String,
    pub expiry_year: String,
}

type Parsed<T> = Result<T, Vec<FieldError>>;

fn keep<T>(value: Result<T, FieldError>, errors: &mut Vec<FieldError>) -> Option<T> {
    value.map_err(|e| errors.push(e)).ok()
}

/// How someone is connected to the resident, and what "other" means when chosen; `None`s
/// with a message in `errors` when not answered.
fn parse_relationship(
    code: &str,
    other: &str,
    unanswered: &str,
    errors: &mut Vec<FieldError>,
) -> (Option<Relationship>, Option<Option<LineText<100>>>) {
    let relationship = keep(
        Relationship::from_code(code).ok_or_else(|| field_error(Field::Relationship, unanswered)),
        errors,
    );
    let other = if relationship == Some(Relationship::Other) {
        keep(
            LineText::parse(other, "The connection", "how they are connected")
                .map(Some)
                .map_err(|e| field_error(Field::RelationshipOther, e)),
            errors,
        )
    } else {
        Some(None)
    };
    (relationship, other)
}

/// The last day a consent lasts: optional, and after today when given.
fn parse_expiry(
    [day, month, year]: [&str; 3],
    today: NaiveDate,
    errors: &mut Vec<FieldError>,
) -> Option<Option<NaiveDate>> {
    if [day, month, year].iter().all(|v| v.trim().is_empty()) {
        return Some(None);
    }
    let far = today + chrono::Duration::days(365 * 100);
    keep(
        crate::filing::parse_date(day, month, year, far, "The date it ends")
            .and_then(|d| {
                if d <= today {
                    Err("The date it ends must be in the future".to_owned())
                } else {
                    Ok(d)
                }
            })
            .map(Some)
            .map_err(|e| field_error(Field::ConsentExpiry, e)),
        errors,
    )
}

/// Someone the resident invites, from their own account, to act for them on all their
/// complaints. The resident's own invitation is their consent, so nothing waits for staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    pub name: LineText<100>,
    pub email: Email,
    pub relationship: Relationship,
    pub relationship_other: Option<LineText<100>>,
    /// The last day it lasts, if it ends.
    pub expires_on: Option<NaiveDate>,
}

/// How many days an invitation link can be accepted in.
pub const INVITATION_DAYS: i64 = 14;

/// What was typed on the "Invite someone to act for you" page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InvitationAnswers {
    pub rep_name: String,
    pub rep_email: String,
    pub relationship: String,
    pub relationship_other: String,
    pub expiry_day: String,
    pub expiry_month: String,
    pub expiry_year: String,
}

impl InvitationAnswers {
    /// The invitation, or every field's problem in page order.
    pub fn parse(&self, today: NaiveDate) -> Parsed<Invitation> {
        let mut errors = Vec::new();
        let name = keep(
            LineText::parse(&self.rep_name, "Their name", "their full name")
                .map_err(|e| field_error(Field::RepName, e)),
            &mut errors,
        );
        let email = keep(
            Email::parse(&self.rep_email).map_err(|e| field_error(Field::RepEmail, e.to_string())),
            &mut errors,
        );
        let (relationship, other) = parse_relationship(
            &self.relationship,
            &self.relationship_other,
            "Select how they are connected to you",
            &mut errors,
        );
        let expires_on = parse_expiry(
            [&self.expiry_day, &self.expiry_month, &self.expiry_year],
            today,
            &mut errors,
        );
        match (name, email, relationship, other, expires_on) {
            (
                Some(name),
                Some(email),
                Some(relationship),
                Some(relationship_other),
                Some(expires_on),
            ) if errors.is_empty() => Ok(Invitation {
                name,
                email,
                relationship,
                relationship_other,
                expires_on,
            }),
            _ => Err(errors),
        }
    }
}

impl RepresentationAnswers {
    /// "About you": the relationship and a phone number.
    pub fn about_you(&self) -> Parsed<(Relationship, Option<LineText<100>>, Option<PhoneNumber>)> {
        let mut errors = Vec::new();
        let (relationship, other) = parse_relationship(
            &self.relationship,
            &self.relationship_other,
            "Select how you know the person you are acting for",
            &mut errors,
        );
        let phone = if self.rep_phone.trim().is_empty() {
            Some(None)
        } else {
            keep(
                PhoneNumber::parse(&self.rep_phone)
                    .map(Some)
                    .map_err(|e| field_error(Field::RepPhone, e)),
                &mut errors,
            )
        };
        match (relationship, other, phone) {
            (Some(r), Some(o), Some(p)) if errors.is_empty() => Ok((r, o, p)),
            _ => Err(errors),
        }
    }

    /// "Who are you acting for": a name, and an address or a rent reference.
    pub fn resident(&self) -> Parsed<(LineText<100>, OptionalText<300>, Option<RentReference>)> {
        let mut errors = Vec::new();
        let name = keep(
            LineText::parse(&self.resident_name, "Their name", "their full name")
                .map_err(|e| field_error(Field::ResidentName, e)),
            &mut errors,
        );
        let address = keep(
            OptionalText::parse(&self.resident_address, "Their address")
                .map_err(|e| field_error(Field::ResidentAddress, e)),
            &mut errors,
        );
        let reference = if self.resident_reference.trim().is_empty() {
            Some(None)
        } else {
            keep(
                RentReference::parse(&self.resident_reference)
                    .map(Some)
                    .map_err(|e| field_error(Field::ResidentReference, e)),
                &mut errors,
            )
        };
        if address.as_ref().is_some_and(OptionalText::is_empty)
            && reference.as_ref().is_some_and(Option::is_none)
        {
            errors.push(field_error(
                Field::ResidentAddress,
                "Enter their address or their rent reference, so we can find their tenancy",
            ));
        }
        match (name, address, reference) {
            (Some(n), Some(a), Some(r)) if errors.is_empty() => Ok((n, a, r)),
            _ => Err(errors),
        }
    }

    /// "Their consent": how it was given, what it covers, and when it ends.
    pub fn consent(&self, today: NaiveDate) -> Parsed<Consent> {
        let mut errors = Vec::new();
        let method = keep(
            ConsentMethod::from_code(&self.consent_method).ok_or_else(|| {
                field_error(Field::ConsentMethod, "Select how they gave their consent")
            }),
            &mut errors,
        );
        let (given_on, given_to) = if method == Some(ConsentMethod::Verbal) {
            let on = keep(
                crate::filing::parse_date(
                    &self.consent_day,
                    &self.consent_month,
                    &self.consent_year,
                    today,
                    "The date they told us",
                )
                .map_err(|e| field_error(Field::ConsentDate, e)),
                &mut errors,
            );
            let to = keep(
                LineText::parse(
                    &self.consent_to,
                    "Who they told",
                    "who at Calico Homes they told",
                )
                .map_err(|e| field_error(Field::ConsentTo, e)),
                &mut errors,
            );
            (on, to)
        } else {
            (None, None)
        };
        let scope = keep(
            ConsentScope::from_code(&self.consent_scope).ok_or_else(|| {
                field_error(Field::ConsentScope, "Select what their consent covers")
            }),
            &mut errors,
        );
        let expires_on = parse_expiry(
            [&self.expiry_day, &self.expiry_month, &self.expiry_year],
            today,
            &mut errors,
        );
        match (method, scope, expires_on) {
            (Some(method), Some(scope), Some(expires_on)) if errors.is_empty() => Ok(Consent {
                method,
                given_on,
                given_to,
                scope,
                expires_on,
            }),
            _ => Err(errors),
        }
    }

    /// All three pages together.
    pub fn parse(&self, today: NaiveDate) -> Parsed<Representation> {
        let (relationship, relationship_other, phone) = self.about_you()?;
        let (resident_name, resident_address, resident_reference) = self.resident()?;
        let consent = self.consent(today)?;
        Ok(Representation {
            relationship,
            relationship_other,
            phone,
            resident_name,
            resident_address,
            resident_reference,
            consent,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
    }

    fn fields(errors: &[FieldError]) -> Vec<Field> {
        errors.iter().map(|e| e.field).collect()
    }

    fn advocate_with_verbal_consent() -> RepresentationAnswers {
        RepresentationAnswers {
            relationship: "advocate".into(),
            resident_name: "Alex Morgan".into(),
            resident_reference: "10012345".into(),
            consent_method: "verbal".into(),
            consent_day: "20".into(),
            consent_month: "11".into(),
            consent_year: "2026".into(),
            consent_to: "Sam at the contact centre".into(),
            consent_scope: "this_complaint".into(),
            ..RepresentationAnswers::default()
        }
    }

    #[test]
    fn an_advocate_with_verbal_consent_is_recorded_with_when_and_to_whom() {
        let rep = advocate_with_verbal_consent()
            .parse(today())
            .expect("valid");
        assert_eq!(rep.relationship, Relationship::Advocate);
        assert_eq!(rep.consent.method, ConsentMethod::Verbal);
        assert_eq!(rep.consent.given_on, NaiveDate::from_ymd_opt(2026, 11, 20));
        assert_eq!(rep.consent.expires_on, None);
        assert_eq!(
            rep.resident_reference.map(|r| r.to_string()).as_deref(),
            Some("10012345")
        );
    }

    #[test]
    fn verbal_consent_needs_the_day_and_the_person_written_consent_does_not() {
        let mut a = advocate_with_verbal_consent();
        a.consent_day.clear();
        a.consent_to.clear();
        assert_eq!(
            fields(&a.consent(today()).unwrap_err()),
            [Field::ConsentDate, Field::ConsentTo]
        );
        a.consent_method = "written".into();
        assert!(a.consent(today()).is_ok());
    }

    #[test]
    fn the_resident_is_found_by_address_or_rent_reference() {
        let mut a = advocate_with_verbal_consent();
        a.resident_reference.clear();
        let errors = a.resident().unwrap_err();
        assert_eq!(fields(&errors), [Field::ResidentAddress]);
        a.resident_address = "Flat 1, Centenary Court, Burnley".into();
        assert!(a.resident().is_ok());
    }

    #[test]
    fn other_relationships_say_what_they_are_and_a_phone_must_be_real() {
        let mut a = advocate_with_verbal_consent();
        a.relationship = "other".into();
        a.rep_phone = "nope".into();
        assert_eq!(
            fields(&a.about_you().unwrap_err()),
            [Field::RelationshipOther, Field::RepPhone]
        );
        assert_eq!(
            fields(&RepresentationAnswers::default().about_you().unwrap_err()),
            [Field::Relationship]
        );
    }

    #[test]
    fn an_invitation_needs_a_name_an_email_address_and_a_connection() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
        let blank = InvitationAnswers::default().parse(today).unwrap_err();
        let fields: Vec<Field> = blank.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec![Field::RepName, Field::RepEmail, Field::Relationship]
        );
        let answers = InvitationAnswers {
            rep_name: "Jordan Lee".into(),
            rep_email: " Jordan@Example.ORG ".into(),
            relationship: "other".into(),
            expiry_day: "1".into(),
            expiry_month: "1".into(),
            expiry_year: "2026".into(),
            ..InvitationAnswers::default()
        };
        let errors = answers.parse(today).unwrap_err();
        let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec![Field::RelationshipOther, Field::ConsentExpiry]);
        let fixed = InvitationAnswers {
            relationship_other: "My neighbour".into(),
            expiry_year: "2027".into(),
            ..answers
        };
        let invitation = fixed.parse(today).expect("valid");
        assert_eq!(invitation.email.as_str(), "Jordan@example.org");
        assert_eq!(invitation.expires_on, NaiveDate::from_ymd_opt(2027, 1, 1));
        assert_eq!(invitation.relationship, Relationship::Other);
    }

    #[test]
    fn consent_that_ends_must_end_in_the_future() {
        let mut a = advocate_with_verbal_consent();
        a.expiry_day = "1".into();
        a.expiry_month = "1".into();
        a.expiry_year = "2026".into();
        assert_eq!(
            a.consent(today()).unwrap_err()[0].message,
            "The date it ends must be in the future"
        );
        a.expiry_year = "2027".into();
        assert_eq!(
            a.consent(today()).expect("valid").expires_on,
            NaiveDate::from_ymd_opt(2027, 1, 1)
        );
    }

    #[test]
    fn a_representative_sees_details_only_with_verified_consent() {
        assert!(may_see_details(None), "the resident's own complaint");
        assert!(may_see_details(Some(true)));
        assert!(!may_see_details(Some(false)));
    }

    #[test]
    fn codes_read_back() {
        for r in Relationship::ALL {
            assert_eq!(Relationship::from_code(r.code()), Some(*r));
        }
        assert_eq!(
            ForWhom::from_code("someone_else"),
            Some(ForWhom::SomeoneElse)
        );
        assert_eq!(ConsentScope::from_code("everything"), None);
    }
}
