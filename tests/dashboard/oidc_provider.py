"""A small OpenID Connect provider in a thread of the test process, for the sign-in test.

It speaks just enough of the authorization-code flow for Streamlit's ``st.login``: discovery
(``/.well-known/openid-configuration``), ``/authorize`` (signs in whoever ``person`` says, at once,
and sends the browser back with a code), ``/token`` (an RS256-signed ID token carrying the nonce)
and ``/jwks``. Nothing is checked that a test does not need: it is a stand-in for Google or Okta.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "forecasts-dashboard"
CLIENT_SECRET = "test-client-secret"


@dataclass
class Provider:
    """The running provider: its issuer URL, who it signs in, and the codes it has handed out."""

    issuer: str
    person: dict[str, Any]
    key: RSAKey = field(default_factory=lambda: RSAKey.generate_key(2048, parameters={"kid": "test-key"}))
    codes: dict[str, str] = field(default_factory=dict)  # code -> nonce

    @property
    def metadata_url(self) -> str:
        """What ``server_metadata_url`` in the secrets points at."""
        return f"{self.issuer}/.well-known/openid-configuration"

    def id_token(self, nonce: str) -> str:
        """A signed ID token for ``person``."""
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": CLIENT_ID, "iat": now, "exp": now + 600, "nonce": nonce, **self.person}
        return jwt.encode({"alg": "RS256", "kid": "test-key"}, claims, self.key)


def _handler(provider: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002  (the base class's name)
            pass

        def _json(self, data: dict[str, Any]) -> None:
            body = json.dumps(data).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802  (http.server's name)
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/.well-known/openid-configuration":
                self._json(
                    {
                        "issuer": provider.issuer,
                        "authorization_endpoint": f"{provider.issuer}/authorize",
                        "token_endpoint": f"{provider.issuer}/token",
                        "jwks_uri": f"{provider.issuer}/jwks",
                        "response_types_supported": ["code"],
                        "subject_types_supported": ["public"],
                        "id_token_signing_alg_values_supported": ["RS256"],
                    }
                )
            elif url.path == "/jwks":
                self._json({"keys": [provider.key.as_dict(private=False) | {"alg": "RS256", "use": "sig"}]})
            elif url.path == "/authorize":
                code = secrets.token_urlsafe(16)
                provider.codes[code] = query.get("nonce", "")
                back = query["redirect_uri"] + "?" + urlencode({"code": code, "state": query.get("state", "")})
                self.send_response(302)
                self.send_header("Location", back)
                self.end_headers()
            else:
                self.send_error(404)

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            nonce = provider.codes.pop(form.get("code", ""), None)
            if urlsplit(self.path).path != "/token" or nonce is None:
                self.send_error(400)
                return
            self._json(
                {
                    "access_token": secrets.token_urlsafe(16),
                    "token_type": "Bearer",
                    "expires_in": 600,
                    "id_token": provider.id_token(nonce),
                }
            )

    return Handler


@contextmanager
def run_provider(person: dict[str, Any]) -> Iterator[Provider]:
    """Serve a provider on a free port of 127.0.0.1 that signs in ``person`` (ID-token claims)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    provider = Provider(f"http://127.0.0.1:{server.server_address[1]}", person)
    server.RequestHandlerClass = _handler(provider)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()
