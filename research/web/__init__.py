"""``runnerup serve``: the job on a local web page (see ``app.py``). A package, so the layer
contracts (``pyproject.toml``, ``[tool.importlinter]``) see its imports."""
