//! Short import names for the release WASM and its JS glue.
//!
//! wasm-bindgen names each function the WASM imports from its glue after the Rust item and a
//! 16-hex-digit hash (`__wbg_addEventListener_6e5d6a43d9b5e1a7`), and the name stands twice
//! in the first load: in the WASM's import section and as a key of the glue's import object.
//! The hashes do not compress. Renaming the 107 hashed imports to `w0`, `w1`, … in both files
//! saved 3.3 KB gzip of the first load (measured on the release build: glue 6,241 → 4,906
//! bytes, WASM 159,504 → 157,505, gzip -9, 1 KB = 1000 bytes). With the release build's two
//! other rewrites (`streams`, the glue's minifier) it buys the reader 43 ms: without the three,
//! the first answer on the bench's slow phone came that much later (median of 12 paired cold
//! loads, `e2e/bench/ab.mjs`, on a loaded machine).
//!
//! The import section is re-encoded with `wasm-encoder` from what `wasmparser` reads; every
//! other section is copied byte for byte. A hashed name is unique and stands in the glue only
//! as that import's key, so the glue is rewritten by replacing each whole name.

use anyhow::{bail, Context, Result};
use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{ImportSection, Module, RawSection};
use wasmparser::{Parser, Payload};

/// Whether `name` is one wasm-bindgen gave a hash: `__wbg_close_294d3f727cb7a844`.
fn hashed(name: &str) -> bool {
    name.starts_with("__wb")
        && name
            .rsplit_once('_')
            .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The new name of the `i`th renamed import.
fn short(i: usize) -> String {
    format!("w{i}")
}

/// `wasm` and its `glue` with every hashed import renamed in both. Fails if a renamed name is
/// not in the glue, or stands in it more than once (the glue would then not be the one this
/// WASM was built with).
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String)> {
    let mut module = Module::new();
    let mut renamed: Vec<(String, String)> = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.context("cannot read the WASM")?;
        if let Payload::ImportSection(reader) = payload {
            let mut section = ImportSection::new();
            for import in reader.into_imports() {
                let import = import.context("cannot read an import")?;
                let ty = RoundtripReencoder
                    .entity_type(import.ty)
                    .map_err(|e| anyhow::anyhow!("cannot re-encode the import {}: {e:?}", import.name))?;
                let name = if hashed(import.name) {
                    let new = short(renamed.len());
                    renamed.push((import.name.to_owned(), new.clone()));
                    new
                } else {
                    import.name.to_owned()
                };
                section.import(import.module, &name, ty);
            }
            module.section(&section);
        } else if let Some((id, range)) = payload.as_section() {
            module.section(&RawSection { id, data: &wasm[range] });
        }
    }
    let mut glue = glue.to_owned();
    for (old, new) in &renamed {
        match glue.matches(old.as_str()).count() {
            1 => glue = glue.replacen(old.as_str(), new, 1),
            n => bail!("the glue names the import {old} {n} times, not once"),
        }
    }
    Ok((module.finish(), glue))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{CodeSection, EntityType, Function, FunctionSection, Instruction, MemoryType, TypeSection};

    /// A module that imports two hashed functions, one plain one and a memory, and calls one.
    fn module() -> Vec<u8> {
        let mut m = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        m.section(&types);
        let mut imports = ImportSection::new();
        imports.import("wbg", "__wbg_close_294d3f727cb7a844", EntityType::Function(0));
        imports.import("wbg", "__wbindgen_init_externref_table", EntityType::Function(0));
        imports.import("wbg", "__wbg_click_c6eff13daacf9806", EntityType::Function(0));
        let memory = MemoryType {
            minimum: 1,
            maximum: None,
            memory64: false,
            shared: false,
            page_size_log2: None,
        };
        imports.import("env", "memory", EntityType::Memory(memory));
        m.section(&imports);
        let mut functions = FunctionSection::new();
        functions.function(0);
        m.section(&functions);
        let mut code = CodeSection::new();
        let mut body = Function::new([]);
        body.instruction(&Instruction::Call(2)).instruction(&Instruction::End);
        code.function(&body);
        m.section(&code);
        m.section(&wasm_encoder::CustomSection {
            name: "producers".into(),
            data: b"x".as_slice().into(),
        });
        m.finish()
    }

    fn import_names(wasm: &[u8]) -> Vec<String> {
        let mut names = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Ok(Payload::ImportSection(reader)) = payload {
                names.extend(reader.into_imports().flatten().map(|i| i.name.to_owned()));
            }
        }
        names
    }

    #[test]
    fn renames_the_hashed_imports_in_both_files_and_keeps_the_module_valid() {
        let glue = "const i={__wbg_close_294d3f727cb7a844:function(){},__wbg_click_c6eff13daacf9806:function(){},__wbindgen_init_externref_table:function(){}};";
        let (wasm, glue) = shorten(&module(), glue).expect("shortened");
        assert_eq!(
            import_names(&wasm),
            ["w0", "__wbindgen_init_externref_table", "w1", "memory"]
        );
        assert_eq!(
            glue,
            "const i={w0:function(){},w1:function(){},__wbindgen_init_externref_table:function(){}};"
        );
        wasmparser::Validator::new()
            .validate_all(&wasm)
            .expect("a valid module");
        // Every other section is as it was: only the import section is shorter.
        let before = module();
        assert_eq!(
            before.len() - wasm.len(),
            2 * ("__wbg_close_294d3f727cb7a844".len() - 2)
        );
        assert!(wasm.windows(9).any(|w| w == b"producers"));
    }

    #[test]
    fn a_glue_that_does_not_name_an_import_once_is_refused() {
        let missing = shorten(&module(), "const i={__wbg_click_c6eff13daacf9806:f};");
        assert!(missing.is_err());
        let twice = "__wbg_close_294d3f727cb7a844 __wbg_close_294d3f727cb7a844 __wbg_click_c6eff13daacf9806";
        assert!(shorten(&module(), twice).is_err());
    }

    #[test]
    fn only_names_with_a_hash_are_renamed() {
        assert!(hashed("__wbg_addEventListener_6e5d6a43d9b5e1a7"));
        assert!(hashed("__wbindgen_throw_4c88d8bf264fd984"));
        assert!(!hashed("__wbindgen_malloc"));
        assert!(!hashed("__wbg_ptr"));
        assert!(!hashed("memory"));
        assert!(!hashed("__wbg_x_6e5d6a43d9b5e1aZ"));
    }
}
