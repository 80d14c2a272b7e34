//! Data: the model of the JSON files, the loader that fetches them and the checks they must pass.
pub mod error;
pub mod load;
pub mod model;
pub mod text;
pub mod validate;
