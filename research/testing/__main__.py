"""``python -m research.testing serve FOLDER``: serve a fixture web by hand."""

import sys

from research.testing.server import main

sys.exit(main())
