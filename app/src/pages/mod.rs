//! One module per route.

pub mod accessibility;
pub mod accounts;
pub mod filing;
pub mod home;
pub mod not_found;
pub mod profile;
