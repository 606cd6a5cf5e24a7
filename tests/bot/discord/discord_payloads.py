"""Reading the bot's answers back out of the requests the stand-in recorded."""

from __future__ import annotations

from standin import Request

REPLIES = "/channels/{channel}/messages"
CALLBACK = r"/interactions/\d+/[^/]+/callback"
FOLLOWUP = r"/webhooks/{app}/[^/]+"


def cited(request: Request) -> list[int]:
    """The sentence numbers an answer's attribution lines cite, in order."""
    return [int(part.split(")")[0]) for part in request.embed["description"].split("(§")[1:]]


def pings_nobody(request: Request) -> bool:
    """Whether the message's allowed_mentions lets no user, role, @everyone or author be pinged."""
    allowed = request.message["allowed_mentions"]
    return (
        allowed["parse"] == []
        and not allowed.get("replied_user")
        and set(allowed)
        <= {
            "parse",
            "replied_user",
        }
    )


def labels(message: dict) -> list[str]:
    """The labels of a message's buttons."""
    return [b["label"] for row in message.get("components", []) for b in row["components"]]
