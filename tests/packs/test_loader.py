"""Broken packs give one clear error naming the file, the line and the key path."""

from __future__ import annotations

from pathlib import Path

import pytest

from langcheck.core.errors import PackError
from langcheck.packs.loader import builtin_pack_paths, load_pack

VALID_RULE = """\
  - id: example
    severity: warning
    patterns: ["so OCD"]
    message: '"{text}" is casual.'
    explanation: Casual use trivializes a condition.
    suggestions: [particular]
    sources: [https://example.org/guide]
    examples:
      flag: [I'm so OCD about it.]
      pass: [She has OCD.]
"""


def _pack(tmp_path: Path, body: str, name: str = "custom.yaml") -> str:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    load_pack.cache_clear()
    return str(path)


def _error(tmp_path: Path, body: str) -> PackError:
    with pytest.raises(PackError) as info:
        load_pack(_pack(tmp_path, body))
    return info.value


HEADER = "schema: 1\npack: custom\ndescription: test pack\nrules:\n"


def test_valid_pack_loads(tmp_path: Path) -> None:
    (rule,) = load_pack(_pack(tmp_path, HEADER + VALID_RULE))
    assert rule.id == "custom/example"
    assert rule.flag_examples == ("I'm so OCD about it.",)


def test_unknown_key_names_line_key_path_and_allowed_keys(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + VALID_RULE.replace("    suggestions:", "    suggest: [x]\n    suggestions:"))
    assert error.line == 10
    assert error.key == "rules[0].suggest"
    assert "'suggest' was unexpected" in str(error)
    assert "allowed keys:" in str(error)


def test_wrong_type_points_at_the_value(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + VALID_RULE.replace("severity: warning", "severity: loud"))
    assert error.key == "rules[0].severity"
    assert error.line == 6
    assert "loud" in str(error)


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + VALID_RULE + "  - id: [unclosed\n")
    assert error.line is not None
    assert "YAML syntax error" in str(error)


def test_missing_examples_are_an_error(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + VALID_RULE.replace("      pass: [She has OCD.]\n", ""))
    assert "'pass' is a required property" in str(error)


def test_pattern_without_trigger_word_is_rejected(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + VALID_RULE.replace('patterns: ["so OCD"]', "patterns: [[{IS_PUNCT: true}]]"))
    assert error.key == "rules[0].patterns[0]"


def test_duplicate_keys_are_rejected(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + VALID_RULE.replace("    severity: warning\n", "    severity: warning\n    severity: info\n"))
    assert "duplicate key 'severity'" in str(error)


def test_regular_expressions_are_not_accepted(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + VALID_RULE.replace('patterns: ["so OCD"]', 'patterns: [[{TEXT: {REGEX: "(a+)+$"}}]]'))
    assert error.key.startswith("rules[0].patterns[0]")


def test_python_tags_are_not_executed(tmp_path: Path) -> None:
    error = _error(tmp_path, "!!python/object/apply:os.system ['echo hacked']\n")
    assert "YAML" in str(error)


def test_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("description: caf\xe9\n".encode("latin-1"))
    load_pack.cache_clear()
    with pytest.raises(PackError, match="not UTF-8"):
        load_pack(str(path))


def test_builtin_packs_are_found() -> None:
    assert all(path.is_file() for path in builtin_pack_paths())


CONSTRUCTION_RULE = VALID_RULE.replace(
    "    suggestions: [particular]\n",
    """\
    suggestions:
      - text: particular
        replace: [ocd]
        before: [so]
        not_when: [touch]
        fix:
          - {before: "I'm so OCD about it.", after: "I'm so particular about it."}
      - text: "{who} is picky"
        slots: {who: [i, she]}
        number: singular
""",
)


def test_construction_keys_load_into_the_template(tmp_path: Path) -> None:
    lexicon = "lexicon:\n  plural: [desks]\n  singular: [desk]\n"
    (rule,) = load_pack(_pack(tmp_path, HEADER.replace("rules:\n", lexicon + "rules:\n") + CONSTRUCTION_RULE))
    first, second = rule.suggestions
    assert (first.replace, first.before, first.not_when) == (("ocd",), ("so",), ("touch",))
    assert [(e.before, e.after) for e in first.fix] == [("I'm so OCD about it.", "I'm so particular about it.")]
    assert (second.slots, second.number) == ((("who", ("i", "she")),), "singular")
    assert rule.lexicon.plural == frozenset({"desks"}) and rule.lexicon.singular == frozenset({"desk"})


