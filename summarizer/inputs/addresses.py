"""Where a fetched page may come from: the one check on every connection the page fetcher
opens, after name resolution, for the first URL and every redirect alike.

A news feed is untrusted input: one ``url`` line could point the fetcher at a metadata
service, an admin page or anything else on the user's own network, and the page's text
would land in the briefing. So a host is resolved here, every address it resolves to must
be public (not loopback, private, link-local, shared, reserved, unspecified or multicast,
an IPv4 address mapped or embedded in IPv6 included), and the connection goes to the
address that was checked, so a name that resolves differently a moment later (DNS
rebinding) gains nothing. Spellings such as ``127.1``, ``0x7f000001`` or ``2130706433``
resolve like any name and are caught as what they resolve to. ``allow_private`` (the
``SUMMARIZER_ALLOW_PRIVATE_URLS`` setting) lets a user fetch their intranet's pages.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpcore2

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class AddressRefused(Exception):
    """A host that resolves to an address pages may not be fetched from."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(
            f"{host} resolves to {address}, a loopback, private or reserved address; not fetched "
            "(set SUMMARIZER_ALLOW_PRIVATE_URLS=1 to fetch pages from your own network)"
        )


def is_public(address: Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo or (None, None))[1]
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public(embedded)
    return address.is_global and not address.is_multicast


def checked_address(host: str, port: int, allow_private: bool) -> str:
    """The address to connect to for ``host``: the first it resolves to, once every one of
    them has passed the check."""
    try:
        found = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise httpcore2.ConnectError(f"cannot resolve {host}: {exc.strerror}") from exc
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found]
    if not allow_private:
        for address in addresses:
            if not is_public(address):
                raise AddressRefused(host, str(address))
    return str(addresses[0])


class CheckedBackend(httpcore2.NetworkBackend):
    """httpcore's network backend, connecting only to checked addresses."""

    def __init__(self, inner: httpcore2.NetworkBackend, allow_private: bool) -> None:
        self._inner = inner
        self._allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        address = checked_address(host, port, self._allow_private)
        # TLS still verifies the certificate against ``host``: httpcore passes the URL's
        # host as the server name, whatever address the stream is connected to.
        return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore2.NetworkStream:
        raise AddressRefused(path, "a unix socket")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
