//! Link-preview images: the 1200×630 PNGs that a page's Open Graph / Twitter card tags point
//! to, so a shared link to a delegation, a sector or the headline figures shows a readable
//! card instead of a blank box.
//!
//! They are made at build time, without a browser: [`svg`] lays a [`Preview`] out as an SVG
//! (the app's colours, a brand band, a white card with the kicker, title, body lines and
//! figure tiles, a footer) and [`png`] rasterises that SVG, or any other (a chart, say), with
//! `resvg`. Text is set in Liberation Sans, embedded in the binary from `xtask/assets/fonts/`
//! (SIL Open Font License 1.1, see the `LICENSE` there); system fonts are never loaded, so
//! the same input gives the same bytes on every machine. Long text is wrapped by measuring
//! the embedded font's advance widths, and ends in "…" where it is cut.

use anyhow::{Context, Result};
use resvg::{tiny_skia, usvg};
use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

/// What a preview shows.
pub struct Preview {
    /// The small line above the title, e.g. "Delegation", "Sector", "Headline figures"
    /// (drawn in capitals).
    pub kicker: String,
    /// Big and bold; wraps to at most 3 lines, then ends in "…".
    pub title: String,
    /// Body lines, e.g. "District: Fuling" (a short label before ": " is drawn muted). Each
    /// wraps to at most 2 lines; at most 5 lines are shown in all, fewer when a long title or
    /// tall figure tiles take the room (with a 3-line title and 2-line values, none), the rest
    /// replaced by a last line "+ N more".
    pub lines: Vec<String>,
    /// `(value, label)` tiles, e.g. `("US$32.38 billion", "contracted")`: up to 4 in a row at
    /// the bottom of the card (any more are left out); may be empty. A value takes one line,
    /// or two if it must (at a smaller size); a label up to three (two under a long title).
    pub figures: Vec<(String, String)>,
    /// What the tiles are, on a line right above them (empty: no line), e.g. "Official
    /// data, as of June 2025: Taiwan-funded enterprises in Chongqing".
    pub figures_label: String,
    /// The bottom line, e.g. "17th Chongqing–Taiwan Week · 15–17 September 2025 · …".
    pub footer: String,
}

/// The width of a preview, in pixels (the Open Graph recommendation).
pub const WIDTH: u32 = 1200;
/// The height of a preview, in pixels.
pub const HEIGHT: u32 = 630;

/// The family name of the embedded fonts, as the SVG asks for it.
pub const FAMILY: &str = "Liberation Sans";
/// The `font-family` the images' SVG names: the embedded font first, then what a reader's
/// system has, for an SVG opened outside this build.
pub const FONT_STACK: &str = "'Liberation Sans', Arial, Helvetica, sans-serif";
static REGULAR: &[u8] = include_bytes!("../assets/fonts/LiberationSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../assets/fonts/LiberationSans-Bold.ttf");

// The app's design tokens (`style/`).
const PAGE: &str = "#f6f7f9";
pub const SURFACE: &str = "#ffffff";
pub const TEXT: &str = "#1b1f24";
pub const MUTED: &str = "#4d5661";
const BORDER: &str = "#c9d0d8";
pub const ACCENT: &str = "#0b5394";
const ACCENT_SOFT: &str = "#e3eefa";
pub const ACCENT_2: &str = "#c2410c";
const RADIUS: f32 = 10.0;

