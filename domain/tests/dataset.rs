//! The embedded dataset: it loads, validates clean against the article, cites every
//! sentence, and validation names each kind of deliberate breakage with its path.
#![cfg(not(target_arch = "wasm32"))]

use cqtw_domain::article::{Article, SpanLocation};
use cqtw_domain::dataset::{Basis, Dataset};
use cqtw_domain::embedded::{self, source_text, ARTICLE_TEXT, DATASET_JSON, SOURCE_TEXTS};
use cqtw_domain::reports::ARTICLE;
use cqtw_domain::validate::validate;
use serde_json::{json, Value};

fn load() -> (Dataset, Article) {
    embedded::load().expect("embedded dataset loads")
}

/// Validation messages for the real data after `edit` is applied to its JSON.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut value: Value = serde_json::from_str(DATASET_JSON).expect("valid JSON");
    edit(&mut value);
    let data: Dataset = serde_json::from_value(value).expect("still the dataset's shape");
    validate(&data, &Article::new(ARTICLE_TEXT))
        .into_iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn the_article_is_embedded_unchanged() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/source/chongqing-taiwan-week.txt");
    if let Ok(original) = std::fs::read_to_string(shared) {
        assert_eq!(original, ARTICLE_TEXT);
    }
    assert_eq!(Article::new(ARTICLE_TEXT).sentences().len(), 28);
}

#[test]
fn the_real_dataset_loads_and_validates_clean() {
    let (data, article) = load();
    assert_eq!(validate(&data, &article), []);
    assert_eq!(data.event.edition, 17);
    assert_eq!((data.event.dates.start_day, data.event.dates.end_day), (15, 17));
    assert!(data.event.year.inferred);
    let names: Vec<&str> = data.delegations.iter().map(|d| &*d.name).collect();
    assert_eq!(
        names,
        [
            "Taiwan Healthcare Industry Alliance",
            "Taiwan Electrical and Electronic Manufacturers' Association",
            "Taiwan Business and Construction Association",
        ]
    );
    assert_eq!(data.figures.approved_enterprises.value, 2299);
    assert_eq!(data.figures.contracted_investment.value, 32380);
    assert_eq!(data.figures.utilized_investment.value, 8060);
    let cluster: Vec<&str> = data.context.electronics_cluster.iter().map(|c| &*c.text).collect();
    assert_eq!(
        cluster,
        ["Quanta", "Inventec", "Pegatron", "Wistron", "Foxconn", "Compal"]
    );
    assert_eq!(data.context.population.value, 32_000_000);
}

