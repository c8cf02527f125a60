"""The invented careers rendered into the resume corpus (``scripts/make_corpus.py``).

Every person, employer website, e-mail address and phone number here is invented: e-mail
addresses use example.com, phone numbers the 555-01xx range. A job's ``employer`` is the
truth; ``employer_line`` is what the person typed in the employer field of their resume
(with a place, an arrangement or a contract type), which is how real resumes are written.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Job:
    title: str
    employer: str
    start: str
    """"YYYY-MM"."""
    end: str | None
    """"YYYY-MM", or None for a current job."""
    location: str = ""
    employer_line: str = ""
    """The employer field as typed (defaults to ``employer``)."""
    bullets: list[str] = field(default_factory=list)
    title_core: str | None = None
    """The title without its team suffix ("Senior Software Engineer" for "... - Payments"):
    the scorer accepts either."""

    @property
    def typed_employer(self) -> str:
        return self.employer_line or self.employer


@dataclass
class School:
    institution: str
    degree: str
    """The degree as written ("Bachelor of Science")."""
    level: str
    """research.model.DegreeLevel value."""
    field: str | None
    start: str | None
    end: str | None
    location: str = ""


@dataclass
class Person:
    slug: str
    name: str
    """As the resume writes it (family-name-first names stay that way)."""
    headline: str
    location: str
    email: str
    phone: str
    summary: str
    jobs: list[Job]
    schools: list[School]
    skills: dict[str, list[str]]
    """Skill groups: label -> skills."""
    languages: list[tuple[str, str]] = field(default_factory=list)

    @property
    def skill_list(self) -> list[str]:
        return [s for group in self.skills.values() for s in group]


CAREERS: list[Person] = [
    Person(
        slug="maya-lindqvist",
        name="Maya Lindqvist",
        headline="Staff Software Engineer",
        location="Stockholm, Sweden",
        email="maya.lindqvist@example.com",
        phone="+46 555 0101",
        summary="Backend engineer who builds payment systems that stay up.",
        jobs=[
            Job(
                "Staff Software Engineer",
                "Kestrel Payments",
                "2022-04",
                None,
                "Stockholm, Sweden",
                bullets=[
                    "Led the ledger rewrite in Go; settlement errors fell by 90%.",
                    "Mentored six engineers through the on-call rotation.",
                ],
            ),
            Job(
                "Senior Software Engineer - Payments",
                "Kestrel Payments",
                "2019-02",
                "2022-03",
                "Stockholm, Sweden",
                bullets=["Built the card authorisation service in Go and PostgreSQL."],
                title_core="Senior Software Engineer",
            ),
            Job(
                "Software Engineer",
                "Nordwind Logistics",
                "2016-08",
                "2019-01",
                "Gothenburg, Sweden",
                bullets=["Wrote route planning services in Python and Kafka."],
            ),
            Job(
                "Software Engineering Intern",
                "Brightfjord Labs",
                "2015-06",
                "2015-08",
                "Uppsala, Sweden",
                bullets=["Added metrics to an internal build tool."],
            ),
        ],
        schools=[
            School(
                "KTH Royal Institute of Technology",
                "Master of Science",
                "master",
                "Computer Science",
                "2014-09",
                "2016-06",
            ),
            School(
                "Uppsala University",
                "Bachelor of Science",
                "bachelor",
                "Computer Science",
                "2011-09",
                "2014-06",
            ),
        ],
        skills={
            "Languages": ["Go", "Python", "SQL"],
            "Infrastructure": ["PostgreSQL", "Kafka", "Kubernetes"],
        },
        languages=[("Swedish", "Native"), ("English", "Fluent")],
    ),
    Person(
        slug="nguyen-thi-lan",
        name="Nguyễn Thị Lan",
        headline="Data Analyst",
        location="Hanoi, Vietnam",
        email="lan.nguyen@example.com",
        phone="+84 555 0102",
        summary="Analyst who turns sales data into decisions.",
        jobs=[
            Job(
                "Senior Data Analyst",
                "Lotus Retail Group",
                "2021-09",
                None,
                "Hanoi, Vietnam",
                employer_line="Lotus Retail Group, Hanoi, Vietnam",
                bullets=["Built the weekly sales dashboard in Tableau used by 40 stores."],
            ),
            Job(
                "Data Analyst",
                "Mekong Telecom",
                "2018-03",
                "2021-08",
                "Ho Chi Minh City, Vietnam",
                bullets=["Modelled churn with Python and SQL; retention rose 4 points."],
            ),
        ],
        schools=[
            School(
                "Vietnam National University",
                "Bachelor of Economics",
                "bachelor",
                "Statistics",
                "2014-09",
                "2018-06",
            )
        ],
        skills={"Tools": ["Python", "SQL", "Tableau", "Excel"]},
        languages=[("Vietnamese", "Native"), ("English", "Professional")],
    ),
    Person(
        slug="soren-kjaergaard",
        name="Søren Kjærgaard",
        headline="DevOps Engineer",
        location="Aarhus, Denmark",
        email="soren.k@example.com",
        phone="+45 555 0103",
        summary="Platform engineer; freelance infrastructure consultant on the side.",
        jobs=[
            Job(
                "DevOps Engineer",
                "Havbryg Energi",
                "2020-01",
                None,
                "Aarhus, Denmark",
                employer_line="Havbryg Energi - Aarhus, Denmark (hybrid)",
                bullets=["Moved 120 services to Kubernetes with Terraform."],
            ),
            Job(
                "Infrastructure Consultant",
                "Kjærgaard Consulting",
                "2018-05",
                None,
                "Aarhus, Denmark",
                bullets=["Freelance AWS and Terraform work for small shops."],
            ),
            Job(
                "Systems Administrator",
                "Jyske Dataservice",
                "2014-02",
                "2019-12",
                "Silkeborg, Denmark",
                bullets=["Ran Linux servers and the backup system."],
            ),
        ],
        schools=[
            School(
                "Aarhus University",
                "Bachelor of Science",
                "bachelor",
                "Computer Engineering",
                "2010-09",
                "2013-06",
            )
        ],
        skills={"Cloud": ["AWS", "Terraform", "Kubernetes"], "Systems": ["Linux", "Ansible"]},
        languages=[("Danish", "Native"), ("English", "Fluent"), ("German", "Basic")],
    ),
    Person(
        slug="priya-raghunathan",
        name="Priya Raghunathan",
        headline="Registered Nurse, Critical Care",
        location="Leeds, UK",
        email="priya.r@example.com",
        phone="+44 555 0104",
        summary="Critical care nurse with ten years on adult intensive care units.",
        jobs=[
            Job(
                "Senior Staff Nurse",
                "Leeds General Infirmary",
                "2019-10",
                None,
                "Leeds, UK",
                bullets=["Charge nurse for a 16-bed adult intensive care unit."],
            ),
            Job(
                "Staff Nurse",
                "St Aldric's Hospital",
                "2015-01",
                "2019-09",
                "Bradford, UK",
                employer_line="St Aldric's Hospital, Bradford, UK",
                bullets=["Cared for post-operative cardiac patients."],
            ),
            Job(
                "Healthcare Assistant",
                "Moorview Care Home",
                "2011-06",
                "2013-08",
                "Harrogate, UK",
                bullets=["Supported residents with daily living."],
            ),
        ],
        schools=[
            School(
                "University of Leeds",
                "Bachelor of Science",
                "bachelor",
                "Adult Nursing",
                "2011-09",
                "2014-07",
            )
        ],
        skills={"Clinical": ["Critical Care", "Patient Assessment", "Medication Administration"]},
        languages=[("English", "Native"), ("Tamil", "Fluent")],
    ),
    Person(
        slug="tomas-o-briain",
        name="Tomás Ó Briain",
        headline="Chartered Accountant",
        location="Cork, Ireland",
        email="tomas.obriain@example.com",
        phone="+353 555 0105",
        summary="Accountant in audit and then in industry; a career break in 2016-2017.",
        jobs=[
            Job(
                "Financial Controller",
                "Glenmore Dairy Co-operative",
                "2018-02",
                None,
                "Cork, Ireland",
                employer_line="Glenmore Dairy Co-operative — Cork, Ireland — Full-time",
                bullets=["Own month-end close, budgets and the annual audit."],
            ),
            Job(
                "Audit Senior",
                "Harrow & Vance Accountants",
                "2012-09",
                "2016-03",
                "Dublin, Ireland",
                bullets=["Led audits of manufacturing and agri-food clients."],
            ),
            Job(
                "Audit Trainee",
                "Harrow & Vance Accountants",
                "2010-09",
                "2012-08",
                "Dublin, Ireland",
                bullets=["Trained under the ACA programme."],
            ),
        ],
        schools=[
            School(
                "University College Cork",
                "Bachelor of Commerce",
                "bachelor",
                "Accounting",
                "2006-09",
                "2010-06",
            )
        ],
        skills={"Finance": ["Financial Reporting", "Auditing", "IFRS", "Excel"]},
        languages=[("English", "Native"), ("Irish", "Fluent")],
    ),
    Person(
        slug="grace-adeyemi",
        name="Grace Adeyemi",
        headline="Secondary School Mathematics Teacher",
        location="Manchester, UK",
        email="grace.adeyemi@example.com",
        phone="+44 555 0106",
        summary="Maths teacher and head of year who likes a well-run classroom.",
        jobs=[
            Job(
                "Head of Year 9",
                "Oakfield Academy",
                "2021-09",
                None,
                "Manchester, UK",
                bullets=["Pastoral lead for 210 pupils."],
            ),
            Job(
                "Mathematics Teacher",
                "Oakfield Academy",
                "2016-09",
                "2021-08",
                "Manchester, UK",
                bullets=["Taught GCSE and A-level mathematics."],
            ),
            Job(
                "Teaching Assistant",
                "Brookside Primary School",
                "2013-01",
                "2015-07",
                "Salford, UK",
                bullets=["Supported small-group numeracy sessions."],
            ),
        ],
        schools=[
            School(
                "University of Manchester",
                "Postgraduate Certificate in Education",
                "master",
                "Secondary Mathematics",
                "2015-09",
                "2016-06",
            ),
            School(
                "University of Nottingham",
                "Bachelor of Science",
                "bachelor",
                "Mathematics",
                "2009-09",
                "2012-06",
            ),
        ],
        skills={"Teaching": ["Curriculum Design", "Classroom Management", "Safeguarding"]},
        languages=[("English", "Native"), ("Yoruba", "Conversational")],
    ),
    Person(
        slug="watanabe-kenji",
        name="Watanabe Kenji",
        headline="Mechanical Design Engineer",
        location="Nagoya, Japan",
        email="kenji.watanabe@example.com",
        phone="+81 555 0107",
        summary="Designs gearboxes and test rigs for electric vehicles.",
        jobs=[
            Job(
                "Senior Design Engineer",
                "Chubu Drivetrain",
                "2017-04",
                None,
                "Nagoya, Japan",
                bullets=["Designed the reduction gearbox for a compact EV platform."],
            ),
            Job(
                "Design Engineer",
                "Sakaemachi Machinery",
                "2012-04",
                "2017-03",
                "Toyota, Japan",
                bullets=["Built test rigs in SolidWorks and ran FEA in ANSYS."],
            ),
        ],
        schools=[
            School(
                "Nagoya University",
                "Master of Engineering",
                "master",
                "Mechanical Engineering",
                "2010-04",
                "2012-03",
            ),
            School(
                "Nagoya University",
                "Bachelor of Engineering",
                "bachelor",
                "Mechanical Engineering",
                "2006-04",
                "2010-03",
            ),
        ],
        skills={"Design": ["SolidWorks", "ANSYS", "GD&T", "MATLAB"]},
        languages=[("Japanese", "Native"), ("English", "Business")],
    ),
    Person(
        slug="lucia-fernandez-ortega",
        name="Lucía Fernández-Ortega",
        headline="Product Designer",
        location="Madrid, Spain",
        email="lucia.fo@example.com",
        phone="+34 555 0108",
        summary="Product designer early in her career, after two internships.",
        jobs=[
            Job(
                "Product Designer",
                "Pimentón Apps",
                "2023-02",
                None,
                "Madrid, Spain",
                employer_line="Pimentón Apps (remote)",
                bullets=["Designed the onboarding flow in Figma; sign-ups rose 18%."],
            ),
            Job(
                "UX Design Intern",
                "Atalaya Studio",
                "2022-06",
                "2022-12",
                "Barcelona, Spain",
                bullets=["Ran usability tests with 30 users."],
            ),
            Job(
                "Graphic Design Intern",
                "Editorial Mirasol",
                "2021-07",
                "2021-09",
                "Madrid, Spain",
                bullets=["Laid out book covers."],
            ),
        ],
        schools=[
            School(
                "Universidad Complutense de Madrid",
                "Bachelor of Fine Arts",
                "bachelor",
                "Design",
                "2018-09",
                "2022-06",
            )
        ],
        skills={"Design": ["Figma", "User Research", "Prototyping", "Adobe Illustrator"]},
        languages=[("Spanish", "Native"), ("English", "C1")],
    ),
    Person(
        slug="daniel-okoro",
        name="Daniel Okoro",
        headline="Junior Software Developer",
        location="Lagos, Nigeria",
        email="daniel.okoro@example.com",
        phone="+234 555 0109",
        summary="New graduate developer.",
        jobs=[
            Job(
                "Junior Software Developer",
                "Tidewater Fintech",
                "2024-07",
                None,
                "Lagos, Nigeria",
                bullets=["Builds React screens and Node.js APIs for the savings app."],
            ),
            Job(
                "Software Engineering Intern",
                "Savannah Cloud",
                "2023-06",
                "2023-09",
                "Abuja, Nigeria",
                bullets=["Wrote integration tests in TypeScript."],
            ),
        ],
        schools=[
            School(
                "University of Lagos",
                "Bachelor of Science",
                "bachelor",
                "Computer Science",
                "2020-01",
                "2024-06",
            )
        ],
        skills={"Web": ["JavaScript", "TypeScript", "React", "Node.js"]},
        languages=[("English", "Fluent"), ("Igbo", "Native")],
    ),
    Person(
        slug="zofia-wisniewska",
        name="Zofia Wiśniewska",
        headline="Machine Learning Scientist",
        location="Kraków, Poland",
        email="zofia.w@example.com",
        phone="+48 555 0110",
        summary="Researcher turned industry scientist in speech recognition.",
        jobs=[
            Job(
                "Machine Learning Scientist",
                "Wawel Speech Technologies",
                "2021-01",
                None,
                "Kraków, Poland",
                bullets=["Trained speech models in PyTorch for Polish dialects."],
            ),
            Job(
                "Postdoctoral Researcher",
                "Jagiellonian University",
                "2018-10",
                "2020-12",
                "Kraków, Poland",
                bullets=["Published four papers on low-resource speech recognition."],
            ),
            Job(
                "Research Intern",
                "Vistula AI Lab",
                "2016-07",
                "2016-09",
                "Warsaw, Poland",
                bullets=["Prototyped a keyword spotter."],
            ),
        ],
        schools=[
            School(
                "Jagiellonian University",
                "Doctor of Philosophy",
                "doctorate",
                "Computer Science",
                "2014-10",
                "2018-09",
            ),
            School(
                "Warsaw University of Technology",
                "Master of Science",
                "master",
                "Applied Mathematics",
                "2012-10",
                "2014-07",
            ),
        ],
        skills={"Machine Learning": ["PyTorch", "Python", "Speech Recognition", "NumPy"]},
        languages=[("Polish", "Native"), ("English", "Fluent")],
    ),
    Person(
        slug="marcus-bell",
        name="Marcus Bell",
        headline="Customer Success Manager",
        location="Columbus, OH",
        email="marcus.bell@example.com",
        phone="(614) 555-0111",
        summary="Customer success lead for mid-market software accounts.",
        jobs=[
            Job(
                "Customer Success Manager",
                "Birchmoor Foods",
                "2022-05",
                None,
                "Columbus, OH",
                employer_line="Birchmoor Foods — Columbus, OH (on-site) — Full-time",
                bullets=["Manage 45 wholesale accounts worth $6M a year."],
            ),
            Job(
                "Account Manager",
                "Lakeshore Software",
                "2018-01",
                "2022-04",
                "Cleveland, OH",
                employer_line="Lakeshore Software, Cleveland, OH, USA",
                bullets=["Renewed 96% of accounts; ran quarterly business reviews."],
            ),
            Job(
                "Sales Associate",
                "Hartley Outfitters",
                "2015-06",
                "2017-12",
                "Dayton, OH",
                bullets=["Top seller in the region two years running."],
            ),
        ],
        schools=[
            School(
                "Ohio State University",
                "Bachelor of Arts",
                "bachelor",
                "Communication",
                "2011-09",
                "2015-05",
            )
        ],
        skills={"Tools": ["Salesforce", "HubSpot", "Negotiation", "Account Management"]},
        languages=[("English", "Native"), ("Spanish", "Intermediate")],
    ),
    Person(
        slug="aroha-ngata",
        name="Aroha Ngata",
        headline="Civil Engineer",
        location="Porto, Portugal",
        email="aroha.ngata@example.com",
        phone="+351 555 0112",
        summary="Structural and civil engineer on bridges and flood defences.",
        jobs=[
            Job(
                "Senior Civil Engineer",
                "Douro Infraestruturas",
                "2020-03",
                None,
                "Porto, Portugal",
                employer_line="Douro Infraestruturas, Porto, Portugal",
                bullets=["Lead engineer for a 220 m footbridge."],
            ),
            Job(
                "Civil Engineer",
                "Te Awa Consulting",
                "2014-02",
                "2019-11",
                "Wellington, New Zealand",
                bullets=["Designed stormwater and flood defence works."],
            ),
            Job(
                "Graduate Engineer",
                "Kauri Structures",
                "2012-01",
                "2013-12",
                "Auckland, New Zealand",
                bullets=["Checked steel connections."],
            ),
        ],
        schools=[
            School(
                "University of Canterbury",
                "Bachelor of Engineering",
                "bachelor",
                "Civil Engineering",
                "2008-02",
                "2011-11",
            )
        ],
        skills={"Engineering": ["AutoCAD", "Civil 3D", "Structural Analysis", "Eurocodes"]},
        languages=[("English", "Native"), ("Māori", "Fluent"), ("Portuguese", "B2")],
    ),
    Person(
        slug="elodie-marchand",
        name="Élodie Marchand",
        headline="Operations Project Manager",
        location="Lyon, France",
        email="elodie.marchand@example.com",
        phone="+33 555 0113",
        summary="Project manager in logistics with a long career and a gap for study.",
        jobs=[
            Job(
                "Operations Project Manager",
                "Rhône Logistique",
                "2019-06",
                None,
                "Lyon, France",
                bullets=["Runs warehouse automation projects worth EUR 4M."],
            ),
            Job(
                "Logistics Coordinator",
                "Saône Transports",
                "2013-04",
                "2017-08",
                "Mâcon, France",
                bullets=["Planned 300 deliveries a day."],
            ),
            Job(
                "Shift Supervisor",
                "Entrepôts Vercors",
                "2009-09",
                "2013-03",
                "Grenoble, France",
                bullets=["Led a team of 14 on the night shift."],
            ),
            Job(
                "Warehouse Operative",
                "Entrepôts Vercors",
                "2007-05",
                "2009-08",
                "Grenoble, France",
                bullets=["Picking, packing, forklift."],
            ),
        ],
        schools=[
            School(
                "Université Lumière Lyon 2",
                "Master of Science",
                "master",
                "Supply Chain Management",
                "2017-09",
                "2019-06",
            ),
            School(
                "IUT de Grenoble",
                "Associate Degree",
                "associate",
                "Logistics",
                "2005-09",
                "2007-06",
            ),
        ],
        skills={"Operations": ["Project Management", "Lean", "SAP", "Excel"]},
        languages=[("French", "Native"), ("English", "Fluent")],
    ),
    Person(
        slug="rafael-costa",
        name="Rafael Costa",
        headline="Backend Engineer",
        location="São Paulo, Brazil",
        email="rafael.costa@example.com",
        phone="+55 555 0114",
        summary="Backend engineer; a year travelling in 2019.",
        jobs=[
            Job(
                "Senior Backend Engineer - Search",
                "Ipê Marketplace",
                "2021-03",
                None,
                "São Paulo, Brazil",
                employer_line="Ipê Marketplace (hybrid)",
                bullets=["Rebuilt search on Elasticsearch; p95 latency halved."],
                title_core="Senior Backend Engineer",
            ),
            Job(
                "Backend Engineer",
                "Carioca Pagamentos",
                "2020-02",
                "2021-02",
                "Rio de Janeiro, Brazil",
                bullets=["Java and Spring services for card payments."],
            ),
            Job(
                "Software Developer",
                "Jabuticaba Sistemas",
                "2015-01",
                "2018-12",
                "Campinas, Brazil",
                bullets=["Maintained an ERP in Java and Oracle."],
            ),
        ],
        schools=[
            School(
                "Universidade Estadual de Campinas",
                "Bachelor of Science",
                "bachelor",
                "Computer Science",
                "2010-02",
                "2014-12",
            )
        ],
        skills={"Backend": ["Java", "Spring", "Elasticsearch", "Oracle"]},
        languages=[("Portuguese", "Native"), ("English", "Fluent")],
    ),
]
