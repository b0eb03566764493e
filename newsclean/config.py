"""The configuration file: filters on or off, caption mode, extra marker phrases, and rules
for some sources, read from TOML and checked strictly.

A key newsclean does not know is an error naming it, never ignored: a typo in a cron job's
config must not silently clean with the defaults. Settings apply in one order: defaults, then
the file, then each ``[[sources]]`` rule whose pattern matches the input, then the command line.

    captions = "keep"

    [filters]
    title = false

    [phrases.ads]
    en = ["Sponsored by Acme"]

    [[sources]]
    pattern = "*/reuters/*"
    captions = "drop"
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, NamedTuple

import click

from .batch import Task
from .options import PHRASE_FILTERS, CaptionMode, Options, Scope
from .pipeline import FILTER_NAMES

FILE_NAME = "newsclean.toml"
_LAYER_KEYS = ("captions", "filters", "phrases")
_TOP_KEYS = (*_LAYER_KEYS, "sources")


class ConfigError(ValueError):
    """The file cannot be read or holds something newsclean does not know."""


class Layer(NamedTuple):
    """What one place (the file, a source rule, the command line) sets; unset stays as is."""

    captions: CaptionMode | None = None
    filters: tuple[tuple[str, bool], ...] = ()
    phrases: frozenset[tuple[str, str]] = frozenset()
    front_matter: bool | None = None
    scope: Scope | None = None

    def apply(self, options: Options) -> Options:
        disabled = set(options.disabled)
        for name, on in self.filters:
            (disabled.discard if on else disabled.add)(name)
        return replace(
            options,
            captions=self.captions or options.captions,
            disabled=frozenset(disabled),
            extra_phrases=options.extra_phrases | self.phrases,
            front_matter=options.front_matter if self.front_matter is None else self.front_matter,
            scope=self.scope or options.scope,
        )


class Config(NamedTuple):
    base: Layer = Layer()
    sources: tuple[tuple[str, Layer], ...] = ()

    def options_for(self, task: Task, command_line: Layer) -> Options:
        """Defaults < file < matching source rules, in file order < command line."""
        options = self.base.apply(Options())
        for pattern, layer in self.sources:
            if fnmatchcase(task.pattern_name, pattern):
                options = layer.apply(options)
        return command_line.apply(options)


def find(explicit: Path | None) -> Path | None:
    """``--config FILE``, else ``./newsclean.toml``, else the user's config directory."""
    if explicit is not None:
        return explicit
    for candidate in (Path(FILE_NAME), Path(click.get_app_dir("newsclean")) / FILE_NAME):
        if candidate.is_file():
            return candidate
    return None


def load(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: {(error.strerror or str(error)).lower()}") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from error
    try:
        return _config(data)
    except ConfigError as error:
        raise ConfigError(f"{path}: {error}") from error


def _config(data: dict[str, Any]) -> Config:
    _known(data, _TOP_KEYS, "key")
    rules = data.get("sources", [])
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        raise ConfigError("'sources' must be an array of tables ([[sources]])")
    sources = []
    for number, rule in enumerate(rules, start=1):
        where = f"[[sources]] #{number}"
        _known(rule, ("pattern", *_LAYER_KEYS), f"key in {where}")
        pattern = rule.get("pattern")
        if not isinstance(pattern, str) or not pattern:
            raise ConfigError(f"{where} needs a 'pattern' string (a glob on the input path)")
        sources.append((pattern, _layer(rule, f"{where} ")))
    return Config(_layer(data, ""), tuple(sources))


def _layer(table: Mapping[str, Any], where: str) -> Layer:
    captions = table.get("captions")
    if captions not in (None, "drop", "keep"):
        raise ConfigError(f'{where}\'captions\' must be "drop" or "keep", not {captions!r}')
    filters = _table(table, "filters", where)
    _known(filters, FILTER_NAMES, f"filter in {where}[filters]")
    for name, on in filters.items():
        if not isinstance(on, bool):
            raise ConfigError(f"{where}[filters] {name} must be true or false, not {on!r}")
    phrases = _table(table, "phrases", where)
    _known(phrases, tuple(PHRASE_FILTERS), f"filter in {where}[phrases] (only these read phrases)")
    pairs: set[tuple[str, str]] = set()
    for name, languages in phrases.items():
        if not isinstance(languages, dict):
            raise ConfigError(f"{where}[phrases.{name}] must map languages to lists of phrases")
        for language, words in languages.items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise ConfigError(f"{where}[phrases.{name}] {language} must be a list of strings")
            pairs.update((name, word) for word in words)
    return Layer(captions, tuple(filters.items()), frozenset(pairs))


def _table(table: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}'{key}' must be a table ([{key}])")
    return value


def _known(table: Mapping[str, Any], known: tuple[str, ...], what: str) -> None:
    unknown = [key for key in table if key not in known]
    if unknown:
        raise ConfigError(f"unknown {what} {unknown[0]!r} (known: {', '.join(known)})")
