"""Limits on input, in one place: the loader enforces them and the locator reports them."""

MAX_BYTES = 100 * 1024 * 1024  # a briefing file or standard input
MAX_NUMBER_CHARS = 40  # digits in one JSON number
MAX_DEPTH = 64  # nesting of JSON objects and arrays
MAX_MESSAGE_CHARS = 400  # one line on stderr; a longer one (a huge argument echoed) is cut
MAX_PROBLEMS = 1000  # problems one list (or the cross-item rules) reports before stopping
MAX_ITEM_VALUES = 10_000  # JSON values in one item, the event or the summary
