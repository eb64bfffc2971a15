"""What every problem says: its stable code, its severity and its words in both languages.

`CATALOGUE` maps each `ProblemCode` to its severity and its Vietnamese and English
templates (`str.format` fields filled from `Problem.details`); `GROUPED` holds the words of
warnings told together, once per kind and column. The types that carry problems and the
exceptions are in `errors`; this module is only the registry, so a new problem is one entry
here and its words are reviewed in one place.
"""

from __future__ import annotations

from typing import Literal

Severity = Literal["error", "warning", "note"]
# Every problem code; a misspelt code fails the type check.
ProblemCode = Literal[
    "file_not_found",
    "not_a_file",
    "file_too_large",
    "empty_file",
    "not_xlsx",
    "legacy_or_encrypted",
    "corrupt_workbook",
    "macro_workbook",
    "zip_bomb",
    "xml_entities",
    "sheet_too_large",
    "no_indicator_sheet",
    "missing_column",
    "layout_not_understood",
    "duplicate_column",
    "no_data_rows",
    "no_period",
    "missing_value",
    "formula_without_value",
    "excel_error",
    "unparseable_number",
    "unparseable_period",
    "negative_count",
    "non_integer_count",
    "zero_denominator",
    "numerator_exceeds_denominator",
    "duplicate_conflict",
    "group_sum_mismatch",
    "invalid_catalogue_value",
    "number_as_text",
    "no_figure",
    "read_as_zero",
    "rate_mismatch",
    "duplicate_row",
    "hidden_sheet",
    "hidden_row",
    "catalogue_ignored",
    "catalogue_unmatched",
    "catalogue_duplicate",
    "skipped_file",
    "skipped_sheet",
    "total_row",
    "total_mismatch",
    "parts_exceed_parent",
    "sheet_total_mismatch",
    "achievement_mismatch",
    "unit_not_in_force",
    "unexpected_failure",
    "hidden_sheets",
    "negative_without_unit",
    "text_too_long",
    "no_workbooks",
    "reading_ambiguous",
    "correction_unmatched",
    "correction_unreadable",
    "numbers_not_read",
    "term_not_understood",
    "total_column_mismatch",
    "target_not_a_number",
    "group_total_mismatch",
    "table_not_read",
    # -- part «A cell means what Excel shows» (issue 19, item 1) --
    "ambiguous_percent",
    # item 2 (invisible characters)
    "invisible_characters",
    # -- issue 19, the machine's failures (items 6 and 7)
    "folder_loop",
    # -- issue 20: a draft workbook confirmed row by row (the reading side)
    "draft_unconfirmed",
    "draft_answer_unreadable",
    "draft_dropped",
    "draft_set_aside",
]

