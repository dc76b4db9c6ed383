//! Number and money formatting with exact rounding.
//!
//! Values are exact fractions of integers (`num / den`), so rounding is decided on the exact
//! value: half rounds away from zero (14.05 → 14.1, which `f64` would get wrong).

/// A list in prose: `a`, `a and b`, `a, b and c`.
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

/// `n` with thousands grouped by commas: `2299` → `"2,299"`.
pub fn group(n: i64) -> String {
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}", group_digits(n.unsigned_abs()))
}

/// The digits of `n`, grouped by commas.
fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What a number that cannot be computed shows: a zero denominator, or a value beyond 64 bits.
pub const NO_NUMBER: &str = "–";

/// `num / den` rounded half away from zero to `decimals` places, digits grouped:
/// `decimal(14050, 1000, 1)` → `"14.1"`. A zero denominator gives `"–"`, and so does a value
/// whose exact rounding needs more than 64 bits (the figures are millions, far below it).
pub fn decimal(num: i64, den: i64, decimals: u32) -> String {
    let negative = (num < 0) != (den < 0) && num != 0;
    let (num, den) = (num.unsigned_abs(), den.unsigned_abs());
    // (num · scale · 2 + den) / (den · 2): the exact quotient, rounded half away from zero.
    let rounded = 10u64.checked_pow(decimals).and_then(|scale| {
        let top = num.checked_mul(scale)?.checked_mul(2)?.checked_add(den)?;
        let bottom = den.checked_mul(2).filter(|&d| d != 0)?;
        Some((top / bottom, scale))
    });
    let Some((scaled, scale)) = rounded else {
        return NO_NUMBER.to_owned();
    };
    let (whole, frac) = (group_digits(scaled / scale), scaled % scale);
    let sign = if negative && scaled != 0 { "-" } else { "" };
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}", width = decimals as usize)
    }
}

/// A ratio as a percentage with one decimal: `percent(8060, 32380)` → `"24.9%"`.
pub fn percent(num: i64, den: i64) -> String {
    let shown = num
        .checked_mul(100)
        .map_or_else(|| NO_NUMBER.to_owned(), |n| decimal(n, den, 1));
    format!("{shown}%")
}

/// An amount of `num / den` million dollars ("$", as the article writes it) in words: billions with two decimals from
/// $1 billion up (`"$32.38 billion"`), otherwise millions with one decimal
/// (`"$14.1 million"`).
pub fn dollar_millions(num: i64, den: i64) -> String {
    if num.checked_div(den).is_some_and(|q| q.unsigned_abs() >= 1000) {
        let billions = den
            .checked_mul(1000)
            .map_or_else(|| NO_NUMBER.to_owned(), |d| decimal(num, d, 2));
        format!("${billions} billion")
    } else {
        format!("${} million", decimal(num, den, 1))
    }
}

/// A regular noun in the number `n` calls for: `noun(2, "site")` → `"sites"`.
pub fn noun(n: usize, singular: &str) -> String {
    if n == 1 {
        singular.to_owned()
    } else {
        format!("{singular}s")
    }
}

/// A count with its noun, singular or plural: `count_noun(1, "delegation")` → `"1 delegation"`.
pub fn count_noun(n: usize, singular: &str) -> String {
    format!("{} {}", group(i64::try_from(n).unwrap_or(i64::MAX)), noun(n, singular))
}

/// An English ordinal: `17` → `"17th"`, `22` → `"22nd"`, `111` → `"111th"`.
pub fn ordinal(n: i64) -> String {
    let suffix = match (n.rem_euclid(10), n.rem_euclid(100)) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The English name of a month (1–12), or `None`.
pub fn month_name(month: u32) -> Option<&'static str> {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    month.checked_sub(1).and_then(|i| NAMES.get(i as usize)).copied()
}

/// `s` with its first letter in capitals: `"news outlet"` → `"News outlet"`.
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// A date `YYYY-MM-DD` in words: `"2025-09-20"` → `"20 September 2025"`; `None` when it is
/// not such a date.
pub fn long_date(date: &str) -> Option<String> {
    let mut parts = date.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let year: u32 = year.parse().ok()?;
    let day: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    let month = month_name(month.parse().ok()?)?;
    Some(format!("{day} {month} {year}"))
}

