//! Entry point: install the panic hook, then mount the app.

/// Talc instead of the standard library's dlmalloc: smaller and faster in WASM. With dlmalloc
/// the first answer on the bench's slow phone came 36 ms later (median of 12 paired cold loads,
/// `e2e/bench/ab.mjs`, on a loaded machine, so a wide figure).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    cqtw_explorer::ui::start();
}
