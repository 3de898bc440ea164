//! Photos and documents sent with a complaint: what is accepted, judged by what the file is
//! (its first bytes), never by its name.

use serde::{Deserialize, Serialize};

/// The largest file accepted, in bytes (10 MB: a phone photo is 2 to 5 MB).
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// The most files one complaint may carry.
pub const MAX_FILES: usize = 5;

/// A kind of file that is accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Jpeg,
    Png,
    Gif,
    Webp,
    Heic,
    Pdf,
}

impl FileKind {
    /// The media type it is served with.
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
            Self::Gif => "image/gif",
            Self::Webp => "image/webp",
            Self::Heic => "image/heic",
            Self::Pdf => "application/pdf",
        }
    }

    pub fn from_content_type(content_type: &str) -> Option<Self> {
        [
            Self::Jpeg,
            Self::Png,
            Self::Gif,
            Self::Webp,
            Self::Heic,
            Self::Pdf,
        ]
        .into_iter()
        .find(|k| k.content_type() == content_type)
    }
}

/// Why a file was not accepted; the text says what to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentError {
    #[error("Select a file to upload")]
    Empty,
    #[error("The selected file must be a photo (JPG, PNG, GIF, WebP or HEIC) or a PDF")]
    WrongType,
    #[error("The selected file must be smaller than 10 MB")]
    TooLarge,
    #[error("You can send up to 5 files. Remove one to add another")]
    TooMany,
}

impl AttachmentError {
    pub const ALL: [Self; 4] = [Self::Empty, Self::WrongType, Self::TooLarge, Self::TooMany];

    /// A short code, to carry the refusal back to the page in its address.
    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }
}

/// What a file is, from its first bytes.
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(b"\xFF\xD8\xFF") {
        Some(FileKind::Jpeg)
    } else if starts(b"\x89PNG\r\n\x1A\n") {
        Some(FileKind::Png)
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Some(FileKind::Gif)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(FileKind::Webp)
    } else if bytes.len() >= 12
        && &bytes[4..8] == b"ftyp"
        && [&b"heic"[..], b"heix", b"hevc", b"mif1", b"msf1"].contains(&&bytes[8..12])
    {
        Some(FileKind::Heic)
    } else if starts(b"%PDF-") {
        Some(FileKind::Pdf)
    } else {
        None
    }
}

/// Checks a file to be added to a complaint that already has `existing` files.
pub fn check(bytes: &[u8], existing: usize) -> Result<FileKind, AttachmentError> {
    if bytes.is_empty() {
        return Err(AttachmentError::Empty);
    }
    if existing >= MAX_FILES {
        return Err(AttachmentError::TooMany);
    }
    if bytes.len() > MAX_BYTES {
        return Err(AttachmentError::TooLarge);
    }
    sniff(bytes).ok_or(AttachmentError::WrongType)
}

/// A file name safe to show and to offer for download: the last path part, without control
/// characters or quotes, at most 100 characters; "file" if nothing is left.
pub fn clean_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>'))
        .take(100)
        .collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() {
        "file".into()
    } else {
        cleaned.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn photos_and_pdfs_are_known_by_their_first_bytes_not_their_names() {
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0rest"), Some(FileKind::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1A\nrest"), Some(FileKind::Png));
        assert_eq!(sniff(b"GIF89a..."), Some(FileKind::Gif));
        assert_eq!(sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 "), Some(FileKind::Webp));
        assert_eq!(
            sniff(b"\x00\x00\x00\x18ftypheic\x00\x00"),
            Some(FileKind::Heic)
        );
        assert_eq!(sniff(b"%PDF-1.7\n"), Some(FileKind::Pdf));
        assert_eq!(sniff(b"MZ\x90\x00 an executable"), None);
        assert_eq!(sniff(b"<html><script>"), None);
    }

    #[test]
    fn too_big_too_many_and_empty_files_are_refused_with_what_to_do() {
        let pdf = b"%PDF-1.7\n".to_vec();
        assert_eq!(check(&pdf, 0), Ok(FileKind::Pdf));
        assert_eq!(check(&pdf, MAX_FILES), Err(AttachmentError::TooMany));
        assert_eq!(check(&[], 0), Err(AttachmentError::Empty));
        let mut big = pdf.clone();
        big.resize(MAX_BYTES + 1, 0);
        assert_eq!(check(&big, 0), Err(AttachmentError::TooLarge));
        assert_eq!(
            check(b"plain text", 0).unwrap_err().to_string(),
            "The selected file must be a photo (JPG, PNG, GIF, WebP or HEIC) or a PDF"
        );
    }

    #[test]
    fn names_are_cleaned_for_showing() {
        assert_eq!(clean_name("C:\\Users\\me\\damp.jpg"), "damp.jpg");
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("\"<b>x</b>\".pdf"), "b.pdf");
        assert_eq!(clean_name("   "), "file");
    }

    proptest! {
        #[test]
        fn a_cleaned_name_has_no_path_quotes_or_control_characters(name in "\\PC{0,200}") {
            let cleaned = clean_name(&name);
            prop_assert!(!cleaned.is_empty() && cleaned.chars().count() <= 100);
            prop_assert!(!cleaned.contains(['/', '\\', '"', '<', '>']));
        }
    }
}
