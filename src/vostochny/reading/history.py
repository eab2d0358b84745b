"""What git history says of a corpus's raw texts: the version of each that was first committed.

`raw/` holds the articles byte for byte as received, and they never change. The checksums in the annotation
files and in the release manifest (`annotations/RELEASED.json`) are files too, and whoever edits a raw text can
edit them with it; a commit that is already in the history cannot be edited that way. So, where the corpus root
is inside a git work tree, each raw text is held to the blob it had when it was first committed (V325), and the
release manifest to those first versions (V326).

One git call, started before the validator reads the documents and left to run meanwhile (`Lookup`): a
`git log` in the corpus root that lists, oldest first, every commit that added a file under `raw/` or the
release manifest, with the blob it added (`--raw`: no tree is read, no blob is read). The current texts are
compared by their git blob ids, computed from the bytes the validator has read already (`blob_id`). Nothing
here raises: no git, not a work tree, a git that fails or takes too long, a history in SHA-256 object format,
or output that cannot be parsed is no history (`History.reason` says why), and the validator falls back to
the release manifest alone. (`unstaged_files`, which only `validate --staged` calls, raises `IndexUnknown`
instead: there, a corpus without an index is a usage error.) In a shallow clone, a
file added by the commit the clone was cut at (decorated `grafted`) may be older than the clone reaches: it is
left out (not trusted). Variables that point git at another repository (`GIT_DIR`, `GIT_WORK_TREE`: a hook's)
are left out of its environment: the repository is the one the corpus root lies in.

Nothing on the command line comes from the corpus: the paths are fixed (`--literal-pathspecs`, after `--`), git
runs in the corpus root, and replacement objects and the configuration that would change the output
(`log.follow`, renames, colour) are turned off.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import stat
import time
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from vostochny.errors import UsageError
from vostochny.patterns import compiled
from vostochny.reading.corpus import RELEASE_FILE, is_corpus_file_name
from vostochny.reading.files import MAX_ANNOTATION_BYTES

if TYPE_CHECKING:  # imported when git is called: the packaged corpus's validation never does
    import subprocess

#: how long one git call may take, in seconds: a history that takes longer is no history (never a hang)
GIT_TIMEOUT = 20.0
RAW_PREFIX = "raw/"
MANIFEST_PATH = f"annotations/{RELEASE_FILE}"
#: `History.reason` where the corpus is in no git work tree (git fails there, or says so)
NOT_A_REPO = "not inside a git work tree"
#: `History.reason` (and what `validate --staged` says) where git cannot be run at all
NO_GIT = "git is not installed or not on PATH"
_OBJECT_ID = compiled(rb"[0-9a-f]{40}")
_FILE_MODES = (b"100644", b"100755")


class FirstCommit(NamedTuple):
    """The commit that first added a file (full hash) and the git blob id of the version it added. (This module's
    records are named tuples, not dataclasses, which `exec` their methods' source at every start of `validate`.)"""

    commit: str
    blob: str

    @property
    def short(self) -> str:
        return self.commit[:12]


class History(NamedTuple):
    """What the history of the work tree a corpus lies in says: each raw text's first committed version (by
    document id, `raw/ID.txt` only), and the release manifest's first commit (None: never committed). `known` is
    False where there is no usable history (`reason` says why); then both are empty."""

    known: bool
    raw: Mapping[str, FirstCommit] = MappingProxyType({})
    manifest: FirstCommit | None = None
    reason: str = ""


def blob_id(data: bytes, object_format: str = "sha1") -> str:
    """The git blob id of a file's bytes in a repository of `object_format` (`sha1`, `sha256`): what `git
    hash-object` prints."""
    return hashlib.new(object_format, b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def text_blob_id(text: str) -> str:
    """The git blob id of a raw text read exactly as stored (strict UTF-8, no newline translation, so that its
    encoding is its file's bytes)."""
    return blob_id(text.encode("utf-8"))


_LOG = ("-c", "log.follow=false", "-c", "log.showSignature=false", "log", "--no-color", "--no-renames",
        "--no-ext-diff", "--root", "--reverse", "--diff-filter=A", "--raw", "--no-abbrev", "-z", "--relative",
        "--decorate-refs-exclude=*", "--format=%x01%H%x02%P%x02%D", "--", RAW_PREFIX, MANIFEST_PATH)
#: variables that would point git at another repository than the one the corpus root lies in (a hook's)
_REPOSITORY_VARIABLES = ("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_INDEX_FILE", "GIT_PREFIX",
                         "GIT_NAMESPACE")


class Lookup:
    """The git call of `first_commits`, started at once and left to run while the caller reads the corpus (it
    needs nothing of it): `result()` waits for it, `close()` ends it if it still runs. Use it as a context
    manager, so that no git process outlives it."""

    def __init__(self, root: Path) -> None:
        import os
        import subprocess

        self.started = time.monotonic()
        self.failed = ""
        self.call: subprocess.Popen[bytes] | None = None
        env = {k: v for k, v in os.environ.items() if k not in _REPOSITORY_VARIABLES}
        try:
            self.call = subprocess.Popen(["git", "--literal-pathspecs", "--no-replace-objects", *_LOG], cwd=root,
                                         env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL)
        except (OSError, ValueError) as error:  # no git binary, a root that is gone, ...
            self.failed = NO_GIT if _no_git(error) else f"git could not be run ({type(error).__name__})"

    def result(self) -> History:
        """What the history says (`first_commits`); no history where git failed, or took too long."""
        import subprocess

        try:
            if self.call is None:
                return History(False, reason=self.failed)
            try:
                log, _ = self.call.communicate(timeout=max(0.0, self.started + GIT_TIMEOUT - time.monotonic()))
            except subprocess.TimeoutExpired:
                return History(False, reason=f"git took more than {GIT_TIMEOUT:g} s")
            except (OSError, ValueError) as error:
                return History(False, reason=f"git could not be read ({type(error).__name__})")
            # outside a work tree, and in a repository without a commit, git log fails (128)
            return _parsed(log) if self.call.returncode == 0 else History(False, reason=NOT_A_REPO)
        finally:
            self.close()

    def close(self) -> None:
        """End the git call if it still runs, and reap it."""
        import subprocess

        call, self.call = self.call, None
        if call is None:
            return
        if call.poll() is None:
            call.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):  # a process that does not die when killed
            call.wait(timeout=GIT_TIMEOUT)
        if call.stdout is not None:
            call.stdout.close()

    def __enter__(self) -> Lookup:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def first_commits(root: Path) -> History:
    """The history of the corpus at `root`: each raw text's first committed version, and whether the release
    manifest was ever committed. No history (`known` False) outside a git work tree or where git fails."""
    with Lookup(root) as lookup:
        return lookup.result()


def _parsed(log: bytes) -> History:
    """`first_commits`'s `git log` output read: for each path, its oldest adding commit (the first seen). A commit
    that a shallow clone grafted (decorated `grafted`, its parents cut off) is no first commit: it "adds" every
    file it holds."""
    raw: dict[str, FirstCommit] = {}
    manifest: FirstCommit | None = None
    seen: set[bytes] = set()
    for chunk in log.split(b"\x01")[1:]:
        header, _, body = chunk.partition(b"\0")
        commit, _, rest = header.partition(b"\x02")
        parents, _, decorations = rest.partition(b"\x02")
        if not _OBJECT_ID.fullmatch(commit):
            if re.fullmatch(rb"[0-9a-f]{64}", commit):  # a repository in SHA-256 object format: `blob_id` is SHA-1's
                return History(False, reason="the repository uses SHA-256 object ids")
            return History(False, reason="git log printed what it should not")
        trusted = bool(parents.strip()) or b"grafted" not in decorations.split(b", ")
        fields = body.lstrip(b"\n").split(b"\0")
        for meta, path in zip(fields[::2], fields[1::2], strict=False):
            parts = meta.split()
            if path in seen or len(parts) != 5 or parts[4] != b"A":
                continue
            seen.add(path)
            blob, name = parts[3], path.decode("utf-8", "surrogateescape")
            if parts[1] not in _FILE_MODES or not _OBJECT_ID.fullmatch(blob):
                continue
            first = FirstCommit(commit.decode("ascii"), blob.decode("ascii"))
            if name == MANIFEST_PATH:  # committed, if only at a shallow clone's boundary
                manifest = first
            elif trusted and name.startswith(RAW_PREFIX) and name.endswith(".txt"):
                doc_id = name[len(RAW_PREFIX):-len(".txt")]
                if doc_id and "/" not in doc_id:  # a text in a subfolder of raw/ is no corpus file (V010)
                    raw[doc_id] = first
    return History(True, raw, manifest)


class IndexUnknown(UsageError):
    """`validate --staged` where git cannot say which files its index holds (no git, no work tree)."""


#: the files a corpus reads, as `git ls-files` names them from the corpus root
class Checkout(NamedTuple):
    """What git's attributes do to a raw text between its blob and the work tree: `rewrites` names the attributes
    that rewrite it on every machine ('' where none does); `unpinned`, that it is not marked `-text`, so that its
    line breaks follow each clone's `core.autocrlf` and `core.eol` (Git for Windows writes CRLF by default)."""

    rewrites: str
    unpinned: bool


#: the attributes that make git rewrite a file between its blob and the work tree, as `git check-attr` reads them
#: (`crlf` is the old name of `text`: `crlf` sets it, `-crlf` unsets it, `crlf=input` is `eol=lf`)
_REWRITING = ("text", "crlf", "eol", "working-tree-encoding", "filter", "ident")
#: the values of an attribute that leave a file as it is (an empty value, `ident=`, sets nothing)
_NOTHING = frozenset({"unspecified", "unset", ""})


def checkout_attributes(root: Path, names: list[str], cached: bool = False) -> dict[str, Checkout] | None:
    """How git's attributes treat each file of `names` (named from `root`) on checkout, for those that git may
    rewrite (V341, V342): a raw text is its article byte for byte, and a `.gitattributes` line (`raw/*.txt text
    eol=crlf`) leaves the blobs, the index and the work tree as they are, and rewrites every later checkout.
    `cached`: also the attributes of the `.gitattributes` files in the index (the commit being made), as
    `validate --staged` reads the work tree and the index: what either does. Patterns are matched as written and
    case aside (`RAW/*.TXT`): git matches them so on a case-insensitive file system (Windows, macOS), whose clones
    a check on Linux would otherwise pass (a review found it). None where git fails (the caller asks only where
    `first_commits` found a work tree)."""
    both: dict[str, Checkout] = {}
    for index, ignorecase in [(False, False), (False, True)] + ([(True, False), (True, True)] if cached else []):
        found = _attributes(root, names, index, ignorecase)
        if found is None:
            return None
        both = {name: _either(both.get(name), found.get(name)) for name in names}
    return {name: checkout for name, checkout in both.items() if checkout.rewrites or checkout.unpinned}


def _attributes(root: Path, names: list[str], cached: bool, ignorecase: bool) -> dict[str, Checkout] | None:
    """What the work tree's (or, `cached`, the index's) attributes do to each of `names` on checkout, their patterns
    matched as written or, `ignorecase`, case aside."""
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k not in _REPOSITORY_VARIABLES}
    try:
        if cached:
            env = _index_env(root, env)
        listed = subprocess.run(["git", "-c", f"core.ignorecase={str(ignorecase).lower()}", "check-attr", "-z",
                                 "--stdin", *(["--cached"] if cached else []), *_REWRITING],
                                cwd=root, env=env, input="\0".join(names).encode("utf-8", "surrogateescape"),
                                capture_output=True, timeout=GIT_TIMEOUT)
    except (OSError, ValueError, subprocess.SubprocessError, IndexUnknown):
        return None
    if listed.returncode != 0:  # no work tree, or git failed: nothing read (its message depends on the locale)
        return None
    values: dict[str, dict[str, str]] = {}
    # path, attribute, value, each ended by a NUL; a value may be empty (`ident=`): no field is dropped
    fields = listed.stdout.decode("utf-8", "surrogateescape").split("\0")[:-1]
    for name, attribute, value in zip(fields[0::3], fields[1::3], fields[2::3], strict=False):
        values.setdefault(name, {})[attribute] = value
    return {name: _checkout(values.get(name, {})) for name in names}