/// Every span of provenance anywhere in the JSON, with its path and the source it is of: a
/// `source` string is the primary article's; a cite (`{source, span}`) names its source.
/// (The list of sources and the article's identification name sources, and cite nothing.)
fn sources(value: &Value, path: String, out: &mut Vec<(String, String, String)>) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(id)), Some(Value::String(span))) = (map.get("source"), map.get("span")) {
                out.push((path, id.clone(), span.clone()));
                return;
            }
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("identified", _) => {}
                    ("sources", _) if path.is_empty() => {}
                    ("source", Value::String(s)) => out.push((path.clone(), ARTICLE.to_owned(), s.clone())),
                    _ => sources(v, format!("{path}.{k}"), out),
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                sources(v, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_provenance_span_stands_verbatim_once_in_its_source() {
    let article = Article::new(ARTICLE_TEXT);
    let value: Value = serde_json::from_str(DATASET_JSON).expect("valid JSON");
    let mut all = Vec::new();
    sources(&value, String::new(), &mut all);
    assert!(all.len() > 100, "only {} spans", all.len());
    let others = all.iter().filter(|(_, id, _)| id != ARTICLE).count();
    assert!(others >= 40, "only {others} spans of further sources");
    for (path, id, span) in &all {
        let text = if id == ARTICLE {
            ARTICLE_TEXT
        } else {
            source_text(id).unwrap_or_else(|| panic!("{path}: unknown source {id:?}"))
        };
        let source = if id == ARTICLE { &article } else { &Article::new(text) };
        assert!(
            matches!(source.locate(span), SpanLocation::Found(_)),
            "{path}: {span:?} is not verbatim once in {id}"
        );
    }
}

#[test]
fn every_source_s_text_is_split_into_its_sentences() {
    // The stored copies, sentence by sentence, as the page numbers them.
    let counts: Vec<(&str, usize)> = SOURCE_TEXTS
        .iter()
        .map(|(id, text)| (*id, Article::new(text).sentences().len()))
        .collect();
    assert_eq!(
        counts,
        [
            ("asiacity-17th-matchmaking-fr", 9),
            ("asiacity-17th-opening", 7),
            ("bastillepost-16th-2024", 6),
            ("chinadaily-15th-2023", 7),
            ("cqnews-5th-2013", 10),
            ("datelinecq-2009-08-13", 6),
            ("ichongqing-2021-07-20", 3),
        ]
    );
    let (data, _) = load();
    for s in data.sources.iter() {
        assert_eq!(s.text, source_text(&s.id).is_some(), "{}", s.id);
    }
}

#[test]
fn a_span_not_in_its_source_an_unknown_source_or_a_value_without_its_unit_fails_with_its_path() {
    let p = problems_after(|v| v["reports"][0]["cite"]["span"] = json!("2 300 entreprises"));
    assert_eq!(
        p,
        ["reports[0].cite.span: not found verbatim in source \"asiacity-17th-matchmaking-fr\": \"2 300 entreprises\""]
    );
    let p = problems_after(|v| v["editions"][3]["facts"][0]["cite"]["source"] = json!("nowhere-news"));
    assert_eq!(
        p,
        ["editions[3].facts[0].cite.source: an unknown source: \"nowhere-news\""]
    );
    let p = problems_after(|v| v["editions"][0]["facts"][3]["unit"] = json!(null));
    assert_eq!(p, ["editions[0].facts[3].unit: a figure needs its unit as written"]);
    let p = problems_after(|v| v["enterprises"][0]["investment"][0]["unit"] = json!("yuan"));
    assert_eq!(
        p,
        ["enterprises[0].investment[0].unit: unit \"yuan\" is not written in its span"]
    );
    let p = problems_after(|v| v["reports"][1]["unit"] = json!(null));
    assert_eq!(p, ["reports[1].unit: a figure needs its unit as written"]);
    let p = problems_after(|v| v["reports"][1]["rendering"] = json!(null));
    assert_eq!(
        p,
        ["reports[1].rendering: words in another language need an English rendering"]
    );
    let p = problems_after(|v| {
        v["reports"][0]["cite"] = json!({"source": "ichongqing-2021-07-20", "span": "As of December 2020"});
    });
    assert_eq!(
        p,
        ["reports[0].rendering: words in English are quoted as written, not rendered"]
    );
}

#[test]
fn every_sentence_of_the_article_is_cited() {
    let article = Article::new(ARTICLE_TEXT);
    let value: Value = serde_json::from_str(DATASET_JSON).expect("valid JSON");
    let mut all = Vec::new();
    sources(&value, String::new(), &mut all);
    let cited: std::collections::BTreeSet<usize> = all
        .iter()
        .filter(|(_, id, _)| id == ARTICLE)
        .flat_map(|(_, _, span)| article.cite(span))
        .collect();
    for s in article.sentences() {
        assert!(
            cited.contains(&s.number),
            "sentence {} uncited: {}",
            s.number,
            article.sentence_text(s)
        );
    }
}

#[test]
fn quotes_are_verbatim_and_sector_links_say_how_we_know() {
    let (data, _) = load();
    for d in data.delegations.iter() {
        for q in d.quotes.iter() {
            assert!(ARTICLE_TEXT.contains(&*q.text), "{}", q.text);
        }
        for link in d.sectors.iter() {
            if link.basis == Basis::Inferred {
                assert!(link.note.is_some(), "{}: inferred link needs a note", link.sector);
            }
        }
    }
}

#[test]
fn a_sector_someone_raised_is_their_remark_never_a_stated_sector() {
    // Issue 33: the article says only that Wang "highlighted Taiwan's experience" in
    // precision medicine and cell therapy, not that the alliance discussed them.
    let (data, _) = load();
    let alliance = &data.delegations[0];
    for slug in ["precision-medicine", "cell-therapy"] {
        let link = alliance.sectors.iter().find(|l| l.sector == slug).expect("linked");
        assert_eq!(link.basis, Basis::Remark, "{slug}");
        assert_eq!(link.speaker.as_deref(), Some("Wang Guo'an"), "{slug}");
    }
    assert!(data
        .delegations
        .iter()
        .flat_map(|d| d.sectors.iter())
        .all(|l| l.basis != Basis::Discussed));
    // A remark needs its speaker, named in the article; only a remark has one.
    let p = problems_after(|v| v["delegations"][0]["sectors"][0]["speaker"] = json!(null));
    assert_eq!(p, ["delegations[0].sectors[0].speaker: a remark needs its speaker"]);
    let p = problems_after(|v| v["delegations"][0]["sectors"][0]["speaker"] = json!("Nobody Here"));
    assert_eq!(
        p,
        ["delegations[0].sectors[0].speaker: speaker \"Nobody Here\" is not named in the article"]
    );
    let p = problems_after(|v| v["delegations"][2]["sectors"][0]["speaker"] = json!("Lei Hongyi"));
    assert_eq!(p, ["delegations[2].sectors[0].speaker: only a remark has a speaker"]);
}

#[test]
fn duplicate_ids_are_reported() {
    let p = problems_after(|v| v["delegations"][2]["id"] = json!("taiwan-healthcare-industry-alliance"));
    assert_eq!(
        p,
        [
            "delegations[2].id: duplicate delegation id \"taiwan-healthcare-industry-alliance\"",
            // The report about the renamed delegation no longer finds it.
            "reports[7].about: nothing on the page is \"delegation:taiwan-business-and-construction-association\""
        ]
    );
    let p = problems_after(|v| v["sectors"][1]["slug"] = json!("healthcare"));
    assert!(
        p.contains(&"sectors[1].slug: duplicate sector slug \"healthcare\"".to_owned()),
        "{p:?}"
    );
}

#[test]
fn unknown_sector_references_are_reported() {
    let p = problems_after(|v| v["delegations"][1]["sectors"][1]["sector"] = json!("foo"));
    assert_eq!(
        p,
        [
            "sectors[5]: sector \"new-energy-vehicles\" tags no delegation and is not named for the event: remove it",
            "delegations[1].sectors[1]: unknown sector \"foo\"",
        ]
    );
    let p = problems_after(|v| v["sectors"][1]["parent"] = json!("nope"));
    assert_eq!(p, ["sectors[1].parent: unknown parent sector \"nope\""]);
}

#[test]
fn empty_required_fields_are_reported() {
    let p = problems_after(|v| {
        v["delegations"][0]["name"] = json!(" ");
        v["delegations"][0]["head"]["title"] = json!("");
    });
    assert_eq!(
        p,
        [
            "delegations[0].name: required field is empty",
            "delegations[0].head.title: required field is empty"
        ]
    );
}

#[test]
fn a_claim_someone_made_is_refused_as_a_fact() {
    // Wang's words in quotation marks.
    let p =
        problems_after(|v| {
            v["delegations"][0]["facts"].as_array_mut().expect("a list").push(json!({
            "text": "Taiwanese companies have developed effective treatments for 68 types of tumors and 57 organs",
            "source": "developed effective treatments for 68 types of tumors and 57 organs"
        }))
        });
    assert_eq!(
        p,
        ["delegations[0].facts[1]: cites words in quotation marks: a claim is a statement or a quote with its speaker, not a fact: \"Taiwanese companies have developed effective treatments for …\""]
    );
    // Lei's reported speech, without quotation marks.
    let p = problems_after(|v| {
        v["delegations"][2]["facts"].as_array_mut().expect("a list").push(json!({
            "text": "Taiwanese entrepreneurs are already inquiring about personnel policies and company registration",
            "source": "Taiwanese entrepreneurs are already inquiring about personnel policies"
        }))
    });
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("delegations[2].facts[0]: cites what Lei Hongyi said"),
        "{p:?}"
    );
}

