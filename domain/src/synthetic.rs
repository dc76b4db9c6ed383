//! A deterministic synthetic dataset for benchmarks: `n` delegations whose words are drawn
//! from the real dataset with a fixed seed, as a `Dataset` value like the embedded one, so
//! that the app indexes, searches and renders it through the same code.

use super::dataset::{Basis, Cited, Dataset, Delegation, Head, Outcome, OutcomeKind, SectorLink, Statement, Text};
use super::search::tokenize;

/// The generator's fixed seed.
pub const SEED: u64 = 0x5EED_C0DE_2025_0917;

/// SplitMix64: small, fast and good enough to pick words.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The distinct words of the real delegations, in first-seen order, as written.
fn vocabulary(real: &Dataset) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut words = Vec::new();
    for d in real.delegations.iter() {
        let texts = std::iter::once(&*d.name)
            .chain(d.sites.iter().map(|c| &*c.text))
            .chain(d.outcomes.iter().map(|o| &*o.text))
            .chain(d.facts.iter().map(|c| &*c.text))
            .chain(d.statements.iter().map(|s| &*s.text))
            .chain(d.quotes.iter().map(|s| &*s.text));
        for text in texts {
            for word in text.split_whitespace() {
                let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                let is_word = !word.is_empty() && tokenize(word).len() == 1;
                if is_word && seen.insert(word.to_lowercase()) {
                    words.push(word.to_owned());
                }
            }
        }
    }
    words
}

fn phrase(rng: &mut Rng, words: &[String], min: usize, max: usize) -> String {
    let n = min + rng.below(max - min + 1);
    (0..n).map(|_| rng.pick(words).as_str()).collect::<Vec<_>>().join(" ")
}

fn cited(rng: &mut Rng, words: &[String], spans: &[Text], min: usize, max: usize) -> Cited {
    Cited {
        text: phrase(rng, words, min, max).into(),
        source: rng.pick(spans).clone(),
    }
}

fn said(rng: &mut Rng, words: &[String], spans: &[Text], speaker: &str, min: usize, max: usize) -> Statement {
    Statement {
        speaker: speaker.to_owned().into(),
        text: phrase(rng, words, min, max).into(),
        source: rng.pick(spans).clone(),
    }
}

/// `n` synthetic delegations over the real dataset's sectors, event and figures.
pub fn generate(real: &Dataset, n: usize) -> Dataset {
    let mut rng = Rng(SEED);
    let words = vocabulary(real);
    let spans: Vec<Text> = real.delegations.iter().map(|d| d.source.clone()).collect();
    let people: Vec<Text> = real
        .delegations
        .iter()
        .filter_map(|d| d.head.as_ref())
        .map(|l| l.name.clone())
        .collect();
    let delegations = (0..n)
        .map(|i| {
            let mut sectors: Vec<SectorLink> = Vec::new();
            for _ in 0..1 + rng.below(3) {
                let slug = rng.pick(&real.sectors).slug.clone();
                if !sectors.iter().any(|s| s.sector == slug) {
                    sectors.push(SectorLink {
                        sector: slug,
                        basis: Basis::Discussed,
                        speaker: None,
                        note: None,
                        source: rng.pick(&spans).clone(),
                    });
                }
            }
            let speaker = format!("{} {}", rng.pick(&people), i);
            Delegation {
                id: format!("synthetic-{i}").into(),
                name: format!("{} Association {i}", phrase(&mut rng, &words, 2, 4)).into(),
                source: rng.pick(&spans).clone(),
                head: Some(Head {
                    name: speaker.clone().into(),
                    title: "President".into(),
                    source: rng.pick(&spans).clone(),
                }),
                districts: vec![cited(&mut rng, &words, &spans, 1, 2)].into(),
                sites: (0..1 + rng.below(2))
                    .map(|_| cited(&mut rng, &words, &spans, 2, 5))
                    .collect(),
                sectors: sectors.into(),
                outcomes: (0..rng.below(3))
                    .map(|_| Outcome {
                        kind: *rng.pick(&[OutcomeKind::Agreement, OutcomeKind::Framework, OutcomeKind::Plan]),
                        count: None,
                        text: phrase(&mut rng, &words, 6, 14).into(),
                        inferred: None,
                        source: rng.pick(&spans).clone(),
                    })
                    .collect(),
                statements: (0..rng.below(3))
                    .map(|_| said(&mut rng, &words, &spans, &speaker, 5, 12))
                    .collect(),
                quotes: (0..rng.below(3))
                    .map(|_| said(&mut rng, &words, &spans, &speaker, 8, 20))
                    .collect(),
                facts: (0..rng.below(3))
                    .map(|_| cited(&mut rng, &words, &spans, 5, 12))
                    .collect(),
            }
        })
        .collect();
    Dataset {
        delegations,
        ..real.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    #[test]
    fn is_deterministic() {
        let (real, _) = embedded::load().expect("loads");
        let data = generate(&real, 50);
        assert_eq!(data, generate(&real, 50));
        assert_eq!(data.delegations.len(), 50);
        assert_eq!(data.delegations[7].id, "synthetic-7");
        assert!(data.delegations.iter().all(|d| !d.sectors.is_empty()));
        assert!(vocabulary(&real).len() > 100);
    }
}
