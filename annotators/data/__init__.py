"""Lexicons and gazetteers: plain TSV files, each with a header naming its source and date.

File format: leading ``# key: value`` lines (at least name, description, source,
date, license), then one row of tab-separated column names, then rows.
"""