#[test]
fn the_taxonomy_has_no_dead_end_and_one_level() {
    let p = problems_after(|v| {
        v["sectors"].as_array_mut().expect("a list").push(json!({
            "slug": "robotics", "name": "Robotics", "source": "smart manufacturing, and related sectors"
        }))
    });
    assert_eq!(
        p,
        ["sectors[9]: sector \"robotics\" tags no delegation and is not named for the event: remove it"]
    );
    let p = problems_after(|v| v["sectors"][1]["parent"] = json!("cell-therapy"));
    assert_eq!(
        p,
        ["sectors[1].parent: parent \"cell-therapy\" has a parent itself: the taxonomy has one level"]
    );
    let p = problems_after(|v| v["delegations"][2]["sectors"][0]["note"] = Value::Null);
    assert_eq!(
        p,
        ["delegations[2].sectors[0].note: an inferred sector needs its reason"]
    );
    let p = problems_after(|v| v["event"]["sectors"][0]["sector"] = json!("nope"));
    assert_eq!(p, ["event.sectors[0]: unknown sector \"nope\""]);
}

#[test]
fn the_source_block_sets_only_well_formed_values() {
    let p = problems_after(|v| {
        v["source"] = json!({
            "title": " ",
            "outlet": "Example News",
            "published": "2025-02-30",
            "url": "example.com/a",
            "retrieved": "2025-09-18"
        })
    });
    assert_eq!(
        p,
        [
            "source.title: set but empty: leave out what the article does not give",
            "source.published: not a date YYYY-MM-DD: \"2025-02-30\"",
            "source.url: not an absolute http(s) address: \"example.com/a\"",
        ]
    );
    let p = problems_after(|v| v["source"] = json!({ "retrieved": "2024-02-29" }));
    assert_eq!(
        p,
        ["source.retrieved: a retrieval date needs the address it was retrieved from"]
    );
    let p = problems_after(|v| {
        v["source"] = json!({ "url": "https://example.com/a", "published": "2025-09-18", "outlet": "X" })
    });
    assert_eq!(p, Vec::<String>::new());
}

