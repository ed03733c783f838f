"""What a Dask worker or the scheduler runs before any article is sent: which `extract` it imports.

extract.engine sends these functions by value (cloudpickle.register_pickle_by_value), so they run on
a process that cannot import `extract` and report that, where a task would fail to unpickle with a
traceback. Only the standard library is imported here, and the package only inside the functions.
"""
from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path
from typing import Mapping


def package_identity() -> dict[str, str]:
    """This process's `extract`: version, extraction code fingerprint and location; or why it cannot import it."""
    identity = {"python": sys.executable}
    try:
        import extract
        from extract.cache import code_fingerprint
    except Exception as error:  # any import failure is the answer, reported to the client, not raised here
        identity["error"] = f"{type(error).__name__}: {error}"
        return identity
    identity.update(version=str(getattr(extract, "__version__", "unknown")), code=code_fingerprint(),
                    location=str(Path(extract.__file__).resolve().parent))
    return identity


def folders_not_shared(markers: Mapping[str, str]) -> list[str]:
    """The folders of `markers` this process does not share with the client.

    `markers` maps a folder to the name of a file the client wrote there, holding its own name: a process
    that reads it back sees the same folder, not a local one of the same path; it must also be able to
    write beside it.
    """
    not_shared = []
    for folder, marker in markers.items():
        try:
            shared = (Path(folder) / marker).read_text(encoding="utf-8") == marker
            probe = Path(folder) / f".worker-probe-{os.getpid()}-{secrets.token_hex(4)}.tmp"
            probe.write_text("", encoding="utf-8")
            probe.unlink()
        except OSError:
            shared = False
        if not shared:
            not_shared.append(folder)
    return not_shared


def worker_check(markers: Mapping[str, str]) -> dict[str, object]:
    """Run on each worker: its package identity and the folders it does not share with the client."""
    return {**package_identity(), "not_shared": folders_not_shared(markers)}
