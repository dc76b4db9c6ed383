//! Full-text search over delegations: normalisation, tokenising, matching with prefix and
//! typo tolerance, ranking by field, and highlight ranges.
//!
//! Rules: case, accents and punctuation are ignored in what is searched (`guoan` finds
//! "Guo'an"; in the query, punctuation within a word makes a phrase, below); every query
//! word must match some field; the last word also matches as a prefix; words of
//! [`TYPO_MIN_CHARS`] or more characters tolerate one edit, but not in their first letter
//! (`ecommerce` is not a typo of "commerce"). A word of one or two letters matches only a
//! whole word (`ev` is not "everywhere"). A query word joined by punctuation is a phrase of
//! its parts, as are words in quotation marks: they match neighbouring words of one text, in
//! order (`new-energy` finds "new energy", `e-commerce` "e-commerce" and "ecommerce" but not
//! "Chamber of Commerce"; `"energy new"` does not find "new energy"). The index finds the
//! documents that hold every word; [`Query::phrases_in`] then reads their texts for the
//! phrases (`view::search`), since the index does not keep where words stand. Neighbouring
//! words whose joined form is a term of the index are that term (`lei hong yi` finds "Lei
//! Hongyi", `guo an` "Guo'an"). A match in the name or the person named ranks above one in a
//! quote.
//!
//! The index keeps one posting list per distinct term, so a query scans the vocabulary once
//! per word, reads the posting lists of the terms that match, and ranks with a counting sort
//! over one score per document: its cost grows linearly with the number of documents. The
//! scan for typos first compares 32-bit character sets, so its cost per term does not depend
//! on the term's length (see [`may_be_typo`]). The per-document scores are 2 bytes (1 for
//! the current word), kept between queries and cleared by the passes that read them, so
//! that at 100,000 documents a query's working set still fits in the CPU's caches.

use super::chars::{is_word, lower};
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Mutex;

/// Words with at least this many characters tolerate one typo.
pub const TYPO_MIN_CHARS: usize = 5;

/// Words with at most this many characters match only a whole word, never as a prefix.
pub const WHOLE_WORD_MAX_CHARS: usize = 2;

/// At most this many neighbouring query words are tried joined (`lei hong yi`).
pub const JOIN_MAX_WORDS: usize = 3;

/// Whether `word` is a Latin word of one or two letters or digits (`ev`, `ai`), which
/// matches only a whole word. Two characters of Chinese (`重庆`) are a word of their own.
fn is_short(word: &[char]) -> bool {
    word.len() <= WHOLE_WORD_MAX_CHARS && word.iter().all(char::is_ascii)
}

/// What part of a card a text comes from; decides its ranking weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldKind {
    Name,
    Person,
    Sector,
    Place,
    Outcome,
    Fact,
    Statement,
    Quote,
}

impl FieldKind {
    /// Ranking weight: name and person first, quotes last.
    pub fn weight(self) -> u8 {
        match self {
            FieldKind::Name => 12,
            FieldKind::Person => 10,
            FieldKind::Sector => 6,
            FieldKind::Place => 5,
            FieldKind::Outcome | FieldKind::Fact => 3,
            FieldKind::Statement => 2,
            FieldKind::Quote => 1,
        }
    }
}

/// One searchable text of a document.
pub type Field<'a> = (FieldKind, &'a str);

/// A token of a text: its normalised form and where it stands in the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub norm: String,
    pub range: Range<usize>,
}

/// Folds one character to lower case without accents, appending to `out`; drops
/// punctuation and symbols.
///
/// A small table instead of the `unicode-normalization` crate: its decomposition tables
/// would cost more wasm than the whole search module, and the names we index are Latin or
/// pinyin (Guó'ān), which this table covers.
fn fold_into(c: char, out: &mut String) {
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        }
        return;
    }
    let base = match lower(c) {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => "o",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' => "s",
        'ţ' | 'ť' | 'ŧ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        // Full-width digits and letters, as a CJK input method types them: their ASCII forms.
        c @ ('０'..='９' | 'ａ'..='ｚ') => {
            out.extend(char::from_u32(c as u32 - 0xFEE0));
            return;
        }
        c if is_word(c) => {
            out.push(c);
            return;
        }
        _ => return,
    };
    out.push_str(base);
}

/// The normalised form of a text: lower case, no accents, no punctuation or spaces.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_into(c, &mut out);
    }
    out
}

/// Splits a text into tokens. Each white-space separated chunk gives its whole normalised
/// form ("Guo'an" → `guoan`, "e-commerce" → `ecommerce`) and, when punctuation splits it,
/// each part as well (`guo`, `an`; `e`, `commerce`), each with its byte range.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chunk_start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_whitespace(), chunk_start) {
            (false, None) => chunk_start = Some(i),
            (true, Some(start)) => {
                chunk_tokens(text, start, i, &mut tokens);
                chunk_start = None;
            }
            _ => {}
        }
    }
    tokens
}

/// The parts of the chunk `text[start..end]`, split at punctuation and symbols (which fold
/// to nothing): "Guo'an" → `guo`, `an`; each with its byte range.
fn chunk_parts(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut parts: Vec<Token> = Vec::new();
    // The current part's start, and its characters folded so far (folded straight into one
    // buffer: the phrase check tokenizes texts as it searches).
    let mut begin = None;
    let mut norm = String::new();
    for (off, c) in text[start..end].char_indices() {
        let pos = start + off;
        let before = norm.len();
        fold_into(c, &mut norm);
        if norm.len() > before {
            begin.get_or_insert(pos);
        } else if let Some(b) = begin.take() {
            parts.push(Token {
                norm: std::mem::take(&mut norm),
                range: b..pos,
            });
        }
    }
    parts.extend(begin.map(|b| Token { norm, range: b..end }));
    parts
}

fn chunk_tokens(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) {
    let parts = chunk_parts(text, start, end);
    match parts.as_slice() {
        [] => {}
        [one] => tokens.push(one.clone()),
        [first, .., last] => {
            tokens.push(Token {
                norm: parts.iter().map(|p| &*p.norm).collect(),
                range: first.range.start..last.range.end,
            });
            tokens.extend(parts);
        }
    }
}

/// A parsed query: normalised words, the last of which also matches as a prefix, and the
/// runs of them that must stand next to each other (its phrases).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<Vec<char>>,
    /// For each word, whether it must follow the word before it in a match: the parts of a
    /// word split by punctuation (`new-energy`), and words in quotation marks (`"new
    /// energy"`), are a phrase.
    tied: Vec<bool>,
}

/// Whether `c` opens or closes a quotation in a query.
fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}')
}

