"""A PNG chart of a class's results over time.

matplotlib (Agg backend, no display) is imported only when a chart is asked for, so a bot that
never draws one does not carry it in memory.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from bot.core.classwork import DayResult
from bot.core.errors import InvalidInput
from bot.core.wording import share
from bot.i18n import _, ngettext

__all__ = ["chart_description", "require_days", "results_chart", "results_text"]

DESCRIPTION_LIMIT = 1024
"""Characters of an image's alternative text (Discord's limit for an attachment)."""


def require_days(days: Sequence[DayResult], briefing_title: str | None = None) -> None:
    """InvalidInput when there is nothing to chart; with `briefing_title`, the chart was of
    that briefing alone, and the sentence names it (others may have answers)."""
    if days:
        return
    if briefing_title:
        raise InvalidInput(
            _("Nobody in this server has answered “{title}” yet: there is nothing to chart.")
            .format(title=briefing_title)
        )  # fmt: skip
    raise InvalidInput(_("Nobody in this server has answered yet: there is nothing to chart."))


def results_chart(days: Sequence[DayResult], title: str) -> bytes:
    """A line of the share right per day with the number of answers as bars, as PNG bytes."""
    require_days(days)
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 4), dpi=100)
    answers_axis = figure.add_subplot()
    share_axis = answers_axis.twinx()
    x: Any = [d.day for d in days]  # matplotlib plots dates; its stubs say numbers
    answers_axis.bar(x, [d.answered for d in days], color="#c8d6e5", label=_("answers"))
    share_axis.plot(
        x, [100 * d.correct / d.answered if d.answered else 0 for d in days], "o-", color="#1e6091"
    )
    share_axis.set_ylim(0, 100)
    share_axis.set_ylabel(_("right answers (%)"))
    answers_axis.set_ylabel(_("answers"))
    answers_axis.set_title(title[:80])
    figure.autofmt_xdate()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def results_text(days: Sequence[DayResult]) -> str:
    """The chart's data as text, one line per day (the text-only mode's chart)."""
    return "\n".join(
        ngettext(
            "{day}: {n} answer (right: {share}%)",
            "{day}: {n} answers (right: {share}%)",
            d.answered,
        ).format(day=d.day.isoformat(), n=d.answered, share=share(d.correct, d.answered))
        for d in days
    )


def chart_description(days: Sequence[DayResult], title: str) -> str:
    """The chart's alternative text: what it shows and its figures in a sentence."""
    answered = sum(d.answered for d in days)
    correct = sum(d.correct for d in days)
    text = ngettext(
        "Chart “{title}”: answers per day as bars and the share right as a line, "
        "from {first} to {last}; {answered} answer in all (right: {share}%).",
        "Chart “{title}”: answers per day as bars and the share right as a line, "
        "from {first} to {last}; {answered} answers in all (right: {share}%).",
        answered,
    ).format(
        title=title,
        first=days[0].day.isoformat() if days else "",
        last=days[-1].day.isoformat() if days else "",
        answered=answered,
        share=share(correct, answered),
    )
    return text[:DESCRIPTION_LIMIT]
