"""Property tests: whatever the text, matches are whole tokens, in order, never overlapping."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from research.skills import find_certifications, find_languages, find_skills
from research.skills._text import is_word_char

NAMES = [
    "C",
    "C++",
    "C#",
    "R",
    "Go",
    "Rust",
    "Java",
    "JavaScript",
    "SQL",
    "AWS",
    "Git",
    "QA",
    "UX",
    ".NET",
    "Node.js",
    "CI/CD",
    "A/B testing",
    "React",
    "React Native",
    "Terraform",
    "Excel",
    "machine learning",
    "Kubernetes",
    "k8s",
    "PMP",
    "RN",
    "German",
    "English",
    "Python",
    "data pipelines",
    "Swift",
    "PostgreSQL",
    "Kubernets",
    "M&A",
    "EMT",
]
PIECES = st.one_of(
    st.sampled_from(NAMES),
    st.text(alphabet="abcgorstuxCGRSTX+#./-&_é0123456789", min_size=1, max_size=6),
)
SEPARATORS = st.sampled_from(["", "", " ", ", ", "-", "/", ".", "\n", "(", ")", "’s ", "_"])


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(PIECES, SEPARATORS), max_size=12))
    return "".join(piece + sep for piece, sep in parts)


@settings(max_examples=400, deadline=None)
@given(texts())
def test_matches_are_whole_tokens(text: str) -> None:
    for finder in (find_skills, find_certifications, find_languages):
        previous_end = 0
        for match in finder(text):
            assert text[match.start : match.end] == match.text
            assert match.start >= previous_end, "overlap or out of order"
            previous_end = match.end
            if match.start > 0:
                assert not is_word_char(text[match.start - 1]), (text, match)
            if match.end < len(text):
                assert not is_word_char(text[match.end]), (text, match)
            assert 0.0 < match.score <= 1.0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_handled(text: str) -> None:
    for match in find_skills(text):
        assert text[match.start : match.end] == match.text
