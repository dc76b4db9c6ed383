//! The page's wordings and addresses that depend on data: the result count, the citation
//! labels, the empty state's question, "Show more", the links to sentences and the element
//! ids the URL and the components share.
//!
//! Pure text, so the components stay declarative and these are tested natively.

use super::dataset::Gloss;
pub use super::figures::figure_text;
use super::format::{and_list, count_noun, noun};
use super::url_state::ViewState;

/// "3 delegations", or "No delegations".
pub fn count(n: usize) -> String {
    if n == 0 {
        "No delegations".to_owned()
    } else {
        count_noun(n, "delegation")
    }
}

/// An overview count of outcomes: `"1 framework reached"`, or `"Agreements signed (number
/// not given)"` when the article does not give the number.
pub fn outcome_count(count: Option<u32>, singular: &str, verb: &str) -> String {
    match count {
        Some(n) => format!("{} {verb}", count_noun(n as usize, singular)),
        None => {
            let plural = noun(2, singular);
            let mut chars = plural.chars();
            let initial = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or_default();
            format!("{initial}{} {verb} (number not given)", chars.as_str())
        }
    }
}

/// The id of "About this data" (the page's footer), which the header links to: an anchor
/// of the URL contract (`#about`), kept when the app rewrites the address.
pub const ABOUT_ID: &str = "about";

/// The page's own anchors, part of the URL contract: a link to one opens the page there
/// (the figures panel and the article are rendered after the first paint, then scrolled to),
/// and it stays in the address. `#about` is the footer.
pub const PAGE_ANCHORS: [&str; 5] = ["figures", "editions", "article", "sources", ABOUT_ID];

/// What the id of a figure tile starts with (`figure-utilization-rate`).
pub const FIGURE_ID: &str = "figure-";
/// What the id of a context note starts with (`context-2`, `context-cluster`).
pub const CONTEXT_ID: &str = "context-";
/// What the id of another report's entry starts with (`source-cqnews-5th-2013`); its
/// sentences' ids add `--` and the number (`source-cqnews-5th-2013--9`), which no slug has.
pub const SOURCE_ID: &str = "source-";

/// Whether `fragment` names a place a search result links to: a figure tile, a context note,
/// another report or one of its sentences. Such a fragment stays in the address, and is no
/// card's id.
pub fn is_place_id(fragment: &str) -> bool {
    [FIGURE_ID, CONTEXT_ID, SOURCE_ID]
        .iter()
        .any(|p| fragment.strip_prefix(p).is_some_and(|rest| !rest.is_empty()))
}

/// The advice for a search in Chinese (or Japanese, Korean) that finds nothing: the data is
/// in English, with the glossary's places as examples, and every form of them the glossary
/// reads ("重庆 (重慶), 台湾 (台灣, 臺灣), 渝中 and 涪陵").
pub fn chinese_advice(glossary: &[Gloss]) -> String {
    let mut places: Vec<(&str, Vec<&str>)> = Vec::new();
    for g in glossary {
        match places.iter_mut().find(|(english, _)| *english == &*g.english) {
            Some((_, forms)) => forms.push(&g.chinese),
            None => places.push((&g.english, vec![&g.chinese])),
        }
    }
    let english: Vec<&str> = places.iter().map(|(e, _)| *e).collect();
    let forms: Vec<String> = places
        .iter()
        .map(|(_, forms)| match forms.split_first() {
            Some((first, [])) => (*first).to_owned(),
            Some((first, rest)) => format!("{first} ({})", rest.join(", ")),
            None => String::new(),
        })
        .collect();
    format!(
        "The article and the data are in English: search with English words, such as {} or healthcare. Our glossary reads only the place names {} as English.",
        english.join(", "),
        and_list(&forms)
    )
}

/// At most this many notes about one link are shown.
pub const MAX_NOTES: usize = 5;

/// `notes`, at most [`MAX_NOTES`] of them: past that, the first ones and "And N more
/// corrections to the link." (a 100 KB link once made 33,000 notes).
pub fn bounded_notes(mut notes: Vec<String>) -> Vec<String> {
    if notes.len() > MAX_NOTES {
        let more = notes.len() - (MAX_NOTES - 1);
        notes.truncate(MAX_NOTES - 1);
        notes.push(format!(
            "And {} more corrections to the link.",
            super::format::group(more as i64)
        ));
    }
    notes
}

/// The label of "Cite this view" at rest.
pub const CITE: &str = "Cite this view";

/// "sentence 12", "sentences 12, 13".
pub fn sentences(numbers: &[usize]) -> String {
    let joined: Vec<String> = numbers.iter().map(ToString::to_string).collect();
    match numbers {
        [one] => format!("sentence {one}"),
        _ => format!("sentences {}", joined.join(", ")),
    }
}

/// The numbers a `data-cite` value holds (`"12,13"`); anything else in it is ignored.
pub fn parse_cite(value: &str) -> Vec<usize> {
    value.split(',').filter_map(|n| n.trim().parse().ok()).collect()
}

/// Which facts of a list carry a sentence marker, when fact `i` cites `cites[i]`: the last
/// of each run of neighbours that cite the same sentences, so that one marker stands for the
/// run ("3" once after three sites from sentence 3, not three times in a row). A fact that
/// cites nothing found carries none.
pub fn markers(cites: &[Vec<usize>]) -> Vec<bool> {
    cites
        .iter()
        .enumerate()
        .map(|(i, c)| !c.is_empty() && cites.get(i + 1) != Some(c))
        .collect()
}

/// What the empty state says when the sector filter hides every match: "1 delegation
/// matches your search in other sectors."
pub fn hidden_by_filter(n: usize) -> String {
    let verb = if n == 1 { "matches" } else { "match" };
    format!(
        "{} {verb} your search in other sectors.",
        super::format::count_noun(n, "delegation")
    )
}

