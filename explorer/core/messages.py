"""Messages with structured parts: an id, the English template and its parameters.

The core never imports Qt, yet the window speaks Korean: what the core says to a person (a refusal, a note,
a caption, a label, a field's help) is a ``Message``. A Message *is* the English sentence (a ``str``
subclass), so the CLI, ``str(err)``, f-strings and comparisons keep working unchanged; the UI renders the
same parts through Qt's translations (``explorer/ui/messages.py``): the template by its id, and each
parameter that is itself a Message.

    M("config.out_of_range", "is out of range")
    M("range.int", "{lo} to {hi}")(lo=1, hi=64)          # parameters are given by calling it
    Message("range.int", "{lo} to {hi}", {"lo": 1, "hi": 64})   # the same

Write every message as ``M("id", "literal template")``: ``tools/update_translations.py`` runs lupdate over
``explorer/core`` with ``M`` as ``QT_TRANSLATE_NOOP`` (the id is the translation context), so each template
reaches ``explorer/resources/i18n/messages_ko.ts`` for a translator without being copied anywhere. Templates use
``str.format`` fields by name; a format spec (``{size:.1f}``) is kept in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["Message", "M", "render", "join", "as_message", "Translate"]

# translate(id, english_template) -> the template in the reader's language
Translate = Callable[[str, str], str]


class Message(str):
    """One thing the core says. Its ``str`` value is the English text; ``id`` names it for translators and
    tests, ``template`` is the English with ``{name}`` fields, ``params`` fill them (a parameter may be a
    Message, or a list of Messages)."""

    __slots__ = ("id", "template", "params")
    id: str
    template: str
    params: Mapping[str, Any]

    def __new__(cls, id: str, template: str, params: Mapping[str, Any] | None = None) -> Message:
        params = dict(params or {})
        self = super().__new__(cls, _fill(template, {k: _value(v, None) for k, v in params.items()}))
        self.id, self.template, self.params = id, template, params
        return self

    def __call__(self, **params: Any) -> Message:
        """The same message with (more) parameters: ``M("id", "{n} layers")(n=3)``."""
        return Message(self.id, self.template, {**self.params, **params})

    def english(self) -> str:
        return str.__str__(self)

    def render(self, translate: Translate | None = None) -> str:
        return render(self, translate)

    def __repr__(self) -> str:
        return f"Message({self.id!r}, {str.__str__(self)!r})"

    def __reduce__(self):  # pickling (a run's report crosses a process boundary)
        return (Message, (self.id, self.template, dict(self.params)))


def M(id: str, template: str) -> Message:  # noqa: N802 - short on purpose: lupdate reads M("id", "template")
    return Message(id, template)


def join(parts: Iterable[Any], separator: str = ", ") -> Message:
    """A list shown joined: each part in the reader's language, the separator as given."""
    parts = list(parts)
    template = separator.replace("{", "{{").replace("}", "}}").join(f"{{p{i}}}" for i in range(len(parts)))
    return Message("join", template, {f"p{i}": p for i, p in enumerate(parts)})


def as_message(text: Any) -> Message:
    """A Message as is; anything else as a text of its own (from a file, torch, the OS): shown untranslated."""
    if isinstance(text, Message):
        return text
    return Message("text", "{text}", {"text": "" if text is None else str(text)})


def _value(value: Any, translate: Translate | None) -> Any:
    if isinstance(value, Message):
        return render(value, translate)
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Message) for v in value):
        return ", ".join(render(v, translate) for v in value)
    return value


def _fill(template: str, params: Mapping[str, Any]) -> str:
    try:
        return template.format_map(params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return template


def render(message: Any, translate: Translate | None = None) -> str:
    """``message`` in the reader's language: ``translate(id, template)`` gives the template (English if None).
    A plain string is returned as it is."""
    if not isinstance(message, Message):
        return "" if message is None else str(message)
    if translate is None:
        return message.english()
    params = {k: _value(v, translate) for k, v in message.params.items()}
    template = translate(message.id, message.template) or message.template
    try:
        return template.format_map(params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):  # a broken translation: the English
        return _fill(message.template, params)
