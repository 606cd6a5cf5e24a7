"""What every chat platform stand-in shares: an aiohttp server on a free port of 127.0.0.1.

A stand-in says which routes it serves (``routes``) and what to close before the server goes
(``closing``); starting, stopping and ``async with`` are written once here.
"""

from __future__ import annotations

from typing import Self

from aiohttp import web

__all__ = ["LoopbackServer", "WebPages"]


class LoopbackServer:
    """An aiohttp application on 127.0.0.1, on a port the system picks, for one test."""

    _runner: web.AppRunner | None = None
    _port = 0

    def routes(self, app: web.Application) -> None:
        """Add the stand-in's routes to ``app``."""
        raise NotImplementedError

    async def closing(self) -> None:
        """Close what the stand-in holds open (its websocket) before the server stops."""

    @property
    def base(self) -> str:
        """``host:port`` of the running server, for the URLs a stand-in hands out."""
        return f"127.0.0.1:{self._port}"

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        app = web.Application()
        self.routes(app)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self._port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Close the stand-in's connections, then the server."""
        await self.closing()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


class WebPages(LoopbackServer):
    """A web server that is no chat platform: every request gets an HTML "404 Not Found" page,
    as from a mistyped API address (or a proxy's error page)."""

    def routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/{path:.*}", self._page)

    async def _page(self, request: web.Request) -> web.Response:
        page = "<!DOCTYPE html>\n<html>\n<body>\n<h1>Not Found</h1>\n<p>Nothing here.</p>\n</body>\n</html>\n"
        return web.Response(status=404, text=page, content_type="text/html")
