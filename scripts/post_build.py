#!/usr/bin/env python3
"""Trunk post_build hook: make the staged build deployable under a strict CSP and offline.

1. Moves Trunk's inline module loader (plus scripts/sw-register.js) into an external, hashed
   `boot-<hash>.js` with subresource integrity, so `script-src 'self'` suffices. The boot
   script starts with scripts/wasm-check.js: without WebAssembly it shows the bilingual
   <noscript> message and stops.
2. Adds the Content-Security-Policy <meta> tag.
3. Writes the exact precache list and a build version (hash of every file) into sw.js.
   data/landscape.json is copied as `landscape-<hash>.json`, named in a
   `<meta name="trailmap-landscape">` tag for the app, and left out of the precache list: it is
   not part of the first visit; the worker caches it when the landscape view first fetches it
   (its `LAZY` list). The dataset's two halves (one language each, written by `prerender
   --data`) become `data-ko-<hash>.json` and `data-en-<hash>.json`, named in
   `<meta name="trailmap-data-ko|en">` tags; a first visit fetches one, so neither is precached
   (the worker's `DATA` list: it keeps the fetched one and fetches the other in the background).
4. Moves the wasm's integrity from its `<link rel=preload as=fetch>` (where Chromium ignores
   it and warns on every load) to the loader's fetch of the wasm, which then checks it; the
   preload without integrity still serves that fetch (same URL, same credentials mode).
5. Adds `lang-<hash>.js` (scripts/lang-boot.js), a blocking script in <head> with SRI that
   sets <html lang> (and the saved theme) before the first paint.
6. Prerenders the pages (`cargo run --example prerender`, src/prerender): `index.html` (the
   trail), `project/<id>.html`, `compare.html`, `saved.html`, and `404.html` (the app's frame
   with an empty main: the SPA fallback for every other route), each with its own title,
   description and Open Graph / Twitter tags. `TRAILMAP_SITE_URL` (the site's absolute
   address) adds `og:url`; `TRAILMAP_PRERENDER_TARGET_DIR` picks the cargo target directory
   of that native build (default: `target/`).

`post_build.py --variant BUILT NEW` copies a built folder and changes one file in it the way a
new deploy would (a rule appended to the stylesheet: new content, new hashed name, new SRI),
then re-stamps sw.js. The update tests serve BUILT, then NEW, without a second release build.
"""
import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; "
       "object-src 'none'; base-uri 'self'; form-action 'self'")


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


LAZY_RE = re.compile(r"^landscape-[0-9a-f]{16}\.json$")
DATA_RE = re.compile(r"^data-(ko|en)-[0-9a-f]{16}\.json$")
PAGE_RE = re.compile(r"^(project/[^/]+|compare|saved)\.html$")


def stamp_sw(folder: Path, template: str) -> tuple[str, int]:
    """Write the precache list (every file of the build but the lazily fetched data and the
    prerendered project, compare and saved pages) and the build version into sw.js.

    The version hashes every file's name and content plus the worker's own template, so any
    change (even one that leaves a hashed name alone) gives a new cache name."""
    every = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                   if p.is_file() and p.name != "sw.js")
    lazy = [n for n in every if LAZY_RE.match(n)]
    # The per-language data files: a first visit fetches one (lang-<hash>.js picks it), so
    # neither is precached; the worker keeps the one the page fetched and fetches the other
    # in the background once it is active (its `DATA` list).
    data = [n for n in every if DATA_RE.match(n)]
    # The prerendered project, compare and saved pages are for first visits, readers without
    # JavaScript and link previews; offline, the shell (404.html) and the app serve those
    # routes, so a first visit does not download them all (index.html and 404.html suffice).
    files = [n for n in every if n not in lazy and n not in data and not PAGE_RE.match(n)]
    digest = hashlib.sha256(template.encode())
    for name in every:
        digest.update(b"\0" + name.encode() + b"\0" + (folder / name).read_bytes())
    version = digest.hexdigest()[:16]
    precache = "[" + ", ".join(f'"{n}"' for n in files) + "]"
    lazy_list = "[" + ", ".join(f'"{n}"' for n in lazy) + "]"
    data_list = "[" + ", ".join(f'"{n}"' for n in data) + "]"
    (folder / "sw.js").write_text(template.replace("__TRAILMAP_BUILD_VERSION__", version)
                                  .replace("__TRAILMAP_PRECACHE__", precache)
                                  .replace("__TRAILMAP_LAZY__", lazy_list)
                                  .replace("__TRAILMAP_DATA__", data_list), encoding="utf-8")
    return version, len(files)


WASM_INIT = re.compile(r"init\(\{ module_or_path: '([^']+_bg\.wasm)' \}\)")


