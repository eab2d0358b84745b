"""Is the dataset version (and CHANGELOG.md) right for how the data changed since the last release?

The change of a corpus against its last release (`annotations/RELEASED.json`, or a git revision)
is classified by its records (`verbs/records.py`):

- **patch**: the same records, some files re-serialised (key order, whitespace, defaults written
  out, a newer schema version);
- **minor**: records added (a document, a mention, a registry entity, the split of a new
  document, a quote link), or a record that gains a field its release did not know (new optional content);
- **major**: a record edited or removed (a span, a label, a raw text, a document's metadata), or
  a document moved to another split.

The dataset version must then be raised at least to the next version of that level, and
`CHANGELOG.md` must have a `Dataset X.Y.Z` heading for it that names each document with edited or
removed records (`entities.json` for the registry, `quote_links.json` for the quote links) and each document
moved to another split.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from vostochny.errors import FileRefused, UsageError
from vostochny.model.models import SEMVER_PATTERN
from vostochny.patterns import compiled
from vostochny.reading.corpus import CHANGELOG, RELEASE_FILE, RELEASE_FOLDER, VERSION_FILE
from vostochny.reading.files import read_text_capped
from vostochny.verbs.records import (
    CORPUS_SCOPES,
    Layers,
    Record,
    Scopes,
    Snapshot,
    from_records,
    manifest_text,
    read_past_snapshot,
    read_snapshot,
    records_text,
)

LEVELS = ("none", "patch", "minor", "major")
#: what each kind of record change is worth
KIND_LEVELS = {"added": "minor", "extended": "minor", "edited": "major", "removed": "major", "moved": "major"}
_TEXT_CAP = 4 * 1024 * 1024
_SEMVER = compiled(SEMVER_PATTERN)


class VersionError(UsageError):
    """A dataset version, changelog or release manifest that cannot be read (exit 2)."""


@dataclass(frozen=True)
class Change:
    """One record that differs from the release: scope (document id, entities.json, splits.json, quote_links.json),
    layer, id."""

    scope: str
    layer: str
    record: str
    kind: str  # added | extended | edited | removed | moved
    detail: str = ""

    @property
    def level(self) -> str:
        return KIND_LEVELS[self.kind]

    def line(self) -> str:
        return f"{self.level:<5}  {self.scope}  {self.layer}  {self.record}  {self.kind}" + (
            f" ({self.detail})" if self.detail else "")


@dataclass
class Classification:
    """The data change against a release: the records that differ and the files re-serialised with the same records."""

    changes: list[Change] = field(default_factory=list)
    reserialised: list[str] = field(default_factory=list)

    @property
    def level(self) -> str:
        levels = {c.level for c in self.changes} | ({"patch"} if self.reserialised else set())
        return max(levels, key=LEVELS.index, default="none")

    def counts(self) -> str:
        found = Counter(c.kind for c in self.changes)
        parts = [f"{n} {kind}" for kind, n in sorted(found.items())]
        parts += [f"{len(self.reserialised)} file(s) re-serialised"] if self.reserialised else []
        return ", ".join(parts) or "nothing changed"

    def named(self, level: str) -> list[str]:
        """What a changelog names for the changes of `level`: each document (a moved one for a split change),
        `entities.json` for the registry, `quote_links.json` for the links."""
        return sorted({c.record if c.layer == "splits" else c.scope for c in self.changes if c.level == level})


def _compare_record(scope: str, layer: str, key: str, old: Record, new: Record,
                    fields: dict[str, list[str]]) -> Change | None:
    if layer == "splits":
        return None if old.value == new.value else Change(scope, layer, key, "moved", f"{old.value} -> {new.value}")
    known = fields.get(new.model, ())
    if new.value_within(known) != old.value:
        return Change(scope, layer, key, "edited")
    added = new.new_fields(known) if new.model in fields else []
    return Change(scope, layer, key, "extended", "new " + ", ".join(added)) if added else None


def classify(released: Snapshot, current: Snapshot) -> Classification:
    """The records of `current` against those of `released`, and the files whose bytes alone changed."""
    result = Classification()
    for scope in sorted(set(released.records) | set(current.records)):
        old_layers, new_layers = released.records.get(scope, {}), current.records.get(scope, {})
        for layer in sorted(set(old_layers) | set(new_layers)):
            old, new = old_layers.get(layer, {}), new_layers.get(layer, {})
            result.changes += [Change(scope, layer, k, "removed") for k in sorted(set(old) - set(new))]
            result.changes += [Change(scope, layer, k, "added") for k in sorted(set(new) - set(old))]
            for key in sorted(set(old) & set(new)):
                change = _compare_record(scope, layer, key, old[key], new[key], released.fields)
                result.changes += [change] if change else []
    changed_scopes = {c.scope for c in result.changes}
    result.reserialised = sorted(
        name for name in set(released.files) | set(current.files)
        if released.files.get(name) != current.files.get(name) and _scope_of(name) not in changed_scopes)
    return result


def _scope_of(file_name: str) -> str:
    """The scope whose records a corpus file holds: `raw/x.txt` and `annotations/x.json` -> `x`;
    the registry, the splits and the quote links are their own scopes."""
    name = file_name.split("/", 1)[1]
    return name if name in CORPUS_SCOPES else name.rsplit(".", 1)[0]


def parse_version(text: str, where: str) -> tuple[int, int, int]:
    match = _SEMVER.fullmatch(text.strip())
    try:
        if match is not None:
            return int(match[1]), int(match[2]), int(match[3])
    except ValueError:  # a number longer than Python's int reads (4300 digits)
        pass
    raise VersionError(f"{where} holds {text.strip()[:40]!r}, not a version MAJOR.MINOR.PATCH")


def required_version(released: str, level: str) -> str:
    """The lowest version a change of `level` after release `released` may carry."""
    major, minor, patch = parse_version(released, "the release")
    return {"none": released, "patch": f"{major}.{minor}.{patch + 1}", "minor": f"{major}.{minor + 1}.0",
            "major": f"{major + 1}.0.0"}[level]


def changelog_section(changelog: str, version: str) -> str | None:
    """The text under the `Dataset VERSION` heading of a changelog (to the next heading), None if there is none."""
    match = re.search(rf"^#+ +Dataset {re.escape(version)}(?![0-9.])[^\n]*\n(.*?)(?=^#|\Z)", changelog, re.M | re.S)
    return match.group(1).strip() if match else None


@dataclass
class VersionCheck:
    """The verdict: the release and current versions, the change, the lowest acceptable version, what is wrong."""

    released: str
    current: str
    change: Classification
    required: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def gate(released: str, current: str, change: Classification, changelog: str,
         version_file: str = VERSION_FILE, changelog_file: str = CHANGELOG) -> VersionCheck:
    """What the dataset version and the changelog must say for this change, and where they do not."""
    level = change.level
    needed = required_version(released, level)
    have, last = parse_version(current, version_file), parse_version(released, "the release")
    problems: list[str] = []
    if have < last:
        problems.append(f"{version_file} holds {current}, lower than the released {released}")
    elif have < parse_version(needed, "the required version"):
        problems.append(f"the data changed at the {level} level since release {released} ({change.counts()}): "
                        f"raise {version_file} from {current} to {needed} (and the version in CITATION.cff and "
                        "the README's BibTeX)")
    if have > last:
        problems += _changelog_problems(changelog_section(changelog, current), released, current, change,
                                        changelog_file)
    return VersionCheck(released, current, change, needed, problems)


def _changelog_problems(section: str | None, released: str, current: str, change: Classification,
                        changelog_file: str) -> list[str]:
    """A raised version needs its changelog section, naming what was edited or removed."""
    names = change.named("major")
    if not section:
        return [f"{changelog_file} has no '### Dataset {current}' section saying how the data changed since "
                f"{released} ({change.counts()})" + (f"; name in it: {', '.join(names)}" if names else "")]
    unnamed = [name for name in names if not _names(section, name)]
    return [f"the '{changelog_file}' section 'Dataset {current}' does not name what was edited or removed in: "
            f"{', '.join(unnamed)}"] if unnamed else []


def _names(section: str, name: str) -> bool:
    """Whether a changelog section names `name` as a whole: `kim-summit` is not named by `kim-summit-2`."""
    return re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-]|\.\w)", section) is not None


def _read(root: Path, name: str) -> str:
    path = root / name
    try:
        return read_text_capped(path, _TEXT_CAP)
    except (OSError, ValueError, UsageError) as error:
        raise VersionError(f"cannot read {name} in {root}: {getattr(error, 'strerror', None) or error}") from error


def release_snapshot(root: Path) -> Snapshot:
    """The last release as `annotations/RELEASED.json` records it (a document's records read from its file,
    `annotations/released/ID.json`, when they are asked for); `VersionError` if the manifest or a records file
    is missing or broken."""
    from vostochny.checking.output import text as show
    from vostochny.reading import loader

    path = root / "annotations" / RELEASE_FILE
    if not path.exists():
        raise VersionError(f"{root} has no annotations/{RELEASE_FILE}: record the release with "
                           "`vostochny release-manifest`, or compare with a git revision (--against REV)")
    loaded = loader.load_release(path, f"annotations/{RELEASE_FILE}", within=root)
    if loaded.model is None:
        raise VersionError("\n".join([*(show(p) for p in loaded.problems),
                                       f"annotations/{RELEASE_FILE} is written by `vostochny release-manifest` at a "
                                       "release: restore it from the release's commit"]))
    manifest = loaded.model
    records = {scope: from_records(layers) for scope, layers in manifest.records.items()}
    if manifest.documents is None:  # format 1: every document's records in the manifest
        return Snapshot(manifest.dataset_version, records, manifest.fields, manifest.files)
    listed = manifest.documents

    def read(doc_id: str) -> Layers:
        try:
            return from_records(loader.read_release_records(root / "annotations" / RELEASE_FOLDER / f"{doc_id}.json",
                                                            listed[doc_id], within=root))
        except (FileRefused, OSError) as error:
            raise VersionError(f"{error}: restore annotations/{RELEASE_FOLDER}/ and annotations/{RELEASE_FILE} from "
                               "the release's commit (V335)") from None

    return Snapshot(manifest.dataset_version, Scopes(records, listed, read), manifest.fields, manifest.files)


def revision_snapshot(spec: str, root: Path, scratch: Path, version_file: str = VERSION_FILE) -> Snapshot:
    """The corpus of git revision (or folder) `spec`, with its dataset version (`version_file` at that revision)."""
    from vostochny.reading.revisions import file_at, materialize

    folder = materialize(spec, scratch, root)
    if folder != scratch:  # a folder named on the command line
        version = _read(folder, version_file)
    else:
        data = file_at(spec, root / version_file)
        if data is None:
            raise VersionError(f"revision {spec!r} has no {version_file}")
        version = data.decode("utf-8", "replace")
    parse_version(version, f"{version_file} of {spec!r}")
    return read_past_snapshot(folder, version.strip())


def check_version(root: Path, released: Snapshot | None = None, version_file: str = VERSION_FILE,
                  changelog_file: str = CHANGELOG) -> VersionCheck:
    """Check the corpus at `root` against its last release (default: `annotations/RELEASED.json`)."""
    released = released if released is not None else release_snapshot(root)
    current_version = _read(root, version_file).strip()
    parse_version(current_version, version_file)
    current = read_snapshot(root, current_version)
    change = classify(released, current)
    changelog = _read(root, changelog_file) if current_version != released.version else ""
    return gate(released.version, current_version, change, changelog, version_file, changelog_file)


@dataclass(frozen=True)
class Recorded:
    """What `write_manifest` recorded: the manifest's path, the dataset version and the counts."""

    path: Path
    version: str
    documents: int
    records: int
    files: int


