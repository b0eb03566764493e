from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean
from conftest import SEED, run_newsclean
from newsclean.learn import BoilerplateCounter

FOOTER = "Get the Daily Coast app for your phone"


def _article(n: int) -> str:
    return (
        f"Story number {n}\n\nThe council met on day {n} and voted on plan {n} after a long "
        f"debate about the budget.\n\n{FOOTER}\n\n3"
    )


def test_blocks_shared_by_many_documents_are_learned() -> None:
    counter = BoilerplateCounter()
    for n in range(20):
        counter.add(_article(n))
    assert counter.common() == frozenset({"get the daily coast app for your phone"})


def test_learned_blocks_are_removed_with_their_reason() -> None:
    counter = BoilerplateCounter()
    for n in range(20):
        counter.add(_article(n))
    result = newsclean.clean_document(_article(99), boilerplate=counter.common())
    removed = [(b.removed_by, b.reason) for b in result.document.blocks if b.text == FOOTER]
    assert removed == [("repeated", "repeats across many documents of the batch")]
    assert "The council met on day 99" in result.markdown


def test_too_few_documents_learn_nothing() -> None:
    counter = BoilerplateCounter()
    counter.add(_article(1))
    counter.add(_article(2))
    assert counter.common() == frozenset()


def test_profile_round_trip_and_merge(tmp_path: Path) -> None:
    first = BoilerplateCounter()
    for n in range(2):
        first.add(_article(n))
    first.save(tmp_path / "profile.json")
    loaded = BoilerplateCounter.load(tmp_path / "profile.json")
    assert loaded == first
    loaded.add(_article(3))
    assert FOOTER.lower() in loaded.common()


def test_bad_profile_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "profile.json"
    path.write_text('{"version": 1}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a newsclean profile"):
        BoilerplateCounter.load(path)


# Through the real command, as a cron job runs it.


def _batch(root: Path, count: int = 20) -> Path:
    root.mkdir()
    for n in range(count):
        (root / f"{n:02}.txt").write_text(_article(n), encoding="utf-8")
    return root


def test_learn_removes_a_footer_the_batch_shares_and_only_with_learn(tmp_path: Path) -> None:
    source = _batch(tmp_path / "in")
    plain = run_newsclean(str(source), "-o", str(tmp_path / "plain"))
    learned = run_newsclean(str(source), "-o", str(tmp_path / "learned"), "--learn")
    assert plain.returncode == learned.returncode == 0, learned.stderr
    assert FOOTER in (tmp_path / "plain" / "07.md").read_text(encoding="utf-8")
    cleaned = (tmp_path / "learned" / "07.md").read_text(encoding="utf-8")
    assert FOOTER not in cleaned
    assert "The council met on day 7 and voted" in cleaned


def test_learn_gives_the_same_outputs_with_any_number_of_jobs(tmp_path: Path) -> None:
    source = _batch(tmp_path / "in")
    for jobs in ("1", "3"):
        result = run_newsclean(str(source), "-o", str(tmp_path / jobs), "--learn", "-j", jobs)
        assert result.returncode == 0, result.stderr
    one = {p.name: p.read_bytes() for p in (tmp_path / "1").iterdir()}
    assert one == {p.name: p.read_bytes() for p in (tmp_path / "3").iterdir()}


def test_a_profile_saved_by_one_run_teaches_the_next(tmp_path: Path) -> None:
    profile = tmp_path / "site.json"
    first = run_newsclean(
        str(_batch(tmp_path / "in")), "-o", str(tmp_path / "out1"), "--profile", str(profile)
    )
    assert first.returncode == 0, first.stderr
    assert BoilerplateCounter.load(profile).documents == 20

    later = tmp_path / "later"
    later.mkdir()
    for n in (100, 101):
        (later / f"{n}.txt").write_text(_article(n), encoding="utf-8")
    alone = run_newsclean(str(later), "-o", str(tmp_path / "alone"), "--learn")
    assert alone.returncode == 0, alone.stderr
    assert FOOTER in (tmp_path / "alone" / "100.md").read_text(encoding="utf-8")
    second = run_newsclean(str(later), "-o", str(tmp_path / "out2"), "--profile", str(profile))
    assert second.returncode == 0, second.stderr
    for n in (100, 101):
        cleaned = (tmp_path / "out2" / f"{n}.md").read_text(encoding="utf-8")
        assert FOOTER not in cleaned and f"voted on plan {n}" in cleaned
    assert BoilerplateCounter.load(profile).documents == 22
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_explain_names_the_repeated_filter(tmp_path: Path) -> None:
    source = _batch(tmp_path / "in")
    result = run_newsclean(str(source), "--learn", "--explain-only")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.decode().splitlines()]
    footers = [row[:3] for row in rows if row[-1] == FOOTER]
    assert footers == [["removed", "repeated", "repeats across many documents of the batch"]] * 20


def test_learn_works_on_json_lines_and_stdin(tmp_path: Path) -> None:
    stdin = b"".join(json.dumps({"id": n, "text": _article(n)}).encode() + b"\n" for n in range(20))
    result = run_newsclean("--format", "jsonl", "--learn", stdin=stdin)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["id"] for r in records] == list(range(20))
    assert all(FOOTER not in r["text"] and "The council met" in r["text"] for r in records)


def test_a_malformed_profile_is_a_usage_error(tmp_path: Path) -> None:
    profile = tmp_path / "site.json"
    profile.write_text("{not json", encoding="utf-8")
    result = run_newsclean(str(SEED), "--profile", str(profile))
    assert result.returncode == 2
    assert f"profile {profile}: not a newsclean profile" in result.stderr.decode()
    assert profile.read_text(encoding="utf-8") == "{not json"


def test_learn_counts_html_pages_as_they_are_cleaned(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for n in range(20):
        (source / f"{n:02}.html").write_text(
            f"<html><head><title>Story number {n}</title></head><body><article>"
            f"<h1>Story number {n}</h1><p>The council met on day {n} and voted on plan {n} "
            "after a long debate about the budget and the roads the city wants to build.</p>"
            f"<p>{FOOTER}</p></article></body></html>",
            encoding="utf-8",
        )
    plain = run_newsclean(str(source), "-o", str(tmp_path / "plain"))
    learned = run_newsclean(str(source), "-o", str(tmp_path / "learned"), "--learn")
    assert plain.returncode == learned.returncode == 0, learned.stderr
    assert FOOTER in (tmp_path / "plain" / "07.md").read_text(encoding="utf-8")
    cleaned = (tmp_path / "learned" / "07.md").read_text(encoding="utf-8")
    assert FOOTER not in cleaned and "voted on plan 7" in cleaned
