//! Escaping, and text with the search matches wrapped in `<mark>`.

use crate::domain::search::segments;
use std::ops::Range;

/// Appends `text`, escaped for element content and for double-quoted attribute values.
pub fn text(out: &mut String, text: &str) {
    let mut start = 0;
    for (i, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        // `i` is at an ASCII byte, so both slices end on character boundaries.
        out.push_str(&text[start..i]);
        out.push_str(escaped);
        start = i + 1;
    }
    out.push_str(&text[start..]);
}

/// Appends ` name="value"`, the value escaped.
pub fn attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    text(out, value);
    out.push('"');
}

/// Appends `text` with the runs in `ranges` (as from `Query::highlights`) in `<mark>`.
/// Ranges that do not fit the text are skipped (see [`segments`]).
pub fn marked(out: &mut String, text_: &str, ranges: &[Range<usize>]) {
    for (mark, run) in segments(text_, ranges) {
        if mark {
            out.push_str("<mark>");
            text(out, run);
            out.push_str("</mark>");
        } else {
            text(out, run);
        }
    }
}

/// `text` with its marks, as a new string (the content of one highlighted run).
pub fn marked_string(text_: &str, ranges: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text_.len() + 16);
    marked(&mut out, text_, ranges);
    out
}

/// Checks markup the way the browser's parser would read it (for tests): each element is
/// closed, and no paragraph holds a block such as `<details>`, which the parser would take
/// as the end of the paragraph, moving the block out of it.
#[cfg(test)]
pub fn assert_parses_as_written(html: &str) {
    const ELEMENTS: [&str; 26] = [
        "p",
        "h2",
        "ol",
        "label",
        "fieldset",
        "legend",
        "kbd",
        "div",
        "span",
        "section",
        "header",
        "footer",
        "h1",
        "h3",
        "ul",
        "li",
        "dl",
        "dd",
        "dt",
        "details",
        "summary",
        "figure",
        "blockquote",
        "table",
        "button",
        "a",
    ];
    for tag in ELEMENTS {
        let opened = html.matches(&format!("<{tag} ")).count() + html.matches(&format!("<{tag}>")).count();
        assert_eq!(
            opened,
            html.matches(&format!("</{tag}>")).count(),
            "<{tag}> is not closed as often as opened"
        );
    }
    for paragraph in html.split("<p").skip(1) {
        let inside = paragraph.split("</p>").next().unwrap_or_default();
        for block in [
            "<div",
            "<details",
            "<ul",
            "<dl",
            "<blockquote",
            "<figure",
            "<section",
            "<table",
            "<p",
        ] {
            assert!(!inside.contains(block), "a paragraph holds {block}: {inside}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut out = String::new();
        text(&mut out, s);
        out
    }

    #[test]
    fn escapes_the_five_markup_characters() {
        assert_eq!(
            escaped(r#"<b onclick="x">Tom & 'Jerry'</b>"#),
            "&lt;b onclick=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
        assert_eq!(escaped("Guó'ān — 68%"), "Guó&#39;ān — 68%");
    }

    #[test]
    fn an_attribute_value_cannot_close_its_quotes() {
        let mut out = String::new();
        attr(&mut out, "title", "a\" onmouseover=\"x");
        assert_eq!(out, " title=\"a&quot; onmouseover=&quot;x\"");
    }

    #[test]
    fn marks_wrap_the_ranges_and_bad_ranges_are_skipped() {
        assert_eq!(
            marked_string("Wang <Guo'an>", &[0..4, 6..12]),
            "<mark>Wang</mark> &lt;<mark>Guo&#39;an</mark>&gt;"
        );
        assert_eq!(marked_string("héllo", &[1..2, 40..50]), "héllo");
    }

    // proptest is a native-only dev-dependency; these run under `cargo test`.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// What a browser's parser would read back from escaped text: the text itself.
        fn unescape(s: &str) -> String {
            s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        }

        proptest! {
            #[test]
            fn escaped_text_holds_no_markup_and_reads_back(s in any::<String>()) {
                let e = escaped(&s);
                prop_assert!(!e.contains('<') && !e.contains('>') && !e.contains('"') && !e.contains('\''));
                prop_assert_eq!(unescape(&e), s);
            }

            #[test]
            fn marked_text_reads_back_whatever_the_ranges(s in "\\PC{0,40}", a in 0usize..60, b in 0usize..60) {
                let range = a.min(b)..a.max(b);
                let out = marked_string(&s, std::slice::from_ref(&range));
                prop_assert_eq!(unescape(&out.replace("<mark>", "").replace("</mark>", "")), s);
            }
        }
    }
}
