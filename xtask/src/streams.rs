//! Drops the stream classes that the release WASM exports and never uses.
//!
//! Leptos's `csr` feature turns on server_fn's `browser` feature, which depends on
//! `wasm-streams`; that crate exports three classes to JS (`IntoUnderlyingSource`,
//! `IntoUnderlyingSink`, `IntoUnderlyingByteSource`) for streaming server functions. The
//! app has no server functions, and nothing in JS calls the classes, but an export keeps
//! their code alive through every optimisation. Dropping the 13 exports and running
//! wasm-opt again takes 1.4 KB gzip off the WASM (measured: 159,508 → 158,125 bytes,
//! wasm-opt -Oz, gzip -9, 1 KB = 1000 bytes); the glue's classes go too, once terser sees
//! that nothing uses them. With the release build's two other rewrites (`imports`, the glue's
//! minifier) it buys the reader 43 ms of the first answer on the bench's slow phone (median of
//! 12 paired cold loads, `e2e/bench/ab.mjs`, on a loaded machine).
//!
//! The export section is re-encoded with `wasm-encoder` from what `wasmparser` reads; every
//! other section is copied byte for byte (wasm-opt then removes what only the exports used).

use anyhow::{bail, Context, Result};
use wasm_encoder::{ExportKind, ExportSection, Module, RawSection};
use wasmparser::{Parser, Payload};

/// Whether an export belongs to one of wasm-streams' classes: its methods
/// (`intounderlyingsource_pull`) and its destructor (`__wbg_intounderlyingsource_free`).
pub fn is_stream_export(name: &str) -> bool {
    name.trim_start_matches("__wbg_").starts_with("intounderlying")
}

/// `wasm` without the exports for which `drop` holds, and the names dropped.
pub fn drop_exports(wasm: &[u8], drop: impl Fn(&str) -> bool) -> Result<(Vec<u8>, Vec<String>)> {
    let mut module = Module::new();
    let mut dropped = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.context("cannot read the WASM")?;
        if let Payload::ExportSection(reader) = payload {
            let mut section = ExportSection::new();
            for export in reader {
                let export = export.context("cannot read an export")?;
                if drop(export.name) {
                    dropped.push(export.name.to_owned());
                } else {
                    section.export(export.name, ExportKind::from(export.kind), export.index);
                }
            }
            module.section(&section);
        } else if let Some((id, range)) = payload.as_section() {
            module.section(&RawSection { id, data: &wasm[range] });
        }
    }
    Ok((module.finish(), dropped))
}

/// The glue (as wasm-bindgen writes it, before minifying) with the stream classes no longer
/// exported, their `Symbol.dispose` lines gone, and their finalization registries marked
/// pure, so that terser drops all of them as unused. Fails if the glue does not have the
/// classes as wasm-bindgen writes them.
pub fn unexport_classes(glue: &str) -> Result<String> {
    let mut out = String::with_capacity(glue.len());
    let mut classes = 0;
    for line in glue.split_inclusive('\n') {
        if line.starts_with("if (Symbol.dispose) IntoUnderlying") {
            continue;
        }
        if let Some(rest) = line.strip_prefix("export class IntoUnderlying") {
            classes += 1;
            out.push_str("class IntoUnderlying");
            out.push_str(rest);
            continue;
        }
        out.push_str(line);
    }
    let registry = "new FinalizationRegistry(ptr => wasm.__wbg_intounderlying";
    let registries = out.matches(registry).count();
    if classes == 0 || registries != classes {
        bail!(
            "the glue does not export wasm-streams' classes as expected ({classes} classes, {registries} registries)"
        );
    }
    Ok(out.replace(registry, &format!("/*#__PURE__*/{registry}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{CodeSection, Function, FunctionSection, Instruction, TypeSection};

    /// A module of two functions, each exported.
    fn module() -> Vec<u8> {
        let mut m = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        m.section(&types);
        let mut functions = FunctionSection::new();
        functions.function(0);
        functions.function(0);
        m.section(&functions);
        let mut exports = ExportSection::new();
        exports.export("intounderlyingsource_pull", ExportKind::Func, 0);
        exports.export("__wbindgen_start", ExportKind::Func, 1);
        m.section(&exports);
        let mut code = CodeSection::new();
        for _ in 0..2 {
            let mut body = Function::new([]);
            body.instruction(&Instruction::End);
            code.function(&body);
        }
        m.section(&code);
        m.finish()
    }

    fn export_names(wasm: &[u8]) -> Vec<String> {
        let mut names = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Ok(Payload::ExportSection(reader)) = payload {
                names.extend(reader.into_iter().flatten().map(|e| e.name.to_owned()));
            }
        }
        names
    }

    #[test]
    fn drops_only_the_stream_exports_and_keeps_the_module_valid() {
        let (wasm, dropped) = drop_exports(&module(), is_stream_export).expect("dropped");
        assert_eq!(dropped, ["intounderlyingsource_pull"]);
        assert_eq!(export_names(&wasm), ["__wbindgen_start"]);
        wasmparser::Validator::new()
            .validate_all(&wasm)
            .expect("a valid module");
    }

    #[test]
    fn names_the_stream_exports_only() {
        assert!(is_stream_export("__wbg_intounderlyingbytesource_free"));
        assert!(is_stream_export("intounderlyingsink_write"));
        assert!(!is_stream_export("__wbindgen_malloc"));
        assert!(!is_stream_export("memory"));
    }

    #[test]
    fn the_classes_are_no_longer_exported_and_their_registries_are_pure() {
        let glue = "export class IntoUnderlyingSink {\n    free() {}\n}\n\
            if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;\n\
            export function keep() {}\n\
            const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')\n    ? {}\n    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));\n";
        let out = unexport_classes(glue).expect("rewritten");
        assert!(out.starts_with("class IntoUnderlyingSink {\n"));
        assert!(!out.contains("Symbol.dispose"));
        assert!(out.contains("export function keep() {}\n"));
        assert!(out.contains(": /*#__PURE__*/new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free"));
        assert!(unexport_classes("export function keep() {}\n").is_err());
    }
}
