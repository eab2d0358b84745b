"""Where vostochny keeps what it can rebuild (the Parquet of `load()`, compiled patterns): `$VOSTOCHNY_CACHE`, else
the user's cache folder. Found without importing `platformdirs` on Linux (it imports `tempfile`, and `validate`
reads the pattern cache at start-up); elsewhere `platformdirs` says where the platform keeps caches."""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: the environment variable that moves the cache (default: the user's cache folder).
CACHE_ENV = "VOSTOCHNY_CACHE"


def cache_dir() -> Path:
    """`$VOSTOCHNY_CACHE`, else the platform's user cache folder (`$XDG_CACHE_HOME/vostochny`, by default
    `~/.cache/vostochny`, on Linux: the folder `platformdirs` names there; a relative `$XDG_CACHE_HOME` is ignored, as
    the XDG specification says)."""
    given = os.environ.get(CACHE_ENV)
    if given:
        return Path(given)
    if sys.platform.startswith("linux"):
        xdg = Path(os.environ.get("XDG_CACHE_HOME", "").strip())
        return (xdg if xdg.is_absolute() else Path("~/.cache").expanduser()) / "vostochny"  # a relative one is void
    from platformdirs import user_cache_path

    return user_cache_path("vostochny", appauthor=False)
