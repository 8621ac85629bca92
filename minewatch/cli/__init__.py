"""The ``minewatch`` command: a thin shell over the library.

Commands live in one module per resource and are imported only when used, so that
``minewatch status`` does not pay for loading language models.  To add a command, add one line to
:data:`COMMANDS` naming ``module:attribute`` of a click command or group.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from minewatch import __version__

COMMANDS: dict[str, str] = {
    # extraction (issue 4)
    "extract": "minewatch.cli.extract:extract_command",
    "eval": "minewatch.cli.extract:eval_command",
    "claims": "minewatch.cli.extract:claims_group",
    # law and treaty facts (issue: foundation)
    "init": "minewatch.cli.law:init_command",
    "overview": "minewatch.cli.law:overview_command",
    "status": "minewatch.cli.law:status_command",
    "state": "minewatch.cli.law:state_command",
    "parties": "minewatch.cli.law:parties_command",
    "why": "minewatch.cli.law:why_command",
    "actions": "minewatch.cli.law:actions_group",
    "states": "minewatch.cli.law:states_command",
    # ingestion and the document store (issue 3)
    "ingest": "minewatch.cli.ingest:ingest_command",
    "quarantine": "minewatch.cli.ingest:quarantine_group",
    "docs": "minewatch.cli.ingest:docs_group",
    "search": "minewatch.cli.ingest:search_command",
    # scale (issue 7): partition state of `ingest --engine dask`
    "scale": "minewatch.scale.command:scale_group",
    # web (issue: dashboard, API, feeds, alerts)
    "serve": "minewatch.cli.serve:serve_command",
    "token": "minewatch.cli.serve:token_group",
    "alerts": "minewatch.cli.serve:alerts_group",
    # reconciliation (issue 5: events, corroboration, contradictions, review, profile, export)
    "reconcile": "minewatch.cli.reconcile:reconcile_command",
    "events": "minewatch.cli.reconcile:events_group",
    "review": "minewatch.cli.reconcile:review_command",
    "profile": "minewatch.cli.reconcile:profile_command",
    "export": "minewatch.cli.reconcile:export_command",
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        command: Any = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="minewatch")
def main() -> None:
    """Minewatch: an evidence-linked record of the anti-personnel mine ban.

    Ingest what the world publishes, extract treaty events with their evidence, compute each
    state's legal position from depositary facts, reconcile and review, and show the record.
    """
