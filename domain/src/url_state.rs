//! The URL contract: what a shared link holds and how it is parsed and written.
//!
//! `?q=<text>&sector=<slug>,<slug>&s=<sentence>&view=table&sort=<column>`; the fragment
//! `#<delegation-id>` is read by the shell. Parsing is total: any string gives a state plus notes for the user, never a
//! panic. Writing is canonical: sectors sorted and comma-separated, empty values left out,
//! so `parse(&state.to_string())` gives `state` back.

use super::table::Sort;
use std::collections::BTreeSet;
use std::convert::Infallible;
use std::fmt;
use std::str::FromStr;

/// The longest search text kept from a URL, in characters.
pub const MAX_QUERY_CHARS: usize = 200;

/// The view a URL describes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Search text as typed.
    pub q: String,
    /// Checked sectors, by slug (sorted: the canonical order).
    pub sectors: BTreeSet<String>,
    /// The article sentence open in the source view (1-based).
    pub sentence: Option<usize>,
    /// The results as a table (`view=table`) rather than cards.
    pub table: bool,
    /// The table's order (`sort=district`, `sort=-outcomes`); `None` is the search's order.
    /// A sort is a table's, so `sort` alone opens the table.
    pub sort: Option<Sort>,
}

/// `text` cut to [`MAX_QUERY_CHARS`] characters, the longest search the app keeps, whether
/// it comes from the URL, the search box or a script.
pub fn clip_query(text: String) -> String {
    match text.char_indices().nth(MAX_QUERY_CHARS) {
        Some((end, _)) => text[..end].to_owned(),
        None => text,
    }
}

/// Something in a URL that was dropped or changed, to tell the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// A `sector` value that is not a slug (unknown slugs are found against the dataset).
    BadSector(String),
    /// The search text was longer than [`MAX_QUERY_CHARS`] and was shortened.
    QueryShortened { chars: usize },
    /// The `s` value was not a sentence number.
    BadSentence(String),
    /// A `view` value that is not a view the app has (`cards`, `table`), or a `sort` value
    /// that is not a column of the table: the parameter's name and its value.
    Ignored(&'static str, String),
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Note::BadSector(s) => write!(f, "Unknown sector \u{201c}{}\u{201d} was ignored.", clip(s)),
            Note::QueryShortened { chars } => write!(
                f,
                "The search text in the link had {chars} characters and was shortened to {MAX_QUERY_CHARS}."
            ),
            Note::BadSentence(s) => write!(
                f,
                "\u{201c}{}\u{201d} is not a sentence number and was ignored.",
                clip(s)
            ),
            Note::Ignored(key, s) => write!(
                f,
                "\u{201c}{}\u{201d} is not a {key} this page has and was ignored.",
                clip(s)
            ),
        }
    }
}

/// A value from the URL as a note echoes it: its first 40 characters.
pub fn clip(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

impl ViewState {
    /// Parses a query string (with or without the leading `?`), returning the state and
    /// what had to be dropped. Unknown parameters are ignored silently.
    pub fn parse(search: &str) -> (ViewState, Vec<Note>) {
        let mut state = ViewState::default();
        let mut notes = Vec::new();
        let search = search.strip_prefix('?').unwrap_or(search);
        for pair in search.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match decode(key).as_str() {
                "q" => state.q = value,
                "sector" => {
                    for slug in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        // Matched whatever its case (`Healthcare`), written back in lower case.
                        let lower = slug.to_ascii_lowercase();
                        if is_slug(&lower) {
                            state.sectors.insert(lower);
                        } else {
                            notes.push(Note::BadSector(slug.to_owned()));
                        }
                    }
                }
                "s" => match value.trim().parse::<usize>() {
                    Ok(n) if n > 0 => state.sentence = Some(n),
                    _ => notes.push(Note::BadSentence(value)),
                },
                "view" => match value.trim().to_ascii_lowercase().as_str() {
                    "table" => state.table = true,
                    "cards" => state.table = false,
                    _ => notes.push(Note::Ignored("view", value)),
                },
                "sort" => match Sort::parse(&value) {
                    Some(sort) => state.sort = Some(sort),
                    None => notes.push(Note::Ignored("sort order", value)),
                },
                _ => {}
            }
        }
        state.table |= state.sort.is_some();
        let chars = state.q.chars().count();
        if chars > MAX_QUERY_CHARS {
            state.q = clip_query(std::mem::take(&mut state.q));
            notes.push(Note::QueryShortened { chars });
        }
        (state, notes)
    }

    /// Whether this is the default view (no query, no filter, no sentence).
    pub fn is_default(&self) -> bool {
        *self == ViewState::default()
    }
}

