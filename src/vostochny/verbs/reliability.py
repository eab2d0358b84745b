"""Krippendorff's alpha for nominal labels: agreement on label decisions corrected for chance.

F1 says how many records two passes share; it does not say how much of the label agreement two
passes would reach by drawing labels at random from the same distribution (most mentions are PER
or GPE, most zones body). Alpha does, and it is defined for units with missing values, which the
passes have wherever one of them has a record the other lacks.

Definitions after Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): the values of
unit u pair with each other (m_u values give m_u(m_u - 1) ordered pairs, each weighted 1/(m_u - 1))
into the coincidence matrix o; units with fewer than two values pair with nothing and drop out.
With n_c the row sums and n the pairable values, alpha = 1 - (n - 1) * sum_{c != k} o_ck /
sum_{c != k} n_c n_k. It is undefined (None) when the pairable values hold fewer than two labels.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypedDict


class AlphaSummary(TypedDict):
    units: int
    disagreements: int
    alpha: float | None


@dataclass(frozen=True)
class Reliability:
    """Alpha over the pairable units, how many there were and how many had values that differ."""

    alpha: float | None
    units: int
    disagreements: int

    def as_dict(self) -> AlphaSummary:
        return {"units": self.units, "disagreements": self.disagreements,
                "alpha": None if self.alpha is None else round(self.alpha, 4)}


def coincidences(units: Iterable[Sequence[Hashable | None]]) -> dict[tuple[Hashable, Hashable], float]:
    """The coincidence matrix o_ck (ordered pairs of labels): each unit's values, None for a missing one."""
    matrix: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for unit in units:
        values = Counter(v for v in unit if v is not None)
        m = sum(values.values())
        if m < 2:
            continue
        for c, count_c in values.items():
            for k, count_k in values.items():
                matrix[c, k] += count_c * (count_k - (c == k)) / (m - 1)
    return dict(matrix)


def nominal_alpha(units: Iterable[Sequence[Hashable | None]]) -> Reliability:
    """Krippendorff's alpha with the nominal distance over units of labels (None: no value from that coder)."""
    listed = [[v for v in unit if v is not None] for unit in units]
    pairable = [unit for unit in listed if len(unit) >= 2]
    matrix = coincidences(pairable)
    totals: defaultdict[Hashable, float] = defaultdict(float)
    for (c, _), weight in matrix.items():
        totals[c] += weight
    n = sum(totals.values())
    observed = sum(w for (c, k), w in matrix.items() if c != k)
    expected = n * n - sum(t * t for t in totals.values())  # sum over c != k of n_c n_k
    alpha = 1 - (n - 1) * observed / expected if expected else None
    return Reliability(alpha, len(pairable), sum(len(set(unit)) > 1 for unit in pairable))
