//! The search's vocabulary beyond the page's own words: the glossary of Chinese place names
//! (`重庆` searches "Chongqing"), which sector aliases and glossary entries a search read (and
//! the notes that say so), and "did you mean" from the index's vocabulary.
//!
//! The glossary and the aliases are data (`glossary`, `sectors[].aliases` in the dataset,
//! checked by the validator); both are marked in the page as ours, not the article's.

use super::dataset::{Dataset, Gloss};
use super::search::{Index, Query, JOIN_MAX_WORDS};

/// `text` with each glossary entry's Chinese form replaced by its English name, and the
/// entries used, in glossary order: `重庆台湾` → ` Chongqing  Taiwan `.
pub fn gloss<'a>(glossary: &'a [Gloss], text: &str) -> (String, Vec<&'a Gloss>) {
    let mut out = text.to_owned();
    let mut used = Vec::new();
    // Most queries are ASCII, and every glossary term is Chinese.
    if !text.is_ascii() {
        for g in glossary.iter().filter(|g| text.contains(&*g.chinese)) {
            out = out.replace(&*g.chinese, &format!(" {} ", g.english));
            used.push(g);
        }
    }
    (out, used)
}

/// The query a search runs for what the reader typed: the glossary applied, then parsed.
pub fn query(data: &Dataset, typed: &str) -> Query {
    Query::new(&gloss(&data.glossary, typed).0)
}

/// Whether `typed` holds Chinese, Japanese or Korean characters (the data is in English).
pub fn has_cjk(typed: &str) -> bool {
    typed.chars().any(super::chars::is_cjk)
}

/// What a search read that the reader did not type as the article writes it, and which the
/// page marks as our vocabulary: a glossary entry (its place in the glossary) or a sector's
/// aliases (the sector's place in the taxonomy).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReadAs {
    Gloss(usize),
    Alias(usize),
}

impl ReadAs {
    /// The id of its note: `read-as-0` for a glossary entry, `read-as-new-energy-vehicles`
    /// for a sector's aliases.
    pub fn note_id(self, data: &Dataset) -> String {
        match self {
            ReadAs::Gloss(i) => format!("read-as-{i}"),
            ReadAs::Alias(i) => format!("read-as-{}", data.sectors.get(i).map_or("", |s| &*s.slug)),
        }
    }
}

/// The words of what the reader typed, then of it with the glossary applied, normalised,
/// each followed by its joins with the next words, as the search also reads them (`NEVs
/// Fuling` → `nevs nevsfuling fuling nevs nevsfuling fuling`; `e.v.` → `e ev v e ev v`;
/// `重庆台湾` is one word, then `chongqing chongqingtaiwan taiwan`).
fn words(data: &Dataset, typed: &str) -> Vec<String> {
    // The glossary's English splits `重庆ev` into `chongqing ev`, so the alias is seen too.
    let glossed = gloss(&data.glossary, typed).0;
    let mut words = Vec::new();
    for text in [typed, &glossed] {
        let q = Query::new(text);
        for i in 0..q.len() {
            let mut joined = String::new();
            for j in i..q.len().min(i + JOIN_MAX_WORDS) {
                joined.push_str(&q.word(j));
                words.push(joined.clone());
            }
        }
    }
    words
}

/// The glossary entries and the aliases a search for `typed` reads, glossary first, each
/// once: an entry whose Chinese form was typed, a sector whose alias has every one of its
/// words among the words searched (`e.v.` reads as `ev`, since neighbouring words are
/// searched joined too).
pub fn read_as(data: &Dataset, typed: &str) -> Vec<ReadAs> {
    let mut out: Vec<ReadAs> = data
        .glossary
        .iter()
        .enumerate()
        .filter(|(_, g)| typed.contains(&*g.chinese))
        .map(|(i, _)| ReadAs::Gloss(i))
        .collect();
    if data.sectors.iter().all(|s| s.aliases.is_empty()) {
        return out;
    }
    let words = words(data, typed);
    let used = |alias: &str| alias.split(' ').all(|w| words.iter().any(|x| x == w));
    out.extend(
        data.sectors
            .iter()
            .enumerate()
            .filter(|(_, s)| s.aliases.iter().any(|a| used(a)))
            .map(|(i, _)| ReadAs::Alias(i)),
    );
    out
}

/// An alias as the notes write it: an abbreviation in capitals (`nev` → `NEV`, `evs` →
/// `EVs`), anything else as the dataset has it (`electric vehicles`).
pub fn alias_display(alias: &str) -> String {
    let (stem, plural) = match alias.strip_suffix('s') {
        Some(stem) if alias.len() >= 3 => (stem, "s"),
        _ => (alias, ""),
    };
    if alias.contains(' ') || alias.len() > 4 {
        alias.to_owned()
    } else {
        format!("{}{plural}", stem.to_ascii_uppercase())
    }
}

