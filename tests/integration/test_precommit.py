"""The pre-commit hooks, run by the real ``pre-commit`` in throw-away git repositories.

pre-commit installs the hook from a git repository (``pip install .`` into
its own virtualenv), so the test commits a snapshot of this source tree into
a temporary repository first: ``try-repo`` only sees committed and tracked
files, and the working tree may have neither. Installing needs PyPI and
takes a while: ``try-repo`` installs afresh on each call (two tests), the
installed-hook tests share one install in a private ``PRE_COMMIT_HOME``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
BAD = "# Notes\n\nHe committed suicide.\n"
CLEAN = "# Notes\n\nHe died by suicide, and his family asked us to share his story.\n"
SNAPSHOT_IGNORE = shutil.ignore_patterns(
    ".git", ".venv*", "__pycache__", "*.pyc", ".pytest_cache", ".ruff_cache", ".hypothesis",
    "build", "dist", "*.egg-info", "tests", "benchmarks",
)  # fmt: skip


def _find(tool: str) -> str | None:
    """On PATH, or beside the running interpreter (a virtualenv that is not activated)."""
    found = shutil.which(tool)
    if found:
        return found
    beside = Path(sys.executable).parent / tool
    return str(beside) if beside.is_file() and os.access(beside, os.X_OK) else None


GIT = shutil.which("git")
PRE_COMMIT = _find("pre-commit")

if GIT is None:
    pytest.skip("git is not on PATH: the pre-commit integration tests need it", allow_module_level=True)
if PRE_COMMIT is None:
    pytest.skip("pre-commit is not installed (pip install 'langcheck[test]')", allow_module_level=True)


@pytest.fixture(scope="session")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Isolated from the user's git config, pre-commit cache and CI environment."""
    home = tmp_path_factory.mktemp("pre-commit-env")
    (home / "gitconfig").write_text("[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n")
    out = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT", "GITHUB_", "VIRTUAL_ENV"))}
    out.update(
        PRE_COMMIT_HOME=str(home / "cache"),
        GIT_CONFIG_GLOBAL=str(home / "gitconfig"),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="Test",
        GIT_AUTHOR_EMAIL="test@example.org",
        GIT_COMMITTER_NAME="Test",
        GIT_COMMITTER_EMAIL="test@example.org",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        NO_COLOR="1",
        PATH=os.pathsep.join([str(Path(str(PRE_COMMIT)).parent), os.environ.get("PATH", "")]),
    )
    return out


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def _git(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    result = _run([str(GIT), *args], cwd, env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> Path:
    """This source tree, committed into a fresh repository that pre-commit can install from."""
    assert (ROOT / ".pre-commit-hooks.yaml").is_file()
    repo = tmp_path_factory.mktemp("hook-repo") / "langcheck"
    shutil.copytree(ROOT, repo, ignore=SNAPSHOT_IGNORE)
    if not (repo / "README.md").exists():  # the package metadata names it; the build fails without it
        (repo / "README.md").write_text("# langcheck\n")
    _git(repo, env, "init", "-q")
    _git(repo, env, "add", "-A")
    _git(repo, env, "commit", "-q", "-m", "snapshot")
    return repo


@pytest.fixture(scope="session")
def configured(hook_repo: Path, env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """A project whose .pre-commit-config.yaml uses the hook, environment installed; and the install time.

    ``try-repo`` installs into a throw-away store on every call, so the tests
    that commit and time the hook use a normal config and the cached store.
    """
    work = _project(tmp_path_factory.mktemp("project"), env)
    rev = _git(hook_repo, env, "rev-parse", "HEAD").stdout.strip()
    config = f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n      - id: langcheck\n"
    (work / ".pre-commit-config.yaml").write_text(config)
    started = time.perf_counter()
    result = _run([str(PRE_COMMIT), "install-hooks"], work, env, timeout=1800)
    assert result.returncode == 0, result.stdout + result.stderr
    elapsed = time.perf_counter() - started
    install = _run([str(PRE_COMMIT), "install"], work, env)
    assert install.returncode == 0, install.stdout + install.stderr
    return work, elapsed


def _project(folder: Path, env: dict[str, str]) -> Path:
    _git(folder, env, "init", "-q")
    return folder


def _try_repo(hook_repo: Path, work: Path, env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    return _run([str(PRE_COMMIT), "try-repo", str(hook_repo), "langcheck", *extra], work, env, timeout=600)


def test_try_repo_blocks_stigmatizing_text(hook_repo: Path, env: dict[str, str], tmp_path: Path) -> None:
    import docx

    work = _project(tmp_path, env)
    (work / "notes.md").write_text(BAD)
    (work / "guide.rst").write_text("Guide\n=====\n\nHe committed suicide.\n")
    (work / "page.mdx").write_text("import {Note} from './note.js'\n\n<Note>\n  He committed suicide.\n</Note>\n")
    document = docx.Document()
    document.add_paragraph("Intro.")
    document.add_paragraph("He committed suicide.")
    document.save(str(work / "report.docx"))
    (work / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00committed suicide")  # binary, not a .docx: skipped
    _git(work, env, "add", "-A")
    result = _try_repo(hook_repo, work, env, "--all-files", "--verbose")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Failed" in output
    assert "notes.md:3:4: warning [suicide/committed-suicide]" in output
    assert "died by suicide" in output  # the rewrite is shown, not just the problem
    assert "guide.rst:4:4: warning [suicide/committed-suicide]" in output
    assert "page.mdx:4:6: warning [suicide/committed-suicide]" in output
    assert "report.docx: paragraph 2, column 4: warning [suicide/committed-suicide]" in output
    assert "logo.png" not in output


def test_try_repo_passes_clean_text(hook_repo: Path, env: dict[str, str], tmp_path: Path) -> None:
    work = _project(tmp_path, env)
    (work / "notes.md").write_text(CLEAN)
    (work / "code.py").write_text("# committed suicide in a comment of a file type the hook skips\n")
    _git(work, env, "add", "notes.md", "code.py")
    result = _try_repo(hook_repo, work, env)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Passed" in output


def test_installed_hook_blocks_the_commit_and_lets_a_clean_one_through(
    configured: tuple[Path, float], env: dict[str, str]
) -> None:
    work, _ = configured
    (work / "notes.md").write_text(BAD)
    _git(work, env, "add", "-A")
    blocked = _run([str(GIT), "commit", "-m", "notes"], work, env, timeout=600)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "notes.md:3:4: warning [suicide/committed-suicide]" in output
    assert _run([str(GIT), "rev-parse", "--verify", "HEAD"], work, env).returncode != 0  # nothing committed

    (work / "notes.md").write_text(CLEAN)
    _git(work, env, "add", "-A")
    passed = _run([str(GIT), "commit", "-m", "notes"], work, env, timeout=600)
    assert passed.returncode == 0, passed.stdout + passed.stderr


def test_hook_time_on_a_handful_of_small_files(
    configured: tuple[Path, float], env: dict[str, str], record_property: pytest.RecordProperty
) -> None:
    """Once installed, checking a few small files should cost seconds, not minutes."""
    work, install_seconds = configured
    pages = work / "pages"
    pages.mkdir(exist_ok=True)
    for i in range(5):
        (pages / f"page{i}.md").write_text(f"# Page {i}\n\nWe talked about care.\n\n{CLEAN}" * 3)
    _git(work, env, "add", "pages")
    started = time.perf_counter()
    result = _run([str(PRE_COMMIT), "run", "langcheck", "--files", *sorted(str(p.relative_to(work)) for p in pages.iterdir())], work, env)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    record_property("hook_seconds_5_files", round(elapsed, 2))
    record_property("hook_install_seconds", round(install_seconds, 2))
    print(f"\nhook on 5 small files: {elapsed:.2f}s (environment install: {install_seconds:.1f}s)")
    assert elapsed < 120