impl Query {
    /// Parses what the user typed: each white-space separated chunk gives its parts, split at
    /// punctuation (`new-energy` → `new`, `energy`; `guo'an` → `guo`, `an`), which make a
    /// phrase, as do the words between quotation marks (a quotation still open is a phrase
    /// being typed). Symbols and punctuation alone give no word.
    pub fn new(text: &str) -> Query {
        let mut query = Query::default();
        // Where the open quotation's words begin.
        let mut open = None;
        for chunk in text.split_whitespace() {
            let start = query.words.len();
            // A chunk follows the one before inside a quotation, after its first word.
            let follows = open.is_some_and(|at| start > at);
            let parts = chunk_parts(chunk, 0, chunk.len());
            for (i, part) in parts.iter().enumerate() {
                query.words.push(part.norm.chars().collect());
                query.tied.push(i > 0 || follows);
            }
            // A quotation mark that begins a chunk opens a quotation, one that ends a chunk
            // closes the open one (`12"` opens none); one alone opens or closes.
            let opens = chunk.chars().next().is_some_and(is_quote);
            let closes = chunk.chars().next_back().is_some_and(is_quote);
            open = match open {
                None if opens && (!closes || parts.is_empty()) => Some(start),
                Some(_) if closes => None,
                other => other,
            };
        }
        query
    }

    /// The query with neighbouring words joined wherever their joined form is a whole
    /// term for which `is_term` holds (`lei hong yi` → `lei hongyi`), longest join first.
    fn joined(&self, is_term: &dyn Fn(&[char]) -> bool) -> Query {
        let mut words = Vec::with_capacity(self.words.len());
        let mut i = 0;
        while i < self.words.len() {
            let longest = (2..=JOIN_MAX_WORDS.min(self.words.len() - i))
                .rev()
                .map(|n| (n, self.words[i..i + n].concat()))
                .find(|(_, joined)| is_term(joined));
            match longest {
                Some((n, joined)) => {
                    words.push(joined);
                    i += n;
                }
                None => {
                    words.push(self.words[i].clone());
                    i += 1;
                }
            }
        }
        Query {
            words,
            tied: Vec::new(),
        }
    }

    /// Whether the query has a phrase, whose words must stand next to each other.
    pub fn has_phrase(&self) -> bool {
        self.tied.contains(&true)
    }

    /// Whether each phrase of the query stands in one of `fields`: its words match
    /// neighbouring words of the text, in order, where neighbouring query words may also
    /// be one word of the text (`e-commerce` is in "ecommerce", `"lei hong yi"` in "Lei
    /// Hongyi"). A search checks this of the documents its index found.
    pub fn phrases_in(&self, fields: &[Field<'_>]) -> bool {
        // A phrase is a word and the words tied after it.
        let mut start = 0;
        while start < self.words.len() {
            let mut end = start + 1;
            while self.tied.get(end) == Some(&true) {
                end += 1;
            }
            if end > start + 1 && !fields.iter().any(|(_, text)| self.phrase_in(start..end, text)) {
                return false;
            }
            start = end;
        }
        true
    }

    /// Whether the words `phrase` of the query stand in `text` as neighbouring words.
    fn phrase_in(&self, phrase: Range<usize>, text: &str) -> bool {
        // Whole chunks and their parts ("Guo'an", then "Guo" and "an"), in text order.
        let tokens = tokenize(text);
        // A match begins with the phrase's first letter (a typo is never in it), so only
        // the words that do are read further.
        let first = self.words.get(phrase.start).and_then(|w| w.first()).copied();
        (0..tokens.len())
            .any(|at| tokens[at].norm.chars().next() == first && self.phrase_at(phrase.clone(), &tokens, at))
    }

    /// Whether the words `phrase` of the query begin at token `at` of a text's `tokens`.
    fn phrase_at(&self, phrase: Range<usize>, tokens: &[Token], at: usize) -> bool {
        let Some(token) = tokens.get(at) else {
            return false;
        };
        let part: Vec<char> = token.norm.chars().collect();
        self.phrase_from(phrase, &part, tokens, token.range.end)
    }

    /// Whether the words `phrase` of the query begin `part` (what is left of a text's token
    /// that ends at byte `end`) and go on in the tokens after it: each matches a whole token,
    /// or begins it with the next query words making up the rest (`e commerce` is in
    /// "ecommerce"). After a token come the tokens that begin first after it ends: a whole
    /// chunk ("Guo'an", for `guoan`) and its first part ("Guo", for `guo an`).
    fn phrase_from(&self, phrase: Range<usize>, part: &[char], tokens: &[Token], end: usize) -> bool {
        let Some(word) = self.words.get(phrase.start) else {
            return false;
        };
        let next = phrase.start + 1..phrase.end;
        if next.is_empty() {
            return self.quality(phrase.start, part) > 0;
        }
        let after = tokens.partition_point(|t| t.range.start < end);
        let begins = tokens.get(after).map(|t| t.range.start);
        (self.quality(phrase.start, part) > 0
            && (after..tokens.len())
                .take_while(|&i| Some(tokens[i].range.start) == begins)
                .any(|i| self.phrase_at(next.clone(), tokens, i)))
            || (part.len() > word.len()
                && part.starts_with(word)
                && self.phrase_from(next, &part[word.len()..], tokens, end))
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Word `i`, normalised (`pharmaceuticals`), or empty past the last.
    pub fn word(&self, i: usize) -> String {
        self.words.get(i).map(|w| w.iter().collect()).unwrap_or_default()
    }

    /// Whether the query has no words (so everything matches).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether a word of the query is a Latin word of one or two letters, which matches only
    /// a whole word (for the empty state's advice).
    pub fn has_short_word(&self) -> bool {
        self.words.iter().any(|w| is_short(w))
    }

    /// How well `term` matches word `i` of the query: 3 exact, 2 prefix (last word only),
    /// 1 one typo, 0 no match.
    fn quality(&self, i: usize, term: &[char]) -> u8 {
        let word = &self.words[i];
        let last = i + 1 == self.words.len();
        if term == word.as_slice() {
            return 3;
        }
        if is_short(word) {
            return 0;
        }
        if last && term.starts_with(word) {
            return 2;
        }
        // A typo is never in the first letter: `ecommerce` is not "commerce" misspelt.
        if word.len() < TYPO_MIN_CHARS || term.first() != word.first() {
            return 0;
        }
        if within_one_edit(word, term) {
            return 1;
        }
        let prefix_typo = last
            && (word.len().saturating_sub(1)..=word.len() + 1)
                .any(|n| n < term.len() && within_one_edit(word, &term[..n]));
        u8::from(prefix_typo)
    }

    /// Highlight ranges for `text`: the byte ranges of tokens that match any query word,
    /// sorted and merged.
    pub fn highlights(&self, text: &str) -> Vec<Range<usize>> {
        if self.is_empty() {
            return Vec::new();
        }
        // Neighbouring words that join into a token of this text mark it, as they match it.
        let tokens = tokenize(text);
        let query = self.joined(&|joined| tokens.iter().any(|t| t.norm.chars().eq(joined.iter().copied())));
        let matching: Vec<Range<usize>> = tokens
            .into_iter()
            .filter(|t| {
                let chars: Vec<char> = t.norm.chars().collect();
                (0..query.words.len()).any(|i| query.quality(i, &chars) > 0)
            })
            .map(|t| t.range)
            .collect();
        // Mark the most precise runs: a whole chunk ("Café—重庆") only when none of its
        // parts ("Café") matches by itself.
        let contains_other = |r: &Range<usize>| matching.iter().any(|o| o != r && r.start <= o.start && o.end <= r.end);
        let mut ranges: Vec<Range<usize>> = matching.iter().filter(|r| !contains_other(r)).cloned().collect();
        // Equal keys are equal ranges, so an unstable sort gives the same order.
        ranges.sort_unstable_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}

/// Whether `a` and `b` differ by at most one insertion, deletion, substitution or swap of
/// neighbours.
pub fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        if prefix == short.len() {
            return true;
        }
        let rest = prefix + 1;
        return short[rest..] == long[rest..]
            || (rest < short.len()
                && short[prefix] == long[rest]
                && short[rest] == long[prefix]
                && short[rest + 1..] == long[rest + 1..]);
    }
    short[prefix..] == long[prefix + 1..]
}

/// The Levenshtein distance between `a` and `b`: the fewest insertions, deletions and
/// replacements of one character that turn one into the other.
pub fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let replaced = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = replaced.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// An inverted index over documents made of weighted fields.
#[derive(Debug, Default)]
pub struct Index {
    /// Every distinct term's characters, back to back, in sorted term order (one contiguous
    /// buffer, so the typo scan streams through memory).
    chars: Vec<char>,
    /// Each term's `(start, len)` in `chars`; terms are sorted, so exact and prefix matches
    /// are found by binary search.
    spans: Vec<(u32, u32)>,
    /// For each term, the documents holding it, sorted, each packed with its best field
    /// weight as `doc << WEIGHT_BITS | weight` (4 bytes a posting, so large indexes stay in
    /// cache).
    postings: Vec<Vec<u32>>,
    /// Each term's character set (see [`char_mask`]), for the typo scan.
    masks: Vec<u32>,
    docs: usize,
    /// The per-document arrays of a search, kept between searches (see [`Index::search`]).
    scratch: Mutex<Scratch>,
}

/// The per-document arrays of a search: the running totals and the current word's best
/// scores. Between searches both are all zero.
#[derive(Debug, Default)]
struct Scratch {
    total: Vec<u16>,
    best: Vec<u8>,
}

/// The set of characters in `chars`, each hashed to one of 32 bits (4 bytes a term, so the
/// scan over a large vocabulary stays small in cache).
fn char_mask(chars: &[char]) -> u32 {
    chars.iter().fold(0, |mask, &c| mask | 1 << (u32::from(c) % 32))
}

/// A quick test that rules out most terms before the exact typo check: a term within one
/// edit of a word, or with a prefix within one edit, holds every character of the word but
/// the edited one, so at most one of the word's bits is missing from the term's set.
/// Necessary, not sufficient: it never rejects a real match.
fn may_be_typo(word: u32, term: u32) -> bool {
    (word & !term).count_ones() <= 1
}

/// Bits of a packed posting that hold the field weight.
const WEIGHT_BITS: u32 = 4;
const WEIGHT_MASK: u32 = (1 << WEIGHT_BITS) - 1;

/// The most one word can score in a document: the highest weight a posting can hold times
/// an exact match (3). `rank` sizes its counters from it, so no score can fall outside them.
const MAX_WORD_SCORE: usize = WEIGHT_MASK as usize * 3;

/// The characters of a term, from its `(start, len)` in the shared buffer.
fn span_chars(chars: &[char], (start, len): (u32, u32)) -> &[char] {
    &chars[start as usize..(start + len) as usize]
}

fn pack(doc: u32, weight: u8) -> u32 {
    doc << WEIGHT_BITS | u32::from(weight).min(WEIGHT_MASK)
}

fn unpack(posting: u32) -> (usize, u8) {
    // The mask keeps the weight below 16, so the cast cannot truncate.
    ((posting >> WEIGHT_BITS) as usize, (posting & WEIGHT_MASK) as u8)
}

impl Index {
    /// Builds the index; `docs[i]` holds the fields of document `i`.
    pub fn new<'a, D>(docs: D) -> Index
    where
        D: IntoIterator,
        D::Item: IntoIterator<Item = Field<'a>>,
    {
        Index::build(&mut docs.into_iter().map(|d| d.into_iter().collect()))
    }