def recordable(root: Path, version_file: str = VERSION_FILE) -> Snapshot:
    """The snapshot of the corpus at `root` in its current dataset version, which `write_manifest` may record.
    `VersionError` if the version is lower than the one the existing manifest records, or the same version with
    other data: re-recording it would make check-version pass on a change whose version was never raised."""
    version = _read(root, version_file).strip()
    parse_version(version, version_file)
    previous = release_snapshot(root) if (root / "annotations" / RELEASE_FILE).exists() else None
    if previous is not None and parse_version(version, version_file) < parse_version(previous.version, RELEASE_FILE):
        raise VersionError(f"{version_file} holds {version}, lower than the release {previous.version} that "
                           f"annotations/{RELEASE_FILE} records")
    snapshot = read_snapshot(root, version)
    change = classify(previous, snapshot) if previous is not None and previous.version == version else None
    if change is not None and change.level != "none":
        raise VersionError(f"annotations/{RELEASE_FILE} records release {version} with other data ({change.counts()}): "
                           f"raise {version_file} to at least {required_version(version, change.level)} first")
    return snapshot


def write_manifest(root: Path, version_file: str = VERSION_FILE) -> Recorded:
    """Record the corpus at `root` as released in its current dataset version (`write_release`), holding the
    corpus's lock (`corpus_lock.held`: what a killed run left is put back before the corpus is read)."""
    from vostochny.writing.corpus_lock import held

    with held(root):
        return write_release(root, recordable(root, version_file))