// Layout, in pixels. Text is placed by its baseline; a line's "cap top" is its baseline less
// the capital height (`CAP` × size), so gaps are measured between the visible letters.
const CAP: f32 = 0.69; // Liberation Sans: capital height 1409 / 2048 units per em
const DESCENT: f32 = 0.21; // how far "g", "p", "y" reach below the baseline, × size
const HEADER_H: f32 = 80.0;
const STRIPE_H: f32 = 6.0;
const BRAND_SIZE: f32 = 30.0;
const CARD_X: f32 = 32.0;
const CARD_Y: f32 = 104.0;
const CARD_BOTTOM: f32 = 566.0;
const PAD_X: f32 = 40.0;
const CONTENT_X: f32 = CARD_X + PAD_X;
const CONTENT_W: f32 = WIDTH as f32 - 2.0 * CONTENT_X;
const CONTENT_TOP: f32 = CARD_Y + 34.0;
const CONTENT_BOTTOM: f32 = CARD_BOTTOM - 32.0;
// Vertical gaps: from a baseline to the cap top of what follows, and from the body's lowest
// descender to the top of the figure tiles.
const KICKER_TO_TITLE: f32 = 26.0;
const TITLE_TO_BODY: f32 = 40.0;
const BODY_TO_TILES: f32 = 20.0;
const KICKER_SIZE: f32 = 24.0;
const KICKER_SPACING: f32 = 3.0;
/// Title sizes, largest first, with the most lines each may take; the last one is cut.
const TITLE_SIZES: [(f32, usize); 3] = [(64.0, 1), (56.0, 2), (50.0, 3)];
const TITLE_LEADING: f32 = 1.14;
const BODY_SIZE: f32 = 30.0;
const BODY_LINE: f32 = 38.0;
const BODY_MAX_LINES: usize = 7;
const ENTRY_MAX_LINES: usize = 2;
/// How long a "Label:" prefix of a body line may be to be drawn as a muted label.
const LABEL_MAX_CHARS: usize = 24;
const TILE_GAP: f32 = 16.0;
const TILE_PAD_X: f32 = 20.0;
const TILE_PAD_Y: f32 = 20.0;
/// Figure value sizes, preferred first, with the most lines each may take.
const VALUE_SIZES: [(f32, usize); 6] = [(40.0, 1), (36.0, 1), (40.0, 2), (36.0, 2), (32.0, 2), (28.0, 2)];
const LABEL_SIZE: f32 = 24.0;
const LABEL_LINE: f32 = 29.0;
const MAX_TILES: usize = 4;
const FOOTER_SIZE: f32 = 24.0;

/// The SVG of `p`, [`WIDTH`] × [`HEIGHT`]: text is XML-escaped, long text wrapped by
/// measuring the embedded font's advance widths and ended with "…" where cut.
pub fn svg(p: &Preview) -> String {
    let mut s = String::with_capacity(8 * 1024);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{FONT_STACK}">"#
    );
    let (w, h) = (WIDTH as f32, HEIGHT as f32);
    rect(&mut s, [0.0, 0.0, w, h], 0.0, PAGE, None);

    // The brand band, with a thin second-accent rule under it.
    rect(&mut s, [0.0, 0.0, w, HEADER_H], 0.0, ACCENT, None);
    rect(&mut s, [0.0, HEADER_H, w, STRIPE_H], 0.0, ACCENT_2, None);
    let brand = fit_line("Chongqing–Taiwan Week Explorer", Font::Bold, BRAND_SIZE, 0.0, CONTENT_W);
    let brand_baseline = (HEADER_H + CAP * BRAND_SIZE) / 2.0;
    text(
        &mut s,
        CONTENT_X,
        brand_baseline,
        Style::new(BRAND_SIZE, Font::Bold, "#ffffff"),
        &esc(&brand),
    );

    // The card.
    let card_w = w - 2.0 * CARD_X;
    rect(
        &mut s,
        [CARD_X, CARD_Y, card_w, CARD_BOTTOM - CARD_Y],
        RADIUS,
        SURFACE,
        Some(BORDER),
    );

    // Kicker.
    let kicker = fit_line(
        &p.kicker.to_uppercase(),
        Font::Bold,
        KICKER_SIZE,
        KICKER_SPACING,
        CONTENT_W,
    );
    let mut baseline = CONTENT_TOP + CAP * KICKER_SIZE;
    if !kicker.is_empty() {
        let style = Style {
            spacing: KICKER_SPACING,
            ..Style::new(KICKER_SIZE, Font::Bold, ACCENT)
        };
        text(&mut s, CONTENT_X, baseline, style, &esc(&kicker));
    }

    // Title: the largest size at which it fits its lines; the smallest one cuts it.
    let (title_size, title_lines) = title_layout(&p.title);
    let title_line = (title_size * TITLE_LEADING).round();
    baseline += KICKER_TO_TITLE + CAP * title_size;
    for (i, line) in title_lines.iter().enumerate() {
        if i > 0 {
            baseline += title_line;
        }
        text(
            &mut s,
            CONTENT_X,
            baseline,
            Style::new(title_size, Font::Bold, TEXT),
            &esc(line),
        );
    }

    // Figure tiles, along the bottom of the card: labels on up to three lines if that leaves
    // room under the title, else two.
    let title_bottom = baseline + DESCENT * title_size;
    // The tiles' own label, on a line of its own above them.
    let label_h = if p.figures_label.is_empty() {
        0.0
    } else {
        LABEL_LINE + 8.0
    };
    let tiles = tile_layout(&p.figures, 3)
        .filter(|t| CONTENT_BOTTOM - t.height - label_h >= title_bottom + BODY_TO_TILES)
        .or_else(|| tile_layout(&p.figures, 2));
    let body_limit = match &tiles {
        Some(t) => CONTENT_BOTTOM - t.height - BODY_TO_TILES - label_h,
        None => CONTENT_BOTTOM,
    };

    // Body lines, as many as fit between the title and the tiles (at most five).
    let first = baseline + TITLE_TO_BODY + CAP * BODY_SIZE;
    let last = body_limit - DESCENT * BODY_SIZE;
    let room = if first > last {
        0
    } else {
        1 + ((last - first) / BODY_LINE) as usize
    };
    let mut y = first;
    for line in body_layout(&p.lines, room.min(BODY_MAX_LINES)) {
        body_line(&mut s, CONTENT_X, y, &line);
        y += BODY_LINE;
    }

    if let Some(t) = tiles {
        let top = CONTENT_BOTTOM - t.height;
        if label_h > 0.0 {
            let label = fit_line(&p.figures_label, Font::Bold, LABEL_SIZE, 0.0, CONTENT_W);
            let style = Style::new(LABEL_SIZE, Font::Bold, MUTED);
            text(&mut s, CONTENT_X, top - 8.0 - DESCENT * LABEL_SIZE, style, &esc(&label));
        }
        let value = Style::new(t.value_size, Font::Bold, ACCENT);
        let label = Style::new(LABEL_SIZE, Font::Regular, MUTED);
        for (i, tile) in t.tiles.iter().enumerate() {
            let x = CONTENT_X + i as f32 * (t.width + TILE_GAP);
            rect(&mut s, [x, top, t.width, t.height], RADIUS, ACCENT_SOFT, None);
            let first = top + TILE_PAD_Y + CAP * t.value_size;
            for (j, line) in tile.value.iter().enumerate() {
                text(
                    &mut s,
                    x + TILE_PAD_X,
                    first + j as f32 * t.value_line,
                    value,
                    &esc(line),
                );
            }
            for (j, line) in tile.label.iter().enumerate() {
                let b = top + t.label_baseline + j as f32 * LABEL_LINE;
                text(&mut s, x + TILE_PAD_X, b, label, &esc(line));
            }
        }
    }

    // Footer, under the card.
    let footer = fit_line(&p.footer, Font::Regular, FOOTER_SIZE, 0.0, CONTENT_W);
    let footer_baseline = ((CARD_BOTTOM + h + CAP * FOOTER_SIZE) / 2.0).round();
    text(
        &mut s,
        CONTENT_X,
        footer_baseline,
        Style::new(FOOTER_SIZE, Font::Regular, MUTED),
        &esc(&footer),
    );

    s.push_str("</svg>\n");
    s
}

