"""Loaded by the interpreter of a test's aimeeting process (PYTHONPATH=tests/write_hook).

When AIMEETING_TEST_READY_FD is set, every os.fsync (which aimeeting calls once its temporary
file holds all the data, just before the rename or link) first writes one byte to that
descriptor, then blocks reading one byte from AIMEETING_TEST_GO_FD. The test thereby knows,
without sleeping, that the process is in the middle of a write: it can signal it there, or
hold several processes there and release them together.
"""

from __future__ import annotations

import os
from typing import Any

_READY = os.environ.get("AIMEETING_TEST_READY_FD")
_GO = os.environ.get("AIMEETING_TEST_GO_FD")

if _READY is not None and _GO is not None:
    _real_fsync = os.fsync
    ready, go = int(_READY), int(_GO)

    def _paused_fsync(fd: Any) -> None:
        _real_fsync(fd)
        os.write(ready, b"r")
        os.read(go, 1)

    os.fsync = _paused_fsync
