"""The rate card: every figure the planner uses, each with its source and date.

    planner/rates/england-2026-27.yaml  (packaged, complete)
              +  a council's partial card (any subset of the same keys)
              =  RateCard  ->  passed into draft_plan(); core code never reads files

`load_rate_card` and `default_rate_card` (the packaged card, its YAML parsed once per process and
shared by every caller) are the only functions here that read a file. A council override may give a
bare value (`pa_hourly_rate: 13.75`) or a full entry (`{value, source, date, note}`); an
unknown key is an error, so a typo cannot silently leave the default in place.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "DEFAULT_RATE_CARD",
    "Figure",
    "RateCard",
    "RateCardError",
    "default_rate_card",
    "load_rate_card",
]

DEFAULT_RATE_CARD = "england-2026-27.yaml"


class RateCardError(ValueError):
    """A rate card is missing a figure, has an unknown one, or has a value that is not a number."""


class Figure(BaseModel):
    """One figure: its value and where it comes from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    value: Decimal = Field(ge=0)
    unit: str = ""
    source: str
    date: str = ""
    note: str = ""

    @field_validator("value", mode="before")
    @classmethod
    def _exact(cls, value: object) -> object:
        if isinstance(value, float | int) and not isinstance(value, bool):
            return Decimal(str(value))
        return value

    @field_validator("date", mode="before")
    @classmethod
    def _as_text(cls, value: object) -> object:
        return "" if value is None else str(value)


class RateCard(BaseModel):
    """A complete set of figures. Use `card["pa_hourly_rate"]` for a value."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    tax_year: str = ""
    figures: dict[str, Figure]
    overridden: tuple[str, ...] = ()

    def __getitem__(self, key: str) -> Decimal:
        try:
            return self.figures[key].value
        except KeyError:
            raise RateCardError(f"the rate card has no figure called {key!r}") from None

    def figure(self, key: str) -> Figure:
        """The whole entry for a key, with its source and date."""
        return self.figures[key]

    def with_overrides(self, overrides: Mapping[str, Any], *, label: str = "local") -> RateCard:
        """A new card with some figures replaced. Unknown keys raise RateCardError."""
        raw = overrides["figures"] if isinstance(overrides.get("figures"), Mapping) else overrides
        unknown = sorted(k for k in raw if k not in self.figures and k not in ("name", "tax_year"))
        if unknown:
            raise RateCardError("unknown rate card figures: " + ", ".join(unknown))
        figures = dict(self.figures)
        changed: list[str] = []
        for key, entry in raw.items():
            if key in ("name", "tax_year"):
                continue
            old = figures[key]
            if isinstance(entry, Mapping):
                data = {"unit": old.unit, "source": f"{label} rate card", "date": "", **entry}
            else:
                data = {"value": entry, "unit": old.unit, "source": f"{label} rate card"}
            figures[key] = _figure(key, data)
            changed.append(key)
        name = str(overrides.get("name") or f"{self.name} with {label} figures")
        return self.model_copy(
            update={"figures": figures, "name": name, "overridden": (*self.overridden, *changed)}
        )


def _figure(key: str, data: Any) -> Figure:
    if not isinstance(data, Mapping):
        data = {"value": data, "source": "unknown"}
    try:
        return Figure.model_validate(dict(data))
    except (ValueError, InvalidOperation) as exc:
        raise RateCardError(f"rate card figure {key!r} is not valid: {exc}") from exc


def _from_mapping(data: Mapping[str, Any]) -> RateCard:
    figures_raw = data.get("figures")
    if not isinstance(figures_raw, Mapping) or not figures_raw:
        raise RateCardError("a rate card needs a 'figures' section")
    figures = {str(k): _figure(str(k), v) for k, v in figures_raw.items()}
    return RateCard(
        name=str(data.get("name", "rate card")),
        tax_year=str(data.get("tax_year", "")),
        figures=figures,
    )


def _read_yaml(path: Path | str) -> Mapping[str, Any]:
    text = Path(path).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, Mapping):
        raise RateCardError(f"{path}: a rate card must be a YAML mapping")
    return data


def _packaged() -> Mapping[str, Any]:
    text = (
        resources.files("planner").joinpath("rates").joinpath(DEFAULT_RATE_CARD).read_text("utf-8")
    )
    data = yaml.safe_load(text)
    assert isinstance(data, Mapping)
    return data


@functools.cache
def default_rate_card() -> RateCard:
    """The packaged card, its YAML parsed once per process (a RateCard is frozen, so one copy
    is shared by every caller)."""
    return _from_mapping(_packaged())


def load_rate_card(
    path: Path | str | None = None,
    overrides: Mapping[str, Any] | Path | str | None = None,
) -> RateCard:
    """Load a rate card (the packaged England card by default) and apply a council's overrides.

    `path` is a complete card. `overrides` is a partial card: a mapping, or a YAML file.
    Every figure of the packaged card must be present in a complete card.
    """
    if path is None:
        card = default_rate_card()
    else:
        card = _from_mapping(_read_yaml(path))
        missing = sorted(set(default_rate_card().figures) - set(card.figures))
        if missing:
            raise RateCardError(f"{path}: missing figures: " + ", ".join(missing))
    if overrides is None:
        return card
    if isinstance(overrides, Path | str):
        label = Path(overrides).stem
        return card.with_overrides(_read_yaml(overrides), label=label)
    return card.with_overrides(overrides)
