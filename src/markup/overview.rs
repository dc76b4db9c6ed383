//! The event overview: name and edition, dates (the inferred year marked), host city,
//! purpose, and counts.

use super::html::text;
use super::source::disclosure;
use crate::domain::article::Article;
use crate::domain::dataset::Dataset;
use crate::domain::figures::event_counts;
use crate::domain::format::{day_range, noun, ordinal};

/// The inner HTML of the overview section.
pub fn overview(data: &Dataset, article: &Article) -> String {
    let e = &data.event;
    let counts = event_counts(data);
    let mut out = String::with_capacity(4 * 1024);
    out.push_str("<p class=\"overview__eyebrow\">Cross-Strait industrial matchmaking</p><h1 id=\"event-title\">");
    text(&mut out, &format!("{} {}", ordinal(e.edition), e.name));
    out.push_str("</h1><div class=\"overview__when\"><span>");
    text(&mut out, &day_range(e.dates.month, e.dates.start_day, e.dates.end_day));
    out.push_str(" </span>");
    let year = e.year.value.to_string();
    if e.year.inferred {
        out.push_str("<span class=\"inferred\" tabindex=\"0\" aria-describedby=\"year-reason\">");
        text(&mut out, &year);
        out.push_str("<span class=\"inferred__mark\"> (inferred)</span><span class=\"tooltip\" role=\"tooltip\" id=\"year-reason\">");
        text(&mut out, &e.year.reason);
        out.push_str("</span></span>");
    } else {
        out.push_str("<span>");
        text(&mut out, &year);
        out.push_str("</span>");
    }
    out.push_str(" \u{00b7} ");
    text(&mut out, &e.host_city.text);
    disclosure(&mut out, article, &e.dates.source);
    out.push_str("</div>");
    for (class, cited) in [("overview__purpose", &e.purpose), ("overview__activity", &e.activity)] {
        out.push_str("<div class=\"");
        out.push_str(class);
        out.push_str("\">");
        text(&mut out, &cited.text);
        out.push('.');
        disclosure(&mut out, article, &cited.source);
        out.push_str("</div>");
    }
    let agreements = if counts.agreements == 1 {
        "agreement or framework"
    } else {
        "agreements and frameworks"
    };
    out.push_str("<ul class=\"stats\" role=\"list\">");
    for (n, what) in [
        (counts.delegations, noun(counts.delegations, "delegation")),
        (counts.sites, format!("{} visited", noun(counts.sites, "site"))),
        (counts.agreements, agreements.to_owned()),
    ] {
        out.push_str("<li><strong>");
        out.push_str(&n.to_string());
        out.push_str("</strong> ");
        text(&mut out, &what);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::embedded;

    #[test]
    fn names_the_event_marks_the_inferred_year_and_counts() {
        let (data, article) = embedded::load().expect("the embedded dataset loads");
        let html = overview(&data, &article);
        assert!(html.contains("<h1 id=\"event-title\">17th "));
        assert!(html.contains("2025<span class=\"inferred__mark\"> (inferred)</span>"));
        assert!(html.contains("<li><strong>3</strong> delegations</li>"));
        assert!(html.contains("<li><strong>5</strong> sites visited</li>"));
        assert_eq!(html.matches("<details class=\"source\"").count(), 3);
        crate::markup::html::assert_parses_as_written(&html);
    }
}
