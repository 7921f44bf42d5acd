"""Write a file whole or not at all: a temporary file beside it, then an atomic rename or link.

Only regular files are ever created or replaced. A destination that is a directory, device,
FIFO or socket is refused (OutputError, exit 73), and so is a symbolic link, whatever it
points to: a link is neither followed (its target is never changed through it) nor replaced
by a file (it may be someone's deliberate link). With ``replace=False`` the file is created
only if nothing exists at that name, decided by the kernel (``os.link`` of the finished
temporary file), so of any number of concurrent writers exactly one wins.

The temporary file is removed on every failure, and on SIGTERM, SIGHUP and SIGINT: for the
duration of the write those signals raise Interrupted (exit 128 + the signal), and the
previous handlers are restored afterwards.

A destination swapped for a special file between the check and the rename (by another
process, in that instant) can still be replaced; rename(2) has no "only if regular" flag.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from aimeeting.errors import Interrupted, OutputError, UsageError, WriteFailed
from aimeeting.safetext import display_name

_DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG}
_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


class OutputExists(OutputError):
    """``replace=False`` and something already exists at the destination."""


def write_atomic(path: str | os.PathLike[str], data: bytes, *, replace: bool = True) -> None:
    """Create or replace the regular file ``path`` with ``data``; see the module docstring.

    On any failure the old file stays as it was and no temporary file is left.
    """
    if not os.fspath(path):
        raise UsageError("the output file's name is empty: name a file")
    target = Path(path)
    label = display_name(path)
    if os.fspath(path).endswith(("/", os.sep)):
        raise OutputError(f"{label}: names a folder (it ends in '/'): name a file")
    mode = _check_destination(target, label, replace)
    with _signals_interrupt(label):
        temporary: str | None = None
        try:
            with _signals_blocked():  # so that the name is known once the file exists
                descriptor, temporary = _create_temporary(target, label)
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, mode)
            if replace:
                os.replace(temporary, target)
            else:
                _link_exclusive(temporary, target, label)
        except BaseException as error:
            if temporary is not None:
                with _signals_blocked(), contextlib.suppress(OSError):
                    os.unlink(temporary)
            if isinstance(error, OSError):
                raise _classify(label, error) from None
            raise


def refuse_same_files(outputs: list[str], reads: str | None) -> None:
    """OutputError (73) when an output would replace the file being read, or when two
    outputs are one file, under whatever spellings (links, '..', a relative path)."""
    for index, output in enumerate(outputs):
        if reads is not None and _is_read(output, reads):
            raise OutputError(
                f"{display_name(output)}: is the briefing being read: write elsewhere"
            )
        for other in outputs[:index]:
            if _same_file(output, other):
                raise OutputError(
                    f"{display_name(output)}: both exports would write this one file: give "
                    "each its own"
                )


def _is_read(output: str, reads: str) -> bool:
    """Whether ``output`` is the briefing read: for '-', the file standard input comes from
    ("--briefing - < b.json"), when it is one; a pipe's source cannot be known."""
    if reads != "-":
        return _same_file(output, reads)
    try:
        return os.path.samestat(os.fstat(0), os.stat(output))
    except OSError:  # no standard input, or no such file yet
        return False


def _same_file(first: str, second: str) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist yet: compare where they would be
        return os.path.realpath(first) == os.path.realpath(second)


def _check_destination(target: Path, label: str, replace: bool) -> int:
    """Refuse anything but a regular file (or nothing); return the mode for the new file."""
    try:
        info = target.lstat()
    except FileNotFoundError:
        return _default_mode()
    except NotADirectoryError:
        raise OutputError(f"{label}: a part of the path is not a folder") from None
    except OSError as error:
        raise _classify(label, error) from None
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(
            f"{label}: is a symbolic link; aimeeting neither writes through nor replaces "
            "links: name the file itself, or remove the link"
        )
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{label}: is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(
            f"{label}: not a regular file (a device, FIFO or socket is never replaced)"
        )
    if not replace:
        raise OutputExists(f"{label}: already exists")
    return info.st_mode & 0o777


def _create_temporary(target: Path, label: str) -> tuple[int, str]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        name = str(target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(name, flags, 0o600), name
        except FileExistsError:
            continue
        except FileNotFoundError:
            raise OutputError(f"{label}: the folder does not exist") from None
        except NotADirectoryError:
            raise OutputError(f"{label}: a part of the path is not a folder") from None
        except PermissionError:
            raise OutputError(f"{label}: permission denied") from None
        except OSError as error:
            raise _classify(label, error) from None
    raise OutputError(f"{label}: cannot create a temporary file beside it")


def _link_exclusive(temporary: str, target: Path, label: str) -> None:
    """Give the finished file its name only if the name is free, then drop the temporary."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise OutputExists(f"{label}: already exists") from None
    except OSError as error:
        if error.errno not in {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP}:
            raise
        _write_exclusive_without_links(temporary, target, label)
    os.unlink(temporary)


def _write_exclusive_without_links(temporary: str, target: Path, label: str) -> None:
    """For file systems without hard links: create-exclusive, then copy the finished bytes.

    Still race-free (O_EXCL); a crash part-way could leave a short file, which a signal
    cannot (the file is removed with the temporary one).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(target, flags, os.stat(temporary).st_mode & 0o777)
    except FileExistsError:
        raise OutputExists(f"{label}: already exists") from None
    try:
        with open(temporary, "rb") as source, os.fdopen(descriptor, "wb") as stream:
            stream.write(source.read())
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        with _signals_blocked(), contextlib.suppress(OSError):
            os.unlink(target)
        raise


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def _signals_interrupt(label: str) -> Iterator[None]:
    """While the block runs, SIGTERM, SIGHUP and SIGINT raise Interrupted; then restore.

    Only the first signal raises: a second one, arriving while the temporary file is being
    removed, must not cut that short. Handlers can only be set in the main thread; in any
    other thread the block runs with the signals as they are.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def interrupt(signum: int, _frame: FrameType | None) -> None:
        if received:
            return
        received.append(signum)
        raise Interrupted(
            f"{label}: interrupted by {signal.Signals(signum).name}; no partial file was left",
            128 + signum,
        )

    previous: dict[int, Callable[[int, FrameType | None], Any] | int] = {}
    try:
        for signum in _SIGNALS:
            handler = signal.signal(signum, interrupt)
            # None: a handler set outside Python; the default is the closest we can restore.
            previous[signum] = signal.SIG_DFL if handler is None else handler
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextlib.contextmanager
def _signals_blocked() -> Iterator[None]:
    """Hold the three signals back for a few system calls; they arrive right afterwards."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:
        yield
        return
    old = mask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, old)


def _classify(label: str, error: OSError) -> OutputError | WriteFailed:
    reason = error.strerror or str(error)
    if error.errno in _DISK_ERRORS:
        return WriteFailed(f"{label}: write failed: {reason}")
    return OutputError(f"{label}: cannot write: {reason}")


def append_line(path: Path, line: str) -> None:
    """Add ``line`` to a start-up file such as ~/.bashrc, once: a file people edit, so it is
    appended to (never rewritten), and followed if it is a link (dotfiles often are)."""
    label = display_name(path)
    try:
        current = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        if line in current.splitlines():
            return
        with path.open("a", encoding="utf-8") as stream:
            stream.write(("" if current.endswith("\n") or not current else "\n") + line + "\n")
    except OSError as error:
        raise _classify(label, error) from None
