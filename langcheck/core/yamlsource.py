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


ALIAS_GROWTH = 10
"""Aliases may make a document's data at most this many times as big as what it spells out (plus ``ALIAS_ALLOWANCE``)."""
ALIAS_ALLOWANCE = 10_000


def load_yaml(text: str) -> Any:
    """Parse ``text`` with a safe loader: packs and configs are data, never code.

    The safe loader still expands aliases: a few lines of nested anchors
    (the "billion laughs") stand for more nodes than any machine holds, and
    everything that walks the data (validation, the pack cache) would never
    finish. So a document with anchors is composed first, and refused when
    its aliases multiply it out of proportion, or refer to themselves.
    """
    yaml = _yaml()
    try:
        if "&" not in text:  # no anchor, so no alias can expand (an alias to nothing is a syntax error)
            return yaml.load(text, Loader=_loader())
        loader = _loader()(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            _check_aliases(node)
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise YamlSyntaxError(f"YAML syntax error: {problem}", line) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"YAML error: {exc}", None) from None


def _check_aliases(root: Any) -> None:
    """Refuse node graphs whose expansion is out of proportion to the document, or infinite.

    Aliases make the composed nodes a graph in which one node can be reached
    along many paths. Each node's expanded size (itself plus the expanded
    sizes of its children) is computed once, children first, so the check
    costs the size of the graph, not of its expansion.
    """
    yaml = _yaml()
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    distinct = 0
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node, yaml))
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise YamlSyntaxError("YAML error: an alias refers to a node that contains it", node.start_mark.line + 1)
        on_path.add(key)
        distinct += 1
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node, yaml) if id(child) not in sizes)
    limit = ALIAS_GROWTH * distinct + ALIAS_ALLOWANCE
    if sizes[id(root)] > limit:
        raise YamlSyntaxError(
            f"YAML error: aliases expand {distinct:,} nodes to more than {limit:,} (nested aliases, "
            "as in a 'billion laughs' document?); spell the repeated parts out or share fewer of them",
            _first_alias_line(root, yaml),
        )


def _children(node: Any, yaml: ModuleType) -> list[Any]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _first_alias_line(root: Any, yaml: ModuleType) -> int | None:
    """Line of the first node reached a second time: the anchor whose aliases start the expansion."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return int(node.start_mark.line) + 1
        seen.add(id(node))
        stack.extend(reversed(_children(node, yaml)))
    return None


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
