"""Print the vocabulary's size: ``python -m research.skills.stats``."""

from __future__ import annotations

from collections import Counter

from research.skills.vocabulary import certifications, degrees, languages, skills


def report() -> str:
    """Counts per category, as plain text."""
    skill_table = skills()
    cert_table = certifications()
    lines = [f"skills: {len(skill_table)}"]
    by_category = Counter(entry.category for entry in skill_table.values())
    lines += [f"  {category:<24} {count:>5}" for category, count in sorted(by_category.items())]
    aliases = sum(len(entry.aliases) + 1 for entry in skill_table.values())
    lines.append(f"  {'(names and aliases)':<24} {aliases:>5}")
    lines.append(f"certifications: {len(cert_table)}")
    cert_categories = Counter(entry.category for entry in cert_table.values())
    lines += [f"  {category:<24} {count:>5}" for category, count in sorted(cert_categories.items())]
    lines.append(f"languages: {len(languages())}")
    levels = [entry for entry in degrees() if entry.level]
    names = sum(len(entry.aliases) for entry in levels)
    lines.append(f"degree levels: {len(levels)} ({names} names)")
    return "\n".join(lines)


def main() -> None:
    print(report())


if __name__ == "__main__":
    main()
