"""A throwaway PostgreSQL server on 127.0.0.1 for the store tests.

`PostgresServer().start()` gives the server a fresh temporary directory, with a data directory
copied from one `initdb` made once per process (`initdb` makes the same every time, and a copy
is cheaper), and starts `postgres` on a free loopback port with its unix socket in that
directory; `stop()` stops it and deletes everything. PostgreSQL refuses to run as root, so
as root the server runs as an unprivileged user (`nobody` by default, or BRIEFBOT_PG_USER)
via `runuser`.

Binaries are found on PATH, in BRIEFBOT_PG_BIN, or in Debian's /usr/lib/postgresql/*/bin
(where the `postgresql` package puts them, off PATH). Set BRIEFBOT_TEST_PG_URL to use an
existing server instead. Run `python tests/store/pg.py` to start one and print its URL.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

__all__ = ["PostgresServer", "PostgresUnavailableError", "find_bin_dir"]

INSTALL_HINT = (
    "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found on PATH, in "
    "BRIEFBOT_PG_BIN or in /usr/lib/postgresql/*/bin. On Debian or Ubuntu: "
    "`apt-get install postgresql` (or postgresql-15). The store suite needs a real server."
)


class PostgresUnavailableError(RuntimeError):
    """The server binaries are missing or the server would not start."""


def find_bin_dir() -> Path:
    """The directory holding initdb, pg_ctl and postgres."""
    candidates = []
    if env := os.environ.get("BRIEFBOT_PG_BIN"):
        candidates.append(Path(env))
    if found := shutil.which("pg_ctl"):
        candidates.append(Path(found).resolve().parent)
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for directory in candidates:
        if all((directory / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return directory
    raise PostgresUnavailableError(INSTALL_HINT)


_TEMPLATES: dict[tuple[Path, str | None], Path] = {}
"""The data directory `initdb` made in this process, by binaries and server user; deleted
when the process exits."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    """One PostgreSQL cluster in a temporary directory, trust auth, loopback only."""

    def __init__(self, user: str | None = None) -> None:
        self._bin = find_bin_dir()
        self._run_as = None
        if os.geteuid() == 0:
            self._run_as = user or os.environ.get("BRIEFBOT_PG_USER", "nobody")
        self.port = 0
        self.root: Path | None = None

    @property
    def url(self) -> str:
        """An SQLAlchemy URL for the `postgres` database as the `postgres` superuser."""
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> str:
        """Create and start the cluster; returns its URL."""
        # As root, stay out of a private TMPDIR: the server user must reach its directory.
        parent = "/tmp" if self._run_as is not None and os.path.isdir("/tmp") else None
        self.root = Path(tempfile.mkdtemp(prefix="briefbot-pg-", dir=parent))
        data = self.root / "data"
        if self._run_as is not None:
            entry = pwd.getpwnam(self._run_as)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self._execute(["cp", "-a", str(self._template()), str(data)])
        for attempt in range(3):
            self.port = _free_port()
            try:
                self._pg_ctl_start()
                return self.url
            except PostgresUnavailableError:
                if attempt == 2:
                    raise
                time.sleep(0.2)  # probably lost the port to another process; try another
        raise AssertionError("unreachable")

    def _template(self) -> Path:
        """A data directory `initdb` made, the same for every server of this process."""
        key = (self._bin, self._run_as)
        made = _TEMPLATES.get(key)
        if made is not None and made.is_dir():
            return made
        parent = "/tmp" if self._run_as is not None and os.path.isdir("/tmp") else None
        root = Path(tempfile.mkdtemp(prefix="briefbot-pg-template-", dir=parent))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        if self._run_as is not None:
            entry = pwd.getpwnam(self._run_as)
            os.chown(root, entry.pw_uid, entry.pw_gid)
        data = root / "data"
        self._run(
            "initdb",
            "-D",
            str(data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
            "--no-instructions",
        )
        _TEMPLATES[key] = data
        return data

    def halt(self) -> None:
        """Stop the server as an operator would (`pg_ctl stop -m fast`), keeping its data."""
        assert self.root is not None
        self._run("pg_ctl", "stop", "-D", str(self.root / "data"), "-m", "fast", "-w")

    def resume(self) -> None:
        """Start a halted server again on the same port, with its data."""
        self._pg_ctl_start()

    def _pg_ctl_start(self) -> None:
        # The log goes to a file: a server holding this process's output pipe would keep
        # `subprocess.run` waiting for ever.
        assert self.root is not None
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
            "-c fsync=off -c full_page_writes=off -c max_connections=200"
        )
        data, log = str(self.root / "data"), str(self.root / "log")
        self._run("pg_ctl", "start", "-D", data, "-w", "-t", "30", "-l", log, "-o", options)

    def signal_all(self, sig: signal.Signals) -> None:
        """Send `sig` to the postmaster and every backend (SIGSTOP freezes the whole server,
        SIGCONT thaws it); nothing when the server is not running."""
        assert self.root is not None
        pid_file = self.root / "data" / "postmaster.pid"
        if not pid_file.exists():
            return
        postmaster = int(pid_file.read_text().split()[0])
        pids = [postmaster]
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == postmaster:
                    pids.append(int(entry.name))
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)

    @classmethod
    @contextlib.contextmanager
    def running(cls) -> Iterator[PostgresServer]:
        """A started server, thawed (SIGCONT, in case a fault left it stopped) and stopped
        when the block ends."""
        server = cls()
        server.start()
        try:
            yield server
        finally:
            server.signal_all(signal.SIGCONT)
            server.stop()

    def stop(self) -> None:
        """Stop the server (immediately: nothing in it is worth keeping) and delete it."""
        if self.root is None:
            return
        data = self.root / "data"
        if (data / "postmaster.pid").exists():
            with contextlib.suppress(PostgresUnavailableError):
                self._run("pg_ctl", "stop", "-D", str(data), "-m", "immediate", "-w")
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def _run(self, program: str, *args: str) -> None:
        self._execute([str(self._bin / program), *args])

    def _execute(self, command: list[str]) -> None:
        """Run `command` as the server's user; PostgresUnavailableError with its output and
        the server's log if it fails."""
        if self._run_as is not None:
            command = ["runuser", "-u", self._run_as, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, cwd=self.root, check=False)
        if result.returncode != 0:
            log = ""
            if self.root is not None and (self.root / "log").exists():
                log = (self.root / "log").read_text(errors="replace")[-2000:]
            raise PostgresUnavailableError(
                f"{' '.join(command)} failed ({result.returncode}):\n"
                f"{result.stdout}{result.stderr}{log}"
            )


if __name__ == "__main__":
    server = PostgresServer()
    print(server.start(), flush=True)
    try:
        input("PostgreSQL is running; press Enter to stop it.\n")
    except (EOFError, KeyboardInterrupt):
        pass
    finally:
        server.stop()
