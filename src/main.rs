//! Entry point: install the panic hook and mount the app.

fn main() {
    trailmap::start();
}
