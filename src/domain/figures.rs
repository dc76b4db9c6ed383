//! Derived investment figures, computed from the dataset's official figures (never stored).

use super::dataset::{Dataset, Figures, OutcomeKind};
use super::format::{percent, usd_millions};

/// A figure computed from the official ones, with its formula for readers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Derived {
    /// Stable id, also a test hook.
    pub id: &'static str,
    pub label: &'static str,
    /// The value as shown, e.g. `"24.9%"`.
    pub text: String,
    /// How it is computed, e.g. `"US$8.06 billion ÷ US$32.38 billion"`.
    pub formula: String,
}

/// The four derived figures: utilization rate, contracted and utilized investment per
/// enterprise, and contracted investment not yet utilized.
pub fn derived(f: &Figures) -> Vec<Derived> {
    let contracted = i128::from(f.contracted_investment.value);
    let utilized = i128::from(f.utilized_investment.value);
    let enterprises = i128::from(f.approved_enterprises.value);
    let money = |m: i128| usd_millions(m, 1);
    let count = super::format::group(f.approved_enterprises.value);
    vec![
        Derived {
            id: "utilization-rate",
            label: "Utilization rate",
            text: percent(utilized, contracted),
            formula: format!("{} utilized ÷ {} contracted", money(utilized), money(contracted)),
        },
        Derived {
            id: "contracted-per-enterprise",
            label: "Contracted investment per enterprise",
            text: format!("about {}", usd_millions(contracted, enterprises)),
            formula: format!("{} ÷ {count} enterprises", money(contracted)),
        },
        Derived {
            id: "utilized-per-enterprise",
            label: "Utilized investment per enterprise",
            text: format!("about {}", usd_millions(utilized, enterprises)),
            formula: format!("{} ÷ {count} enterprises", money(utilized)),
        },
        Derived {
            id: "not-yet-utilized",
            label: "Contracted but not yet utilized",
            text: money(contracted - utilized),
            formula: format!("{} − {}", money(contracted), money(utilized)),
        },
    ]
}

/// The event overview's counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventCounts {
    pub delegations: usize,
    pub sites: usize,
    /// Agreements signed and frameworks reached (plans are not counted).
    pub agreements: usize,
}

/// Counts delegations, sites visited, and agreements and frameworks.
pub fn event_counts(data: &Dataset) -> EventCounts {
    let d = &data.delegations;
    EventCounts {
        delegations: d.len(),
        sites: d.iter().map(|d| d.sites.len()).sum(),
        agreements: d
            .iter()
            .flat_map(|d| d.outcomes.iter())
            .filter(|o| matches!(o.kind, OutcomeKind::Agreement | OutcomeKind::Framework))
            .count(),
    }
}

/// One bar of the contracted-against-utilized chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    /// The amount as shown, e.g. `"US$32.38 billion"`.
    pub text: String,
    /// Length relative to the longest bar, in thousandths (0–1000).
    pub permille: u32,
    /// Share of contracted investment, e.g. `"100.0%"`.
    pub share: String,
}

/// The chart's bars, to scale: contracted, then utilized.
pub fn investment_bars(f: &Figures) -> Vec<Bar> {
    let contracted = i128::from(f.contracted_investment.value);
    let max = contracted.max(i128::from(f.utilized_investment.value)).max(1);
    [&f.contracted_investment, &f.utilized_investment]
        .into_iter()
        .map(|fig| {
            let v = i128::from(fig.value).max(0);
            Bar {
                label: fig.label.to_string(),
                text: usd_millions(v, 1),
                permille: u32::try_from(v * 1000 / max).unwrap_or(0),
                share: percent(v, contracted),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::embedded;

    #[test]
    fn derives_the_published_figures() {
        let (data, _) = embedded::load().expect("embedded dataset loads");
        let d = derived(&data.figures);
        let texts: Vec<_> = d.iter().map(|d| (d.id, &*d.text)).collect();
        assert_eq!(
            texts,
            [
                ("utilization-rate", "24.9%"),
                ("contracted-per-enterprise", "about US$14.1 million"),
                ("utilized-per-enterprise", "about US$3.5 million"),
                ("not-yet-utilized", "US$24.32 billion"),
            ]
        );
        assert_eq!(d[0].formula, "US$8.06 billion utilized ÷ US$32.38 billion contracted");
        assert_eq!(d[1].formula, "US$32.38 billion ÷ 2,299 enterprises");
        assert_eq!(d[3].formula, "US$32.38 billion − US$8.06 billion");
    }

    #[test]
    fn zero_figures_do_not_divide_by_zero() {
        let (mut data, _) = embedded::load().expect("embedded dataset loads");
        data.figures.approved_enterprises.value = 0;
        data.figures.contracted_investment.value = 0;
        data.figures.utilized_investment.value = 0;
        let d = derived(&data.figures);
        assert_eq!(d[0].text, "–%");
        assert_eq!(d[1].text, "about US$– million");
        assert_eq!(d[3].text, "US$0.0 million");
    }

    #[test]
    fn counts_the_event() {
        let (data, _) = embedded::load().expect("embedded dataset loads");
        assert_eq!(
            event_counts(&data),
            EventCounts {
                delegations: 3,
                sites: 5,
                agreements: 2
            }
        );
    }

    #[test]
    fn bars_are_to_scale() {
        let (data, _) = embedded::load().expect("embedded dataset loads");
        let bars = investment_bars(&data.figures);
        assert_eq!(bars[0].permille, 1000);
        assert_eq!(bars[1].permille, 248);
        assert_eq!(bars[0].text, "US$32.38 billion");
        assert_eq!(bars[1].text, "US$8.06 billion");
        assert_eq!((bars[0].share.as_str(), bars[1].share.as_str()), ("100.0%", "24.9%"));
    }
}
