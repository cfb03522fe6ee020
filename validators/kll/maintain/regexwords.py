"""Regular expressions of the model read out in words, in Swedish and English.

A forum member judging a model change should not have to read ``^[0-9]{4}$``; this module says
"the value is exactly 4 digits 0–9" beside it. It explains only a small subset of regular
expressions, the one the model uses: a pattern anchored at both ends (``^…$``) built from literal
characters, escaped punctuation, ``.``, ``\\s``, ``\\S``, character classes with ranges (also
negated), groups with alternatives, and the quantifiers ``?``, ``*``, ``+``, ``{n}``, ``{n,}``
and ``{n,m}``. Anything else — lookarounds, back-references, ``\\d`` and ``\\w`` (whose meaning
differs between regex dialects), lazy quantifiers, a pattern that is not anchored — is refused
with :class:`Unexplained`, and the caller says "pattern (not explained)": a wrong explanation
would be worse than none.

The words follow the JSON Schema (ECMA-262) reading the generated schema uses: ``.`` is any
character except a line break, and ``^``/``$`` are the beginning and end of the whole value.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_LENGTH", "Unexplained", "explain", "explain_or_none"]

#: An explanation longer than this helps nobody (a full date-time pattern runs to 1,200
#: characters): such a pattern is left unexplained.
MAX_LENGTH = 700


class Unexplained(ValueError):
    """The pattern uses a construct outside the explained subset."""


# --------------------------------------------------------------------------------------------
# Parsing into a small tree: Seq(items), Alt(branches), Repeat(atom, low, high), Chars, Text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chars:
    """One character out of a set: ranges (pairs) and named sets ("space", "nonspace", "any")."""

    ranges: tuple[tuple[str, str], ...]
    named: tuple[str, ...] = ()
    negated: bool = False


@dataclass(frozen=True)
class Text:
    """A run of literal characters."""

    text: str


@dataclass(frozen=True)
class Repeat:
    """An atom repeated from ``low`` to ``high`` times."""

    atom: object
    low: int
    high: int | None  # None: no upper bound


@dataclass(frozen=True)
class Seq:
    """Items one after another."""

    items: tuple


@dataclass(frozen=True)
class Alt:
    """One of several sequences (a group's ``a|b``, or the whole pattern with one branch)."""

    branches: tuple  # of Seq


_PUNCTUATION = set("\\^$.|?*+()[]{}/-:#@!&,;=%~_<>'\"`")


class _Parser:
    """A recursive-descent reader of the explained subset; each method reads one construct from
    the current position and raises :class:`Unexplained` at anything outside the subset."""

    def __init__(self, pattern: str) -> None:
        self.s = pattern
        self.i = 0

    def peek(self) -> str | None:
        return self.s[self.i] if self.i < len(self.s) else None

    def take(self) -> str:
        char = self.s[self.i]
        self.i += 1
        return char

    def alternatives(self) -> Alt:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.take()
            branches.append(self.sequence())
        return Alt(tuple(branches))

    def sequence(self) -> Seq:
        items: list = []
        while self.peek() is not None and self.peek() not in "|)":
            atom = self.atom()
            items.append(self.quantified(atom))
        return Seq(tuple(_merge_text(items)))

    def atom(self):
        char = self.take()
        if char == "(":
            if self.peek() == "?":
                raise Unexplained("a group with (?…) (lookaround, named or non-capturing group)")
            inner = self.alternatives()
            if self.peek() != ")":
                raise Unexplained("an unclosed group")
            self.take()
            return inner
        if char == "[":
            return self.char_class()
        if char == ".":
            return Chars((), ("dot",))
        if char == "\\":
            return self.escape()
        if char in "^$":
            raise Unexplained("an anchor inside the pattern")
        if char in "?*+{}])|":
            raise Unexplained(f"a stray {char!r}")
        return Text(char)

    def escape(self):
        if self.peek() is None:
            raise Unexplained("a trailing backslash")
        char = self.take()
        if char == "s":
            return Chars((), ("space",))
        if char == "S":
            return Chars((), ("nonspace",))
        if char in _PUNCTUATION or char == " ":
            return Text(char)
        raise Unexplained(f"the escape \\{char}")

    def char_class(self) -> Chars:
        negated = self.peek() == "^"
        if negated:
            self.take()
        ranges: list[tuple[str, str]] = []
        named: list[str] = []
        first = True
        while True:
            char = self.peek()
            if char is None:
                raise Unexplained("an unclosed character class")
            if char == "]":
                if first:
                    # ECMA-262 reads []a] as an empty class then "a]", Python as a class of "]" and
                    # "a": rather than pick one reading, leave the pattern unexplained.
                    raise Unexplained("a ] first in a character class")
                self.take()
                break
            first = False
            self.take()
            if char == "\\":
                escaped = self.escape()
                if isinstance(escaped, Chars):
                    named += escaped.named
                    continue
                char = escaped.text
            elif char == "[":
                raise Unexplained("a nested character class")
            if self.peek() == "-" and self.i + 1 < len(self.s) and self.s[self.i + 1] != "]":
                self.take()
                end = self.take()
                if end == "\\" or end == "[":
                    raise Unexplained("a range ending in an escape")
                if ord(end) < ord(char):
                    raise Unexplained("a reversed range")
                ranges.append((char, end))
            else:
                ranges.append((char, char))
        if not ranges and not named:
            raise Unexplained("an empty character class")
        if set(named) == {"space", "nonspace"} and not ranges:
            return Chars((), ("any",), negated)
        if "nonspace" in named:
            raise Unexplained("\\S combined with other characters in a class")
        return Chars(tuple(ranges), tuple(named), negated)

    def quantified(self, atom):
        char = self.peek()
        if char is None or char not in "?*+{":
            return atom
        self.take()
        if char == "?":
            low, high = 0, 1
        elif char == "*":
            low, high = 0, None
        elif char == "+":
            low, high = 1, None
        else:
            low, high = self.braces()
        if self.peek() in ("?", "+", "*", "{"):
            raise Unexplained("a lazy, possessive or doubled quantifier")
        if isinstance(atom, Text) and len(atom.text) != 1:
            raise Unexplained("a quantifier on text")  # cannot happen: text is merged after
        return Repeat(atom, low, high)

    def braces(self) -> tuple[int, int | None]:
        end = self.s.find("}", self.i)
        if end < 0:
            raise Unexplained("an unclosed {")
        body, self.i = self.s[self.i:end], end + 1
        low_text, comma, high_text = body.partition(",")
        # isdigit() alone accepts "²", which int() refuses: only ASCII digits are a count.
        if not _is_count(low_text) or (high_text and not _is_count(high_text)):
            raise Unexplained("a {…} that is not a count")
        low = int(low_text)
        high = low if not comma else (int(high_text) if high_text else None)
        if high is not None and high < low:
            raise Unexplained("a count range that is reversed")
        return low, high


def _is_count(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _merge_text(items: list) -> list:
    """Adjacent literal characters as one run (quantified characters stay on their own)."""
    merged: list = []
    for item in items:
        if isinstance(item, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + item.text)
        else:
            merged.append(item)
    return merged


def parse(pattern: str) -> Alt:
    """The tree of an anchored pattern ``^…$``; :class:`Unexplained` outside the subset."""
    if not (pattern.startswith("^") and pattern.endswith("$")) or pattern.endswith("\\$") or len(pattern) < 2:
        raise Unexplained("a pattern not anchored at both ends")
    parser = _Parser(pattern[1:-1])
    tree = parser.alternatives()
    if parser.peek() is not None:
        raise Unexplained("an unbalanced )")
    if len(tree.branches) > 1:
        # ^a|b$ means (^a)|(b$): not "the value is a or b"; say nothing rather than the wrong thing.
        raise Unexplained("alternatives outside a group")
    return tree


# --------------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------------

#: (singular with article, plural) per language, for the character sets that have a name.
_NAMED_SETS: dict[str, dict[tuple, tuple[str, str]]] = {
    "en": {
        (("0", "9"),): ("a digit 0–9", "digits 0–9"),
        (("A", "Z"),): ("a capital letter A–Z", "capital letters A–Z"),
        (("a", "z"),): ("a small letter a–z", "small letters a–z"),
        (("!", "~"),): ("a visible ASCII character (! to ~, not a space)", "visible ASCII characters (! to ~, not a space)"),
        (("A", "Z"), ("a", "z")): ("a letter A–Z or a–z", "letters A–Z or a–z"),
        ((" ", " "),): ("a space", "spaces"),
    },
    "sv": {
        (("0", "9"),): ("en siffra 0–9", "siffror 0–9"),
        (("A", "Z"),): ("en versal A–Z", "versaler A–Z"),
        (("a", "z"),): ("en gemen a–z", "gemener a–z"),
        (("!", "~"),): ("ett synligt ASCII-tecken (! till ~, inte mellanslag)", "synliga ASCII-tecken (! till ~, inte mellanslag)"),
        (("A", "Z"), ("a", "z")): ("en bokstav A–Z eller a–z", "bokstäver A–Z eller a–z"),
        ((" ", " "),): ("ett mellanslag", "mellanslag"),
    },
}
_SPECIAL_SETS = {
    "en": {"space": ("a whitespace character", "whitespace characters"),
           "nonspace": ("a character other than whitespace", "characters other than whitespace"),
           "any": ("any character", "any characters"),
           "dot": ("any character except a line break", "characters other than line breaks")},
    "sv": {"space": ("ett blanktecken", "blanktecken"),
           "nonspace": ("ett tecken som inte är ett blanktecken", "tecken som inte är blanktecken"),
           "any": ("ett valfritt tecken", "valfria tecken"),
           "dot": ("ett tecken utom radbrytning", "tecken utom radbrytningar")},
}
_WORDS = {
    "en": {"among": ("a character among {}", "characters among {}"),
           "not_among": ("a character other than {}", "characters other than {}"),
           "or": " or ", "then": ", then ", "space_item": "space", "whitespace_item": "whitespace",
           "literal": ("“{}”", "“{}” characters"), "value": "the value is {}",
           "optional": "optionally {}", "any_number": "any number of {} (possibly none)", "one_or_more": "1 or more {}",
           "exactly": "exactly {n} {}", "between": "{n} to {m} {}", "at_least": "at least {n} {}",
           "g_optional": "optionally ({})", "g_any_number": "({}) any number of times (possibly none)",
           "g_one_or_more": "({}) 1 or more times", "g_exactly": "({}) exactly {n} times", "g_between": "({}) {n} to {m} times",
           "g_at_least": "({}) at least {n} times", "either": "either {} or {}", "one_of": "one of {} or {}", "empty": "empty"},
    "sv": {"among": ("ett tecken bland {}", "tecken bland {}"),
           "not_among": ("ett tecken utom {}", "tecken utom {}"),
           "or": " eller ", "then": ", sedan ", "space_item": "mellanslag", "whitespace_item": "blanktecken",
           "literal": ("”{}”", "”{}”-tecken"), "value": "värdet är {}",
           "optional": "eventuellt {}", "any_number": "valfritt antal {} (även inga)", "one_or_more": "1 eller flera {}",
           "exactly": "exakt {n} {}", "between": "{n} till {m} {}", "at_least": "minst {n} {}",
           "g_optional": "eventuellt ({})", "g_any_number": "({}) valfritt antal gånger (även inga)",
           "g_one_or_more": "({}) 1 eller flera gånger", "g_exactly": "({}) exakt {n} gånger", "g_between": "({}) {n} till {m} gånger",
           "g_at_least": "({}) minst {n} gånger", "either": "antingen {} eller {}", "one_of": "något av {} eller {}", "empty": "tomt"},
}


def _list(items: list[str], lang: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + _WORDS[lang]["or"] + items[-1]


def _quote(text: str, lang: str) -> str:
    return _WORDS[lang]["literal"][0].format(text)


def _nouns(node, lang: str) -> tuple[str, str]:
    """(singular with article, plural) for one character: a set or a literal character."""
    words = _WORDS[lang]
    if isinstance(node, Text):
        named = _NAMED_SETS[lang].get(((node.text, node.text),))
        if named:
            return named
        return words["literal"][0].format(node.text), words["literal"][1].format(node.text)
    if not node.negated and not node.ranges and len(node.named) == 1:
        return _SPECIAL_SETS[lang][node.named[0]]
    if not node.negated and not node.named and node.ranges in _NAMED_SETS[lang]:
        return _NAMED_SETS[lang][node.ranges]
    if node.negated and not node.ranges and node.named == ("space",):
        return _SPECIAL_SETS[lang]["nonspace"]
    items = []
    for low, high in node.ranges:
        if low == high:
            items.append(words["space_item"] if low == " " else _quote(low, lang))
        else:
            items.append(f"{low}–{high}")
    items += [words["whitespace_item"] for name in node.named if name == "space"]
    singular, plural = words["not_among" if node.negated else "among"]
    listed = _list(items, lang)
    return singular.format(listed), plural.format(listed)


def _count(low: int, high: int | None) -> tuple[str, dict]:
    """The wording of a quantifier, and the numbers it needs."""
    if (low, high) == (0, 1):
        return "optional", {}
    if (low, high) == (0, None):
        return "any_number", {}
    if (low, high) == (1, None):
        return "one_or_more", {}
    if high is None:
        return "at_least", {"n": low}
    if low == high:
        return "exactly", {"n": low}
    return "between", {"n": low, "m": high}


def _words(node, lang: str) -> str:
    """A node of the tree in words: a sequence joined with "then", a repeat with its count."""
    words = _WORDS[lang]
    if isinstance(node, Alt):
        shown = [_words(branch, lang) for branch in node.branches]
        if len(shown) == 1:
            return shown[0]
        wrapped = [f"({s})" if " " in s else s for s in shown]
        if len(wrapped) == 2:
            return words["either"].format(*wrapped)
        return words["one_of"].format(", ".join(wrapped[:-1]), wrapped[-1])
    if isinstance(node, Seq):
        if not node.items:
            return words["empty"]
        shown = [_words(item, lang) for item in node.items]
        if len(shown) > 1:  # an alternative among other items is bracketed: where it ends is clear
            shown = [f"({s})" if isinstance(item, Alt) and len(item.branches) > 1 else s for item, s in zip(node.items, shown)]
        return words["then"].join(shown)
    if isinstance(node, Text):
        return _nouns(node, lang)[0] if len(node.text) == 1 else _quote(node.text, lang)
    if isinstance(node, Chars):
        return _nouns(node, lang)[0]
    if isinstance(node, Repeat):
        key, numbers = _count(node.low, node.high)
        if (node.low, node.high) == (1, 1):
            return _words(node.atom, lang)
        if isinstance(node.atom, (Chars, Text)):
            singular, plural = _nouns(node.atom, lang)
            if key == "optional":
                return words[key].format(singular)
            if key == "exactly" and numbers["n"] == 1:
                return singular
            return words[key].format(plural, **numbers)
        return words["g_" + key].format(_words(node.atom, lang), **numbers)
    raise Unexplained(f"an unknown node {type(node).__name__}")  # pragma: no cover


def explain(pattern: str, lang: str = "en") -> str:
    """``pattern`` in words in ``lang`` (sv or en); :class:`Unexplained` outside the subset."""
    if lang not in _WORDS:
        raise ValueError(f"unknown language {lang!r}")
    words = _WORDS[lang]["value"].format(_words(parse(pattern), lang))
    if len(words) > MAX_LENGTH:
        raise Unexplained("too long to be read in words")
    return words


def explain_or_none(pattern: str, lang: str = "en") -> str | None:
    """:func:`explain`, or None when the pattern is outside the explained subset."""
    try:
        return explain(pattern, lang)
    except Unexplained:
        return None
