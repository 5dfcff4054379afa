"""What the model answers in the grounded engine: labels on items the text layer found.

The model never copies article text here. Quotations are located by the text layer and
shown to the model with short ids (``q3``); the reply has one required key per quotation
the rules could not attribute, whose value is chosen from a closed list: a name from the
article, or ``unnamed``. Under a grammar (llama.cpp, vLLM,
OpenAI's structured outputs) the model can only answer about the ids the article has, with
values that exist, so an unknown id cannot happen; a server without grammars gets the same
checks as validation. The only free text is the summary (vetted like every summary) and
the names of actors the rules missed, which are aligned to the article like any engine's.

The schema is made per article, small and flat: a small local model fills it reliably, and
every key it writes is a completion token someone waits for and pays for.
"""

from __future__ import annotations

import enum
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, Field, create_model

SCHEMA_VERSION: Final = "labels/v1"
UNNAMED: Final = "unnamed"  # the article does not say who said it
MAX_NEW_ACTORS = 12


def reply_token_budget(quotes: int) -> int:
    """``max_tokens`` for one reply: what its answers can take, and no more, so a model
    that starts repeating itself is cut off in seconds, not minutes. About 250 tokens for
    the summary, 60 for added names, 16 per quotation key and its answer."""
    return 400 + 16 * quotes


class _Reply(BaseModel):
    model_config = ConfigDict(extra="forbid")


def labels_model(quote_keys: dict[str, str], speaker_names: list[str]) -> type[BaseModel]:
    """The reply schema for one article: a key per open quotation, in text order.

    ``quote_keys`` maps each quotation's id to the key the reply uses for it: the id and
    its first words (``q2 Today's verdict sends a clear``). A small model fills a list of
    bare ids by position (the first name for q1, the second for q2, ...); with the words
    just before its answer, it answers about the quotation. The names are one enum kept
    once under ``$defs`` (not repeated per key), so the schema stays small.

    Numbers are not asked about: asked whether each number the rules could not put in a
    category was news, Qwen2.5-1.5B dropped true figures ("3,000 people", "40,000") and
    figures F1 fell on every development set (seeds 0.96 -> 0.91, invented 0.76 -> 0.70,
    unseen 0.70 -> 0.63); asked for categories, category accuracy fell 0.94 -> 0.84.
    """
    speaker = enum.Enum(  # type: ignore[misc]
        "Speaker", [(f"s{n}", name) for n, name in enumerate([*dict.fromkeys(speaker_names), UNNAMED])]
    )
    fields: dict[str, Any] = {
        # No maxLength: llama.cpp spells it out as one nested grammar rule per character,
        # which its parser refuses at this size. ``reply_token_budget`` bounds it instead.
        "summary": (str, Field(description="2 to 4 sentences; only what the article says.")),
    }
    if quote_keys:
        fields["speakers"] = (_keyed("Speakers", quote_keys, speaker), ...)
    fields["missing_actors"] = (
        list[str],
        Field(max_length=MAX_NEW_ACTORS, description="Names of actors not in the candidate list."),
    )
    return create_model("Labels", __base__=_Reply, **fields)


def _keyed(name: str, keys: dict[str, str], answer: type[enum.Enum]) -> type[BaseModel]:
    fields: dict[str, Any] = {item: (answer, Field(alias=key)) for item, key in keys.items()}
    return create_model(name, __base__=_Reply, **fields)


def answers(labels: BaseModel, key: str) -> dict[str, str]:
    """``{id: value}`` for a keyed part of a reply (``speakers``)."""
    part = getattr(labels, key, None)
    if part is None:
        return {}
    return {name: value.value for name, value in part}
