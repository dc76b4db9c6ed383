//! The "Source" disclosure on every fact, and the links into the source article.
//!
//! Closed, a disclosure holds only its toggle and the sentence numbers it cites
//! (`data-cite`); its body (the cited text and a link to the first sentence) is built the
//! first time it opens, since a page holds dozens of these and most are never opened.

use super::html::{attr, text};
use crate::domain::article::Article;
use crate::domain::url_state::ViewState;

/// "sentence 12", "sentences 12, 13".
pub fn label(numbers: &[usize]) -> String {
    match numbers {
        [one] => format!("sentence {one}"),
        many => format!("sentences {}", join(many, ", ")),
    }
}

fn join(numbers: &[usize], sep: &str) -> String {
    numbers.iter().map(ToString::to_string).collect::<Vec<_>>().join(sep)
}

/// The numbers a `data-cite` value holds; anything else in it is ignored.
pub fn parse_cite(value: &str) -> Vec<usize> {
    value.split(',').filter_map(|n| n.trim().parse().ok()).collect()
}

/// The closed disclosure for a fact whose provenance is `span`.
pub fn disclosure(out: &mut String, article: &Article, span: &str) {
    let numbers = article.cite(span);
    out.push_str("<details class=\"source\"");
    attr(out, "data-cite", &join(&numbers, ","));
    out.push_str("><summary class=\"source__toggle\">Source<span class=\"visually-hidden\">: ");
    text(out, &label(&numbers));
    out.push_str("</span></summary></details>");
}

/// The body of an open disclosure: the cited sentences, and a link that opens the article
/// at the first one, keeping the rest of `state` (the view as the address bar holds it).
pub fn body(article: &Article, numbers: &[usize], state: &ViewState) -> String {
    let quote: Vec<&str> = numbers
        .iter()
        .filter_map(|&n| article.sentence(n))
        .map(|s| article.sentence_text(s))
        .collect();
    let mut out = String::from("<div class=\"source__body\"><blockquote class=\"source__quote\">");
    text(&mut out, &quote.join(" "));
    out.push_str("</blockquote>");
    if let Some(&first) = numbers.first() {
        out.push_str("<a class=\"source__open\"");
        sentence_link(&mut out, state, Some(first));
        out.push_str(">Open in article (");
        text(&mut out, &label(numbers));
        out.push_str(")</a>");
    }
    out.push_str("</div>");
    out
}

/// The `href` and `data-sentence` of a link that opens sentence `n` (or, for `None`, closes
/// the article): the shell rewrites the `href` when the view changes, and follows the link
/// in place when clicked.
pub fn sentence_link(out: &mut String, state: &ViewState, n: Option<usize>) {
    attr(out, "href", &sentence_href(state, n));
    attr(out, "data-sentence", &n.map(|n| n.to_string()).unwrap_or_default());
}

/// The address of the view `state` with sentence `n` open (or none).
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

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Article {
        Article::new("First one here. Second <one> there.\nThird & last.")
    }

    #[test]
    fn a_closed_disclosure_names_its_sentences_and_holds_no_body() {
        let mut out = String::new();
        disclosure(&mut out, &article(), "Second <one>");
        assert_eq!(
            out,
            "<details class=\"source\" data-cite=\"2\"><summary class=\"source__toggle\">Source\
             <span class=\"visually-hidden\">: sentence 2</span></summary></details>"
        );
        out.clear();
        disclosure(&mut out, &article(), "here. Second");
        assert!(out.contains("data-cite=\"1,2\"") && out.contains(": sentences 1, 2<"));
    }

    #[test]
    fn the_body_quotes_the_sentences_escaped_and_links_the_first() {
        let state = ViewState {
            q: "a&b".to_owned(),
            ..ViewState::default()
        };
        let body = body(&article(), &[2, 3], &state);
        assert!(body
            .contains("<blockquote class=\"source__quote\">Second &lt;one&gt; there. Third &amp; last.</blockquote>"));
        assert!(body.contains("href=\"?q=a%26b&amp;s=2\" data-sentence=\"2\">Open in article (sentences 2, 3)</a>"));
    }

    #[test]
    fn a_span_not_in_the_article_gets_no_link() {
        let body = body(&article(), &[], &ViewState::default());
        assert!(!body.contains("<a"));
    }

    #[test]
    fn sentence_links_keep_the_view_and_closing_one_can_be_the_bare_page() {
        let state = ViewState {
            sentence: Some(4),
            ..ViewState::default()
        };
        assert_eq!(sentence_href(&state, Some(9)), "?s=9");
        assert_eq!(sentence_href(&state, None), "./");
    }

    #[test]
    fn cite_values_read_back_and_junk_is_ignored() {
        assert_eq!(parse_cite("12,13"), [12, 13]);
        assert_eq!(parse_cite(""), Vec::<usize>::new());
        assert_eq!(parse_cite("4,x,-1, 5"), [4, 5]);
    }
}
