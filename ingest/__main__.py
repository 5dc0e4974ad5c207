"""``python -m ingest [PATHS] [--rebuild]``: the same as ``hospicewijzer ingest``."""

import sys

from assistant.cli import main

sys.exit(main(["ingest", *sys.argv[1:]]))
