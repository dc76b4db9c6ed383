//! The work the exports worker does for the page: the delegations as JSON and as CSV, the QR
//! code of a link, and "did you mean". The page sends a [`Request`] (the job and the page's
//! [`VERSION`]); the worker ([`answer`]) checks the version and sends back an [`Answer`]. Both
//! travel as JSON (`serde_json`), so neither side parses text of its own.
//!
//! Why a worker: all of it is for what few readers use, so its code (the export writers,
//! serde's serialiser, QR encoding, the vocabulary scan of "did you mean") loads the first
//! time one does, in a WASM of its own, not with the page.

use super::article::Article;
use super::dataset::Dataset;
use super::export::{self, Provenance};
use super::qr::{self, Qr};
use super::scope::{places, Scope};
use super::view::index;
use super::vocabulary::{self, did_you_mean};
use serde::{Deserialize, Serialize};

/// What the page asks of the worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "job", rename_all = "lowercase")]
pub enum Job {
    /// The delegations at `indices`, as JSON, about the view `title` at `url`.
    Json {
        indices: Vec<usize>,
        title: String,
        url: String,
    },
    /// The delegations at `indices`, as CSV.
    Csv { indices: Vec<usize> },
    /// The QR code of `url`.
    Qr { url: String },
    /// "Did you mean" for the search `q` (see `vocabulary::did_you_mean`).
    Near { q: String },
}

/// What a page and a worker must share to understand each other: the text version
/// (`embedded::DATA_VERSION`) and this protocol's number, raised whenever a request or an
/// answer changes form. The worker's files keep their names from one deploy to the next (trunk
/// does not hash a worker's), so a tab open since an earlier deploy may meet a newer worker:
/// it then gets a refusal, and says the download failed.
pub const VERSION: &str = concat!(env!("CQTW_DATA_VERSION"), "/2");

/// A job, from a page of [`VERSION`] `version`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub version: String,
    pub job: Job,
}

impl Request {
    /// The request for `job` from a page of this build.
    pub fn new(job: Job) -> Request {
        Request {
            version: VERSION.to_owned(),
            job,
        }
    }

