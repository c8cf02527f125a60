"""runnerup: for the candidate who came second.

The core package. ``research.cli`` is the command line, ``research.model`` the data,
``research.fetch`` the one door to the network.
"""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/runnerup-cli/runnerup"
USER_AGENT = f"runnerup/{__version__} (+{PROJECT_URL})"

__all__ = ["PROJECT_URL", "USER_AGENT", "__version__"]
