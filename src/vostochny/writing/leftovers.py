"""The folders that a killed multi-file write leaves, named here and found here without importing the writers
(`tempfile`, `secrets`, `shutil`): `vostochny validate` reports them (V009) and the corpus finder skips them."""

from __future__ import annotations

import os
from pathlib import Path

#: the name's start of a staging folder inside a corpus folder (`writing.staging`)
PREFIX = ".vostochny-staging-"
#: the name fragment of staging and old folders beside an output folder (`.<name>.vostochny-new-<pid>-...`,
#: `writing.outputs`)
BESIDE = "vostochny-"


def leftovers(target: Path) -> list[Path]:
    """What killed runs left beside `target` (`.<name>.vostochny-new-<pid>-...`, `...-old-...`): the staging and
    old folders whose process no longer runs."""
    prefix = f".{target.name}.{BESIDE}"
    try:
        beside = [p for p in target.parent.iterdir() if p.name.startswith(prefix)]  # not a glob: `out[1]` is a name
    except OSError:
        return []
    return sorted(p for p in beside if not _owner_alive(p.name[len(prefix):]))


def _owner_alive(rest: str) -> bool:
    """Whether the process that made a leftover (`new-<pid>-...`) still runs: then it is not one."""
    pid = rest.split("-")[1] if rest.count("-") >= 2 else ""
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True
