//! `cargo xtask audit`: not yet built (see issue "Production quality").

use anyhow::{bail, Result};

pub fn run() -> Result<()> {
    bail!("the audit task is not built yet")
}
