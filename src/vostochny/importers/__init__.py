"""Importers: annotation-tool formats read back into annotation files."""
