//! Gives each data file a compact, content-hashed copy (`data/guide-0123456789abcdef.json`) and tells the
//! pages which name to fetch. A page and its data then always come from the same build, whatever a
//! cache or the browser's network racing does, and the files can be cached for good.

use crate::Site;
use sha2::{Digest, Sha256};

pub const FILES: [&str; 4] = ["guide.json", "text-en.json", "text-ko.json", "map.json"];

/// Writes the hashed copies and returns the `<meta>` tag that maps plain names to hashed ones.
pub fn write_hashed_copies(site: &Site) -> Result<String, String> {
    let mut pairs = Vec::new();
    for file in FILES {
        let path = site.dist.join("data").join(file);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        // The copies the app fetches lose the indentation kept for people editing the files.
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let bytes = value.to_string().into_bytes();
        let hash: String = Sha256::digest(&bytes)
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect();
        let stem = file.trim_end_matches(".json");
        let hashed = format!("{stem}-{hash}.json");
        let out = site.dist.join("data").join(&hashed);
        std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
        pairs.push(format!("{file}={hashed}"));
    }
    Ok(format!(
        "<meta name=\"okay-guide-data\" content=\"{}\" />",
        pairs.join(" ")
    ))
}
