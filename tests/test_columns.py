import unicodedata

import pytest

from analysis.model.columns import CATALOGUE_COLUMNS, DATA_COLUMNS, match_column


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Chỉ tiêu", "indicator"),
        ("  CHỈ   TIÊU ", "indicator"),
        (unicodedata.normalize("NFD", "Chỉ tiêu"), "indicator"),
        ("Chi tieu", "indicator"),  # typed without diacritics
        ("Đơn vị", "unit"),
        ("Đơn vị tính", "measure"),  # not the organisation
        ("Tỷ lệ (%)", "rate"),
        ("Tỉ lệ(%)", "rate"),
        ("numerator", "numerator"),
        ("Denominator", "denominator"),
        ("\u00d0ơn vị", "unit"),  # Ð from TCVN3 conversions
    ],
)
def test_headers(header: str, key: str) -> None:
    spec = match_column(header, DATA_COLUMNS)
    assert spec is not None and spec.key == key


@pytest.mark.parametrize("header", ["", "   ", None, 7, "Ghi chú thêm", "Tỷ lệ tăng"])
def test_non_headers(header: object) -> None:
    assert match_column(header, DATA_COLUMNS) is None


def test_catalogue_headers() -> None:
    assert match_column("Hệ số", CATALOGUE_COLUMNS).key == "factor"  # type: ignore[union-attr]
    assert match_column("cách đo", CATALOGUE_COLUMNS).key == "measurement"  # type: ignore[union-attr]
