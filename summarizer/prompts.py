"""Versioned prompt files: load, validate, hash, render.

A prompt lives in ``prompts/<id>/<version>.yaml`` and is shipped as package data. Loading
validates it strictly: unknown keys, placeholders that are not declared variables, and
declared variables that no message uses are all errors.

Rendering is a single pass of plain substitution: ``{name}`` is replaced by the value of the
declared variable ``name``. No template engine ever sees article text, and substituted
values are never scanned again, so an article containing ``{article_text}`` or Jinja syntax
stays inert data.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from summarizer.errors import PromptError
from summarizer.grounding.planted import instruction_passages, replace_passages

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
ARTICLE_CLOSE_TAG = re.compile(r"</\s*article\s*>", re.IGNORECASE)


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Literal["system", "user", "assistant"]
    content: str


class Reasks(BaseModel):
    """Follow-up messages; ``{errors}`` and ``{items}`` are their only placeholders."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    validation: str
    grounding: str


class PromptSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    version: str = Field(pattern=r"^v\d+$")
    schema_version: str
    changelog: str
    parameters: dict[str, float | int | str] = Field(default_factory=dict)
    variables: list[str]
    messages: list[Message] = Field(min_length=1)
    reasks: Reasks

    @model_validator(mode="after")
    def _placeholders_match_variables(self) -> PromptSpec:
        used = {name for m in self.messages for name in PLACEHOLDER.findall(m.content)}
        declared = set(self.variables)
        if unknown := used - declared:
            raise ValueError(f"placeholders not declared in 'variables': {sorted(unknown)}")
        if unused := declared - used:
            raise ValueError(f"declared variables no message uses: {sorted(unused)}")
        for name, text, allowed in [
            ("reasks.validation", self.reasks.validation, {"errors"}),
            ("reasks.grounding", self.reasks.grounding, {"items"}),
        ]:
            found = set(PLACEHOLDER.findall(text))
            if found != allowed:
                raise ValueError(f"{name} must use exactly {sorted(allowed)}, found {sorted(found)}")
        return self


class Prompt(BaseModel):
    """A loaded prompt with its content hash."""

    model_config = ConfigDict(frozen=True)

    spec: PromptSpec
    hash: str

    @property
    def ref(self) -> str:
        return f"{self.spec.id}/{self.spec.version}"

    def render(self, **values: str) -> list[dict[str, str]]:
        """Messages with declared variables substituted in one pass."""
        missing = set(self.spec.variables) - values.keys()
        extra = values.keys() - set(self.spec.variables)
        if missing or extra:
            raise PromptError(
                f"prompt {self.ref} needs variables {sorted(self.spec.variables)}; "
                f"missing {sorted(missing)}, unexpected {sorted(extra)}"
            )
        return [{"role": m.role, "content": _substitute(m.content, values)} for m in self.spec.messages]

    def validation_reask(self, errors: str) -> dict[str, str]:
        return {
            "role": "user",
            "content": _substitute(self.spec.reasks.validation, {"errors": errors}),
        }

    def grounding_reask(self, items: str) -> dict[str, str]:
        return {
            "role": "user",
            "content": _substitute(self.spec.reasks.grounding, {"items": items}),
        }