/// The note for the aliases of a sector: "“NEV”, “NEVs”, “EV”, “EVs” and “electric
/// vehicles” also find New energy vehicles: …". They are extra words of the sector, not a
/// rewrite of the search, and related terms rather than its names.
pub fn alias_note(name: &str, aliases: &[super::dataset::Text]) -> String {
    let quoted: Vec<String> = aliases
        .iter()
        .map(|a| format!("\u{201c}{}\u{201d}", alias_display(a)))
        .collect();
    let list = match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    let (verb, what) = if quoted.len() == 1 {
        ("finds", "a related term")
    } else {
        ("find", "related terms")
    };
    format!("{list} also {verb} {name}: {what} from our vocabulary, not the article\u{2019}s words.")
}

/// The note for a glossary entry, after its Chinese form (which the page marks as Chinese):
/// "[重庆] is searched as “Chongqing”, …".
pub fn gloss_note(g: &Gloss) -> String {
    format!(
        " is searched as \u{201c}{}\u{201d}, the article\u{2019}s English name (from our glossary of place names: the article is in English).",
        g.english
    )
}

/// At most this many "did you mean" suggestions.
pub const MAX_SUGGESTIONS: usize = 3;

/// Words too common to suggest: a reader who typed "chips" means no "his". (English
/// function words, as the page's texts use them.)
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "been", "both", "but", "by", "can",
    "could", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it",
    "its", "just", "many", "more", "most", "not", "of", "on", "or", "our", "out", "over", "said", "she", "since", "so",
    "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "up",
    "very", "was", "we", "were", "what", "when", "where", "which", "who", "will", "with", "would", "you",
];

