"""How many messages a text-only server's post of each bundled briefing takes, per part,
beside the same post as embeds, and the longest message (Discord holds 2,000 characters).

Run: `python -m benchmarks.text_only_posts`
"""

from __future__ import annotations

from pathlib import Path

from bot.core.loader import load_briefing
from bot.core.posts import PART_NAMES
from bot.discord_bot.posting import briefing_messages

ROOT = Path(__file__).resolve().parents[1]
BRIEFINGS = sorted((ROOT / "content").glob("*.yaml")) + sorted(
    (ROOT / "tests" / "fixtures").glob("*.yaml")
)


def main() -> None:
    for path in BRIEFINGS:
        briefing = load_briefing(path).briefing
        if briefing is None:
            continue
        for part in PART_NAMES:
            text = briefing_messages(briefing, part, text_only=True)
            embeds = briefing_messages(briefing, part, text_only=False)
            longest = max(len(str(content.get("content", ""))) for content, _ in text)
            print(
                f"{briefing.id:20} {part:8} text-only {len(text):2} messages"
                f" (longest {longest:4} characters), as embeds {len(embeds)}"
            )


if __name__ == "__main__":
    main()
