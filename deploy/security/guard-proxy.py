#!/usr/bin/env python3
"""The HTTP proxy the scanners of scan.sh go through (python3 guard-proxy.py LISTEN_PORT TARGET_PORT LOG_FILE).

It forwards requests to Rapport at 127.0.0.1:TARGET_PORT only and refuses two kinds:
  - any other destination (403): nothing a scanner does can leave the machine or reach another service;
  - signing out (403): Rapport's pages carry the sign-out button in a form of their own (session:signout,
    idle:leave), which a scanner would post like any other form and so end the session it scans with.
Every refused request is written to LOG_FILE, one line each.
"""
import http.client
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote_plus, urlsplit

LISTEN_PORT, TARGET_PORT, LOG_FILE = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
TARGET = "127.0.0.1:%d" % TARGET_PORT
SIGN_OUT_MARKS = ("session:signout", "idle:leave", "signout.signout", "/logout")
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization",
              "te", "trailer", "transfer-encoding", "upgrade", "content-length"}
log_lock = threading.Lock()


def refused(reason, line):
    with log_lock, open(LOG_FILE, "a", encoding="utf-8") as log:
        log.write("%s\t%s\n" % (reason, line))


class Guard(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def handle(self):
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the scanner gave up on this request (its time-out): nothing to answer

    def log_message(self, format, *args):  # quiet: the scanners keep their own logs
        pass

    def handle_any(self):
        parts = urlsplit(self.path)
        host = parts.netloc or self.headers.get("Host", "")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if parts.scheme not in ("", "http") or host != TARGET:
            refused("not Rapport", "%s %s" % (self.command, self.path))
            return self.answer(403, b"guard-proxy: only " + TARGET.encode() + b" is scanned\n")
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        seen = (target + "\n" + body.decode("latin-1")).lower()
        if any(mark in seen or mark in unquote_plus(seen) for mark in SIGN_OUT_MARKS):
            refused("sign-out", "%s %s" % (self.command, target))
            return self.answer(403, b"guard-proxy: signing out is not scanned\n")
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["Host"] = TARGET
        upstream = http.client.HTTPConnection("127.0.0.1", TARGET_PORT, timeout=120)
        try:
            upstream.request(self.command, target, body=body if length else None, headers=headers)
            response = upstream.getresponse()
            content = response.read()
            self.send_response(response.status, response.reason)
            for name, value in response.getheaders():
                if name.lower() not in HOP_BY_HOP:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(content)
        except (BrokenPipeError, ConnectionResetError):
            raise
        except (OSError, http.client.HTTPException) as e:
            self.answer(502, ("guard-proxy: %s\n" % e).encode())
        finally:
            upstream.close()

    def answer(self, status, text):
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(text)

    do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = do_TRACE = handle_any

    def do_CONNECT(self):  # no tunnels: Rapport is scanned over plain HTTP on loopback
        refused("not Rapport", "CONNECT %s" % self.path)
        self.answer(403, b"guard-proxy: no CONNECT\n")


if __name__ == "__main__":
    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer(("127.0.0.1", LISTEN_PORT), Guard).serve_forever()
