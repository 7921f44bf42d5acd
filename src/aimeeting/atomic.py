"""Write a file whole or not at all: a temporary file beside it, then an atomic rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from aimeeting.errors import OutputError, WriteFailed
from aimeeting.safetext import display_name

_DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG}


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data``; on any failure the old file stays and no temp is left."""
    target = Path(path)
    label = display_name(target)
    if target.is_dir():
        raise OutputError(f"{label}: is a directory")
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except FileNotFoundError:
        raise OutputError(f"{label}: the folder does not exist") from None
    except PermissionError:
        raise OutputError(f"{label}: permission denied") from None
    except OSError as error:
        raise _classify(label, error) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _classify(label, error) from None
        raise


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _classify(label: str, error: OSError) -> OutputError | WriteFailed:
    reason = error.strerror or str(error)
    if error.errno in _DISK_ERRORS:
        return WriteFailed(f"{label}: write failed: {reason}")
    return OutputError(f"{label}: cannot write: {reason}")
