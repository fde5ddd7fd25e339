"""Safe YAML loading that can still point at the line behind a key path.

Data is loaded with the fast C safe loader. Lines are only needed when
something is wrong, so the node tree (which carries positions) is composed
again on demand instead of on every load.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from types import ModuleType
from typing import Any

KeyPath = Sequence[str | int]


class YamlSyntaxError(ValueError):
    """YAML that does not parse; carries the 1-based line of the problem."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


@functools.cache
def _yaml() -> ModuleType:
    """PyYAML, imported on first use: a run that finds its packs in the validation cache reads no YAML."""
    import yaml

    return yaml


def _loader() -> type[Any]:
    yaml = _yaml()
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # type: ignore[no-any-return]


def load_yaml(text: str) -> Any:
    """Parse ``text`` with a safe loader: packs and configs are data, never code."""
    yaml = _yaml()
    try:
        return yaml.load(text, Loader=_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise YamlSyntaxError(f"YAML syntax error: {problem}", line) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"YAML error: {exc}", None) from None


def format_key_path(path: KeyPath) -> str:
    """Render ``("rules", 3, "suggest")`` as ``rules[3].suggest``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def line_of(text: str, path: KeyPath) -> int | None:
    """1-based line of the node at ``path``, or of its nearest existing ancestor."""
    yaml = _yaml()
    try:
        node = yaml.compose(text, Loader=_loader())
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in path:
        child = _child(node, part)
        if child is None:
            break
        node = child
        line = node.start_mark.line + 1
    return line


def duplicate_keys(text: str) -> list[tuple[str, int]]:
    """Keys repeated within one mapping: PyYAML would silently keep the last one."""
    yaml = _yaml()
    try:
        root = yaml.compose(text, Loader=_loader())
    except yaml.YAMLError:
        return []
    found: list[tuple[str, int]] = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        found.append((key.value, key.start_mark.line + 1))
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return sorted(found, key=lambda item: item[1])


def _child(node: Any, part: str | int) -> Any:
    yaml = _yaml()
    if isinstance(node, yaml.MappingNode) and isinstance(part, str):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == part:
                return value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return node.value[part]
    return None
