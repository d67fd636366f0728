"""Per-server briefings: moderators upload, draft, review, publish and roll back from chat.

The rules live in `service.ContentService`; what it needs from storage is the
`ports.ServerBriefingRepository` protocol; `catalog.GuildLibrary` is what one server sees:
the bundled briefings plus that server's published ones, and nothing of any other server.
"""

from bot.core.content.catalog import Catalog, GuildLibrary
from bot.core.content.records import BriefingRecord, ContentCaps, VersionRecord
from bot.core.content.service import ContentService, DraftOutcome, UploadOutcome

__all__ = [
    "BriefingRecord",
    "Catalog",
    "ContentCaps",
    "ContentService",
    "DraftOutcome",
    "GuildLibrary",
    "UploadOutcome",
    "VersionRecord",
]
