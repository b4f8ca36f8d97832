"""A readers-writer lock: many searches at once, one index change at a time.

Searches spend their time in numpy, faiss and onnxruntime, which release the GIL, so
letting them overlap uses both cores; a change waits for running searches and holds new
ones back until it is done (writer preference, so a stream of searches cannot starve it).

A reader that must not wait (the service's event loop, which answers every other request of its
process meanwhile) asks with ``wait=False``: while a change is under way or waiting it gets
``Busy`` at once, holding nothing, and reads from a thread instead.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["Busy", "ReadWriteLock"]


class Busy(Exception):
    """A read that may not wait found a change under way or waiting."""


class ReadWriteLock:
    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def reading(self, wait: bool = True) -> Iterator[None]:
        """Hold the index for reading; ``wait=False``: raise ``Busy`` rather than wait for a change."""
        with self._condition:
            while self._writing or self._writers_waiting:
                if not wait:
                    raise Busy("the index is being changed")
                self._condition.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._condition:
                self._readers -= 1
                if self._readers == 0:
                    self._condition.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._condition:
            self._writers_waiting += 1
            while self._writing or self._readers:
                self._condition.wait()
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._condition:
                self._writing = False
                self._condition.notify_all()
