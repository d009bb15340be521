// First part of the boot module (see post_build.py). Without WebAssembly the app cannot
// start: show the page's own bilingual <noscript> message instead (static markup from
// index.html, nothing from the URL or storage), then stop this module quietly: a top-level
// await that never settles ends it without an error. The imports above it are only the
// wasm-bindgen glue, which touches WebAssembly inside functions alone.
if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
  const source = document.querySelector("noscript");
  if (source) {
    const parsed = new DOMParser().parseFromString(source.textContent || "", "text/html");
    // At the top, above the prerendered page (which stays: it is real content).
    document.body.prepend(...parsed.body.childNodes);
  }
  await new Promise(() => {});
}
