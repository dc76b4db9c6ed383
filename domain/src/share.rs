//! What each shareable page says about itself to a link preview: its title, its description,
//! and the lines and figures of its preview image (`cargo xtask dist` writes them into the
//! page's `<head>` and draws the image).
//!
//! Every line comes from the dataset, as the cards and the figures panel show it: an inferred
//! sector is marked as inferred, and no count is shown that the article does not give.

use super::dataset::{Basis, Dataset, Delegation};
use super::figures::derived;
use super::format::{capitalised, day_range};
use super::labels::figure_text;
use super::pages::Page;
use super::url_state::ViewState;
use super::view::{self, Catalog};

/// What a page says about itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meta {
    /// The page's `<title>` and `og:title`.
    pub title: String,
    /// The page's description (meta and `og:description`).
    pub description: String,
    /// The preview image's kicker: what kind of view it is.
    pub kicker: String,
    /// The preview's title (the view's own name, without the app's).
    pub heading: String,
    /// The preview's body lines.
    pub lines: Vec<String>,
    /// The preview's figure tiles: (value, label).
    pub figures: Vec<(String, String)>,
    /// What the figure tiles are, above them (empty without tiles): official data, apart
    /// from the delegations.
    pub figures_label: String,
    /// The preview's footer: the event and the as-of date.
    pub footer: String,
    /// The image's alternative text (`og:image:alt`).
    pub image_alt: String,
}

/// Every view with a page of its own: the figures, each delegation, each sector the filter
/// offers.
pub fn pages(data: &Dataset) -> Vec<Page> {
    let mut out = vec![Page::Figures];
    out.extend(data.delegations.iter().map(|d| Page::Delegation(d.id.to_string())));
    let all = data.sectors.iter().map(|s| s.slug.to_string()).collect();
    let (offered, _) = view::split_known(data, &all);
    out.extend(offered.into_iter().map(Page::Sector));
    out.extend(data.sources.iter().map(|s| Page::Source(s.id.to_string())));
    out
}