def _either(one: Checkout | None, other: Checkout | None) -> Checkout:
    """What two readings of the attributes (the work tree's and the index's, case as written and aside) do together:
    every rewrite of either; unpinned where either leaves the line breaks to the clone and neither rewrites."""
    one, other = one or Checkout("", False), other or Checkout("", False)
    rewrites = " ".join(dict.fromkeys(f"{one.rewrites} {other.rewrites}".split()))
    return Checkout(rewrites, (one.unpinned or other.unpinned) and not rewrites)


def _checkout(values: dict[str, str]) -> Checkout:
    """What one file's attribute values (`set`, `unset`, `unspecified` or a value) do on checkout: `text`, `text=auto`,
    `crlf` or an `eol` (which sets `text`) convert its line breaks, `working-tree-encoding` (but UTF-8) re-encodes it,
    a `filter` driver or `ident` rewrites it; `-text` (or `-crlf`) alone keeps it as its blob. Values that git
    ignores (`-eol`, `ident=`, a `filter` without a driver) rewrite nothing."""
    def value(name: str) -> str:
        return values.get(name, "unspecified")

    text, crlf = value("text"), value("crlf")
    unset = text == "unset" or (text == "unspecified" and crlf == "unset")
    rewrites = []
    if not unset:
        rewrites += ["text" if text == "set" else f"text={text}"] if text not in _NOTHING else []
        rewrites += ["crlf" if crlf == "set" else f"crlf={crlf}"] if crlf not in _NOTHING else []
        rewrites += [f"eol={value('eol')}"] if value("eol") not in _NOTHING else []
    encoding = value("working-tree-encoding")
    if encoding not in _NOTHING and encoding.upper().replace("-", "") != "UTF8":
        rewrites.append(f"working-tree-encoding={encoding}")
    if value("filter") not in _NOTHING | {"set"}:
        rewrites.append(f"filter={value('filter')}")
    if value("ident") == "set":
        rewrites.append("ident")
    return Checkout(" ".join(rewrites), not unset and not rewrites)


