"""One engine per worker process: built once, before the first document, and shared by its tasks.

Compiling the packs and building the spaCy pipeline takes about a second; a
partition of an archive may take less. So every process keeps one engine
per set of options (``engine_for``), and ``LangcheckPlugin``, registered on
a cluster, builds and warms it as each worker starts (a worker that is
restarted after a crash gets it again). spaCy pipelines are not meant to be
shared between threads, so an engine is used by one thread at a time; give
workers one thread each (``threads_per_worker=1``), as the local cluster does.
"""

from __future__ import annotations

import threading

from distributed import WorkerPlugin

from langcheck.api import Engine, EngineOptions

_ENGINES: dict[EngineOptions, tuple[Engine, threading.Lock]] = {}
_BUILDING = threading.Lock()


def engine_for(options: EngineOptions) -> tuple[Engine, threading.Lock]:
    """This process's engine for ``options`` and the lock its users take."""
    found = _ENGINES.get(options)
    if found is None:
        with _BUILDING:
            found = _ENGINES.get(options)
            if found is None:
                found = _ENGINES[options] = (Engine(options), threading.Lock())
    return found


class LangcheckPlugin(WorkerPlugin):
    """Builds and warms the engine for ``options`` on every worker as it starts."""

    name = "langcheck"

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    def setup(self, worker: object) -> None:
        engine, lock = engine_for(self.options)
        with lock:
            engine.warm()
