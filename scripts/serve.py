#!/usr/bin/env python3
"""Serve a built dist/ folder the way a static host should: correct MIME types, SPA fallback
for deep links, the recommended cache headers, and an optional sub-path (--base /trailmap/).

Usage: serve.py [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /]
"""
import argparse
import functools
import http.server
import os
import posixpath
import re
import sys
import urllib.parse

sys.dont_write_bytecode = True  # no scripts/__pycache__ from the import below
from post_build import CSP  # noqa: E402  the policy of the build's <meta> tag, sent as a header too

MIME = {".wasm": "application/wasm", ".js": "text/javascript", ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml", ".json": "application/json", ".css": "text/css", ".png": "image/png"}


# Trunk's content-hashed names: main-<16 hex>.css, trailmap-<16 hex>_bg.wasm, boot-<16 hex>.js.
HASHED = re.compile(r"-[0-9a-f]{16}(_bg)?\.[a-z]+$")


class Handler(http.server.SimpleHTTPRequestHandler):
    base = "/"
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME}

    def log_message(self, fmt, *args):  # quiet unless asked
        if os.environ.get("SERVE_LOG"):
            super().log_message(fmt, *args)

    def end_headers(self):
        path = urllib.parse.urlsplit(self.path).path
        name = posixpath.basename(path)
        if name in ("", "sw.js") or name.endswith(".html") or "." not in name:
            self.send_header("Cache-Control", "no-cache")
        if name == "" or name.endswith(".html") or "." not in name:
            self.send_header("Content-Security-Policy", CSP)
        elif HASHED.search(name):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        super().end_headers()

    def do_GET(self):
        parts = urllib.parse.urlsplit(self.path)
        path = parts.path
        if not path.startswith(self.base):
            if path + "/" == self.base:
                self.send_response(301)
                self.send_header("Location", self.base)
                self.end_headers()
                return
            self.send_error(404)
            return
        rel = path[len(self.base):]
        local = os.path.join(self.directory, *[p for p in rel.split("/") if p not in ("", "..")])
        if os.path.isfile(local + ".html") and rel and not rel.endswith("/"):
            # A prerendered page (/project/x → project/x.html), as static hosts serve it.
            rel += ".html"
        elif not os.path.isfile(local):
            last = rel.rsplit("/", 1)[-1]
            if "." in last and "text/html" not in self.headers.get("Accept", ""):
                # A missing file, not an app route: a shell here would be cached as a script.
                self.send_error(404)
                return
            # Deep link to an app route: answer with the app's frame (SPA fallback; 404.html
            # has an empty main, index.html would show the trail first).
            fallback = "404.html" if os.path.isfile(os.path.join(self.directory, "404.html")) else "index.html"
            rel = fallback if rel else "index.html"
        self.path = "/" + rel + (("?" + parts.query) if parts.query else "")
        super().do_GET()

    do_HEAD = do_GET


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="dist")
    ap.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    ap.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    ap.add_argument("--base", default="/")
    a = ap.parse_args()
    base = "/" + a.base.strip("/") + "/" if a.base.strip("/") else "/"
    handler = functools.partial(type("H", (Handler,), {"base": base}), directory=os.path.abspath(a.dir))
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer((a.host, a.port), handler) as srv:
        # --port 0 picks a free port; tests read the real one from this line.
        print(f"Serving {a.dir} at http://{a.host}:{srv.server_address[1]}{base}", flush=True)
        srv.serve_forever()


if __name__ == "__main__":
    main()
