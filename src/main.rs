fn main() {
    #[cfg(target_arch = "wasm32")]
    okay_guide::start();
}
