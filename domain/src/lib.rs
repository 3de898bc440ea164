//! The rules of Calico Account. No I/O: every function takes `now` as an argument.

pub mod contact;