#[test]
fn outcome_counts_are_what_the_article_gives() {
    let p = problems_after(|v| v["delegations"][0]["outcomes"][1]["count"] = json!(0));
    assert_eq!(
        p,
        ["delegations[0].outcomes[1].count: a count the article gives is 1 or more"]
    );
    let p = problems_after(|v| v["delegations"][0]["outcomes"][0]["inferred"] = json!(""));
    assert_eq!(p, ["delegations[0].outcomes[0].inferred: required field is empty"]);
}

#[test]
fn spans_not_in_the_article_are_reported() {
    let p = problems_after(|v| v["delegations"][1]["sites"][0]["source"] = json!("visited the Moon"));
    assert_eq!(
        p,
        ["delegations[1].sites[0].source: source not found verbatim in the article: \"visited the Moon\""]
    );
}

#[test]
fn ambiguous_spans_are_reported() {
    let p = problems_after(|v| v["context"]["history"]["source"] = json!("Chongqing"));
    assert_eq!(
        p,
        [
            "context.history.source: source stands more than once in the article, quote a longer span: \"Chongqing\"",
            "article: sentence 26 is cited by no record: \"Chongqing has emphasized cross-Strait cooperation for years.\"",
        ]
    );
}

#[test]
fn quotes_not_verbatim_are_reported() {
    let p = problems_after(|v| v["delegations"][0]["quotes"][0]["text"] = json!("Chongqing is a closed city"));
    assert_eq!(
        p,
        ["delegations[0].quotes[0].text: quote is not verbatim in its source: \"Chongqing is a closed city\""]
    );
}

