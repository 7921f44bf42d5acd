"""Older briefing formats, brought up to the current one: in memory before validation (so a
version 1 file still loads), and for good by `aimeeting upgrade`.

Version 1 had one city and host country, one role string per person, and no language for
quotes (every quote was taken as English). Everything else it had is valid version 2.
Only well-formed parts are moved: anything odd is left where it is, so that validation
reports it at the place the author wrote it.
"""

from __future__ import annotations

import copy
from typing import Any, NamedTuple

from aimeeting.briefing.languages import guess_language, language_name, script_name, script_of
from aimeeting.briefing.model import SCHEMA_VERSION

ENGLISH_PLACEHOLDER = "<the words in English>"
TRANSLATOR_PLACEHOLDER = "<who put them into English: 'source', 'author' or a name>"


class Upgraded(NamedTuple):
    data: dict[str, Any]
    changes: list[str]  # what was moved or guessed, as sentences for the author


def is_old(data: dict[str, Any]) -> bool:
    version = data.get("schema_version")
    return type(version) is int and version == 1  # JSON true is not 1


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` in the current format, in memory; a current or unknown version is returned
    as is. A quote whose words are not in the Latin script says in its note that version 1
    could not say their language, and what the script suggests."""
    return _upgrade(data, for_good=False).data


def upgrade_for_good(data: dict[str, Any]) -> Upgraded:
    """``data`` as a version 2 file, and what changed. A quote in another script gets the
    language its script suggests, its words move to `original`, and `text` and
    `translated_by` become placeholders for the author (version 1 has no English for
    them), which `validate` refuses until they are filled in."""
    return _upgrade(data, for_good=True)


def _upgrade(data: dict[str, Any], for_good: bool) -> Upgraded:
    if not is_old(data):
        return Upgraded(data, [])
    changes = [f"schema_version 1 -> {SCHEMA_VERSION}"]
    upgraded = copy.deepcopy(data) if for_good else dict(data)
    upgraded["schema_version"] = SCHEMA_VERSION
    event = data.get("event")
    if isinstance(event, dict) and "venues" not in event:
        event = dict(event)
        city, country = event.pop("city", None), event.pop("host_country", None)
        if city is not None or country is not None:
            event["venues"] = [{"city": city, "country": country}]
            changes.append("event.city and event.host_country -> event.venues[0]")
        upgraded["event"] = event
    people = data.get("people")
    if isinstance(people, list):
        upgraded["people"] = [_upgrade_party(party) for party in people]
        if upgraded["people"] != people:
            changes.append("people[].role -> people[].roles[0].title")
    quotes = data.get("quotes")
    if isinstance(quotes, list):
        upgraded["quotes"] = [
            _upgrade_quote(quote, index, for_good, changes) for index, quote in enumerate(quotes)
        ]
    return Upgraded(upgraded, changes)


def _upgrade_party(party: Any) -> Any:
    if not isinstance(party, dict) or "role" not in party or "roles" in party:
        return party
    party = dict(party)
    party["roles"] = [{"title": party.pop("role")}]
    return party


def _upgrade_quote(quote: Any, index: int, for_good: bool, changes: list[str]) -> Any:
    if not isinstance(quote, dict) or "language" in quote or not isinstance(quote.get("text"), str):
        return quote
    guess = guess_language(quote["text"])
    if guess is None:
        return quote  # Latin script: English, as version 1 had it
    script = script_name(script_of(quote["text"]))
    name = language_name(guess)
    quote = dict(quote)
    if for_good and quote.get("verbatim") is False:
        # A paraphrase is the author's words, which must be English; there is no original.
        said = f"Format 1 gave this paraphrase in {script} script: {quote['text']}"
        quote["note"] = f"{quote['note']} {said}" if isinstance(quote.get("note"), str) else said
        quote["text"] = ENGLISH_PLACEHOLDER
        changes.append(
            f"quotes[{index}]: a paraphrase in {script} script: its words moved to 'note', "
            "and 'text' is a placeholder: write the paraphrase in English"
        )
        return quote
    if for_good:
        quote["language"] = guess
        quote["original"] = quote["text"]
        quote["text"] = ENGLISH_PLACEHOLDER
        quote["translated_by"] = TRANSLATOR_PLACEHOLDER
        changes.append(
            f"quotes[{index}]: the words are in {script} script, so language {guess!r} "
            f"({name}) was guessed; they moved to 'original', and 'text' and 'translated_by' "
            "are placeholders: write their English and who translated it"
        )
        return quote
    said = (
        f"Format 1 could not say which language a quote is in; these words are in {script} "
        f"script, so they are probably {name} (a guess), not English, and the briefing "
        "gives no English for them."
    )
    quote["note"] = f"{quote['note']} {said}" if isinstance(quote.get("note"), str) else said
    return quote
