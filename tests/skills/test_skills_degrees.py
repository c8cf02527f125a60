"""Degree levels: international names and abbreviations on the ordered scale."""

from __future__ import annotations

import pytest

from research.model import DegreeLevel
from research.skills import degree_level, degree_levels, lowest_degree_level

S, A, B, M, D = (
    DegreeLevel.SECONDARY,
    DegreeLevel.ASSOCIATE,
    DegreeLevel.BACHELOR,
    DegreeLevel.MASTER,
    DegreeLevel.DOCTORATE,
)

TABLE = [
    ("High school diploma", S),
    ("GED", S),
    ("A-levels in Maths, Physics", S),
    ("Abitur", S),
    ("Baccalauréat", S),
    ("AA in Liberal Arts", A),
    ("A.S. in Nursing", A),
    ("AAS, Welding Technology", A),
    ("Associate degree in Business", A),
    ("associate's degree", A),
    ("BA History", B),
    ("BS in Biology", B),
    ("BSc Computer Science", B),
    ("B.Sc. Physics", B),
    ("BEng Mechanical", B),
    ("BBA", B),
    ("B.Tech in IT", B),
    ("BComm", B),
    ("LLB", B),
    ("Licenciatura en Economía", B),
    ("Bachelor of Arts", B),
    ("Bachelor's degree", B),
    ("Bachelor’s degree", B),
    ("bachelor's or equivalent experience", B),
    ("Bachelors in Marketing", B),
    ("MA English", M),
    ("MS Statistics", M),
    ("MSc Data Science", M),
    ("MEng", M),
    ("MBA", M),
    ("MPH", M),
    ("MFA in Writing", M),
    ("LL.M.", M),
    ("M.Tech", M),
    ("Diplom-Ingenieur", M),
    ("Dipl.-Ing.", M),
    ("Diplom in Physik", M),
    ("Magister Artium", M),
    ("Master of Science", M),
    ("Master’s", M),
    ("master's degree", M),
    ("Masters in Finance", M),
    ("postgraduate degree", M),
    ("postgraduate", M),
    ("PhD in Chemistry", D),
    ("Ph.D.", D),
    ("DPhil", D),
    ("EdD", D),
    ("MD", D),
    ("JD", D),
    ("J.D.", D),
    ("DDS", D),
    ("PharmD", D),
    ("Doktor der Naturwissenschaften", D),
    ("Dr. rer. nat.", D),
    ("doctorate", D),
    ("doctoral degree", D),
    ("a masters in Finance", M),
    ("HS diploma", S),
    ("Dr. Anna Schmidt", D),
    ("Doctor of Medicine (MD)", D),
    ("BA (Hons) English", B),
    ("B.S.N.", B),
]


@pytest.mark.parametrize(("text", "level"), TABLE)
def test_mapping_table(text: str, level: DegreeLevel) -> None:
    assert degree_levels(text) == [level]
    assert degree_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "MS Office and MS Excel",
        "Certified Scrum Master",
        "master electrician",
        "Sales Associate",
        "Boston, MA 02115",
        "Jackson, MS",
        "Baltimore, MD\n",
        "master the basics quickly",
        "fine-tuned an LLM",
        "as a team lead",
        "Licence to drive",
        "In Boston, MA, USA",
        "1200 Oak Dr. Springfield",
        "Diploma in Nursing",
        "",
    ],
)
def test_look_alikes_are_not_degrees(text: str) -> None:
    assert degree_levels(text) == []
    assert degree_level(text) is None


def test_several_levels_in_order() -> None:
    text = "BSc or MSc required; PhD preferred"
    assert degree_levels(text) == [B, M, D]
    assert degree_level(text) == D
    assert lowest_degree_level(text) == B
    assert degree_levels("BA, MA or PhD") == [B, M, D]
    assert degree_levels("MSc, then BSc, then MSc again") == [M, B]
    assert lowest_degree_level("no degree needed") is None
    assert degree_levels("BS/MS in CS") == [B, M]
    assert degree_levels("JD/MBA") == [D, M]
    assert degree_levels("M.D., Ph.D.") == [D]


def test_the_scale_is_ordered() -> None:
    assert [level.rank for level in (S, A, B, M, D)] == [1, 2, 3, 4, 5]
