"""A post that goes out once however often it is tried.

The post goes under a key of its own (`Publisher.post` `once=`), which the platform enforces:
sent again with the same key a few minutes later, the message it already has comes back
instead of a second one. A failure that may pass (an outage, a dropped or hung connection:
the platform may have taken the post before it failed) is tried again after each of
`POST_RETRY_WAITS` seconds of the injected clock, under the same key, so a post the platform
took comes back once and one that it never got goes out once.
"""

from __future__ import annotations

import logging
from datetime import datetime

from bot.core.clock import Clock
from bot.core.errors import PostRefused
from bot.core.ports import Posted, Publisher
from bot.core.replies import Reply

__all__ = ["POST_RETRY_WAITS", "post_once"]

log = logging.getLogger(__name__)

POST_RETRY_WAITS = (1.0, 2.0)
"""Seconds before each new try of a post that failed in a way that may pass."""


async def post_once(
    publisher: Publisher,
    clock: Clock,
    channel_id: int,
    reply: Reply,
    key: str,
    *,
    since: datetime | None = None,
) -> Posted:
    """Post `reply` in a channel under `key`, tried again after each of `POST_RETRY_WAITS`
    while its failure may pass; the last failure (or a refusal, at once) is raised as
    `PostRefused`. `since`: the post may have gone out after then (`Publisher.post`)."""
    for wait in POST_RETRY_WAITS:
        try:
            return await publisher.post(channel_id, reply, once=key, since=since)
        except PostRefused as exc:
            if not exc.passing:
                raise
            log.info("post %s failed (%s); trying again in %g s", key, exc, wait)
        await clock.sleep(wait)
    return await publisher.post(channel_id, reply, once=key, since=since)
