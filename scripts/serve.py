#!/usr/bin/env python3
"""Serve a built dist/ folder the way a static host should: correct MIME types, SPA fallback
for deep links, the recommended cache headers, brotli or gzip for text-like files
(Content-Encoding, `Vary: Accept-Encoding`), and an optional sub-path (--base /trailmap/).

Usage: serve.py [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /]
"""
import argparse
import email.utils
import functools
import http.server
import io
import os
import posixpath
import re
import sys
import threading
import urllib.parse

sys.dont_write_bytecode = True  # no scripts/__pycache__ from the imports below
import content_coding  # noqa: E402  brotli/gzip, shared with bench/server.py
from post_build import CSP  # noqa: E402  the policy of the build's <meta> tag, sent as a header too

MIME = {".wasm": "application/wasm", ".js": "text/javascript", ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml", ".json": "application/json", ".css": "text/css", ".png": "image/png"}


# Content-hashed names: main-<hex>.css, trailmap-<hex>_bg.wasm, boot-<hex>.js. Trunk writes its
# 64-bit hash without leading zeros, so a name can carry fewer than 16 digits.
HASHED = re.compile(r"-[0-9a-f]{8,16}(_bg)?\.[a-z]+$")


class Encoded:
    """Compressed copies of served files, made on first request in the coding asked for and
    kept while the file's size and mtime stay the same (a rebuild replaces them).

    Brotli quality 5 by default: the 1.3 MB wasm takes under a second, where quality 11 (what
    bench/server.py precompresses with) takes half a minute on a busy 2-core machine."""

    def __init__(self, brotli_quality: int):
        self.quality = brotli_quality
        self.codings = ("br", "gzip") if content_coding.has_brotli() else ("gzip",)
        self.lock = threading.Lock()
        self.files: dict[tuple[str, str], tuple[tuple[int, int], bytes]] = {}

    def get(self, path: str, st: os.stat_result, coding: str) -> bytes:
        key = (st.st_size, st.st_mtime_ns)
        with self.lock:
            hit = self.files.get((path, coding))
        if hit is None or hit[0] != key:
            with open(path, "rb") as f:
                body = content_coding.encode(f.read(), coding, self.quality)
            if body is None:
                raise OSError(f"no {coding} on this machine")
            hit = (key, body)
            with self.lock:
                self.files[(path, coding)] = hit
        return hit[1]


class Handler(http.server.SimpleHTTPRequestHandler):
    base = "/"
    encoded = Encoded(5)
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
        if posixpath.splitext(name)[1] in content_coding.COMPRESSIBLE or "." not in name:
            self.send_header("Vary", "Accept-Encoding")
        super().end_headers()

    def send_head(self):
        """Brotli or gzip for a text-like file when the client accepts it; the rest as
        SimpleHTTPRequestHandler sends it."""
        local = self.translate_path(self.path)
        if not os.path.isfile(local) or os.path.splitext(local)[1] not in content_coding.COMPRESSIBLE:
            return super().send_head()
        st = os.stat(local)
        if self.not_modified(st):
            self.send_response(304)
            self.end_headers()
            return None
        coding = content_coding.choose(self.headers.get("Accept-Encoding", ""), self.encoded.codings)
        if coding == "identity":
            return super().send_head()
        body = self.encoded.get(local, st, coding)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(local))
        self.send_header("Content-Encoding", coding)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(int(st.st_mtime)))
        self.end_headers()
        return io.BytesIO(body)

    def not_modified(self, st: os.stat_result) -> bool:
        since = self.headers.get("If-Modified-Since")
        if not since or "If-None-Match" in self.headers:
            return False
        try:
            when = email.utils.parsedate_to_datetime(since)
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        return when.tzinfo is not None and int(st.st_mtime) <= when.timestamp()

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
        if self.command == "HEAD":
            super().do_HEAD()
        else:
            super().do_GET()

    do_HEAD = do_GET


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="dist")
    ap.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    ap.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    ap.add_argument("--base", default="/")
    ap.add_argument("--brotli-quality", type=int, default=int(os.environ.get("BROTLI_QUALITY", "5")),
                    choices=range(12), metavar="0-11")
    a = ap.parse_args()
    base = "/" + a.base.strip("/") + "/" if a.base.strip("/") else "/"
    handler = functools.partial(type("H", (Handler,), {"base": base, "encoded": Encoded(a.brotli_quality)}),
                                directory=os.path.abspath(a.dir))
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer((a.host, a.port), handler) as srv:
        # --port 0 picks a free port; tests read the real one from this line.
        print(f"Serving {a.dir} at http://{a.host}:{srv.server_address[1]}{base}", flush=True)
        srv.serve_forever()


if __name__ == "__main__":
    main()