/// Days within one month: `day_range(9, 15, 17)` → `"15–17 September"`.
pub fn day_range(month: u32, start: u32, end: u32) -> String {
    let month = month_name(month).unwrap_or("?");
    if start == end {
        format!("{start} {month}")
    } else {
        format!("{start}\u{2013}{end} {month}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_reads_in_words_and_anything_else_is_none() {
        assert_eq!(long_date("2025-09-20").as_deref(), Some("20 September 2025"));
        assert_eq!(long_date("2009-08-02").as_deref(), Some("2 August 2009"));
        for bad in [
            "",
            "2025-13-01",
            "2025-09-32",
            "2025-9-20",
            "20-09-2025",
            "2025-09-20-1",
            "abcd-ef-gh",
        ] {
            assert_eq!(long_date(bad), None, "{bad}");
        }
    }

    proptest::proptest! {
        #[test]
        fn long_date_never_panics(s in "\\PC{0,16}") {
            let _ = long_date(&s);
        }
    }

    #[test]
    fn lists_read_as_prose() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b"]), "a and b");
        assert_eq!(
            and_list(&["a".to_owned(), "b".to_owned(), "c".to_owned()]),
            "a, b and c"
        );
    }

    #[test]
    fn groups_thousands() {
        for (n, want) in [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1000, "1,000"),
            (2299, "2,299"),
            (100_000, "100,000"),
            (32_000_000, "32,000,000"),
            (-1000, "-1,000"),
            (i64::MIN, "-9,223,372,036,854,775,808"),
        ] {
            assert_eq!(group(n), want, "{n}");
        }
    }

    #[test]
    fn rounds_half_away_from_zero_exactly() {
        assert_eq!(decimal(14050, 1000, 1), "14.1");
        assert_eq!(decimal(14049, 1000, 1), "14.0");
        assert_eq!(decimal(-14050, 1000, 1), "-14.1");
        assert_eq!(decimal(25, 1000, 1), "0.0");
        assert_eq!(decimal(-4, 1000, 2), "0.00");
        assert_eq!(decimal(995, 100, 1), "10.0");
        assert_eq!(decimal(1_000_000, 1, 0), "1,000,000");
        assert_eq!(decimal(1, 0, 1), "–");
        assert_eq!(decimal(0, 5, 2), "0.00");
        assert_eq!(decimal(i64::MAX, 1, 0), "9,223,372,036,854,775,807");
        assert_eq!(decimal(i64::MIN, -1, 0), "–", "2·|i64::MIN| is past 64 bits");
        assert_eq!(
            decimal(i64::MAX, 1, 1),
            "–",
            "beyond 64 bits, no number rather than a wrong one"
        );
        assert_eq!(decimal(5, 10, 30), "–");
    }

    #[test]
    fn formats_percentages() {
        assert_eq!(percent(8060, 32380), "24.9%");
        assert_eq!(percent(0, 5), "0.0%");
        assert_eq!(percent(1, 1), "100.0%");
        assert_eq!(percent(1, 2000), "0.1%");
        assert_eq!(percent(1, 0), "–%");
    }

    #[test]
    fn formats_money_in_billions_and_millions() {
        assert_eq!(dollar_millions(32380, 1), "$32.38 billion");
        assert_eq!(dollar_millions(8060, 1), "$8.06 billion");
        assert_eq!(dollar_millions(1000, 1), "$1.00 billion");
        assert_eq!(dollar_millions(999, 1), "$999.0 million");
        assert_eq!(dollar_millions(32380, 2299), "$14.1 million");
        assert_eq!(dollar_millions(8060, 2299), "$3.5 million");
        assert_eq!(dollar_millions(0, 1), "$0.0 million");
    }

    #[test]
    fn counts_with_nouns() {
        assert_eq!(count_noun(0, "delegation"), "0 delegations");
        assert_eq!(count_noun(1, "delegation"), "1 delegation");
        assert_eq!(count_noun(1000, "delegation"), "1,000 delegations");
        assert_eq!(
            (noun(1, "site"), noun(0, "site"), noun(5, "site")),
            ("site".into(), "sites".into(), "sites".into())
        );
    }

    #[test]
    fn ordinals_and_dates() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 17, 21, 22, 23, 101, 111].map(ordinal).to_vec();
        assert_eq!(
            got,
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "17th", "21st", "22nd", "23rd", "101st", "111th"]
        );
        assert_eq!(month_name(9), Some("September"));
        assert_eq!(month_name(0), None);
        assert_eq!(month_name(13), None);
        assert_eq!(day_range(9, 15, 17), "15\u{2013}17 September");
        assert_eq!(day_range(6, 1, 1), "1 June");
    }
}
