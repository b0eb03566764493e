"""Batches on a Dask cluster through the real command: the same outputs, messages and exit
codes as a local run, also when a worker dies mid-run. Skipped without ``newsclean[dask]``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest

from conftest import SAMPLES, SEED, run_newsclean
from helpers import holders, kill, open_writer, wait

needs_dask = pytest.mark.skipif(
    find_spec("distributed") is None, reason="needs pip install 'newsclean[dask]'"
)
FOOTER = "Get the Daily Coast app for your phone"
BLOCK_DASK = "import sys; sys.modules['dask'] = sys.modules['distributed'] = None; "


def _tree(root: Path) -> dict[str, bytes]:
    """Every file below ``root``, hidden ones too: a temporary or part left over shows."""
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def _article(n: int) -> str:
    return (
        f"Story number {n}\n\nThe council met on day {n} and voted on plan {n} after a long "
        f"debate about the budget.\n\n{FOOTER}\n"
    )


def _cluster(workers: int = 2) -> Any:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    return cluster, Client(cluster)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    cluster, client = _cluster()
    yield cluster.scheduler_address
    client.close()
    cluster.close()


def _both(tmp_path: Path, scheduler: str, *args: str) -> tuple[Any, Any]:
    """The same batch run locally and on the cluster, into ``local/`` and ``dask/``."""
    local = run_newsclean(*args, "-o", str(tmp_path / "local"))
    dask = run_newsclean(*args, "-o", str(tmp_path / "dask"), "--scheduler", scheduler)
    return local, dask


@needs_dask
def test_text_batch_is_byte_identical_to_a_local_run(tmp_path: Path, scheduler: str) -> None:
    source = tmp_path / "in"
    (source / "world").mkdir(parents=True)
    for raw in SAMPLES.glob("*.txt"):
        (source / raw.name).write_bytes(raw.read_bytes())
    (source / "world" / "seed.txt").write_bytes(SEED.read_bytes())
    (source / "bad.txt").write_bytes(b"%PDF-1.4\n" + bytes(300))
    local, dask = _both(tmp_path, scheduler, str(source))
    assert local.returncode == dask.returncode == 1
    assert local.stderr == dask.stderr
    assert b"bad.txt: binary file (a PDF document), not text" in dask.stderr
    assert _tree(tmp_path / "local") == _tree(tmp_path / "dask")
    assert len(_tree(tmp_path / "dask")) == len(list(SAMPLES.glob("*.txt"))) + 1


@needs_dask
def test_json_lines_split_in_byte_ranges_are_byte_identical(tmp_path: Path, scheduler: str) -> None:
    raw = SEED.read_text(encoding="utf-8")
    lines = []
    for n in range(300):  # about 1.2 MB: several ranges on two workers
        if n % 97 == 5:
            lines.append("{not json")
        lines.append(json.dumps({"id": n, "text": raw.replace("Syria", f"Syria {n}")}))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "pages.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "in" / "empty.jsonl").write_bytes(b"")
    local, dask = _both(tmp_path, scheduler, "--format", "jsonl", str(tmp_path / "in"))
    assert local.returncode == dask.returncode == 1
    assert local.stderr == dask.stderr
    assert b"pages.jsonl:202: not JSON" in dask.stderr
    assert _tree(tmp_path / "local") == _tree(tmp_path / "dask")
    assert len((tmp_path / "dask" / "pages.jsonl").read_bytes().splitlines()) == 304


@needs_dask
def test_learning_on_the_cluster_matches_learning_locally(tmp_path: Path, scheduler: str) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for n in range(20):
        (source / f"{n:02}.txt").write_text(_article(n), encoding="utf-8")
    local, dask = _both(tmp_path, scheduler, "--learn", str(source))
    assert local.returncode == dask.returncode == 0, dask.stderr
    assert _tree(tmp_path / "local") == _tree(tmp_path / "dask")
    assert FOOTER not in (tmp_path / "dask" / "07.md").read_text(encoding="utf-8")

    records = "".join(json.dumps({"text": _article(n)}) + "\n" for n in range(20))
    (tmp_path / "lines.jsonl").write_text(records, encoding="utf-8")
    profile = tmp_path / "site.json"
    jsonl = run_newsclean(
        "--format", "jsonl", str(tmp_path / "lines.jsonl"), "-o", str(tmp_path / "jd"),
        "--scheduler", scheduler, "--profile", str(profile),
    )  # fmt: skip
    assert jsonl.returncode == 0, jsonl.stderr
    cleaned = (tmp_path / "jd" / "lines.jsonl").read_text(encoding="utf-8")
    assert FOOTER not in cleaned and cleaned.count("The council met") == 20
    assert json.loads(profile.read_text(encoding="utf-8"))["documents"] == 20


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs Linux (/proc, pidfd)")
@needs_dask
def test_a_worker_killed_mid_task_is_retried_and_outputs_are_whole(tmp_path: Path) -> None:
    cluster, client = _cluster()
    process = None
    try:
        paragraph = {"a.txt": "First story.\n", "b": "Second story.\n", "c.txt": "Third story.\n"}
        plain, source, out = tmp_path / "plain", tmp_path / "in", tmp_path / "out"
        plain.mkdir()
        source.mkdir()
        for name, text in paragraph.items():
            (plain / name).write_text(text, encoding="utf-8")
            if name != "b":
                (source / name).write_text(text, encoding="utf-8")
        # A FIFO: the task that reads it waits there until the test writes, so the kill lands
        # while that task is running, and the test sees which process runs each attempt.
        fifo = source / "b"
        os.mkfifo(fifo)
        out.mkdir()
        (out / ".b.md.k1ll3d00.tmp").write_text("Sec", encoding="utf-8")  # a dead attempt's
        scheduler_args = ("--scheduler", cluster.scheduler_address)
        process = subprocess.Popen(
            [sys.executable, "-m", "newsclean", str(source), "-o", str(out), *scheduler_args],
            stderr=subprocess.PIPE,
        )
        writer = wait(lambda: open_writer(fifo), "the task reading the FIFO")
        with writer:
            [first] = wait(lambda: holders(fifo), "the first attempt's process")
            assert first in client.run(os.getpid).values()  # a worker, mid-task
            kill(first)
            # Every thread of the dead worker is gone, so a process holding the FIFO now runs
            # the task again; only then is there a reader for the data.
            wait(lambda: holders(fifo), "the task run again")
            writer.write(b"Second story.\n")
        _, err = process.communicate(timeout=120)
        expected = run_newsclean(str(plain), "-o", str(tmp_path / "expected"))
        assert process.returncode == expected.returncode == 0, err
        assert err == expected.stderr == b"newsclean: 3 cleaned, 0 failed\n"
        assert _tree(out) == _tree(tmp_path / "expected")
    finally:
        if process is not None and process.poll() is None:
            process.kill()  # a failed check must not leave the command waiting on the FIFO
            process.communicate()
        client.close()
        cluster.close()


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs Linux (/proc, pidfd)")
@needs_dask
def test_a_task_whose_workers_die_past_the_retries_fails_its_inputs(tmp_path: Path) -> None:
    import dask
    import distributed  # noqa: F401  (its defaults must be in dask's config before the change)

    # No retry at all: the first worker death is the last one Dask allows.
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster, client = _cluster()
    process = None
    try:
        source, out = tmp_path / "in", tmp_path / "out"
        source.mkdir()
        (source / "a.txt").write_text("First story.\n", encoding="utf-8")
        fifo = source / "b"
        os.mkfifo(fifo)
        scheduler_args = ("--scheduler", cluster.scheduler_address)
        process = subprocess.Popen(
            [sys.executable, "-m", "newsclean", str(source), "-o", str(out), *scheduler_args],
            stderr=subprocess.PIPE,
        )
        with wait(lambda: open_writer(fifo), "the task reading the FIFO"):
            [worker] = wait(lambda: holders(fifo), "the worker's process")
            kill(worker)
            _, err = process.communicate(timeout=120)
    finally:
        if process is not None and process.poll() is None:
            process.kill()
            process.communicate()
        client.close()
        cluster.close()
    assert process.returncode == 1, err
    assert b"Traceback" not in err
    assert b"b: the worker cleaning it died" in err
    assert not (out / "b.md").exists()
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]  # no partial file


@needs_dask
def test_scheduler_local_starts_its_own_cluster(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_bytes(SEED.read_bytes())
    result = run_newsclean(
        "--scheduler", "local", "-j", "2", str(tmp_path / "in"), "-o", str(tmp_path / "out")
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == b"newsclean: 1 cleaned, 0 failed\n"
    assert (tmp_path / "out" / "seed.md").read_bytes() == SEED.with_suffix(".md").read_bytes()


# Without the extra: nothing imports Dask, and asking for it says how to install it.


def _without_dask(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    code = BLOCK_DASK + "from newsclean.cli import main; main(prog_name='newsclean')"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, check=False, cwd=cwd
    )


def test_without_dask_the_scheduler_option_says_how_to_install_it(tmp_path: Path) -> None:
    result = _without_dask(str(SEED), "-o", "out", "--scheduler", "local", cwd=tmp_path)
    assert result.returncode == 2
    assert "pip install 'newsclean[dask]'" in result.stderr.decode()
    assert not (tmp_path / "out").exists()
    plain = _without_dask(str(SEED), "-o", "out", cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr


def test_a_local_run_never_imports_dask() -> None:
    code = (
        "import sys; from newsclean.cli import main\n"
        f"try: main([{str(SEED)!r}, '--learn'])\n"
        "except SystemExit: pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    assert result.stdout.decode().splitlines()[-1] == "[]"


def test_scheduler_needs_an_output_dir_and_files(tmp_path: Path) -> None:
    no_dir = run_newsclean(str(SEED), "--scheduler", "local")
    assert no_dir.returncode == 2 and b"--scheduler needs -o" in no_dir.stderr
    stdin = run_newsclean("-o", str(tmp_path), "--scheduler", "local", stdin=b"Text.\n")
    assert stdin.returncode == 2 and b"not standard input" in stdin.stderr
