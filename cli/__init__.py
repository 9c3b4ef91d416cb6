"""The edges of baokan: the typer app, readers, writers and rich rendering."""