    /// The body of [`Index::new`], not generic over the documents' iterator, so that the
    /// cards' and the page's indexes share one copy of it.
    fn build(docs: &mut dyn Iterator<Item = Vec<Field<'_>>>) -> Index {
        let mut ids: BTreeMap<String, usize> = BTreeMap::new();
        let mut index = Index::default();
        for (doc, fields) in docs.into_iter().enumerate() {
            // Packed postings hold documents below 2^28; more would need a wider posting.
            let doc = u32::try_from(doc).unwrap_or(u32::MAX) & (u32::MAX >> WEIGHT_BITS);
            for (kind, text) in fields {
                for token in tokenize(text) {
                    let next = ids.len();
                    let id = *ids.entry(token.norm).or_insert(next);
                    if id == index.postings.len() {
                        index.postings.push(Vec::new());
                    }
                    let list = &mut index.postings[id];
                    match list.last_mut() {
                        Some(last) if unpack(*last).0 == doc as usize => {
                            *last = pack(doc, unpack(*last).1.max(kind.weight()));
                        }
                        _ => list.push(pack(doc, kind.weight())),
                    }
                }
            }
            index.docs = doc as usize + 1;
        }
        let mut sorted: Vec<(Vec<char>, usize)> = ids.into_iter().map(|(t, id)| (t.chars().collect(), id)).collect();
        sorted.sort_unstable();
        let mut postings = std::mem::take(&mut index.postings);
        for (term, id) in sorted {
            let start = u32::try_from(index.chars.len()).unwrap_or(u32::MAX);
            let len = u32::try_from(term.len()).unwrap_or(u32::MAX);
            index.masks.push(char_mask(&term));
            index.chars.extend(term);
            index.spans.push((start, len));
            index.postings.push(std::mem::take(&mut postings[id]));
        }
        index
    }

    fn term(&self, t: usize) -> &[char] {
        span_chars(&self.chars, self.spans[t])
    }

    /// The sorted range of terms that start with `word` (exact and prefix matches).
    fn prefixed(&self, word: &[char]) -> Range<usize> {
        let lo = self.spans.partition_point(|&span| span_chars(&self.chars, span) < word);
        let hi = lo + self.spans[lo..].partition_point(|&span| span_chars(&self.chars, span).starts_with(word));
        lo..hi
    }

