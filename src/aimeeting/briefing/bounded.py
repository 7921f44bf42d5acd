"""Validation whose cost stays near the file's size however many problems the file has.

Pydantic builds every error it finds, hundreds of bytes each in its core and kilobytes in
Python, and a file can hold two errors a byte (`[{}, {}, ...]` as a list of items): 10 MB
of them took 16 GB and two minutes. So an item, the event or the summary may hold at most
MAX_ITEM_VALUES values (counted before Pydantic sees it); a list's items are validated a
window of values at a time; and a list stops being validated after MAX_PROBLEMS problems,
with a problem that says so where it stopped.
"""

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError, ValidatorFunctionWrapHandler
from pydantic_core import InitErrorDetails, PydanticCustomError

from aimeeting.limits import MAX_ITEM_VALUES, MAX_PROBLEMS

WINDOW_VALUES = 1000
"""Values validated in one call: enough that the calls cost nothing on a valid file, few
enough that one window's errors stay small."""


def values_in(value: Any, limit: int) -> int:
    """The JSON values in ``value`` (itself included), counted up to just past ``limit``."""
    if type(value) not in (dict, list):
        return 1
    count = 1
    stack = [value]
    while stack:
        current = stack.pop()
        children: Iterable[Any] = current.values() if type(current) is dict else current
        count += len(current)
        if count > limit:
            return count
        stack.extend(child for child in children if type(child) in (dict, list))
    return count


def problem(loc: tuple[str | int, ...], kind: str, message: str) -> InitErrorDetails:
    return InitErrorDetails(type=PydanticCustomError(kind, message), loc=loc, input=None)


def as_problem(error: Any, loc: tuple[str | int, ...]) -> InitErrorDetails:
    """A Pydantic error (from ``errors()``) as one to raise again, at ``loc``."""
    # Pydantic fills {name} only from a context; with none, the message stays as written.
    return InitErrorDetails(
        type=PydanticCustomError(error["type"], str(error["msg"])),
        loc=loc,
        input=error.get("input"),
    )


def too_large(loc: tuple[str | int, ...]) -> InitErrorDetails:
    return problem(
        loc, "too_large", f"holds more than {MAX_ITEM_VALUES:,} values, the format's limit"
    )


def stopped_message(what: str) -> str:
    return (
        f"stopped here: {MAX_PROBLEMS:,} {what} were found before this point, and what "
        "follows is not reported; mend those and validate again"
    )


def stopped(loc: tuple[str | int, ...]) -> InitErrorDetails:
    return problem(loc, "too_many_problems", stopped_message("problems"))


def capped(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """Validate one object (the event, the summary) unless it holds too many values."""
    if values_in(value, MAX_ITEM_VALUES) > MAX_ITEM_VALUES:
        raise ValidationError.from_exception_data("capped", [too_large(())])
    return handler(value)


def in_windows(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """Validate a list of items a window at a time, stopping after MAX_PROBLEMS problems."""
    if not isinstance(value, list) or not value:
        return handler(value)
    validated: list[Any] = []
    problems: list[InitErrorDetails] = []

    def check(start: int, end: int) -> None:
        if start == end:
            return
        try:
            validated.extend(handler(value[start:end]))
        except ValidationError as error:
            for e in error.errors():
                loc = tuple(e["loc"])
                if loc and isinstance(loc[0], int):  # an index into the window
                    loc = (start + loc[0], *loc[1:])
                problems.append(as_problem(e, loc))

    start, values = 0, 0
    for index, entry in enumerate(value):
        size = values_in(entry, MAX_ITEM_VALUES)
        if size > MAX_ITEM_VALUES:
            check(start, index)
            problems.append(too_large((index,)))
            start, values = index + 1, 0
        else:
            values += size
            if values >= WINDOW_VALUES:
                check(start, index + 1)
                start, values = index + 1, 0
        if len(problems) >= MAX_PROBLEMS:
            if len(problems) > MAX_PROBLEMS:
                problems[MAX_PROBLEMS:] = [stopped(problems[MAX_PROBLEMS]["loc"])]
            elif index + 1 < len(value):
                problems.append(stopped((index + 1,)))
            break
    else:
        check(start, len(value))
    if problems:
        raise ValidationError.from_exception_data("in_windows", problems)
    return validated
