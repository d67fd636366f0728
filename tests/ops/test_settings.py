"""Operator settings: shard ids and ranges, and a wrong setting is one line with exit code 2."""

from __future__ import annotations

import pytest
from processes import bot_env, dead_api_base, finish, make_workdir, start_bot

from bot.config import load_settings
from bot.ops.exitcodes import ExitCode


def test_shard_ids_take_lists_and_ranges():
    settings = load_settings(env_file=None, environ={"SHARD_COUNT": "10", "SHARD_IDS": "0-3, 8"})
    assert settings.shard_count == 10 and settings.shard_ids == (0, 1, 2, 3, 8)
    assert load_settings(env_file=None, environ={}).shard_ids is None


@pytest.mark.parametrize(
    ("environ", "says"),
    [
        ({"SHARD_IDS": "0"}, "SHARD_IDS needs SHARD_COUNT"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "2"}, "between 0 and SHARD_COUNT-1 (1)"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "one"}, "must look like 0,1 or 0-3"),
        ({"LOG_FORMAT": "xml"}, "LOG_FORMAT must be text or json"),
        ({"METRICS_PORT": "nine"}, "METRICS_PORT must be a number"),
    ],
)
def test_a_wrong_setting_says_which_and_how(environ, says):
    with pytest.raises(SystemExit, match=says.replace("(", r"\(").replace(")", r"\)")):
        load_settings(env_file=None, environ=environ)


async def test_the_bot_process_exits_2_with_one_line(tmp_path):
    work = make_workdir(tmp_path)
    env = bot_env(work, dead_api_base(), "fake-token-1", SHARD_COUNT="2", SHARD_IDS="7")
    code, output = await finish(await start_bot(work, env))
    assert code == ExitCode.CONFIGURATION
    assert output.strip().splitlines() == [
        "Settings: SHARD_IDS '7' must lie between 0 and SHARD_COUNT-1 (1)"
    ]
