"""``python -m matcher``: the command line (``matcher.cli``).

The cyclic garbage collector is off while the command line's modules are imported
(``matcher.cli``'s docstring says why); ``main`` turns it back on, at the thresholds the command
runs under, unless the command answers once and ends."""

import gc

gc.disable()

from matcher.cli import main  # noqa: E402  (after gc.disable, so its imports run without collections)

main()
