//! The further sources' stored texts, each split into sentences as the primary article is,
//! and what a citation of one says: "Asia City News (French edition), sentence 5".
//!
//! The page shows every source's text under "Other reports" (each sentence addressable as
//! `#source-<id>-<n>`), its markers open the cited sentences in place, and search reads them.

use super::article::Article;
use super::dataset::Dataset;
use super::labels::{sentences, SOURCE_ID};
use super::reports::{Cite, Source};

/// The sources' texts, by id, in the dataset's order of sources.
#[derive(Clone, Debug)]
pub struct Texts {
    texts: Vec<(&'static str, Article)>,
}

impl Texts {
    /// Splits each `(id, text)` into sentences.
    pub fn new(texts: &[(&'static str, &'static str)]) -> Texts {
        Texts {
            texts: texts.iter().map(|(id, text)| (*id, Article::new(text))).collect(),
        }
    }

    /// The embedded sources' texts (`embedded::SOURCE_TEXTS`).
    pub fn embedded() -> Texts {
        Texts::new(super::embedded::SOURCE_TEXTS)
    }

    /// Source `id`'s text, if it has one.
    pub fn get(&self, id: &str) -> Option<&Article> {
        self.texts.iter().find(|(s, _)| *s == id).map(|(_, a)| a)
    }

    /// The sentences of its source that `cite` stands in (none when the source or the span
    /// is unknown: the build refuses such a dataset).
    pub fn sentences(&self, cite: &Cite) -> Vec<usize> {
        self.get(&cite.source).map(|a| a.cite(&cite.span)).unwrap_or_default()
    }
}

/// The id of sentence `n` of source `id` on the page: `source-cqnews-5th-2013--9` (the
/// double hyphen keeps it from reading as a source's own id).
pub fn sentence_id(source: &str, n: usize) -> String {
    format!("{}--{n}", source_id(source))
}

/// The id of source `id`'s entry under "Other reports": `source-cqnews-5th-2013`.
pub fn source_id(source: &str) -> String {
    format!("{SOURCE_ID}{source}")
}

/// The source `id` names, in the dataset.
pub fn source<'a>(data: &'a Dataset, id: &str) -> Option<&'a Source> {
    data.sources.iter().find(|s| s.id == id)
}

/// A citation in words: "Asia City News (French edition), sentence 5".
pub fn cite_label(data: &Dataset, texts: &Texts, cite: &Cite) -> String {
    let outlet = source(data, &cite.source).map_or(&*cite.source, |s| &*s.outlet);
    format!("{outlet}, {}", sentences(&texts.sentences(cite)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    #[test]
    fn a_citation_names_its_outlet_and_sentences() {
        let (data, _) = embedded::load().expect("loads");
        let texts = Texts::embedded();
        let cite = &data.reports[0].cite;
        assert_eq!(
            cite_label(&data, &texts, cite),
            "Asia City News (French edition), sentence 5"
        );
        let unknown = Cite {
            source: "nowhere".into(),
            span: "x".into(),
        };
        assert!(texts.sentences(&unknown).is_empty());
    }

    #[test]
    fn ids_are_prefixed_by_their_source() {
        assert_eq!(sentence_id("cqnews-5th-2013", 9), "source-cqnews-5th-2013--9");
        assert!(sentence_id("a", 1).starts_with(&source_id("a")));
    }
}
