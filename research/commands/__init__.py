"""Command implementations. ``research.cli`` declares the options and imports these lazily,
so ``runnerup --help`` stays fast."""
