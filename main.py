"""`python main.py ARGS` is `explorer ARGS`; with no arguments it opens the window."""

import sys

from explorer.cli import main

if __name__ == "__main__":
    sys.exit(main())
