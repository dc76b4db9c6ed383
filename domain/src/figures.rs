//! Derived investment figures, computed from the dataset's official figures (never stored).

use super::dataset::{Dataset, Figure, Figures, OutcomeKind, Unit};
use super::format::{decimal, dollar_millions, group, percent, NO_NUMBER};

/// An official figure as shown: `2,299` or `$32.38 billion`.
pub fn figure_text(f: &Figure) -> String {
    match f.unit {
        Unit::Count => group(f.value),
        Unit::DollarMillion => dollar_millions(f.value, 1),
    }
}

/// The three official figures with their tile ids, in the panel's order.
pub fn official(f: &Figures) -> [(&'static str, &Figure); 3] {
    [
        ("approved-enterprises", &f.approved_enterprises),
        ("contracted-investment", &f.contracted_investment),
        ("utilized-investment", &f.utilized_investment),
    ]
}

/// The figures panel's tiles as search reads them: each official and derived figure's id,
/// label, and text (value, date or formula): `("utilization-rate", "Utilization rate",
/// "24.9% = $8.06 billion utilized ÷ $32.38 billion contracted (derived)")`.
pub fn tiles(f: &Figures) -> Vec<(&'static str, String, String)> {
    let official = official(f).into_iter().map(|(id, fig)| {
        (
            id,
            fig.label.to_string(),
            format!("{}, as of {}", figure_text(fig), f.as_of.label),
        )
    });
    let computed = derived(f).into_iter().map(|d| {
        (
            d.id,
            d.label.to_owned(),
            format!("{} = {} (derived)", d.text, d.formula),
        )
    });
    official.chain(computed).collect()
}

/// A figure computed from the official ones, with its formula for readers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Derived {
    /// Stable id, also a test hook.
    pub id: &'static str,
    pub label: &'static str,
    /// The value as shown, e.g. `"24.9%"`.
    pub text: String,
    /// The value as a plain number in `unit`, for exports: `"24.9"`.
    pub value: String,
    /// `"%"` or `"$ million"`.
    pub unit: &'static str,
    /// How it is computed, e.g. `"$8.06 billion ÷ $32.38 billion"`.
    pub formula: String,
}

/// The four derived figures: utilization rate, contracted and utilized investment per
/// enterprise, and contracted investment not yet utilized.
pub fn derived(f: &Figures) -> Vec<Derived> {
    let contracted = f.contracted_investment.value;
    let utilized = f.utilized_investment.value;
    let enterprises = f.approved_enterprises.value;
    let money = |m: i64| dollar_millions(m, 1);
    let count = super::format::group(f.approved_enterprises.value);
    let plain = |num: Option<i64>, den: i64, decimals: u32| {
        num.map_or_else(|| NO_NUMBER.to_owned(), |n| decimal(n, den, decimals).replace(',', ""))
    };
    vec![
        Derived {
            id: "utilization-rate",
            label: "Utilization rate",
            text: percent(utilized, contracted),
            value: plain(utilized.checked_mul(100), contracted, 1),
            unit: "%",
            formula: format!("{} utilized ÷ {} contracted", money(utilized), money(contracted)),
        },
        Derived {
            id: "contracted-per-enterprise",
            label: "Contracted investment per approved enterprise (average)",
            text: format!("about {}", dollar_millions(contracted, enterprises)),
            value: plain(Some(contracted), enterprises, 1),
            unit: "$ million",
            formula: format!("{} ÷ {count} enterprises", money(contracted)),
        },
        Derived {
            id: "utilized-per-enterprise",
            label: "Utilized investment per approved enterprise (average)",
            text: format!("about {}", dollar_millions(utilized, enterprises)),
            value: plain(Some(utilized), enterprises, 1),
            unit: "$ million",
            formula: format!("{} ÷ {count} enterprises", money(utilized)),
        },
        Derived {
            id: "not-yet-utilized",
            label: "Contracted minus utilized",
            text: plain(contracted.checked_sub(utilized), 1, 0)
                .parse::<i64>()
                .map_or_else(|_| NO_NUMBER.to_owned(), money),
            value: plain(contracted.checked_sub(utilized), 1, 0),
            unit: "$ million",
            formula: format!("{} − {}", money(contracted), money(utilized)),
        },
    ]
}

/// The event overview's counts: of what the article names, and of agreements and
/// frameworks only as far as the article gives their number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventCounts {
    /// Delegations the article describes.
    pub delegations: usize,
    /// Sites it names as visited.
    pub sites: usize,
    /// Agreements signed: `None` when the article does not give their number.
    pub agreements: Option<u32>,
    /// Frameworks reached, likewise.
    pub frameworks: Option<u32>,
}

