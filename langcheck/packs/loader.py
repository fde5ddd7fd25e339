"""Load YAML rule packs into immutable :class:`Rule` objects.

Packs are data written by people other than the maintainers, so every pack is
checked against a JSON Schema (unknown keys are errors) plus the few semantic
checks a schema cannot express, and every problem is reported with the file,
the line and the key path.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from langcheck.core.errors import PackError
from langcheck.core.models import Context, FixExample, Lexicon, Rule, Severity, SuggestionTemplate
from langcheck.core.yamlsource import (
    KeyPath,
    YamlSyntaxError,
    duplicate_keys,
    format_key_path,
    line_of,
    load_yaml,
)
from langcheck.packs import validation_cache
from langcheck.packs.cues import with_plurals
from langcheck.packs.patterns import freeze_pattern, pattern_triggers

BUILTIN_PACKS = (
    "casual-diagnosis",
    "dismissive",
    "trivialized-trauma",
    "identity-first",
    "deficit-framing",
    "suicide",
    "substance-use",
)


def builtin_pack_dir() -> Path:
    """The shipped packs: inside the installed package, or beside it in a source checkout."""
    packaged = Path(str(resources.files("langcheck"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def builtin_pack_paths() -> list[Path]:
    folder = builtin_pack_dir()
    return [folder / f"{name}.yaml" for name in BUILTIN_PACKS]


def expand_pack_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files are taken as given; folders contribute their ``*.yaml``/``*.yml`` files, sorted."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted([*path.glob("*.yaml"), *path.glob("*.yml")]))
        elif path.is_file():
            out.append(path)
        else:
            raise PackError(str(path), "no such file or folder")
    return out


def load_packs(paths: Iterable[Path]) -> list[Rule]:
    """Rules of every pack, in order; a rule id may only be defined once."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in paths:
        for rule in load_pack(str(path)):
            if rule.id in seen:
                raise PackError(str(path), f"rule id {rule.id!r} is already defined in {seen[rule.id]}")
            seen[rule.id] = str(path)
            rules.append(rule)
    return rules


