//! Render: SVG drawn as PNG, for the social cards and the charts' images.
//! resvg shapes text with rustybuzz, so Thai marks stack and join as in
//! a browser. The only fonts are the theme's Sarabun, carried in the
//! binary (`fonts/`: the theme's woff2 subsets, Latin and Thai, merged
//! into one TrueType file per weight with fontTools): never the
//! machine's, so every machine draws the same bytes.

use std::sync::{Arc, LazyLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

/// How the PNGs are compressed: each row written as its difference from
/// the pixel to its left (`Sub`), then zlib level 2. Cards and charts are
/// flat colour, so this one filter does better than trying all five on
/// every row. Measured on the shipped site (146 pictures), with flate2's
/// zlib-rs back end (Cargo.toml), two builds each: level 1 (zlib-rs's
/// "quick" strategy) 1.16 s of CPU for the whole build and 9.5 MB of
/// pictures; level 2, 1.28 s and 4.7 MB; level 3, 1.32 s and 4.5 MB;
/// level 6, 1.44 s and 4.0 MB. Level 2 is where the bytes stop falling
/// fast; the build is what every edit waits for.
const COMPRESSION: png::DeflateCompression = png::DeflateCompression::Level(2);
const FILTER: png::Filter = png::Filter::Sub;

/// The family every image is drawn in; `sans-serif` and any family the
/// database lacks fall back to it.
pub const FAMILY: &str = "Sarabun";

/// The fonts, loaded once for the whole run.
static FONTS: LazyLock<Arc<fontdb::Database>> = LazyLock::new(|| {
    let mut db = fontdb::Database::new();
    db.load_font_data(include_bytes!("fonts/sarabun-400.ttf").to_vec());
    db.load_font_data(include_bytes!("fonts/sarabun-700.ttf").to_vec());
    db.set_sans_serif_family(FAMILY);
    db.set_serif_family(FAMILY);
    db.set_monospace_family(FAMILY);
    Arc::new(db)
});

/// Why an SVG could not be drawn: the SVG is ours, so this is a bug, but
/// it is reported, not a panic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RasterError(pub String);

impl std::fmt::Display for RasterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// `svg` as a PNG at its own size times `scale`, on white.
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, RasterError> {
    let options = usvg::Options {
        font_family: FAMILY.to_string(),
        languages: vec!["th".to_string(), "en".to_string()],
        fontdb: Arc::clone(&FONTS),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| RasterError(e.to_string()))?;
    let size = tree.size().to_int_size().scale_by(scale).ok_or_else(|| {
        RasterError(format!(
            "an image of {}×{} cannot be scaled by {scale}",
            tree.size().width(),
            tree.size().height()
        ))
    })?;
    let mut pixmap = Pixmap::new(size.width(), size.height())
        .ok_or_else(|| RasterError(format!("an image of {size:?} has no pixels")))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    encode(&pixmap).map_err(|e| RasterError(e.to_string()))
}

/// The picture as a PNG. It is opaque (drawn on white), so its pixels,
/// premultiplied by alpha as resvg keeps them, are already plain RGBA.
fn encode(pixmap: &Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_deflate_compression(COMPRESSION);
    encoder.set_filter(FILTER);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(pixmap.data())?;
    writer.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(text: &str) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\">\
             <rect width=\"200\" height=\"60\" fill=\"#fff\"/>\
             <text x=\"10\" y=\"40\" font-size=\"24\" font-family=\"sans-serif\">{text}</text></svg>"
        )
    }

    /// The PNG's width and height, from its header.
    fn size(png: &[u8]) -> (u32, u32) {
        let word = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().expect("4 bytes"));
        (word(16), word(20))
    }

    #[test]
    fn draws_at_its_size_times_the_scale_and_the_same_bytes_twice() {
        let a = svg_to_png(&svg("เมืองอัจฉริยะ 77"), 2.0).expect("drawn");
        assert_eq!(&a[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(size(&a), (400, 120));
        assert_eq!(a, svg_to_png(&svg("เมืองอัจฉริยะ 77"), 2.0).expect("drawn"));
    }

    #[test]
    fn thai_and_latin_text_are_drawn_not_left_out() {
        // An image with text differs from the same image without it: the
        // fonts have the glyphs (a missing font draws nothing).
        let blank = svg_to_png(&svg(""), 1.0).expect("drawn");
        assert_ne!(svg_to_png(&svg("จังหวัด"), 1.0).expect("drawn"), blank);
        assert_ne!(svg_to_png(&svg("Rayong"), 1.0).expect("drawn"), blank);
    }

    #[test]
    fn a_broken_svg_is_an_error_not_a_panic() {
        assert!(svg_to_png("<svg", 1.0).is_err());
        assert!(
            svg_to_png(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\"/>",
                1.0
            )
            .is_err()
        );
    }
}
