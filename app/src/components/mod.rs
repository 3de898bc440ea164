//! Accessible building blocks shared by the pages.

pub mod following;
pub mod form;
pub mod layout;
pub mod letter;
pub mod live;
pub mod preferences;