#[test]
fn inconsistent_figures_are_reported() {
    let p = problems_after(|v| v["figures"]["utilized_investment"]["value"] = json!(40000));
    assert_eq!(
        p,
        ["figures.utilized_investment.value: utilized (40000) is larger than contracted (32380)"]
    );
    let p = problems_after(|v| v["figures"]["approved_enterprises"]["value"] = json!(-5));
    assert_eq!(p, ["figures.approved_enterprises.value: must not be negative, got -5"]);
    let p = problems_after(|v| v["context"]["population"]["value"] = json!(-1));
    assert_eq!(p, ["context.population.value: must not be negative, got -1"]);
}

#[test]
fn bad_slugs_and_dates_are_reported() {
    let p = problems_after(|v| {
        v["delegations"][1]["id"] = json!("Bad Id");
        v["event"]["dates"]["month"] = json!(13);
    });
    assert_eq!(
        p,
        [
            "event.dates.month: month must be 1 to 12, got 13",
            "delegations[1].id: not a slug (lower-case-with-hyphens): \"Bad Id\"",
        ]
    );
}

#[test]
fn uncited_sentences_are_reported() {
    let p = problems_after(|v| {
        let ctx = &mut v["context"];
        ctx["history"]["source"] = ctx["electronics_cluster"][0]["source"].clone();
    });
    assert_eq!(
        p,
        ["article: sentence 26 is cited by no record: \"Chongqing has emphasized cross-Strait cooperation for years.\""]
    );
}

#[test]
fn derived_figures_cannot_be_stored_in_the_dataset() {
    // Derived figures are computed in `domain::figures`; the model has no place for one, so a
    // stored rate or average is refused when the JSON is read (and so by `build.rs`).
    for field in ["utilization_rate", "average_contracted", "not_yet_utilized"] {
        let mut value: Value = serde_json::from_str(DATASET_JSON).expect("valid JSON");
        value["figures"][field] = json!({ "label": field, "value": 1, "unit": "count", "source": "x" });
        let err = serde_json::from_value::<Dataset>(value).expect_err("a stored derived figure is refused");
        assert!(err.to_string().contains("unknown field"), "{field}: {err}");
    }
}

#[test]
fn aliases_are_in_normal_form_unique_and_no_sector_s_name() {
    // sectors[5] is New energy vehicles, sectors[0] Healthcare.
    let p = problems_after(|v| v["sectors"][5]["aliases"] = json!(["NEV", "e-v", "two  spaces"]));
    assert_eq!(
        p,
        [
            "sectors[5].aliases[0]: alias \"NEV\" is not in normal form: lower-case letters and digits, words joined by single spaces",
            "sectors[5].aliases[1]: alias \"e-v\" is not in normal form: lower-case letters and digits, words joined by single spaces",
            "sectors[5].aliases[2]: alias \"two  spaces\" is not in normal form: lower-case letters and digits, words joined by single spaces",
        ]
    );
    let p = problems_after(|v| v["sectors"][0]["aliases"] = json!(["nev", "health care", "cell therapy"]));
    assert_eq!(
        p,
        [
            "sectors[0].aliases[1]: alias \"health care\" is the name of the sector \"healthcare\"",
            "sectors[0].aliases[2]: alias \"cell therapy\" is the name of the sector \"cell-therapy\"",
            // The sector after it uses it again.
            "sectors[5].aliases[0]: alias \"nev\" is given twice",
        ]
    );
}

#[test]
fn the_glossary_maps_chinese_words_to_names_in_the_article() {
    let p = problems_after(|v| {
        v["glossary"] = json!([
            {"chinese": "重庆", "english": "Chongqing"},
            {"chinese": "重庆", "english": "Chongqing"},
            {"chinese": "Chongqing", "english": "Chongqing"},
            {"chinese": "北京", "english": "Beijing"},
        ])
    });
    assert_eq!(
        p,
        [
            "glossary[1].chinese: \"重庆\" is given twice",
            "glossary[2].chinese: \"Chongqing\" is not a word of Chinese characters",
            "glossary[3].english: \"Beijing\" does not stand in the article",
        ]
    );
}
