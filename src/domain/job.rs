//! The work the exports worker does for the page: the delegations as JSON and as CSV, the QR
//! code of a link, and "did you mean". The page asks with [`Job::encode`]d text; the worker
//! ([`answer`]) decodes it, checks that it is of the same [`VERSION`] (text and protocol), and
//! answers with the file, the drawing or the suggestions, marked as an answer ([`read`]).
//!
//! Why a worker: the code that writes these (the records of every card, the JSON and CSV
//! writers, QR encoding) is 6.2 KB gzip of WASM, and asking the worker costs 2.6 KB of it back,
//! so the first load carries 3.6 KB less; "did you mean" here rather than in the page is
//! 2.7 KB less again (measured: wasm-opt -Oz, gzip -9, 1 KB = 1000 bytes). All of it is for
//! what few readers use, and it loads the first time one does.

use super::article::Article;
use super::dataset::Dataset;
use super::export::{self, Provenance};
use super::qr;
use super::scope::{places, Scope};
use super::view::index;
use super::vocabulary::{self, did_you_mean};

/// What the page asks of the worker.
#[derive(Clone, Debug, PartialEq, Eq)]
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
/// it then gets no answer, and says the download failed.
pub const VERSION: &str = concat!(env!("CQTW_DATA_VERSION"), "/1");

/// Separates the fields of a request, and the QR code's size from its path in the answer: no
/// title, address or number holds it (a control character).
const SEP: char = '\u{1f}';

impl Job {
    /// The request for this job from a page of [`VERSION`] `version`: the version, the job's
    /// name and its fields, separated by [`SEP`] (a [`SEP`] inside a title or address becomes
    /// a space).
    pub fn encode(&self, version: &str) -> String {
        let list = |indices: &[usize]| indices.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
        let clean = |s: &str| s.replace(SEP, " ");
        let fields = match self {
            Job::Json { indices, title, url } => vec!["json".to_owned(), list(indices), clean(title), clean(url)],
            Job::Csv { indices } => vec!["csv".to_owned(), list(indices)],
            Job::Qr { url } => vec!["qr".to_owned(), clean(url)],
            Job::Near { q } => vec!["near".to_owned(), clean(q)],
        };
        let mut out = version.to_owned();
        for f in fields {
            out.push(SEP);
            out.push_str(&f);
        }
        out
    }

    /// The version and job a request names, or `None` for anything else.
    pub fn decode(request: &str) -> Option<(&str, Job)> {
        let mut fields = request.split(SEP);
        let version = fields.next()?;
        let list = |s: &str| -> Option<Vec<usize>> {
            if s.is_empty() {
                return Some(Vec::new());
            }
            s.split(',').map(|n| n.parse().ok()).collect()
        };
        let job = match (fields.next()?, fields.next(), fields.next(), fields.next()) {
            ("json", Some(indices), Some(title), Some(url)) => Job::Json {
                indices: list(indices)?,
                title: title.to_owned(),
                url: url.to_owned(),
            },
            ("csv", Some(indices), None, None) => Job::Csv {
                indices: list(indices)?,
            },
            ("qr", Some(url), None, None) => Job::Qr { url: url.to_owned() },
            ("near", Some(q), None, None) => Job::Near { q: q.to_owned() },
            _ => return None,
        };
        fields.next().is_none().then_some((version, job))
    }

    /// The job done on `data` and `article` of text version `version`: the file; the QR code
    /// as its size, [`SEP`] and its path (`0` and an empty path for a link too long for a QR
    /// code); the suggestions, separated by [`SEP`] (none: empty).
    pub fn run(&self, data: &Dataset, article: &Article, version: &str) -> String {
        match self {
            Job::Json { indices, title, url } => {
                let p = Provenance { title, url, version };
                export::delegations_json(data, article, indices, &p)
            }
            Job::Csv { indices } => export::delegations_csv(data, article, indices),
            Job::Qr { url } => {
                let code = qr::encode(url);
                let (size, path) = code.map_or((0, String::new()), |c| (c.size, c.path));
                format!("{size}{SEP}{path}")
            }
            Job::Near { q } => {
                let cards = index(data);
                let scope = Scope::new(places(data, article));
                let query = vocabulary::query(data, q);
                did_you_mean(&[&cards, scope.index()], &query).join(&SEP.to_string())
            }
        }
    }
}

/// Marks an answer: a refusal is empty, an answer (even of no suggestions) is not.
const ANSWER: char = '+';

