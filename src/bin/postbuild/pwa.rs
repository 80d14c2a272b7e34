//! Step 2: what makes the guide installable and readable offline.

use crate::Site;
use sha2::{Digest, Sha256};
use std::path::Path;

pub struct Icon {
    pub file: String,
    pub size: u32,
    pub purpose: &'static str,
}

/// Renders the project's own `icons/icon.svg` to the PNG sizes phones ask for.
pub fn write_icons(site: &Site) -> Result<Vec<Icon>, String> {
    let source = site.dist.join("icons/icon.svg");
    let svg = std::fs::read(&source).map_err(|e| format!("{}: {e}", source.display()))?;
    let tree = resvg::usvg::Tree::from_data(&svg, &resvg::usvg::Options::default())
        .map_err(|e| format!("{}: {e}", source.display()))?;
    // The drawing keeps its art inside the central safe zone, so one source serves both purposes.
    let icons = vec![
        Icon {
            file: "icons/icon-192.png".into(),
            size: 192,
            purpose: "any",
        },
        Icon {
            file: "icons/icon-512.png".into(),
            size: 512,
            purpose: "any",
        },
        Icon {
            file: "icons/icon-maskable-512.png".into(),
            size: 512,
            purpose: "maskable",
        },
        Icon {
            file: "icons/apple-touch-icon.png".into(),
            size: 180,
            purpose: "",
        },
    ];
    for icon in &icons {
        let mut pixmap = resvg::tiny_skia::Pixmap::new(icon.size, icon.size)
            .ok_or_else(|| format!("cannot make a {0}x{0} image", icon.size))?;
        let scale = icon.size as f32 / tree.size().width();
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        let png = pixmap
            .encode_png()
            .map_err(|e| format!("{}: {e}", icon.file))?;
        let path = site.dist.join(&icon.file);
        std::fs::write(&path, png).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(icons)
}

/// One manifest per language: the English guide installs as "Okay Guide" starting at the site's
/// root, the Korean one as "사괜 가이드" starting at `/ko/`; both may roam the whole site.
pub fn write_manifest(site: &Site, icons: &[Icon]) -> Result<(), String> {
    let icon_list: Vec<serde_json::Value> = icons
        .iter()
        .filter(|i| !i.purpose.is_empty())
        .map(|i| {
            serde_json::json!({
                "src": format!("{}{}", site.base, i.file),
                "sizes": format!("{0}x{0}", i.size),
                "type": "image/png",
                "purpose": i.purpose,
            })
        })
        .collect();
    let ko_start = format!("{}ko/", site.base);
    for (file, lang, start, name, short, description) in [
        (
            "manifest.webmanifest",
            "en",
            site.base.as_str(),
            "It's Okay to Not Be Okay — fan guide",
            "Okay Guide",
            "A fan guide to the 2020 K-drama It's Okay to Not Be Okay: cast, episodes, tales, ratings, relationships, music, filming places and the season 2 outlook. Works offline.",
        ),
        (
            "manifest-ko.webmanifest",
            "ko",
            ko_start.as_str(),
            "사이코지만 괜찮아 팬 가이드",
            "사괜 가이드",
            "tvN 드라마 〈사이코지만 괜찮아〉 팬 가이드: 출연진, 회차, 동화, 시청률, 인물관계도, OST, 촬영지, 시즌 2 전망. 오프라인에서도 볼 수 있습니다.",
        ),
    ] {
        let manifest = serde_json::json!({
            "id": start,
            "name": name,
            "short_name": short,
            "description": description,
            "lang": lang,
            "start_url": start,
            "scope": site.base,
            "display": "standalone",
            "background_color": "#15131f",
            "theme_color": "#15131f",
            "icons": icon_list,
        });
        let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
        let path = site.dist.join(file);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// Every file the service worker caches, relative to the site root, sorted.
fn files_to_cache(dist: &Path) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    for path in crate::files_under(dist)? {
        let relative = path
            .strip_prefix(dist)
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .replace('\\', "/");
        // Not needed to read the guide offline: the worker itself, host config, compressed
        // twins, the app icons (the browser fetches those when installing) and the plain-named
        // data files (pages fetch the content-hashed copies).
        let plain_data = crate::data_names::FILES
            .iter()
            .any(|f| relative == format!("data/{f}"));
        let skip = relative == "sw.js"
            || relative == "_headers"
            || relative.ends_with(".gz")
            || relative.ends_with(".br")
            || (relative.starts_with("icons/") && relative.ends_with(".png"))
            || plain_data;
        if !skip {
            files.push(relative);
        }
    }
    files.sort();
    Ok(files)
}

/// Writes `sw.js` with this build's files; the build id is a hash of all their contents, so any
/// change to any file gives a new cache and a new worker. Returns the id.
pub fn write_service_worker(site: &Site) -> Result<String, String> {
    let files = files_to_cache(&site.dist)?;
    let mut hasher = Sha256::new();
    for file in &files {
        let bytes = std::fs::read(site.dist.join(file)).map_err(|e| format!("{file}: {e}"))?;
        hasher.update(file.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    let build: String = hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    // "index.html" files are cached under their folder's URL too, through the worker's lookup.
    let list = serde_json::to_string(&files).map_err(|e| e.to_string())?;
    let script = include_str!("sw.js")
        .replace("__BUILD__", &build)
        .replace("__FILES__", &list);
    let path = site.dist.join("sw.js");
    std::fs::write(&path, script).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(build)
}
