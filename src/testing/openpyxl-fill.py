"""Fills a downloaded import template the way a script would: openpyxl (as pandas to_excel does).

Usage: /usr/bin/python3 openpyxl-fill.py TEMPLATE OUT SHEET < rows.json
rows.json is a list of rows (lists of cell values, null for an empty cell); a string starting
with '=' is written as a formula, which openpyxl saves without a cached result.
"""
import json
import sys

from openpyxl import load_workbook

template, out, sheet_name = sys.argv[1], sys.argv[2], sys.argv[3]
rows = json.load(sys.stdin)
workbook = load_workbook(template)
sheet = workbook[sheet_name]
for r, row in enumerate(rows, start=2):
    for c, value in enumerate(row, start=1):
        if value is not None:
            sheet.cell(row=r, column=c, value=value)
workbook.save(out)
