"""Writing: the atomic file writer, all-or-nothing multi-file writes, output folders."""
