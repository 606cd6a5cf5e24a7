"""A loopback stand-in for Discord's REST API and gateway, for driving the real discord.py client.

One bot, one guild with two text channels, a DM channel, and three users: alice and bob, and
another bot. It records every REST request and every gateway payload the client sends,
dispatches MESSAGE_CREATE (and MESSAGE_UPDATE), THREAD_CREATE and INTERACTION_CREATE on demand,
and can inject HTTP faults or delays, refuse a channel, drop the gateway connection, stop
acknowledging heartbeats, or accept connections and never answer them. A message over one of
Discord's limits (2,000 characters of content, 10 embeds, an embed's title 256, description
4,096, 6,000 in all, …) is refused as Discord refuses it (400, Invalid Form Body) and noted in
``problems``.

    async with StandIn() as discord:
        # point discord.py at discord.api_base / discord.gateway_url, log in with discord.token
        await discord.send_message(f"{discord.bot_mention} what did Hua say?")
        reply = await discord.wait_for("POST", "/channels/{channel}/messages")

Only what a small bot needs is modelled; unknown routes answer 404 and are recorded too.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

from tests.loopback import LoopbackServer

__all__ = ["PRIVILEGED_INTENTS", "Fault", "Request", "StandIn"]

API_PREFIX = "/api/v10"
DISCORD_EPOCH_MS = 1_420_070_400_000
EPHEMERAL = 1 << 6
PRIVILEGED_INTENTS = {"members": 1 << 1, "presences": 1 << 8, "message_content": 1 << 15}
ALL_PERMISSIONS = str((1 << 50) - 1)

# Discord's message limits: content, embeds a message, and per embed: title, description, fields,
# field name and value, footer, author name, all of its text; buttons a row, rows, label, custom_id.
CONTENT, EMBEDS, TITLE, DESCRIPTION, FIELDS, FIELD_NAME, FIELD_VALUE = 2_000, 10, 256, 4_096, 25, 256, 1_024
FOOTER, AUTHOR, EMBED_TOTAL, BUTTONS, ROWS, LABEL, CUSTOM_ID = 2_048, 256, 6_000, 5, 5, 80, 100
CHOICES, CHOICE_NAME = 25, 100  # autocomplete

# Interaction callback types (Discord "Interaction Response Types").
CHANNEL_MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE = 4, 5, 6, 7

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Request:
    """One REST request as the stand-in received it (path without the ``/api/v10`` prefix)."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    headers: dict[str, str]
    status: int

    @property
    def message(self) -> JSON:
        """The message being sent: an interaction callback's ``data``, else the whole body."""
        body: JSON = self.json or {}
        return (body.get("data") or body) if "/interactions/" in self.path else body

    @property
    def embed(self) -> JSON:
        """The first embed of the message being sent."""
        return self.message["embeds"][0]


@dataclass(slots=True)
class Fault:
    """Hold the next ``times`` (None: all) requests matching ``method`` and ``path`` ``delay`` s,
    then answer them with ``status`` (None: as normal)."""

    method: str
    path: re.Pattern[str]
    status: int | None
    times: int | None = 1
    retry_after: float = 0.05
    delay: float = 0.0
    code: int = 0  # Discord's JSON error code, e.g. 50083 "Thread is archived"
    text: str = ""  # and its message


@dataclass(slots=True)
class _Interaction:
    payload: JSON
    message_id: int | None = None
    deferred: bool = False
    followed_up: bool = False


