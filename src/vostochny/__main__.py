"""`python -m vostochny` runs the command line."""

import sys

from vostochny.cli import main

sys.exit(main())
