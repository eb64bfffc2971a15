"""The `chiso extract` command (issue 20): the units' written reports (.docx, .txt, or
folders of them) to one draft workbook the analyst confirms in Excel before `chiso check`
reads it. A face of the command line beside `cli.py`, which registers it; the work is
`run.extract`'s.

Exit codes as `cli`'s: 0 written, 1 a report could not be read or the draft not written
(nothing is written then), 2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .present.terminal_text import printable


def add_extract_command(commands: Any) -> None:
    """Register `chiso extract` on the command line's subcommands."""
    extract = commands.add_parser(
        "extract",
        help="lấy số liệu từ báo cáo Word / text ra bản nháp Excel / figures from Word or "
        "text reports to a draft workbook",
        description="Đọc từng báo cáo (.docx, .txt, hoặc thư mục chứa chúng), tìm mọi số liệu "
        "và ghi vào một bản nháp Excel, mỗi số liệu một dòng kèm câu gốc và vị trí. Điền cột "
        "«Xác nhận» (đúng / sửa / bỏ) cho từng dòng, rồi chạy chiso check và chiso build. / "
        "Read each report (.docx, .txt, or folders of them), find every figure and write a "
        "draft workbook, one figure a row with the sentence it came from and where. Fill "
        "«Xác nhận» (đúng / sửa / bỏ) on each row, then run chiso check and chiso build. "
        "Ví dụ / example: chiso extract bao-cao/ -o ban-nhap.xlsx",
    )
    extract.add_argument(
        "reports", nargs="+", type=Path, metavar="REPORT",
        help="báo cáo .docx / .txt hoặc thư mục / .docx / .txt reports or folders",
    )  # fmt: skip
    extract.add_argument(
        "-o", "--output", type=Path, required=True, metavar="BAN-NHAP.xlsx",
        help="bản nháp sẽ ghi / the draft to write",
    )  # fmt: skip
    extract.add_argument(
        "--unit", metavar="ĐƠN VỊ",
        help="đơn vị của báo cáo không ghi cơ quan ban hành / the unit of a report that "
        "names no issuing body",
    )  # fmt: skip
    extract.add_argument(
        "--period", metavar="KỲ",
        help="kỳ báo cáo khi báo cáo không ghi, ví dụ «6 tháng đầu năm 2024» / the "
        "reporting period when a report does not state it",
    )  # fmt: skip
    extract.set_defaults(run=run_extract)


def run_extract(args: argparse.Namespace) -> int:
    from .model.periods import PeriodParseError, parse_period
    from .reading.report_text import ReportError
    from .run.extract import extract, report_files, write_draft

    if args.output.suffix.lower() != ".xlsx":
        print(f"{args.output}: bản nháp phải là tệp .xlsx / the draft must be a .xlsx file",
              file=sys.stderr)  # fmt: skip
        return 2
    period = None
    if args.period is not None:
        try:
            period = parse_period(args.period)
        except PeriodParseError as exc:
            print(f"--period: {exc}", file=sys.stderr)
            return 2
    try:
        paths = report_files(args.reports)
    except ReportError as exc:
        print(printable(str(exc)), file=sys.stderr)
        return 2
    if any(p.resolve() == args.output.resolve() for p in paths):
        print(f"{args.output}: trùng tên một báo cáo / is one of the reports", file=sys.stderr)
        return 2

    done = [0]

    def reading(path: Path) -> None:
        done[0] += 1
        print(printable(f"Đang đọc / reading ({done[0]}/{len(paths)}): {path}"), file=sys.stderr)

    try:
        extraction = extract(paths, unit=args.unit, period=period, on_report=reading)
    except ReportError as exc:
        print(printable(str(exc)), file=sys.stderr)
        print("Chưa ghi gì. / Nothing was written.", file=sys.stderr)
        return 1
    for report in extraction.reports:
        unsure = sum(1 for f in report.figures if f.confidence != "cao")
        print(printable(
            f"{report.path.name}: {report.unit or '?'} — {len(report.figures)} số liệu, "
            f"{unsure} cần xem kỹ / {len(report.figures)} figures, {unsure} to look at closely"
        ))  # fmt: skip
        if not report.figures:
            print(printable(
                f"Cảnh báo: không tìm thấy số liệu nào trong {report.path.name} (tệp trống, hay "
                "chỉ có hình ảnh?) / warning: no figure found in it (an empty file, or images "
                "only?)"
            ), file=sys.stderr)  # fmt: skip
    written = write_draft(extraction, args.output)
    print(printable(
        f"Đã ghi / written: {written} — {len(extraction.rows)} dòng / rows. Điền cột «Xác "
        "nhận» (đúng / sửa / bỏ) cho từng dòng, rồi chạy / fill «Xác nhận» on each row, "
        f"then run: chiso check {written}"
    ))  # fmt: skip
    return 0


__all__ = ["add_extract_command", "run_extract"]
