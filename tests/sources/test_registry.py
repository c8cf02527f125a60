"""The source registry: entry points, lazy loading, selection, status and settings."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from research.config import SourceSettings, load_config
from research.model import Subject
from research.source import (
    ENTRY_POINT_GROUP,
    Source,
    SourceContext,
    discover,
    settings_for,
)
from research.testing import FakeFetcher
from sources.github import GitHubSource
from sources.websearch import WebSearchSource

REPO = Path(__file__).resolve().parents[2]


def test_builtins_come_through_the_entry_point_group() -> None:
    from importlib.metadata import entry_points

    installed = {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)}
    assert installed["github"] == "sources.github:GitHubSource"
    assert installed["websearch"] == "sources.websearch:WebSearchSource"
    registry = discover(env={})
    assert set(installed) == set(registry.ids())
    assert registry.entries["github"].target == installed["github"]


def test_third_party_plugin_loads_like_a_builtin(fake_plugins: Any) -> None:
    registry = discover(env={})
    assert "fakesite" in registry.ids() and "github" in registry.ids()
    cls = registry.load("fakesite")
    assert cls is not None and issubclass(cls, Source)
    assert cls.info.id == "fakesite"
    assert registry.load("github") is GitHubSource


def test_broken_plugins_are_reported_by_name_and_skipped(fake_plugins: Any) -> None:
    registry = discover(env={})
    loaded = registry.load_all()
    assert "github" in loaded and "fakesite" in loaded
    problems = {p.id: p.message for p in registry.problems}
    for name in fake_plugins.broken:
        assert name not in loaded
        assert name in problems, f"{name} not reported: {problems}"
    assert "runnerup_fake_missing" in problems["missingmod"]
    assert "broken on purpose" in problems["explodes"]
    assert "not a runnerup Source" in problems["notsource"]
    assert "'fakesite'" in problems["wrongid"]
    # loading again neither retries (a broken plugin is reported once) nor raises
    count = len(registry.problems)
    assert registry.load("explodes") is None
    assert registry.load("nonexistent") is None
    assert registry.load_all().keys() == loaded.keys()
    assert len(registry.problems) == count


def test_discover_imports_no_source_module() -> None:
    code = textwrap.dedent(
        """
        import sys
        from research.source import discover
        registry = discover(env={})
        assert "github" in registry.ids(), registry.ids()
        before = sorted(m for m in sys.modules if m.startswith("sources.") or m == "httpx")
        cls = registry.load("github")
        # the source's own module, and private helpers it shares (sources._api), only
        after = sorted(m for m in sys.modules if m.startswith("sources.") and "._" not in m)
        print(before, after, cls.__name__)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]", "['sources.github']", "GitHubSource"]


def test_runnerup_sources_limits_which_load(fake_plugins: Any) -> None:
    registry = discover(env={"RUNNERUP_SOURCES": "github, fakesite"})
    assert registry.ids() == ["fakesite", "github"]
    assert set(registry.load_all()) == {"fakesite", "github"}
    assert registry.problems == []
    only = discover(["websearch"], env={"RUNNERUP_SOURCES": "github"})
    assert only.ids() == ["websearch"], "an explicit list wins over the environment"
    unknown = discover(env={"RUNNERUP_SOURCES": "github,nosuchsource"})
    assert unknown.ids() == ["github"]
    assert [p.id for p in unknown.problems] == ["nosuchsource"]


def test_missing_required_key_is_needs_key(fake_plugins: Any) -> None:
    cls = discover(env={}).load("fakesite")
    assert cls is not None
    assert cls.status(SourceSettings()) == "needs_key"
    assert cls.status(SourceSettings(key="k")) == "ready"
    assert cls.status(SourceSettings(key="k", enabled=False)) == "disabled"
    config = load_config(None, env={"FAKESITE_KEY": "from-env"})
    assert cls.status(settings_for(config, cls)) == "ready"


def test_builtin_statuses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RUNNERUP_SEARXNG_URL", raising=False)
    assert GitHubSource.status(SourceSettings()) == "ready", "the GitHub token is optional"
    assert GitHubSource.status(SourceSettings(enabled=False)) == "disabled"
    assert WebSearchSource.status(SourceSettings()) == "needs_key"
    assert WebSearchSource.status(SourceSettings(key="brave")) == "ready"
    extra = SourceSettings(extra={"searxng_url": "https://searx.test"})
    assert WebSearchSource.status(extra) == "ready"
    assert WebSearchSource.status(SourceSettings(enabled=False, key="brave")) == "disabled"
    monkeypatch.setenv("RUNNERUP_SEARXNG_URL", "https://searx.test")
    assert WebSearchSource.status(SourceSettings()) == "ready"


def _config(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> Any:
    path = tmp_path / "config.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_config(path, env=env or {})


def test_base_url_override_and_slower_rate(tmp_path: Path) -> None:
    config = _config(
        tmp_path,
        """
        [sources.github]
        base_url = "https://github.example.test/api/v3/"
        rate_multiplier = 3
        """,
    )
    settings = settings_for(config, GitHubSource)
    source = GitHubSource(SourceContext(fetcher=FakeFetcher(strict=True), settings=settings))
    assert source.base_url == "https://github.example.test/api/v3"
    assert source.min_interval == pytest.approx(GitHubSource.info.rate * 3)
    default = GitHubSource(SourceContext(fetcher=FakeFetcher(strict=True)))
    assert default.base_url == "https://api.github.com"


def test_rate_multiplier_can_only_slow_a_source_down(tmp_path: Path) -> None:
    config = _config(tmp_path, "[sources.github]\nrate_multiplier = 0.1\n")
    settings = settings_for(config, GitHubSource)
    assert settings.rate_multiplier == 1.0
    source = GitHubSource(SourceContext(fetcher=FakeFetcher(strict=True), settings=settings))
    assert source.min_interval == GitHubSource.info.rate


def test_key_from_env_first_then_file(tmp_path: Path) -> None:
    text = '[sources.websearch]\nkey = "from-file"\nsearxng_url = "https://searx.test"\n'
    from_file = settings_for(_config(tmp_path, text), WebSearchSource)
    assert from_file.key == "from-file"
    assert from_file.extra["searxng_url"] == "https://searx.test"
    from_env = settings_for(_config(tmp_path, text, {"BRAVE_API_KEY": "env"}), WebSearchSource)
    assert from_env.key == "env"


def test_disabled_in_config(tmp_path: Path) -> None:
    config = _config(tmp_path, "[sources.github]\nenabled = false\n")
    assert GitHubSource.status(settings_for(config, GitHubSource)) == "disabled"


async def test_github_requests_go_to_the_overridden_base_url(
    tmp_path: Path, fake_fetcher: Any, make_fetched: Any
) -> None:
    base = "https://github.example.test/api/v3"
    config = _config(tmp_path, f'[sources.github]\nbase_url = "{base}"\nrate_multiplier = 2\n')
    search = f"{base}/search/users"
    fake_fetcher.routes[search] = make_fetched(search, {"total_count": 0, "items": []})
    source = GitHubSource(
        SourceContext(fetcher=fake_fetcher, settings=settings_for(config, GitHubSource))
    )
    assert await source.search(Subject(name="Ada Okafor")) == []
    assert [c.url for c in fake_fetcher.calls] == [search]
    call = fake_fetcher.calls[0]
    assert call.source == "github"
    assert call.min_interval == pytest.approx(GitHubSource.info.rate * 2)
