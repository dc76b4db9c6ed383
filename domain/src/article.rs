//! The source article: its text and its sentences, each with a stable 1-based number.
//!
//! Every fact in the dataset cites a verbatim span of this text; this module splits the
//! text into sentences so that a span can be mapped to the sentence(s) it comes from and
//! the source view can address each sentence (`?s=<n>`).

use super::chars::lower;
use std::ops::Range;

/// One sentence of the article: its 1-based number, its paragraph and its byte range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// 1-based number, stable as long as the article text is unchanged.
    pub number: usize,
    /// 0-based paragraph (line) index.
    pub paragraph: usize,
    /// Byte range of the sentence in the article text, without surrounding white space.
    pub range: Range<usize>,
}

/// The article text and its sentences.
#[derive(Clone, Debug)]
pub struct Article {
    text: String,
    sentences: Vec<Sentence>,
}

impl Article {
    /// Splits `text` into paragraphs (lines) and sentences.
    pub fn new(text: &str) -> Self {
        Article {
            text: text.to_owned(),
            sentences: split_sentences(text),
        }
    }

    /// The whole text, unchanged.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// All sentences in reading order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The text of one sentence.
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        &self.text[sentence.range.clone()]
    }

    /// The sentence with this 1-based number, if any.
    pub fn sentence(&self, number: usize) -> Option<&Sentence> {
        number.checked_sub(1).and_then(|i| self.sentences.get(i))
    }

    /// Where `span` stands in the text: `Found` when exactly once.
    pub fn locate(&self, span: &str) -> SpanLocation {
        if span.trim().is_empty() {
            return SpanLocation::Empty;
        }
        let mut hits = self.text.match_indices(span);
        match (hits.next(), hits.next()) {
            (None, _) => SpanLocation::Missing,
            (Some(_), Some(_)) => SpanLocation::Ambiguous,
            (Some((start, _)), None) => SpanLocation::Found(start..start + span.len()),
        }
    }

    /// The numbers of the sentences a byte range overlaps, in order.
    pub fn sentences_of(&self, range: &Range<usize>) -> Vec<usize> {
        self.sentences
            .iter()
            .filter(|s| s.range.start < range.end && range.start < s.range.end)
            .map(|s| s.number)
            .collect()
    }

    /// The byte ranges the article puts in quotation marks, marks included: its quotes and
    /// the names it quotes. Straight quotes pair up in order within a paragraph (a quote never
    /// runs across a line break here); curly quotes pair by direction. An unpaired mark runs
    /// to the end of its paragraph, so text after it counts as quoted rather than as the
    /// article's own voice.
    pub fn quoted(&self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut offset = 0;
        for line in self.text.split('\n') {
            let mut open: Option<usize> = None;
            for (i, c) in line.char_indices() {
                let at = offset + i;
                match (c, open) {
                    ('"' | '\u{201c}', None) => open = Some(at),
                    ('"' | '\u{201d}', Some(start)) => {
                        out.push(start..at + c.len_utf8());
                        open = None;
                    }
                    _ => {}
                }
            }
            if let Some(start) = open {
                out.push(start..offset + line.len());
            }
            offset += line.len() + 1;
        }
        out
    }

    /// The sentence numbers that `span` comes from; empty when the span is not found once.
    pub fn cite(&self, span: &str) -> Vec<usize> {
        match self.locate(span) {
            SpanLocation::Found(range) => self.sentences_of(&range),
            _ => Vec::new(),
        }
    }
}

/// The result of looking a provenance span up in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpanLocation {
    /// The span stands exactly once, at this byte range.
    Found(Range<usize>),
    /// The span is empty or only white space.
    Empty,
    /// The span does not stand verbatim in the article.
    Missing,
    /// The span stands more than once, so it does not say which sentence it cites.
    Ambiguous,
}