# code -> (severity, Vietnamese template, English template).
# Templates use str.format fields filled from Problem.details.
CATALOGUE: dict[ProblemCode, tuple[Severity, str, str]] = {
    # -- opening the file -------------------------------------------------
    "file_not_found": (
        "error",
        "Không tìm thấy tệp.",
        "File not found.",
    ),
    "not_a_file": (
        "error",
        "Đường dẫn không phải là một tệp.",
        "The path is not a file.",
    ),
    "file_too_large": (
        "error",
        "Tệp quá lớn ({size} byte, tối đa {limit} byte).",
        "File too large ({size} bytes, at most {limit}).",
    ),
    "empty_file": (
        "error",
        "Tệp rỗng (0 byte).",
        "The file is empty (0 bytes).",
    ),
    "not_xlsx": (
        "error",
        "Không phải tệp Excel .xlsx ({detail}). Hãy mở bằng Excel và lưu lại dạng .xlsx.",
        "Not an Excel .xlsx file ({detail}). Open it in Excel and save it as .xlsx.",
    ),
    "legacy_or_encrypted": (
        "error",
        "Tệp là định dạng Excel cũ (.xls) hoặc được đặt mật khẩu; "
        "hãy bỏ mật khẩu và lưu lại dạng .xlsx.",
        "The file is an old-format Excel file (.xls) or password-protected; "
        "remove the password and save it as .xlsx.",
    ),
    "corrupt_workbook": (
        "error",
        "Tệp .xlsx bị hỏng, không đọc được ({detail}).",
        "The .xlsx file is damaged and cannot be read ({detail}).",
    ),
    "macro_workbook": (
        "error",
        "Tệp có chứa macro (VBA); chiso không mở tệp có macro. Hãy lưu lại dạng .xlsx.",
        "The file contains macros (VBA); chiso does not open them. Save it as .xlsx.",
    ),
    "zip_bomb": (
        "error",
        "Tệp có nội dung nén bất thường ({detail}); từ chối mở để bảo vệ máy.",
        "The file's compressed content is abnormal ({detail}); refused to protect the machine.",
    ),
    "xml_entities": (
        "error",
        "Tệp có khai báo XML (DOCTYPE/ENTITY) không được phép trong {detail}; từ chối mở.",
        "The file has an XML DOCTYPE/ENTITY declaration, not allowed in {detail}; refused.",
    ),
    "sheet_too_large": (
        "error",
        "Trang tính dùng vùng {extent}, quá {limit} ô; có thể có ô lạc ở xa. "
        "Hãy xoá các hàng, cột thừa rồi lưu lại.",
        "The sheet's used range is {extent}, over {limit} cells; there may be a stray cell "
        "far away. Delete the extra rows and columns and save again.",
    ),
    # -- finding the table --------------------------------------------------
    "no_indicator_sheet": (
        "error",
        "Không tìm thấy trang tính 'Chỉ tiêu' hay trang tính nào có đủ các cột bắt buộc "
        "(Chỉ tiêu, Đơn vị, Kỳ, Tử số).",
        "No sheet 'Chỉ tiêu' and no visible sheet with the required columns "
        "(Chỉ tiêu, Đơn vị, Kỳ, Tử số).",
    ),
    "missing_column": (
        "error",
        "Thiếu cột bắt buộc '{column}'.",
        "Required column '{column}' is missing.",
    ),
    "layout_not_understood": (
        "error",
        "Dòng tiêu đề {row} có {found}, nhưng thiếu cột {missing}: chiso chưa hiểu bảng này. "
        "Xem các bố cục bảng được chấp nhận trong README, mục «Các bố cục bảng» "
        "(docs/layouts.md).{hint}",
        "Header row {row} has {found}, but no {missing} column: chiso cannot read this table. "
        "See the accepted layouts in the README, «Các bố cục bảng / Accepted layouts» "
        "(docs/layouts.md).{hint_en}",
    ),
    "duplicate_column": (
        "error",
        "Cột '{column}' xuất hiện hai lần (ô {other}).",
        "Column '{column}' appears twice (cell {other}).",
    ),
    "no_data_rows": (
        "error",
        "Trang tính không có dòng số liệu nào.",
        "The sheet has no data rows.",
    ),
    "no_period": (
        "error",
        "Không thấy kỳ của số liệu: không có cột Kỳ, và tiêu đề, tên trang tính hay tên tệp "
        "đều không ghi kỳ. Thêm cột Kỳ hoặc ghi kỳ vào tiêu đề (ví dụ «6 THÁNG ĐẦU NĂM 2024»).",
        "No period is stated: there is no Kỳ column, and neither the title, the sheet's name "
        "nor the file's name states one. Add a Kỳ column or put the period in the title.",
    ),
    # -- cells ----------------------------------------------------------------
    "missing_value": (
        "error",
        "Ô '{column}' bị bỏ trống.",
        "Cell '{column}' is blank.",
    ),
    "formula_without_value": (
        "error",
        "Ô '{column}' có công thức {formula} nhưng chưa có giá trị tính sẵn; "
        "hãy mở tệp bằng Excel và lưu lại.",
        "Cell '{column}' holds the formula {formula} but no computed value; "
        "open the file in Excel and save it again.",
    ),
    "excel_error": (
        "error",
        "Ô '{column}' chứa lỗi Excel {value}.",
        "Cell '{column}' holds the Excel error {value}.",
    ),
    "unparseable_number": (
        "error",
        "Không đọc được số trong ô '{column}': «{value}».",
        "Cannot read a number in cell '{column}': «{value}».",
    ),
    "unparseable_period": (
        "error",
        "Không đọc được kỳ «{value}» ({detail}). Dùng dạng 2024, năm 2024, 6 tháng đầu năm "
        "2024, 9 tháng năm 2024, Quý II/2024, tháng 6/2024, 06/2024, 30/06/2024, Nhiệm kỳ "
        "2020–2025, từ 15/3/2023 đến 14/4/2023, hoặc mã 2024S1, 2024Q2, 2024-06, 2022/2024S1.",
        "Cannot read the period «{value}» ({detail}). Use 2024, năm 2024, 6 tháng đầu năm 2024, "
        "9 tháng năm 2024, Quý II/2024, tháng 6/2024, 06/2024, 30/06/2024, Nhiệm kỳ 2020–2025, "
        "từ 15/3/2023 đến 14/4/2023, or the codes 2024S1, 2024Q2, 2024-06, 2022/2024S1.",
    ),
    "negative_count": (
        "error",
        "Ô '{column}' có số âm ({value}); số đếm không thể âm.",
        "Cell '{column}' is negative ({value}); a count cannot be negative.",
    ),
    "non_integer_count": (
        "error",
        "Ô '{column}' có số lẻ ({value}) nhưng đây là số đếm ({measure}).",
        "Cell '{column}' is not a whole number ({value}) but it counts {measure}.",
    ),
    "zero_denominator": (
        "error",
        "Mẫu số bằng 0; không tính được tỷ lệ.",
        "The denominator is 0; no rate can be computed.",
    ),
    "numerator_exceeds_denominator": (
        "error",
        "Tử số ({numerator}) lớn hơn mẫu số ({denominator}).",
        "The numerator ({numerator}) is larger than the denominator ({denominator}).",
    ),
    "duplicate_conflict": (
        "error",
        "Chỉ tiêu «{indicator}» ({unit}, kỳ {period}) có hai dòng với số liệu khác nhau "
        "(dòng {other}).",
        "Indicator «{indicator}» ({unit}, period {period}) has two rows with different "
        "figures (row {other}).",
    ),
    "group_sum_mismatch": (
        "warning",
        "Nhóm «{group}»: các phần cộng lại {total} nhưng tổng là {whole}.",
        "Group «{group}»: the parts add up to {total} but the whole is {whole}.",
    ),
    "invalid_catalogue_value": (
        "error",
        "Danh mục: giá trị «{value}» không hợp lệ ở cột '{column}' ({detail}).",
        "Catalogue: «{value}» is not valid in column '{column}' ({detail}).",
    ),
    # -- warnings ---------------------------------------------------------------
    "no_figure": (
        "warning",
        "Ô '{column}' không có số liệu («{value}»); dòng này không cho số liệu nào.",
        "Cell '{column}' holds no figure («{value}»); this row gives no figure.",
    ),
    "read_as_zero": (
        "warning",
        "Ô '{column}' ghi «{value}», đọc là 0 (không phát sinh).",
        "Cell '{column}' says «{value}», read as 0 (no occurrence).",
    ),
    "total_row": (
        "warning",
        "Dòng «{value}» được hiểu là dòng tổng của các dòng phía trên, không phải một chỉ tiêu.",
        "The row «{value}» is taken as the total of the rows above it, not as an indicator.",
    ),
    "total_mismatch": (
        "warning",
        "Dòng tổng «{value}» ghi {total}, nhưng các dòng phía trên cộng lại {parts}.",
        "The totals row «{value}» says {total}, but the rows above add up to {parts}.",
    ),
    "sheet_total_mismatch": (
        "warning",
        "Trang tổng hợp ghi «{value}» là {total}, nhưng các trang đơn vị cộng lại {parts}.",
        "The summary sheet says «{value}» is {total}, but the unit sheets add up to {parts}.",
    ),
    "achievement_mismatch": (
        "warning",
        "Tỷ lệ đạt so với kế hoạch ghi {printed}%, nhưng tính lại từ số thực hiện và kế hoạch "
        "là {computed}%.",
        "The printed share of the plan is {printed}%, but the result and the plan give "
        "{computed}%.",
    ),
    "no_workbooks": (
        "error",
        "Không có tệp Excel nào trong «{value}».",
        "No Excel workbook in «{value}».",
    ),
    "text_too_long": (
        "warning",
        "Ô này có {value} ký tự, vượt giới hạn 32.767 ký tự một ô của Excel: tệp có thể do "
        "công cụ khác ghi, hoặc bị hỏng; chỉ 32.767 ký tự đầu được đọc, và tên dài được rút "
        "gọn trong biểu đồ và báo cáo.",
        "This cell holds {value} characters, beyond Excel's limit of 32,767 per cell: another "
        "tool wrote it, or it is damaged; only the first 32,767 are read, and long names are "
        "shortened in charts and briefings.",
    ),
    "negative_without_unit": (
        "warning",
        "«{indicator}» có số âm ({value}) mà không có mẫu số và đơn vị tính: chiso không biết "
        "đây là số đếm (không thể âm) hay mức thay đổi. Ghi đơn vị tính (ví dụ «điểm %» nếu "
        "là mức thay đổi), hoặc ghi «Trình bày: tỷ lệ» ở sheet Danh mục nếu là tỷ lệ.",
        "«{indicator}» is negative ({value}) with no base and no unit of measure: chiso cannot "
        "tell a count (never negative) from a change. Give its unit of measure («điểm %» for a "
        "change), or mark it «Trình bày: tỷ lệ» on the Danh mục sheet if it is a rate.",
    ),
    "hidden_sheets": (
        "warning",
        "Tệp có trang tính ẩn: {value}. chiso không đọc số liệu từ đó; hãy xem chúng có "
        "chứa số liệu cần báo cáo không.",
        "The workbook has hidden sheets: {value_en}. chiso reads no figures from them; check "
        "whether they hold figures that belong in the report.",
    ),
    "unexpected_failure": (
        "error",
        "chiso gặp lỗi không lường trước khi chạy «{command}» ({error}). Chi tiết kỹ thuật "
        "(traceback) đã ghi vào {log}; xin gửi tệp này cho người bảo trì.",
        "chiso failed unexpectedly while running «{command}» ({error}). The full traceback "
        "was written to {log}; please send that file to the maintainers.",
    ),
    "unit_not_in_force": (
        "warning",
        "«{unit}» có hiệu lực {side} ngày {day} (sheet Đơn vị) nhưng có số liệu kỳ {period}.",
        "«{unit}» is in force {side_en} {day} (sheet Đơn vị) but has a figure for {period}.",
    ),
    "parts_exceed_parent": (
        "warning",
        "Các dòng «trong đó» của «{value}» cộng lại {parts}, nhiều hơn chính nó ({whole}).",
        "The parts listed under «{value}» add up to {parts}, more than it ({whole}).",
    ),
    "number_as_text": (
        "warning",
        "Ô '{column}' là số nhập dạng chữ «{value}»; đã đọc là {parsed}.",
        "Cell '{column}' is a number typed as text «{value}»; read as {parsed}.",
    ),
    "rate_mismatch": (
        "warning",
        "Tỷ lệ ghi trong bảng ({printed}) khác tỷ lệ tính lại ({computed}).",
        "The printed rate ({printed}) differs from the recomputed rate ({computed}).",
    ),
    "duplicate_row": (
        "warning",
        "Dòng trùng lặp với dòng {other}; chỉ dùng một dòng.",
        "The row repeats row {other}; only one is used.",
    ),
    "hidden_sheet": (
        "warning",
        "Số liệu được đọc từ trang tính 'Chỉ tiêu' đang bị ẩn (không có trang hiện nào đủ cột).",
        "Figures are read from the hidden sheet 'Chỉ tiêu' (no visible sheet has the columns).",
    ),
    "hidden_row": (
        "warning",
        "Dòng đang bị ẩn nhưng vẫn được tính: «{indicator}».",
        "The row is hidden in Excel but still counted: «{indicator}».",
    ),
    "catalogue_ignored": (
        "warning",
        "Trang 'Danh mục' không có cột 'Chỉ tiêu' hay 'Mã'; bỏ qua trang này.",
        "The 'Danh mục' sheet has no 'Chỉ tiêu' or 'Mã' column; it is ignored.",
    ),
    "catalogue_unmatched": (
        "warning",
        "Danh mục: chỉ tiêu «{value}» không có trong bảng số liệu.",
        "Catalogue: indicator «{value}» does not appear in the data sheet.",
    ),
    "skipped_file": (
        "note",
        "Bỏ qua tệp «{value}» ({detail}).",
        "Skipped the file «{value}» ({detail}).",
    ),
    "reading_ambiguous": (
        "error",
        "{table}: {question}. Bảng này chưa được đọc; thêm vào trang «Cách đọc» dòng «{line}» "
        "(hoặc dòng khác nói đúng cách đọc) để chiso đọc theo.",
        "{table}: {question_en}. This table was not read; add the line «{line}» (or another "
        "that says how to read it) to a «Cách đọc» sheet to settle it.",
    ),
    "correction_unmatched": (
        "error",
        "Dòng «{value}» của trang Cách đọc không khớp với bảng hay cột nào trong tệp; "
        "hãy sửa số biểu, tên trang hoặc chữ cái của cột (xem «chiso explain»).",
        "The Cách đọc line «{value}» matches no table or column of the workbook; correct the "
        "table's number, the sheet's name or the column's letter (see «chiso explain»).",
    ),
    "correction_unreadable": (
        "error",
        "Không hiểu dòng «{value}» của trang Cách đọc{detail}. Viết, ví dụ: «Biểu 1, cột E: tỷ "
        "lệ (%)», «Biểu 2: kỳ từ 16/12/2020 đến 15/3/2021», «cột G: bỏ qua».",
        "The Cách đọc line «{value}» cannot be followed{detail_en}. Write, e.g.: «Biểu 1, cột "
        "E: tỷ lệ (%)», «Biểu 2: kỳ từ 16/12/2020 đến 15/3/2021», «cột G: bỏ qua».",
    ),
    "numbers_not_read": (
        "warning",
        "Các số ở {value} không được đọc thành số liệu: {reason}.",
        "The numbers in {value} are not read as figures: {reason_en}.",
    ),
    "term_not_understood": (
        "note",
        "Tiêu đề «{value}» chưa có trong từ vựng của chiso: được giữ nguyên trong tên chỉ tiêu "
        "hoặc đơn vị. Nếu hiểu sai, thêm một dòng vào trang «Cách đọc».",
        "The header «{value}» is not in chiso's vocabulary: it is kept as written in the "
        "indicator's or the unit's name. If that is wrong, add a line to a «Cách đọc» sheet.",
    ),
    "group_total_mismatch": (
        "warning",
        "Dòng tổng của nhóm «{value}» ghi {total}, nhưng các dòng của nhóm bên dưới cộng lại "
        "{parts}.",
        "The group's total row «{value}» says {total}, but the rows of the group below it add "
        "up to {parts}.",
    ),
    "target_not_a_number": (
        "warning",
        "Kế hoạch «{value}» không phải một con số (một khoảng, một ngưỡng): số liệu của dòng "
        "này được đọc, không kèm kế hoạch.",
        "The plan «{value}» is not a number (a range, a bound): the row's figure is read, "
        "without a plan.",
    ),
    "table_not_read": (
        "warning",
        "{table} không được đọc, các bảng khác vẫn được đọc: {reason}",
        "{table} was not read; the other tables were: {reason_en}",
    ),
    "total_column_mismatch": (
        "warning",
        "Cột tổng «{value}» ghi {total}, nhưng các cột bên cạnh cộng lại {parts}.",
        "The total column «{value}» says {total}, but the columns beside it add up to {parts}.",
    ),
    "skipped_sheet": (
        "note",
        "Trang «{value}» không có bảng chỉ tiêu (thiếu cột {detail}); không đọc trang này.",
        "The sheet «{value}» holds no indicator table (no {detail} column); it was not read.",
    ),
    "catalogue_duplicate": (
        "warning",
        "Danh mục: chỉ tiêu «{value}» được mô tả hai lần; dùng dòng đầu.",
        "Catalogue: indicator «{value}» is described twice; the first row is used.",
    ),
    # -- part «A cell means what Excel shows» (issue 19, item 1) --
    "ambiguous_percent": (
        "warning",
        "Ô định dạng phần trăm nhưng lưu số {value}: Excel hiện {shown}, chiso đọc như Excel "
        'hiện. Nếu ý là {value}%, hãy nhập {fraction} hoặc định dạng ô là 0.0"%".',
        "A cell formatted as a percentage stores {value}: Excel shows {shown}, and chiso reads "
        "what Excel shows. If {value}% was meant, enter {fraction} or format the cell as "
        '0.0"%".',
    ),
    # -- item 2: invisible characters -------------------------------------
    "invisible_characters": (
        "warning",
        "Ô này có ký tự vô hình {value} (khoảng trắng độ rộng 0, ký tự điều khiển hướng chữ, "
        "dấu BOM hay gạch nối mềm); chiso đã bỏ chúng khi đọc, nên hai tên trông giống nhau "
        "được coi là một.",
        "This cell holds invisible characters {value} (zero-width, text-direction controls, a "
        "byte-order mark or a soft hyphen); chiso removed them on reading, so names that look "
        "alike are one name.",
    ),
    # -- issue 19, the machine's failures (items 6 and 7) --------------------------------
    "folder_loop": (
        "note",
        "«{value}» là liên kết vòng về thư mục chứa nó: không đi theo, không đọc gì trong đó.",
        "«{value}» is a link that loops back to a folder holding it: not followed, nothing "
        "in it read.",
    ),
    # -- issue 20: a draft workbook confirmed row by row (the reading side) -------------
    "draft_unconfirmed": (
        "error",
        "Bản nháp còn {count}/{total} dòng chưa xác nhận ({cells}): điền đúng, sửa hoặc bỏ ở "
        "cột Xác nhận; trang này chưa cho số liệu nào cho đến khi mọi dòng được xác nhận.",
        "The draft still has {count} of {total} rows unconfirmed ({cells}): write đúng "
        "(correct), sửa (corrected) or bỏ (drop) in the Xác nhận column; this sheet gives no "
        "figure until every row is confirmed.",
    ),
    "draft_answer_unreadable": (
        "error",
        "Ô «{column}» ghi «{value}», chiso không hiểu: hãy ghi một trong {accepted}; trang này "
        "chưa cho số liệu nào.",
        "The «{column}» cell says «{value}», which chiso does not understand: write one of "
        "{accepted_en}; this sheet gives no figure until then.",
    ),
    "draft_dropped": (
        "note",
        "{count} dòng của bản nháp được đánh dấu bỏ ({cells}): không phải số liệu, không đọc.",
        "{count} row(s) of the draft are marked bỏ (drop) ({cells}): not figures, not read.",
    ),
    "draft_set_aside": (
        "note",
        "{count} dòng của bản nháp là {what} ({cells}), không phải mức: để riêng, không đọc "
        "thành số liệu.",
        "{count} row(s) of the draft are {what_en} ({cells}), not levels: set aside, not read "
        "as figures.",
    ),
}


