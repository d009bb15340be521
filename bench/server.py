#!/usr/bin/env python3
"""Benchmark server: serves a built dist/ the way a production static host would, and counts
what it sends.

Like scripts/serve.py (SPA fallback, the same Cache-Control policy, Last-Modified/304), plus:
- Content-Encoding: brotli (quality 11, precompressed at start-up) when the client accepts
  `br`, else gzip (level 9), for text-like files; PNGs go as they are;
- a log of every response (path, status, bytes on the wire for the body) that the benchmark
  reads and clears through `GET /__bench/log` and `POST /__bench/log` (POST clears).

Usage: server.py --dir DIST --port 4205
"""
import argparse
import email.utils
import json
import os
import posixpath
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
# Brotli/gzip and Accept-Encoding, shared with scripts/serve.py.
from content_coding import choose, encodings  # noqa: E402

MIME = {".html": "text/html; charset=utf-8", ".wasm": "application/wasm", ".js": "text/javascript",
        ".css": "text/css", ".webmanifest": "application/manifest+json", ".svg": "image/svg+xml",
        ".json": "application/json", ".png": "image/png"}


def cache_control(name: str) -> str | None:
    """The policy of scripts/serve.py: shell and sw.js revalidate; hashed files are immutable."""
    if name in ("", "sw.js") or name.endswith(".html") or "." not in name:
        return "no-cache"
    if "-" in name and name.rsplit(".", 1)[0].rsplit("-", 1)[-1].isalnum() and len(name) > 20:
        return "public, max-age=31536000, immutable"
    return None


class Files:
    """Every file of dist/ in memory with its encodings."""

    def __init__(self, root: Path):
        self.files = {}
        for p in root.rglob("*"):
            if p.is_file():
                data = p.read_bytes()
                enc = encodings(data, p.suffix, brotli_quality=11)
                mtime = email.utils.formatdate(int(p.stat().st_mtime), usegmt=True)
                self.files[p.relative_to(root).as_posix()] = (enc, MIME.get(p.suffix, "application/octet-stream"), mtime)


class Handler(BaseHTTPRequestHandler):
    files: Files
    log: list
    lock = threading.Lock()
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def do_POST(self):
        if self.path == "/__bench/log":
            with self.lock:
                self.log.clear()
            self._send(200, b"{}", "application/json")
        else:
            self._send(404, b"", "text/plain")

    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        if path == "/__bench/log":
            with self.lock:
                body = json.dumps(self.log).encode()
            self._send(200, body, "application/json", record=False)
            return
        rel = "/".join(p for p in path.split("/") if p not in ("", ".."))
        if rel and rel + ".html" in self.files.files:
            rel += ".html"  # a prerendered page: /project/x → project/x.html
        elif rel not in self.files.files:
            # SPA fallback for deep links: the app's frame (404.html), or the trail at "/".
            rel = "404.html" if rel and "404.html" in self.files.files else "index.html"
        enc, mime, mtime = self.files.files[rel]
        headers = {"Last-Modified": mtime, "Vary": "Accept-Encoding"}
        cc = cache_control(posixpath.basename(path))
        if cc:
            headers["Cache-Control"] = cc
        if self.headers.get("If-Modified-Since") == mtime:
            self._send(304, b"", mime, headers, path=path)
            return
        coding = choose(self.headers.get("Accept-Encoding", ""), enc)
        if coding != "identity":
            headers["Content-Encoding"] = coding
        self._send(200, enc[coding], mime, headers, path=path)

    def _send(self, status, body, mime, headers=None, path=None, record=True):
        self.send_response(status)
        self.send_header("Content-Type", mime)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        if record and path is not None:
            with self.lock:
                self.log.append({"path": path, "status": status, "bytes": len(body),
                                 "encoding": (headers or {}).get("Content-Encoding", "identity")})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--port", type=int, default=4205)
    a = ap.parse_args()
    handler = type("H", (Handler,), {"files": Files(Path(a.dir)), "log": []})
    ThreadingHTTPServer.allow_reuse_address = True
    with ThreadingHTTPServer(("127.0.0.1", a.port), handler) as srv:
        print(f"bench server: {a.dir} at http://127.0.0.1:{a.port}/", flush=True)
        srv.serve_forever()


if __name__ == "__main__":
    main()