/// What `page` (or the default view, for `None`) says about itself.
pub fn meta(data: &Dataset, catalog: &Catalog, page: Option<&Page>) -> Meta {
    // The event as the article spells it (a hyphen); the explorer's own name has an en dash.
    let event = format!("{} {}", super::format::ordinal(data.event.edition), data.event.name);
    // The dates are the matchmaking events' (the article's), not the Week's.
    let footer = format!(
        "{event} \u{b7} matchmaking events {}, {} \u{b7} cited to one news article",
        day_range(
            data.event.dates.month,
            data.event.dates.start_day,
            data.event.dates.end_day
        ),
        data.event.host_city.text
    );
    // The title the app gives the same view (`view::page_title`), so that the page and the
    // app, once started, agree.
    let title = view::page_title(data, page, &page.map(|p| p.view().0).unwrap_or_default());
    match page {
        None | Some(Page::Figures) => {
            let f = &data.figures;
            let mut figures = vec![
                (
                    figure_text(&f.contracted_investment),
                    f.contracted_investment.label.to_string(),
                ),
                (
                    figure_text(&f.utilized_investment),
                    f.utilized_investment.label.to_string(),
                ),
            ];
            figures.extend(
                derived(f)
                    .into_iter()
                    .take(1)
                    .map(|d| (d.text, format!("{} (derived)", d.label))),
            );
            figures.push((
                figure_text(&f.approved_enterprises),
                f.approved_enterprises.label.to_string(),
            ));
            let as_of = format!("{} as of {}", f.source_label, f.as_of.label);
            let summary = figures
                .iter()
                .map(|(v, l)| format!("{l}: {v}"))
                .collect::<Vec<_>>()
                .join("; ");
            let (title, kicker, heading, description) = if page.is_none() {
                (
                    title,
                    format!("{event} \u{b7} figures as of {}", f.as_of.label),
                    "Taiwanese business delegations in Chongqing".to_owned(),
                    format!(
                        "The Taiwanese business delegations at the {event}: where they went, the sectors, the agreements and what association presidents and delegates said, with official figures on Taiwan-funded enterprises in Chongqing ({as_of}). Each fact cited to its sentence of one news article."
                    ),
                )
            } else {
                let heading = view::FIGURES_HEADING.to_owned();
                (
                    title,
                    format!("Headline figures \u{b7} as of {}", f.as_of.label),
                    heading,
                    format!("{summary}. {as_of}, as the article reports them; the rate is derived. Each figure cited to its sentence."),
                )
            };
            let figures_label = format!("{}, as of {}: {}", f.source_label, f.as_of.label, view::FIGURES_HEADING);
            Meta {
                image_alt: format!("{heading}. {figures_label}: {summary}."),
                title,
                description,
                kicker,
                heading,
                lines: Vec::new(),
                figures,
                figures_label,
                footer,
            }
        }
        Some(Page::Delegation(id)) => match data.delegations.iter().find(|d| *d.id == **id) {
            Some(d) => delegation(data, d, footer, title),
            None => meta(data, catalog, None),
        },
        Some(Page::Source(id)) => match super::texts::source(data, id) {
            Some(source) => report(data, source, footer, title),
            None => meta(data, catalog, None),
        },
        Some(Page::Sector(slug)) => {
            let Some(sector) = data.sector(slug) else {
                return meta(data, catalog, None);
            };
            let state = ViewState {
                sectors: [slug.clone()].into(),
                ..ViewState::default()
            };
            let found = view::compute(data, catalog, &state).results;
            // Each delegation with how the sector is tied to it, as its card marks it.
            let tied: Vec<(&Delegation, String)> = found
                .iter()
                .filter_map(|&i| data.delegations.get(i))
                .map(|d| (d, how_tied(data, d, slug)))
                .collect();
            let names: Vec<String> = tied.iter().map(|(d, how)| format!("{} ({how})", d.name)).collect();
            let lines: Vec<String> = tied
                .iter()
                .map(|(d, how)| match d.districts.first() {
                    Some(place) => format!("{} \u{b7} {} \u{b7} {how}", d.name, place.text),
                    None => format!("{} \u{b7} {how}", d.name),
                })
                .collect();
            let delegations = super::labels::count(found.len());
            Meta {
                title,
                description: format!(
                    "{delegations} tagged {} at the {event}: {}. Each fact cited to its sentence of one news article.",
                    sector.name,
                    names.join("; ")
                ),
                kicker: "Sector".to_owned(),
                heading: sector.name.to_string(),
                image_alt: format!("{}: {delegations}. {}.", sector.name, lines.join("; ")),
                lines,
                figures: Vec::new(),
                figures_label: String::new(),
                footer,
            }
        }
    }
}

/// What the page of another report says: its outlet, kind and date (and how the date is
/// known), what the stored copy holds, and how many of the page's facts cite it.
fn report(data: &Dataset, s: &super::reports::Source, footer: String, title: String) -> Meta {
    let heading = match (&s.headline, s.kind) {
        (Some(h), _) => h.to_string(),
        (None, _) => format!("A report by {}", s.outlet),
    };
    let cited = cites_of(data, &s.id);
    let use_line = if s.text {
        format!("{} of the explorer\u{2019}s facts cite it", cited)
    } else {
        "Identifies the primary article: its stored copy holds the same text".to_owned()
    };
    let lines = vec![
        super::reports::published(s),
        format!("{} \u{b7} {}", capitalised(s.kind.label()), language(&s.language)),
        format!("Stored copy: {}", s.holds),
        use_line.clone(),
    ];
    Meta {
        description: format!(
            "{} ({}). {}. The stored text, sentence by sentence, and what the explorer cites from it.",
            super::reports::published(s),
            s.kind.label(),
            use_line
        ),
        kicker: "Other report".to_owned(),
        image_alt: format!("{heading}. {}.", lines.join(". ")),
        heading,
        title,
        lines,
        figures: Vec::new(),
        figures_label: String::new(),
        footer,
    }
}

/// How many records of the dataset cite source `id`.
fn cites_of(data: &Dataset, id: &str) -> usize {
    let reports = data.reports.iter().filter(|r| r.cite.source == id).count();
    let editions: usize = data
        .editions
        .iter()
        .map(|e| e.facts.iter().filter(|f| f.cite.source == id).count())
        .sum();
    let counts: usize = data
        .enterprises
        .iter()
        .map(|c| usize::from(c.cite.source == id) + c.investment.iter().filter(|a| a.cite.source == id).count())
        .sum();
    reports + editions + counts
}

