//! A QR code of the progress link, drawn as one SVG path, so the app can show it with no image
//! file, no canvas and no network. The encoding is qrcodegen's (Project Nayuki); this module only
//! turns its modules into path data.

use qrcodegen::{QrCode, QrCodeEcc};

/// Quiet zone around the code, in modules, as the standard asks.
pub const QUIET: i32 = 4;
/// Codes bigger than this (version 20, 97 modules) are too dense to scan off a phone screen;
/// the page offers the link or a file instead.
pub const MAX_MODULES: i32 = 97;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Width and height of the drawing in modules, quiet zone included.
    pub size: i32,
    /// The dark modules as SVG path data, in module units.
    pub path: String,
}

/// The QR code of `text`, or `None` when it is too long to scan comfortably.
pub fn svg(text: &str) -> Option<QrSvg> {
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let n = code.size();
    if n > MAX_MODULES {
        return None;
    }
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if code.get_module(x, y) {
                let start = x;
                while x < n && code.get_module(x, y) {
                    x += 1;
                }
                // One rectangle per run of dark modules on a row.
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some(QrSvg {
        size: n + 2 * QUIET,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paints the path back into pixels and reads it with an independent decoder.
    fn decode(qr: &QrSvg) -> String {
        let scale = 4;
        let side = (qr.size * scale) as usize;
        let mut dark = vec![false; side * side];
        for rect in qr.path.split('M').filter(|r| !r.is_empty()) {
            let nums: Vec<i32> = rect
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .filter_map(|s| s.parse().ok())
                .collect();
            let (x, y, w) = (nums[0], nums[1], nums[2]);
            for px in x * scale..(x + w) * scale {
                for py in y * scale..(y + 1) * scale {
                    dark[py as usize * side + px as usize] = true;
                }
            }
        }
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            if dark[y * side + x] {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one code in the picture");
        let (_, content) = grids[0].decode().expect("the code decodes");
        content
    }

    #[test]
    fn the_code_holds_exactly_the_link() {
        let link = "https://example.org/okay-guide/ko/progress/#p=AQ8AAQAAAAAAAAHU3-wS";
        let qr = svg(link).expect("short links fit");
        assert_eq!(decode(&qr), link);
        assert!(qr.size >= 21 + 2 * QUIET);
    }

    #[test]
    fn a_progress_link_with_notes_still_decodes() {
        let mut p = crate::logic::progress::Progress::default();
        p.mark_up_to(9);
        p.set_note(3, "Ki-do on the campaign stage 🎤 기도가 유세장에!");
        let link = format!(
            "https://example.org/progress/#p={}",
            crate::logic::transfer::encode(&p)
        );
        let qr = svg(&link).expect("fits");
        assert_eq!(decode(&qr), link);
    }

    #[test]
    fn too_long_for_a_phone_screen_is_refused() {
        assert_eq!(svg(&"x".repeat(2000)), None);
        assert_eq!(svg(&"x".repeat(10_000)), None);
    }
}