/// Splits text into sentences. A sentence ends at `.`, `?` or `!` (optionally followed by a
/// closing quote) that is followed by white space and then a character that is not a
/// lower-case ASCII letter, or at the end of a line. A period after a lone capital letter (as in
/// "U.S.") is an abbreviation, not an end.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut offset = 0;
    for (paragraph, line) in text.split('\n').enumerate() {
        let mut start = None;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut i = 0;
        while let Some(&(pos, c)) = chars.get(i) {
            i += 1;
            if start.is_none() && !c.is_whitespace() {
                start = Some(pos);
            }
            let Some(begin) = start else { continue };
            if !matches!(c, '.' | '?' | '!') || is_abbreviation(&chars, i - 1) {
                continue;
            }
            let mut end_idx = i;
            while chars.get(end_idx).is_some_and(|&(_, c)| c == '"' || c == '”') {
                end_idx += 1;
            }
            let end = chars.get(end_idx).map_or(line.len(), |&(p, _)| p);
            let next = chars[end_idx..].iter().find(|(_, c)| !c.is_whitespace());
            let at_gap = chars.get(end_idx).is_none_or(|&(_, c)| c.is_whitespace());
            if at_gap && next.is_none_or(|&(_, c)| !c.is_ascii_lowercase()) {
                push(&mut out, paragraph, offset + begin..offset + end);
                start = None;
                i = end_idx;
            }
        }
        if let Some(begin) = start {
            let end = line.trim_end().len();
            if end > begin {
                push(&mut out, paragraph, offset + begin..offset + end);
            }
        }
        offset += line.len() + 1;
    }
    out
}

fn push(out: &mut Vec<Sentence>, paragraph: usize, range: Range<usize>) {
    out.push(Sentence {
        number: out.len() + 1,
        paragraph,
        range,
    });
}

/// A period right after a single capital letter that itself follows a period or a word
/// boundary ("U.S.", "J. Smith") does not end a sentence.
fn is_abbreviation(chars: &[(usize, char)], i: usize) -> bool {
    if chars[i].1 != '.' || i == 0 {
        return false;
    }
    let prev = chars[i - 1].1;
    let before = i.checked_sub(2).map(|j| chars[j].1);
    lower(prev) != prev && before.is_none_or(|b| b == '.' || b.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        let article = Article::new(text);
        article
            .sentences()
            .iter()
            .map(|s| article.sentence_text(s).to_owned())
            .collect()
    }

    #[test]
    fn splits_on_periods_followed_by_capitals() {
        assert_eq!(texts("One two. Three four."), ["One two.", "Three four."]);
    }

    #[test]
    fn keeps_closing_quote_with_its_sentence() {
        assert_eq!(
            texts("\"It is new.\" He said. \"Yes,\" she said."),
            ["\"It is new.\"", "He said.", "\"Yes,\" she said."]
        );
    }

    #[test]
    fn abbreviations_do_not_end_a_sentence() {
        assert_eq!(
            texts("Trials are recognized by the U.S. FDA, he said. Next."),
            ["Trials are recognized by the U.S. FDA, he said.", "Next."]
        );
    }

    #[test]
    fn a_line_break_ends_a_sentence_and_a_paragraph() {
        let article = Article::new("No period here\nSecond line.");
        let s = article.sentences();
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].paragraph, s[1].paragraph), (0, 1));
        assert_eq!(article.sentence_text(&s[0]), "No period here");
    }

    #[test]
    fn lower_case_after_a_period_continues_the_sentence() {
        assert_eq!(texts("See p. ten for more."), ["See p. ten for more."]);
    }

    #[test]
    fn multi_byte_text_keeps_char_boundaries() {
        let t = texts("Chongqing—From here. 重庆很好. Ünïcode.");
        assert_eq!(t, ["Chongqing—From here.", "重庆很好.", "Ünïcode."]);
    }

    #[test]
    fn quoted_ranges_pair_marks_within_a_paragraph() {
        let text = "He said \"one. Two,\" and left.\n\u{201c}Curly\u{201d} \"open\nNext \"x\"";
        let a = Article::new(text);
        let quoted: Vec<&str> = a.quoted().into_iter().map(|r| &text[r]).collect();
        assert_eq!(quoted, ["\"one. Two,\"", "\u{201c}Curly\u{201d}", "\"open", "\"x\""]);
    }

    #[test]
    fn locate_distinguishes_missing_ambiguous_and_found() {
        let a = Article::new("Alpha beta. Alpha gamma.");
        assert_eq!(a.locate("beta"), SpanLocation::Found(6..10));
        assert_eq!(a.locate("Alpha"), SpanLocation::Ambiguous);
        assert_eq!(a.locate("delta"), SpanLocation::Missing);
        assert_eq!(a.locate("  "), SpanLocation::Empty);
        assert_eq!(a.cite("beta. Alpha g"), vec![1, 2]);
        assert_eq!(a.sentence(0), None);
        assert_eq!(a.sentence(2).map(|s| s.number), Some(2));
    }
}
