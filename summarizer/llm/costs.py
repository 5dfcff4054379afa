"""What LLM calls cost, in US dollars, from pydantic's maintained price table (genai-prices,
which ships its data: no network is needed).

Only calls to OpenAI itself are priced: a model name on another endpoint (a vLLM fleet, a
local server) says nothing about what it costs, so its cost is unknown (``None``), never
zero. Batch API calls are priced at OpenAI's batch discount (half the price).
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from summarizer.config import OPENAI_HOST
from summarizer.models.common import Usage

BATCH_DISCOUNT = 0.5


def priced_provider(base_url: str | None) -> str | None:
    """``openai`` for OpenAI's own API, ``None`` (unknown prices) for any other endpoint."""
    if base_url is None or urlsplit(base_url).hostname == OPENAI_HOST:
        return "openai"
    return None


def cost_usd(model: str | None, provider: str | None, usage: Usage, batch: bool = False) -> float | None:
    """The price of ``usage`` on ``model``; ``None`` when the model or provider is unknown."""
    if model is None or provider is None:
        return None
    if usage.prompt_tokens == 0 and usage.completion_tokens == 0:
        return 0.0
    per_token = _per_token(model, provider)
    if per_token is None:
        return None
    input_price, output_price = per_token
    total = usage.prompt_tokens * input_price + usage.completion_tokens * output_price
    return round(total * (BATCH_DISCOUNT if batch else 1.0), 8)


@lru_cache(maxsize=256)
def _per_token(model: str, provider: str) -> tuple[float, float] | None:
    """USD per input and per output token, read once per model from the table."""
    from genai_prices import Usage as PriceUsage
    from genai_prices import calc_price

    try:
        million = 1_000_000
        found = calc_price(
            PriceUsage(input_tokens=million, output_tokens=0), model_ref=model, provider_id=provider
        )
        out = calc_price(
            PriceUsage(input_tokens=0, output_tokens=million), model_ref=model, provider_id=provider
        )
    except LookupError:
        return None
    return float(found.total_price) / million, float(out.total_price) / million