    /// The request as the page posts it.
    pub fn encode(&self) -> String {
        // A struct of strings and numbers always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The request a posted text holds, or `None` for anything else.
    pub fn decode(text: &str) -> Option<Request> {
        serde_json::from_str(text).ok()
    }
}

/// What the worker sends back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "answer", rename_all = "lowercase")]
pub enum Answer {
    /// A file's text (JSON or CSV).
    File { body: String },
    /// The QR code of the link; `None` for a link too long for a QR code.
    Qr { code: Option<Qr> },
    /// "Did you mean": the suggestions (none: empty).
    Near { words: Vec<String> },
    /// A request the worker could not read, or from a page of another [`VERSION`].
    Refused,
}

impl Answer {
    /// The answer as the worker posts it.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The answer a posted text holds: `None` for a refusal, or for anything that is not an
    /// answer (the worker's loader posts an empty text when its WASM failed).
    pub fn decode(text: &str) -> Option<Answer> {
        serde_json::from_str(text).ok().filter(|a| *a != Answer::Refused)
    }
}

impl Job {
    /// The job done on `data` and `article` of text version `version`.
    pub fn run(&self, data: &Dataset, article: &Article, version: &str) -> Answer {
        match self {
            Job::Json { indices, title, url } => {
                let p = Provenance { title, url, version };
                Answer::File {
                    body: export::delegations_json(data, article, indices, &p),
                }
            }
            Job::Csv { indices } => Answer::File {
                body: export::delegations_csv(data, article, indices),
            },
            Job::Qr { url } => Answer::Qr { code: qr::encode(url) },
            Job::Near { q } => {
                let cards = index(data);
                let scope = Scope::new(places(data, article, &crate::texts::Texts::embedded()));
                let query = vocabulary::query(data, q);
                Answer::Near {
                    words: did_you_mean(&[&cards, scope.index()], &query),
                }
            }
        }
    }
}

/// The worker's answer to `request` (a [`Request`] as posted) over `data` and `article` (the
/// embedded ones, of [`VERSION`]): the job's result, or a refusal for a request it cannot read
/// or from a page of another [`VERSION`], which the page reports as a failure.
pub fn answer(request: &str, data: &Dataset, article: &Article) -> String {
    let answer = match Request::decode(request) {
        Some(r) if r.version == VERSION => r.job.run(data, article, super::embedded::DATA_VERSION),
        _ => Answer::Refused,
    };
    answer.encode()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::embedded::{self, DATA_VERSION};
    use proptest::prelude::*;

    /// The worker's answer to `request` over the embedded dataset.
    fn answer(request: &str) -> String {
        let (data, article) = embedded::load().expect("embedded dataset loads");
        super::answer(request, &data, &article)
    }

    /// The worker's answer to `job`, from a page of this version.
    fn asked(job: Job) -> Answer {
        Answer::decode(&answer(&Request::new(job).encode())).expect("an answer")
    }

    fn jobs() -> Vec<Job> {
        vec![
            Job::Json {
                indices: vec![2, 0],
                title: "Delegations: \u{201c}EV\u{201d}".to_owned(),
                url: "https://example.org/explorer/?q=ev".to_owned(),
            },
            Job::Json {
                indices: vec![],
                title: String::new(),
                url: String::new(),
            },
            Job::Csv { indices: vec![1] },
            Job::Near { q: "foxcon".to_owned() },
            Job::Qr {
                url: "https://example.org/?q=a,b".to_owned(),
            },
        ]
    }

    #[test]
    fn a_request_decodes_to_the_job_and_version_it_encodes() {
        for job in jobs() {
            let request = Request::new(job);
            assert_eq!(Request::decode(&request.encode()), Some(request));
        }
    }

    #[test]
    fn the_worker_answers_as_the_page_would_have_written_it() {
        let (data, article) = embedded::load().expect("embedded dataset loads");
        let p = Provenance {
            title: "T",
            url: "https://example.org/",
            version: DATA_VERSION,
        };
        let json = Job::Json {
            indices: vec![1, 2],
            title: "T".to_owned(),
            url: "https://example.org/".to_owned(),
        };
        let body = export::delegations_json(&data, &article, &[1, 2], &p);
        assert_eq!(asked(json), Answer::File { body });
        let body = export::delegations_csv(&data, &article, &[0]);
        assert_eq!(asked(Job::Csv { indices: vec![0] }), Answer::File { body });
        let url = "https://example.org/explorer/?q=ev";
        let code = qr::encode(url);
        assert!(code.is_some(), "a short link has a code");
        assert_eq!(asked(Job::Qr { url: url.to_owned() }), Answer::Qr { code });
    }

    #[test]
    fn did_you_mean_comes_from_the_cards_and_the_rest_of_the_page() {
        let near = |q: &str| match asked(Job::Near { q: q.to_owned() }) {
            Answer::Near { words } => words,
            other => panic!("not suggestions: {other:?}"),
        };
        // Words of the context notes and the article, misspelt in their first letter (a
        // later typo matches as typed); the other words stay.
        assert_eq!(near("doxconn")[0], "foxconn");
        assert_eq!(near("pegatron vistron"), ["pegatron wistron"]);
        // Words that are on the page: nothing to suggest.
        assert!(near("foxconn").is_empty());
        assert!(near("").is_empty());
    }

    #[test]
    fn a_page_of_another_version_or_a_bad_request_gets_a_refusal() {
        let csv = Job::Csv { indices: vec![0] };
        assert!(Answer::decode(&answer(&Request::new(csv.clone()).encode())).is_some());
        // Another text, or the same text from a page of another protocol.
        for version in ["00000000/2", DATA_VERSION, &format!("{DATA_VERSION}/1")] {
            let request = Request {
                version: version.to_owned(),
                job: csv.clone(),
            };
            assert_eq!(answer(&request.encode()), Answer::Refused.encode());
            assert_eq!(Answer::decode(&answer(&request.encode())), None);
        }
        // The loader's answer when the worker's WASM failed.
        assert_eq!(Answer::decode(""), None);
        // No suggestions is an answer all the same.
        assert_eq!(
            asked(Job::Near { q: "fuling".to_owned() }),
            Answer::Near { words: Vec::new() }
        );
        for bad in [
            "",
            "x",
            "{}",
            r#"{"version":"v","job":{"job":"pdf"}}"#,
            r#"{"version":"v","job":{"job":"csv","indices":[1,"x"]}}"#,
        ] {
            assert_eq!(Request::decode(bad), None, "{bad:?}");
            assert_eq!(answer(bad), Answer::Refused.encode(), "{bad:?}");
        }
        // Indices out of range are skipped, as the exports skip them.
        match asked(Job::Csv { indices: vec![99] }) {
            Answer::File { body } => assert_eq!(body.lines().count(), 1),
            other => panic!("not a file: {other:?}"),
        }
    }

    #[test]
    fn a_link_too_long_for_a_qr_code_draws_none() {
        let long = "x".repeat(3000);
        assert_eq!(asked(Job::Qr { url: long }), Answer::Qr { code: None });
    }

    proptest! {
        #[test]
        fn decoding_any_text_never_panics(s in "\\PC*") {
            let _ = Request::decode(&s);
            let _ = Answer::decode(&s);
            let _ = answer(&s);
        }

        #[test]
        fn any_job_survives_the_trip(
            indices in proptest::collection::vec(0usize..10_000, 0..20),
            title in "\\PC*",
            url in "\\PC*",
        ) {
            let request = Request { version: "v1".to_owned(), job: Job::Json { indices, title, url } };
            prop_assert_eq!(Request::decode(&request.encode()), Some(request));
        }
    }
}