/// "Did you mean": the query with its first word that matches nothing in any of `indexes`
/// replaced by the nearest terms of their vocabulary (one edit away for a word of three or
/// four characters, two for a longer one), each a whole query that finds something, nearest
/// first. Empty when every word matches somewhere, or the word is too short to correct.
pub fn did_you_mean(indexes: &[&Index], query: &Query) -> Vec<String> {
    let Some(i) = (0..query.len()).find(|&i| !indexes.iter().any(|ix| ix.matches_word(query, i))) else {
        return Vec::new();
    };
    let word: Vec<char> = query.word(i).chars().collect();
    let max = match word.len() {
        0..=2 => return Vec::new(),
        3 | 4 => 1,
        _ => 2,
    };
    let mut out: Vec<String> = Vec::new();
    // Nearest first; within a distance, in each index's term order.
    for edits in 1..=max {
        let terms = indexes.iter().flat_map(|ix| ix.at_distance(&word, edits));
        for term in terms.filter(|t| !STOP_WORDS.contains(&t.as_str())) {
            let words: Vec<String> = (0..query.len())
                .map(|j| if j == i { term.clone() } else { query.word(j) })
                .collect();
            let suggestion = words.join(" ");
            let finds = indexes.iter().any(|ix| !ix.search(&Query::new(&suggestion)).is_empty());
            if finds && !out.contains(&suggestion) {
                out.push(suggestion);
            }
            if out.len() == MAX_SUGGESTIONS {
                return out;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    #[test]
    fn the_glossary_turns_chinese_place_names_into_the_article_s_english() {
        let data = embedded::load().expect("the embedded dataset loads").0;
        let (text, used) = gloss(&data.glossary, "重庆台湾");
        assert_eq!(text, " Chongqing  Taiwan ");
        let english: Vec<&str> = used.iter().map(|g| &*g.english).collect();
        assert_eq!(english, ["Chongqing", "Taiwan"]);
        assert_eq!(gloss(&data.glossary, "fuling").1.len(), 0);
        // A Chinese word the glossary does not have stays as typed.
        assert_eq!(gloss(&data.glossary, "企业").0, "企业");
        assert!(has_cjk("企业") && has_cjk("重庆") && !has_cjk("Guó'ān café"));
    }

    #[test]
    fn the_words_typed_are_normalised_with_their_joins() {
        let data = embedded::load().expect("the embedded dataset loads").0;
        let words = |typed: &str| words(&data, typed).join(" ");
        assert_eq!(words("NEVs, Fuling"), "nevs nevsfuling fuling nevs nevsfuling fuling");
        assert_eq!(words("重庆ev"), "重庆ev chongqing chongqingev ev");
        assert_eq!(words("🚗"), "");
        // Neighbouring words are searched joined too, so their joined forms are read: an
        // alias typed apart is read (`e.v.` finds what `ev` finds).
        assert_eq!(words("e.v."), "e ev v e ev v");
        assert_eq!(words("n e v"), "n ne nev e ev v n ne nev e ev v");
        // Joined only within what was typed, or what is searched: `v e` is no `ev`.
        assert_eq!(words("v e"), "v ve e v ve e");
    }

    #[test]
    fn a_search_reads_the_glossary_entries_and_aliases_it_uses_each_once() {
        let data = embedded::load().expect("the embedded dataset loads").0;
        let nev = data
            .sectors
            .iter()
            .position(|s| s.slug == "new-energy-vehicles")
            .expect("NEV");
        let info = data
            .sectors
            .iter()
            .position(|s| s.slug == "software-information-services")
            .expect("info");
        let ids = |typed: &str| -> Vec<String> { read_as(&data, typed).iter().map(|r| r.note_id(&data)).collect() };
        assert_eq!(read_as(&data, "ev"), [ReadAs::Alias(nev)]);
        for typed in ["EVs", "e.v.", "n e v", "NEV fuling", "electric vehicles", "重庆ev"] {
            assert!(read_as(&data, typed).contains(&ReadAs::Alias(nev)), "{typed}");
        }
        // One word of a two-word alias, the letters in another order, or a longer word: no.
        for typed in ["electric", "v e", "everywhere", "fuling"] {
            assert!(!read_as(&data, typed).contains(&ReadAs::Alias(nev)), "{typed}");
        }
        assert_eq!(read_as(&data, "info services"), [ReadAs::Alias(info)]);
        assert_eq!(ids("重庆台湾"), ["read-as-0", "read-as-2"]);
        assert_eq!(ids("重庆 ev ev"), ["read-as-0", "read-as-new-energy-vehicles"]);
        assert!(read_as(&data, "").is_empty());
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Whatever is typed (quotation marks, glossary terms, symbols), the words read hold
        /// each word the search reads and each pair of its neighbours joined, and no more
        /// words than what was typed and what is searched give.
        #[test]
        fn the_words_read_hold_what_the_search_reads(
            typed in "([a-z]{1,3}|[.\"\u{91cd}\u{5e86}-]| ){0,8}",
        ) {
            let data = embedded::load().expect("the embedded dataset loads").0;
            let written = words(&data, &typed);
            let searched = query(&data, &typed);
            for i in 0..searched.len() {
                proptest::prop_assert!(written.contains(&searched.word(i)));
                if i + 1 < searched.len() {
                    let pair = [searched.word(i), searched.word(i + 1)].concat();
                    proptest::prop_assert!(written.contains(&pair), "{pair}");
                }
            }
            // Each word of what was typed and of what is searched, and its joins with the next
            // one and two: nothing else.
            let count = |n: usize| n + n.saturating_sub(1) + n.saturating_sub(2);
            let expected = count(Query::new(&typed).len()) + count(searched.len());
            proptest::prop_assert_eq!(written.len(), expected);
        }
    }

    #[test]
    fn the_notes_name_the_aliases_as_readers_write_them() {
        assert_eq!(alias_display("nev"), "NEV");
        assert_eq!(alias_display("evs"), "EVs");
        assert_eq!(alias_display("electric vehicles"), "electric vehicles");
        let data = embedded::load().expect("the embedded dataset loads").0;
        let nev = data.sector("new-energy-vehicles").expect("a sector");
        assert_eq!(
            alias_note(&nev.name, &nev.aliases),
            "\u{201c}NEV\u{201d}, \u{201c}NEVs\u{201d}, \u{201c}EV\u{201d}, \u{201c}EVs\u{201d} and \u{201c}electric vehicles\u{201d} also find New energy vehicles: related terms from our vocabulary, not the article\u{2019}s words."
        );
        let info = data.sector("software-information-services").expect("a sector");
        assert!(alias_note(&info.name, &info.aliases)
            .starts_with("\u{201c}info services\u{201d} also finds Software and information services: a related term"));
        assert!(gloss_note(&data.glossary[0]).starts_with(" is searched as \u{201c}Chongqing\u{201d}"));
    }

    #[test]
    fn did_you_mean_offers_the_nearest_terms_that_find_something() {
        let (data, article) = embedded::load().expect("embedded dataset loads");
        let cards = crate::view::index(&data);
        let scope = crate::scope::Scope::new(crate::scope::places(&data, &article, &crate::texts::Texts::embedded()));
        let indexes = [&cards, scope.index()];
        let suggest = |q: &str| did_you_mean(&indexes, &Query::new(q));
        assert_eq!(suggest("foxcon"), Vec::<String>::new(), "a prefix matches already");
        // No typo in the first letter, so these match nothing as typed.
        assert_eq!(suggest("doxconn")[0], "foxconn");
        assert_eq!(suggest("pegatron vistron"), ["pegatron wistron"]);
        // A correction that finds nothing as a whole is not offered: Fuling is on a card,
        // Quanta in the cluster.
        assert!(suggest("fuling wuanta").is_empty());
        // Every word matches, or the word is too short to correct.
        assert!(suggest("fuling").is_empty());
        assert!(suggest("zq").is_empty());
        assert!(suggest("qqqqqqqqqq").is_empty());
        // Issue 33: "chips" suggested "his".
        for q in ["chips", "thee", "wiht", "fromm"] {
            for s in suggest(q) {
                assert!(!STOP_WORDS.contains(&s.as_str()), "{q}: {s}");
            }
        }
        assert!(!suggest("chips").contains(&"his".to_owned()));
    }
}
