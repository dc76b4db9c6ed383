//! `cargo xtask bench`: not yet built (see issue "Performance").

use anyhow::{bail, Result};

pub fn run() -> Result<()> {
    bail!("the bench task is not built yet")
}