impl FromStr for ViewState {
    type Err = Infallible;

    /// Total: notes are dropped; use [`ViewState::parse`] to keep them.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(ViewState::parse(s).0)
    }
}

impl fmt::Display for ViewState {
    /// The canonical query string, `?`-prefixed, or empty for the default view.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut sep = '?';
        if !self.q.is_empty() {
            write!(f, "{sep}q={}", encode(&self.q))?;
            sep = '&';
        }
        if !self.sectors.is_empty() {
            let joined: Vec<&str> = self.sectors.iter().map(String::as_str).collect();
            write!(f, "{sep}sector={}", joined.join(","))?;
            sep = '&';
        }
        if let Some(n) = self.sentence {
            write!(f, "{sep}s={n}")?;
            sep = '&';
        }
        if self.table || self.sort.is_some() {
            write!(f, "{sep}view=table")?;
            sep = '&';
        }
        if let Some(sort) = self.sort {
            write!(f, "{sep}sort={sort}")?;
        }
        Ok(())
    }
}

/// Whether `s` has the syntax of a slug: lower-case ASCII letters, digits and single hyphens.
fn is_slug(s: &str) -> bool {
    super::validate::is_slug(s)
}

/// Percent-decodes a form value: `+` is a space, `%XX` a byte; a `%` not followed by two hex
/// digits stands for itself, and bytes that are not UTF-8 become U+FFFD.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) if hex.is_some_and(|h| h.bytes().all(|c| c.is_ascii_hexdigit())) => {
                        out.push(b);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a form value: unreserved characters stay, a space becomes `+`.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