    /// The number of documents.
    pub fn len(&self) -> usize {
        self.docs
    }

    /// The number of distinct terms.
    pub fn terms(&self) -> usize {
        self.spans.len()
    }

    /// Whether the index holds no documents.
    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// Whether `word` is a whole term of the index.
    fn has_term(&self, word: &[char]) -> bool {
        let found = self.prefixed(word);
        !found.is_empty() && self.term(found.start) == word
    }

    /// Whether word `i` of `query` finds something by itself (exactly, as a prefix, or with
    /// one typo): a search of that word alone, with the search's own rules.
    pub fn matches_word(&self, query: &Query, i: usize) -> bool {
        let Some(word) = query.words.get(i) else {
            return false;
        };
        !self
            .search(&Query {
                words: vec![word.clone()],
                tied: Vec::new(),
            })
            .is_empty()
    }

    /// The bytes the index holds on the heap (its buffers' capacities, the per-search arrays
    /// included): the bench reports it at 10,000 delegations.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let scratch = self
            .scratch
            .lock()
            .map_or(0, |s| s.total.capacity() * size_of::<u16>() + s.best.capacity());
        self.chars.capacity() * size_of::<char>()
            + self.spans.capacity() * size_of::<(u32, u32)>()
            + self.postings.capacity() * size_of::<Vec<u32>>()
            + self
                .postings
                .iter()
                .map(|p| p.capacity() * size_of::<u32>())
                .sum::<usize>()
            + self.masks.capacity() * size_of::<u32>()
            + scratch
    }

    /// The terms exactly `edits` edits from `word` (an edit inserts, deletes or replaces one
    /// character), in term order. For "did you mean": it reads the whole vocabulary, so a
    /// search calls it only when it found nothing.
    pub fn at_distance(&self, word: &[char], edits: usize) -> Vec<String> {
        (0..self.spans.len())
            .map(|t| self.term(t))
            .filter(|term| term.len().abs_diff(word.len()) <= edits && edit_distance(word, term) == edits)
            .map(|term| term.iter().collect())
            .collect()
    }

    /// The words of `query` that this index does not have as typed (no term is the word, or,
    /// for the last word, starts with it), each with the term one edit away it reads them as
    /// (`healthcre` → `healthcare`; the term most documents hold, if several), or `None` if
    /// it has none. So a page can say what it searched for.
    pub fn corrections(&self, query: &Query) -> Vec<(String, Option<String>)> {
        let joined;
        let query = if query.words.len() > 1 {
            joined = query.joined(&|word| self.has_term(word));
            &joined
        } else {
            query
        };
        let mut out = Vec::new();
        for i in 0..query.words.len() {
            let terms = || (0..self.spans.len()).map(|t| (t, self.term(t)));
            if terms().any(|(_, term)| query.quality(i, term) >= 2) {
                continue;
            }
            let best = terms()
                .filter(|(_, term)| query.quality(i, term) == 1)
                .max_by_key(|(t, _)| (self.postings[*t].len(), std::cmp::Reverse(*t)));
            out.push((query.word(i), best.map(|(_, term)| term.iter().collect())));
        }
        out
    }

    /// The documents matching every word of `query`, best first (ties in document order).
    /// An empty query matches every document, in order. Neighbouring words whose joined form
    /// is a term are searched as that term.
    pub fn search(&self, query: &Query) -> Vec<u32> {
        if query.is_empty() {
            return (0..self.docs).map(doc_id).collect();
        }
        let joined;
        let query = if query.words.len() > 1 {
            joined = query.joined(&|word| self.has_term(word));
            &joined
        } else {
            query
        };
        // The per-document arrays are kept between queries, all zero (the passes that read
        // them clear them as they go), so a query allocates and clears nothing per document
        // and its arrays are still in cache from the last one. The lock is never contended
        // (searches do not nest); if it were poisoned, the arrays may hold stale scores, so
        // the query starts on fresh ones.
        match self.scratch.try_lock() {
            Ok(mut scratch) => self.search_with(query, &mut scratch),
            Err(_) => self.search_with(query, &mut Scratch::default()),
        }
    }

    fn search_with(&self, query: &Query, scratch: &mut Scratch) -> Vec<u32> {
        let Scratch { total, best } = scratch;
        total.resize(self.docs, 0);
        best.resize(self.docs, 0);
        // Per-document passes dominate at scale, so their arrays are as small as the scores
        // allow (a word scores at most [`MAX_WORD_SCORE`], a byte; totals in 16 bits) and
        // there are as few passes as possible. A word scores at least 1 where it matches, so
        // 0 marks a document that misses one. The first word scores straight into `total`,
        // later words into `best`, then merge.
        let totals = total.as_mut_slice();
        let bests = best.as_mut_slice();
        self.score_word(query, 0, |doc, score| {
            let slot = &mut totals[doc];
            *slot = (*slot).max(u16::from(score));
        });
        let words = query.words.len();
        for i in 1..words {
            self.score_word(query, i, |doc, score| {
                let slot = &mut bests[doc];
                *slot = (*slot).max(score);
            });
            // The last word's scores are merged by `rank`, in the same pass as its count.
            if i + 1 < words {
                for (t, b) in totals.iter_mut().zip(bests.iter_mut()) {
                    *t = merge(*t, std::mem::take(b));
                }
            }
        }
        let top = words.saturating_mul(MAX_WORD_SCORE).min(usize::from(u16::MAX));
        rank(totals, (words > 1).then_some(bests), top)
    }

    /// Calls `apply(doc, score)` for each posting of each term that matches word `i` of
    /// `query`, with the posting's field weight times the quality of the match (1 to
    /// [`MAX_WORD_SCORE`]).
    fn score_word(&self, query: &Query, i: usize, mut apply: impl FnMut(usize, u8)) {
        let word = &query.words[i];
        // Exact and prefix matches come from a binary search; only a word long enough to
        // tolerate a typo scans the rest of the vocabulary, through the character sets.
        let prefixed = self.prefixed(word);
        let prefixed = if is_short(word) {
            prefixed.start..prefixed.start + usize::from(self.has_term(word))
        } else {
            prefixed
        };
        let scan = if word.len() >= TYPO_MIN_CHARS {
            0..self.spans.len()
        } else {
            prefixed.clone()
        };
        let mask = char_mask(word);
        // Zipped rather than indexed: the scan over a large vocabulary stays a tight loop.
        for (t, &term_mask) in scan.clone().zip(&self.masks[scan]) {
            if !prefixed.contains(&t) && !may_be_typo(mask, term_mask) {
                continue;
            }
            let quality = query.quality(i, self.term(t));
            if quality == 0 {
                continue;
            }
            for &posting in &self.postings[t] {
                let (doc, weight) = unpack(posting);
                apply(doc, weight * quality);
            }
        }
    }
}

