"""A slow disk under the bot's SQLite files, for the chaos run: fsync and fdatasync made to
take seconds in the bot process only.

No device-mapper or FUSE here, and strace attached to the process (`-e inject=...:delay_enter`)
stops it on every system call it makes; so a small shim (`slow_fsync.c`, compiled with the
machine's C compiler) is preloaded into the bot (`LD_PRELOAD`) and reads its delay from a
control file before each flush of a file whose path holds the database's name. The bot's code
is unchanged: SQLite's own calls wait, as they would on a disk slow to flush. With `reads`,
the shim also makes SQLite's reads of those files (`pread`, `pread64`) wait their own delay:
a disk slow to read, as a throttled or failing volume is once the OS no longer caches a page.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

__all__ = ["SlowDisk"]

SOURCE = Path(__file__).with_name("slow_fsync.c")


class SlowDisk:
    """The shim built in `folder` and its control file beside it (with `reads`, a second one
    for reads); `usable` is False where no C compiler could build it (then the fault is not
    drawn)."""

    def __init__(self, folder: Path, match: str, *, reads: bool = False) -> None:
        self.library = folder / "slow_fsync.so"
        self.control = folder / "slow-fsync-us"
        self.read_control = folder / "slow-read-us" if reads else None
        self.match = match
        self.usable = self._build()
        self.set(0.0)
        if self.read_control is not None:
            self.set_reads(0.0)

    def _build(self) -> bool:
        compiler = shutil.which("cc") or shutil.which("gcc")
        if compiler is None:
            return False
        built = subprocess.run(
            [compiler, "-shared", "-fPIC", "-O2", "-o", str(self.library), str(SOURCE), "-ldl"],
            capture_output=True,
            check=False,
        )
        return built.returncode == 0

    def env(self) -> dict[str, str]:
        """What the bot's environment needs for the shim (nothing when it is not usable)."""
        if not self.usable:
            return {}
        env = {
            "LD_PRELOAD": str(self.library),
            "SLOW_FSYNC_FILE": str(self.control),
            "SLOW_FSYNC_MATCH": self.match,
        }
        if self.read_control is not None:
            env["SLOW_READ_FILE"] = str(self.read_control)
        return env

    def set(self, seconds: float) -> None:
        """Each flush of the database's files waits `seconds` from now on (0: none)."""
        self.control.write_text(str(round(seconds * 1_000_000)))

    def set_reads(self, seconds: float) -> None:
        """Each read of the database's files waits `seconds` from now on (0: none); only for a
        disk made with `reads`."""
        assert self.read_control is not None, "made without reads"
        self.read_control.write_text(str(round(seconds * 1_000_000)))