/// Renders an SVG (this module's or any other, e.g. a chart) to PNG bytes at its own size,
/// with the embedded fonts only ("Liberation Sans" is also the default and `sans-serif` family).
pub fn png(svg: &str) -> Result<Vec<u8>> {
    let opt = usvg::Options {
        font_family: FAMILY.to_owned(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &opt).context("parsing the SVG")?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .with_context(|| format!("an SVG of {}×{} pixels cannot be rendered", size.width(), size.height()))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().context("encoding the PNG")
}

/// The font database: the two embedded faces, nothing from the system.
fn fonts() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for data in [REGULAR, BOLD] {
            db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(data)));
        }
        db.set_sans_serif_family(FAMILY);
        Arc::new(db)
    })
    .clone()
}

#[derive(Clone, Copy)]
pub enum Font {
    Regular,
    Bold,
}

/// The width of `text` set in `font` at `size` px with `spacing` px after each character:
/// the sum of the glyphs' advances. The renderer also kerns, which only narrows the text, so
/// a line wrapped by this width never runs over (a test checks it against usvg's layout).
pub fn width(text: &str, font: Font, size: f32, spacing: f32) -> f32 {
    static FACES: OnceLock<[Option<ttf_parser::Face<'static>>; 2]> = OnceLock::new();
    let faces = FACES.get_or_init(|| {
        [
            ttf_parser::Face::parse(REGULAR, 0).ok(),
            ttf_parser::Face::parse(BOLD, 0).ok(),
        ]
    });
    let face = match font {
        Font::Regular => faces[0].as_ref(),
        Font::Bold => faces[1].as_ref(),
    };
    let chars = text.chars().count() as f32;
    let Some(face) = face else {
        // Unreachable with the embedded fonts (a test parses them); a generous estimate.
        return chars * (0.6 * size + spacing);
    };
    let scale = size / f32::from(face.units_per_em());
    let units: u32 = text
        .chars()
        .map(|c| {
            let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
            u32::from(face.glyph_hor_advance(glyph).unwrap_or(0))
        })
        .sum();
    units as f32 * scale + chars * spacing
}

/// `text` broken into lines no wider than `max`, at spaces (inside a word only when the word
/// alone is too wide), at most `max_lines` of them, the last ending in "…" if cut.
pub fn wrap(text: &str, font: Font, size: f32, spacing: f32, max: f32, max_lines: usize) -> Vec<String> {
    let fits = |s: &str| width(s, font, size, spacing) <= max;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let joined = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if fits(&joined) {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if !fits(&line) && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            *last = ellipsize(last, font, size, spacing, max);
        }
    }
    lines
}

