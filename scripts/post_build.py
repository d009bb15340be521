#!/usr/bin/env python3
"""Trunk post_build hook: make the staged build deployable under a strict CSP and offline.

1. Moves Trunk's inline module loader (plus scripts/sw-register.js) into an external, hashed
   `boot-<hash>.js` with subresource integrity, so `script-src 'self'` suffices.
2. Adds the Content-Security-Policy <meta> tag.
3. Writes the exact precache list and a build version (hash of every file) into sw.js.
4. Copies index.html to 404.html, the SPA fallback many static hosts use for deep links.
"""
import base64
import hashlib
import os
import re
import sys
from pathlib import Path

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; "
       "object-src 'none'; base-uri 'self'; form-action 'self'")


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def main() -> int:
    stage = Path(os.environ.get("TRUNK_STAGING_DIR", "dist/.stage"))
    public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
    root = Path(__file__).resolve().parent.parent
    index = stage / "index.html"
    html = index.read_text(encoding="utf-8")

    match = re.search(r'<script type="module">(.*?)</script>', html, re.S)
    if not match:
        print("post_build: Trunk's inline loader not found", file=sys.stderr)
        return 1
    boot = (match.group(1).strip() + "\n\n" + (root / "scripts" / "sw-register.js").read_text(encoding="utf-8")).encode()
    boot_name = f"boot-{hashlib.sha256(boot).hexdigest()[:16]}.js"
    (stage / boot_name).write_bytes(boot)
    tag = f'<script type="module" src="{public_url}{boot_name}" integrity="{sri(boot)}" crossorigin="anonymous"></script>'
    html = html[: match.start()] + tag + html[match.end():]
    html = html.replace('<meta charset="utf-8" />', f'<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="{CSP}" />', 1)
    index.write_text(html, encoding="utf-8")
    (stage / "404.html").write_text(html, encoding="utf-8")

    sw = stage / "sw.js"
    files = sorted(p.relative_to(stage).as_posix() for p in stage.rglob("*")
                   if p.is_file() and p.name not in ("sw.js", "404.html"))
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + (stage / name).read_bytes())
    version = digest.hexdigest()[:16]
    precache = "[" + ", ".join(f'"{n}"' for n in files) + "]"
    sw.write_text(sw.read_text(encoding="utf-8")
                  .replace("__TRAILMAP_BUILD_VERSION__", version)
                  .replace("__TRAILMAP_PRECACHE__", precache), encoding="utf-8")
    print(f"post_build: {boot_name}, {len(files)} files precached, build {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
