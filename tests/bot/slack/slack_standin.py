"""A loopback stand-in for Slack's Web API and Socket Mode, for driving the real Bolt app.

One workspace, one channel, the bot and two people (alice and bob), and another bot. It answers
``auth.test``, ``apps.connections.open``, ``chat.postMessage``, ``chat.postEphemeral``,
``chat.update`` and ``chat.delete`` over HTTP (``delete`` a message, and a reply in its thread
goes to the channel instead, as Slack does when a thread's first message is gone),
takes ``response_url`` posts (``fail_next`` refuses a Web API call, rate limits included, or a
``response_url`` post), and
speaks Socket Mode on a websocket: ``hello`` first, then the ``events_api``, ``slash_commands``
and ``interactive`` envelopes the tests send, recording the app's acks; ``disconnect`` asks the
app to reconnect as Slack does on a refresh, ``drop`` just closes the connection.

    async with StandIn() as slack:
        # SLACK_API_URL = slack.api_url, tokens slack.bot_token / slack.app_token
        await slack.post(f"{slack.bot_mention} what did Hua say?")
        call = await slack.wait_for("chat.postMessage")

Every Web API call is recorded (unknown methods answer ``unknown_method``). Messages are checked
as Slack checks them (at most 50 blocks, 3,000 characters a section text, 40,000 of ``text``),
for mention syntax that would ping someone and for anything Slack would make a link: each problem
lands in ``problems``. Waits are bounded.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web

from bot.settings import SlackSettings
from tests.loopback import LoopbackServer

__all__ = ["Call", "StandIn", "message_texts"]

JSON = dict[str, Any]
MAX_BLOCKS, SECTION_LIMIT, TEXT_LIMIT = 50, 3_000, 40_000
MESSAGE_METHODS = ("chat.postMessage", "chat.update", "chat.postEphemeral", "chat.delete")
PING = re.compile(r"<[!@#]")  # <!here>, <!channel>, <!everyone>, <@U…>, <#C…>, <!subteam^…>
# What Slack would make clickable: link markup, a URL's "scheme://", a host name ("evil.example").
LINK = re.compile(r"<[a-z][a-z0-9+.-]*:|://|\w\.[^\W\d_]{2}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Call:
    """One Web API call (``method`` like ``chat.postMessage``) or ``response_url`` post, as received."""

    method: str
    args: JSON
    token: str | None
    ts: str | None = None  # the message's ts, for chat.postMessage and chat.update

    @property
    def blocks(self) -> list[JSON]:
        """The message's blocks (Slack also takes them as a JSON string in a form post)."""
        blocks = self.args.get("blocks") or []
        return json.loads(blocks) if isinstance(blocks, str) else blocks

    def button(self, label: str) -> JSON:
        """The button labelled ``label`` among the message's blocks."""
        buttons = [e for b in self.blocks if b["type"] == "actions" for e in b["elements"]]
        return next(b for b in buttons if b["text"]["text"] == label)


def message_texts(args: JSON) -> list[str]:
    """Every text a message shows: its ``text`` and the text of each block and block element."""
    texts = [args.get("text") or ""]
    for block in Call("", args, None).blocks:
        parts = [block.get("text") or {}, *block.get("elements", []), *block.get("fields", [])]
        texts += [p["text"] for p in parts if isinstance(p.get("text"), str)]
    return texts