/// The `data-cite` value of `numbers`: `"12,13"`.
pub fn cite_value(numbers: &[usize]) -> String {
    numbers.iter().map(ToString::to_string).collect::<Vec<_>>().join(",")
}

/// What was asked, for the empty state: "No delegation matches the search “x” with the sector
/// filter A or B."
pub fn asked(q: &str, sector_names: &[&str]) -> String {
    let q = q.trim();
    let mut parts = Vec::new();
    if !q.is_empty() {
        parts.push(format!("the search \u{201c}{q}\u{201d}"));
    }
    if !sector_names.is_empty() {
        parts.push(format!("the sector filter {}", sector_names.join(" or ")));
    }
    format!("No delegation matches {}.", parts.join(" with "))
}

/// The label of "Show more" when `shown` of `total` cards are rendered.
pub fn show_more(shown: usize, total: usize) -> String {
    format!("Show more ({} of {total} shown)", shown.min(total))
}

/// A facet's count as shown: `(3)`.
pub fn facet_count(count: usize) -> String {
    format!("({count})")
}

/// The address of the view `state` with sentence `n` open (or none): relative, so that it
/// works under any sub-path.
pub fn sentence_href(state: &ViewState, n: Option<usize>) -> String {
    let query = ViewState {
        sentence: n,
        ..state.clone()
    }
    .to_string();
    if query.is_empty() {
        "./".to_owned()
    } else {
        query
    }
}

/// The element id of sentence `n` of the article.
pub fn sentence_id(n: usize) -> String {
    format!("sentence-{n}")
}

/// The id of a card's heading, which labels the card.
pub fn heading_id(delegation_id: &str) -> String {
    format!("{delegation_id}-name")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_empty_state_says_how_many_matches_the_filter_hides() {
        assert_eq!(
            hidden_by_filter(1),
            "1 delegation matches your search in other sectors."
        );
        assert_eq!(hidden_by_filter(3), "3 delegations match your search in other sectors.");
    }

    #[test]
    fn one_marker_stands_for_a_run_of_facts_from_the_same_sentences() {
        let m = |cites: &[&[usize]]| markers(&cites.iter().map(|c| c.to_vec()).collect::<Vec<_>>());
        assert_eq!(m(&[&[3], &[3], &[3]]), [false, false, true]);
        assert_eq!(m(&[&[3], &[4], &[3]]), [true, true, true]);
        assert_eq!(m(&[&[3], &[3, 4], &[3, 4]]), [true, false, true]);
        assert_eq!(m(&[&[], &[5]]), [false, true]);
        assert!(m(&[]).is_empty());
    }

    use super::*;

    #[test]
    fn the_count_names_none_one_and_many() {
        assert_eq!(count(0), "No delegations");
        assert_eq!(count(1), "1 delegation");
        assert_eq!(count(1234), "1,234 delegations");
    }

    #[test]
    fn sentence_labels_and_cite_values_read_back() {
        assert_eq!(sentences(&[12]), "sentence 12");
        assert_eq!(sentences(&[1, 2]), "sentences 1, 2");
        assert_eq!(cite_value(&[12, 13]), "12,13");
        assert_eq!(parse_cite("12,13"), [12, 13]);
        assert_eq!(parse_cite(""), Vec::<usize>::new());
        assert_eq!(parse_cite("4,x,-1, 5"), [4, 5]);
    }

    #[test]
    fn the_empty_state_says_what_was_asked() {
        assert_eq!(
            asked(" <fuling> ", &["Healthcare"]),
            "No delegation matches the search \u{201c}<fuling>\u{201d} with the sector filter Healthcare."
        );
        assert_eq!(
            asked("", &["A", "B"]),
            "No delegation matches the sector filter A or B."
        );
        assert_eq!(asked("zz", &[]), "No delegation matches the search \u{201c}zz\u{201d}.");
    }

    #[test]
    fn outcome_counts_say_when_the_article_gives_no_number() {
        assert_eq!(
            outcome_count(None, "agreement", "signed"),
            "Agreements signed (number not given)"
        );
        assert_eq!(outcome_count(Some(1), "framework", "reached"), "1 framework reached");
        assert_eq!(outcome_count(Some(3), "agreement", "signed"), "3 agreements signed");
    }

    #[test]
    fn link_notes_are_bounded() {
        let notes = |n: usize| (0..n).map(|i| i.to_string()).collect::<Vec<_>>();
        assert_eq!(bounded_notes(notes(5)), notes(5));
        let many = bounded_notes(notes(33_000));
        assert_eq!(many.len(), MAX_NOTES);
        assert_eq!(many[..4], notes(4)[..]);
        assert_eq!(many[4], "And 32,996 more corrections to the link.");
    }

    #[test]
    fn show_more_counts_what_is_shown() {
        assert_eq!(show_more(10, 25), "Show more (10 of 25 shown)");
        assert_eq!(show_more(30, 25), "Show more (25 of 25 shown)");
        assert_eq!(facet_count(3), "(3)");
    }

    #[test]
    fn sentence_links_keep_the_view_and_closing_one_can_be_the_bare_page() {
        let state = ViewState {
            q: "a&b".to_owned(),
            sentence: Some(4),
            ..ViewState::default()
        };
        assert_eq!(sentence_href(&state, Some(9)), "?q=a%26b&s=9");
        let bare = ViewState {
            sentence: Some(4),
            ..ViewState::default()
        };
        assert_eq!(sentence_href(&bare, Some(9)), "?s=9");
        assert_eq!(sentence_href(&bare, None), "./");
        assert_eq!(sentence_id(3), "sentence-3");
        assert_eq!(heading_id("x"), "x-name");
    }
}