/// A language tag in words.
fn language(tag: &str) -> &str {
    match tag {
        "en" => "in English",
        "fr" => "in French",
        other => other,
    }
}

/// The embed of a view: the page an `<iframe>` shows, its title, what it holds in words, and a
/// height for the frame that suits most widths (the embed also sends its exact height:
/// `docs/embed.md`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed {
    /// The embed page's path under the site's base: `embed/sectors/healthcare/`.
    pub path: String,
    pub title: String,
    /// What the code embeds, said to the reader who copies it.
    pub what: String,
    pub height: u32,
}

/// The embed of `page`, the view the reader is on (`None`: a view with no page of its own,
/// for which the figures are embedded, and the reader told so).
pub fn embed(data: &Dataset, catalog: &Catalog, page: Option<&Page>) -> Embed {
    let figures = |what: String| Embed {
        path: format!("embed/{}", Page::Figures.path()),
        title: view::FIGURES_HEADING.to_owned(),
        what,
        height: 1700,
    };
    match page {
        Some(Page::Delegation(id)) => match data.delegations.iter().find(|d| *d.id == **id) {
            Some(d) => Embed {
                path: format!("embed/{}", Page::Delegation(id.clone()).path()),
                title: d.name.to_string(),
                what: format!("Embeds the card of the {}.", d.name),
                height: 1000,
            },
            None => embed(data, catalog, None),
        },
        Some(Page::Sector(slug)) => match data.sector(slug) {
            Some(sector) => {
                let state = ViewState {
                    sectors: [slug.clone()].into(),
                    ..ViewState::default()
                };
                let n = view::compute(data, catalog, &state).results.len();
                Embed {
                    path: format!("embed/{}", Page::Sector(slug.clone()).path()),
                    title: sector.name.to_string(),
                    what: format!("Embeds the {} tagged {}.", super::format::count_noun(n, "delegation card"), sector.name),
                    height: (1000 * u32::try_from(n).unwrap_or(u32::MAX)).clamp(1000, 2600),
                }
            }
            None => embed(data, catalog, None),
        },
        Some(Page::Figures) => figures("Embeds the figures panel.".to_owned()),
        None | Some(Page::Source(_)) => figures(
            "This view has no embed of its own (a search, several sectors or another report): the code embeds the figures panel. Embeds are for one delegation, one sector, or the figures.".to_owned(),
        ),
    }
}

/// How sector `slug` (or one of its children) is tied to delegation `d`, as the card marks it:
/// "stated", "inferred: Pharmaceuticals", "raised by Wang Guo'an: Precision medicine, Cell
/// therapy".
fn how_tied(data: &Dataset, d: &Delegation, slug: &str) -> String {
    let links: Vec<_> = d
        .sectors
        .iter()
        .filter(|l| l.sector == slug || data.sector(&l.sector).and_then(|s| s.parent.as_deref()) == Some(slug))
        .collect();
    let names = |basis: Basis| -> Vec<&str> {
        links
            .iter()
            .filter(|l| l.basis == basis)
            .filter_map(|l| data.sector(&l.sector))
            .map(|s| &*s.name)
            .collect()
    };
    let mut parts = Vec::new();
    if !names(Basis::Discussed).is_empty() {
        parts.push("stated".to_owned());
    }
    let inferred = names(Basis::Inferred);
    if !inferred.is_empty() {
        parts.push(format!("inferred: {}", inferred.join(", ")));
    }
    let remarks = names(Basis::Remark);
    if let Some(speaker) = links.iter().find_map(|l| l.speaker.as_deref()) {
        parts.push(format!("raised by {speaker}: {}", remarks.join(", ")));
    }
    parts.join("; ")
}

