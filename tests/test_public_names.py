"""The names users see: lazy top-level exports, the documented spaCy import, the command line entry points."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import import_module
from pathlib import Path

import pytest

import langcheck

ROOT = Path(__file__).resolve().parents[1]


def _fresh(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120)


@pytest.mark.parametrize("name", langcheck.__all__)
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(langcheck, name) is not None


def test_import_langcheck_stays_cheap() -> None:
    done = _fresh("import sys, langcheck; print(sorted(m for m in sys.modules if m.startswith(('langcheck', 'spacy'))))")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['langcheck']"


def test_checking_a_file_without_rule_words_never_imports_spacy(tmp_path: Path) -> None:
    # Cold start on a clean file is most of a pre-commit hook's time; spaCy's import alone costs several times it.
    clean = tmp_path / "clean.md"
    clean.write_text("# Notes\n\nA calm paragraph about *release* notes and [links](https://example.org).\n", "utf-8")
    code = (
        "import sys\n"
        f"sys.argv = ['langcheck', 'check', {str(clean)!r}]\n"
        "from langcheck.cli.entry import main\n"
        "try:\n    main()\nexcept SystemExit as stop:\n    assert not stop.code, stop.code\n"
        "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))"
    )
    done = _fresh(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_documented_component_import_registers_the_factory() -> None:
    code = (
        "import spacy, langcheck.component\n"
        "nlp = spacy.blank('en'); nlp.add_pipe('sentencizer'); nlp.add_pipe('langcheck', config={'select': ['suicide']})\n"
        "doc = nlp('He committed suicide.')\n"
        "print([s.label_ for s in doc.spans['langcheck']])"
    )
    done = _fresh(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['suicide/committed-suicide']"


def test_component_alias_is_the_real_component() -> None:
    from langcheck.component import LangcheckComponent
    from langcheck.matching.component import LangcheckComponent as Real

    assert LangcheckComponent is Real


def test_console_script_target_exists() -> None:
    target = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]["langcheck"]
    module, _, function = target.partition(":")
    assert callable(getattr(import_module(module), function))
