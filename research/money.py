"""Money as words: the one way a posting's salary is written, by the report's pay answer
and by ``runnerup read`` alike. Pure."""

from __future__ import annotations

from research.model import SalaryRange

_PERIODS = {"year": "a year", "month": "a month", "week": "a week", "day": "a day",
            "hour": "an hour"}  # fmt: skip


def _money(value: float) -> str:
    """Whole amounts without decimals; cents (an hourly rate of 18.50) with two."""
    return f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:,.2f}"


def salary_text(salary: SalaryRange | None) -> str:
    """A posting's salary in words, currency first: "EUR 4,500–5,500 a month",
    "USD 62 an hour", "from GBP 40,000 a year", "up to 52,000"; "not stated" when the
    posting gives no figure."""
    if salary is None or (salary.minimum is None and salary.maximum is None):
        return "not stated"
    low, high = salary.minimum, salary.maximum
    prefix = ""
    if low is not None and high is not None:
        amount = _money(low) if low == high else f"{_money(low)}–{_money(high)}"
    elif low is not None:
        prefix, amount = "from ", _money(low)
    else:
        prefix, amount = "up to ", _money(high or 0.0)
    period = salary.period or ""
    parts = [salary.currency or "", amount, _PERIODS.get(period, f"per {period}" if period else "")]
    return prefix + " ".join(p for p in parts if p)


__all__ = ["salary_text"]
