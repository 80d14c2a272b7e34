//! The build step after `trunk build` (run on the host; nothing here ships to the browser):
//! 1. prerenders every route into its own `index.html` (and `404.html`), from the same views and JSON
//!    the app uses, each with its own title, description and link-preview tags;
//! 2. writes the PWA files: icons rendered from `icons/icon.svg`, the web app manifest and the
//!    service worker with this build's file list;
//!    The data files get content-hashed copies, named in each page, so a page never mixes builds;
//! 3. moves Trunk's inline loader into a file so the Content-Security-Policy needs no inline
//!    exception, adds the policy to every page, and writes `_headers` for hosts that read one;
//! 4. writes `.gz` and `.br` copies of the larger text files.
//!
//! Usage: `postbuild <dist dir> <public url>`; `SITE_ORIGIN=https://example.org` makes the
//! link-preview image URL absolute, as some chat apps require.

mod compress;
mod data_names;
mod pages;
mod pwa;
mod security;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Every file below `dir`, in no particular order.
pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    Ok(files)
}

pub struct Site {
    pub dist: PathBuf,
    /// "/" or "/some/path/".
    pub base: String,
    /// e.g. "https://example.org", without a trailing slash; empty when unknown.
    pub origin: String,
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let dist = PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let base = okay_guide::core::paths::normalise_base(&args.next().unwrap_or_else(|| "/".into()));
    let origin = std::env::var("SITE_ORIGIN")
        .unwrap_or_default()
        .trim_end_matches('/')
        .to_string();
    let site = Site { dist, base, origin };

    let shell_path = site.dist.join("index.html");
    let shell = std::fs::read_to_string(&shell_path)
        .map_err(|e| format!("{}: {e} (run trunk build first)", shell_path.display()))?;
    if shell.contains("id=\"prerendered\"") {
        return Err(format!(
            "{} was already processed; run trunk build again",
            shell_path.display()
        ));
    }
    let shell = security::externalize_loader(&site, &shell)?;
    let data_meta = data_names::write_hashed_copies(&site)?;
    let shell = shell.replacen("</head>", &format!("  {data_meta}\n  </head>"), 1);
    let icons = pwa::write_icons(&site)?;
    pwa::write_manifest(&site, &icons)?;
    let written = pages::write_all(&site, &shell, security::CSP)?;
    security::write_headers(&site)?;
    let build = pwa::write_service_worker(&site)?;
    let compressed = compress::precompress(&site.dist)?;
    println!(
        "postbuild: {written} pages, {} icons, service worker for build {build}, {compressed} files precompressed",
        icons.len()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("postbuild: {e}");
            ExitCode::FAILURE
        }
    }
}