/// A document index as a result holds it (the index packs documents below 2^28).
fn doc_id(doc: usize) -> u32 {
    u32::try_from(doc).unwrap_or(u32::MAX)
}

/// A document's running total after a word that scored `best` in it (0: missed it).
fn merge(total: u16, best: u8) -> u16 {
    // Saturating: past 65,535 (some 1,800 words) only the order of ties suffers.
    if total == 0 || best == 0 {
        0
    } else {
        total.saturating_add(u16::from(best))
    }
}

/// The documents with a score (not 0), best first and in document order within a score;
/// no score is above `top`. With `last`, the last word's scores are first merged into
/// `total`. Clears `total` and `last` on the way.
///
/// Scores are small integers, so a counting sort does it in two passes over the documents.
/// Both passes are branch-free, since whether a document scored follows no pattern a CPU
/// could predict: documents that scored 0 all go to one spare slot past the end, cut off.
/// (Plain loops over slices: iterator adapters and `Vec` indexing are not always inlined in
/// the size-optimised build.)
fn rank(total: &mut [u16], last: Option<&mut [u8]>, top: usize) -> Vec<u32> {
    let mut counts = vec![0u32; top + 1];
    let counts = counts.as_mut_slice();
    match last {
        Some(last) => {
            for (t, b) in total.iter_mut().zip(last.iter_mut()) {
                *t = merge(*t, std::mem::take(b));
                counts[usize::from(*t)] += 1;
            }
        }
        None => {
            for &t in total.iter() {
                counts[usize::from(t)] += 1;
            }
        }
    }
    // Turn the counts into where the documents scoring s begin, the highest score first.
    let mut next = 0;
    for c in counts.iter_mut().rev() {
        next += std::mem::replace(c, next);
    }
    // Score 0 comes last, so where it begins is where the scored documents end.
    let scored = counts[0] as usize;
    let mut docs = vec![0u32; scored + 1];
    let out = docs.as_mut_slice();
    for (doc, s) in total.iter_mut().enumerate() {
        let s = std::mem::take(s);
        let slot = &mut counts[usize::from(s)];
        out[*slot as usize] = doc_id(doc);
        *slot += u32::from(s != 0);
    }
    docs.truncate(scored);
    docs
}

impl Index {
    /// Whether the index is internally consistent (for tests): every posting names a document.
    #[cfg(test)]
    fn postings_in_range(&self) -> bool {
        self.postings.iter().flatten().all(|&p| unpack(p).0 < self.docs)
    }
}

