"""``python -m ui.cli``: the same as the ``hospicewijzer`` command."""

import sys

from ui.cli import main

sys.exit(main())
