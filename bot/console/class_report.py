"""`briefbot class-report`: a server's class report in the terminal, or as a CSV file.

For moderators who run the bot: the same class report service as Discord's `/report`, read
from the same database. Display names live in Discord, so here students are their ids.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from bot.app import Services
from bot.console.render import render
from bot.core.class_report import report_csv
from bot.core.class_views import class_report_reply
from bot.core.classwork import ClassReport
from bot.core.errors import BriefbotError, InvalidInput
from bot.i18n import _

__all__ = ["class_report"]


async def _report(
    services: Services, server: int, assignment: int | None, briefing: str | None
) -> ClassReport:
    if briefing is not None:  # as /report names it: an unpublished one is said to be so
        named = await services.content.reported_briefing(server, briefing)
        return await services.class_reports.for_briefing(server, named)
    if assignment is None:
        work = await services.assignments.list_for_guild(server)
        if not work:
            raise InvalidInput(
                _("Server {server} has no assignments: name a briefing instead.").format(
                    server=server
                )
            )
        assignment = max(a.number or 0 for a in work)
    return await services.class_reports.for_assignment(server, assignment)


async def class_report(
    services: Services,
    out: TextIO,
    *,
    server: int,
    assignment: int | None = None,
    briefing: str | None = None,
    csv_path: Path | None = None,
) -> int:
    """Print the report, or write it as CSV to `csv_path`; 0 on success, 1 with a reason."""
    try:
        report = await _report(services, server, assignment, briefing)
        table = report_csv(report, {}) if csv_path is not None else ""
    except BriefbotError as exc:
        print(exc, file=out)
        return 1
    if csv_path is None:
        print(render(class_report_reply(report, {})), file=out)
        return 0
    csv_path.write_text(table, encoding="utf-8")
    print(_("Wrote {title} to {path}").format(title=report.title, path=csv_path), file=out)
    return 0
