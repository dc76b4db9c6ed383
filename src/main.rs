//! Entry point: install the panic hook, then mount the app.

fn main() {
    cqtw_explorer::ui::start();
}
