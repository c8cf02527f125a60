pytest_plugins = ["research.testing"]