class StandIn(LoopbackServer):
    """A fake Slack for one app on 127.0.0.1; start with ``async with`` or ``start()``/``stop()``."""

    def __init__(self, *, bot_token: str = "xoxb-standin", app_token: str = "xapp-standin",
                 timeout: float = 5.0) -> None:
        self.bot_token = bot_token
        self.app_token = app_token
        self.timeout = timeout
        self.team_id, self.app_id, self.channel = "T0STANDIN", "A0STANDIN", "C0GENERAL"
        self.dm_channel = "D0DIRECT"  # the user's direct messages with the bot
        self.bot_user, self.bot_id = "U0ARTICLEBOT", "B0ARTICLEBOT"
        self.user, self.other_user, self.other_bot = "U0ALICE", "U0BOB", "U0OTHERBOT"

        self.calls: list[Call] = []
        self.acks: list[JSON] = []  # every envelope ack the app sent, in order
        self.socket_url: str | None = None  # what apps.connections.open returns, if not its own
        self.problems: list[str] = []  # payloads Slack would reject, or that would ping someone
        self.connections = 0  # websocket connections opened so far
        self.closed = 0  # and closed since
        self.last_envelope_id = ""
        self.deleted: set[str] = set()  # the ts of messages deleted
        self._failures: dict[str, list[tuple[int, str, int | None]]] = {}  # method: refusals to come
        self._ids = itertools.count(1)
        self._ws: web.WebSocketResponse | None = None
        self._connected = asyncio.Event()
        self._changed = asyncio.Condition()

    # -- lifecycle ---------------------------------------------------------------------------

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/api/{method}", self._web_api)
        app.router.add_post("/response/{id}", self._response_url)
        app.router.add_get("/socket", self._socket)

    async def closing(self) -> None:
        """Close the websocket."""
        if self._ws is not None:
            await self._ws.close()

    def settings(self, **overrides: Any) -> SlackSettings:
        """Settings that point the app at this stand-in with its tokens."""
        values = {"bot_token": self.bot_token, "app_token": self.app_token, "api_url": self.api_url}
        return SlackSettings(**(values | overrides))

    @property
    def api_url(self) -> str:
        """What ``SLACK_API_URL`` should be."""
        return f"http://{self.base}/api/"

    @property
    def bot_mention(self) -> str:
        """The text Slack puts in a message that @mentions the bot."""
        return f"<@{self.bot_user}>"

    # -- driving the app ---------------------------------------------------------------------

    async def wait_until_connected(self) -> None:
        """Wait until the app holds a Socket Mode connection (``hello`` sent)."""
        await asyncio.wait_for(self._connected.wait(), self.timeout)

    async def wait_until_disconnected(self) -> None:
        """Wait until the app has closed its Socket Mode connection."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: self.closed == self.connections),
                                   self.timeout)

    async def post(self, text: str, *, user: str | None = None, thread_ts: str | None = None,
                   bot_id: str | None = None, direct: bool = False) -> JSON:
        """Someone posts ``text``: a ``message`` event, then ``app_mention`` if it names the bot.

        ``direct`` posts in the user's DM with the bot, where Slack sends no ``app_mention``.
        Returns the message event (its ``ts`` is what a reply's ``thread_ts`` should be).
        """
        event: JSON = {"type": "message", "channel": self.dm_channel if direct else self.channel,
                       "user": user or self.user, "text": text, "ts": self._ts(), "team": self.team_id,
                       "channel_type": "im" if direct else "channel"}
        if thread_ts is not None:
            event["thread_ts"] = thread_ts
        if bot_id is not None:
            event["bot_id"] = bot_id
        else:
            event["client_msg_id"] = f"msg-{next(self._ids)}"
        await self.event(event)
        if self.bot_mention in text and not direct:
            await self.event({**event, "type": "app_mention", "event_ts": event["ts"]})
        return event

    async def event(self, event: JSON, *, event_id: str | None = None, retry_attempt: int = 0) -> JSON:
        """Send one ``events_api`` envelope; returns its payload (``event_id`` in it) for ``redeliver``."""
        payload = {
            "token": "verification-token", "team_id": self.team_id, "api_app_id": self.app_id,
            "event": {"event_ts": event.get("ts"), **event}, "type": "event_callback",
            "event_id": event_id or f"Ev{next(self._ids):08d}", "event_time": 1_700_000_000,
            "authorizations": [{"enterprise_id": None, "team_id": self.team_id, "user_id": self.bot_user,
                                "is_bot": True, "is_enterprise_install": False}],
            "is_ext_shared_channel": False,
        }
        await self._envelope("events_api", payload, retry_attempt=retry_attempt)
        return payload

    async def redeliver(self, payload: JSON, retry_attempt: int = 1) -> None:
        """Deliver an event again, as Slack does when it thinks the first was not acknowledged."""
        await self._envelope("events_api", payload, retry_attempt=retry_attempt)

    async def slash(self, command: str, text: str = "", *, user: str | None = None) -> JSON:
        """Someone runs ``command text``; returns the payload (``response_url`` in it)."""
        user = user or self.user
        payload = {
            "token": "verification-token", "team_id": self.team_id, "team_domain": "standin",
            "channel_id": self.channel, "channel_name": "general", "user_id": user, "user_name": user.lower(),
            "command": command, "text": text, "api_app_id": self.app_id, "is_enterprise_install": "false",
            "response_url": self._response_address(), "trigger_id": f"trigger-{next(self._ids)}",
        }
        await self._envelope("slash_commands", payload, accepts_response_payload=True)
        return payload

    async def click(self, message: Call, label: str, *, user: str | None = None) -> JSON:
        """Someone presses the button labelled ``label`` on a message the app sent."""
        button = message.button(label)
        user = user or self.user
        ephemeral = message.method == "response_url"
        ts = message.ts or self._ts()
        payload = {
            "type": "block_actions", "api_app_id": self.app_id, "token": "verification-token",
            "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": self.team_id},
            "team": {"id": self.team_id, "domain": "standin"},
            "container": {"type": "message", "message_ts": ts, "channel_id": self.channel,
                          "is_ephemeral": ephemeral},
            "channel": {"id": self.channel, "name": "general"}, "trigger_id": f"trigger-{next(self._ids)}",
            "response_url": self._response_address(),
            "actions": [{"type": "button", "action_id": button["action_id"], "block_id": "pager",
                         "text": button["text"], "value": button.get("value", ""), "action_ts": self._ts()}],
        }
        if not ephemeral:
            payload["message"] = {"type": "message", "ts": ts, "text": message.args.get("text", ""),
                                  "blocks": message.blocks, "user": self.bot_user, "bot_id": self.bot_id}
        await self._envelope("interactive", payload)
        return payload

    async def disconnect(self, reason: str = "refresh_requested") -> None:
        """Ask the app to reconnect, as Slack does before it retires a connection."""
        await self.wait_until_connected()
        assert self._ws is not None
        self._connected.clear()
        await self._ws.send_json({"type": "disconnect", "reason": reason,
                                  "debug_info": {"host": "standin"}})

    async def drop(self) -> None:
        """Close the websocket without warning, as a network failure or a Slack restart would."""
        await self.wait_until_connected()
        assert self._ws is not None
        self._connected.clear()
        await self._ws.close()

    async def wait_for(self, method: str, *, after: int = 0,
                       where: Callable[[Call], bool] = lambda call: True) -> Call:
        """The first recorded call of ``method`` (index ≥ ``after``) for which ``where`` holds."""

        def found() -> Call | None:
            return next((c for c in self.calls[after:] if c.method == method and where(c)), None)

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(found), self.timeout)
        call = found()
        assert call is not None
        return call

    async def wait_until(self, condition: Callable[[], bool]) -> None:
        """Wait until ``condition()`` holds, checking after each call or ack recorded."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(condition), self.timeout)

    async def wait_for_ack(self, envelope_id: str) -> JSON:
        """The app's ack of envelope ``envelope_id``."""
        call = await self.wait_for("ack", where=lambda c: c.args.get("envelope_id") == envelope_id)
        return call.args

    def fail_next(self, method: str, error: str, *, status: int = 200,
                  retry_after: int | None = None) -> None:
        """Refuse the next call of ``method`` as Slack does: ``{"ok": false, "error": error}`` with
        HTTP ``status`` (429 ``ratelimited`` comes with a ``Retry-After`` of ``retry_after`` seconds)."""
        self._failures.setdefault(method, []).append((status, error, retry_after))

    def delete(self, ts: str) -> None:
        """Someone deletes the message ``ts``: a chat.update of it is refused, and a reply posted in
        its thread goes to the channel, unthreaded (Slack answers ok, with no ``thread_ts``)."""
        self.deleted.add(ts)

    def calls_to(self, method: str) -> list[Call]:
        """Every recorded call of ``method``."""
        return [c for c in self.calls if c.method == method]

    # -- Web API -----------------------------------------------------------------------------

    async def _web_api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args: JSON = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                args.update(await request.json())
            else:
                args.update(parse_qsl(await request.text()))
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else args.get("token")
        ts = args.get("ts") or self._ts() if method in MESSAGE_METHODS else None
        await self._record(Call(method, args, token, ts))
        if self._failures.get(method):
            status, error, retry_after = self._failures[method].pop(0)
            headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
            return web.json_response({"ok": False, "error": error}, status=status, headers=headers)
        if not token:
            return web.json_response({"ok": False, "error": "not_authed"})
        wanted = self.app_token if method == "apps.connections.open" else self.bot_token
        if token != wanted:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if method == "auth.test":
            return web.json_response({"ok": True, "url": "https://standin.slack.test/", "team": "Stand-in",
                                      "user": "article-bot", "team_id": self.team_id,
                                      "user_id": self.bot_user, "bot_id": self.bot_id,
                                      "is_enterprise_install": False})
        if method == "apps.connections.open":
            socket = self.socket_url or f"ws://{self.base}/socket?ticket={next(self._ids)}"
            return web.json_response({"ok": True, "url": socket})
        if method in ("chat.update", "chat.delete") and ts in self.deleted:
            return web.json_response({"ok": False, "error": "message_not_found"})
        if method == "chat.delete":
            self.deleted.add(ts)
            return web.json_response({"ok": True, "channel": args.get("channel"), "ts": ts})
        if method in MESSAGE_METHODS and self._check(method, args):
            return web.json_response({"ok": False, "error": "invalid_blocks"})
        if method == "chat.postEphemeral":  # shown to ``user`` only, and never stored
            if not args.get("user"):
                return web.json_response({"ok": False, "error": "user_not_in_channel"})
            return web.json_response({"ok": True, "message_ts": ts})
        if ts is not None:
            message = {"type": "message", "text": args.get("text", ""), "ts": ts, "user": self.bot_user,
                       "bot_id": self.bot_id}
            thread = args.get("thread_ts") or None
            if thread and thread not in self.deleted:
                message["thread_ts"] = thread
            return web.json_response({"ok": True, "channel": args.get("channel"), "ts": ts,
                                      "message": message})
        return web.json_response({"ok": False, "error": "unknown_method"})

    async def _response_url(self, request: web.Request) -> web.Response:
        args = await request.json()
        await self._record(Call("response_url", {**args, "id": request.match_info["id"]}, None))
        if self._failures.get("response_url"):  # Slack answers a response_url in plain text
            status, error, retry_after = self._failures["response_url"].pop(0)
            headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
            return web.Response(status=status, text=error, headers=headers)
        if self._check("response_url", args):
            return web.Response(status=400, text="invalid_blocks")
        return web.Response(text="ok")

    def _check(self, method: str, args: JSON) -> bool:
        """Record what is wrong with a message; True if Slack would refuse it."""
        blocks = Call(method, args, None).blocks
        refused = []
        if len(blocks) > MAX_BLOCKS:
            refused.append(f"{method}: {len(blocks)} blocks")
        refused += [f"{method}: section of {len(b['text']['text'])} characters" for b in blocks
                    if b["type"] == "section" and len(b["text"]["text"]) > SECTION_LIMIT]
        if len(args.get("text", "")) > TEXT_LIMIT:
            refused.append(f"{method}: text of {len(args['text'])} characters")
        if blocks and not args.get("text"):
            self.problems.append(f"{method}: blocks without a text fallback")
        if PING.search(json.dumps(args, ensure_ascii=False)):
            self.problems.append(f"{method}: mention syntax in {args}")
        if LINK.search(" ".join(message_texts(args))):
            self.problems.append(f"{method}: a link in {args}")
        self.problems += refused
        return bool(refused)

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    # -- Socket Mode -------------------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        self.connections += 1
        open_now = self.connections - self.closed  # as Slack counts them, this one included
        await ws.send_json({"type": "hello", "num_connections": open_now, "debug_info": {"host": "standin"},
                            "connection_info": {"app_id": self.app_id}})
        self._connected.set()
        async for frame in ws:  # ends when either side closes
            if frame.type is WSMsgType.TEXT:
                ack = json.loads(frame.data)
                self.acks.append(ack)
                await self._record(Call("ack", ack, None))  # in ``calls`` too, to see what came first
        if self._ws is ws:
            self._connected.clear()
        async with self._changed:
            self.closed += 1
            self._changed.notify_all()
        return ws

    async def _envelope(self, kind: str, payload: JSON, *, retry_attempt: int = 0,
                        accepts_response_payload: bool = False) -> str:
        await self.wait_until_connected()
        assert self._ws is not None
        envelope_id = f"envelope-{next(self._ids)}"
        envelope: JSON = {"envelope_id": envelope_id, "type": kind, "payload": payload,
                          "accepts_response_payload": accepts_response_payload}
        if kind == "events_api":
            envelope["retry_attempt"] = retry_attempt
            envelope["retry_reason"] = "timeout" if retry_attempt else ""
        self.last_envelope_id = envelope_id
        await self._ws.send_json(envelope)
        return envelope_id

    def _response_address(self) -> str:
        return f"http://{self.base}/response/{next(self._ids)}"

    def _ts(self) -> str:
        return f"1700000000.{next(self._ids):06d}"
