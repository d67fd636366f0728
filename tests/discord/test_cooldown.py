"""The per-user cooldown: the same rule as discord.py's, without its cost per user."""

from __future__ import annotations

from bot.discord_bot.cooldown import UserCooldown


def test_each_user_gets_their_own_allowance():
    limit = UserCooldown(2, 10.0)
    assert limit.hit(1, 100.0) is None
    assert limit.hit(1, 101.0) is None
    wait = limit.hit(1, 102.0)
    assert wait is not None and 0 < wait <= 10
    assert limit.hit(2, 102.0) is None  # another user is not slowed down
    assert limit.hit(1, 111.0) is None  # the window has passed


def test_buckets_of_users_gone_quiet_are_dropped():
    limit = UserCooldown(2, 10.0)
    for user in range(1000):
        limit.hit(user, 100.0)
    assert len(limit) == 1000
    limit.hit(5000, 200.0)
    assert len(limit) == 1
