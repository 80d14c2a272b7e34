#!/usr/bin/env python3
"""A plain static file server for dist/, standing in for the static hosts the guide runs on.

It has no rewrite rules. What it does for a path with no file depends on --missing:
  pages  answer with the site's 404.html and status 404 (GitHub Pages, Netlify, Cloudflare Pages)
  spa    answer with index.html and status 200 (hosts with a single-page-app fallback)
  plain  answer with a bare 404 (python -m http.server)
With --prefix the site is served under a subpath, as on a GitHub Pages project site.
With --precompressed it sends the build's .br/.gz twins when the client accepts them, as nginx's
gzip_static/brotli_static and most static hosts do (the benchmark uses this).
"""
import argparse
import io
import functools
import http.server
import os
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    missing = "pages"
    prefix = "/"
    precompressed = False

    def send_head(self):
        if self.precompressed:
            path = self.translate_path(self.path)
            if os.path.isdir(path):
                path = os.path.join(path, "index.html")
            accepted = self.headers.get("Accept-Encoding", "")
            for encoding, ext in (("br", ".br"), ("gzip", ".gz")):
                if encoding in accepted and os.path.isfile(path + ext) and os.path.isfile(path):
                    with open(path + ext, "rb") as f:
                        body = f.read()
                    self.send_response(200)
                    self.send_header("Content-Type", self.guess_type(path))
                    self.send_header("Content-Encoding", encoding)
                    self.send_header("Vary", "Accept-Encoding")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    return io.BytesIO(body)
        return super().send_head()

    def log_message(self, fmt, *args):  # quiet: tests read their own results
        pass

    def end_headers(self):
        # Revalidate everything so a rebuilt dist/ is never hidden by a cached copy during tests.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def translate_path(self, path):
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if self.prefix != "/":
            if not clean.startswith(self.prefix) and clean + "/" != self.prefix:
                return os.path.join(self.directory, "\0outside")
            path = "/" + clean[len(self.prefix):]
        return super().translate_path(path)

    def send_error(self, code, message=None, explain=None):
        if code != 404 or self.missing == "plain":
            return super().send_error(code, message, explain)
        name, status = ("404.html", 404) if self.missing == "pages" else ("index.html", 200)
        try:
            with open(os.path.join(self.directory, name), "rb") as f:
                body = f.read()
        except OSError:
            return super().send_error(code, message, explain)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", default="dist")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--missing", choices=["pages", "spa", "plain"], default="pages")
    parser.add_argument("--prefix", default="/")
    parser.add_argument("--precompressed", action="store_true")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.dir, "index.html")):
        sys.exit(f"serve: {args.dir}/index.html not found; run 'make build' first")
    prefix = "/" + args.prefix.strip("/") + "/" if args.prefix.strip("/") else "/"
    Handler.missing, Handler.prefix, Handler.precompressed = args.missing, prefix, args.precompressed
    Handler.extensions_map = {**Handler.extensions_map, ".wasm": "application/wasm", ".json": "application/json", ".webmanifest": "application/manifest+json"}
    handler = functools.partial(Handler, directory=os.path.abspath(args.dir))
    server = http.server.ThreadingHTTPServer((args.host, args.port), handler)
    print(f"Serving the guide at http://{args.host}:{args.port}{prefix}  (Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
