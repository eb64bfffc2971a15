"""Reading any office table: file ─▶ cells ─▶ tables ─▶ header paths ─▶ meanings ─▶ figures.

One module a step, in the order the data flows:

- `positions`, `container`, `cell_xml`, `sheet_scan`, `columns`, `workbook`, `finding`: the
  file checked before any Excel library sees it, its XML parts decoded, one pass over a
  sheet, columns from a grid; `workbook` is the only module that opens the file, and
  `finding` lists the workbooks a user names;
- `cells`: a sheet's cells as arrays (value, kind, merged area), each distinct text read once;
- `tables`: the tables of a sheet, found by their blocks of numbers and the text around them
  (title above, header rows, row labels to the left, notes and signature below);
- `header_paths`: each value column's path of header texts (merged cells spread);
- `vocabulary`: what a header term means (period, role, unit, part, total), the one place
  every step looks words up; the words themselves are in `role_words` (terms by role),
  `period_phrases` (phrases that state a period, a document's date line) and `form_lines`
  (column-number rows, signatures, notes, form numbers);
- `context`: what a title block says (organisation, scope, form, period, document date);
- `meanings`: each column and row label of a table read with the vocabulary and context,
  in steps: `meaning_types` (the types), `column_reading` (one column), `column_corrections`
  (the analyst's lines), `column_roles` (roles once the table is seen whole), `figure_groups`
  (the columns that make one figure);
- `understood`: what was understood of a table, in words; `row_kinds`: which rows are what
  (form rows, headings, parts, totals, group rows);
- `figures`: the cells of one figure (count, base, printed rate, plan, share of the plan)
  assembled into one row, wherever they stand;
- `corrections`: the analyst's `Cách đọc` sheet, which settles a reading.

A layout (long, years across, plan against actual, a breakdown, units across) is a
description of what these steps found, never a branch of its own.
"""
