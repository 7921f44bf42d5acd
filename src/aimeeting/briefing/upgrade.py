"""Older briefing formats, brought up to the current one in memory before validation.

Version 1 had one city and host country, and one role string per person; everything else
it had is still valid in version 2. Only well-formed parts are moved: anything odd is left
where it is, so validation reports it at the place the author wrote it.
"""

from __future__ import annotations

from typing import Any

from aimeeting.briefing.model import SCHEMA_VERSION


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Return ``data`` in the current format; a current or unknown version is returned as is."""
    if data.get("schema_version") != 1:
        return data
    upgraded = dict(data, schema_version=SCHEMA_VERSION)
    event = data.get("event")
    if isinstance(event, dict) and "venues" not in event:
        event = dict(event)
        city, country = event.pop("city", None), event.pop("host_country", None)
        if city is not None or country is not None:
            event["venues"] = [{"city": city, "country": country}]
        upgraded["event"] = event
    people = data.get("people")
    if isinstance(people, list):
        upgraded["people"] = [_upgrade_party(party) for party in people]
    return upgraded


def _upgrade_party(party: Any) -> Any:
    if not isinstance(party, dict) or "role" not in party or "roles" in party:
        return party
    party = dict(party)
    party["roles"] = [{"title": party.pop("role")}]
    return party