def _index_env(root: Path, env: dict[str, str]) -> dict[str, str]:
    """`env` with the index git names (`GIT_INDEX_FILE`: `git commit -a` gives its hooks a temporary one), if it lies
    in the repository the corpus root lies in (a path relative to the folder git started the hook in)."""
    import os

    index = os.environ.get("GIT_INDEX_FILE")
    if index:
        git_dir = _git_output(["rev-parse", "--absolute-git-dir"], root, env).decode("utf-8", "surrogateescape")
        named = Path(index).resolve()
        if named.is_relative_to(Path(git_dir.strip()).resolve()):
            return {**env, "GIT_INDEX_FILE": str(named)}
    return env


def unstaged_files(root: Path) -> dict[str, str]:
    """The corpus files under `root` whose work-tree copy is not what the git index holds, named from `root`,
    each with why: untracked, ignored, or removed with `git rm --cached` (a commit leaves them out); added with
    `git add -N` (an intent: the commit leaves its content out); edited or deleted since it was staged; or
    marked `--assume-unchanged` or `--skip-worktree` (git no longer compares it). The validator reads the work
    tree, so the corpus the commit records is another (V331). The index is the one git names (`GIT_INDEX_FILE`:
    `git commit -a` gives its hooks a temporary one), in the repository the corpus root lies in. Raises
    `IndexUnknown` where git cannot say."""
    import os

    env = _index_env(root, {k: v for k, v in os.environ.items() if k not in _REPOSITORY_VARIABLES})
    found: dict[str, str] = {}
    for args, why in _UNSTAGED:
        for name in _names(_git_output([*args, "--", "annotations", "raw"], root, env)):
            found.setdefault(name, why)
    for entry in _names(_git_output(["ls-files", "-z", "-v", "-s", "--", "annotations", "raw"], root, env)):
        fields, _, name = entry.partition("\t")  # "TAG MODE BLOB STAGE", a tab, the name
        tag, _, blob = fields.split(" ")[:3]
        if (tag.islower() or tag == "S") and _edited(root / name, blob):  # assume-unchanged, skip-worktree
            found.setdefault(name, "git is told not to compare it (--assume-unchanged or --skip-worktree), and "
                                   "its edit is not staged")
    return {name: found[name] for name in sorted(found) if is_corpus_file_name(name)}


