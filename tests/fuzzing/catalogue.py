"""Every mutation kind, registered by importing the modules that define them."""

from . import k_benign, k_corpus, k_file, k_layers, k_links, k_rights, k_schema, k_values  # noqa: F401 - they register kinds
from .kinds import KINDS, Kind

BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}

__all__ = ["BY_NAME", "KINDS"]
