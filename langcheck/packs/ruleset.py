"""Which rules exist and which are switched on.

Rules are referred to by full id (``suicide/committed-suicide``), by pack
(``suicide``) or by bare rule name when it is unambiguous. Rules marked
``enabled: false`` are opt-in: they run only when selected by id or when the
configuration names one of their profiles.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from langcheck.core.errors import LangcheckError
from langcheck.core.models import Rule
from langcheck.packs.loader import builtin_pack_paths, expand_pack_paths, load_packs


class UnknownRuleError(LangcheckError):
    """A rule or pack name that matches nothing."""


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]

    @classmethod
    def load(cls, extra_packs: Iterable[str | Path] = (), builtin: bool = True) -> RuleSet:
        paths = builtin_pack_paths() if builtin else []
        paths += expand_pack_paths(extra_packs)
        return cls(tuple(load_packs(paths)))

    @property
    def packs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(rule.pack for rule in self.rules))

    def find(self, name: str) -> Rule:
        """The rule named by full id or unambiguous bare name."""
        matches = [r for r in self.rules if name in (r.id, r.name)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise UnknownRuleError(f"{name!r} is ambiguous: {', '.join(r.id for r in matches)}")
        raise UnknownRuleError(f"unknown rule {name!r}{self._hint(name)}")

    def matching(self, name: str) -> list[Rule]:
        """Rules a selector names: a pack, a full id or a bare rule name."""
        found = [r for r in self.rules if name in (r.pack, r.id, r.name)]
        if not found:
            raise UnknownRuleError(f"unknown rule or pack {name!r}{self._hint(name)}")
        return found

    def enabled(
        self, select: Sequence[str] = (), ignore: Sequence[str] = (), profiles: Sequence[str] = ()
    ) -> list[Rule]:
        chosen_ids = {r.id for name in select for r in self.matching(name)}
        explicit = {r.id for name in select for r in self.rules if name in (r.id, r.name)}
        ignored = {r.id for name in ignore for r in self.matching(name)}
        wanted_profiles = set(profiles)
        out: list[Rule] = []
        for rule in self.rules:
            if rule.id in ignored:
                continue
            if select and rule.id not in chosen_ids:
                continue
            switched_on = rule.enabled or rule.id in explicit or bool(wanted_profiles & set(rule.profiles))
            if switched_on:
                out.append(rule)
        return out

    def _hint(self, name: str) -> str:
        names = [*self.packs, *(r.id for r in self.rules), *(r.name for r in self.rules)]
        close = difflib.get_close_matches(name, names, n=1)
        return f" (did you mean {close[0]!r}?)" if close else ""
