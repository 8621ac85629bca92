"""Calendar arithmetic for treaty periods.

A period in months or years ends on the same day of the month as it started; where the target
month has no such day (31 August + 6 months), it ends on that month's last day.  This is the rule
of the European Convention on the Calculation of Time-Limits (1972, Art. 4) and of EU Regulation
1182/71 (Art. 3(2)(c)); ``docs/law.md`` gives the reasoning.
"""

from __future__ import annotations

import calendar
from datetime import date


def add_months(start: date, months: int) -> date:
    """``start`` plus ``months`` calendar months, clamped to the target month's last day."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


def add_years(start: date, years: int) -> date:
    """``start`` plus ``years`` years (29 February gives 28 February in a common year)."""
    return add_months(start, 12 * years)


def first_of_month_after(start: date, months: int) -> date:
    """The first day of the ``months``-th month after the month of ``start``."""
    return add_months(start.replace(day=1), months)


def is_clamped(start: date, months: int) -> bool:
    """Whether adding ``months`` to ``start`` hit a month too short for its day."""
    return add_months(start, months).day != start.day
