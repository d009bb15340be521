"""HTTP content coding for the servers of this repository (scripts/serve.py, bench/server.py):
which files to compress, brotli and gzip bytes, and the coding a request's Accept-Encoding
asks for.

Brotli comes from the `brotli` Python module (Debian's python3-brotli) or, failing that, the
`brotli` command; with neither, files go out gzipped. Pure standard library otherwise.
"""
import gzip
import shutil
import subprocess

try:  # Debian's python3-brotli (scripts/setup.sh installs it)
    import brotli as _brotli
except ImportError:  # pragma: no cover - depends on the machine
    _brotli = None

# Text-like files of a build; PNGs and other already compressed files go as they are.
COMPRESSIBLE = {".html", ".wasm", ".js", ".css", ".webmanifest", ".svg", ".json"}


def has_brotli() -> bool:
    return _brotli is not None or shutil.which("brotli") is not None


def brotli_bytes(data: bytes, quality: int = 11) -> bytes | None:
    """Brotli at `quality` (0-11), or None when this machine has no brotli."""
    if _brotli is not None:
        return _brotli.compress(data, quality=quality)
    if shutil.which("brotli"):
        return subprocess.run(["brotli", "-c", "-q", str(quality)], input=data,
                              capture_output=True, check=True).stdout
    return None


def gzip_bytes(data: bytes, level: int = 9) -> bytes:
    return gzip.compress(data, compresslevel=level, mtime=0)


def encode(data: bytes, coding: str, brotli_quality: int = 11) -> bytes | None:
    """`data` in one coding (`br`, `gzip` or `identity`); None if this machine can't make it."""
    if coding == "br":
        return brotli_bytes(data, brotli_quality)
    if coding == "gzip":
        return gzip_bytes(data)
    return data if coding == "identity" else None


def encodings(data: bytes, suffix: str, brotli_quality: int = 11) -> dict[str, bytes]:
    """`identity`, plus `br` (when available) and `gzip` for a compressible file type."""
    enc = {"identity": data}
    if suffix in COMPRESSIBLE:
        for coding in ("br", "gzip"):
            body = encode(data, coding, brotli_quality)
            if body is not None:
                enc[coding] = body
    return enc


def accepted(accept_encoding: str) -> dict[str, float]:
    """The codings of an Accept-Encoding header with their q-values (RFC 9110, 12.5.3)."""
    out = {}
    for part in accept_encoding.split(","):
        name, _, params = part.strip().partition(";")
        name = name.strip().lower()
        if not name:
            continue
        q = 1.0
        for p in params.split(";"):
            key, _, value = p.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        out[name] = q
    return out


def choose(accept_encoding: str, available=("br", "gzip")) -> str:
    """The coding to send: brotli, then gzip, when the client accepts it (q > 0) and the
    file has it; else identity."""
    acc = accepted(accept_encoding or "")
    for coding in ("br", "gzip"):
        q = acc.get(coding, acc.get("*", 0.0))
        if coding in available and q > 0:
            return coding
    return "identity"
