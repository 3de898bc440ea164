//! Accessible building blocks shared by the pages, rendered on the server.

pub mod form;
pub mod layout;
pub mod letter;
pub mod preferences;
