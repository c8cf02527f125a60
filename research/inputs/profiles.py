"""The hire's saved profile files: ``lookup`` and ``compare`` both send several
``--profile`` files through :func:`hire_from_profiles`, which asks identity whether the
files are one person (never a silent merge of two people)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from research.errors import NeedsConfirmation, UsageError
from research.model import Candidate, Career, IdentityDecision, Subject


def _named(candidates: Sequence[Candidate]) -> str:
    """The candidates by number and name, as the table above the message lists them."""
    return "; ".join(f"{c.id}: {c.name}" for c in candidates)


class ProfilesNeedChoice(NeedsConfirmation):
    """The ``--profile`` files are not one person and nothing says which one is the hire:
    the CLI lists the candidates and exits 3."""

    def __init__(
        self, reason: str, candidates: Sequence[Candidate], files: int, *, pick_hint: bool = True
    ) -> None:
        super().__init__(
            f"the {files} --profile files are not shown to be one person: they make "
            f"{len(candidates)} candidates ({_named(candidates)}) that share no job or degree "
            f"under one name ({reason}); runnerup does not merge them.",
            hint=(
                "Look at the candidates above and run again with --pick N to compare with "
                "one of them, or leave out the files of the other person."
                if pick_hint
                else "Look at the candidates above and run again with only the hire's files."
            ),
        )
        self.candidates = list(candidates)


@dataclass(frozen=True)
class HireFromFiles:
    """The hire's career from profile files, and how identity decided which files."""

    career: Career
    decision: IdentityDecision
    files: tuple[str, ...]


def hire_from_profiles(
    subject: Subject,
    profiles: Sequence[tuple[str, Career]],
    *,
    pick: int | None = None,
    yes: bool = False,
    pick_hint: bool = True,
) -> HireFromFiles:
    """Group the files into persons (:func:`research.identity.profiles.profile_candidates`)
    and merge the files of one person.

    All files one person: merged. Several persons: ``pick`` (``--pick N``) chooses one;
    ``yes`` takes the best only when it clearly stands out (the identity gate's rule);
    otherwise :class:`ProfilesNeedChoice` (exit 3) with the candidates to list (its hint
    offers ``--pick`` when ``pick_hint``). Never a silent merge of two people."""
    from research.identity import decide
    from research.identity.profiles import files_of, profile_candidates
    from research.merge import merge_careers

    if not profiles:
        raise UsageError("no --profile given", hint="Give the hire's saved profile with --profile.")
    if pick is not None and yes:
        raise UsageError("--pick and --yes do not go together", hint="Use one of them.")
    candidates = profile_candidates(subject, profiles)
    if len(candidates) == 1:
        result = decide(candidates, pick=pick, yes=False)  # checks a --pick out of range
        chosen = candidates[0]
        count = len(profiles)
        note = (
            "one profile file given"
            if count == 1
            else f"the {count} profile files are one person ({chosen.reasons[-1]})"
        )
        decision = IdentityDecision(chosen=chosen, others=[], decided_by="files", note=note)
    else:
        result = decide(candidates, pick=pick, yes=yes)
        if result.chosen is None:
            raise ProfilesNeedChoice(result.reason, candidates, len(profiles), pick_hint=pick_hint)
        decision = result.decision("pick" if pick is not None else "auto")
    assert decision.chosen is not None
    wanted = files_of(decision.chosen)
    by_label = dict(profiles)
    career = merge_careers([by_label[label] for label in wanted])
    return HireFromFiles(career=career, decision=decision, files=tuple(wanted))


__all__ = ["HireFromFiles", "ProfilesNeedChoice", "hire_from_profiles"]