// proptest is a native-only dev-dependency; these tests run under `cargo test`.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn state(q: &str, sectors: &[&str], sentence: Option<usize>) -> ViewState {
        ViewState {
            q: q.to_owned(),
            sectors: sectors.iter().map(|s| (*s).to_owned()).collect(),
            sentence,
            ..ViewState::default()
        }
    }

    #[test]
    fn the_table_view_and_its_order_are_read_and_written() {
        let (s, notes) = ViewState::parse("?q=lei&view=Table&sort=-Outcomes");
        assert!(notes.is_empty(), "{notes:?}");
        assert!(s.table);
        assert_eq!(s.sort.map(|s| s.to_string()).as_deref(), Some("-outcomes"));
        assert_eq!(s.to_string(), "?q=lei&view=table&sort=-outcomes");
        // A sort is the table's: alone, it opens the table.
        let (s, _) = ViewState::parse("?sort=district");
        assert_eq!(s.to_string(), "?view=table&sort=district");
        // The cards are the default view, written as nothing.
        let (s, notes) = ViewState::parse("?view=cards");
        assert!(s.is_default() && notes.is_empty());
        let (s, notes) = ViewState::parse("?view=grid&sort=size");
        assert!(s.is_default());
        assert_eq!(
            notes,
            [
                Note::Ignored("view", "grid".into()),
                Note::Ignored("sort order", "size".into())
            ]
        );
        assert_eq!(
            notes[1].to_string(),
            "\u{201c}size\u{201d} is not a sort order this page has and was ignored."
        );
    }

    #[test]
    fn a_query_is_clipped_to_its_documented_length_on_a_char_boundary() {
        let long = "重".repeat(MAX_QUERY_CHARS + 50);
        let clipped = clip_query(long);
        assert_eq!(clipped.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(clip_query("short".to_owned()), "short");
    }

    #[test]
    fn writes_the_canonical_form() {
        assert_eq!(ViewState::default().to_string(), "");
        assert_eq!(state("wang guo'an", &[], None).to_string(), "?q=wang+guo%27an");
        assert_eq!(
            state("", &["smart-terminals", "healthcare"], Some(3)).to_string(),
            "?sector=healthcare,smart-terminals&s=3"
        );
        assert_eq!(state("重", &["a"], None).to_string(), "?q=%E9%87%8D&sector=a");
    }

    #[test]
    fn reads_comma_separated_and_repeated_sectors() {
        let (s, notes) = ViewState::parse("?sector=pharmaceuticals,healthcare&sector=cell-therapy&sector=");
        assert_eq!(
            s.sectors.iter().collect::<Vec<_>>(),
            ["cell-therapy", "healthcare", "pharmaceuticals"]
        );
        assert!(notes.is_empty());
    }

    #[test]
    fn reads_plus_and_percent_twenty_as_space() {
        assert_eq!(ViewState::parse("q=a+b%20c").0.q, "a b c");
    }

    #[test]
    fn malformed_percent_encoding_is_kept_literally() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%E9%87"), "\u{fffd}");
        assert_eq!(decode("%+1"), "% 1");
        assert_eq!(ViewState::parse("?q=%E0%A4%A").0.q, "\u{fffd}%A");
    }

    #[test]
    fn a_sector_slug_in_any_case_is_read_and_written_back_in_lower_case() {
        let (s, notes) = ViewState::parse("?sector=Healthcare,CELL-therapy");
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(
            s.sectors.iter().map(String::as_str).collect::<Vec<_>>(),
            ["cell-therapy", "healthcare"]
        );
        assert_eq!(s.to_string(), "?sector=cell-therapy,healthcare");
    }

    #[test]
    fn bad_values_become_notes() {
        let (s, notes) = ViewState::parse("?sector=Health%20Care,<script>&s=abc&s=0&zzz=1");
        assert!(s.is_default());
        assert_eq!(
            notes,
            [
                Note::BadSector("Health Care".into()),
                Note::BadSector("<script>".into()),
                Note::BadSentence("abc".into()),
                Note::BadSentence("0".into()),
            ]
        );
        assert_eq!(
            notes[1].to_string(),
            "Unknown sector \u{201c}<script>\u{201d} was ignored."
        );
    }

    #[test]
    fn a_very_long_query_is_shortened_with_a_note() {
        let long = "a".repeat(100_000);
        let (s, notes) = ViewState::parse(&format!("?q={long}"));
        assert_eq!(s.q.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(notes, [Note::QueryShortened { chars: 100_000 }]);
    }

    #[test]
    fn script_in_q_is_kept_as_text() {
        let (s, _) = ViewState::parse("?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assert_eq!(s.q, "<script>alert(1)</script>");
    }

    fn slug() -> impl Strategy<Value = String> {
        "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}"
    }

    proptest! {
        #[test]
        fn parsing_any_string_never_panics(s in ".{0,300}") {
            let _ = ViewState::parse(&s);
        }

        #[test]
        fn parsing_any_bytes_as_percent_escapes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let s: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
            let (state, _) = ViewState::parse(&format!("q={s}&sector={s}&s={s}"));
            prop_assert!(state.q.chars().count() <= MAX_QUERY_CHARS);
        }

        #[test]
        fn canonical_state_survives_the_round_trip(
            q in ".{0,200}",
            sectors in proptest::collection::btree_set(slug(), 0..5),
            sentence in proptest::option::of(1usize..10_000),
            table in any::<bool>(),
            sort in proptest::option::of((0usize..5, any::<bool>())),
        ) {
            use crate::table::Column;
            let sort = sort.map(|(c, descending)| Sort { column: Column::ALL[c], descending });
            let s = ViewState { q, sectors, sentence, table: table || sort.is_some(), sort };
            let written = s.to_string();
            let (back, notes) = ViewState::parse(&written);
            prop_assert!(notes.is_empty());
            prop_assert_eq!(&back, &s);
            prop_assert_eq!(back.to_string(), written);
        }
    }
}
