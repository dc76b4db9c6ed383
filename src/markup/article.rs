//! The source article, sentence by sentence: each sentence addressable (`#sentence-<n>`),
//! its number a link (`?s=<n>`), the open one marked, and a way back to the delegations.

use super::html::text;
use super::source::sentence_link;
use crate::domain::article::Article;
use crate::domain::url_state::ViewState;

/// The element id of sentence `n`.
pub fn sentence_id(n: usize) -> String {
    format!("sentence-{n}")
}

/// The whole section, `<section id="article">`, for the view `state`.
pub fn article(article: &Article, state: &ViewState) -> String {
    let mut out = String::with_capacity(article.text().len() * 2 + 2048);
    out.push_str("<section id=\"article\" class=\"article\" aria-labelledby=\"article-heading\"><h2 id=\"article-heading\">Source article</h2><p class=\"article__intro\">The news article every fact here comes from, unchanged. Each sentence is numbered; its number is a link you can share.</p><p class=\"article__back\" id=\"article-back\"");
    if state.sentence.is_none() {
        out.push_str(" hidden");
    }
    out.push('>');
    out.push_str(&back(state));
    out.push_str("</p><div class=\"article__text\">");
    for paragraph in article.sentences().chunk_by(|a, b| a.paragraph == b.paragraph) {
        out.push_str("<p>");
        for s in paragraph {
            let n = s.number;
            out.push_str("<span class=\"sentence\" id=\"");
            out.push_str(&sentence_id(n));
            out.push('"');
            if state.sentence == Some(n) {
                out.push_str(" data-current=\"true\"");
            }
            out.push_str(" tabindex=\"-1\"><a class=\"sentence__number\"");
            sentence_link(&mut out, state, Some(n));
            out.push_str(&format!(" aria-label=\"Link to sentence {n}\">{n}</a> "));
            text(&mut out, article.sentence_text(s));
            out.push_str(" </span>");
        }
        out.push_str("</p>");
    }
    out.push_str("</div></section>");
    out
}

/// The content of the "back" line for the open sentence (empty when none is open).
pub fn back(state: &ViewState) -> String {
    let Some(n) = state.sentence else {
        return String::new();
    };
    let mut out = format!("Showing sentence {n}. <a");
    sentence_link(&mut out, state, None);
    out.push_str(">Back to the delegations</a>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_is_numbered_linked_and_the_open_one_marked() {
        let a = Article::new("One <b>. Two.\nThree.");
        let state = ViewState {
            sentence: Some(2),
            ..ViewState::default()
        };
        let html = article(&a, &state);
        assert_eq!(html.matches("class=\"sentence\"").count(), 3);
        assert_eq!(html.matches("<p>").count(), 2, "one paragraph per line");
        assert!(html.contains("<span class=\"sentence\" id=\"sentence-2\" data-current=\"true\" tabindex=\"-1\"><a class=\"sentence__number\" href=\"?s=2\" data-sentence=\"2\" aria-label=\"Link to sentence 2\">2</a> Two. </span>"));
        assert!(html.contains("One &lt;b&gt;."));
        assert!(html.contains("Showing sentence 2. <a href=\"./\" data-sentence=\"\">Back to the delegations</a>"));
        assert_eq!(html.matches("data-current").count(), 1);
        crate::markup::html::assert_parses_as_written(&html);
    }

    #[test]
    fn without_an_open_sentence_the_back_line_is_hidden_and_empty() {
        let html = article(&Article::new("One."), &ViewState::default());
        assert!(html.contains("<p class=\"article__back\" id=\"article-back\" hidden></p>"));
        assert!(!html.contains("data-current"));
    }
}