/// Counts delegations, sites visited, agreements and frameworks.
pub fn event_counts(data: &Dataset) -> EventCounts {
    let d = &data.delegations;
    // The sum of the counts the article gives; `None` as soon as one is not given.
    let total = |kind: OutcomeKind| {
        d.iter()
            .flat_map(|d| d.outcomes.iter())
            .filter(|o| o.kind == kind)
            .try_fold(0u32, |sum, o| Some(sum + o.count?))
    };
    EventCounts {
        delegations: d.len(),
        sites: d.iter().map(|d| d.sites.len()).sum(),
        agreements: total(OutcomeKind::Agreement),
        frameworks: total(OutcomeKind::Framework),
    }
}

/// One bar of the contracted-against-utilized chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    /// The amount as shown, e.g. `"$32.38 billion"`.
    pub text: String,
    /// Length relative to the longest bar, in thousandths (0–1000).
    pub permille: u32,
    /// Share of contracted investment, e.g. `"100.0%"`.
    pub share: String,
}

/// The chart's bars, to scale: contracted, then utilized.
pub fn investment_bars(f: &Figures) -> Vec<Bar> {
    let contracted = f.contracted_investment.value;
    let max = contracted.max(f.utilized_investment.value).max(1);
    [&f.contracted_investment, &f.utilized_investment]
        .into_iter()
        .map(|fig| {
            let v = fig.value.max(0);
            // v ≤ max, so v / max ≤ 1, rounded half up to the nearest thousandth (8.06 of
            // 32.38 is 248.9‰: 249, not 248); past 64 bits, scale both down first.
            let permille = v
                .checked_mul(2000)
                .and_then(|x| x.checked_add(max))
                .map_or(v / (max / 1000).max(1), |x| x / (2 * max));
            Bar {
                label: fig.label.to_string(),
                text: dollar_millions(v, 1),
                permille: u32::try_from(permille.min(1000)).unwrap_or(0),
                share: percent(v, contracted),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    #[test]
    fn derives_the_published_figures() {
        let (data, _) = embedded::load().expect("embedded dataset loads");
        let d = derived(&data.figures);
        let texts: Vec<_> = d.iter().map(|d| (d.id, &*d.text)).collect();
        assert_eq!(
            texts,
            [
                ("utilization-rate", "24.9%"),
                ("contracted-per-enterprise", "about $14.1 million"),
                ("utilized-per-enterprise", "about $3.5 million"),
                ("not-yet-utilized", "$24.32 billion"),
            ]
        );
        assert_eq!(d[0].formula, "$8.06 billion utilized ÷ $32.38 billion contracted");
        assert_eq!(d[1].formula, "$32.38 billion ÷ 2,299 enterprises");
        assert_eq!(d[3].formula, "$32.38 billion − $8.06 billion");
    }

    #[test]
    fn zero_figures_do_not_divide_by_zero() {
        let (mut data, _) = embedded::load().expect("embedded dataset loads");
        data.figures.approved_enterprises.value = 0;
        data.figures.contracted_investment.value = 0;
        data.figures.utilized_investment.value = 0;
        let d = derived(&data.figures);
        assert_eq!(d[0].text, "–%");
        assert_eq!(d[1].text, "about $– million");
        assert_eq!(d[3].text, "$0.0 million");
    }

    #[test]
    fn counts_the_event() {
        let (data, _) = embedded::load().expect("embedded dataset loads");
        assert_eq!(
            event_counts(&data),
            EventCounts {
                delegations: 3,
                sites: 5,
                agreements: None,
                frameworks: Some(1)
            }
        );
    }

    #[test]
    fn a_count_is_given_only_when_every_outcome_of_its_kind_has_one() {
        let (mut data, _) = embedded::load().expect("embedded dataset loads");
        let mut outcomes = data.delegations[0].outcomes.to_vec();
        outcomes[0].count = Some(2);
        outcomes.push(outcomes[1].clone());
        data.delegations.to_mut()[0].outcomes = outcomes.into();
        let counts = event_counts(&data);
        assert_eq!((counts.agreements, counts.frameworks), (Some(2), Some(2)));
    }

    #[test]
    fn bars_are_to_scale() {
        let (data, _) = embedded::load().expect("embedded dataset loads");
        let bars = investment_bars(&data.figures);
        assert_eq!(bars[0].permille, 1000);
        // 8.06 / 32.38 = 0.24892: rounded, not truncated (issue 33).
        assert_eq!(bars[1].permille, 249);
        assert_eq!(bars[0].text, "$32.38 billion");
        assert_eq!(bars[1].text, "$8.06 billion");
        assert_eq!((bars[0].share.as_str(), bars[1].share.as_str()), ("100.0%", "24.9%"));
    }
}