/// Splits `text` into runs, each marked or not, following `ranges` (as from
/// [`Query::highlights`]). Ranges that are out of bounds or not on char boundaries are
/// skipped, so a stale range can never panic.
pub fn segments<'t>(text: &'t str, ranges: &[Range<usize>]) -> Vec<(bool, &'t str)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for r in ranges {
        let valid =
            r.start >= pos && r.start < r.end && text.is_char_boundary(r.start) && text.get(r.start..r.end).is_some();
        if !valid {
            continue;
        }
        if r.start > pos {
            out.push((false, &text[pos..r.start]));
        }
        out.push((true, &text[r.start..r.end]));
        pos = r.end;
    }
    if pos < text.len() {
        out.push((false, &text[pos..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_matched_only_with_a_typo_is_reported_with_the_term_it_reads_as() {
        let index = Index::new([
            vec![(FieldKind::Name, "Taiwan Healthcare Industry Alliance")],
            vec![(FieldKind::Name, "healthcare cell therapy")],
            vec![(FieldKind::Name, "health")],
        ]);
        let fixed = |q: &str| index.corrections(&Query::new(q));
        let read = |w: &str, t: Option<&str>| (w.to_owned(), t.map(str::to_owned));
        assert_eq!(fixed("healthcre"), [read("healthcre", Some("healthcare"))]);
        assert_eq!(
            fixed("healthcre theraby"),
            [read("healthcre", Some("healthcare")), read("theraby", Some("therapy"))]
        );
        // As typed, or a prefix of the last word: nothing to say.
        assert!(fixed("healthcare").is_empty() && fixed("heal").is_empty() && fixed("").is_empty());
        // No typo in the first letter, none for a short word: not had, and no correction.
        assert_eq!(fixed("xealthcare"), [read("xealthcare", None)]);
        assert_eq!(fixed("thrapy"), [read("thrapy", Some("therapy"))]);
    }

    #[test]
    fn the_index_s_heap_grows_with_its_corpus() {
        let real = crate::embedded::load().expect("the embedded dataset loads").0;
        let bytes = |n: usize| {
            let data = crate::synthetic::generate(&real, n);
            let index = crate::view::index(&data);
            let _ = index.search(&Query::new("lei"));
            (index.heap_bytes(), index.spans.len(), data.delegations.len())
        };
        let (small, terms, docs) = bytes(100);
        // At least every term's characters, span and mask, and the per-document arrays.
        assert!(small >= terms * (4 + 8 + 4) + docs * 3, "{small} bytes, {terms} terms");
        let (large, _, _) = bytes(1000);
        assert!(large > small * 5, "{small} then {large}");
    }

    #[test]
    fn the_edit_distance_counts_insertions_deletions_and_replacements() {
        let d = |a: &str, b: &str| edit_distance(&a.chars().collect::<Vec<_>>(), &b.chars().collect::<Vec<_>>());
        assert_eq!(d("foxconn", "foxconn"), 0);
        assert_eq!(d("doxconn", "foxconn"), 1);
        assert_eq!(d("foxcon", "foxconn"), 1);
        assert_eq!(d("pharmaceutcals", "pharmaceutical"), 2);
        assert_eq!(d("", "abc"), 3);
        assert_eq!(d("重庆", "重"), 1);
    }

    #[test]
    fn the_nearest_terms_are_those_a_word_misses_by_a_few_edits() {
        let index = Index::new([
            [(FieldKind::Name, "Foxconn Pegatron")],
            [(FieldKind::Name, "Wistron Quanta")],
        ]);
        let word = |w: &str| w.chars().collect::<Vec<char>>();
        assert_eq!(index.at_distance(&word("vistron"), 1), ["wistron"]);
        assert_eq!(index.at_distance(&word("doxcomn"), 1), Vec::<String>::new());
        assert_eq!(index.at_distance(&word("doxcomn"), 2), ["foxconn"]);
        assert_eq!(index.at_distance(&word("pegatron"), 0), ["pegatron"]);
        let q = Query::new("pegatron vistron");
        assert!(index.matches_word(&q, 0));
        assert!(!index.matches_word(&q, 1), "no typo in the first letter");
        assert!(!index.matches_word(&q, 2), "past the last word");
        assert_eq!(
            (q.len(), q.word(1), q.word(2)),
            (2, "vistron".to_owned(), String::new())
        );
    }

    fn norms(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.norm).collect()
    }

    fn marked(query: &str, text: &str) -> Vec<String> {
        let q = Query::new(query);
        segments(text, &q.highlights(text))
            .into_iter()
            .filter(|(m, _)| *m)
            .map(|(_, s)| s.to_owned())
            .collect()
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn normalizes_case_accents_and_punctuation() {
        assert_eq!(normalize("Wang Guo'an"), "wangguoan");
        assert_eq!(normalize("Guó'ān"), "guoan");
        assert_eq!(normalize("CAFÉ, Straße!"), "cafestrasse");
        assert_eq!(normalize("重庆 市"), "重庆市");
        assert_eq!(normalize("—…“”"), "");
        // Full-width, as a CJK input method types: ASCII; with CJK punctuation dropped.
        assert_eq!(normalize("Ｗａｎｇ，Ｇｕｏ＇ａｎ　２０２５。"), "wangguoan2025");
        assert_eq!(normalize("ΑΘΗΝΑ Москва İstanbul"), "αθηναмоскваistanbul");
    }

    #[test]
    fn tokenizes_whole_chunks_and_their_parts() {
        assert_eq!(norms("Wang Guo'an"), ["wang", "guoan", "guo", "an"]);
        assert_eq!(
            norms("cross-border e-commerce."),
            ["crossborder", "cross", "border", "ecommerce", "e", "commerce"]
        );
        assert_eq!(norms("  \"Hi,\"  "), ["hi"]);
        assert!(norms("— , ").is_empty());
    }

    #[test]
    fn token_ranges_are_byte_ranges_of_the_original_text() {
        let text = "Café Guó'ān—重庆";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.range.start) && text.is_char_boundary(t.range.end));
        }
        let t = tokenize(text);
        assert_eq!(&text[t[0].range.clone()], "Café");
        assert_eq!(&text[t[1].range.clone()], "Guó'ān—重庆");
        assert_eq!(t[1].norm, "guoan重庆");
    }

    #[test]
    fn one_edit_covers_insert_delete_substitute_and_swap() {
        let ok = [
            ("health", "health"),
            ("helth", "health"),
            ("healthx", "health"),
            ("heakth", "health"),
            ("haelth", "health"),
        ];
        for (a, b) in ok {
            assert!(within_one_edit(&chars(a), &chars(b)), "{a} {b}");
        }
        let no = [
            ("hlth", "health"),
            ("htlaeh", "health"),
            ("abcde", "vwxyz"),
            ("ab", "ba c"),
        ];
        for (a, b) in no {
            assert!(!within_one_edit(&chars(a), &chars(b)), "{a} {b}");
        }
    }

    // proptest is a native-only dev-dependency; these run under `cargo test`.
    #[cfg(not(target_arch = "wasm32"))]
    mod typo_filter {
        use super::super::*;
        use proptest::prelude::*;

        /// A word from a small alphabet (so near-misses are common), and a term made from it
        /// by one random edit and an optional tail, or an unrelated term.
        fn word_and_term() -> impl Strategy<Value = (Vec<char>, Vec<char>)> {
            let word = proptest::collection::vec(proptest::char::range('a', 'f'), TYPO_MIN_CHARS..9);
            let tail = proptest::collection::vec(proptest::char::range('a', 'h'), 0..4);
            (word, 0usize..5, any::<usize>(), proptest::char::range('a', 'h'), tail).prop_map(
                |(word, edit, at, c, tail)| {
                    let mut term = word.clone();
                    let at = at % term.len();
                    match edit {
                        0 => term[at] = c,
                        1 => term.insert(at, c),
                        2 => {
                            term.remove(at);
                        }
                        3 if at + 1 < term.len() => term.swap(at, at + 1),
                        _ => term = tail.clone(),
                    }
                    term.extend(tail);
                    (word, term)
                },
            )
        }

        proptest! {
            /// The character-set test never rules out a term the full check would match.
            #[test]
            fn never_rejects_a_match((word, term) in word_and_term()) {
                let text: String = word.iter().collect();
                let query = Query::new(&text);
                let quality = query.quality(0, &term);
                if quality > 0 && !term.starts_with(&word) {
                    prop_assert!(may_be_typo(char_mask(&word), char_mask(&term)), "{word:?} {term:?}");
                }
            }

            /// Searching with the filter finds what checking every term would find.
            #[test]
            fn search_equals_the_unfiltered_scan(
                terms in proptest::collection::vec(word_and_term(), 1..12),
                pick in any::<usize>(),
            ) {
                let texts: Vec<String> = terms.iter().map(|(_, t)| t.iter().collect()).collect();
                let index = Index::new(texts.iter().map(|t| vec![(FieldKind::Name, t.as_str())]));
                let word: String = terms[pick % terms.len()].0.iter().collect();
                let query = Query::new(&word);
                let found: Vec<usize> = index.search(&query).into_iter().map(|d| d as usize).collect();
                let chars: Vec<Vec<char>> = texts.iter().map(|t| normalize(t).chars().collect()).collect();
                let expected: Vec<usize> = (0..texts.len()).filter(|&d| query.quality(0, &chars[d]) > 0).collect();
                let mut found_sorted = found.clone();
                found_sorted.sort_unstable();
                prop_assert_eq!(found_sorted, expected);
            }
        }
    }

    fn index() -> Index {
        Index::new([
            vec![
                (FieldKind::Name, "Taiwan Healthcare Industry Alliance"),
                (FieldKind::Person, "Wang Guo'an"),
            ],
            vec![
                (FieldKind::Name, "Electronics Association"),
                (FieldKind::Quote, "healthcare is growing"),
            ],
            vec![
                (FieldKind::Name, "Business and Construction"),
                (FieldKind::Place, "Fuling District"),
            ],
        ])
    }

    fn docs(q: &str) -> Vec<usize> {
        index().search(&Query::new(q)).into_iter().map(|d| d as usize).collect()
    }

    #[test]
    fn empty_query_returns_everything_in_order() {
        assert_eq!(docs(""), [0, 1, 2]);
        assert_eq!(docs("  ,, "), [0, 1, 2]);
    }

    #[test]
    fn matches_ignoring_case_accents_and_punctuation() {
        assert_eq!(docs("guoan"), [0]);
        assert_eq!(docs("GUÓ'ĀN"), [0]);
        assert_eq!(docs("guo an"), [0]);
        assert_eq!(docs("fuling,"), [2]);
    }

    #[test]
    fn last_word_matches_as_prefix_and_others_do_not() {
        assert_eq!(docs("ful"), [2]);
        assert_eq!(docs("wang guo"), [0]);
        assert!(docs("wan guo").is_empty(), "only the last word is a prefix");
    }

    #[test]
    fn a_word_of_one_or_two_letters_matches_only_a_whole_word() {
        assert!(docs("fu").is_empty(), "not a prefix");
        assert!(docs("wang gu").is_empty());
        let idx = Index::new([
            vec![(FieldKind::Quote, "everywhere I go")],
            vec![(FieldKind::Sector, "EV makers")],
        ]);
        assert_eq!(idx.search(&Query::new("EV")), [1]);
        assert_eq!(idx.search(&Query::new("go")), [0]);
        assert_eq!(marked("ev", "EV and everywhere"), ["EV"]);
    }

    #[test]
    fn a_typo_is_never_in_the_first_letter() {
        let idx = Index::new([
            vec![(FieldKind::Name, "Chamber of Commerce")],
            vec![(FieldKind::Sector, "Cross-border e-commerce")],
        ]);
        assert_eq!(idx.search(&Query::new("ecommerce")), [1]);
        assert_eq!(idx.search(&Query::new("commerce")), [0, 1]);
        assert_eq!(
            idx.search(&Query::new("comerce")),
            [0, 1],
            "a typo after the first letter"
        );
    }

    #[test]
    fn punctuation_splits_a_query_word_into_parts_that_must_all_match() {
        let idx = Index::new([
            vec![(FieldKind::Name, "Chamber of Commerce")],
            vec![(FieldKind::Sector, "Cross-border e-commerce")],
            vec![(FieldKind::Sector, "New energy vehicles")],
        ]);
        assert_eq!(idx.search(&Query::new("e-commerce")), [1]);
        assert_eq!(idx.search(&Query::new("new-energy")), [2]);
        assert_eq!(idx.search(&Query::new("new energy")), [2]);
        assert_eq!(idx.search(&Query::new("cross border")), [1]);
        assert_eq!(idx.search(&Query::new("\"cross-border\"")), [1]);
        assert_eq!(Query::new("guo'an").words.len(), 2);
        assert!(
            Query::new("🚗 - …").is_empty(),
            "symbols and punctuation alone are no word"
        );
    }

    /// The documents of `texts` (one field each) that `q` finds, as the app searches: the
    /// index's matches that also hold the query's phrases.
    fn phrase_docs(texts: &[&str], q: &str) -> Vec<usize> {
        let docs: Vec<Vec<Field>> = texts.iter().map(|t| vec![(FieldKind::Fact, *t)]).collect();
        let query = Query::new(q);
        let hits = Index::new(docs.clone()).search(&query);
        hits.into_iter()
            .map(|d| d as usize)
            .filter(|&d| query.phrases_in(&docs[d]))
            .collect()
    }

    #[test]
    fn a_quoted_or_hyphenated_query_matches_neighbouring_words_in_order() {
        let texts = [
            "Chamber of Commerce",
            "Cross-border e-commerce",
            "New energy vehicles",
            "energy for new homes",
            "Lei Hongyi spoke",
            "ecommerce platforms",
            "Wang Guo'an said",
        ];
        let table: &[(&str, &[usize], &str)] = &[
            ("chamber commerce", &[0], "unquoted: both words, anywhere"),
            ("\"chamber commerce\"", &[], "quoted: not next to each other"),
            ("\"chamber of commerce\"", &[0], "quoted, every word"),
            ("\u{201c}chamber of commerce\u{201d}", &[0], "curly quotation marks"),
            ("new energy", &[2, 3], "unquoted: both words, in any order"),
            ("\"new energy\"", &[2], "quoted: in this order"),
            ("new-energy", &[2], "a hyphen ties the parts, in order"),
            ("\"energy new\"", &[], "the wrong order"),
            ("energy-new", &[], "the wrong order, hyphenated"),
            ("e-commerce", &[1, 5], "the split form finds the joined one"),
            ("ecommerce", &[1, 5], "the joined form finds the split one"),
            ("\"cross border\"", &[1], "quoted words find a hyphenated compound"),
            ("border-cross", &[], "the compound's parts reversed"),
            ("\"lei hong yi\"", &[4], "quoted syllables of one name"),
            ("\"new ener", &[2], "a quotation being typed: its last word a prefix"),
            ("\"new enrgy\"", &[2], "a typo in a phrase's long word"),
            (
                "vehicles \" new energy\"",
                &[2],
                "a lone quotation mark ties no word before it",
            ),
            (
                "\"wang guoan\"",
                &[6],
                "a query word for a whole word with an apostrophe",
            ),
            ("wang-guoan", &[6], "the same, hyphenated"),
            ("\"wang guo", &[6], "a quotation being typed, its last word a part"),
            (
                "\"wang guoa",
                &[6],
                "a quotation being typed, its last word a whole word's prefix",
            ),
            (
                "\"cross-border ecommerce\"",
                &[1],
                "a compound's parts, then a joined form",
            ),
            ("\"cross border\" e-commerce", &[1], "two phrases, both in the text"),
            ("new-energy \"chamber of\"", &[], "two phrases in different texts"),
            ("\"new wnergy\"", &[], "no typo in a phrase word's first letter"),
            ("\"border e", &[1], "a phrase's word of one letter matches a whole word"),
            ("\"spoke\" lei", &[4], "a quoted word alone is that word"),
        ];
        let mut failed = Vec::new();
        for (q, expected, rule) in table {
            let found = phrase_docs(&texts, q);
            if found != *expected {
                failed.push(format!("{q:?} ({rule}): expected {expected:?}, found {found:?}"));
            }
        }
        assert!(failed.is_empty(), "{}", failed.join("\n"));
    }

    #[test]
    fn phrases_are_the_tied_runs_of_words() {
        let tied = |q: &str| Query::new(q).tied;
        assert_eq!(tied("new-energy vehicles"), [false, true, false]);
        assert_eq!(tied("\"new energy\" vehicles"), [false, true, false]);
        assert_eq!(tied("a \"b c d\" e \"f"), [false, false, true, true, false, false]);
        assert_eq!(tied("\"x"), [false]);
        assert!(!Query::new("new energy").has_phrase());
        assert!(!Query::new("\"new\"").has_phrase());
        assert!(Query::new("guo'an").has_phrase());
        // A quotation mark after a word opens nothing.
        assert_eq!(tied("12\" screen tv"), [false, false, false]);
        assert_eq!(tied("\u{201c}new energy\u{201d} vehicles"), [false, true, false]);
        assert_eq!(tied("\" new energy \" vehicles"), [false, true, false]);
    }

    #[test]
    fn a_phrase_must_stand_in_one_text() {
        let fields = [(FieldKind::Name, "New"), (FieldKind::Fact, "energy vehicles")];
        assert!(!Query::new("\"new energy\"").phrases_in(&fields));
        assert!(Query::new("new energy").phrases_in(&fields));
        assert!(Query::new("\"energy vehicles\"").phrases_in(&fields));
    }

    #[test]
    fn neighbouring_words_that_join_into_a_term_are_that_term() {
        let idx = Index::new([
            vec![(FieldKind::Person, "Lei Hongyi")],
            vec![(FieldKind::Person, "Wang Guo'an")],
            vec![(FieldKind::Quote, "Hong Kong is not yi")],
        ]);
        assert_eq!(idx.search(&Query::new("lei hong yi")), [0]);
        assert_eq!(idx.search(&Query::new("hongyi")), [0]);
        assert_eq!(idx.search(&Query::new("guo an")), [1]);
        assert_eq!(idx.search(&Query::new("wang guo an")), [1]);
        assert_eq!(marked("lei hong yi", "President Lei Hongyi"), ["Lei", "Hongyi"]);
    }

    /// A search reuses the per-document arrays of the last one, so it must leave them clear.
    #[test]
    fn searches_in_a_row_do_not_see_each_other() {
        let shared = index();
        // After a two-word query, a stale score for "healthcare" in document 0 would let
        // "taiwan association" match it; after "wang guo", "fuling" would find document 0.
        let script = [
            "electronics healthcare",
            "taiwan association",
            "wang guo",
            "fuling",
            "guo an wang",
            "business",
            "",
            "helthc",
            "taiwan healthcare alliance",
            "quote",
        ];
        for q in script.iter().chain(script.iter().rev()) {
            let fresh = index().search(&Query::new(q));
            assert_eq!(shared.search(&Query::new(q)), fresh, "{q:?}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Whatever the ranges, the runs read back as the text: a highlight never drops,
        /// repeats or splits a character (the components render these runs as text and
        /// `<mark>` nodes).
        #[test]
        fn segments_read_back_as_the_text_whatever_the_ranges(
            text in "\\PC{0,40}",
            ranges in proptest::collection::vec((0usize..60, 0usize..60), 0..4),
        ) {
            let ranges: Vec<Range<usize>> = ranges.into_iter().map(|(a, b)| a.min(b)..a.max(b)).collect();
            let runs = segments(&text, &ranges);
            proptest::prop_assert_eq!(runs.iter().map(|(_, run)| *run).collect::<String>(), text.clone());
            proptest::prop_assert!(runs.iter().all(|(_, run)| !run.is_empty()));
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Any run of queries over one index finds what each would find on a fresh index.
        #[test]
        fn any_run_of_searches_matches_fresh_ones(
            run in proptest::collection::vec(
                proptest::collection::vec(proptest::sample::select(WORDS.to_vec()), 0..4),
                1..8,
            ),
        ) {
            let shared = index();
            for words in run {
                let q = Query::new(&words.join(" "));
                proptest::prop_assert_eq!(shared.search(&q), index().search(&q), "{:?}", words);
            }
        }
    }

    /// Words of the test index, prefixes and typos of them, and words it lacks.
    #[cfg(not(target_arch = "wasm32"))]
    const WORDS: [&str; 12] = [
        "taiwan",
        "healthcare",
        "helthcare",
        "wang",
        "guo",
        "an",
        "electronics",
        "association",
        "fuling",
        "busin",
        "quote",
        "growing",
    ];

    #[test]
    fn all_words_must_match() {
        assert_eq!(docs("healthcare wang"), [0]);
        assert!(docs("healthcare fuling").is_empty());
    }

    #[test]
    fn long_words_tolerate_one_typo_short_words_do_not() {
        assert_eq!(docs("fulnig"), [2]);
        assert_eq!(docs("helthcare"), [0, 1]);
        assert_eq!(docs("distrct"), [2]);
        assert!(docs("wnag x").is_empty());
        assert!(docs("wabg").is_empty());
    }

    #[test]
    fn typo_tolerance_also_applies_to_the_prefix_of_the_last_word() {
        assert_eq!(docs("helthc"), [0, 1]);
    }

    #[test]
    fn name_and_person_matches_rank_above_quote_matches() {
        assert_eq!(docs("healthcare"), [0, 1]);
        let idx = Index::new([
            vec![(FieldKind::Quote, "Wang said so")],
            vec![(FieldKind::Person, "Wang Guo'an")],
        ]);
        assert_eq!(idx.search(&Query::new("wang")), [1, 0]);
    }

    #[test]
    fn highlights_matching_tokens_with_byte_ranges() {
        assert_eq!(marked("guoan", "President Wang Guo'an said"), ["Guo'an"]);
        assert_eq!(marked("heal", "Healthcare and health"), ["Healthcare", "health"]);
        assert_eq!(marked("an", "Wang Guo'an"), ["an"]);
        assert_eq!(marked("", "anything"), Vec::<String>::new());
    }

    #[test]
    fn highlights_multi_byte_text() {
        assert_eq!(marked("cafe", "Le Café—重庆 café"), ["Café", "café"]);
        assert_eq!(marked("重庆", "在重庆 市"), Vec::<String>::new());
        assert_eq!(marked("在重", "在重庆 市"), ["在重庆"]);
        assert_eq!(marked("guoan", "Guó'ān"), ["Guó'ān"]);
    }

    #[test]
    fn ranking_is_by_score_then_document_order() {
        // 0 marks a document that missed a word: it is not ranked.
        let mut total = [3, 0, 7, 3, 1, 7];
        assert_eq!(rank(&mut total, None, 7), [2, 5, 0, 3, 4]);
        assert_eq!(total, [0; 6], "rank clears the totals");
        assert_eq!(rank(&mut [1, 300, 2, 300], None, 400), [1, 3, 2, 0]);
        assert!(rank(&mut [0, 0], None, 36).is_empty());
        assert!(rank(&mut [], None, 0).is_empty());
        // With the last word's scores: a document that missed either word drops out.
        let (mut total, mut last) = ([3, 0, 7, 3, 1, 7], [2, 9, 0, 1, 1, 5]);
        assert_eq!(rank(&mut total, Some(&mut last), 12), [5, 0, 3, 4]);
        assert_eq!((total, last), ([0; 6], [0; 6]), "rank clears both");
        assert_eq!(merge(u16::MAX, 36), u16::MAX);
        // Every weight a posting can hold, times an exact match, fits the counters and a byte.
        assert!(MAX_WORD_SCORE <= usize::from(u8::MAX));
        use FieldKind::*;
        let kinds = [Name, Person, Sector, Place, Outcome, Fact, Statement, Quote];
        assert!(kinds.iter().all(|k| u32::from(k.weight()) <= WEIGHT_MASK));
        assert!(index().postings_in_range());
    }

    #[test]
    fn segments_skip_invalid_ranges() {
        let text = "héllo";
        assert_eq!(segments(text, std::slice::from_ref(&(2..3))), [(false, "héllo")]);
        assert_eq!(segments(text, &[0..1, 0..2, 9..12]), [(true, "h"), (false, "éllo")]);
        assert_eq!(segments("", std::slice::from_ref(&(0..1))), Vec::<(bool, &str)>::new());
    }
}
