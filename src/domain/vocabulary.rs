//! The search's vocabulary beyond the page's own words: the glossary of Chinese place names
//! (`重庆` searches "Chongqing"), which sector aliases a search used ("NEV → New energy
//! vehicles"), and "did you mean" from the index's vocabulary when nothing matches.
//!
//! The glossary and the aliases are data (`glossary`, `sectors[].aliases` in the dataset,
//! checked by the validator); both are marked in the page as ours, not the article's.

use super::dataset::{Dataset, Gloss};
use super::search::{Index, Query};

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
    typed.chars().any(|c| matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF))
}

/// The sector aliases the query used: for each alias all of whose words the query matches,
/// the words as the reader typed them and the sector's name (`("NEV", "New energy
/// vehicles")`), in taxonomy order, once each.
pub fn aliases_used<'a>(data: &'a Dataset, query: &Query, typed: &str) -> Vec<(String, &'a str)> {
    let mut out: Vec<(String, &'a str)> = Vec::new();
    for s in data.sectors.iter() {
        for alias in s.aliases.iter() {
            let marked: usize = query.highlights(alias).iter().map(|r| r.len()).sum();
            let spaces = alias.matches(' ').count();
            if marked == 0 || marked + spaces != alias.len() {
                continue;
            }
            let words: Vec<&str> = Query::new(alias)
                .highlights(typed)
                .into_iter()
                .filter_map(|r| typed.get(r))
                .collect();
            let pair = (words.join(" "), &*s.name);
            if !pair.0.is_empty() && !out.contains(&pair) {
                out.push(pair);
            }
        }
    }
    out
}

/// At most this many "did you mean" suggestions.
pub const MAX_SUGGESTIONS: usize = 3;

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
    let mut near: Vec<(usize, String)> = indexes.iter().flat_map(|ix| ix.nearest(&word, max)).collect();
    near.sort_unstable();
    near.dedup_by(|a, b| a.1 == b.1);
    let mut out = Vec::new();
    for (_, term) in near {
        let words: Vec<String> = (0..query.len())
            .map(|j| if j == i { term.clone() } else { query.word(j) })
            .collect();
        let suggestion = words.join(" ");
        let q = Query::new(&suggestion);
        if indexes.iter().any(|ix| !ix.search(&q).is_empty()) {
            out.push(suggestion);
        }
        if out.len() == MAX_SUGGESTIONS {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::embedded;

    #[test]
    fn the_glossary_turns_chinese_place_names_into_the_article_s_english() {
        let data = embedded::dataset();
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
    fn an_alias_used_is_named_as_typed_with_its_sector() {
        let data = embedded::dataset();
        let used = |typed: &str| aliases_used(&data, &query(&data, typed), typed);
        assert_eq!(used("NEV"), [("NEV".to_owned(), "New energy vehicles")]);
        assert_eq!(used("NEVs fuling"), [("NEVs".to_owned(), "New energy vehicles")]);
        assert_eq!(
            used("Electric Vehicles"),
            [("Electric Vehicles".to_owned(), "New energy vehicles")]
        );
        assert_eq!(
            used("info services"),
            [("info services".to_owned(), "Software and information services")]
        );
        // A word of an alias alone, or the sector's own name, is no alias used.
        assert!(used("vehicles").is_empty());
        assert!(used("new energy").is_empty());
        assert!(used("everywhere").is_empty());
    }

    #[test]
    fn did_you_mean_offers_the_nearest_terms_that_find_something() {
        let (data, article) = embedded::load().expect("embedded dataset loads");
        let cards = crate::domain::view::index(&data);
        let scope = crate::domain::scope::Scope::new(crate::domain::scope::places(&data, &article));
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
    }
}
