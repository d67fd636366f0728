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
from bot.i18n import _

__all__ = ["results_chart"]


def results_chart(days: Sequence[DayResult], title: str) -> bytes:
    """A line of the share right per day with the number of answers as bars, as PNG bytes."""
    if not days:
        raise InvalidInput(_("Nobody in this server has answered yet: there is nothing to chart."))
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
