//! The codes of the domain's enumerations (a kind, a state, a role, an event type, …): one set
//! of names, serde's. A code is the name serde writes for a unit variant (`rename_all =
//! "snake_case"`), so the code stored in a table, sent by a form or named in the API is the
//! same text the JSON carries, and there is no second table of names to fall out of step.
//! The database's `CHECK (… IN (…))` lists are tied to these by a backend test.

use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::de::DeserializeOwned;
use serde::ser::{self, Impossible, Serialize};

/// The code of a unit variant, as serde names it: `Kind::Concern` is `"concern"`. Empty for
/// a value that is not a unit variant (every coded type's test checks each of its values).
pub fn code<T: Serialize>(value: &T) -> &'static str {
    value.serialize(VariantName).unwrap_or_default()
}

/// The unit variant with this code, if there is one.
pub fn from_code<T: DeserializeOwned>(code: &str) -> Option<T> {
    T::deserialize(StrDeserializer::<ValueError>::new(code)).ok()
}

/// Whether every value's code is its own: snake_case (as addresses, forms and tables carry
/// it), read back as the same value, and different from every other's. Each coded type's test calls it with all its values.
pub fn round_trips<T>(all: &[T]) -> Result<(), String>
where
    T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let mut seen = std::collections::BTreeSet::new();
    for value in all {
        let name = code(value);
        if name.is_empty() {
            return Err(format!("{value:?} has no code"));
        }
        let snake = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
        if !name.chars().all(snake) {
            return Err(format!("{value:?}'s code {name:?} is not snake_case"));
        }
        if from_code::<T>(name).as_ref() != Some(value) {
            return Err(format!("{name:?} does not read back as {value:?}"));
        }
        if serde_json::to_value(value).ok() != Some(serde_json::Value::from(name)) {
            return Err(format!("{value:?} is not written as {name:?} in JSON"));
        }
        if !seen.insert(name) {
            return Err(format!("{name:?} is the code of two values"));
        }
    }
    Ok(())
}

/// A serializer that only takes a unit variant, and gives its name.
struct VariantName;

#[derive(Debug)]
struct NotAUnitVariant;

impl std::fmt::Display for NotAUnitVariant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a unit variant")
    }
}

impl std::error::Error for NotAUnitVariant {}

impl ser::Error for NotAUnitVariant {
    fn custom<M: std::fmt::Display>(_: M) -> Self {
        Self
    }
}

/// Every method but `serialize_unit_variant` refuses.
macro_rules! refuse {
    ($($method:ident($($arg:ty),*)),* $(,)?) => {
        $(fn $method(self, $(_: $arg),*) -> Result<Self::Ok, Self::Error> { Err(NotAUnitVariant) })*
    };
}

impl ser::Serializer for VariantName {
    type Ok = &'static str;
    type Error = NotAUnitVariant;
    type SerializeSeq = Impossible<Self::Ok, Self::Error>;
    type SerializeTuple = Impossible<Self::Ok, Self::Error>;
    type SerializeTupleStruct = Impossible<Self::Ok, Self::Error>;
    type SerializeTupleVariant = Impossible<Self::Ok, Self::Error>;
    type SerializeMap = Impossible<Self::Ok, Self::Error>;
    type SerializeStruct = Impossible<Self::Ok, Self::Error>;
    type SerializeStructVariant = Impossible<Self::Ok, Self::Error>;

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Self::Ok, Self::Error> {
        Ok(variant)
    }

    refuse!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
    );

    fn serialize_some<V: ?Sized + Serialize>(self, _: &V) -> Result<Self::Ok, Self::Error> {
        Err(NotAUnitVariant)
    }
    fn serialize_newtype_struct<V: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &V,
    ) -> Result<Self::Ok, Self::Error> {
        Err(NotAUnitVariant)
    }
    fn serialize_newtype_variant<V: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &V,
    ) -> Result<Self::Ok, Self::Error> {
        Err(NotAUnitVariant)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Self::Error> {
        Err(NotAUnitVariant)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Self::Error> {
        Err(NotAUnitVariant)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Self::Error> {
        Err(NotAUnitVariant)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Self::Error> {
        Err(NotAUnitVariant)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Self::Error> {
        Err(NotAUnitVariant)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Self::Error> {
        Err(NotAUnitVariant)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Self::Error> {
        Err(NotAUnitVariant)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::complaint::{EventType, State};
    use crate::handling::{Kind, Role};

    #[test]
    fn a_code_is_the_name_serde_writes_and_reads_back() {
        assert_eq!(code(&Kind::Concern), "concern");
        assert_eq!(
            code(&State::Stage2AwaitingAcknowledgement),
            "stage2_awaiting_acknowledgement"
        );
        assert_eq!(code(&Role::ComplaintsOfficer), "complaints_officer");
        assert_eq!(
            from_code::<Role>("administrator"),
            Some(Role::Administrator)
        );
        assert_eq!(
            from_code::<Role>("Administrator"),
            None,
            "exactly, case and all"
        );
        assert_eq!(from_code::<Role>(""), None);
        assert_eq!(code(&42), "", "not a unit variant");
        assert_eq!(code(&Some(Kind::Concern)), "");
    }

    #[test]
    fn every_coded_type_round_trips() {
        use crate::attachments::AttachmentError;
        use crate::feedback::RiskLevel;
        use crate::filing::{Answer, Purpose};
        use crate::following::ConsentStatus;
        use crate::letters::{ContactTask, Delivery};
        use crate::preferences::{AltFormat, ContactMethod};
        use crate::representation::{ConsentMethod, ConsentScope, ForWhom, Relationship};
        let results = [
            round_trips(&Kind::ALL),
            round_trips(&State::ALL),
            round_trips(&Role::ALL),
            round_trips(EventType::ALL),
            round_trips(&RiskLevel::ALL),
            round_trips(&ContactTask::ALL),
            round_trips(&Delivery::ALL),
            round_trips(&ConsentStatus::ALL),
            round_trips(&ContactMethod::ALL),
            round_trips(&AltFormat::ALL),
            round_trips(&Purpose::ALL),
            round_trips(&Answer::ALL),
            round_trips(&AttachmentError::ALL),
            round_trips(ForWhom::ALL),
            round_trips(Relationship::ALL),
            round_trips(ConsentMethod::ALL),
            round_trips(ConsentScope::ALL),
        ];
        for result in results {
            assert_eq!(result, Ok(()));
        }
    }
}
