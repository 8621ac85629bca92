"""Docs are checked: every command, subcommand and setting appears in docs/ or the README."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import click
import pytest

from minewatch.cli import COMMANDS, main
from minewatch.settings import SETTINGS_HELP, Settings

ROOT = Path(__file__).resolve().parents[1]


def _all_docs() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join([(ROOT / "README.md").read_text(encoding="utf-8"), *texts])


def _command_paths() -> list[str]:
    ctx = click.Context(main)
    paths: list[str] = []
    for name in COMMANDS:
        command = main.get_command(ctx, name)
        assert command is not None, name
        paths.append(name)
        if isinstance(command, click.Group):
            paths.extend(f"{name} {sub}" for sub in command.list_commands(ctx))
    return paths


@pytest.mark.parametrize("path", _command_paths())
def test_every_command_is_documented(path: str) -> None:
    assert f"minewatch {path}" in _all_docs(), f"`minewatch {path}` is not mentioned in docs/"


@pytest.mark.parametrize("name", [f.name for f in fields(Settings)])
def test_every_setting_is_documented_with_help(name: str) -> None:
    assert name in SETTINGS_HELP
    assert f"`{name}`" in (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
