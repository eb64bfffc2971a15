"""The vocabularies of the catalogue (`Danh mục`) and of the figures' coded columns.

Each is a Literal type (so a misspelt value fails the type check) and, for the catalogue,
the words a workbook may write for it, normalised to lower case. The observation schema
(`schemas.OBSERVATIONS`) takes its allowed values from these types, so a column's
vocabulary is written once.
"""

from __future__ import annotations

from typing import Literal

Measurement = Literal["full", "sample", "voluntary"]
Direction = Literal["up", "down"]
Aggregation = Literal["sum", "last"]
Display = Literal["rate", "ratio", "count"]
# A figure against its target, in the indicator's direction: the words of the public JSON
# field `target_status` (docs/json.md); their English is `labels.TARGET_STATUS`. A sample's
# figure is judged by its whole interval, so it may be neither met nor missed (issue 17).
TargetStatus = Literal["vượt", "đạt", "chưa đạt", "chưa đủ cơ sở để kết luận"]
BEYOND_TARGET: TargetStatus = "vượt"
AT_TARGET: TargetStatus = "đạt"
SHORT_OF_TARGET: TargetStatus = "chưa đạt"
UNDECIDED_TARGET: TargetStatus = "chưa đủ cơ sở để kết luận"

# Accepted catalogue words (normalised, lower case) -> canonical value.
MEASUREMENT_WORDS: dict[str, Measurement] = {
    "toàn bộ": "full",
    "full": "full",
    "census": "full",
    "mẫu": "sample",
    "chọn mẫu": "sample",
    "sample": "sample",
    "tự nguyện": "voluntary",
    "voluntary": "voluntary",
    "self-selected": "voluntary",
}
DIRECTION_WORDS: dict[str, Direction] = {
    "tăng": "up",
    "up": "up",
    "higher": "up",
    "giảm": "down",
    "down": "down",
    "lower": "down",
}
AGGREGATION_WORDS: dict[str, Aggregation] = {
    "tổng": "sum",
    "cộng dồn": "sum",
    "sum": "sum",
    "cuối kỳ": "last",
    "last": "last",
    "stock": "last",
}
DISPLAY_WORDS: dict[str, Display] = {
    "tỷ lệ": "rate",
    "tỉ lệ": "rate",
    "rate": "rate",
    "phân số": "ratio",
    "tỷ số": "ratio",
    "ratio": "ratio",
    "số lượng": "count",
    "count": "count",
}
