"""Trusted references to the built-ins the harness relies on.

They are taken when this module runs. In the child this module is the first
part of the harness source (see ``sandbox.HARNESS_MODULES``), so they are bound
before ``main()`` exists, let alone loads the solution: patching ``time``,
``os``, ``threading``, ``sys`` or ``json`` from user code later cannot reach
them. In the parent they are bound at import. This module must stay first in
that order, and nothing here may run user code.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any

_perf = time.perf_counter
_process_time = time.process_time
_real_sleep = time.sleep
_os_write = os.write
_os_exit = os._exit
_allocate_lock = threading.Lock
_Thread = threading.Thread
_current_frames = sys._current_frames
_c_make_encoder: Any = None
_c_encode_ascii: Any = None
try:  # the C encoder, captured now: patching the json module later cannot reach it
    from _json import encode_basestring_ascii as _c_encode_ascii  # noqa: F401 - for values.py
    from _json import make_encoder as _c_make_encoder  # noqa: F401 - for values.py
except ImportError:  # pragma: no cover - CPython always has _json
    pass
_float_repr = float.__repr__
_int_repr = int.__repr__
