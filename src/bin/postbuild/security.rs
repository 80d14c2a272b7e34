//! Step 3: the Content-Security-Policy and the response headers for hosts that read `_headers`.

use crate::Site;
use sha2::{Digest, Sha256};

/// The policy for the built app: nothing but the site itself, and wasm allowed to compile. There
/// is no inline script to allow: Trunk's inline loader is moved into a file by [`externalize_loader`],
/// so the policy is the same for every build and `deploy/nginx.conf` can carry it verbatim.
pub const CSP: &str =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'self'; \
form-action 'none'";

/// Replaces Trunk's inline `<script type="module">` loader with `boot-<hash>.js`, a file (so the
/// policy needs no inline exception) made from the template `boot.js`, which decides when the app
/// starts (see there). Every page already shows its prerendered content, so the wasm must not
/// compete with it for the network: Trunk's high-priority preload hints are removed too.
/// Returns the new shell.
pub fn externalize_loader(site: &Site, shell: &str) -> Result<String, String> {
    let open_tag = "<script type=\"module\">";
    let start = shell
        .find(open_tag)
        .ok_or("no inline loader script in index.html")?;
    let body_start = start + open_tag.len();
    let close = shell[body_start..]
        .find("</script>")
        .map(|i| body_start + i)
        .ok_or("the loader script is not closed")?;
    let loader = &shell[body_start..close];
    if shell[close..].contains(open_tag) {
        return Err(
            "more than one inline script in index.html; the CSP would block the others".into(),
        );
    }
    let quoted_after = |marker: &str| -> Result<String, String> {
        let at = loader
            .find(marker)
            .ok_or_else(|| format!("Trunk's loader has no {marker}"))?
            + marker.len();
        let rest = &loader[at..];
        let end = rest
            .find('\'')
            .ok_or("unterminated URL in Trunk's loader")?;
        Ok(rest[..end].to_string())
    };
    let glue = quoted_after("import init, * as bindings from '")?;
    let wasm = quoted_after("module_or_path: '")?;
    let ok = |u: &str| {
        u.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/-_.".contains(&b))
    };
    if !ok(&glue) || !ok(&wasm) {
        return Err("unexpected characters in Trunk's asset URLs".into());
    }
    let script = include_str!("boot.js")
        .replace("__GLUE__", &glue)
        .replace("__WASM__", &wasm)
        // The same key the tracker saves under, so the two cannot drift apart.
        .replace("__PROGRESS_KEY__", okay_guide::logic::progress::STORAGE_KEY);
    let digest: String = Sha256::digest(script.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let name = format!("boot-{digest}.js");
    let path = site.dist.join(&name);
    std::fs::write(&path, &script).map_err(|e| format!("{}: {e}", path.display()))?;
    let page = format!(
        "{}<script type=\"module\" src=\"{}{name}\"></script>{}",
        &shell[..start],
        site.base,
        &shell[close + "</script>".len()..]
    );
    Ok(remove_tags(
        &page,
        &["<link rel=\"modulepreload\"", "<link rel=\"preload\""],
    ))
}

/// Removes every tag that starts with one of `prefixes` (up to its closing `>`).
fn remove_tags(html: &str, prefixes: &[&str]) -> String {
    let mut out = html.to_string();
    for prefix in prefixes {
        while let Some(at) = out.find(prefix) {
            let end = out[at..].find('>').map_or(out.len(), |i| at + i + 1);
            out.replace_range(at..end, "");
        }
    }
    out
}

/// Headers for Netlify and Cloudflare Pages (`_headers`); `deploy/nginx.conf` sends the same.
/// Pages get the hosts' default revalidation; only the content-hashed files are cached for good.
pub fn write_headers(site: &Site) -> Result<(), String> {
    let csp = CSP;
    let base = &site.base;
    let mut hashed = Vec::new();
    for entry in std::fs::read_dir(&site.dist).map_err(|e| e.to_string())? {
        let name = entry
            .map_err(|e| e.to_string())?
            .file_name()
            .to_string_lossy()
            .to_string();
        // Trunk puts a content hash in these names, so they can be cached for good.
        let is_hashed = name.starts_with("boot-")
            || name.rsplit_once('.').is_some_and(|(stem, ext)| {
                matches!(ext, "js" | "wasm" | "css")
                    && stem.rsplit('-').next().is_some_and(|h| {
                        h.len() >= 16
                            && h.trim_end_matches("_bg")
                                .chars()
                                .all(|c| c.is_ascii_hexdigit())
                    })
            });
        if is_hashed {
            hashed.push(name);
        }
    }
    for file in crate::data_names::FILES {
        let stem = file.trim_end_matches(".json");
        for entry in std::fs::read_dir(site.dist.join("data")).map_err(|e| e.to_string())? {
            let name = entry
                .map_err(|e| e.to_string())?
                .file_name()
                .to_string_lossy()
                .to_string();
            if name.starts_with(&format!("{stem}-")) && name.ends_with(".json") {
                hashed.push(format!("data/{name}"));
            }
        }
    }
    hashed.sort();
    let mut out = format!(
        "{base}*\n  Content-Security-Policy: {csp}; frame-ancestors 'none'\n  \
         Strict-Transport-Security: max-age=63072000; includeSubDomains; preload\n  \
         X-Content-Type-Options: nosniff\n  X-Frame-Options: DENY\n  \
         Referrer-Policy: no-referrer\n  Cross-Origin-Opener-Policy: same-origin\n  \
         Cross-Origin-Resource-Policy: same-origin\n  \
         Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()\n"
    );
    for name in &hashed {
        out.push_str(&format!(
            "{base}{name}\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
    }
    let path = site.dist.join("_headers");
    std::fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_the_inline_loader_into_a_file() {
        let dir = std::env::temp_dir().join(format!("okay-guide-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let site = Site {
            dist: dir.clone(),
            base: "/guide/".into(),
            origin: String::new(),
        };
        let shell = concat!(
            "<head><script type=\"module\">\nimport init, * as bindings from '/guide/app-1.js';\n",
            "const wasm = await init({ module_or_path: '/guide/app-1_bg.wasm' });\n</script>",
            "<link rel=\"modulepreload\" href=\"/guide/app-1.js\">",
            "<link rel=\"preload\" href=\"/guide/app-1_bg.wasm\" as=\"fetch\"></head>"
        );
        let out = externalize_loader(&site, shell).unwrap();
        assert!(!out.contains("import init"), "{out}");
        assert!(!out.contains("preload"), "{out}");
        let name = out
            .split("src=\"/guide/")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap();
        assert!(name.starts_with("boot-") && name.ends_with(".js"), "{name}");
        let boot = std::fs::read_to_string(dir.join(name)).unwrap();
        assert!(boot.contains("import(\"/guide/app-1.js\")"), "{boot}");
        assert!(
            boot.contains("module_or_path: module ?? \"/guide/app-1_bg.wasm\""),
            "{boot}"
        );
        assert!(!boot.contains("__"), "every placeholder filled: {boot}");
        let twice = "<script type=\"module\">a</script><script type=\"module\">b</script>";
        assert!(externalize_loader(&site, twice).is_err());
        assert!(externalize_loader(&site, "<script type=\"module\">alert(1)</script>").is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_policy_allows_nothing_inline() {
        assert!(!CSP.contains("unsafe-inline"));
        assert!(!CSP.contains("'unsafe-eval'"));
        assert!(CSP.starts_with("default-src 'none'"));
    }
}