class StandIn(LoopbackServer):
    """A fake Discord for one bot on 127.0.0.1; start with ``async with`` or ``start()``/``stop()``."""

    def __init__(
        self,
        *,
        token: str = "standin-bot-token",
        privileged_intents: frozenset[str] = frozenset(),
        timeout: float = 5.0,
        heartbeat_interval: float = 41.25,
    ) -> None:
        self.token = token
        self.privileged_intents = privileged_intents
        self.timeout = timeout
        self.heartbeat_interval = heartbeat_interval
        self.ack_heartbeats = True  # False: a zombie connection, open but never acknowledging
        # True: the bot's own posts come back as MESSAGE_CREATE, as from Discord, before the REST answer.
        self.echo_own = False
        # Accept REST requests, or gateway connections, and never answer them.
        self.rest_silent = self.gateway_silent = False
        self._ids = itertools.count(1)
        self.app_id = self._snowflake()
        self.guild_id = self._snowflake()
        self.channel_id = self._snowflake()
        self.other_channel_id = self._snowflake()
        self.dm_channel_id = self._snowflake()
        self.bot_user = _user(self._snowflake(), "article-bot", bot=True)
        self.bot_role_id = self._snowflake()  # the role Discord makes for the bot, of the same name
        self.user = _user(self._snowflake(), "alice")
        self.other_user = _user(self._snowflake(), "bob")
        self.other_bot = _user(self._snowflake(), "otherbot", bot=True)

        self.requests: list[Request] = []
        self.received: list[JSON] = []  # every gateway payload the client sent
        self.close_codes: list[int | None] = []  # per connection: 1000 if the client closed it
        self.commands: dict[int | None, list[JSON]] = {}  # guild id (None: global) -> last sync
        self.messages: dict[int, JSON] = {}
        self.faults: list[Fault] = []
        self.problems: list[str] = []  # messages Discord would have refused, and why
        self.held = 0  # requests being held by ``slow`` right now
        self.session_id = "standin-session"

        self._interactions: dict[str, _Interaction] = {}
        self._seq = 0
        self._dispatched: list[JSON] = []  # every DISPATCH sent, for RESUME to replay what was missed
        self._mark = 0
        self._ws: web.WebSocketResponse | None = None  # the current gateway connection
        self._connected = asyncio.Event()
        self._changed = asyncio.Condition()
        self._stopping = asyncio.Event()  # releases held and silent requests at stop()
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., Awaitable[web.Response]]]] = [
            ("GET", re.compile(r"/users/@me"), self._me),
            ("GET", re.compile(r"/oauth2/applications/@me"), self._application),
            ("GET", re.compile(r"/applications/\d+(?:/guilds/(\d+))?/commands"), self._commands),
            ("PUT", re.compile(r"/applications/\d+(?:/guilds/(\d+))?/commands"), self._sync),
            ("POST", re.compile(r"/channels/(\d+)/typing"), self._no_content),
            ("POST", re.compile(r"/channels/(\d+)/messages"), self._create_message),
            ("PATCH", re.compile(r"/channels/\d+/messages/(\d+)"), self._edit_message),
            ("DELETE", re.compile(r"/channels/\d+/messages/(\d+)"), self._delete_message),
            ("POST", re.compile(r"/interactions/(\d+)/([^/]+)/callback"), self._callback),
            ("POST", re.compile(r"/webhooks/\d+/([^/]+)"), self._followup),
            ("PATCH", re.compile(r"/webhooks/\d+/([^/]+)/messages/(@original|\d+)"), self._edit_webhook),
            ("DELETE", re.compile(r"/webhooks/\d+/([^/]+)/messages/(@original|\d+)"), self._delete_webhook),
        ]

    # -- lifecycle ---------------------------------------------------------------------------

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/gateway", self._gateway_handler)
        app.router.add_route("*", API_PREFIX + "/{path:.*}", self._rest_handler)

    async def closing(self) -> None:
        """Release held and silent requests, and close the gateway connection."""
        self._stopping.set()
        if self._ws is not None:
            await self._ws.close()

    @property
    def api_base(self) -> str:
        """What ``DISCORD_API_BASE`` / ``discord.http.Route.BASE`` should be."""
        return f"http://{self.base}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        """What ``DISCORD_GATEWAY_URL`` / ``DiscordWebSocket.DEFAULT_GATEWAY`` should be."""
        return f"ws://{self.base}/gateway"

    @property
    def bot_mention(self) -> str:
        """The text a Discord client puts in a message that @mentions the bot."""
        return f"<@{self.bot_user['id']}>"

    # -- driving the client ------------------------------------------------------------------

    @property
    def bot_role_mention(self) -> str:
        """The text of a message mentioning the bot's own role, which clients offer beside the bot."""
        return f"<@&{self.bot_role_id}>"

    def new_user(self, name: str) -> JSON:
        """Another person in the guild, to pass as ``author=`` or ``user=`` (load tests need many)."""
        return _user(self._snowflake(), name)

    async def wait_until_ready(self) -> None:
        """Wait until the client has identified (or resumed) on the gateway."""
        await asyncio.wait_for(self._connected.wait(), self.timeout)

    async def send_message(
        self,
        content: str,
        *,
        author: JSON | None = None,
        mentions: list[JSON] | None = None,
        mention_everyone: bool = False,
        channel_id: int | None = None,
        reply_to: JSON | None = None,
    ) -> JSON:
        """Dispatch MESSAGE_CREATE; ``mentions`` defaults to the bot when the text mentions it.

        In ``dm_channel_id`` the message is a direct message: no guild, no member. ``reply_to``
        makes it a reply to that message, pinging its author as Discord's client does by default.
        """
        if mentions is None:
            mentions = [self.bot_user] if self.bot_mention in content else []
        author = author or self.user
        replying: JSON = {}
        if reply_to is not None:
            mentions = [*mentions, reply_to["author"]]
            replying = {"type": 19, "referenced_message": reply_to, "message_reference": {
                "type": 0, "message_id": reply_to["id"], "channel_id": reply_to["channel_id"]}}
        message = self._message(
            channel_id or self.channel_id,
            author,
            content=content,
            mentions=mentions,
            mention_everyone=mention_everyone,
            mention_roles=[str(self.bot_role_id)] if self.bot_role_mention in content else [],
            **replying,
        )
        if "guild_id" in message:
            message["member"] = _member(author, with_user=False)
        await self.dispatch("MESSAGE_CREATE", message)
        return message

    async def open_thread(self, parent_id: int | None = None) -> int:
        """Dispatch THREAD_CREATE: alice opens a public thread in ``parent_id`` (default the channel)."""
        thread_id = self._snowflake()
        await self.dispatch("THREAD_CREATE", {
            "id": str(thread_id), "guild_id": str(self.guild_id), "type": 11, "name": "follow-up",
            "parent_id": str(parent_id or self.channel_id), "owner_id": self.user["id"],
            "last_message_id": None, "message_count": 0, "member_count": 1, "rate_limit_per_user": 0,
            "flags": 0, "newly_created": True,
            "thread_metadata": {"archived": False, "auto_archive_duration": 1440, "locked": False,
                                "archive_timestamp": _now()},
        })
        return thread_id

    async def delete_message(self, message: JSON) -> None:
        """Dispatch MESSAGE_DELETE: the author deletes ``message``; a reply to it is refused from now."""
        self.messages.pop(int(message["id"]), None)
        ids = {key: message[key] for key in ("id", "channel_id", "guild_id") if key in message}
        await self.dispatch("MESSAGE_DELETE", ids)

    async def edit_message(self, message: JSON, content: str) -> None:
        """Dispatch MESSAGE_UPDATE: the author edits ``message`` (one ``send_message`` returned)."""
        message.update(content=content, edited_timestamp=_now())
        await self.dispatch("MESSAGE_UPDATE", message)

    async def slash(self, command: str, /, *, user: JSON | None = None, direct: bool = False,
                    **options: Any) -> JSON:
        """Dispatch a slash command interaction ``/command option=value ...``; ``direct``: in a DM."""
        data = {
            "id": str(self._snowflake()),
            "name": command,
            "type": 1,
            "options": _options(options),
        }
        return await self._interact(2, data, user, direct=direct)

    async def autocomplete(self, name: str, focused: str, value: str, *, user: JSON | None = None) -> JSON:
        """Dispatch an autocomplete interaction: the user is typing ``value`` into ``focused``."""
        options = [{"name": focused, "type": 3, "value": value, "focused": True}]
        data = {"id": str(self._snowflake()), "name": name, "type": 1, "options": options}
        return await self._interact(4, data, user)

    def custom_id(self, message_id: int, label: str) -> str:
        """The custom_id of the button labelled ``label`` on a message the bot sent."""
        buttons = [b for row in self.messages[message_id]["components"] for b in row["components"]]
        return next(b["custom_id"] for b in buttons if b.get("label") == label)

    async def click(
        self, message_id: int, label: str | None = None, *, custom_id: str | None = None,
        user: JSON | None = None,
    ) -> JSON:
        """Dispatch a press of the button labelled ``label`` on a message the bot sent.

        With ``custom_id``, press a button the message may no longer show, as a client that
        has not caught up with an edit can (or two presses in quick succession).
        """
        message = self.messages[message_id]
        if custom_id is None:
            assert label is not None
            custom_id = self.custom_id(message_id, label)
        data = {"custom_id": custom_id, "component_type": 2}
        direct = int(message["channel_id"]) == self.dm_channel_id
        return await self._interact(3, data, user, message=message, direct=direct)

    async def dispatch(self, event: str, data: JSON) -> None:
        """Send one DISPATCH to the connected client; later ``wait_for`` calls look after it.

        If the connection drops meanwhile, the client gets the event when it resumes, as from Discord.
        """
        await self.wait_until_ready()
        assert self._ws is not None
        self._mark = len(self.requests)
        with contextlib.suppress(ConnectionResetError):
            await self._send_event(self._ws, event, data)

    async def drop_gateway(self, code: int = 4000) -> None:
        """Close the gateway connection as Discord does on an outage; the client should resume."""
        await self.wait_until_ready()
        assert self._ws is not None
        self._connected.clear()
        await self._ws.close(code=code)

    async def invalidate_session(self) -> None:
        """Send op 9 (not resumable), as Discord does when another process logs in with the token."""
        await self.wait_until_ready()
        assert self._ws is not None
        self._connected.clear()
        await self._ws.send_json({"op": 9, "d": False})

    def fail(
        self, method: str, path: str, status: int, *, times: int | None = 1, retry_after: float = 0.05,
        code: int = 0, text: str = "",
    ) -> None:
        """Answer the next ``times`` (None: every) request matching ``method`` and ``path`` with ``status``.

        ``path`` is a regex as in ``wait_for``; a 429 asks the client to wait ``retry_after`` s.
        ``code`` and ``text`` are Discord's error code and message (e.g. 10008, "Unknown Message").
        """
        fault = Fault(method, self._pattern(path), status, times, retry_after, code=code, text=text)
        self.faults.append(fault)

    def refuse(self, channel_id: int, status: int = 403, *, code: int = 0, text: str = "") -> None:
        """Make every post to ``channel_id`` fail as Discord does when the bot may not (403) or
        cannot (404) see it, or (400, code 50083) the thread is locked."""
        self.fail("POST", rf"/channels/{channel_id}/messages", status, times=None, code=code, text=text)

    def slow(self, method: str, path: str, seconds: float, *, times: int | None = None) -> None:
        """Hold requests matching ``method`` and ``path`` for ``seconds`` before answering them."""
        self.faults.append(Fault(method, self._pattern(path), None, times, delay=seconds))

    async def wait_until_held(self, count: int = 1, timeout: float | None = None) -> None:
        """Wait until ``count`` requests are being held by ``slow`` at once."""
        async with self._changed:
            held = self._changed.wait_for(lambda: self.held >= count)
            await asyncio.wait_for(held, timeout or self.timeout)

    async def wait_for(self, method: str, path: str, *, after: int | None = None) -> Request:
        """The first recorded request matching ``method`` and ``path`` since ``after``.

        ``after`` is an index into ``requests``; by default, the last event this stand-in
        dispatched. ``path`` is a regex over the path without ``/api/v10``; ``{channel}``,
        ``{guild}`` and ``{app}`` stand for the stand-in's ids.
        """
        start = self._mark if after is None else after
        pattern = self._pattern(path)

        def found() -> Request | None:
            return next(
                (r for r in self.requests[start:] if r.method == method and pattern.fullmatch(r.path)),
                None,
            )

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(found), self.timeout)
        request = found()
        assert request is not None
        return request

    def requests_to(self, method: str, path: str) -> list[Request]:
        """All recorded requests matching ``method`` and ``path`` (a regex as in ``wait_for``)."""
        pattern = self._pattern(path)
        return [r for r in self.requests if r.method == method and pattern.fullmatch(r.path)]

    def gateway_ops(self, op: int) -> list[JSON]:
        """The ``d`` of every gateway payload with opcode ``op`` the client sent."""
        return [p["d"] for p in self.received if p.get("op") == op]

    # -- gateway -----------------------------------------------------------------------------

    async def _gateway_handler(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        if self.gateway_silent:
            await self._stopping.wait()
            return ws
        self._ws = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": int(self.heartbeat_interval * 1000)}})
        async for frame in ws:
            if frame.type is not WSMsgType.TEXT:
                continue
            payload = json.loads(frame.data)
            self.received.append(payload)
            await self._on_gateway(ws, payload)
        self.close_codes.append(ws.close_code)
        if self._ws is ws:
            self._connected.clear()
        return ws

    async def _on_gateway(self, ws: web.WebSocketResponse, payload: JSON) -> None:
        op, data = payload.get("op"), payload.get("d")
        if op == 1 and self.ack_heartbeats:  # heartbeat
            await ws.send_json({"op": 11})
        elif op == 2:  # identify
            await self._identify(ws, data)
        elif op == 6:  # resume
            if data["token"] != self.token or data["session_id"] != self.session_id:
                await ws.send_json({"op": 9, "d": False})
                return
            for missed in (p for p in self._dispatched if p["s"] > (data.get("seq") or 0)):
                await ws.send_json(missed)  # Discord replays what the client missed, then RESUMED
            await self._send_event(ws, "RESUMED", {})
            self._connected.set()

    async def _identify(self, ws: web.WebSocketResponse, data: JSON) -> None:
        if data["token"] != self.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        refused = any(
            data["intents"] & bit and name not in self.privileged_intents
            for name, bit in PRIVILEGED_INTENTS.items()
        )
        if refused:  # as Discord does when an intent is not enabled in the developer portal
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        ready = {
            "v": 10,
            "user": self.bot_user,
            "guilds": [{"id": str(self.guild_id), "unavailable": True}],
            "session_id": self.session_id,
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.app_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        await self._send_event(ws, "READY", ready)
        await self._send_event(ws, "GUILD_CREATE", self._guild())
        self._connected.set()

    async def _send_event(self, ws: web.WebSocketResponse, event: str, data: JSON) -> None:
        self._seq += 1
        payload = {"op": 0, "t": event, "s": self._seq, "d": data}
        self._dispatched.append(payload)
        await ws.send_json(payload)

    async def _interact(
        self, kind: int, data: JSON, user: JSON | None, *, message: JSON | None = None, direct: bool = False
    ) -> JSON:
        """Dispatch INTERACTION_CREATE; ``direct``: from the user's DM with the bot (no guild, no member)."""
        token = f"interaction-token-{self._snowflake()}"
        payload: JSON = {
            "id": str(self._snowflake()),
            "application_id": str(self.app_id),
            "type": kind,
            "data": data,
            "guild_id": str(self.guild_id),
            "channel_id": str(self.channel_id),
            "channel": self._channel(),
            "member": {**_member(user or self.user), "permissions": ALL_PERMISSIONS},
            "app_permissions": ALL_PERMISSIONS,
            "token": token,
            "version": 1,
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(self.guild_id)},
            "context": 0,
            "attachment_size_limit": 8 * 1024 * 1024,
        }
        if direct:
            for key in ("guild_id", "member", "guild_locale"):
                del payload[key]
            person = user or self.user
            payload.update(channel_id=str(self.dm_channel_id), user=person, context=1,
                           channel={"id": str(self.dm_channel_id), "type": 1, "recipients": [person]})
        if message is not None:
            payload["message"] = message
        self._interactions[token] = _Interaction(payload)
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    # -- REST --------------------------------------------------------------------------------

    async def _rest_handler(self, request: web.Request) -> web.Response:
        if self.rest_silent:
            await self._stopping.wait()
        path = "/" + request.match_info["path"]
        body = await request.json() if request.can_read_body else None
        response = await self._fault(request.method, path)
        if response is None:
            response = await self._route(request, path, body)
        recorded = Request(
            request.method, path, dict(request.query), body, dict(request.headers), response.status
        )
        async with self._changed:
            self.requests.append(recorded)
            self._changed.notify_all()
        return response

    async def _route(self, request: web.Request, path: str, body: Any) -> web.Response:
        authorized = request.headers.get("Authorization") == f"Bot {self.token}"
        for method, pattern, handler in self._routes:
            match = pattern.fullmatch(path)
            if match and method == request.method:
                public = path.startswith(("/interactions/", "/webhooks/"))
                if not (public or authorized):
                    return _json({"message": "401: Unauthorized", "code": 0}, status=401)
                if isinstance(body, dict) and method in ("POST", "PATCH"):
                    refused = _over_limits(body.get("data") if "/callback" in path else body)
                    if refused:
                        self.problems += [f"{method} {path}: {why}" for why in refused]
                        return _json({"message": "Invalid Form Body", "code": 50035,
                                      "errors": {"_errors": [{"message": w} for w in refused]}}, status=400)
                return await handler(body, *match.groups())
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    async def _fault(self, method: str, path: str) -> web.Response | None:
        fault = next((f for f in self.faults if f.method == method and f.path.fullmatch(path)), None)
        if fault is None:
            return None
        if fault.times is not None:
            fault.times -= 1
            if fault.times <= 0:
                self.faults.remove(fault)
        if fault.delay:
            async with self._changed:
                self.held += 1
                self._changed.notify_all()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), fault.delay)
            self.held -= 1
        if fault.status is None:
            return None
        if fault.status == 429:
            body = {"message": "You are being rate limited.", "retry_after": fault.retry_after}
            return _json({**body, "global": False}, status=429, headers={"Via": "1.1 google"})
        return _json({"message": fault.text or f"{fault.status}: injected", "code": fault.code},
                     status=fault.status)

    async def _me(self, body: Any) -> web.Response:
        return _json(self.bot_user)

    async def _application(self, body: Any) -> web.Response:
        return _json(
            {
                "id": str(self.app_id),
                "name": "article-bot",
                "icon": None,
                "description": "",
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "0" * 64,
                "flags": 0,
                "owner": self.user,
                "team": None,
            }
        )

    async def _commands(self, body: Any, guild_id: str | None) -> web.Response:
        return _json(self.commands.get(int(guild_id) if guild_id else None, []))

    async def _sync(self, body: list[JSON], guild_id: str | None) -> web.Response:
        guild = int(guild_id) if guild_id else None
        synced = [
            {  # what Discord fills in for fields a sync leaves out
                "type": 1,
                "options": [],
                "default_member_permissions": None,
                "dm_permission": True,
                "nsfw": False,
                "integration_types": [0],
                "contexts": None,
                "name_localizations": None,
                "description_localizations": None,
                **{k: v for k, v in command.items() if v is not None},
                "id": str(self._snowflake()),
                "application_id": str(self.app_id),
                "version": str(self._snowflake()),
                **({"guild_id": guild_id} if guild_id else {}),
            }
            for command in body
        ]
        self.commands[guild] = synced
        return _json(synced)

    async def _no_content(self, body: Any, *ids: str) -> web.Response:
        return web.Response(status=204)

    async def _create_message(self, body: JSON, channel_id: str) -> web.Response:
        reference = body.get("message_reference")
        if reference and int(reference["message_id"]) not in self.messages and \
                reference.get("fail_if_not_exists", True):  # a reply to a deleted message, as Discord answers
            error = {"code": "REPLIES_UNKNOWN_MESSAGE", "message": "Unknown message"}
            return _json({"code": 50035, "message": "Invalid Form Body",
                          "errors": {"message_reference": {"_errors": [error]}}}, status=400)
        message = self._message(int(channel_id), self.bot_user, **_message_fields(body))
        if reference:
            message["message_reference"] = {"type": 0, **reference}
        if self.echo_own and self._ws is not None:
            await self._send_event(self._ws, "MESSAGE_CREATE", message)
        return _json(message)

    async def _edit_message(self, body: JSON, message_id: str) -> web.Response:
        message = self.messages[int(message_id)]
        message.update(_message_fields(body))
        message["edited_timestamp"] = _now()
        return _json(message)

    async def _delete_message(self, body: Any, message_id: str) -> web.Response:
        self.messages.pop(int(message_id), None)
        return web.Response(status=204)

    async def _callback(self, body: JSON, interaction_id: str, token: str) -> web.Response:
        interaction = self._interactions[token]
        kind = body["type"]
        data = body.get("data") or {}
        message: JSON | None = None
        if kind in (CHANNEL_MESSAGE, DEFERRED_MESSAGE):
            interaction.deferred = kind == DEFERRED_MESSAGE
            channel = int(interaction.payload["channel_id"])
            message = self._message(channel, self.bot_user, **_message_fields(data))
            interaction.message_id = int(message["id"])
        elif kind == UPDATE_MESSAGE:
            message = interaction.payload["message"]
            message.update(_message_fields(data))
            interaction.message_id = int(message["id"])
        elif kind == DEFERRED_UPDATE:
            interaction.message_id = int(interaction.payload["message"]["id"])
        result: JSON = {
            "interaction": {
                "id": interaction_id,
                "type": interaction.payload["type"],
                "response_message_id": str(interaction.message_id) if interaction.message_id else None,
                "response_message_loading": kind == DEFERRED_MESSAGE,
                "response_message_ephemeral": bool(data.get("flags", 0) & EPHEMERAL),
            }
        }
        if message is not None and kind != DEFERRED_MESSAGE:
            result["resource"] = {"type": kind, "message": message}
        return _json(result)

    async def _followup(self, body: JSON, token: str) -> web.Response:
        interaction = self._interactions[token]
        if interaction.deferred and not interaction.followed_up:
            # Discord: the first follow-up after a deferred response edits the "thinking" message.
            interaction.followed_up = True
            assert interaction.message_id is not None
            message = self.messages[interaction.message_id]
            message.update(_message_fields(body))
            return _json(message)
        channel = int(interaction.payload["channel_id"])
        return _json(self._message(channel, self.bot_user, **_message_fields(body)))

    async def _edit_webhook(self, body: JSON, token: str, message_id: str) -> web.Response:
        message = self.messages[self._webhook_message_id(token, message_id)]
        message.update(_message_fields(body))
        return _json(message)

    async def _delete_webhook(self, body: Any, token: str, message_id: str) -> web.Response:
        self.messages.pop(self._webhook_message_id(token, message_id), None)
        return web.Response(status=204)

    def _webhook_message_id(self, token: str, message_id: str) -> int:
        if message_id != "@original":
            return int(message_id)
        original = self._interactions[token].message_id
        assert original is not None, "no original response yet"
        return original

    # -- payloads ----------------------------------------------------------------------------

    def _snowflake(self) -> int:
        """A unique id whose timestamp is now, as discord.py derives ``created_at`` from it."""
        return ((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22) + next(self._ids)

    def _pattern(self, path: str) -> re.Pattern[str]:
        ids = {"{channel}": self.channel_id, "{guild}": self.guild_id, "{app}": self.app_id}
        for placeholder, value in ids.items():
            path = path.replace(placeholder, str(value))
        return re.compile(path)

    def _message(self, channel_id: int, author: JSON, **fields: Any) -> JSON:
        message = {
            "id": str(self._snowflake()),
            "channel_id": str(channel_id),
            **({} if channel_id == self.dm_channel_id else {"guild_id": str(self.guild_id)}),
            "author": author,
            "content": "",
            "timestamp": _now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "components": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
            **fields,
        }
        self.messages[int(message["id"])] = message
        return message

    def _channel(self, channel_id: int | None = None, name: str = "general") -> JSON:
        return {
            "id": str(channel_id or self.channel_id),
            "type": 0,
            "guild_id": str(self.guild_id),
            "name": name,
            "position": 0 if channel_id is None else 1,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
        }

    def _guild(self) -> JSON:
        everyone = {
            "id": str(self.guild_id),
            "name": "@everyone",
            "permissions": ALL_PERMISSIONS,
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }
        return {
            "id": str(self.guild_id),
            "name": "Stand-in Guild",
            "icon": None,
            "owner_id": self.user["id"],
            "roles": [everyone, {**everyone, "id": str(self.bot_role_id), "name": "article-bot",
                                 "position": 1, "managed": True, "tags": {"bot_id": self.bot_user["id"]}}],
            "channels": [self._channel(), self._channel(self.other_channel_id, "quiet")],
            "members": [_member(self.bot_user, roles=[str(self.bot_role_id)]), _member(self.user),
                        _member(self.other_user)],
            "member_count": 4,
            "threads": [],
            "emojis": [],
            "stickers": [],
            "features": [],
            "large": False,
            "unavailable": False,
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "system_channel_flags": 0,
            "verification_level": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "default_message_notifications": 0,
            "afk_timeout": 300,
            "joined_at": _now(),
        }


def _user(user_id: int, name: str, *, bot: bool = False) -> JSON:
    return {
        "id": str(user_id),
        "username": name,
        "global_name": name.title(),
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
    }


def _member(user: JSON, *, with_user: bool = True, roles: list[str] | None = None) -> JSON:
    member = {"roles": roles or [], "joined_at": _now(), "deaf": False, "mute": False, "flags": 0}
    return {"user": user, **member} if with_user else member


def _options(options: dict[str, Any]) -> list[JSON]:
    types = {str: 3, int: 4, bool: 5, float: 10}
    return [{"name": k, "type": types[type(v)], "value": v} for k, v in options.items()]


def _message_fields(body: JSON) -> JSON:
    """The parts of a create/edit message body that end up in the message object."""
    fields = {k: body[k] for k in ("content", "embeds", "components", "flags") if k in body}
    if fields.get("content") is None and "content" in fields:
        fields["content"] = ""
    return fields


def _over_limits(body: JSON | None) -> list[str]:
    """What in a message body (or interaction response data) is over one of Discord's limits."""
    body = body or {}
    too_long = []

    def check(what: str, text: object, limit: int) -> int:
        size = len(text) if isinstance(text, str) else 0
        if size > limit:
            too_long.append(f"{what} of {size} characters (at most {limit})")
        return size

    check("content", body.get("content"), CONTENT)
    embeds = body.get("embeds") or []
    if len(embeds) > EMBEDS:
        too_long.append(f"{len(embeds)} embeds")
    for embed in embeds:
        fields = embed.get("fields") or []
        if len(fields) > FIELDS:
            too_long.append(f"{len(fields)} fields")
        total = sum([
            check("title", embed.get("title"), TITLE),
            check("description", embed.get("description"), DESCRIPTION),
            check("footer", (embed.get("footer") or {}).get("text"), FOOTER),
            check("author", (embed.get("author") or {}).get("name"), AUTHOR),
            *(check("field name", f.get("name"), FIELD_NAME) for f in fields),
            *(check("field value", f.get("value"), FIELD_VALUE) for f in fields),
        ])
        if total > EMBED_TOTAL:
            too_long.append(f"an embed of {total} characters in all (at most {EMBED_TOTAL})")
    rows = body.get("components") or []
    if len(rows) > ROWS:
        too_long.append(f"{len(rows)} rows of components")
    for row in rows:
        buttons = row.get("components") or []
        if len(buttons) > BUTTONS:
            too_long.append(f"{len(buttons)} buttons in a row")
        for button in buttons:
            check("button label", button.get("label"), LABEL)
            check("custom_id", button.get("custom_id"), CUSTOM_ID)
    choices = body.get("choices") or []
    if len(choices) > CHOICES:
        too_long.append(f"{len(choices)} choices")
    for choice in choices:
        check("choice name", choice.get("name"), CHOICE_NAME)
    return too_long


def _json(data: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py only parses bodies whose Content-Type is exactly application/json.
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def _now() -> str:
    return datetime.now(UTC).isoformat()
