//! The investment summary panel: the three official figures, the four derived ones with
//! their formulas, a chart to scale with the same numbers in a table, and the electronics
//! cluster.

use super::html::{attr, text};
use super::source::disclosure;
use crate::domain::article::Article;
use crate::domain::dataset::{Dataset, Figure, Unit};
use crate::domain::figures::{derived, investment_bars};
use crate::domain::format::{group, usd_millions};

fn figure_text(f: &Figure) -> String {
    match f.unit {
        Unit::Count => group(f.value),
        Unit::UsdMillion => usd_millions(i128::from(f.value), 1),
    }
}

/// The whole panel, `<section id="figures">`.
pub fn summary(data: &Dataset, article: &Article) -> String {
    let f = &data.figures;
    let mut out = String::with_capacity(8 * 1024);
    let o = &mut out;
    o.push_str("<section class=\"summary\" id=\"figures\" aria-labelledby=\"summary-heading\"><h2 id=\"summary-heading\">Taiwanese investment in Chongqing</h2><div class=\"summary__asof\">");
    text(o, &format!("{} as of {}", f.source_label, f.as_of.label));
    disclosure(o, article, &f.source);
    o.push_str("</div><dl class=\"figures\">");
    for (id, fig) in [
        ("approved-enterprises", &f.approved_enterprises),
        ("contracted-investment", &f.contracted_investment),
        ("utilized-investment", &f.utilized_investment),
    ] {
        o.push_str("<div class=\"figure\"");
        attr(o, "data-figure", id);
        o.push_str("><dt>");
        text(o, &fig.label);
        o.push_str("</dt><dd class=\"figure__value\">");
        text(o, &figure_text(fig));
        o.push_str("</dd><dd class=\"figure__source\">");
        disclosure(o, article, &fig.source);
        o.push_str("</dd></div>");
    }
    o.push_str("</dl><h3>Derived figures</h3><p class=\"summary__note\">Computed here from the official figures above; not published as such.</p><dl class=\"figures figures--derived\">");
    for d in derived(f) {
        let formula_id = format!("formula-{}", d.id);
        o.push_str("<div class=\"figure\"");
        attr(o, "data-derived", d.id);
        o.push_str("><dt>");
        text(o, d.label);
        o.push_str(" <span class=\"badge\">Derived</span></dt><dd class=\"figure__value\"><span class=\"has-tooltip\" tabindex=\"0\"");
        attr(o, "aria-describedby", &formula_id);
        o.push('>');
        text(o, &d.text);
        o.push_str("</span><span class=\"tooltip\" role=\"tooltip\"");
        attr(o, "id", &formula_id);
        o.push('>');
        text(o, &format!("= {}", d.formula));
        o.push_str("</span></dd></div>");
    }
    let bars = investment_bars(f);
    let shown: Vec<String> = bars.iter().map(|b| format!("{}: {}", b.label, b.text)).collect();
    o.push_str("</dl><figure class=\"chart\"><svg class=\"chart__svg\" viewBox=\"0 0 400 96\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" preserveAspectRatio=\"none\"><title id=\"chart-title\">Contracted and utilized Taiwanese investment in Chongqing</title><desc id=\"chart-desc\">");
    text(o, &shown.join("; "));
    o.push_str("</desc>");
    for (i, b) in bars.iter().enumerate() {
        // Integer arithmetic: the chart is 400 units wide (no float formatting code).
        o.push_str(&format!(
            "<rect class=\"chart__bar chart__bar--{i}\" x=\"0\" y=\"{}\" height=\"40\" width=\"{}\" data-permille=\"{}\"></rect>",
            i * 48 + 4,
            b.permille * 400 / 1000,
            b.permille
        ));
    }
    o.push_str("</svg><figcaption class=\"chart__legend\">");
    for (i, line) in shown.iter().enumerate() {
        o.push_str(&format!("<span class=\"chart__key chart__key--{i}\">"));
        text(o, line);
        o.push_str("</span>");
    }
    o.push_str("</figcaption></figure><table class=\"table\"><caption>");
    text(
        o,
        &format!("Taiwanese investment in Chongqing, as of {}", f.as_of.label),
    );
    o.push_str("</caption><thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Amount</th><th scope=\"col\">Share of contracted</th></tr></thead><tbody>");
    for b in &bars {
        o.push_str("<tr><th scope=\"row\">");
        text(o, &b.label);
        o.push_str("</th><td>");
        text(o, &b.text);
        o.push_str("</td><td>");
        text(o, &b.share);
        o.push_str("</td></tr>");
    }
    let c = &data.context;
    o.push_str("</tbody></table><h3>Taiwan-invested electronics companies in Chongqing</h3><ul class=\"cluster\" role=\"list\">");
    for company in c.electronics_cluster.iter() {
        o.push_str("<li>");
        text(o, &company.text);
        o.push_str("</li>");
    }
    o.push_str("</ul><div class=\"summary__note\">As named in the article.");
    disclosure(o, article, c.electronics_cluster.first().map_or("", |c| &*c.source));
    o.push_str("</div><div class=\"summary__note\">");
    text(o, &c.history.text);
    o.push('.');
    disclosure(o, article, &c.history.source);
    o.push_str(" Population: ");
    text(o, &c.population.text);
    o.push('.');
    disclosure(o, article, &c.population.source);
    o.push_str("</div>");
    for s in c.statements.iter() {
        o.push_str("<div class=\"summary__note\">");
        text(o, &format!("{}: {}.", s.speaker, s.text));
        disclosure(o, article, &s.source);
        o.push_str("</div>");
    }
    o.push_str("</section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::embedded;

    #[test]
    fn shows_the_official_and_derived_figures_the_chart_and_the_table() {
        let (data, article) = embedded::load().expect("the embedded dataset loads");
        let html = summary(&data, &article);
        assert_eq!(html.matches("data-figure=").count(), 3);
        assert_eq!(html.matches("data-derived=").count(), 4);
        assert_eq!(html.matches("<rect ").count(), 2);
        assert_eq!(html.matches("<tr>").count(), 3);
        assert!(html.contains("<rect class=\"chart__bar chart__bar--0\" x=\"0\" y=\"4\" height=\"40\" width=\"400\" data-permille=\"1000\">"));
        assert!(!html.contains("data-cite=\"\""), "every figure is found in the article");
        crate::markup::html::assert_parses_as_written(&html);
    }
}
