"""Regular expressions compiled once per Python, not once per process: `compiled` is `re.compile`, served from a
cache of the engine's code where it holds the pattern.

`re` parses and compiles a pattern in Python; the ~130 constant patterns of the rules, the tokenizer and the loader
were a fifth of `vostochny validate --packaged`'s instructions at every start. Python keeps a module's bytecode in
`__pycache__` for the same reason; this keeps a pattern's code, the list of integers `re` hands to its C engine
(`_sre`), in the user's cache folder (`user_cache.cache_dir()`), one file per Python build.

An entry is only ever what `re` itself makes of the same pattern and flags: it is keyed by both, the file names the
exact Python build and engine (`_sre.MAGIC`) it holds code for, a missed pattern's code is stored only once the engine
built from it equals `re.compile`'s pattern (patterns compare their code), and a CRC-32 of the file's entries finds a
damaged one (`zlib`: `hashlib` would load OpenSSL into every command). A file that is missing, unreadable, damaged,
of another build, or another user's (or in another user's folder) is ignored and `re` compiles as usual; the engine
validates any code it is given. Each entry is kept as its own `marshal` bytes, decoded when its pattern is asked
for: a command that compiles one pattern reads the file, not every entry's code. New entries are written when the
process exits, merged with what another process wrote, through a temporary file renamed into place; a folder that
cannot be written only costs the time saved.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import zlib
from importlib import import_module
from pathlib import Path
from typing import Any, AnyStr

from vostochny.errors import FileRefused
from vostochny.reading.files import read_capped
from vostochny.user_cache import cache_dir

#: the file's first bytes; the CRC-32 of the rest follows (4 bytes), then `marshal` of (`BUILD`, the entries).
MAGIC = b"vostochny-patterns-2\n"
#: more than a file of every pattern holds a hundred times over.
MAX_BYTES = 16 * 1024 * 1024
#: a pattern and the flags it was compiled with.
Key = tuple[str | bytes, int]

_sre: Any = import_module("_sre")
try:  # Python 3.11 on; 3.10 has them as `sre_parse` and `sre_compile`
    _parser: Any = import_module("re._parser")
    _compiler: Any = import_module("re._compiler")
except ImportError:  # pragma: no cover - Python 3.10
    _parser = import_module("sre_parse")
    _compiler = import_module("sre_compile")

#: what the code is for: a file of another build is not read.
BUILD = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}"
#: the file this process reads and, at exit, writes (found at its first pattern), and its entries: each the `marshal`
#: bytes of the flags `re` settles on, the code, the group count and the group names both ways.
_file: list[tuple[Path | None, dict[Key, bytes]]] = []
_new: dict[Key, bytes] = {}


def compiled(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """`re.compile(pattern, flags)`: the same pattern object, from the cache's code where it has an entry."""
    key: Key = (pattern, int(flags))
    entry = _known().get(key)
    if entry is not None:
        with contextlib.suppress(EOFError, RuntimeError, TypeError, ValueError, OverflowError):  # refused code
            made: re.Pattern[AnyStr] = _sre.compile(pattern, *marshal.loads(entry))
            return made
    result = re.compile(pattern, flags)
    _remember(key, result)
    return result


def cache_file() -> Path:
    """This Python's file of entries in the user's cache folder."""
    return cache_dir() / "patterns" / f"{sys.implementation.cache_tag}-{zlib.crc32(BUILD.encode()):08x}.bin"


def _known() -> dict[Key, bytes]:
    if not _file:
        try:
            path: Path | None = cache_file().absolute()  # written at exit, whatever the folder the process is in then
        except (OSError, RuntimeError):  # no home folder to expand `~` to, no working folder: no cache, only time lost
            path = None
        _file.append((path, _read(path) if path else {}))
    return _file[0][1]


def _read(path: Path) -> dict[Key, bytes]:
    """The entries of `path`; none where it is missing, unreadable, not a file this module wrote whole, or of another
    build."""
    try:
        data = read_capped(path, MAX_BYTES, follow=False) if _ours(path) else b""
    except (OSError, FileRefused):
        return {}
    head, rest = data[: len(MAGIC) + 4], data[len(MAGIC) + 4 :]
    if head != MAGIC + zlib.crc32(rest).to_bytes(4, "big"):
        return {}
    try:
        build, entries = marshal.loads(rest)
    except (EOFError, ValueError, TypeError):
        return {}
    return entries if build == BUILD and isinstance(entries, dict) else {}


def _ours(path: Path) -> bool:
    """On POSIX, whether `path` and its folder belong to this user: code from a file that another user could have
    written (a shared `$VOSTOCHNY_CACHE`) would decide what the validator's patterns match."""
    if not hasattr(os, "geteuid"):
        return True
    try:
        return all(os.lstat(p).st_uid == os.geteuid() for p in (path.parent, path))
    except OSError:
        return False


def _remember(key: Key, result: re.Pattern[AnyStr]) -> None:
    """Keep the code of a pattern compiled afresh, once the engine built from it equals `result`."""
    try:
        tree = _parser.parse(key[0], key[1])
        code = [int(op) for op in _compiler._code(tree, key[1])]
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (key[1] | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))
        made = _sre.compile(key[0], *entry)  # patterns compare their code, not their groups: those are compared too
        same = made == result and (made.groups, made.groupindex) == (result.groups, result.groupindex)
    except Exception:  # another Python's internals: then nothing is cached
        return
    if same:
        if not _new:
            atexit.register(_save)
        _new[key] = marshal.dumps(entry)


def _save() -> None:
    """Merge the new entries into the cache file: written whole beside it, then renamed over it."""
    path = _file[0][0]
    if not _new or path is None:
        return
    rest = marshal.dumps((BUILD, {**_read(path), **_new}))
    staged = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        staged.write_bytes(MAGIC + zlib.crc32(rest).to_bytes(4, "big") + rest)
        staged.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            staged.unlink()
    _new.clear()
