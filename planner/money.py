"""Money and hours arithmetic shared by every part of the planner.

All money is `decimal.Decimal`, rounded half-up to the penny wherever a figure is stated
(each cost line, each total). Nothing here reads the clock or the disk.

    penny(Decimal("32.4683"))  -> Decimal("32.47")
    gbp(Decimal("1234.5"))     -> "£1,234.50"
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

__all__ = [
    "PENNY",
    "ZERO",
    "as_decimal",
    "count_of",
    "gbp",
    "hours_text",
    "penny",
    "penny_down",
]

PENNY = Decimal("0.01")
ZERO = Decimal("0.00")


def as_decimal(value: Decimal | float | int | str) -> Decimal:
    """Turn a number into a Decimal without binary noise (7.3 stays 7.3)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def penny(value: Decimal) -> Decimal:
    """Round half-up to the penny: the one rounding rule for every stated figure."""
    return value.quantize(PENNY, rounding=ROUND_HALF_UP)


def penny_down(value: Decimal) -> Decimal:
    """Round down to the penny: used for caps, so a cap is never exceeded."""
    return value.quantize(PENNY, rounding=ROUND_DOWN)


def gbp(value: Decimal) -> str:
    """Format money for people: £1,234.50, and -£20.00 for a shortfall."""
    amount = penny(value)
    sign = "-" if amount < 0 else ""
    return f"{sign}£{abs(amount):,.2f}"


def hours_text(hours: Decimal | float) -> str:
    """Format hours without needless decimals: 20, 7.5, 12.25."""
    value = as_decimal(hours).normalize()
    text = f"{value:f}"
    return text


def hours_count(hours: Decimal | float) -> str:
    """ "1 hour", "2.5 hours": hours with the right word."""
    return "1 hour" if Decimal(str(hours)) == 1 else f"{hours_text(hours)} hours"


_COUNT_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "both": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
}


def count_of(word: str) -> int:
    """A small count as people write it: "3", "three", "both", "a" (a week)."""
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]
