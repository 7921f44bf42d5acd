"""The skeleton `aimeeting init` writes, made from the model itself: the sections in the
order of the section table, one example item in each, every key of the format shown, and
'<...>' placeholders (worded from each field's description) that `validate` refuses until
an author replaces them. A field added to the model appears here with no further work."""

from __future__ import annotations

import types
import typing
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from aimeeting.briefing.model import PLACEHOLDER_DATE, SCHEMA_VERSION, Briefing
from aimeeting.sections import SECTIONS

SOURCE_ID = "src-example"
PLACEHOLDER_URL = "https://example.invalid/page"
ONLY_FOR_OTHER_LANGUAGES = {"original", "title_en", "translated_by"}
"""Null in the example: they are for words or pages in a language other than English, and
the example is in English (where the format refuses them)."""


def skeleton_briefing() -> dict[str, Any]:
    """Every key of the format, with ids and cross-references that already resolve."""
    skeleton: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "checked": PLACEHOLDER_DATE}
    for spec in SECTIONS:
        field = Briefing.model_fields[spec.key]
        model = _model_in(field.annotation)
        assert model is not None, spec.key
        example = example_of(model, spec.name)
        skeleton[spec.key] = [example] if _is_list(field.annotation) else example
    return skeleton


def example_of(model: type[BaseModel], section: str) -> dict[str, Any]:
    """One example of ``model``: a placeholder for every field, by its type."""
    example: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        example[field.alias or name] = _value(name, field, section)
    return example


def _value(name: str, field: FieldInfo, section: str) -> Any:
    annotation = field.annotation
    optional = _is_optional(annotation)
    inner = _without_none(annotation)
    if name == "id":
        return SOURCE_ID if section == "sources" else f"{section}-example"
    if name == "sources":
        return [SOURCE_ID]
    if _model_in(inner) is not None:
        example = example_of(_model_in(inner), section)  # type: ignore[arg-type]
        return [example] if _is_list(inner) else example
    if typing.get_origin(inner) is dict:
        return {}  # an optional refinement (the event's field_sources): none to begin with
    if typing.get_origin(inner) is Literal:
        return typing.get_args(inner)[0] if field.is_required() else field.default
    if inner is bool:
        return True if field.is_required() else field.default
    if _is_list(inner):
        return [f"<{_words(field)}>"]
    if _checks(field, "_check_partial_date"):
        return PLACEHOLDER_DATE if field.is_required() else None
    if _checks(field, "_check_url"):
        return PLACEHOLDER_URL
    if isinstance(field.default, str):
        return field.default  # a language code
    if optional:
        wanted = _checks(field, "_check_text") and name not in ONLY_FOR_OTHER_LANGUAGES
        return f"<{_words(field)}, or null>" if wanted else None
    return f"<{_words(field)}>"


def _words(field: FieldInfo) -> str:
    """A field's description as placeholder words: 'A headline for the milestone.' ->
    'a headline for the milestone'."""
    text = (field.description or "the value").split(";")[0].rstrip(".")
    return text[:1].lower() + text[1:]


def _checks(field: FieldInfo, check: str) -> bool:
    """Whether one of the field's validators is the model's ``check`` function."""
    found: list[Any] = list(field.metadata)
    for argument in typing.get_args(field.annotation):
        found += getattr(argument, "__metadata__", ())
    return any(getattr(getattr(item, "func", None), "__name__", "") == check for item in found)


def _is_optional(annotation: Any) -> bool:
    return type(None) in typing.get_args(annotation)


def _without_none(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        others = [a for a in typing.get_args(annotation) if a is not type(None)]
        return others[0] if len(others) == 1 else annotation
    return annotation


def _is_list(annotation: Any) -> bool:
    return typing.get_origin(_without_none(annotation)) is list


def _model_in(annotation: Any) -> type[BaseModel] | None:
    annotation = _without_none(annotation)
    if typing.get_origin(annotation) is list:
        annotation = typing.get_args(annotation)[0]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None
