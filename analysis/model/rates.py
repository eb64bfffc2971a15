"""The arithmetic every figure shares: a rate, and rounding half up, exactly.

A rate is `numerator × factor / denominator` (factor 100 for per cent, 1000 for
per mille) and it is computed here and nowhere else. Figures are float64 columns;
rounding them for print must still be the half-up rounding a reader checking by
hand expects (0,15 → 0,2; 98,25 → 98,3), which binary floats get wrong at exact
ties. `round_half_up` rounds vectorised and settles the few values that sit
within a hair of a tie exactly, through the shortest decimal that the float
stands for (`repr`), which is the decimal the workbook typed or the exact
quotient of two counts.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# Scaled magnitudes below this are exact integers in a float64.
_EXACT_LIMIT = float(2**52)
_TIE_TOLERANCE = 1e-6


def compute_rate(
    numerator: npt.ArrayLike, denominator: npt.ArrayLike, factor: npt.ArrayLike
) -> FloatArray:
    """numerator × factor / denominator, element-wise; NaN where there is no base (0 or NaN)."""
    n = np.asarray(numerator, dtype=np.float64)
    d = np.asarray(denominator, dtype=np.float64)
    f = np.asarray(factor, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.where((d != 0) & ~np.isnan(d), n * f / d, np.nan)
    return np.asarray(result, dtype=np.float64)


def figure_values(
    numerator: npt.ArrayLike,
    denominator: npt.ArrayLike,
    factor: npt.ArrayLike,
    display: npt.ArrayLike,
) -> FloatArray:
    """Each figure's value in its own unit: the rate where it has a base and is not shown as
    a count, else the count (or the rate typed as such)."""
    n = np.asarray(numerator, dtype=np.float64)
    d = np.asarray(denominator, dtype=np.float64)
    counted = np.asarray(display, dtype=object) == "count"
    has_base = ~np.isnan(d) & (d != 0)
    return np.asarray(np.where(has_base & ~counted, compute_rate(n, d, factor), n), np.float64)


def achievements(value: npt.ArrayLike, target: npt.ArrayLike) -> FloatArray:
    """Each value as a per cent of its plan (44 against 40 is 110); NaN without a plan."""
    v = np.asarray(value, dtype=np.float64)
    t = np.asarray(target, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.asarray(np.where(t > 0, v * 100.0 / t, np.nan), dtype=np.float64)


def decimal_of(value: float | int | Decimal) -> Decimal:
    """The exact decimal a number stands for: an int or Decimal as is, a float by its repr."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, (int, np.integer)):
        return Decimal(int(value))
    return Decimal(repr(float(value)))


def round_half_up_scalar(value: float | int | Decimal, decimals: int) -> Decimal:
    """One number rounded to `decimals` places, halves away from zero, as a Decimal."""
    return decimal_of(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def scaled_half_up(values: npt.ArrayLike, decimals: npt.ArrayLike) -> tuple[IntArray, FloatArray]:
    """Each value × 10^decimals rounded half up, as integers (with the scale's float for NaN).

    Returns (integers, mask-free float copy); integers are meaningful where the
    input is finite. Values too large for exact float integers are rounded
    through Decimal.
    """
    v = np.asarray(values, dtype=np.float64)
    d = np.broadcast_to(np.asarray(decimals, dtype=np.int64), v.shape)
    finite = np.isfinite(v)
    scaled = np.where(finite, v, 0.0) * np.power(10.0, d)
    magnitude = np.abs(scaled)
    rounded = np.floor(magnitude + 0.5)
    fraction = magnitude - np.floor(magnitude)
    # Scaling by 10^d can move a value by a few units in its last place, so what lies that
    # close to a tie is settled exactly.
    tolerance = _TIE_TOLERANCE + magnitude * 1e-15
    exact = (np.abs(fraction - 0.5) > tolerance) & (magnitude < _EXACT_LIMIT)
    result = (np.sign(scaled) * rounded).astype(np.int64)
    for index in np.flatnonzero(finite & ~exact):
        scalar = round_half_up_scalar(float(v[index]), int(d[index]))
        result[index] = int(scalar.scaleb(int(d[index])))
    return result, scaled


def round_half_up(values: npt.ArrayLike, decimals: npt.ArrayLike) -> FloatArray:
    """Values rounded to `decimals` places, halves away from zero, as floats (NaN stays NaN)."""
    v = np.asarray(values, dtype=np.float64)
    integers, _ = scaled_half_up(v, decimals)
    d = np.broadcast_to(np.asarray(decimals, dtype=np.int64), v.shape)
    out = integers / np.power(10.0, d)
    return np.asarray(np.where(np.isfinite(v), out, np.nan), dtype=np.float64)


def is_whole(values: npt.ArrayLike) -> npt.NDArray[np.bool_]:
    """True where a value is a whole number (NaN is not)."""
    v = np.asarray(values, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return np.asarray(np.isfinite(v) & (np.floor(v) == v), dtype=np.bool_)
