"""The small exception hierarchy of Minewatch, each error with a stable code.

Codes are grouped by stage: MW0xx configuration and usage, MW1xx ingestion, MW2xx extraction,
MW3xx reconciliation, MW4xx treaty facts and law, MW5xx store, MW6xx web.  A code never changes
meaning once published; rejected inputs are stored with their code and reason.
"""

from __future__ import annotations


class MinewatchError(Exception):
    """Base class: a failure a user can understand and act on."""

    code: str = "MW000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code} {self.message}"


class ConfigError(MinewatchError):
    code = "MW001"


class UsageError(MinewatchError):
    code = "MW002"


class IngestError(MinewatchError):
    code = "MW100"


class ExtractionError(MinewatchError):
    code = "MW200"


class ReconcileError(MinewatchError):
    code = "MW300"


class FactError(MinewatchError):
    """A treaty fact (depositary action, deadline, conflict period) was refused."""

    code = "MW400"


class StoreError(MinewatchError):
    code = "MW500"
