"""The fixture web: invented sites served on loopback, for the demo and for tests.

* :mod:`research.fixtureweb.server`: :class:`~research.fixtureweb.server.FixtureWeb`, one
  threaded HTTP server on 127.0.0.1 that picks the site by the ``Host`` header and logs
  every request; the ``serve`` command line (``python -m research.testing serve FOLDER``).
* :mod:`research.fixtureweb.routes`: how a folder of sites answers (a folder per host, files
  as pages, ``robots.txt`` as a file, ``_routes.toml`` for statuses, headers, delays, gzip
  and query-matched answers).

Only the standard library is used. The demo (:func:`research.demo.demo_web`) serves the
bundled web with it; tests and plugin authors reach it through :mod:`research.testing`.
"""
