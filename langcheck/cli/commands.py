"""The ``langcheck`` command line.

Exit status: 0 when nothing reaches ``--fail-on``, 1 when findings do, 2 for
usage, configuration or input errors (a file that could not be read still
lets the others be linted, then the run exits 2).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from langcheck import __version__
from langcheck.cli.exit_codes import EXIT_ERROR
from langcheck.core.errors import LangcheckError
from langcheck.core.models import QUOTATION_POLICIES, Rule, Severity
from langcheck.reports import FORMATS
from langcheck.workspace.config import FAIL_LEVELS, Config, find_config, load_config


class _Group(click.Group):
    """Turns every user-facing error into one line on stderr and exit status 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except LangcheckError as exc:
            click.echo(f"langcheck: error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _config(path: str | None) -> Config:
    if path:
        return load_config(Path(path))
    return load_config(find_config())


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="langcheck")
def main() -> None:
    """Find stigmatizing mental-health language in prose and suggest respectful rewrites."""


def engine_options(config: Config, kwargs: dict) -> object:  # type: ignore[type-arg]
    """What the config asks for, with the command's rule options (``rule_options``) over it."""
    from dataclasses import replace

    from langcheck.api import settings_from_config

    options = settings_from_config(config).engine
    return replace(
        options,
        select=_split(kwargs["select"]) or options.select,
        ignore=options.ignore + _split(kwargs["ignore"]),
        profiles=options.profiles + _split(kwargs["profile"]),
        model=kwargs["model"] or options.model,
        quotations=kwargs["quotations"] or options.quotations,
    )


_RULE_OPTIONS = (
    click.option("--select", multiple=True, metavar="RULES", help="Only these rule ids or packs (comma-separated)."),
    click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rule ids or packs (comma-separated)."),
    click.option("--profile", multiple=True, metavar="NAME", help="Switch on opt-in rules of a profile, e.g. person-first."),
    click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (default: nearest .langcheck.yaml or pyproject.toml)."),
    click.option("--model", default=None, metavar="NAME", help="spaCy pipeline: 'auto' (default: a trained English pipeline if installed), 'blank', or a package name."),
    click.option("--quotations", type=click.Choice(QUOTATION_POLICIES), default=None, help="Findings inside quotations: report as information (default), flag like others, or ignore."),
)
_FILE_OPTIONS = (
    click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching these globs."),
    click.option("--stdin-filename", default=None, metavar="NAME", help="Name (and format, by extension) for input read from '-'."),
    click.option("--jobs", "-j", type=click.IntRange(0, 64), default=0, help="Worker processes for many files (default 0: one per core once there are enough files)."),
)


def _with(options, func):  # type: ignore[no-untyped-def]
    for option in reversed(options):
        func = option(func)
    return func


def rule_options(func):  # type: ignore[no-untyped-def]
    """Options that choose the rules and the pipeline: every command that runs the engine takes the same ones."""
    return _with(_RULE_OPTIONS, func)


def common_options(func):  # type: ignore[no-untyped-def]
    """Options shared by every command that lints files: the rule options, then which files and how many workers."""
    return _with(_RULE_OPTIONS + _FILE_OPTIONS, func)


def run_settings(config: Config, options, kwargs: dict) -> object:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from langcheck.api import settings_from_config

    settings = settings_from_config(config)
    return replace(
        settings,
        engine=options,
        exclude=settings.exclude + tuple(kwargs["exclude"]),
        stdin_filename=kwargs["stdin_filename"],
        report_unused_suppressions=kwargs.get("report_unused_suppressions", False),
        jobs=kwargs["jobs"],
    )


