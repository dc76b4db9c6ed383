//! Character classes for search: lower case, and whether a character is part of a word.
//!
//! Written out here instead of calling `char::to_lowercase` and `char::is_alphanumeric`:
//! those link the standard library's Unicode tables into the WASM (23 KB raw, 11.5 KB gzip),
//! for text that is English with pinyin names. What that buys the reader: with the standard
//! library's tables the first answer on the bench's slow phone came 88 ms later (median of 12
//! paired cold loads, `e2e/bench/ab.mjs`, on a loaded machine, so a wide figure). These
//! cover the scripts a reader of this data types (Latin with its accents, pinyin tones,
//! Greek, Cyrillic, full-width Latin from a CJK input method) exactly as the standard
//! library does (see the tests), and treat every other non-ASCII character outside the
//! punctuation and symbol blocks as a letter, which is right for CJK ideographs and kana.

/// The lower case of `c` where it is a single character (`İ` folds to `i`); other
/// characters are returned as they are.
pub fn lower(c: char) -> char {
    let n = c as u32;
    let even = n & 1 == 0;
    let to = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => n + 0x20,
        // Latin Extended-A: upper case at the even code points, then at the odd ones.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if even => n + 1,
        0x139..=0x148 | 0x179..=0x17E if !even => n + 1,
        0x130 => 0x69,
        0x370..=0x373 | 0x376 if even => n + 1,
        0x37F => 0x3F3,
        0x178 => 0xFF,
        // Pinyin with tone marks: Ǎ ǎ … Ǜ ǜ.
        0x1CD..=0x1DC if !even => n + 1,
        0x386 => 0x3AC,
        0x388..=0x38A => n + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => n + 63,
        0x400..=0x40F => n + 0x50,
        // Cyrillic pairs, upper case at the even code points.
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => n + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if !even => n + 1,
        0xFF21..=0xFF3A => n + 0x20,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

/// Whether `c` is a Chinese, Japanese or Korean character (kana, ideographs, hangul).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// Whether `c` is part of a word (a letter, digit or ideograph), not punctuation, a symbol,
/// a space or a combining mark.
pub fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c as u32,
        // Latin-1 punctuation and symbols, but not ª ² ³ µ ¹ º ¼ ½ ¾.
        0x80..=0xA9 | 0xAB..=0xB1 | 0xB4 | 0xB6..=0xB8 | 0xBB | 0xBF | 0xD7 | 0xF7
        // Modifier letters that are marks, and combining diacritics.
        | 0x2C2..=0x2C5 | 0x2D2..=0x2DF | 0x2E5..=0x2EB | 0x2ED | 0x2EF..=0x344 | 0x346..=0x362
        // Greek signs and unassigned code points, Cyrillic signs.
        | 0x375 | 0x378..=0x379 | 0x37E | 0x380..=0x385 | 0x387 | 0x38B | 0x38D | 0x3A2 | 0x3F6
        | 0x482..=0x489
        // Spaces, general punctuation, super- and subscript signs, currency.
        | 0x2000..=0x206F | 0x2072..=0x2073 | 0x207A..=0x207E | 0x208A..=0x208F | 0x209D..=0x20FF
        // The letterlike symbols that are not letters (℃, №, ™).
        | 0x2100..=0x2101 | 0x2103..=0x2106 | 0x2108..=0x2109 | 0x2114 | 0x2116..=0x2118
        | 0x211E..=0x2123 | 0x2125 | 0x2127 | 0x2129 | 0x212E | 0x213A..=0x213B | 0x2140..=0x2144
        | 0x214A..=0x214D | 0x214F | 0x218A..=0x218F
        // Arrows, mathematical and technical symbols, parenthesised letters, box drawing,
        // dingbats and other symbols.
        | 0x2190..=0x245F | 0x249C..=0x24B5 | 0x2500..=0x2775 | 0x2794..=0x2BFF
        // CJK symbols and punctuation (、。「」), ideographic tone marks, kana signs.
        | 0x2E00..=0x2E7F | 0x2FF0..=0x3004 | 0x3008..=0x3020 | 0x302A..=0x3030 | 0x3036..=0x3037
        | 0x303D..=0x3040 | 0x3097..=0x309C | 0x30A0 | 0x30FB
        // Variation selectors, CJK compatibility and small forms, the byte order mark.
        | 0xFE00..=0xFE6F | 0xFEFF
        // Full-width punctuation and symbols (，！？：).
        | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0xFFE0..=0xFFEF
        | 0xFFF9..=0xFFFF
        // Emoji and pictographs.
        | 0x1F000..=0x1FAFF
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character of a range, with the standard library's single-character lower case.
    fn std_lower(c: char) -> Option<char> {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    const COVERED: [(u32, u32); 4] = [
        (0x00, 0x24F),    // ASCII, Latin-1, Latin Extended-A and -B
        (0x370, 0x3CE),   // Greek
        (0x400, 0x52F),   // Cyrillic and its supplement
        (0xFF00, 0xFF65), // full-width forms
    ];

    const LATIN_EXTENDED_B: (u32, u32) = (0x180, 0x24F);

    #[test]
    fn lower_case_agrees_with_the_standard_library_on_the_covered_scripts() {
        for (from, to) in COVERED {
            for c in (from..=to).filter_map(char::from_u32) {
                let n = c as u32;
                // Of Latin Extended-B only the pinyin letters are covered.
                let in_b = (LATIN_EXTENDED_B.0..=LATIN_EXTENDED_B.1).contains(&n);
                if in_b && !(0x1CD..=0x1DC).contains(&n) {
                    continue;
                }
                match std_lower(c) {
                    Some(l) => assert_eq!(lower(c), l, "{c:?} U+{n:04X}"),
                    None => assert_eq!(lower(c), 'i', "{c:?} U+{n:04X} is İ"),
                }
            }
        }
    }

    #[test]
    fn lower_case_leaves_other_scripts_alone() {
        for c in ['中', '台', 'あ', '한', 'ا', '.', '1', 'ß'] {
            assert_eq!(lower(c), c);
        }
    }

    #[test]
    fn words_agree_with_the_standard_library_where_readers_type() {
        let ranges = [
            (0x00, 0x52F),
            (0x2000, 0x2BFF),
            (0x3000, 0x30FF),
            (0x4E00, 0x4FFF),
            (0xFF00, 0xFF9F),
            (0xFFE0, 0xFFEF),
        ];
        for (from, to) in ranges {
            for c in (from..=to).filter_map(char::from_u32) {
                // Control characters are neither; the scripts between U+0530 and U+2000 are
                // not covered exactly (their punctuation counts as a letter).
                if c.is_control() {
                    continue;
                }
                assert_eq!(is_word(c), c.is_alphanumeric(), "{c:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn emoji_and_ideographs() {
        assert!(!is_word('😀'));
        assert!(is_word('重'));
        assert!(is_word('慶'));
        assert!(!is_word('\u{3002}'));
    }
}