def _substitute(template: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


WITHHELD = "[withheld: this passage reads as instructions to a model]"


def as_article_data(text: str, planted: list[tuple[int, int]] | None = None) -> str:
    """Article text made safe to sit between ``<article>`` tags: it cannot close them early,
    and passages that read as instructions to a model are withheld (nothing is taken from
    them anyway; withholding them keeps them from steering the rest of the reply).
    ``planted`` is those passages when they are known already (``Article.planted``)."""
    passages = instruction_passages(text) if planted is None else planted
    withheld = replace_passages(text, passages, lambda start, end: WITHHELD)
    return ARTICLE_CLOSE_TAG.sub("</ article>", withheld)


def _prompts_root() -> Path:
    # Package data: in a checkout this is a symlink to the top-level prompts/ folder; in a
    # built wheel the files themselves are copied here.
    return Path(__file__).parent / "data" / "prompts"


def _hash_spec(raw: dict[str, object]) -> str:
    canonical = json.dumps(raw, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def load_prompt_file(path: Path) -> Prompt:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PromptError(f"cannot read prompt file {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise PromptError(f"prompt file {path} must hold a mapping")
    try:
        spec = PromptSpec.model_validate(raw)
    except ValidationError as exc:
        raise PromptError(f"invalid prompt file {path}:\n{exc}") from exc
    return Prompt(spec=spec, hash=_hash_spec(raw))


@cache
def load_prompt(ref: str) -> Prompt:
    """Load ``id/version`` (e.g. ``briefing/v1``) from the shipped prompts, or a YAML path."""
    as_path = Path(ref)
    if ref.endswith((".yaml", ".yml")) and as_path.is_file():
        return load_prompt_file(as_path)
    if not re.fullmatch(r"[a-z0-9_-]+/v\d+", ref):
        raise PromptError(f"prompt reference {ref!r} must look like 'briefing/v1' or be a .yaml path")
    path = _prompts_root() / f"{ref}.yaml"
    if not path.is_file():
        raise PromptError(f"no prompt {ref!r}; available: {', '.join(available_prompts())}")
    prompt = load_prompt_file(path)
    if prompt.ref != ref:
        raise PromptError(f"{path} declares {prompt.ref}, but is stored as {ref}")
    return prompt


def available_prompts() -> list[str]:
    root = _prompts_root()
    return sorted(f"{p.parent.name}/{p.stem}" for p in root.glob("*/v*.yaml"))


# Released prompts are pinned by hash: a cache key, a run record or a briefing's provenance
# names a prompt by id, version and hash, and an edit to a released file would make those
# names lie. A changed prompt is a new version; the lock gains a line, never changes one.
LOCK_NAME = "prompts.lock"


def _lock_path() -> Path:
    return _prompts_root() / LOCK_NAME


def read_lock() -> dict[str, str]:
    """``id/version`` -> hash, from the lock file (``id/version hash`` per line)."""
    entries = {}
    for line in _lock_path().read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            ref, digest = line.split()
            entries[ref] = digest
    return entries


def unreleased_prompts() -> list[str]:
    """Shipped prompt versions the lock does not know yet: drafts, until released."""
    locked = read_lock()
    return [ref for ref in available_prompts() if ref not in locked]


def released_problems() -> list[str]:
    """Every way the shipped prompts break the lock: a released prompt edited or gone, or a
    file that cannot be loaded (a copy still declaring the version it was copied from)."""
    locked = read_lock()
    problems = []
    for ref in available_prompts():
        try:
            digest = load_prompt(ref).hash
        except PromptError as exc:
            problems.append(
                f"{exc} (start a new version with `summarizer prompts new {ref.split('/')[0]}/vN`)"
            )
            continue
        if ref in locked and locked[ref] != digest:
            problems.append(
                f"{ref} was released as {locked[ref]} and is now {digest}: a released prompt is never "
                "edited; start a new version with `summarizer prompts new " + ref + "`"
            )
    problems += [
        f"{ref} is in {LOCK_NAME} but its file is gone" for ref in locked if ref not in available_prompts()
    ]
    return problems


def lock_problems() -> list[str]:
    """Every way the shipped prompts and the lock disagree (none: all released prompts are
    as they were released, and every shipped prompt is released)."""
    return [
        f"{ref} is not in {LOCK_NAME}: run `summarizer prompts --release` to release it"
        for ref in unreleased_prompts()
    ] + released_problems()


CHANGELOG_TODO = "TODO: what this version changes from {source} and why"
DRAFT_HEADER = (
    "# Unreleased: started from {source} by `summarizer prompts new`. Edit freely until\n"
    "# `summarizer prompts --release` pins its hash; after that, never edit it.\n"
)


def new_prompt_version(source: str) -> Path:
    """Start the next version of ``source``'s prompt (``briefing/v2`` -> ``briefing/v3``, or
    past the newest version of that id) as a copy with its own ``version`` and a changelog
    placeholder; returns the new file. Nothing existing is changed."""
    prompt = load_prompt(source)
    versions = [int(ref.split("/v")[1]) for ref in available_prompts() if ref.split("/")[0] == prompt.spec.id]
    ref = f"{prompt.spec.id}/v{max(versions) + 1}"
    target = _prompts_root() / f"{ref}.yaml"
    text = (_prompts_root() / f"{prompt.ref}.yaml").read_text(encoding="utf-8")
    body = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("# Released:"))
    body = re.sub(r"(?m)^version:.*$", f"version: {ref.split('/')[1]}", body, count=1)
    changelog = json.dumps(CHANGELOG_TODO.format(source=prompt.ref))
    body = re.sub(r"(?m)^changelog:.*$", lambda _: f"changelog: {changelog}", body, count=1)
    with target.open("x", encoding="utf-8") as new:  # never over an existing version
        new.write(DRAFT_HEADER.format(source=prompt.ref) + body)
    load_prompt.cache_clear()
    load_prompt(ref)  # the copy loads as its own version
    return target


def release_new_prompts() -> list[str]:
    """Add the shipped prompts the lock does not know; existing lines are never changed."""
    locked = read_lock()
    added = [ref for ref in available_prompts() if ref not in locked]
    with _lock_path().open("a", encoding="utf-8") as lock:
        for ref in added:
            lock.write(f"{ref} {load_prompt(ref).hash}\n")
    return added