# Warnings that tend to come by the dozen, said once per kind and column: {count}, {column}.
GROUPED: dict[ProblemCode, tuple[str, str]] = {
    "number_as_text": (
        "{count} ô số nhập dạng chữ ở cột {column}, đã đọc theo cách viết Việt Nam.",
        "{count} numbers typed as text in column {column}, read the Vietnamese way.",
    ),
    "no_figure": (
        "{count} ô không có số liệu ở cột {column}; các dòng này không cho số liệu.",
        "{count} cells in column {column} hold no figure; those rows give none.",
    ),
    "read_as_zero": (
        "{count} ô ghi chữ ở cột {column} được đọc là 0 (không phát sinh).",
        "{count} cells in column {column} say «không» or «-», read as 0.",
    ),
    "hidden_row": (
        "{count} dòng đang bị ẩn nhưng vẫn được tính.",
        "{count} rows are hidden in Excel but still counted.",
    ),
    "rate_mismatch": (
        "{count} tỷ lệ ghi trong bảng khác tỷ lệ tính lại.",
        "{count} printed rates differ from the recomputed ones.",
    ),
    # item 2 (invisible characters): a sheet full of them is one line with its cells.
    "invisible_characters": (
        "{count} ô có ký tự vô hình (khoảng trắng độ rộng 0, ký tự điều khiển hướng chữ…), "
        "đã bỏ khi đọc.",
        "{count} cells hold invisible characters (zero-width, text-direction controls…), "
        "removed on reading.",
    ),
}