/// A delegation's page: its district, sites, sectors (inferred ones marked) and outcomes.
fn delegation(data: &Dataset, d: &Delegation, footer: String, title: String) -> Meta {
    let mut lines = Vec::new();
    let join = |items: Vec<String>| items.join(", ");
    if !d.districts.is_empty() {
        lines.push(format!(
            "District: {}",
            join(d.districts.iter().map(|c| c.text.to_string()).collect())
        ));
    }
    if let Some(head) = &d.head {
        // As the card says it: the article names the post, not who led the visit.
        lines.push(format!("{}, {} of the organization", head.name, head.title));
    }
    let sector_names = |basis: Basis| -> Vec<String> {
        d.sectors
            .iter()
            .filter(|s| s.basis == basis)
            .filter_map(|s| data.sector(&s.sector))
            .map(|s| s.name.to_string())
            .collect()
    };
    let (stated, inferred) = (sector_names(Basis::Discussed), sector_names(Basis::Inferred));
    if !stated.is_empty() {
        lines.push(format!("Sectors discussed: {}", join(stated)));
    }
    if !inferred.is_empty() {
        lines.push(format!("Sectors (inferred): {}", join(inferred)));
    }
    // A sector someone raised is their remark, with their name, as the card shows it.
    let mut speakers: Vec<&str> = d.sectors.iter().filter_map(|s| s.speaker.as_deref()).collect();
    speakers.dedup();
    for speaker in speakers {
        let raised: Vec<String> = d
            .sectors
            .iter()
            .filter(|s| s.basis == Basis::Remark && s.speaker.as_deref() == Some(speaker))
            .filter_map(|s| data.sector(&s.sector))
            .map(|s| s.name.to_string())
            .collect();
        lines.push(format!("Raised by {speaker}: {}", join(raised)));
    }
    for o in d.outcomes.iter() {
        // An outcome tied to the delegation by inference carries its mark, as on the card.
        let mark = if o.inferred.is_some() { " (inferred)" } else { "" };
        lines.push(format!("{}: {}{mark}", o.kind.label(o.count), o.text));
    }
    if d.sites.is_empty() && d.districts.is_empty() && !d.statements.is_empty() {
        lines.push(format!("Statements: {}", d.statements.len()));
    }
    Meta {
        description: format!(
            "{}. {}. Each fact cited to its sentence of one news article.",
            d.name,
            lines.join("; ")
        ),
        kicker: "Delegation".to_owned(),
        heading: d.name.to_string(),
        image_alt: format!("{}. {}.", d.name, lines.join("; ")),
        title,
        lines,
        figures: Vec::new(),
        figures_label: String::new(),
        footer,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::embedded;
    use crate::view::APP_TITLE;

    fn setup() -> (Dataset, Catalog) {
        let data = embedded::load().expect("the embedded dataset loads").0;
        let catalog = view::catalog(&data);
        (data, catalog)
    }

    #[test]
    fn every_delegation_and_offered_sector_and_the_figures_have_a_page() {
        let (data, _) = setup();
        let pages = pages(&data);
        assert_eq!(pages[0], Page::Figures);
        for d in data.delegations.iter() {
            assert!(pages.contains(&Page::Delegation(d.id.to_string())));
        }
        assert!(pages.contains(&Page::Sector("healthcare".into())));
        assert!(
            !pages.contains(&Page::Sector("smart-manufacturing".into())),
            "a sector named only for the event has no delegations to show"
        );
    }

    #[test]
    fn a_delegation_page_names_it_and_marks_inferred_sectors() {
        let (data, catalog) = setup();
        let page = Page::Delegation("taiwan-business-and-construction-association".into());
        let m = meta(&data, &catalog, Some(&page));
        assert_eq!(m.heading, "Taiwan Business and Construction Association");
        assert!(m
            .title
            .starts_with("Taiwan Business and Construction Association \u{2014} "));
        assert!(
            m.lines.contains(&"District: Fuling District".to_owned()),
            "{:?}",
            m.lines
        );
        assert!(m.lines.contains(&"Sectors (inferred): Pharmaceuticals".to_owned()));
        assert!(m.description.contains("Lei Hongyi"));
        assert!(
            m.lines
                .contains(&"Lei Hongyi, President of the organization".to_owned()),
            "{:?}",
            m.lines
        );
        for d in data.delegations.iter() {
            let m = meta(&data, &catalog, Some(&Page::Delegation(d.id.to_string())));
            let said = format!("{} {} {}", m.description, m.image_alt, m.lines.join(" "));
            assert!(
                !said.contains("Led by"),
                "the article does not say who led the visit: {said}"
            );
        }
        // The event as the article spells it, not the brand's en dash.
        assert!(m.footer.contains("17th Chongqing-Taiwan Week"), "{}", m.footer);
    }

    #[test]
    fn the_embed_is_the_view_s_own_and_says_what_it_holds() {
        let (data, catalog) = setup();
        let e = embed(&data, &catalog, Some(&Page::Sector("healthcare".into())));
        assert_eq!(e.path, "embed/sectors/healthcare/");
        assert_eq!(e.what, "Embeds the 2 delegation cards tagged Healthcare.");
        let tbca = Page::Delegation("taiwan-business-and-construction-association".into());
        let e = embed(&data, &catalog, Some(&tbca));
        assert_eq!(
            e.path,
            "embed/delegations/taiwan-business-and-construction-association/"
        );
        assert_eq!(
            e.what,
            "Embeds the card of the Taiwan Business and Construction Association."
        );
        assert_eq!(embed(&data, &catalog, Some(&Page::Figures)).path, "embed/figures/");
        // A search has no embed: the figures, and the reader is told.
        let e = embed(&data, &catalog, None);
        assert_eq!(e.path, "embed/figures/");
        assert!(e.what.starts_with("This view has no embed of its own"), "{}", e.what);
    }

    #[test]
    fn a_sector_page_lists_the_delegations_the_filter_shows() {
        let (data, catalog) = setup();
        let m = meta(&data, &catalog, Some(&Page::Sector("healthcare".into())));
        assert_eq!(m.heading, "Healthcare");
        // Issue 33: the text that travels carries the marks the page carries.
        assert_eq!(
            m.description,
            "2 delegations tagged Healthcare at the 17th Chongqing-Taiwan Week: Taiwan Healthcare Industry Alliance (raised by Wang Guo'an: Precision medicine, Cell therapy); Taiwan Business and Construction Association (inferred: Pharmaceuticals). Each fact cited to its sentence of one news article."
        );
        assert_eq!(
            m.lines,
            [
                "Taiwan Healthcare Industry Alliance \u{b7} Yuzhong District \u{b7} raised by Wang Guo'an: Precision medicine, Cell therapy",
                "Taiwan Business and Construction Association \u{b7} Fuling District \u{b7} inferred: Pharmaceuticals"
            ]
        );
        let m = meta(&data, &catalog, Some(&Page::Sector("smart-terminals".into())));
        assert!(
            m.description.starts_with("1 delegation tagged Smart terminals"),
            "{}",
            m.description
        );
        assert!(m.lines[0].ends_with("inferred: Smart terminals"), "{:?}", m.lines);
        // The alliance's page keeps the inference on its agreements, and Wang's remark his.
        let alliance = Page::Delegation("taiwan-healthcare-industry-alliance".into());
        let m = meta(&data, &catalog, Some(&alliance));
        assert!(
            m.lines
                .iter()
                .any(|l| l.starts_with("Agreements signed: ") && l.ends_with(" (inferred)")),
            "{:?}",
            m.lines
        );
        assert!(
            m.lines
                .contains(&"Raised by Wang Guo'an: Precision medicine, Cell therapy".to_owned()),
            "{:?}",
            m.lines
        );
        assert!(!m.description.contains("Sectors discussed"), "{}", m.description);
    }

    #[test]
    fn the_figures_page_and_the_default_page_show_the_headline_figures_and_their_date() {
        let (data, catalog) = setup();
        for page in [None, Some(&Page::Figures)] {
            let m = meta(&data, &catalog, page);
            let values: Vec<&str> = m.figures.iter().map(|(v, _)| v.as_str()).collect();
            assert_eq!(values.len(), 4, "{values:?}");
            assert!(values.contains(&"2,299"), "{values:?}");
            // The tiles are official data, labelled so, apart from the delegations.
            assert_eq!(
                m.figures_label,
                "Official data, as of June 2025: Taiwan-funded enterprises in Chongqing"
            );
            assert!(
                m.kicker.ends_with("as of June 2025"),
                "the date shows even where the tiles leave no room for lines: {}",
                m.kicker
            );
            assert!(m.figures.iter().any(|(_, l)| l.ends_with("(derived)")));
        }
        let default = meta(&data, &catalog, None);
        assert_eq!(default.title, APP_TITLE);
        // The article names presidents and delegates, not leaders of the visits.
        assert!(default
            .description
            .contains("what association presidents and delegates said"));
        assert!(!default.description.contains("leaders"));
        // The dates are the matchmaking events', not the Week's.
        assert!(
            default.footer.contains("matchmaking events 15\u{2013}17 September"),
            "{}",
            default.footer
        );
    }
}
