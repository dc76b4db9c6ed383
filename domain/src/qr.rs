//! The QR code of a link, for the share menu: encoded in Rust (`qrcodegen`, error correction
//! level M) and returned as the `d` of one SVG `<path>`, which the UI draws (no markup is
//! built from a string). A quiet zone of four modules is part of the drawing, as scanners
//! need it.

use qrcodegen::{QrCode, QrCodeEcc};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// The quiet zone around the code, in modules.
pub const QUIET: i32 = 4;

/// A QR code, drawn.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Qr {
    /// The drawing's width and height in modules, quiet zone included (its `viewBox`).
    pub size: i32,
    /// The dark modules as an SVG path, one rectangle per run of dark modules in a row.
    pub path: String,
}

/// The QR code of `text`, or `None` if it is too long for a QR code (over 2,331 bytes at
/// level M).
pub fn encode(text: &str) -> Option<Qr> {
    // Byte mode only: a link is never all digits or upper case, and the other modes' code
    // would only add to the WASM.
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let _ = write!(path, "M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start);
        }
    }
    Some(Qr {
        size: n + 2 * QUIET,
        path,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Draws `qr` at `scale` pixels per module and decodes it as a scanner would (rqrr).
    fn scan(qr: &Qr, scale: usize) -> String {
        let size = qr.size as usize * scale;
        let mut dark = vec![false; size * size];
        for rect in qr.path.split('M').filter(|r| !r.is_empty()) {
            let nums: Vec<usize> = rect
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .filter_map(|s| s.parse().ok())
                .collect();
            let (x, y, w) = (nums[0], nums[1], nums[2]);
            for py in y * scale..(y + 1) * scale {
                for px in x * scale..(x + w) * scale {
                    dark[py * size + px] = true;
                }
            }
        }
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| if dark[y * size + x] { 0 } else { 255 });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        grids[0].decode().expect("decodes").1
    }

    #[test]
    fn the_code_scans_back_to_the_link() {
        for url in [
            "https://cqtw.example/explorer/",
            "https://cqtw.example/explorer/delegations/taiwan-business-and-construction-association/",
            "http://127.0.0.1:4173/explorer/?q=wang+guo%27an&sector=healthcare,pharmaceuticals#taiwan-healthcare-industry-alliance",
        ] {
            let qr = encode(url).expect("fits");
            assert_eq!(scan(&qr, 4), url);
        }
    }

    #[test]
    fn the_drawing_has_its_quiet_zone() {
        let qr = encode("https://cqtw.example/explorer/").expect("fits");
        // Version 3 (29 modules) for 30 bytes at level M, plus 4 on each side.
        assert_eq!(qr.size, 29 + 2 * QUIET);
        assert!(
            qr.path.starts_with("M4 4h7v1h-7z"),
            "the top-left finder starts at the quiet zone: {}",
            &qr.path[..20]
        );
    }

    #[test]
    fn a_link_too_long_for_a_qr_code_gives_none() {
        assert_eq!(encode(&"a".repeat(5000)), None);
    }
}