def wasm_integrity(html: str, loader: str) -> tuple[str, str] | None:
    """Trunk's wasm preload without its integrity, and the loader fetching the wasm with it.
    None if either is not in the shape Trunk 0.21 writes."""
    init = WASM_INIT.search(loader)
    if not init:
        return None
    url = init.group(1)
    tags = [m for m in re.finditer(r"<link\b[^>]*>", html)
            if f'href="{url}"' in m.group(0) and 'rel="preload"' in m.group(0)]
    if len(tags) != 1:
        return None
    tag = tags[0].group(0)
    integrity = re.search(r' integrity="(sha384-[A-Za-z0-9+/=]+)"', tag)
    if not integrity:
        return None
    html = html.replace(tag, tag.replace(integrity.group(0), ""), 1)
    fetch = f"init({{ module_or_path: fetch('{url}', {{ integrity: '{integrity.group(1)}' }}) }})"
    return html, loader[: init.start()] + fetch + loader[init.end():]


def add_landscape(stage: Path, root: Path, html: str) -> str:
    """Copy data/landscape.json into the build under a content-hashed name and name it in a
    <meta> tag (the app reads it to fetch the data)."""
    data = (root / "data" / "landscape.json").read_bytes()
    name = f"landscape-{hashlib.sha256(data).hexdigest()[:16]}.json"
    (stage / name).write_bytes(data)
    tag = f'<meta name="trailmap-landscape" content="{name}" />'
    return html.replace('<meta charset="utf-8" />', f'<meta charset="utf-8" />\n    {tag}', 1)


def add_data(stage: Path, root: Path, public_url: str, html: str) -> str:
    """Write the dataset's two halves (`prerender --data`: each text in one language) as
    `data-ko-<hash>.json` and `data-en-<hash>.json` and name them, with the base path, in
    <meta name="trailmap-data-ko|en"> tags: lang-<hash>.js starts fetching the reader's
    language from there before <base> is parsed, and the app reads them too."""
    if run_prerender(root, ["--data", str(stage.resolve())]) != 0:
        raise SystemExit("post_build: writing the data files failed")
    tags = []
    for lang in ("ko", "en"):
        plain = stage / f"data-{lang}.json"
        data = plain.read_bytes()
        name = f"data-{lang}-{hashlib.sha256(data).hexdigest()[:16]}.json"
        plain.rename(stage / name)
        tags.append(f'<meta name="trailmap-data-{lang}" content="{public_url}{name}" />')
    return html.replace('<meta charset="utf-8" />', '<meta charset="utf-8" />\n    ' + "\n    ".join(tags), 1)


def add_lang_script(stage: Path, root: Path, public_url: str, html: str) -> str:
    """Write scripts/lang-boot.js as `lang-<hash>.js` and load it, blocking, right after
    <title> (it reads the title's Korean text), before the stylesheet and the body."""
    data = (root / "scripts" / "lang-boot.js").read_bytes()
    name = f"lang-{hashlib.sha256(data).hexdigest()[:16]}.js"
    (stage / name).write_bytes(data)
    tag = f'<script src="{public_url}{name}" integrity="{sri(data)}" crossorigin="anonymous"></script>'
    if html.count("</title>") != 1:
        raise SystemExit("post_build: index.html must have one <title>")
    return html.replace("</title>", f"</title>\n    {tag}", 1)


def prerender(stage: Path, root: Path, public_url: str) -> int:
    """Write the prerendered pages over the shell (examples/prerender.rs, a native build)."""
    return run_prerender(root, [str(stage.resolve()), public_url])


def run_prerender(root: Path, args: list[str]) -> int:
    """Run examples/prerender.rs (a native build) with `args`."""
    env = dict(os.environ)
    target = env.get("TRAILMAP_PRERENDER_TARGET_DIR")
    if target:
        env["CARGO_TARGET_DIR"] = target
    else:
        env.pop("CARGO_TARGET_DIR", None)
    # Trunk's build settings are for the wasm target; the prerenderer is a native program.
    for key in ("CARGO_BUILD_TARGET", "CARGO_ENCODED_RUSTFLAGS"):
        env.pop(key, None)
    cmd = ["cargo", "run", "--quiet", "--offline", "--locked", "--example", "prerender", "--", *args]
    result = subprocess.run(cmd, cwd=root, env=env)
    if result.returncode != 0:
        print("post_build: prerendering failed", file=sys.stderr)
    return result.returncode