def default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@common_options
@click.option("--format", "output_format", type=click.Choice(FORMATS), default=None, help="Output format (default: text; github inside GitHub Actions).")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None, help="Lowest severity that makes the exit status 1 (default: warning).")
@click.option("--no-color", is_flag=True, help="Never colour the output.")
@click.option("--report-unused-suppressions", is_flag=True, help="Report suppression comments that silenced nothing.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, writable=True), default=None, help="Write the report to a file instead of stdout.")
@click.option("--fix", "apply_fixes", is_flag=True, help="Apply safe rewrites first, then report what remains.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix, also apply rewrites that need judgement.")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None, metavar="FILE", help="Report only findings not recorded in this baseline file (see 'langcheck baseline').")
def check(paths: tuple[str, ...], **kwargs: object) -> None:
    """Lint files, folders (recursively) or '-' for stdin."""
    from langcheck.cli.check import run_check

    config = _config(kwargs["config_path"])  # type: ignore[arg-type]
    options = engine_options(config, kwargs)
    settings = run_settings(config, options, kwargs)
    if kwargs["apply_fixes"]:
        from langcheck.cli.fix import FixRequest, fix_paths

        if "-" in paths:
            raise click.UsageError("--fix cannot rewrite standard input; use 'langcheck fix' on files")
        fix_paths(paths or (".",), settings, FixRequest(unsafe=bool(kwargs["unsafe_fixes"]), fail_on=None))
    fail_on = kwargs["fail_on"] or config.fail_on or "warning"
    output_format = kwargs["output_format"] or default_format()
    output_file = kwargs["output_file"]
    color = not kwargs["no_color"] and output_file is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    code = run_check(paths or (".",), settings, str(output_format), str(fail_on), color, output_file, kwargs["baseline"])  # type: ignore[arg-type]
    sys.exit(code)


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
@click.option("--all", "show_all", is_flag=True, help="Include opt-in rules that are off by default.")
def list_rules(output_format: str, config_path: str | None, show_all: bool) -> None:
    """List the rules: id, pack, severity and summary."""
    import json

    from langcheck.api import rules as all_rules

    config = _config(config_path)
    rules = [r for r in all_rules(config.packs, config.builtin_packs) if show_all or r.enabled]
    if output_format == "json":
        rows = [{"id": r.id, "pack": r.pack, "severity": str(r.severity), "enabled": r.enabled, "summary": r.summary} for r in rules]
        click.echo(json.dumps(rows, indent=2))
        return
    width = max((len(r.id) for r in rules), default=10)
    for rule in rules:
        flag = "" if rule.enabled else " (opt-in)"
        click.echo(f"{rule.id:<{width}}  {rule.severity!s:<7}  {rule.summary}{flag}")


@main.command()
@click.argument("rule")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def explain(rule: str, config_path: str | None) -> None:
    """Explain a rule: what it flags, why, what to write instead, and the sources."""
    from langcheck.api import find_rule

    config = _config(config_path)
    found = find_rule(rule, config.packs, config.builtin_packs)
    lines = [
        f"{found.id} ({found.severity}{'' if found.enabled else ', opt-in'})",
        "",
        "Why it matters:",
        f"  {found.explanation}",
        "",
        *_rewrite_lines(found),
        "",
        "Flagged:",
        *[f"  ✗ {text}" for text in found.flag_examples],
        "",
        "Not flagged:",
        *[f"  ✓ {text}" for text in found.pass_examples],
        "",
        "Sources:",
        *[f"  {url}" for url in found.sources],
    ]
    click.echo("\n".join(lines))


def _rewrite_lines(rule: Rule) -> list[str]:
    """Each rewrite with its fix examples (a sentence before and after), or why the rule offers none."""
    if not rule.suggestions:
        return ["Write instead:", "  No word-for-word rewrite fits: rewrite the sentence (see the message)."]
    lines = ["Write instead:"]
    for suggestion in rule.suggestions:
        lines.append(f"  - {suggestion.text}{'  (safe automatic fix)' if suggestion.safe else ''}")
        for example in suggestion.fix:
            lines += [f"      {example.before}", f"    → {example.after}"]
    return lines


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@common_options
@click.option("--unsafe-fixes", is_flag=True, help="Also apply rewrites that need the writer's judgement.")
@click.option("--diff", is_flag=True, help="Print a unified diff and write nothing (exit 1 if anything would change).")
@click.option("--interactive", "-i", is_flag=True, help="Ask for each finding: pick a rewrite, skip, or quit.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None, help="Exit 1 if findings at or above this remain.")
def fix(paths: tuple[str, ...], **kwargs: object) -> None:
    """Apply respectful rewrites in place (safe ones only, unless asked)."""
    from langcheck.cli.fix import FixRequest, fix_paths

    config = _config(kwargs["config_path"])  # type: ignore[arg-type]
    options = engine_options(config, kwargs)
    settings = run_settings(config, options, kwargs)
    fail_on = str(kwargs["fail_on"] or config.fail_on or "warning")
    request = FixRequest(
        unsafe=bool(kwargs["unsafe_fixes"]),
        diff=bool(kwargs["diff"]),
        interactive=bool(kwargs["interactive"]),
        fail_on=None if fail_on == "never" else Severity.parse(fail_on),
    )
    sys.exit(fix_paths(paths, settings, request))


# --- baseline: record today's findings so that CI fails only on new ones (langcheck/cli/baseline.py) ---


@main.command("baseline")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@common_options
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False, allow_dash=True), default=".langcheck-baseline.json", show_default=True, help="Baseline file to write ('-' for stdout).")
def baseline_command(paths: tuple[str, ...], **kwargs: object) -> None:
    """Record the current findings, so that 'check --baseline FILE' reports only new ones."""
    from langcheck.cli.baseline import record_baseline

    config = _config(kwargs["config_path"])  # type: ignore[arg-type]
    options = engine_options(config, kwargs)
    settings = run_settings(config, options, kwargs)
    sys.exit(record_baseline(paths or (".",), settings, str(kwargs["output"])))