/// The worker's answer to `request` over the embedded dataset: [`ANSWER`] and the job's
/// result, or an empty text for a request it cannot read or from a page of another
/// [`VERSION`], which the page reports as a failure (see [`read`]).
pub fn answer(request: &str) -> String {
    match (Job::decode(request), super::embedded::load()) {
        (Some((asked, job)), Ok((data, article))) if asked == VERSION => {
            let mut out = String::from(ANSWER);
            out.push_str(&job.run(&data, &article, super::embedded::DATA_VERSION));
            out
        }
        _ => String::new(),
    }
}

/// The result an answer holds, or `None` for a refusal (or anything that is no answer).
pub fn read(answer: &str) -> Option<&str> {
    answer.strip_prefix(ANSWER)
}

/// A "did you mean" answer read back: the suggestions.
pub fn read_near(answer: &str) -> impl Iterator<Item = &str> {
    answer.split(SEP).filter(|s| !s.is_empty())
}

/// A QR answer read back: the code's size and path, or `None` when the link was too long or
/// the answer is not one.
pub fn read_qr(answer: &str) -> Option<(i32, &str)> {
    let (size, path) = answer.split_once(SEP)?;
    let size: i32 = size.parse().ok()?;
    (size > 0 && !path.is_empty()).then_some((size, path))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::embedded::{self, DATA_VERSION};

    /// The worker's result for `job`, from a page of this version.
    fn asked(job: &Job) -> String {
        read(&answer(&job.encode(VERSION))).expect("an answer").to_owned()
    }
    use proptest::prelude::*;

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
            let request = job.encode(VERSION);
            assert_eq!(Job::decode(&request), Some((VERSION, job)));
        }
        // The separator cannot smuggle a field in.
        let job = Job::Qr {
            url: "a\u{1f}b".to_owned(),
        };
        assert_eq!(
            Job::decode(&job.encode("v")),
            Some(("v", Job::Qr { url: "a b".to_owned() }))
        );
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
        assert_eq!(asked(&json), export::delegations_json(&data, &article, &[1, 2], &p));
        let csv = Job::Csv { indices: vec![0] };
        assert_eq!(asked(&csv), export::delegations_csv(&data, &article, &[0]));
        let url = "https://example.org/explorer/?q=ev";
        let drawn = asked(&Job::Qr { url: url.to_owned() });
        let code = qr::encode(url).expect("a short link has a code");
        assert_eq!(read_qr(&drawn), Some((code.size, code.path.as_str())));
    }

    #[test]
    fn did_you_mean_comes_from_the_cards_and_the_rest_of_the_page() {
        let near = |q: &str| {
            let drawn = asked(&Job::Near { q: q.to_owned() });
            read_near(&drawn).map(str::to_owned).collect::<Vec<String>>()
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
    fn a_page_of_another_version_or_a_bad_request_gets_an_empty_answer() {
        let csv = Job::Csv { indices: vec![0] };
        assert!(read(&answer(&csv.encode(VERSION))).is_some());
        // Another text, or the same text from a page of another protocol.
        assert_eq!(answer(&csv.encode("00000000/1")), "");
        assert_eq!(answer(&csv.encode(DATA_VERSION)), "");
        assert_eq!(read(""), None);
        // No suggestions is an answer all the same.
        assert_eq!(
            read(&answer(&Job::Near { q: "fuling".to_owned() }.encode(VERSION))),
            Some("")
        );
        for bad in [
            "",
            "x",
            "v\u{1f}csv",
            "v\u{1f}csv\u{1f}1,x",
            "v\u{1f}pdf\u{1f}1",
            "v\u{1f}qr\u{1f}a\u{1f}b",
        ] {
            assert_eq!(Job::decode(bad).map(|(_, j)| j), None, "{bad:?}");
        }
        // Indices out of range are skipped, as the exports skip them.
        let far = Job::Csv { indices: vec![99] };
        assert_eq!(asked(&far).lines().count(), 1);
    }

    #[test]
    fn a_link_too_long_for_a_qr_code_draws_none() {
        let long = "x".repeat(3000);
        let drawn = asked(&Job::Qr { url: long });
        assert_eq!(drawn, "0\u{1f}");
        assert_eq!(read_qr(&drawn), None);
        assert_eq!(read_qr(""), None);
        assert_eq!(read_qr("12"), None);
    }

    proptest! {
        #[test]
        fn decoding_any_text_never_panics(s in "\\PC*") {
            let _ = Job::decode(&s);
            let _ = read_qr(&s);
            let _ = read(&s);
        }

        #[test]
        fn any_job_survives_the_trip(
            indices in proptest::collection::vec(0usize..10_000, 0..20),
            title in "\\PC*",
            url in "\\PC*",
        ) {
            let job = Job::Json { indices, title, url };
            let request = job.encode("v1");
            let (version, back) = Job::decode(&request).expect("it decodes");
            prop_assert_eq!(version, "v1");
            prop_assert_eq!(back, job);
        }
    }
}
