"""``python -m research.testing serve FOLDER``: serve a fixture web by hand."""

import sys

from research.testing.web import main

sys.exit(main())
