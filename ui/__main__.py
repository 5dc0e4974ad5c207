"""``python -m ui``: the same as ``hospicewijzer serve``."""

import sys

from ui.cli import main

sys.exit(main(["serve", *sys.argv[1:]]))