@pytest.mark.parametrize(
    ("old", "new", "key", "message"),
    [
        ("        replace: [ocd]\n", "        replace: [ocd]\n        take: [after]\n", "rules[0].suggestions[0].take",
         "'take: [after]' needs a 'after' list"),
        ("      - text: particular\n", "      - text: particular {after}\n", "rules[0].suggestions[0].text",
         "{after} needs a 'after' list"),
        ('      - text: "{who} is picky"\n', '      - text: "{whom} is picky"\n', "rules[0].suggestions[1].text",
         "unknown placeholder {whom}"),
        ("      - text: particular\n", "      - text: particular {after.1}\n", "rules[0].suggestions[0].text",
         "{after.1} needs a 'after' list"),
        ("      - text: particular\n", "      - text: particular {before.x}\n", "rules[0].suggestions[0].text",
         "unknown placeholder {before.x}"),
        ('      - text: "{who} is picky"\n', '      - text: "{who is picky"\n', "rules[0].suggestions[1].text",
         "unbalanced brace"),
        ("after: \"I'm so particular about it.\"", "after: \"I'm so OCD about it.\"", "rules[0].suggestions[0].fix[0].after",
         "a fix example must change the sentence"),
        ("        number: singular\n", "        number: many\n", "rules[0].suggestions[1].number", "'many' is not one of"),
        ("        slots: {who: [i, she]}\n", "        slots: {before: [i]}\n", "rules[0].suggestions[1].slots",
         "should not be valid"),
        ("          - {before:", "          - {befor:", "rules[0].suggestions[0].fix[0].befor", "was unexpected"),
    ],
)
def test_construction_keys_are_checked_with_line_and_key_path(
    tmp_path: Path, old: str, new: str, key: str, message: str
) -> None:
    assert old in CONSTRUCTION_RULE
    error = _error(tmp_path, HEADER + CONSTRUCTION_RULE.replace(old, new))
    assert error.key == key
    assert message in str(error)
    assert error.line is not None and error.line > 4


def test_string_suggestions_of_older_packs_still_load(tmp_path: Path) -> None:
    (rule,) = load_pack(_pack(tmp_path, HEADER + VALID_RULE))
    (suggestion,) = rule.suggestions
    assert (suggestion.text, suggestion.safe, suggestion.fix, suggestion.unconditional) == ("particular", False, (), True)


def _alias_bomb(levels: int) -> str:
    """A "billion laughs" pack: each level lists ten aliases of the one below, 10**levels strings in all."""
    lines = ['lol0: &lol0 ["lol"]']
    for level in range(1, levels + 1):
        lines.append(f"lol{level}: &lol{level} [{', '.join([f'*lol{level - 1}'] * 10)}]")
    return HEADER.replace("rules:\n", "\n".join(lines) + "\nrules:\n") + VALID_RULE.replace(
        'patterns: ["so OCD"]', f"patterns: [*lol{levels}]"
    )


def test_an_alias_bomb_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    """Nine levels stand for a billion strings: validating them would never finish, so loading must refuse."""
    error = _error(tmp_path, _alias_bomb(9))
    assert "aliases expand" in str(error) and "billion laughs" in str(error)
    assert error.line == 4  # the first anchor that aliases repeat


def test_an_alias_that_contains_itself_is_refused(tmp_path: Path) -> None:
    error = _error(tmp_path, HEADER + VALID_RULE + "    exceptions: &loop [so, *loop]\n")
    assert "refers to a node that contains it" in str(error)


def test_anchors_that_share_a_list_are_fine(tmp_path: Path) -> None:
    shared = VALID_RULE.replace("suggestions: [particular]", "suggestions: &rewrites [particular, fussy]")
    second = VALID_RULE.replace("id: example", "id: second").replace("suggestions: [particular]", "suggestions: *rewrites")
    rules = load_pack(_pack(tmp_path, HEADER + shared + second))
    assert [s.text for s in rules[1].suggestions] == ["particular", "fussy"]


def test_context_without_a_window_gets_the_default_window(tmp_path: Path) -> None:
    body = HEADER + VALID_RULE.replace("    message:", "    context:\n      unless_near: [diagnosed]\n    message:", 1)
    (rule,) = load_pack(_pack(tmp_path, body))
    assert rule.context.window == 8
    assert rule.context.unless_near
