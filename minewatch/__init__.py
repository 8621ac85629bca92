"""Minewatch: an evidence-linked record of the anti-personnel mine ban.

The package layout mirrors the pipeline: ``ingest -> extract -> reconcile -> law -> store -> web``.
"""

__version__ = "0.1.0"
