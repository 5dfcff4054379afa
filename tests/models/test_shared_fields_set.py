"""``sharing_fields_set``: models given every field share one set of field names, and
nothing a caller can see changes (``model_fields_set``, dumps, copies, assignment)."""

from __future__ import annotations

from summarizer.models.common import Span, sharing_fields_set
from summarizer.models.daily_v2 import FigureValue, SourceRef


def _ref(start: int) -> SourceRef:
    span = sharing_fields_set(Span(start=start, end=start + 3))
    return sharing_fields_set(SourceRef(article_id=f"a{start}", span=span, text="abc"))


def test_models_given_every_field_share_one_set_and_keep_their_meaning() -> None:
    one, two = _ref(1), _ref(2)
    assert one.__pydantic_fields_set__ is two.__pydantic_fields_set__
    assert one.span.__pydantic_fields_set__ is two.span.__pydantic_fields_set__
    assert one.model_fields_set == {"article_id", "span", "text"}
    assert one.model_dump(exclude_unset=True) == SourceRef(
        article_id="a1", span=Span(start=1, end=4), text="abc"
    ).model_dump(exclude_unset=True)


def test_assigning_or_copying_one_leaves_the_others_as_they_were() -> None:
    one, two = _ref(1), _ref(2)
    one.text = "xyz"
    copied = two.model_copy(update={"text": "new"})
    assert two.text == "abc" and copied.text == "new" and one.text == "xyz"
    for model in (one, two, copied):
        assert model.model_fields_set == {"article_id", "span", "text"}
    assert _ref(3).model_fields_set == {"article_id", "span", "text"}


def test_a_model_not_given_every_field_keeps_its_own_set() -> None:
    value = FigureValue(value=3, text="three", source=_ref(1))
    assert sharing_fields_set(value) is value
    assert value.model_fields_set == {"value", "text", "source"}
    full = sharing_fields_set(
        FigureValue(
            value=4,
            value_high=None,
            bound="exact",
            text="four",
            counted=None,
            claimed_by=None,
            source=_ref(2),
        )
    )
    assert value.__pydantic_fields_set__ is not full.__pydantic_fields_set__
    assert value.model_fields_set == {"value", "text", "source"}
    assert value.model_dump(exclude_unset=True).keys() == {"value", "text", "source"}