def variant(built: Path, new: Path, tag: str) -> int:
    """A second deploy made from a built folder: one stylesheet change, then re-stamped."""
    if new.exists():
        shutil.rmtree(new)
    shutil.copytree(built, new)
    sw = new / "sw.js"
    stamped = sw.read_text(encoding="utf-8")
    template = re.sub(r'^const VERSION = "[^"]*";$', 'const VERSION = "__TRAILMAP_BUILD_VERSION__";',
                      stamped, count=1, flags=re.M)
    template = re.sub(r"^const PRECACHE = \[.*\];$", "const PRECACHE = __TRAILMAP_PRECACHE__;",
                      template, count=1, flags=re.M)
    template = re.sub(r"^const LAZY = \[.*\];$", "const LAZY = __TRAILMAP_LAZY__;",
                      template, count=1, flags=re.M)
    template = re.sub(r"^const DATA = \[.*\];$", "const DATA = __TRAILMAP_DATA__;",
                      template, count=1, flags=re.M)
    if "__TRAILMAP_BUILD_VERSION__" not in template or "__TRAILMAP_PRECACHE__" not in template:
        print(f"post_build: {sw} is not a stamped Trail Map service worker", file=sys.stderr)
        return 1
    css = sorted(new.glob("main-*.css"))
    if len(css) != 1:
        print(f"post_build: expected one main-*.css in {new}", file=sys.stderr)
        return 1
    old_css = css[0]
    data = old_css.read_bytes() + f'\n:root {{ --tm-build: "{tag}"; }}\n'.encode()
    new_css = new / f"main-{hashlib.sha256(data).hexdigest()[:16]}.css"
    old_css.unlink()
    new_css.write_bytes(data)
    old_sri = sri((built / old_css.name).read_bytes())
    for path in sorted(new.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        if old_css.name not in html or old_sri not in html:
            print(f"post_build: {path} does not reference {old_css.name}", file=sys.stderr)
            return 1
        path.write_text(html.replace(old_css.name, new_css.name).replace(old_sri, sri(data)), encoding="utf-8")
    version, count = stamp_sw(new, template)
    print(f"post_build: variant {new}: {new_css.name}, {count} files precached, build {version}")
    return 0


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--variant":
        if len(sys.argv) not in (4, 5):
            print("usage: post_build.py --variant BUILT_DIR NEW_DIR [TAG]", file=sys.stderr)
            return 2
        tag = sys.argv[4] if len(sys.argv) == 5 else "variant"
        if not re.fullmatch(r"[A-Za-z0-9_-]+", tag):
            print("post_build: TAG must be letters, digits, - or _", file=sys.stderr)
            return 2
        return variant(Path(sys.argv[2]), Path(sys.argv[3]), tag)
    stage = Path(os.environ.get("TRUNK_STAGING_DIR", "dist/.stage"))
    public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
    root = Path(__file__).resolve().parent.parent
    index = stage / "index.html"
    html = index.read_text(encoding="utf-8")

    match = re.search(r'<script type="module">(.*?)</script>', html, re.S)
    if not match:
        print("post_build: Trunk's inline loader not found", file=sys.stderr)
        return 1
    moved = wasm_integrity(html, match.group(1))
    if not moved:
        print("post_build: Trunk's wasm preload (with integrity) or init() call not found", file=sys.stderr)
        return 1
    html, loader = moved
    match = re.search(r'<script type="module">(.*?)</script>', html, re.S)
    # The WebAssembly check comes first; module imports are hoisted, so it may precede them.
    boot = ((root / "scripts" / "wasm-check.js").read_text(encoding="utf-8") + "\n"
            + loader.strip() + "\n\n"
            + (root / "scripts" / "sw-register.js").read_text(encoding="utf-8")).encode()
    boot_name = f"boot-{hashlib.sha256(boot).hexdigest()[:16]}.js"
    (stage / boot_name).write_bytes(boot)
    tag = f'<script type="module" src="{public_url}{boot_name}" integrity="{sri(boot)}" crossorigin="anonymous"></script>'
    html = html[: match.start()] + tag + html[match.end():]
    html = html.replace('<meta charset="utf-8" />', f'<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="{CSP}" />', 1)
    html = add_landscape(stage, root, html)
    html = add_data(stage, root, public_url, html)
    html = add_lang_script(stage, root, public_url, html)
    index.write_text(html, encoding="utf-8")
    if prerender(stage, root, public_url) != 0:
        return 1

    template = (stage / "sw.js").read_text(encoding="utf-8")
    if any(p not in template for p in ("__TRAILMAP_BUILD_VERSION__", "__TRAILMAP_PRECACHE__", "__TRAILMAP_LAZY__", "__TRAILMAP_DATA__")):
        print("post_build: sw.js lacks the version, precache, lazy or data placeholder", file=sys.stderr)
        return 1
    version, count = stamp_sw(stage, template)
    print(f"post_build: {boot_name}, {count} files precached, build {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
