"""``python -m presslens`` — the same command line as the ``presslens`` console script."""

import sys

from presslens.run import main

sys.exit(main())