# --- serve: the local web page and its JSON API (langcheck/web/, the 'web' extra) ---


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; anything but loopback lets other machines in.")
@click.option("--port", type=click.IntRange(0, 65535), default=8750, show_default=True, help="Port to listen on (0 picks a free one).")
@click.option("--no-browser", is_flag=True, help="Do not open the page in a web browser.")
@click.option("--max-size", default="2MB", show_default=True, metavar="SIZE", help="Largest request accepted, e.g. 500KB or 5MB.")
@rule_options
def serve_command(**kwargs: object) -> None:
    """Open a local web page to check and fix drafts (needs the 'web' extra)."""
    from langcheck.api import RunSettings
    from langcheck.web import ServeSettings, parse_size, serve

    config = _config(kwargs["config_path"])  # type: ignore[arg-type]
    options = engine_options(config, kwargs)
    run = RunSettings(engine=options, per_file_ignores=config.per_file_ignores, root=str(config.root))
    settings = ServeSettings(run, str(kwargs["host"]), int(kwargs["port"]), not kwargs["no_browser"], parse_size(str(kwargs["max_size"])))  # type: ignore[call-overload]
    serve(settings)


# --- lsp: the language server for editors (langcheck/lsp/) ---


@main.command("lsp")
@click.option("--tcp", is_flag=True, help="Listen on a TCP port instead of standard input and output (for debugging).")
@click.option("--host", default="127.0.0.1", show_default=True, help="With --tcp: the address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=2087, show_default=True, help="With --tcp: the port (0 picks a free one).")
@click.option("--max-document-size", type=click.IntRange(1), default=None, metavar="CHARS", help="Longest document checked while editing (default: 1,000,000 characters).")
@click.option("--max-message-size", type=click.IntRange(1024), default=None, metavar="BYTES", help="Largest message read from the editor (default: 64 MiB).")
@click.option("--log-file", type=click.Path(dir_okay=False, writable=True), default=None, help="Write a debug log of the session to this file.")
def lsp_command(tcp: bool, host: str, port: int, max_document_size: int | None, max_message_size: int | None, log_file: str | None) -> None:
    """Run the language server (stdio; --tcp for debugging). Needs the 'lsp' extra."""
    from langcheck.lsp import serve

    if log_file:
        import logging

        logging.basicConfig(filename=log_file, level=logging.DEBUG, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    serve(tcp=tcp, host=host, port=port, max_document_chars=max_document_size, max_message_bytes=max_message_size)


# --- scan: lint JSON Lines and Parquet archives on a Dask cluster (langcheck/dask/scan.py, extra "dask") ---


@main.command("scan")
@click.argument("archives", nargs=-1, required=True)
@click.option("--text-field", default="text", show_default=True, help="Field holding a document's text.")
@click.option("--id-field", default=None, help="Field identifying a document (default: FILE:LINE or FILE:ROW).")
@click.option("--format-field", default=None, help="Field holding text, markdown or html (default: plain text).")
@click.option("--output", "-o", "output", required=True, type=click.Path(dir_okay=False), help="Findings file: .parquet, or .jsonl for JSON Lines.")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="Dask scheduler to run on (default: a local cluster).")
@click.option("--workers", type=click.IntRange(1, 1024), default=None, help="Worker processes of the local cluster (default: one per core).")
@rule_options
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None, help="Lowest severity that makes the exit status 1 (default: warning).")
def scan_command(archives: tuple[str, ...], **kwargs: object) -> None:
    """Lint archives of documents (JSON Lines or Parquet files, or globs) on Dask, one row per finding.

    A pipeline named with --model must be installed on every worker.
    """
    try:
        from langcheck.dask import run_scan
    except ImportError as exc:
        raise click.UsageError(f"'langcheck scan' needs the dask extra: pip install 'langcheck[dask]' ({exc})") from None
    from langcheck.cli.exit_codes import EXIT_CLEAN, EXIT_FINDINGS
    from langcheck.cli.progress import FileProgress, wanted

    config = _config(kwargs["config_path"])  # type: ignore[arg-type]
    options = engine_options(config, kwargs)
    fail_on = str(kwargs["fail_on"] or config.fail_on or "warning")
    progress = FileProgress("Scanning", unit="documents") if wanted() else None
    try:
        summary = run_scan(archives, str(kwargs["output"]), kwargs, options, progress)
    finally:
        if progress is not None:
            progress.close()
    for error in summary.errors[:20]:
        click.echo(f"langcheck: error: {error}", err=True)
    if len(summary.errors) > 20:
        click.echo(f"langcheck: ... and {len(summary.errors) - 20} more rows that could not be linted (see the 'error' field)", err=True)
    found = sum(summary.findings.values())
    click.echo(f"langcheck: {summary.documents:,} documents, {found:,} findings, {len(summary.errors):,} rows not linted; written to {kwargs['output']}", err=True)
    if summary.errors:
        sys.exit(EXIT_ERROR)
    threshold = None if fail_on == "never" else Severity.parse(fail_on)
    failing = threshold is not None and any(Severity.parse(level) >= threshold for level in summary.findings)
    sys.exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


if __name__ == "__main__":  # pragma: no cover
    main()
