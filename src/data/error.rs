use thiserror::Error;

/// Everything that can go wrong while fetching one of the guide's data files, worded for a fan
/// rather than a developer. `file` is the file's name (e.g. `cast.json`), so a bug report can
/// say which one failed.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum LoadError {
    #[error("We couldn't reach the guide's data ({file}). Check your connection, then try again.")]
    Network { file: String },

    #[error("Loading {file} took longer than {seconds} seconds, so we stopped waiting. The connection may be slow; try again.")]
    Timeout { file: String, seconds: u32 },

    #[error(
        "The guide's data file {file} is missing from this site (the server answered {status})."
    )]
    NotFound { file: String, status: u16 },

    #[error(
        "The server had a problem sending {file} (it answered {status}). Try again in a moment."
    )]
    Server { file: String, status: u16 },

    #[error("The server sent a web page where the data file {file} should be. The site may be set up wrongly.")]
    NotJson { file: String },

    #[error("The data file {file} is empty.")]
    Empty { file: String },

    /// `detail` is technical: the parser's own words, or the field that is wrong
    /// ("episodes.3.date is missing"), kept as they are in either language for a bug report.
    #[error("The data file {file} is damaged and can't be read ({damage}: {detail}).")]
    Malformed {
        file: String,
        damage: Damage,
        detail: String,
    },

    #[error(
        "The text file {file} is missing {count} passages the guide needs (the first is {first})."
    )]
    Incomplete {
        file: String,
        count: usize,
        first: String,
    },

    #[error("The text file {file} is in the wrong language ({found}).")]
    WrongLanguage { file: String, found: String },

    #[error("The data file {file} is for a different version of the guide (format {found}, expected {expected}). Reload the page to get the latest version.")]
    WrongFormat {
        file: String,
        found: u32,
        expected: u32,
    },
}

/// How a data file is damaged, so each language can say it in its own words.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
pub enum Damage {
    #[error("it is not valid JSON")]
    Syntax,
    #[error("a field has the wrong shape")]
    Shape,
}
