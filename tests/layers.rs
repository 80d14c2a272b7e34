//! The app's layers run one way (see `docs/architecture.md`): a module may use the modules below
//! it and its own, never one above. This reads every source file's `crate::…` paths and fails
//! on any that runs back up, naming the file, the line and the layers.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// The layers from the bottom up. A module may use any module of its own rank or below, except
/// that the bottom two stand alone: `core` uses nothing of ours, `dom` only `core`.
const LAYERS: [(&str, u8); 11] = [
    ("core", 0),
    ("dom", 1),
    ("data", 2),
    ("logic", 3),
    ("i18n", 4),
    ("context", 5),
    ("tracker", 5),
    ("components", 6),
    ("pages", 7),
    ("app", 8),
    // `lib.rs` itself: it declares the modules and starts the app.
    ("", 9),
];

fn rank(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, r)| *r)
}

/// The top-level module a source file belongs to (`src/logic/cite.rs` → `logic`, `src/lib.rs` → ``).
fn module_of(relative: &Path) -> Option<String> {
    let mut parts = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy());
    let first = parts.next()?;
    Some(match first.as_ref() {
        "lib.rs" | "main.rs" => String::new(),
        name => name.trim_end_matches(".rs").to_string(),
    })
}

/// Every `crate::<module>` a text uses, with its line number (comments included: a doc link up
/// a layer is a dependency in the reader's head too).
fn uses(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            let before = rest[..at].chars().last();
            rest = &rest[at + "crate::".len()..];
            // `$crate::` in a macro names the crate the same way.
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.push((i + 1, name));
            }
        }
    }
    found
}

/// The uses in `text` (a file of `module`) that run up a layer, or name a module not in [`LAYERS`].
fn violations(module: &str, text: &str) -> Vec<String> {
    let Some(own) = rank(module) else {
        return vec![format!("is in a module with no layer: {module}")];
    };
    uses(text)
        .into_iter()
        .filter_map(|(line, used)| {
            if used == module {
                return None;
            }
            // The bottom layers stand alone even from modules of their own rank.
            let allowed = match rank(&used) {
                None => {
                    return Some(format!(
                        "line {line}: uses crate::{used}, which has no layer"
                    ))
                }
                Some(r) => r < own || (r == own && own > 1),
            };
            (!allowed).then(|| {
                format!(
                    "line {line}: {} (layer {own}) uses {used} (layer {})",
                    if module.is_empty() { "lib.rs" } else { module },
                    rank(&used).unwrap_or_default()
                )
            })
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_module_uses_a_layer_above_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 50, "read the sources ({})", files.len());
    let mut problems = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap_or(&file);
        // The build step is a program of its own on top of the app (it uses `okay_guide::…`).
        if relative.starts_with("bin") || relative == Path::new("main.rs") {
            continue;
        }
        let Some(module) = module_of(relative) else {
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        problems.extend(
            violations(&module, &text)
                .into_iter()
                .map(|p| format!("src/{}: {p}", relative.display())),
        );
    }
    assert!(
        problems.is_empty(),
        "imports that run back up a layer:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_sees_what_it_must() {
    // Upward uses are caught wherever they are written.
    assert_eq!(
        violations("data", "use crate::logic::order::sort_by;").len(),
        1
    );
    assert_eq!(
        violations("logic", "    let t = crate::i18n::ui(lang);").len(),
        1
    );
    assert_eq!(
        violations("components", "crate::app::focus_main();").len(),
        1
    );
    assert_eq!(violations("core", "use crate::dom::today;").len(), 1);
    assert_eq!(violations("dom", "use crate::data::load::Site;").len(), 1);
    assert_eq!(
        violations("tracker", "use crate::nowhere::x;").len(),
        1,
        "a module with no layer"
    );
    // Downward and sideways (between views of one rank) are fine, and so are look-alikes.
    assert!(violations(
        "pages",
        "use crate::components::frame::Frame;\nuse crate::pages::x;"
    )
    .is_empty());
    assert!(violations("context", "use crate::tracker::Tracker;").is_empty());
    assert!(violations("core", "$crate::core::json::field(v, k)").is_empty());
    assert!(violations("logic", "let my_crate::i18n = 1;").is_empty());
    assert_eq!(
        violations("data", "use crate::record;").len(),
        1,
        "what lives at the crate root has no layer"
    );
}