@functools.lru_cache(maxsize=64)
def load_pack(path: str) -> tuple[Rule, ...]:
    """Read, validate and convert one pack file (cached per process)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise PackError(path, f"cannot read: {exc.strerror or exc}") from None
    data = validation_cache.recall(raw)
    if data is None:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise PackError(path, f"not UTF-8 (byte {exc.start})") from None
        try:
            data = load_yaml(text)
        except YamlSyntaxError as exc:
            raise PackError(path, str(exc), exc.line) from None
        validate_pack_data(data, text, path)
        validation_cache.remember(raw, data)
    return tuple(_build_rules(data, path))


def validate_pack_data(data: Any, text: str, path: str) -> None:
    """Schema plus semantic checks; raises :class:`PackError` for the first problem."""
    import jsonschema  # imported here: validation is skipped for packs already known to be valid

    for key, line in duplicate_keys(text):
        raise PackError(path, f"duplicate key {key!r}", line)
    validator = jsonschema.Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if errors:
        error = _most_specific(errors[0])
        where = list(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = error.schema.get("properties", {})
            where.append(min(k for k in error.instance if k not in allowed))
        raise PackError(path, _describe(error), line_of(text, where), format_key_path(where))
    _check_semantics(data, text, path)


def _check_semantics(data: dict[str, Any], text: str, path: str) -> None:
    ids: set[str] = set()
    for index, rule in enumerate(data["rules"]):
        where: KeyPath = ("rules", index, "id")
        if rule["id"] in ids:
            raise PackError(path, f"duplicate rule id {rule['id']!r}", line_of(text, where), format_key_path(where))
        ids.add(rule["id"])
        for p_index, pattern in enumerate(rule["patterns"]):
            if pattern_triggers(pattern) is None:
                where = ("rules", index, "patterns", p_index)
                raise PackError(
                    path,
                    "a pattern needs at least one required, purely alphabetic word (ORTH, TEXT or LOWER)",
                    line_of(text, where),
                    format_key_path(where),
                )
        for s_index, suggestion in enumerate(rule["suggestions"]):
            if isinstance(suggestion, dict):
                _check_suggestion(suggestion, ("rules", index, "suggestions", s_index), text, path)


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# A word of a neighbouring phrase: "{before.1}" is the first word of what ``before`` found, "{after.-1}" the last of ``after``'s.
_NEIGHBOUR_WORD = re.compile(r"(before|after)\.-?[1-9]\d*")


def _check_suggestion(suggestion: dict[str, Any], where: KeyPath, text: str, path: str) -> None:
    """What the schema cannot say: placeholders name words the suggestion can find, ``take`` has neighbours to take."""

    def fail(message: str, *key: str | int) -> None:
        at = (*where, *key)
        raise PackError(path, message, line_of(text, at), format_key_path(at))

    slots = suggestion.get("slots", {})
    for name in _PLACEHOLDER.findall(suggestion["text"]):
        side = _NEIGHBOUR_WORD.fullmatch(name)
        if name in ("before", "after") or side:
            side_name = side.group(1) if side else name
            if side_name not in suggestion:
                fail(f"{{{name}}} needs a '{side_name}' list: the words it stands for", "text")
        elif re.fullmatch(r"-?[1-9]\d*", name):
            continue
        elif name not in slots:
            known = ", ".join(f"{{{slot}}}" for slot in slots) or "none"
            fail(
                f"unknown placeholder {{{name}}}: use {{before}}, {{after}}, a word of theirs such as {{before.1}}, "
                f"a word of the match such as {{1}} or {{-1}}, or a name from 'slots' (here: {known})",
                "text",
            )
    if "{" in _PLACEHOLDER.sub("", suggestion["text"]) or "}" in _PLACEHOLDER.sub("", suggestion["text"]):
        fail("unbalanced brace: placeholders are written {name}", "text")
    for side in suggestion.get("take", ()):
        if side not in suggestion:
            fail(f"'take: [{side}]' needs a '{side}' list: the neighbouring words to replace as well", "take")
    for e_index, example in enumerate(suggestion.get("fix", ())):
        if example["before"] == example["after"]:
            fail("a fix example must change the sentence: 'after' is the same as 'before'", "fix", e_index, "after")


def _most_specific(error: Any) -> Any:
    """For ``oneOf`` failures, report the branch that got furthest instead of a vague summary."""
    while error.context:
        error = max(error.context, key=lambda e: len(e.absolute_path))
    return error


def _describe(error: Any) -> str:
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        return f"{error.message}; allowed keys: {', '.join(allowed)}"
    return str(error.message)


@functools.lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    import json

    return dict(json.loads(resources.files("langcheck.packs").joinpath("pack.schema.json").read_text("utf-8")))


def _build_rules(data: dict[str, Any], path: str) -> list[Rule]:
    pack = data["pack"]
    pack_exceptions = tuple(freeze_pattern(p) for p in data.get("exceptions", ()))
    lexicon = _lexicon(data.get("lexicon", {}))
    return [_build_rule(pack, raw, pack_exceptions, lexicon, path) for raw in data["rules"]]


def _build_rule(
    pack: str, raw: dict[str, Any], pack_exceptions: tuple[Any, ...], lexicon: Lexicon, path: str
) -> Rule:
    examples = raw["examples"]
    return Rule(
        id=f"{pack}/{raw['id']}",
        pack=pack,
        severity=Severity.parse(raw["severity"]),
        message=raw["message"].strip(),
        explanation=" ".join(raw["explanation"].split()),
        sources=tuple(raw["sources"]),
        patterns=tuple(freeze_pattern(p) for p in raw["patterns"]),
        exceptions=tuple(freeze_pattern(p) for p in raw.get("exceptions", ())) + pack_exceptions,
        suggestions=tuple(_suggestion(s) for s in raw["suggestions"]),
        context=_context(raw.get("context", {})),
        lexicon=lexicon,
        enabled=raw.get("enabled", True),
        profiles=tuple(raw.get("profiles", ())),
        flag_examples=tuple(examples["flag"]),
        pass_examples=tuple(examples["pass"]),
        origin=path,
    )


def _suggestion(raw: str | dict[str, Any]) -> SuggestionTemplate:
    if isinstance(raw, str):
        return SuggestionTemplate(raw)

    def words(key: str) -> tuple[str, ...]:
        return tuple(" ".join(w.lower().split()) for w in raw.get(key, ()))

    return SuggestionTemplate(
        text=raw["text"],
        safe=bool(raw.get("safe", False)),
        when=words("when"),
        not_when=words("not_when"),
        before=words("before"),
        after=words("after"),
        not_before=words("not_before"),
        not_after=words("not_after"),
        near=words("near"),
        not_near=words("not_near"),
        number=raw.get("number", ""),
        replace=words("replace"),
        take=tuple(raw.get("take", ())),
        slots=tuple((name, tuple(w.lower() for w in listed)) for name, listed in raw.get("slots", {}).items()),
        fix=tuple(FixExample(example["before"], example["after"]) for example in raw.get("fix", ())),
    )


def _lexicon(raw: dict[str, Any]) -> Lexicon:
    return Lexicon(
        plural=frozenset(w.lower() for w in raw.get("plural", ())),
        singular=frozenset(w.lower() for w in raw.get("singular", ())),
    )


_DEFAULT_CONTEXT = Context()


def _context(raw: dict[str, Any]) -> Context:
    return Context(
        # (a slotted dataclass's class attribute is the slot, not the default: read the default from an instance)
        window=raw.get("window", _DEFAULT_CONTEXT.window),
        unless_near=tuple(freeze_pattern(p) for p in with_plurals(raw.get("unless_near", ()))),
        only_near=tuple(freeze_pattern(p) for p in with_plurals(raw.get("only_near", ()))),
        skip_first_person=raw.get("skip_first_person", False),
        skip_mentions=raw.get("skip_mentions", True),
        skip_names=raw.get("skip_names", True),
        pos=tuple((word.lower(), tuple(tags)) for word, tags in raw.get("pos", {}).items()),
        yield_to=tuple(raw.get("yield_to", ())),
        skip_noun_reading=raw.get("skip_noun_reading", False),
        only_noun_reading=raw.get("only_noun_reading", False),
        document_sense=raw.get("document_sense", False),
        skip_negated=raw.get("skip_negated", False),
        antecedent=raw.get("antecedent", False),
        period_terms=tuple(word.lower() for word in raw.get("period_terms", ())),
        skip_legislation=raw.get("skip_legislation", False),
    )