/// `line` shortened until it fits `max` with "…" after it (the text to be read as cut): at
/// the end of a word if that keeps most of the line, else inside one.
fn ellipsize(line: &str, font: Font, size: f32, spacing: f32, max: f32) -> String {
    let mut s = line.to_owned();
    while !s.is_empty() && width(&format!("{s}…"), font, size, spacing) > max {
        s.pop();
    }
    let mid_word = line[s.len()..].starts_with(|c: char| !c.is_whitespace());
    if let Some(space) = s.rfind(' ').filter(|&i| mid_word && i >= s.len() / 2) {
        s.truncate(space);
    }
    let cut = s.trim_end_matches(|c: char| c.is_whitespace() || ",;:·–—-".contains(c));
    format!("{cut}…")
}

/// `text` on one line, cut with "…" if it is too wide.
fn fit_line(text: &str, font: Font, size: f32, spacing: f32, max: f32) -> String {
    let one = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if width(&one, font, size, spacing) <= max {
        one
    } else {
        ellipsize(&one, font, size, spacing, max)
    }
}

/// The title's size and lines.
fn title_layout(title: &str) -> (f32, Vec<String>) {
    let [.., (last_size, last_lines)] = TITLE_SIZES;
    for (size, max_lines) in TITLE_SIZES {
        let lines = wrap(title, Font::Bold, size, 0.0, CONTENT_W, usize::MAX);
        if lines.len() <= max_lines {
            return (size, lines);
        }
    }
    (
        last_size,
        wrap(title, Font::Bold, last_size, 0.0, CONTENT_W, last_lines),
    )
}

/// One drawn body line: the muted label (on an entry's first line), then the text.
struct BodyLine {
    label: Option<String>,
    text: String,
    /// The "+ N more" line, drawn muted.
    more: bool,
}

/// The body entries as at most `room` drawn lines: each entry wrapped to two lines; if they
/// do not all fit, the first ones that do and a last line "+ N more" for the rest.
fn body_layout(entries: &[String], room: usize) -> Vec<BodyLine> {
    let wrapped: Vec<Vec<BodyLine>> = entries.iter().map(|e| body_entry(e)).collect();
    let total: usize = wrapped.iter().map(Vec::len).sum();
    if total <= room {
        return wrapped.into_iter().flatten().collect();
    }
    if room == 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut shown = 0;
    for entry in wrapped {
        if out.len() + entry.len() > room - 1 {
            break;
        }
        out.extend(entry);
        shown += 1;
    }
    out.push(BodyLine {
        label: None,
        text: format!("+ {} more", entries.len() - shown),
        more: true,
    });
    out
}

/// One body entry wrapped, its "Label:" (if short) kept apart to be drawn muted.
fn body_entry(entry: &str) -> Vec<BodyLine> {
    let entry = entry.split_whitespace().collect::<Vec<_>>().join(" ");
    let split = entry
        .split_once(": ")
        .filter(|(label, rest)| !label.is_empty() && label.chars().count() <= LABEL_MAX_CHARS && !rest.is_empty());
    let lines = wrap(&entry, Font::Regular, BODY_SIZE, 0.0, CONTENT_W, ENTRY_MAX_LINES);
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| match split {
            // The label is short, so it is wholly on the first line.
            Some((label, _)) if i == 0 && line.len() > label.len() + 1 && line.starts_with(&format!("{label}:")) => {
                BodyLine {
                    text: line[label.len() + 1..].to_owned(),
                    label: Some(format!("{label}:")),
                    more: false,
                }
            }
            _ => BodyLine {
                label: None,
                text: line,
                more: false,
            },
        })
        .collect()
}

