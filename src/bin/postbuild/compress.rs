//! Step 4: `.gz` and `.br` copies beside the larger text and wasm files, for hosts (nginx with
//! `gzip_static`/`brotli_static`) that serve them as they are instead of compressing per request.

use std::io::Write;
use std::path::Path;

const MIN_SIZE: u64 = 1024;
const TYPES: [&str; 8] = [
    "html",
    "js",
    "wasm",
    "css",
    "json",
    "svg",
    "webmanifest",
    "txt",
];

pub fn precompress(dist: &Path) -> Result<usize, String> {
    let mut count = 0;
    for path in crate::files_under(dist)? {
        let wanted = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| TYPES.contains(&e));
        let size = path.metadata().map(|m| m.len()).unwrap_or(0);
        if !wanted || size < MIN_SIZE {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes).map_err(|e| e.to_string())?;
        let gz = gz.finish().map_err(|e| e.to_string())?;
        let mut br = Vec::new();
        {
            let mut writer = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
            writer.write_all(&bytes).map_err(|e| e.to_string())?;
        }
        let name = path.to_string_lossy().to_string();
        std::fs::write(format!("{name}.gz"), gz).map_err(|e| format!("{name}.gz: {e}"))?;
        std::fs::write(format!("{name}.br"), br).map_err(|e| format!("{name}.br: {e}"))?;
        count += 1;
    }
    Ok(count)
}