#: the git listings of corpus files whose work-tree copy a commit would not record, and why
_UNSTAGED = (
    (["ls-files", "-z", "--others"], "git does not track it (untracked, ignored, or removed with git rm --cached)"),
    # `git diff` names files from the repository's top unless `--relative` (a corpus in a subfolder: all missed)
    (["diff", "--relative", "--name-only", "-z", "--diff-filter=A"],
     "it is added with git add -N: its content is not staged"),
    (["diff", "--relative", "--name-only", "-z"], "it differs from what is staged (edited or deleted since git add)"),
)


def _edited(path: Path, staged: str) -> bool:
    """Whether the work tree's file is not the blob `staged` (a SHA-1 or SHA-256 repository's id): missing, not a
    regular file, larger than any corpus file may be (the annotation files' cap), or other bytes."""
    try:
        found = path.lstat()
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_ANNOTATION_BYTES:
            return True
        data = path.read_bytes()
    except OSError:
        return True
    return blob_id(data, "sha256" if len(staged) == 64 else "sha1") != staged


def _names(listed: bytes) -> list[str]:
    """The NUL-separated names git printed."""
    return [name.decode("utf-8", "surrogateescape") for name in listed.split(b"\0") if name]


def _git_output(args: list[str], root: Path, env: dict[str, str]) -> bytes:
    """What `git ARGS` prints in `root`; `IndexUnknown` where git fails or cannot be run."""
    import subprocess

    try:
        return subprocess.run(["git", "--literal-pathspecs", *args], cwd=root, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=GIT_TIMEOUT, check=True).stdout
    except (OSError, ValueError, subprocess.SubprocessError) as error:
        if _no_git(error):
            raise IndexUnknown(f"--staged: {NO_GIT}; it reads the files of git's index") from error
        raise IndexUnknown(f"--staged: git cannot list the files of the index at {root} ({NOT_A_REPO}, or git "
                           f"failed: {type(error).__name__})") from error


def _no_git(error: BaseException) -> bool:
    """Whether `error` says that there is no git to run (none on PATH)."""
    return isinstance(error, FileNotFoundError) and error.filename == "git"


__all__ = ["NOT_A_REPO", "NO_GIT", "Checkout", "FirstCommit", "History", "IndexUnknown", "Lookup", "blob_id",
           "checkout_attributes", "first_commits", "text_blob_id", "unstaged_files"]