def convert_manifest(root: Path) -> Recorded:
    """Rewrite a release manifest of format 1 (every record in one file) in format 2, with the records, fields
    and file hashes it holds: the same release, whatever the corpus holds now. `VersionError` for a manifest that
    is missing, broken or of format 2 already."""
    from vostochny.writing.corpus_lock import held

    with held(root):
        snapshot = release_snapshot(root)
        if isinstance(snapshot.records, Scopes):
            raise VersionError(f"annotations/{RELEASE_FILE} is of format 2 already: nothing to convert")
        return write_release(root, snapshot)


def write_release(root: Path, snapshot: Snapshot) -> Recorded:
    """Write a release's records: each document's into `annotations/released/ID.json` (staged, and swapped in as
    a whole folder), then `annotations/RELEASED.json` with the SHA-256 of each; if that cannot be written (a
    `UsageError` naming it), the folder's swap is undone: both files change, or neither. A run killed between the
    two leaves files that the old manifest does not list: V335 says so, and the next run writes both again."""
    import hashlib

    from vostochny.writing.outputs import replaced_dir, write_errors
    from vostochny.writing.writer import write_bytes, write_text

    documents: dict[str, str] = {}
    count = 0
    path = root / "annotations" / RELEASE_FILE

    def manifest() -> None:
        with write_errors(path):
            write_text(path, manifest_text(snapshot, documents))

    with replaced_dir(root / "annotations" / RELEASE_FOLDER, then=manifest) as staging:
        for scope in snapshot.records:
            layers = snapshot.records[scope]
            count += sum(map(len, layers.values()))
            if scope not in CORPUS_SCOPES:
                data = records_text(layers).encode("utf-8")
                write_bytes(staging / f"{scope}.json", data, durable=False)
                documents[scope] = hashlib.sha256(data).hexdigest()
    return Recorded(path, snapshot.version, len(documents), count, len(snapshot.files))