fn body_line(s: &mut String, x: f32, baseline: f32, line: &BodyLine) {
    let content = match &line.label {
        Some(label) => format!(r#"<tspan fill="{MUTED}">{}</tspan>{}"#, esc(label), esc(&line.text)),
        None if line.more => format!(r#"<tspan fill="{MUTED}">{}</tspan>"#, esc(&line.text)),
        None => esc(&line.text),
    };
    text(s, x, baseline, Style::new(BODY_SIZE, Font::Regular, TEXT), &content);
}

struct Tiles {
    tiles: Vec<Tile>,
    width: f32,
    height: f32,
    value_size: f32,
    /// The distance between two lines of a value.
    value_line: f32,
    /// The labels' first baseline, from the top of the tile.
    label_baseline: f32,
}

struct Tile {
    value: Vec<String>,
    label: Vec<String>,
}

/// Up to four tiles in a row, all of one size: the values at the largest size at which each
/// fits one line, else two lines without breaking a word (at the smallest size, cut), the
/// labels on up to `label_max_lines` lines, all from one baseline.
fn tile_layout(figures: &[(String, String)], label_max_lines: usize) -> Option<Tiles> {
    let figures = &figures[..figures.len().min(MAX_TILES)];
    if figures.is_empty() {
        return None;
    }
    let n = figures.len() as f32;
    let tile_w = ((CONTENT_W - (n - 1.0) * TILE_GAP) / n).floor();
    let inner = tile_w - 2.0 * TILE_PAD_X;
    let fits = |v: &str, size: f32, lines: usize| {
        v.split_whitespace().all(|w| width(w, Font::Bold, size, 0.0) <= inner)
            && wrap(v, Font::Bold, size, 0.0, inner, usize::MAX).len() <= lines
    };
    let (value_size, _) = VALUE_SIZES
        .into_iter()
        .find(|&(size, lines)| figures.iter().all(|(v, _)| fits(v, size, lines)))
        .unwrap_or(VALUE_SIZES[VALUE_SIZES.len() - 1]);
    let tiles: Vec<Tile> = figures
        .iter()
        .map(|(v, l)| Tile {
            value: wrap(v, Font::Bold, value_size, 0.0, inner, 2),
            label: wrap(l, Font::Regular, LABEL_SIZE, 0.0, inner, label_max_lines),
        })
        .collect();
    let value_lines = tiles.iter().map(|t| t.value.len()).max().unwrap_or(1).max(1);
    let label_lines = tiles.iter().map(|t| t.label.len()).max().unwrap_or(1).max(1);
    let value_line = (value_size * 1.1).round();
    let label_baseline =
        TILE_PAD_Y + CAP * value_size + (value_lines - 1) as f32 * value_line + 16.0 + CAP * LABEL_SIZE;
    let height = label_baseline + (label_lines - 1) as f32 * LABEL_LINE + DESCENT * LABEL_SIZE + TILE_PAD_Y;
    Some(Tiles {
        tiles,
        width: tile_w,
        height: height.round(),
        value_size,
        value_line,
        label_baseline,
    })
}

/// A rectangle `[x, y, width, height]` with corner radius `r`.
fn rect(s: &mut String, [x, y, w, h]: [f32; 4], r: f32, fill: &str, stroke: Option<&str>) {
    let _ = write!(s, r#"<rect x="{x}" y="{y}" width="{w}" height="{h}""#);
    if r > 0.0 {
        let _ = write!(s, r#" rx="{r}""#);
    }
    let _ = write!(s, r#" fill="{fill}""#);
    if let Some(stroke) = stroke {
        let _ = write!(s, r#" stroke="{stroke}" stroke-width="2""#);
    }
    s.push_str("/>");
}

/// How a run of text is set.
#[derive(Clone, Copy)]
struct Style {
    size: f32,
    font: Font,
    fill: &'static str,
    spacing: f32,
}

impl Style {
    const fn new(size: f32, font: Font, fill: &'static str) -> Style {
        Style {
            size,
            font,
            fill,
            spacing: 0.0,
        }
    }
}

/// A `<text>` element with its baseline at `(x, baseline)`; `content` is already escaped
/// (it may hold `<tspan>`s).
fn text(s: &mut String, x: f32, baseline: f32, style: Style, content: &str) {
    let Style {
        size,
        font,
        fill,
        spacing,
    } = style;
    let weight = match font {
        Font::Regular => "",
        Font::Bold => r#" font-weight="700""#,
    };
    let _ = write!(
        s,
        r#"<text x="{x}" y="{:.1}" font-size="{size}"{weight} fill="{fill}""#,
        baseline
    );
    if spacing != 0.0 {
        let _ = write!(s, r#" letter-spacing="{spacing}""#);
    }
    let _ = write!(s, ">{content}</text>");
}

/// `text` escaped for XML text and attribute values (control characters, which XML cannot
/// hold, are left out).
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LONG_TITLE: &str = "A made-up delegation name, long enough that even at the smallest title size it \
                              needs more than three lines, so that the third one has to be cut and end in an \
                              ellipsis instead of running on into the body lines below it";
    const FOOTER: &str = "17th Chongqing–Taiwan Week · 15–17 September 2025 · each fact cited to the article";

    // The samples show the dataset's own facts (`src/data/chongqing-taiwan-week.json`).
    fn delegation() -> Preview {
        Preview {
            kicker: "Delegation".into(),
            title: "Taiwan Business and Construction Association".into(),
            lines: vec![
                "District: Fuling".into(),
                "Sectors: Pharmaceuticals (inferred)".into(),
                "Sites: Huatong Computer (Chongqing), Taiji Group's pharmaceutical plant".into(),
                "Outcome: Plans to organize more visits to help members better understand local incentives \
                 and the investment environment"
                    .into(),
            ],
            figures: vec![],
            figures_label: String::new(),
            footer: FOOTER.into(),
        }
    }

    fn sector() -> Preview {
        Preview {
            kicker: "Sector".into(),
            title: "Healthcare".into(),
            lines: vec![
                "Includes: Precision medicine, Cell therapy".into(),
                "Delegation: Taiwan Healthcare Industry Alliance".into(),
                "District: Yuzhong".into(),
                "Sites: Chongqing Medical University, Affiliated hospital of Chongqing Medical University".into(),
            ],
            figures: vec![("1".into(), "delegation".into()), ("2".into(), "sites visited".into())],
            figures_label: String::new(),
            footer: FOOTER.into(),
        }
    }

    fn figures() -> Preview {
        Preview {
            kicker: "Headline figures".into(),
            title: "Taiwan investment in Chongqing".into(),
            lines: vec!["As of: June 2025 (official data)".into()],
            figures: vec![
                ("2,299".into(), "approved Taiwan-funded enterprises".into()),
                ("US$32.38 billion".into(), "total contracted investment".into()),
                ("US$8.06 billion".into(), "actual utilized investment".into()),
                ("32 million".into(), "people live in Chongqing".into()),
            ],
            figures_label: String::new(),
            footer: FOOTER.into(),
        }
    }

    fn options() -> usvg::Options<'static> {
        usvg::Options {
            font_family: FAMILY.to_owned(),
            fontdb: fonts(),
            ..usvg::Options::default()
        }
    }

    /// The text content of each `<text>` element that `keep` accepts, unescaped (as a
    /// renderer reads it).
    fn texts_where(svg: &str, keep: impl Fn(&usvg::roxmltree::Node) -> bool) -> Vec<String> {
        let doc = usvg::roxmltree::Document::parse(svg).expect("the SVG is XML");
        doc.descendants()
            .filter(|n| n.has_tag_name("text") && keep(n))
            .map(|n| {
                n.descendants()
                    .filter(|d| d.is_text())
                    .filter_map(|d| d.text())
                    .collect()
            })
            .collect()
    }

    fn texts(svg: &str) -> Vec<String> {
        texts_where(svg, |_| true)
    }

    /// Body lines are the regular-weight text at their size (the brand is bold).
    fn body_texts(svg: &str) -> Vec<String> {
        texts_where(svg, |n| {
            n.attribute("font-size") == Some("30") && n.attribute("font-weight").is_none()
        })
    }

    fn title_texts(svg: &str) -> Vec<String> {
        let sizes: Vec<String> = TITLE_SIZES.iter().map(|(s, _)| s.to_string()).collect();
        texts_where(svg, |n| {
            n.attribute("font-size").is_some_and(|s| sizes.iter().any(|z| z == s))
        })
    }

    #[test]
    fn embedded_fonts_parse_and_are_liberation_sans() {
        for data in [REGULAR, BOLD] {
            let face = ttf_parser::Face::parse(data, 0).expect("the embedded font parses");
            assert_eq!(face.units_per_em(), 2048);
            assert_eq!(face.capital_height(), Some(1409), "CAP assumes this");
            assert!(face.glyph_index('…').is_some() && face.glyph_index('–').is_some());
        }
        let db = fonts();
        assert_eq!(db.len(), 2, "only the two embedded faces, no system fonts");
        assert!(db.faces().all(|f| f.families.iter().any(|(name, _)| name == FAMILY)));
    }

    #[test]
    fn png_is_1200_by_630_and_not_blank() {
        for p in [delegation(), sector(), figures()] {
            let bytes = png(&svg(&p)).expect("renders");
            let pixmap = tiny_skia::Pixmap::decode_png(&bytes).expect("decodes");
            assert_eq!((pixmap.width(), pixmap.height()), (WIDTH, HEIGHT));
            let mut colours: Vec<[u8; 4]> = pixmap
                .data()
                .chunks_exact(4)
                .map(|c| [c[0], c[1], c[2], c[3]])
                .collect();
            colours.sort_unstable();
            colours.dedup();
            assert!(colours.len() > 20, "only {} distinct colours", colours.len());
        }
    }

    #[test]
    fn every_string_is_in_the_svg_escaped() {
        let p = Preview {
            kicker: "R&D <sector>".into(),
            title: "Chips & \"smart\" <labs>".into(),
            lines: vec!["Partners: A&B <Ltd> \"C\"".into(), "Outcome: 3 MoUs".into()],
            figures: vec![
                ("US$1 <billion>".into(), "R&D \"fund\"".into()),
                ("12".into(), "projects".into()),
            ],
            figures_label: String::new(),
            footer: "Cited: \"Week\" & <article>".into(),
        };
        let svg = svg(&p);
        for raw in [
            "R&D",
            "<sector>",
            "\"smart\"",
            "<labs>",
            "<Ltd>",
            "<billion>",
            "<article>",
        ] {
            assert!(!svg.contains(raw), "{raw:?} unescaped");
        }
        for escaped in ["&amp;", "&lt;", "&gt;", "&quot;"] {
            assert!(svg.contains(escaped), "{escaped} missing");
        }
        let texts = texts(&svg);
        let mut want = vec![p.kicker.to_uppercase(), p.title.clone(), p.footer.clone()];
        want.extend(p.lines.iter().cloned());
        for (value, label) in &p.figures {
            want.push(value.clone());
            want.push(label.clone());
        }
        for w in &want {
            assert!(texts.contains(w), "{w:?} not drawn; texts: {texts:#?}");
            // A string drawn as one run also appears escaped in the source.
            if !p.lines.contains(w) {
                assert!(svg.contains(&esc(w)), "{:?} not in the SVG", esc(w));
            }
        }
        // A labelled line is drawn as a muted label and the text after it.
        assert!(svg.contains(&format!(
            r#"<tspan fill="{MUTED}">Partners:</tspan> A&amp;B &lt;Ltd&gt; &quot;C&quot;"#
        )));
        usvg::Tree::from_str(&svg, &options()).expect("usvg parses it");

        // Characters XML cannot hold are dropped, so the SVG still parses.
        let odd = Preview {
            title: "Bell\u{7} and NUL\u{0}".into(),
            ..delegation()
        };
        assert!(png(&super::svg(&odd)).is_ok());
        // A body line that merely starts with "+ " is not taken for the "+ N more" line.
        let plus = Preview {
            lines: vec!["+ 5 percent growth".into()],
            ..delegation()
        };
        assert!(super::svg(&plus).contains(">+ 5 percent growth</text>"));
    }

    #[test]
    fn long_title_is_cut_to_three_lines_with_an_ellipsis() {
        let mut p = delegation();
        p.title = LONG_TITLE.into();
        let svg = svg(&p);
        let title = title_texts(&svg);
        assert_eq!(title.len(), 3, "{title:#?}");
        assert!(title[2].ends_with('…'), "{title:#?}");
        for line in &title {
            assert!(
                width(line, Font::Bold, TITLE_SIZES[2].0, 0.0) <= CONTENT_W,
                "{line:?} too wide"
            );
        }
        // A short title is one big line.
        assert_eq!(
            title_layout("Electronics"),
            (TITLE_SIZES[0].0, vec!["Electronics".to_owned()])
        );
        // A word too long for a line is broken inside.
        let long = "x".repeat(400);
        let lines = wrap(&long, Font::Bold, 50.0, 0.0, CONTENT_W, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| width(l, Font::Bold, 50.0, 0.0) <= CONTENT_W));
    }

    #[test]
    fn more_than_five_body_lines_end_in_n_more() {
        let mut p = delegation();
        p.lines = (1..=8).map(|i| format!("Project {i}: a short line")).collect();
        let body = body_texts(&svg(&p));
        assert_eq!(body.len(), 5, "{body:#?}");
        assert_eq!(body[4], "+ 4 more");
        assert_eq!(body[0], "Project 1: a short line");

        // Five that fit are all shown.
        p.lines.truncate(5);
        let body = body_texts(&svg(&p));
        assert_eq!(body.len(), 5);
        assert!(!body.iter().any(|l| l.starts_with("+ ")));

        // A long entry takes two lines, ending in "…" when cut.
        p.lines = vec![format!(
            "Outcome: {}",
            "a made-up outcome long enough to be cut ".repeat(8)
        )];
        let body = body_texts(&svg(&p));
        assert_eq!(body.len(), 2, "{body:#?}");
        assert!(body[1].ends_with('…'));

        // With figures there is less room, still with the count of the rest.
        let mut p = sector();
        p.title = "Taiwan Business and Construction Association".into();
        p.lines = (1..=8).map(|i| format!("Project {i}: a short line")).collect();
        let body = body_texts(&svg(&p));
        assert!(!body.is_empty() && body.len() < 5, "{body:#?}");
        let shown = body.len() - 1;
        assert_eq!(body[shown], format!("+ {} more", 8 - shown));
    }

    #[test]
    fn the_fullest_title_and_tiles_do_not_overlap() {
        let p = Preview {
            kicker: "Delegation".into(),
            title: LONG_TITLE.into(),
            lines: vec!["District: Fuling".into()],
            figures: vec![("US$32.38 billion".into(), LONG_TITLE.into()); 4],
            figures_label: String::new(),
            footer: FOOTER.into(),
        };
        let svg = svg(&p);
        let doc = usvg::roxmltree::Document::parse(&svg).expect("the SVG is XML");
        let num = |n: usvg::roxmltree::Node, a: &str| n.attribute(a).and_then(|v| v.parse::<f32>().ok()).unwrap_or(0.0);
        let title_bottom = doc
            .descendants()
            .filter(|n| n.attribute("font-size") == Some("50"))
            .map(|n| num(n, "y") + DESCENT * 50.0)
            .fold(0.0, f32::max);
        let tiles: Vec<_> = doc
            .descendants()
            .filter(|n| n.attribute("fill") == Some(ACCENT_SOFT))
            .collect();
        assert_eq!(tiles.len(), 4);
        let tiles_top = tiles.iter().map(|n| num(*n, "y")).fold(f32::MAX, f32::min);
        assert!(
            title_bottom > 300.0 && title_bottom + 16.0 <= tiles_top,
            "{title_bottom} vs {tiles_top}"
        );
        let tiles_bottom = tiles
            .iter()
            .map(|n| num(*n, "y") + num(*n, "height"))
            .fold(0.0, f32::max);
        assert!(tiles_bottom <= CONTENT_BOTTOM);
    }

    #[test]
    fn measured_width_is_never_narrower_than_the_rendered_text() {
        // usvg kerns (and may shape), the measure only adds advances: it must not be smaller,
        // or a wrapped line could run past the card.
        let samples = [
            "Taiwan Business and Construction Association",
            "AVAVAVA To Ty Yo We Wa LT P. F, Y. LY L' V. W. r. y. f.",
            "US$32.38 billion · 15–17 September 2025 · AT&T",
        ];
        for s in samples {
            for (font, weight) in [(Font::Regular, "400"), (Font::Bold, "700")] {
                let svg = format!(
                    r#"<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="100"><text x="0" y="60" font-size="50" font-weight="{weight}">{}</text></svg>"#,
                    esc(s)
                );
                let tree = usvg::Tree::from_str(&svg, &options()).expect("parses");
                let drawn = tree.root().bounding_box().right();
                let measured = width(s, font, 50.0, 0.0);
                assert!(
                    drawn > 0.5 * measured && drawn <= measured + 0.01,
                    "{s:?}: drawn {drawn}, measured {measured}"
                );
            }
        }
    }

    #[test]
    fn text_renders_with_the_embedded_font() {
        let empty = r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/></svg>"##;
        let with = |family: &str| {
            format!(
                r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/><text x="10" y="44" font-family="{family}" font-size="36">Hg…</text></svg>"##
            )
        };
        let base = png(empty).expect("renders");
        let text = png(&with(FAMILY)).expect("renders");
        assert_ne!(base, text, "no glyphs were drawn");
        let pixmap = tiny_skia::Pixmap::decode_png(&text).expect("decodes");
        let dark = pixmap.pixels().iter().filter(|p| p.red() < 128).count();
        assert!(dark > 100, "only {dark} dark pixels");
        // A generic family resolves to the same embedded face.
        assert_eq!(png(&with("sans-serif")).expect("renders"), text);
    }

    #[test]
    fn rendering_is_deterministic() {
        let p = figures();
        assert_eq!(svg(&p), svg(&p));
        assert_eq!(png(&svg(&p)).expect("renders"), png(&svg(&p)).expect("renders"));
    }

    #[test]
    fn bad_svg_is_an_error() {
        assert!(png("<svg").is_err());
        assert!(png(r#"<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"/>"#).is_err());
    }
}
