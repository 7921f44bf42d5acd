"""Exports and init only ever create or replace regular files: never a device, FIFO, socket,
directory or a file through a symbolic link; no temporary file survives a signal; init
without --force is create-exclusive even when many run at once."""

from __future__ import annotations

import os
import select
import signal
import socket
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from aimeeting.sinks import atomic
from tests.conftest import HELD, run_cli
from tests.procs import TIMEOUT, script_path

HOOK = Path(__file__).resolve().parent / "write_hook"


@pytest.fixture
def special(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A node of the kind named by the test's parameter, in an otherwise empty folder."""
    kind: str = request.param
    path = tmp_path / f"target-{kind}"
    server: socket.socket | None = None
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
    elif kind == "device":
        try:  # the same device as /dev/null, so a wrong write would be harmless
            os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("creating a device node needs root")
    else:
        path.mkdir()
    yield path
    if server is not None:
        server.close()


KINDS = {
    "fifo": stat.S_ISFIFO,
    "socket": stat.S_ISSOCK,
    "device": stat.S_ISCHR,
    "dir": stat.S_ISDIR,
}


def assert_untouched(path: Path, kind: str) -> None:
    assert KINDS[kind](path.lstat().st_mode), f"{path.name} is no longer a {kind}"
    assert os.listdir(path.parent) == [path.name], "a temporary file was left behind"


def assert_one_line_73(code: int, stderr: str) -> None:
    assert code == 73, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("aimeeting: "), stderr


@pytest.mark.parametrize("special", list(KINDS), indirect=True, ids=list(KINDS))
@pytest.mark.parametrize("option", ["--export-svg", "--export-html"])
def test_an_export_never_replaces_a_special_file(special: Path, option: str) -> None:
    kind = special.name.removeprefix("target-")
    result = run_cli("facts", *HELD, option, str(special))
    assert_one_line_73(result.exit_code, result.stderr)
    assert_untouched(special, kind)


@pytest.mark.parametrize("special", list(KINDS), indirect=True, ids=list(KINDS))
def test_init_force_never_replaces_a_special_file(special: Path) -> None:
    kind = special.name.removeprefix("target-")
    result = run_cli("init", "--force", str(special))
    assert_one_line_73(result.exit_code, result.stderr)
    assert_untouched(special, kind)


@pytest.mark.parametrize("dangling", [False, True], ids=["to-a-file", "dangling"])
@pytest.mark.parametrize(
    "args",
    [["facts", *HELD, "--export-svg"], ["facts", *HELD, "--export-html"], ["init", "--force"]],
    ids=["svg", "html", "init-force"],
)
def test_a_symbolic_link_is_refused_and_neither_it_nor_its_target_changes(
    args: list[str], dangling: bool, tmp_path: Path
) -> None:
    real = tmp_path / "real.txt"
    if not dangling:
        real.write_text("old")
    link = tmp_path / "link"
    link.symlink_to(real)
    result = run_cli(*args, str(link))
    assert_one_line_73(result.exit_code, result.stderr)
    assert "symbolic link" in result.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "old" if not dangling else not real.exists()
    assert sorted(os.listdir(tmp_path)) == (["link"] if dangling else ["link", "real.txt"])


def _paused_process(args: list[str], cwd: Path) -> tuple[subprocess.Popen[bytes], int, int]:
    """Start aimeeting; it pauses once its temporary file is complete (tests/write_hook)."""
    ready_r, ready_w = os.pipe()
    go_r, go_w = os.pipe()
    process = subprocess.Popen(
        [str(script_path()), *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        pass_fds=(ready_w, go_r),
        env={
            **os.environ,
            "PYTHONPATH": str(HOOK),
            "AIMEETING_TEST_READY_FD": str(ready_w),
            "AIMEETING_TEST_GO_FD": str(go_r),
        },
    )
    os.close(ready_w)
    os.close(go_r)
    return process, ready_r, go_w


def _wait_ready(ready: int, count: int) -> None:
    """Read ``count`` bytes: that many processes are paused mid-write. TIMEOUT only guards
    against a hang; nothing here depends on timing."""
    got = 0
    while got < count:
        readable, _, _ = select.select([ready], [], [], TIMEOUT)
        assert readable, f"only {got} of {count} processes reached the middle of their write"
        chunk = os.read(ready, count - got)
        assert chunk, "a process ended before reaching the middle of its write"
        got += len(chunk)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
@pytest.mark.parametrize(
    "args", [["facts", "--export-svg", "sheet.svg"], ["init", "--force", "sheet.svg"]]
)
def test_a_signal_mid_write_removes_the_temporary_file_and_exits_128_plus_it(
    args: list[str], signum: signal.Signals, tmp_path: Path
) -> None:
    (tmp_path / "sheet.svg").write_text("old")
    process, ready, go = _paused_process(args, tmp_path)
    try:
        _wait_ready(ready, 1)
        process.send_signal(signum)
        _, err = process.communicate(timeout=TIMEOUT)
    finally:
        process.kill()
        os.close(ready)
        os.close(go)
    assert process.returncode == 128 + signum, err
    assert os.listdir(tmp_path) == ["sheet.svg"], "the temporary file was left behind"
    assert (tmp_path / "sheet.svg").read_text() == "old"
    assert len(err.splitlines()) == 1 and signum.name.encode() in err


def test_the_previous_signal_handlers_are_restored_after_a_write(tmp_path: Path) -> None:
    def mine(_signum: int, _frame: object) -> None:
        pass

    before = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)}
    old_term = signal.signal(signal.SIGTERM, mine)
    try:
        atomic.write_atomic(tmp_path / "a.txt", b"data")
        with pytest.raises(atomic.OutputExists):
            atomic.write_atomic(tmp_path / "a.txt", b"data", replace=False)
        assert signal.getsignal(signal.SIGTERM) is mine
        assert signal.getsignal(signal.SIGHUP) == before[signal.SIGHUP]
        assert signal.getsignal(signal.SIGINT) == before[signal.SIGINT]
    finally:
        signal.signal(signal.SIGTERM, old_term)


def test_of_concurrent_inits_exactly_one_wins_and_the_rest_exit_73(tmp_path: Path) -> None:
    # Every process is held just before giving its finished file the name, then all are
    # released at once: the check-then-write race, made certain instead of likely.
    count = 6
    ready_r, ready_w = os.pipe()
    go_r, go_w = os.pipe()
    env = {
        **os.environ,
        "PYTHONPATH": str(HOOK),
        "AIMEETING_TEST_READY_FD": str(ready_w),
        "AIMEETING_TEST_GO_FD": str(go_r),
    }
    processes = [
        subprocess.Popen(
            [str(script_path()), "init", "new.json"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            pass_fds=(ready_w, go_r),
            env=env,
        )
        for _ in range(count)
    ]
    os.close(ready_w)
    os.close(go_r)
    try:
        _wait_ready(ready_r, count)
        os.write(go_w, b"g" * count)
        results = [(p.wait(timeout=TIMEOUT), p.communicate()[1]) for p in processes]
    finally:
        for process in processes:
            process.kill()
        os.close(ready_r)
        os.close(go_w)
    codes = sorted(code for code, _ in results)
    assert codes == [0] + [73] * (count - 1), results
    assert all(b"already exists" in err for code, err in results if code == 73)
    assert os.listdir(tmp_path) == ["new.json"]
