"""argparse in the user's language: the command line's help and its usage errors in Russian or English.

Our own text (each command's HELP and each argument's help) is given as coded `Message`s and rendered in
the parser's language (`Parser.add_argument` renders a coded help). argparse's own sentences ("options",
"the following arguments are required: …") are looked up by argparse through its module-level `_`
(gettext); `speaking(lang)` swaps that one function for a lookup in our catalogue while the parser is
built and run, and puts it back after (English needs no swap: argparse's own words are ours). A mistake
is reported in one coded line (UsageError): an unknown command, an invalid choice, a value that is not a
number or a date, an argument left over.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from ino_desktop.cli_text import in_language
from ino_desktop.errors import InoError
from ino_desktop.languages import LANGUAGES
from ino_desktop.messages import Message, message


class UsageError(InoError):
    kind = "usage"


# argparse's own sentences (its gettext msgids) -> the code of our template, and what stands for each of
# the template's names (argparse fills its %-placeholders after the lookup).
_ARGPARSE: dict[str, tuple[str, dict[str, str]]] = {
    "positional arguments": ("cli.argparse_positionals", {}),
    "options": ("cli.argparse_options", {}),
    "show this help message and exit": ("cli.argparse_help", {}),
    "the following arguments are required: %s": ("cli.argparse_required", {"arguments": "%s"}),
    "argument %(argument_name)s: %(message)s": ("cli.argument_problem", {"argument": "%(argument_name)s",
                                                                         "problem": "%(message)s"}),
    "expected one argument": ("cli.argparse_one_value", {}),
    "expected at most one argument": ("cli.argparse_at_most_one_value", {}),
    "expected at least one argument": ("cli.argparse_values", {}),
    "ambiguous option: %(option)s could match %(matches)s": ("cli.argparse_ambiguous", {
        "option": "%(option)s", "matches": "%(matches)s"}),
    "ignored explicit argument %r": ("cli.argparse_no_value", {"value": "%s"}),
}


def _argparse_text(lang: str) -> Callable[[str], str]:
    def gettext(text: str) -> str:
        entry = _ARGPARSE.get(text)
        if entry is None:
            return text  # a sentence only a programming mistake produces: argparse's English
        code, slots = entry
        return message(code, **slots).render(lang)

    return gettext


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """argparse's own sentences in `lang` while the parser is built and run (English needs nothing)."""
    if lang == "en":
        yield
        return
    names = vars(argparse)  # argparse looks `_` up among its module's names at each call
    saved = names["_"]
    names["_"] = _argparse_text(lang)
    try:
        yield
    finally:
        names["_"] = saved


def asked_language(argv: Sequence[str]) -> str | None:
    """The program's `--lang` among the options before the command (`brief --lang` is the pack's), read
    before parsing so that --help and the parser's own mistakes are already in that language."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--lang":
            value = next(tokens, None)
            return value if value in LANGUAGES else None
        if token.startswith("--lang="):
            value = token.partition("=")[2]
            return value if value in LANGUAGES else None
        if token == "--db":
            next(tokens, None)
        elif not token.startswith("-"):
            return None
    return None


class HelpFormatter(argparse.HelpFormatter):
    """Heads the usage line in the parser's language (argparse would write "usage:"), and keeps an option
    such as --take-theirs whole when it wraps a line."""

    def __init__(self, prog: str, lang: str) -> None:
        super().__init__(prog)
        self.lang = lang

    # argparse's own, with break_on_hyphens=False; its whitespace rule is ASCII (a no-break space in a
    # Russian number stays)
    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(self._one_line(text), width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return textwrap.fill(self._one_line(text), width, initial_indent=indent, subsequent_indent=indent,
                             break_on_hyphens=False)

    def _one_line(self, text: str) -> str:
        return self._whitespace_matcher.sub(" ", text).strip()

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else
                          message("cli.usage").render(self.lang) + " ")


def help_text(said: Message | str, lang: str) -> str:
    """A help string for argparse in `lang` (argparse %-formats help, so a literal % is doubled)."""
    return in_language(said, lang).replace("%", "%%")


def _argument(action: argparse.Action) -> str:
    return "/".join(action.option_strings) or str(action.metavar or action.dest)


class Parser(argparse.ArgumentParser):
    """argparse that speaks `lang` and reports a mistake in one coded line instead of usage + message."""

    def __init__(self, *args: Any, lang: str = "en", **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", lambda prog: HelpFormatter(prog, lang))
        self.lang = lang  # before argparse adds -h through add_argument
        super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        """An argument whose help may be a coded message (rendered now, in the parser's language)."""
        if isinstance(kwargs.get("help"), Message):
            kwargs["help"] = help_text(kwargs["help"], self.lang)
        return super().add_argument(*args, **kwargs)

    def refuse(self, problem: Message | str) -> NoReturn:
        raise UsageError(message("cli.usage_error", prog=self.prog, problem=problem))

    def error(self, message: str) -> NoReturn:
        self.refuse(message)  # argparse's own sentence, already in the language (speaking)

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        parsed, rest = self.parse_known_args(args, namespace)
        if rest:
            self.refuse(message("cli.unrecognized", arguments=" ".join(rest)))
        return parsed

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        convert = self._registry_get("type", action.type, action.type)
        try:
            return convert(arg_string)
        except argparse.ArgumentTypeError as exc:  # our converters give a coded message
            problem = exc.args[0] if exc.args else str(exc)
        except (TypeError, ValueError):
            problem = message("cli.not_whole_number" if action.type is int else "cli.bad_value", value=arg_string)
        self.refuse(message("cli.argument_problem", argument=_argument(action), problem=problem))

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is None or value in action.choices:
            return
        choices = ", ".join(map(str, action.choices))
        if isinstance(action, argparse._SubParsersAction):
            self.refuse(message("cli.unknown_command", command=value, commands=choices))
        self.refuse(message("cli.argument_problem", argument=_argument(action),
                            problem=message("cli.invalid_choice", value=value, choices=choices)))
