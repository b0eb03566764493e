"""The config file steers filters per run and per source; the command line overrides it; a key
newsclean does not know is an error naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from conftest import SEED, run_newsclean

EXPECTED = SEED.with_suffix(".md").read_text(encoding="utf-8")
RAW = SEED.read_text(encoding="utf-8")
NO_CAPTIONS = newsclean.clean(RAW, disabled=frozenset({"captions"}))


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "newsclean.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_config_that_disables_captions_keeps_the_seeds_captions(tmp_path: Path) -> None:
    config = _config(tmp_path, "[filters]\ncaptions = false\n")
    result = run_newsclean("--config", str(config), str(SEED))
    assert result.returncode == 0
    assert "An ISIL billboard is seen destroyed" in result.stdout.decode()
    assert "(AFP OUT) U.S. President Donald Trump" in result.stdout.decode()
    assert result.stdout.decode() == NO_CAPTIONS


def test_newsclean_toml_in_the_current_directory_is_read(tmp_path: Path) -> None:
    _config(tmp_path, 'captions = "keep"\n')
    result = run_newsclean(str(SEED), cwd=tmp_path)
    assert result.stdout.decode() == newsclean.clean(RAW, captions="keep")


def test_the_user_config_directory_is_read_last(tmp_path: Path) -> None:
    user_dir = tmp_path / "home-config" / "newsclean"
    user_dir.mkdir(parents=True)
    (user_dir / "newsclean.toml").write_text("[filters]\ncaptions = false\n", encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "home-config"), "PATH": "/usr/bin:/bin"}
    (tmp_path / "work").mkdir()
    result = run_newsclean(str(SEED), cwd=tmp_path / "work", env=env)
    assert result.stdout.decode() == NO_CAPTIONS


def test_command_line_overrides_the_file(tmp_path: Path) -> None:
    config = _config(tmp_path, "[filters]\ncaptions = false\n")
    result = run_newsclean("--config", str(config), "--enable", "captions", str(SEED))
    assert result.stdout.decode() == EXPECTED
    keep = _config(tmp_path, 'captions = "keep"\n')
    result = run_newsclean("--config", str(keep), "--captions", "drop", str(SEED))
    assert result.stdout.decode() == EXPECTED


def test_disable_on_the_command_line() -> None:
    off = ("title", "ads")
    result = run_newsclean(*(arg for name in off for arg in ("--disable", name)), str(SEED))
    assert result.stdout.decode() == newsclean.clean(RAW, disabled=frozenset(off))
    assert "ADVERTISEMENT" in result.stdout.decode()


def test_source_rules_apply_to_matching_paths_only(tmp_path: Path) -> None:
    for folder in ("wire", "blog"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "seed.txt").write_bytes(SEED.read_bytes())
    config = _config(
        tmp_path, '[[sources]]\npattern = "*/wire/*"\n[sources.filters]\ncaptions = false\n'
    )
    result = run_newsclean("in", "-o", "out", "--config", str(config), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "wire" / "seed.md").read_text(encoding="utf-8") == NO_CAPTIONS
    assert (tmp_path / "out" / "blog" / "seed.md").read_text(encoding="utf-8") == EXPECTED


def test_extra_phrases_teach_a_sites_own_labels(tmp_path: Path) -> None:
    raw = "Headline of the day\n\nThe story.\n\nGESPONSERTE INHALTE VON ACME\n\nMore story.\n"
    config = _config(tmp_path, '[phrases.ads]\nde = ["Gesponserte Inhalte von Acme"]\n')
    before = run_newsclean(stdin=raw.encode())
    after = run_newsclean("--config", str(config), stdin=raw.encode())
    assert "ACME" in before.stdout.decode()
    assert after.stdout.decode() == "# Headline of the day\n\nThe story.\n\nMore story.\n"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("captoins = 'keep'\n", "unknown key 'captoins'"),
        ("[filters]\ncaption = false\n", "unknown filter in [filters] 'caption'"),
        ("[filters]\nads = 'no'\n", "[filters] ads must be true or false"),
        ("captions = 'sometimes'\n", '\'captions\' must be "drop" or "keep"'),
        ("[phrases.title]\nen = ['x']\n", "unknown filter in [phrases]"),
        ("[phrases.ads]\nen = 'x'\n", "[phrases.ads] en must be a list of strings"),
        ("[[sources]]\ncaptions = 'keep'\n", "[[sources]] #1 needs a 'pattern'"),
        ("[[sources]]\npattern = '*'\nfilter = {}\n", "unknown key in [[sources]] #1 'filter'"),
        ("captions = \n", "not valid TOML"),
    ],
)
def test_bad_config_is_a_usage_error_naming_the_key(tmp_path: Path, text: str, named: str) -> None:
    config = _config(tmp_path, text)
    result = run_newsclean("--config", str(config), str(SEED))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert named in err and str(config) in err
    assert "Traceback" not in err and result.stdout == b""


def test_unknown_filter_on_the_command_line_exits_2() -> None:
    result = run_newsclean("--disable", "captionz", str(SEED))
    assert result.returncode == 2 and "captionz" in result.stderr.decode()


def test_missing_config_file_exits_2(tmp_path: Path) -> None:
    result = run_newsclean("--config", str(tmp_path / "none.toml"), str(SEED))
    assert result.returncode == 2 and "none.toml: no such file" in result.stderr.decode()


def test_list_filters_prints_each_name_with_what_it_removes() -> None:
    lines = run_newsclean("--list-filters").stdout.decode().splitlines()
    assert [line.split()[0] for line in lines] == list(newsclean.FILTER_NAMES)
    assert all(len(line.split()) > 3 for line in lines)
