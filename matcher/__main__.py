"""``python -m matcher``: the command line (``matcher.cli``).

The garbage collector's thresholds are raised before the command line's modules are imported
(``matcher.cli.COLLECT_EVERY`` says why); ``main`` puts them back for a server."""

import gc

gc.set_threshold(100_000, 50, 100)

from matcher.cli import main  # noqa: E402  (after the thresholds, so its imports run under them)

main()
