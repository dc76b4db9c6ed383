//! The figures chart as files to download, `chart.svg` and `chart.png` (1200×630): the same
//! bars as the figures panel (`figures::investment_bars`), to scale, with the chart's title,
//! the derived rate and its formula, the as-of date and the source drawn into the image, so
//! the chart keeps them wherever it is pasted. Drawn at build time; the PNG by resvg with the
//! embedded fonts (`preview::png`).

use crate::preview::{esc, wrap, Font, ACCENT, ACCENT_2, FONT_STACK, HEIGHT, MUTED, SURFACE, TEXT, WIDTH};
use cqtw_domain::figures::{derived, investment_bars};
use cqtw_domain::labels::sentences;
use cqtw_explorer::ui::store::Model;

/// The chart's file names, at the site's root.
pub const SVG: &str = "chart.svg";
pub const PNG: &str = "chart.png";

/// The bars' colours, as the app's `--bar-0` and `--bar-1`.
const BARS: [&str; 2] = [ACCENT, ACCENT_2];

/// The chart as a standalone SVG.
pub fn svg(model: &Model) -> String {
    let f = &model.data.figures;
    let title = "Taiwan-funded enterprises in Chongqing";
    let subtitle = format!("Contracted and utilized investment, to scale, as of {}", f.as_of.label);
    let left = 60;
    let full = WIDTH - 2 * left;
    let mut body = String::new();
    for (i, bar) in investment_bars(f).iter().enumerate() {
        let y = 215 + 150 * i as u32;
        // Rounded, as the page's bars are (`investment_bars`).
        let width = (full * bar.permille + 500) / 1000;
        body.push_str(&format!(
            r##"<text x="{left}" y="{y}" font-size="30" fill="{TEXT}">{label}: <tspan font-weight="bold">{text}</tspan></text><rect x="{left}" y="{bar_y}" width="{width}" height="64" rx="4" fill="{colour}"/>"##,
            label = esc(&bar.label),
            text = esc(&bar.text),
            bar_y = y + 20,
            colour = BARS[i % BARS.len()],
        ));
    }
    let rate = derived(f)
        .into_iter()
        .next()
        .map(|d| format!("{} (derived): {} = {}", d.label, d.text, d.formula));
    let cited = model.article.cite(&f.source);
    let source = format!(
        "Source: {} as of {}, as reported in the news article ({}) \u{b7} Chongqing\u{2013}Taiwan Week Explorer",
        f.source_label.to_lowercase(),
        f.as_of.label,
        sentences(&cited).to_lowercase()
    );
    // The rate and the source, wrapped to the image's width so that nothing is cut.
    let mut foot = String::new();
    let mut y = 525.0;
    for (text, size, colour) in [(rate.unwrap_or_default(), 26.0, TEXT), (source, 21.0, MUTED)] {
        for line in wrap(&text, Font::Regular, size, 0.0, full as f32, 2) {
            foot.push_str(&format!(
                r##"<text x="{left}" y="{y}" font-size="{size}" fill="{colour}">{}</text>"##,
                esc(&line)
            ));
            y += size * 1.25;
        }
        y += 8.0;
    }
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{FONT_STACK}"><title>{title}: {subtitle}</title><rect width="{WIDTH}" height="{HEIGHT}" fill="{SURFACE}"/><text x="{left}" y="90" font-size="44" font-weight="bold" fill="{TEXT}">{title}</text><text x="{left}" y="138" font-size="28" fill="{MUTED}">{subtitle}</text>{body}{foot}</svg>"##,
        title = esc(title),
        subtitle = esc(&subtitle),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> &'static Model {
        crate::html::model().expect("the embedded data loads")
    }

    #[test]
    fn the_chart_carries_its_title_date_source_and_bars_to_scale() {
        let svg = svg(model());
        for text in [
            "Taiwan-funded enterprises in Chongqing",
            "as of June 2025",
            "Total contracted investment: <tspan font-weight=\"bold\">$32.38 billion</tspan>",
            "Actual utilized investment: <tspan font-weight=\"bold\">$8.06 billion</tspan>",
        ] {
            assert!(svg.contains(text), "{text} in {svg}");
        }
        // The rate and the source line, whole, in lines inside the image (issue 33).
        let lines: Vec<&str> = svg
            .split("<text ")
            .filter_map(|t| {
                t.split_once('>')
                    .and_then(|(_, rest)| rest.split_once("</text>"))
                    .map(|(l, _)| l)
            })
            .collect();
        let joined = lines.join(" ");
        for text in [
            "Utilization rate (derived): 24.9% = $8.06 billion utilized ÷ $32.38 billion contracted",
            "Source: official data as of June 2025, as reported in the news article (sentence 28) \u{b7} Chongqing\u{2013}Taiwan Week Explorer",
        ] {
            assert!(joined.contains(text), "{text} in {joined}");
        }
        for t in svg.split("<text ").skip(1) {
            let size: f32 = t
                .split("font-size=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .and_then(|n| n.parse().ok())
                .unwrap_or(f32::NAN);
            let line = t
                .split_once('>')
                .and_then(|(_, r)| r.split_once("</text>"))
                .map_or("", |(l, _)| l);
            let line = line.replace("<tspan font-weight=\"bold\">", "").replace("</tspan>", "");
            let wide = crate::preview::width(&line.replace("&amp;", "&"), Font::Regular, size, 0.0);
            assert!(wide <= (WIDTH - 120) as f32, "{line}: {wide} px at {size} px");
        }
        // 249 thousandths (8.06 / 32.38 = 0.2489, rounded) of the full width, 1080 px: 269 px.
        assert!(
            svg.contains(r#"width="1080" height="64""#) && svg.contains(r#"width="269" height="64""#),
            "{svg}"
        );
        // A reader's system without the embedded font falls back to a sans-serif.
        assert!(svg.contains("font-family=\"'Liberation Sans', Arial, Helvetica, sans-serif\""));
    }

    #[test]
    fn the_png_is_1200_by_630() {
        let png = crate::preview::png(&svg(model())).expect("renders");
        let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).expect("decodes");
        assert_eq!((pixmap.width(), pixmap.height()), (WIDTH, HEIGHT));
    }
}
