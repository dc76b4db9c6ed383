//! What each shareable page says about itself to a link preview: its title, its description,
//! and the lines and figures of its preview image (`cargo xtask dist` writes them into the
//! page's `<head>` and draws the image).
//!
//! Every line comes from the dataset, as the cards and the figures panel show it: an inferred
//! sector is marked as inferred, and no count is shown that the article does not give.

use super::dataset::{Basis, Dataset, Delegation};
use super::figures::derived;
use super::format::day_range;
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
    out
}

/// What `page` (or the default view, for `None`) says about itself.
pub fn meta(data: &Dataset, catalog: &Catalog, page: Option<&Page>) -> Meta {
    let event = format!(
        "{} {}",
        super::format::ordinal(data.event.edition),
        data.event.name.replace('-', "\u{2013}")
    );
    let footer = format!(
        "{event} \u{b7} {}, {} \u{b7} cited to one news article",
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
                        "The Taiwanese business delegations at the {event}: where they went, the sectors, the agreements and what their leaders said, with official figures on Taiwan-funded enterprises in Chongqing ({as_of}). Each fact cited to its sentence of one news article."
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
            Meta {
                image_alt: format!("{heading}. {summary}. {as_of}."),
                title,
                description,
                kicker,
                heading,
                lines: vec![as_of],
                figures,
                footer,
            }
        }
        Some(Page::Delegation(id)) => match data.delegations.iter().find(|d| *d.id == **id) {
            Some(d) => delegation(data, d, footer, title),
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
            let names: Vec<&str> = found.iter().map(|&i| &*data.delegations[i].name).collect();
            let lines: Vec<String> = found
                .iter()
                .map(|&i| {
                    let d = &data.delegations[i];
                    match d.districts.first() {
                        Some(place) => format!("{} \u{b7} {}", d.name, place.text),
                        None => d.name.to_string(),
                    }
                })
                .collect();
            let delegations = super::labels::count(found.len());
            Meta {
                title,
                description: format!(
                    "{delegations} in {} at the {event}: {}. Each fact cited to its sentence of one news article.",
                    sector.name,
                    names.join("; ")
                ),
                kicker: "Sector".to_owned(),
                heading: sector.name.to_string(),
                image_alt: format!("{}: {delegations}. {}.", sector.name, lines.join("; ")),
                lines,
                figures: Vec::new(),
                footer,
            }
        }
    }
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
    for o in d.outcomes.iter() {
        lines.push(format!("{}: {}", o.kind.label(o.count), o.text));
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
        assert!(m.footer.contains("17th Chongqing\u{2013}Taiwan Week"), "{}", m.footer);
    }

    #[test]
    fn a_sector_page_lists_the_delegations_the_filter_shows() {
        let (data, catalog) = setup();
        let m = meta(&data, &catalog, Some(&Page::Sector("healthcare".into())));
        assert_eq!(m.heading, "Healthcare");
        assert!(
            m.description.starts_with("2 delegations in Healthcare"),
            "{}",
            m.description
        );
        assert_eq!(m.lines.len(), 2, "{:?}", m.lines);
        assert!(m
            .lines
            .iter()
            .any(|l| l.starts_with("Taiwan Healthcare Industry Alliance")));
    }

    #[test]
    fn the_figures_page_and_the_default_page_show_the_headline_figures_and_their_date() {
        let (data, catalog) = setup();
        for page in [None, Some(&Page::Figures)] {
            let m = meta(&data, &catalog, page);
            let values: Vec<&str> = m.figures.iter().map(|(v, _)| v.as_str()).collect();
            assert_eq!(values.len(), 4, "{values:?}");
            assert!(values.contains(&"2,299"), "{values:?}");
            assert!(m.lines[0].ends_with("as of June 2025"), "{:?}", m.lines);
            assert!(
                m.kicker.ends_with("as of June 2025"),
                "the date shows even where the tiles leave no room for lines: {}",
                m.kicker
            );
            assert!(m.figures.iter().any(|(_, l)| l.ends_with("(derived)")));
        }
        assert_eq!(meta(&data, &catalog, None).title, APP_TITLE);
    }
}
