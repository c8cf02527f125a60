"""``python -m research.testing serve FOLDER``: serve a fixture web by hand."""

import sys

from research.fixtureweb.server import main

sys.exit(main())
