"""Generate ``research/skills/data/*.json`` from the compact tables in this file.

Run from the repository root: ``.venv/bin/python scripts/build_skills.py``.

The tables are runnerup's own curation (no third-party taxonomy is copied). Syntax:

* ``@ category`` starts a section;
* skills: ``Name #id | alias, alias > broader-id`` (``#id`` defaults to the slug of the
  name; aliases and broader are optional);
* certifications: ``Name #id | alias, alias | Issuer > skill-id``;
* languages: ``Name | alias, alias``;
* degrees: ``@ level`` then lines of comma-separated names (``@ none``: look-alikes such
  as "MS Office" that must not count as degrees);
* a name or alias starting with ``=`` matches case-sensitively; with ``!`` it is also an
  English word or an initial and counts only in a technical context (Go, Swift, R).
  Names of three characters or fewer are always case-sensitive.
"""

# The tables below are data: one entry a line, however long.
# ruff: noqa: E501

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anyascii import anyascii  # noqa: E402

from research.skills._text import normalize  # noqa: E402

DATA = ROOT / "research" / "skills" / "data"

SKILLS: list[str] = []
CERTIFICATIONS: list[str] = []
LANGUAGES: list[str] = []
DEGREES: list[str] = []

BLOCKERS: dict[str, list[str]] = {
    # Phrases that contain a name but do not mean it; matched case-sensitively, reported
    # as nothing.
    "skill": [
        "Spark Electric",
        "Bright Spark",
        "Go-Live",
        "go-live",
        "Go Live",
        "reporting to",
        "Reporting to",
        "reporting directly",
        "Reporting directly",
        "reporting line",
        "reporting lines",
        "TS/SCI",
    ],
    "certification": [
        "EMT conduit",
        "EMT pipe",
        "EMT raceway",
        "PE teacher",
        "PE class",
        "PE classes",
        "PE pipe",
        "PE piping",
        "PE ratio",
        "P/E ratio",
        "PE firm",
        "PE fund",
        "PE-backed",
        "NP-hard",
        "NP-complete",
        "NP hard",
        "NP complete",
        "CPA firm",
        "CPA firms",
        "CNA Insurance",
        "CIA World Factbook",
    ],
    "language": [
        "French doors",
        "French door",
        "French fries",
        "English Literature",
        "Swiss German",
    ],
}

# Abbreviations that mean something else too ("CSM" is also a Customer Success Manager,
# "CAPM" a pricing model, "PE" physical education): they count only near another
# certification or a word such as "certified" or "licence".
_CONTEXTUAL = """
CSM CIA PE BLS CAL ICP SSM PSM ACC PCC MCC CIR CDR CHS CEN CEM CSP PLS RD RDN OCN CPN
CCS CCA ATP CPL SIE FRM PRM CTP CMP CLM CIP MBB KMP NRP CMA EIT HDI DCA CAPM CQA CCM
LCB CLT FITT CISA CBP CCP CDE CCT CDA RMA PBT CNS CRNA LMT CVT LVT RVT CPI CHES ASE
CGFM CB CPC CCO SE CPT TIPS CAP ACA FCA CMI CLA MCP PD1 PD2 RDA A+
"""
CONTEXTUAL_CERTIFICATION_ALIASES = frozenset(_CONTEXTUAL.split())

SHARED_ALIASES: dict[str, str] = {
    "swift": "SWIFT (the banking network) and Swift (the language), told apart by case",
}
"""Aliases deliberately shared by two entries of one kind (alias -> why); the first entry
in the tables wins when matching."""


def slug(name: str) -> str:
    text = anyascii(name).lower().replace("+", "p").replace("#", "sharp").replace("&", "-and-")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _name(raw: str, cs: list[str], ctx: list[str]) -> str:
    raw = raw.strip()
    if raw.startswith("!"):
        raw = raw[1:].strip()
        ctx.append(raw)
    elif raw.startswith("="):
        raw = raw[1:].strip()
        cs.append(raw)
    return raw


def _entry(head: str, rest: str, category: str) -> dict[str, Any]:
    cs: list[str] = []
    ctx: list[str] = []
    ident = None
    if " #" in head:
        head, ident = head.rsplit(" #", 1)
    name = _name(head, cs, ctx)
    aliases = [_name(a, cs, ctx) for a in rest.split(",") if a.strip()]
    entry: dict[str, Any] = {
        "id": ident.strip() if ident else slug(name),
        "name": name,
        "aliases": aliases,
        "category": category,
    }
    if cs:
        entry["cs"] = cs
    if ctx:
        entry["ctx"] = ctx
    return entry


def _lines(blocks: list[str]) -> list[tuple[str, str]]:
    """(category, line) pairs."""
    out: list[tuple[str, str]] = []
    category = ""
    for block in blocks:
        for line in block.splitlines():
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            if line.startswith("@"):
                category = line[1:].strip()
                continue
            out.append((category, line))
    return out


def parse_skills(blocks: list[str]) -> list[dict[str, Any]]:
    entries = []
    for category, line in _lines(blocks):
        broader = None
        if " > " in line:
            line, broader = line.rsplit(" > ", 1)
        head, _, rest = line.partition(" | ")
        entry = _entry(head, rest, category)
        entry["broader"] = broader.strip() if broader else None
        entries.append(entry)
    return entries


def parse_certifications(blocks: list[str]) -> list[dict[str, Any]]:
    entries = []
    for category, line in _lines(blocks):
        skill = None
        if " > " in line:
            line, skill = line.rsplit(" > ", 1)
        parts = [*(part.strip() for part in re.split(r" \|", line)), "", ""]
        entry = _entry(parts[0], parts[1], category)
        contextual = [a for a in entry["aliases"] if a in CONTEXTUAL_CERTIFICATION_ALIASES]
        if contextual:
            entry["ctx"] = sorted({*entry.get("ctx", ()), *contextual})
        entry["issuer"] = parts[2].strip()
        entry["skill"] = skill.strip() if skill else None
        entries.append(entry)
    return entries


def parse_languages(blocks: list[str]) -> list[dict[str, Any]]:
    entries = []
    for _, line in _lines(blocks):
        head, _, rest = line.partition(" | ")
        entry = _entry(head, rest, "language")
        del entry["category"]
        entries.append(entry)
    return entries


def parse_degrees(blocks: list[str]) -> list[dict[str, Any]]:
    by_level: dict[str, dict[str, Any]] = {}
    for level, line in _lines(blocks):
        entry = by_level.setdefault(level, {"level": None if level == "none" else level})
        cs: list[str] = []
        names = [_name(a, cs, []) for a in line.split(",") if a.strip()]
        entry.setdefault("aliases", []).extend(names)
        if cs:
            entry.setdefault("cs", []).extend(cs)
    return list(by_level.values())


def check(kind: str, entries: list[dict[str, Any]], key: str = "id") -> list[str]:
    problems = []
    ids = [e[key] for e in entries]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        problems.append(f"{kind}: duplicate ids {dupes}")
    owner: dict[str, str] = {}
    for entry in entries:
        for alias in {entry["name"], *entry["aliases"]}:
            norm = normalize(alias)
            if not norm:
                problems.append(f"{kind}: {entry[key]}: empty alias {alias!r}")
                continue
            other = owner.setdefault(norm, entry[key])
            if other != entry[key] and norm not in SHARED_ALIASES:
                problems.append(f"{kind}: alias {alias!r} of {entry[key]} also names {other}")
    return problems


def check_broader(entries: list[dict[str, Any]], field: str, targets: set[str]) -> list[str]:
    problems = []
    for entry in entries:
        target = entry.get(field)
        if target is not None and target not in targets:
            problems.append(f"{entry['id']}: {field} {target!r} does not exist")
    return problems


def write(name: str, entries: list[dict[str, Any]]) -> None:
    lines = [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in entries]
    (DATA / name).write_text("[\n" + ",\n".join(lines) + "\n]\n", encoding="utf-8")


def main() -> int:
    skills = parse_skills(SKILLS)
    certs = parse_certifications(CERTIFICATIONS)
    languages = parse_languages(LANGUAGES)
    degrees = parse_degrees(DEGREES)
    ids = {e["id"] for e in skills}
    problems = check("skills", skills) + check("certifications", certs)
    problems += check("languages", languages)
    problems += check_broader(skills, "broader", ids) + check_broader(certs, "skill", ids)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    DATA.mkdir(parents=True, exist_ok=True)
    write("skills.json", skills)
    write("certifications.json", certs)
    write("languages.json", languages)
    write("degrees.json", degrees)
    (DATA / "blockers.json").write_text(
        json.dumps(BLOCKERS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(skills)} skills, {len(certs)} certifications, {len(languages)} languages")
    return 0


# ---------------------------------------------------------------------------- degrees

DEGREES.append("""
@ secondary
high school diploma, high school, high-school diploma, HS diploma, secondary school, secondary education
secondary school diploma, GED, G.E.D., General Educational Development, HSD, HiSET
A-levels, A-level, A level, A levels, GCSE, GCSEs, IGCSE, Abitur, Allgemeine Hochschulreife
Matura, Baccalauréat, baccalaureate, International Baccalaureate, IB Diploma
Bachillerato, Leaving Certificate, Higher School Certificate, HSC, SSC, matric
@ associate
associate degree, associate's degree, associates degree, associate of arts
associate of science, associate of applied science, associate of, associate's
AA, A.A., A.S., AS degree, AAS, A.A.S., ADN, Foundation degree, HND, Higher National Diploma
@ bachelor
bachelor, bachelor's, bachelors, bachelor's degree, bachelor degree, bachelor of
BA, B.A., BS, B.S., BSc, B.Sc., B. Sc., BEng, B.Eng., BBA, B.B.A., B.Tech, BTech, B.E.
BComm, B.Comm., BCom, B.Com., LLB, LL.B., BFA, B.F.A., BSN, B.S.N., BArch, B.Arch., BEd
B.Ed., BSW, BPharm, BS/BA, BA/BS, Licenciatura, Licenciado, undergraduate degree
college degree, four-year degree, 4-year degree, university degree
@ master
master's, master's degree, master degree, masters degree, master of, masters in, master's in
=Master, =Masters, MA, M.A., MS, M.S., MSc, M.Sc., M. Sc., MEng, M.Eng., MBA, M.B.A., MPH
M.P.H., MFA, M.F.A., LL.M., LLM degree, M.Tech, MTech, MSN, M.S.N., MSW, M.S.W., MEd, M.Ed.
MPA, MPP, MAcc, MSF, MIS degree, MPhil, M.Phil., MRes, Diplom, Diplom-Ingenieur, Dipl.-Ing.
Dipl.-Kfm., Diplomingenieur, Magister, Maestría, Mestrado, postgraduate degree, postgraduate
graduate degree, advanced degree
@ doctorate
doctorate, doctoral, doctoral degree, doctor of, PhD, Ph.D., Ph. D., DPhil, D.Phil., EdD
Ed.D., MD, M.D., JD, J.D., Juris Doctor, DDS, D.D.S., DMD, D.M.D., PharmD, Pharm.D., PsyD
Psy.D., DNP, DVM, D.V.M., DBA degree, DSc, D.Sc., Doktor, Doktorgrad, Dr. rer. nat.
Dr. phil., Dr.-Ing., Dr. med., Doctorado, Doutorado, doctor's degree
@ none
MS Office, MS Excel, MS Word, MS Project, MS SQL, MS SQL Server, MS Teams, MS Access
MS PowerPoint, MS Outlook, MS Visio, MS Dynamics, MS Azure, MS 365, MS Windows, MS Paint
Scrum Master, ScrumMaster, master electrician, master plumber, master data, master gardener
master technician, master mechanic, master builder, master class, master schedule
master's license, master electrician license, master plan, master planning, master brewer
master carpenter, master craftsman, Master Certified, master file, master record
sales associate, associate director, associate manager, associate engineer
associate professor, associate attorney, associate consultant, associate editor
associate producer, associate dean, associate partner, associate vice president
doctor's office, doctor's note, doctor's orders, MD Anderson, MS Dhoni, AS400, AS/400
MA Plus, AA battery, AA batteries
""")

# ---------------------------------------------------------------------------- skills

SKILLS.append("""
@ software-engineering
Software development | software engineering, software dev, application development
Programming | coding, computer programming
Object-oriented programming | OOP, object oriented design, OOD > programming
Functional programming | !FP > programming
Data structures | data structures and algorithms, DSA > programming
Algorithms | algorithm design > programming
Design patterns | software design patterns > software-architecture
Software architecture | application architecture, system architecture > software-development
System design | systems design, distributed systems design > software-architecture
Microservices | microservice architecture, micro-services, microservices architecture
Distributed systems | distributed computing > software-architecture
Event-driven architecture | EDA, event driven design > software-architecture
Domain-driven design | DDD > software-architecture
Service-oriented architecture | SOA > software-architecture
Serverless | serverless architecture, serverless computing > cloud-computing
API design | API development, APIs, API > software-development
REST APIs #rest | =REST, RESTful APIs, RESTful, RESTful services, REST API > api-design
GraphQL > api-design
gRPC > api-design
=SOAP | SOAP web services > api-design
Web services > api-design
OpenAPI | =Swagger, OpenAPI specification > api-design
WebSockets | WebSocket > web-development
Concurrency | multithreading, multi-threading, parallel programming > programming
Asynchronous programming | async programming, async/await > programming
Version control | source control, version control systems, VCS > software-development
Git | =git > version-control
GitHub > git
GitLab > git
Bitbucket > git
=Subversion | SVN > version-control
=Mercurial > version-control
Code review | code reviews, peer code review > software-development
Refactoring > software-development
Debugging | troubleshooting code > software-development
Technical debt management | technical debt > software-development
Clean code > software-development
SOLID principles | =SOLID > object-oriented-programming
Agile development | agile software development > agile
Pair programming > software-development
Test-driven development | TDD > software-testing
Behavior-driven development | BDD, behaviour-driven development > software-testing
Performance optimization | performance tuning, performance engineering > software-development
Caching | cache design > software-architecture
Low-latency systems | low latency > distributed-systems
High availability | HA architecture > distributed-systems
Scalability | scalable systems > distributed-systems
Message queues | message queue, message queuing, message brokers > distributed-systems
Compilers | compiler design > programming
Systems programming | low-level programming > programming
Technical documentation | software documentation, API documentation > software-development
Open source | open-source software, OSS, open source contribution > software-development
Full-stack development | full stack, full-stack, fullstack > software-development
Backend development | back-end development, backend, back-end, server-side development
Frontend development | front-end development, frontend, front-end, client-side development
Cross-platform development > software-development
Desktop applications | desktop application development > software-development
Regular expressions | regex, regexes, regexp > programming
Shell scripting | shell scripts, scripting > programming
Build systems | build tools, build automation > software-development
Bazel > build-systems
CMake > build-systems
GNU Make #gnu-make | Makefile, Makefiles > build-systems
Maven | =Maven, Apache Maven > build-systems
Gradle > build-systems
Apache Ant | Ant build > build-systems
npm > build-systems
=Yarn | Yarn package manager > build-systems
pnpm > build-systems
Webpack > build-systems
Vite > build-systems
=Babel | Babel.js > build-systems
esbuild > build-systems
Package management | dependency management > software-development
Linters | linting, static analysis tools > code-quality
Code quality | static code analysis, static analysis > software-development
SonarQube > code-quality
Visual Studio | =Visual Studio > software-development
Visual Studio Code | VS Code, VSCode > software-development
IntelliJ IDEA | IntelliJ > software-development
Eclipse IDE | =Eclipse > software-development
Xcode > mobile-development
Vim | =Vim > software-development
Emacs > software-development
Jupyter | Jupyter Notebook, Jupyter notebooks, JupyterLab > python
Software development life cycle | SDLC, software development lifecycle > software-development
Requirements engineering | software requirements, requirements analysis > software-development
UML | Unified Modeling Language > software-architecture
Technical leadership | tech lead, engineering leadership > software-development
Mentoring engineers | mentoring developers > mentoring
Localization | l10n, internationalization, i18n, software localization

@ programming-languages
Python | =py, python3, Python 3, Python 2, CPython > programming
Java | Java SE, Java EE, Jakarta EE, J2EE, Core Java > programming
JavaScript | JS, =js, ECMAScript, ES6, ES2015, vanilla JS, vanilla JavaScript > programming
TypeScript | !TS > programming
C | !C, C language, ANSI C, C programming, C99, C11 > programming
C++ #cpp | cplusplus, C plus plus, CPP, C++11, C++14, C++17, C++20, modern C++ > programming
C# #csharp | C sharp, CSharp > programming
!Go #go | Golang, Go language, Go lang > programming
Rust | !Rust, Rust language, rustlang > programming
Ruby | !Ruby, Ruby language > programming
PHP | =php > programming
Swift | !Swift, Swift language, Swift 5 > programming
Objective-C | ObjC, Obj-C, Objective C > programming
Kotlin > programming
Scala > programming
R #r-language | !R, R language, R programming, RStudio, R Studio > programming
Julia | !Julia, Julia language > programming
MATLAB | Matlab > programming
Perl > programming
Lua > programming
Cython > python
Haskell > functional-programming
=Elixir > functional-programming
Erlang > functional-programming
Clojure > functional-programming
F# #fsharp | F sharp > functional-programming
OCaml > functional-programming
=Lisp | Common Lisp > functional-programming
!Scheme #scheme | Scheme language, Racket language > functional-programming
Dart | !Dart, Dart language > programming
=Groovy > programming
Visual Basic | VB, VB.NET, VBA, Visual Basic for Applications, VB6 > programming
Fortran > programming
COBOL > programming
Assembly language | x86 assembly, ARM assembly, ASM > programming
=Bash | =bash, Bash scripting > shell-scripting
PowerShell > shell-scripting
Zsh > shell-scripting
=Solidity > blockchain
Zig | Zig language > programming
Nim | Nim language > programming
Crystal language | Crystal lang > programming
=Delphi | Object =Pascal > programming
=Pascal > programming
Prolog > programming
!Ada #ada | Ada language > programming
SAS | SAS programming, SAS Base > statistics
Stata > statistics
SPSS | IBM SPSS > statistics
!Apex #apex | Salesforce Apex > salesforce
ABAP | SAP ABAP > sap
COBOL CICS | CICS > cobol
RPG | RPG IV, ILE RPG > programming
PL/SQL | PLSQL > oracle-database
T-SQL | TSQL, Transact-SQL > sql-server
Elm | !Elm, Elm language > functional-programming
WebAssembly | Wasm > web-development
Verilog > fpga
VHDL > fpga
SystemVerilog > fpga
CUDA > gpu-programming
OpenCL > gpu-programming
GPU programming > programming
Excel VBA | VBA macros, Excel macros > visual-basic
Google Apps Script | Apps Script > javascript

@ web-development
Web development | web dev, web programming, website development > software-development
HTML | HTML5, =html > web-development
CSS | CSS3, =css, Cascading Style Sheets > web-development
Sass | SCSS > css
Less CSS #less | =LESS > css
Tailwind CSS | Tailwind, TailwindCSS > css
=Bootstrap | Twitter Bootstrap > css
Material UI | MUI, Material-UI > react
Responsive design | responsive web design, mobile-first design > web-development
Web accessibility | accessibility, a11y, WCAG, ADA compliance, Section 508 > web-development
React | =React, React.js, ReactJS, React JS > javascript
React Native > mobile-development
=Redux | Redux Toolkit > react
Next.js | NextJS, Next JS > react
Angular | =Angular, Angular 2+, AngularJS, Angular.js > typescript
Vue.js | Vue, VueJS, Vue 3, Vue JS > javascript
Nuxt.js | Nuxt, NuxtJS > vue-js
Svelte | SvelteKit > javascript
Ember.js | =Ember, EmberJS > javascript
Backbone.js > javascript
jQuery > javascript
Node.js | =Node, NodeJS, Node JS > javascript
Express.js | ExpressJS, !Express, Express JS > node-js
NestJS | Nest.js > node-js
Deno > javascript
Bun | Bun.js > javascript
Django | Django REST Framework, DRF, Django ORM > python
=Flask > python
FastAPI > python
Pyramid framework > python
Tornado framework > python
Ruby on Rails | Rails, =Rails, RoR > ruby
=Sinatra > ruby
Laravel > php
Symfony > php
CodeIgniter > php
WordPress | Wordpress, WP development > php
Drupal > php
Joomla > php
Magento | Adobe Commerce > php
Shopify | Shopify development, Shopify Liquid > e-commerce
Spring | !Spring, Spring Framework, Spring MVC > java
Spring Boot | SpringBoot > spring
JavaServer Faces #jsf | =JSF, Jakarta Faces, JavaServer Faces > java
Apache Wicket #wicket | !Wicket, Apache Wicket > java
Google Web Toolkit #gwt | =GWT, Google Web Toolkit > java
=Hibernate | Hibernate ORM, JPA > java
Jakarta Servlets | Servlets, JSP, JavaServer Pages > java
Micronaut > java
Quarkus > java
ASP.NET | ASP.NET MVC, ASP.NET Core, ASP > dotnet
.NET #dotnet | dotnet, .NET Core, .NET Framework, .NET 6, Microsoft .NET > csharp
Entity Framework | EF Core, Entity Framework Core > dotnet
Blazor > dotnet
Xamarin > mobile-development
Phoenix framework > elixir
!Gin #gin | Gin framework, Gin Gonic > go
Actix | Actix Web > rust
Web APIs | web API > api-design
AJAX > javascript
JSON | =json > web-development
XML | =xml, XSLT, XPath, XSD > web-development
YAML > devops
Progressive web apps | PWA, PWAs > web-development
Single-page applications | SPA, SPAs > web-development
Server-side rendering | SSR > web-development
Web performance | Core Web Vitals, page speed optimization > web-development
Browser extensions | Chrome extensions > web-development
Three.js | ThreeJS > javascript
D3.js | D3, D3js > data-visualization
Chart.js > data-visualization
=Storybook > frontend-development
Web components > frontend-development
Webflow > web-development
Headless CMS | Contentful, Strapi, Sanity CMS > web-development
Content management systems | CMS, content management system > web-development
OAuth | OAuth 2.0, OAuth2, OpenID Connect, OIDC > identity-and-access-management
JWT | JSON Web Tokens > identity-and-access-management
Nginx | NGINX, nginx > web-servers
Apache HTTP Server | Apache httpd, httpd > web-servers
Web servers > web-development
Tomcat | Apache Tomcat > web-servers
IIS | Internet Information Services > web-servers
HTTP | HTTPS, HTTP/2 > networking
CDN | content delivery network, Cloudflare, Akamai, Fastly > web-development
SEO-friendly development | technical SEO > seo

@ mobile-development
Mobile development | mobile app development, mobile applications, mobile apps
iOS development | iOS, =iOS, iOS apps > mobile-development
Android development | Android, Android apps, Android SDK > mobile-development
SwiftUI > ios-development
UIKit > ios-development
Jetpack Compose > android-development
=Flutter | Flutter SDK > mobile-development
=Ionic | Ionic Framework > mobile-development
=Cordova | Apache Cordova, PhoneGap > mobile-development
=Expo | Expo Go > react-native
Mobile UI design | mobile UX > ui-design
App Store optimization | ASO > mobile-development
Firebase | Google Firebase > mobile-development
=Core Data > ios-development
Push notifications > mobile-development

@ databases
Databases | database, database management, DBMS, RDBMS, relational databases
SQL | =sql, Structured Query Language, SQL queries, SQL programming > databases
Database design | data modeling for databases, schema design > databases
Database administration | DBA, database administrator > databases
PostgreSQL | Postgres, =postgres, psql, PostGIS > sql
MySQL | MariaDB > sql
SQL Server | Microsoft SQL Server, MSSQL, MS SQL Server, SSMS > sql
Oracle Database | Oracle DB, Oracle 19c, Oracle RDBMS, =Oracle > sql
SQLite > sql
IBM Db2 | DB2, Db2 > sql
NoSQL | NoSQL databases > databases
MongoDB | Mongo, Mongoose ODM > nosql
Cassandra | Apache Cassandra, !Cassandra > nosql
Redis > nosql
Memcached > caching
DynamoDB | Amazon DynamoDB > nosql
Couchbase | CouchDB > nosql
Neo4j | Cypher > graph-databases
Graph databases | graph database > nosql
Elasticsearch | Elastic Search, OpenSearch > search-engines
Apache Solr | Solr > search-engines
Search engines | full-text search, information retrieval > databases
HBase | Apache HBase > nosql
Firestore | Cloud Firestore > nosql
Cosmos DB | Azure Cosmos DB, CosmosDB > nosql
InfluxDB | time series databases, time-series database > databases
TimescaleDB > postgresql
ClickHouse > data-warehousing
Snowflake | =Snowflake > data-warehousing
Amazon Redshift | =Redshift > data-warehousing
Google BigQuery | BigQuery > data-warehousing
Azure Synapse | Synapse Analytics > data-warehousing
Teradata > data-warehousing
Vector databases | vector database, =Pinecone, Weaviate, Milvus, pgvector, ChromaDB > databases
Query optimization | SQL tuning, query tuning > sql
Stored procedures > sql
Database replication > databases
Database migration | data migration, schema migrations > databases
ORM | object-relational mapping > databases
Supabase > postgresql
Microsoft Access | MS Access, =Access database > databases
FileMaker | Claris FileMaker > databases

@ cloud
Cloud computing | cloud, cloud services, cloud platforms, cloud infrastructure
Amazon Web Services #aws | AWS, Amazon AWS > cloud-computing
Microsoft Azure #azure | Azure, =Azure, Azure cloud > cloud-computing
Google Cloud Platform #gcp | GCP, Google Cloud > cloud-computing
AWS Lambda | Lambda functions > aws
Amazon EC2 | EC2 > aws
Amazon S3 | S3 > aws
Amazon ECS | ECS, Fargate > aws
Amazon EKS | EKS > aws
Amazon RDS | RDS, Amazon Aurora > aws
Amazon SQS | SQS, SNS, Amazon SNS > aws
AWS CloudFormation | CloudFormation > infrastructure-as-code
AWS CDK | CDK > infrastructure-as-code
AWS IAM | IAM roles, IAM policies > aws
Amazon CloudWatch | CloudWatch > monitoring
AWS Glue > aws
Amazon Kinesis | Kinesis > stream-processing
Amazon SageMaker | SageMaker > mlops
AWS Step Functions | Step Functions > aws
Amazon API Gateway | AWS API Gateway > aws
Azure Functions > azure
Azure DevOps | Azure Pipelines, VSTS, TFS > ci-cd
Azure Kubernetes Service | AKS > kubernetes
Azure Data Factory | ADF > data-engineering
Azure Active Directory | Azure AD, Entra ID, Microsoft Entra ID, AAD > identity-and-access-management
Google Kubernetes Engine | GKE > kubernetes
Google Cloud Functions | Cloud Functions > gcp
Google Cloud Run | Cloud Run > gcp
Google Cloud Storage | GCS > gcp
Google Pub/Sub | Pub/Sub, PubSub > gcp
Dataflow | Google Dataflow, Cloud Dataflow > gcp
Vertex AI > mlops
Oracle Cloud | OCI, Oracle Cloud Infrastructure > cloud-computing
IBM Cloud > cloud-computing
Alibaba Cloud > cloud-computing
DigitalOcean > cloud-computing
Heroku > cloud-computing
Vercel > cloud-computing
Netlify > cloud-computing
Cloudflare Workers > serverless
Cloud architecture | cloud solutions architecture, cloud design > cloud-computing
Cloud migration | migration to the cloud, cloud migrations > cloud-computing
Multi-cloud | hybrid cloud, multicloud > cloud-computing
Cloud cost optimization | FinOps, cloud cost management > cloud-computing
Cloud security | cloud security posture > information-security
OpenStack > cloud-computing
VMware | vSphere, ESXi, vCenter, VMware vSphere > virtualization
Virtualization | virtual machines, VMs, hypervisors, Hyper-V > it-infrastructure
Citrix | Citrix XenApp, Citrix Virtual Apps > virtualization
Virtual desktop infrastructure | VDI > virtualization

@ devops
DevOps | Dev Ops, DevSecOps > software-development
Site reliability engineering #sre | SRE, site reliability > devops
CI/CD #ci-cd | continuous integration, continuous delivery, continuous deployment > devops
Jenkins | =Jenkins, Jenkins pipelines > ci-cd
GitHub Actions > ci-cd
GitLab CI | GitLab CI/CD > ci-cd
CircleCI > ci-cd
Travis CI > ci-cd
TeamCity > ci-cd
Bamboo | =Bamboo > ci-cd
Argo CD | ArgoCD, Argo > gitops
GitOps | Flux CD, FluxCD > devops
Docker | Docker Compose, docker-compose, Dockerfile, Dockerfiles > containerization
Containerization #containerization | containerisation, container orchestration > devops
Kubernetes | K8s, k8s, =K8S, kube > containerization
Helm | =Helm, Helm charts > kubernetes
OpenShift | Red Hat OpenShift > kubernetes
Podman > containerization
Istio | service mesh, Linkerd > kubernetes
Terraform | HashiCorp Terraform, Terragrunt, OpenTofu > infrastructure-as-code
Infrastructure as code | IaC, infrastructure-as-code > devops
Pulumi > infrastructure-as-code
Ansible | Ansible playbooks > configuration-management
Chef | !Chef, Chef Infra > configuration-management
Puppet | !Puppet > configuration-management
SaltStack > configuration-management
Configuration management > devops
=Vagrant > devops
HashiCorp Packer #packer > devops
HashiCorp Vault | Vault, =Vault > secrets-management
Secrets management > devops
=Consul | HashiCorp Consul > devops
HashiCorp Nomad #nomad > devops
System monitoring #monitoring | infrastructure monitoring, application monitoring > devops
Observability > monitoring
Prometheus > monitoring
Grafana > monitoring
Datadog > monitoring
New Relic > monitoring
Splunk > logging
ELK Stack | ELK, Elastic Stack, Logstash, Kibana > logging
Log management #logging | centralized logging, log aggregation > monitoring
OpenTelemetry | OTel > observability
Jaeger | distributed tracing > observability
PagerDuty > incident-management
Incident management | incident response management, on-call rotation, postmortems, incident postmortems, post-incident reviews > it-operations
Release management | release engineering > devops
Deployment automation | automated deployments > devops
Blue-green deployment | canary releases, canary deployments > devops
Load balancing | load balancers, HAProxy > networking
Linux | GNU/Linux, Linux administration, =linux > operating-systems
Ubuntu > linux
Red Hat Enterprise Linux | RHEL, Red Hat, CentOS, Rocky Linux, =Fedora > linux
Debian > linux
Unix | UNIX, =Solaris, AIX, HP-UX > operating-systems
Operating systems | OS internals > it-infrastructure
Windows Server | Windows Server 2019, Windows Server 2022 > operating-systems
macOS | Mac OS, OS X, Mac administration > operating-systems
Chaos engineering > sre
Capacity planning > sre
Performance testing | load testing, stress testing, JMeter, Gatling, k6 > software-testing
Disaster recovery | DR, business continuity and disaster recovery, BCDR > it-operations
Backup and recovery | backups, backup and restore, Veeam > it-operations
Artifactory | JFrog Artifactory, Nexus Repository > devops
""")

SKILLS.append("""
@ data-engineering
Data engineering | data engineer work, data platform engineering
Data pipelines | data pipeline, data pipeline development > data-engineering
ETL | ETL pipelines, ETL processes, extract transform load, ELT > data-pipelines
Data warehousing | data warehouse, data warehouses, DWH, EDW > data-engineering
Data lakes | data lake, lakehouse, data lakehouse > data-engineering
Data modeling | data modelling, dimensional modeling, star schema, Kimball > data-engineering
Data integration > data-engineering
Data quality | data validation, data cleansing, data cleaning > data-management
Data governance | data stewardship, data lineage > data-management
Data management | master data management, MDM, data administration
Big data | big data technologies, large-scale data > data-engineering
Apache Spark #spark | !Spark, PySpark, Spark SQL, Spark Streaming > big-data
Hadoop | Apache Hadoop, HDFS, MapReduce, Hadoop YARN > big-data
Apache Hive | Hive, =Hive, HiveQL > hadoop
Apache Kafka #kafka | Kafka, Kafka Streams, =Confluent > stream-processing
Stream processing | streaming data, real-time data processing, event streaming > data-engineering
Apache Flink | Flink > stream-processing
Apache Beam > data-pipelines
Apache Airflow | =Airflow > workflow-orchestration
Workflow orchestration | data orchestration, Dagster, Prefect workflows > data-engineering
dbt | data build tool > data-transformation
Data transformation > data-engineering
Databricks | Delta Lake > spark
Apache NiFi | NiFi > data-integration
Informatica | Informatica PowerCenter > etl
Talend > etl
SSIS | SQL Server Integration Services > etl
Fivetran | Stitch Data, Airbyte > data-integration
RabbitMQ | AMQP > message-queues
ActiveMQ | Apache ActiveMQ > message-queues
Apache Pulsar | Pulsar > message-queues
Change data capture | CDC, Debezium > data-integration
Parquet | Apache Parquet, Avro, ORC > data-engineering
Apache Iceberg | Apache Hudi, Hudi > data-lakes
=Presto | Trino, Amazon Athena > big-data
Data architecture | enterprise data architecture > data-engineering
Web scraping | web crawling, Scrapy, BeautifulSoup, Beautiful Soup > python

@ data-science
Data science | data scientist skills
Data analysis | data analytics, analyzing data, analysing data, analytics > data-science
Statistics | statistical analysis, applied statistics, statistical methods > data-science
Statistical modeling | statistical modelling, statistical models > statistics
Regression analysis | linear regression, logistic regression > statistical-modeling
Hypothesis testing | significance testing, statistical significance > statistics
Bayesian statistics | Bayesian inference, Bayesian methods > statistics
Experimental design | design of experiments > statistics
A/B testing #ab-testing | A/B tests, split testing, online experimentation > experimental-design
Causal inference > statistics
Time series analysis | time series, time-series forecasting > statistical-modeling
Forecasting | demand forecasting, predictive modeling, predictive analytics > data-science
Survival analysis > statistics
Econometrics > statistics
Multivariate analysis | principal component analysis, PCA, factor analysis > statistics
Biostatistics > statistics
Data mining > data-science
Exploratory data analysis | EDA analysis, exploratory analysis > data-analysis
Data visualization | data visualisation, dataviz, data viz > data-analysis
Tableau | Tableau Desktop, Tableau Server > business-intelligence
Power BI | PowerBI, Microsoft Power BI, DAX, Power Query > business-intelligence
Looker | LookML, Looker Studio, Google Data Studio, Data Studio > business-intelligence
Qlik | QlikView, Qlik Sense > business-intelligence
MicroStrategy > business-intelligence
Business intelligence | BI, BI reporting, BI tools > data-analysis
Dashboards | dashboarding, dashboard development, KPI dashboards > data-visualization
Reporting | report generation, management reporting, ad hoc reporting > data-analysis
pandas | =Pandas > python
NumPy > python
SciPy > python
Matplotlib | Seaborn, Plotly > data-visualization
=Polars > python
ggplot2 | tidyverse, dplyr, =Shiny, R Shiny > r-language
Excel data analysis | pivot tables, PivotTables, VLOOKUP, XLOOKUP > microsoft-excel
Quantitative analysis | quantitative research, quantitative methods > statistics
Qualitative research | qualitative analysis, qualitative methods > research
Research | research skills > data-science
Operations research | mathematical optimization, linear programming > statistics
Simulation | Monte Carlo simulation, Monte Carlo, discrete event simulation > statistics
Geospatial analysis | GIS, spatial analysis, geographic information systems > data-analysis
ArcGIS | Esri ArcGIS, ArcMap, ArcGIS Pro > geospatial-analysis
QGIS > geospatial-analysis
Customer analytics | customer segmentation, cohort analysis, churn analysis, churn prediction, churn modeling > data-analysis
Product analytics | =Amplitude, Mixpanel > data-analysis
Web analytics | Google Analytics, GA4, Adobe Analytics > digital-marketing
Alteryx > data-analysis
KNIME > data-analysis
Mathematics | math, maths, applied mathematics, linear algebra, calculus, algebra, geometry, trigonometry
Probability | probability theory > mathematics
Discrete mathematics > mathematics

@ machine-learning
Machine learning | ML, machine-learning, ML models, machine learning models > data-science
Artificial intelligence #ai | AI, A.I. > computer-science
Deep learning | !DL, deep neural networks, neural networks, neural nets > machine-learning
Natural language processing #nlp | NLP, text mining, text analytics, computational linguistics > ai
Computer vision | CV models, image recognition, image processing, object detection > ai
Large language models #llm | LLMs, LLM, large language model, generative AI, GenAI > deep-learning
Prompt engineering | prompt design > llm
Retrieval-augmented generation #rag | RAG, retrieval augmented generation > llm
LangChain | LlamaIndex > llm
OpenAI API | GPT-4, ChatGPT, GPT > llm
Transformer models #transformers | transformer architecture, Hugging Face, HuggingFace, BERT > deep-learning
Fine-tuning | model fine-tuning, LoRA, RLHF > deep-learning
Reinforcement learning | !RL, deep reinforcement learning > machine-learning
Supervised learning | classification models > machine-learning
Unsupervised learning | clustering, k-means, anomaly detection > machine-learning
Recommender systems | recommendation systems, recommendation engines > machine-learning
Feature engineering | feature selection, feature extraction > machine-learning
Model deployment | model serving, ML deployment > mlops
MLOps | ML engineering, ML ops, MLflow, Kubeflow > machine-learning
TensorFlow | TF, Keras, TensorFlow 2 > deep-learning
PyTorch | PyTorch Lightning > deep-learning
JAX > deep-learning
scikit-learn | sklearn, scikit learn, SciKit-Learn > machine-learning
XGBoost | LightGBM, CatBoost, gradient boosting, GBM > machine-learning
Random forests | random forest, decision trees > supervised-learning
Support vector machines | SVM, SVMs > supervised-learning
Convolutional neural networks | CNN, CNNs, ConvNets > deep-learning
Recurrent neural networks | RNN, RNNs, LSTM, LSTMs, GRU > deep-learning
OpenCV > computer-vision
spaCy | NLTK, Gensim > nlp
Speech recognition | ASR, automatic speech recognition, speech-to-text > ai
Generative models | GANs, diffusion models, Stable Diffusion, VAEs > deep-learning
Model evaluation | cross-validation, model validation > machine-learning
Explainable AI | XAI, model interpretability, SHAP > machine-learning
AI ethics | responsible AI, AI governance > ai
Data labeling | data annotation, labelling, data labelling > machine-learning
Computer science | CS fundamentals, computer science fundamentals
Robotics | robot programming > ai
ROS #ros | =ROS, Robot Operating System, ROS 2, ROS2 > robotics
Gazebo #gazebo | !Gazebo, Gazebo simulator, Ignition Gazebo > robotics
SLAM #slam | =SLAM, simultaneous localization and mapping, simultaneous localisation and mapping > robotics
Autonomous systems | self-driving, autonomous vehicles > robotics

@ testing
Software testing | QA testing, software quality assurance > software-development
Quality assurance #qa | QA, quality control testing > software-testing
Test automation | automated testing, automation testing, test automation frameworks > software-testing
Manual testing | exploratory testing, functional testing > software-testing
Unit testing | unit tests > software-testing
Integration testing | integration tests, end-to-end testing, E2E testing > software-testing
Regression testing > software-testing
User acceptance testing | UAT > software-testing
=Selenium | Selenium WebDriver > test-automation
Cypress | !Cypress, Cypress.io > test-automation
Playwright | !Playwright > test-automation
Puppeteer > test-automation
Appium > test-automation
JUnit | TestNG, Mockito > unit-testing
pytest | PyTest > unit-testing
Jest | =Jest, Vitest > unit-testing
!Mocha #mocha | Mocha.js > unit-testing
=Cucumber | =Gherkin > behavior-driven-development
=Postman > api-testing
API testing | REST Assured, SoapUI > software-testing
Test planning | test plans, test strategy, test cases, test case design > software-testing
Bug tracking | defect tracking, defect management > software-testing
Security testing | vulnerability testing > penetration-testing
Accessibility testing > web-accessibility
Mobile testing | mobile app testing > software-testing
Contract testing | Pact testing > software-testing
Mutation testing >
Property-based testing | property testing > software-testing
""")

SKILLS.append("""
@ security
Information security | cybersecurity, cyber security, infosec, IT security
Network security | firewalls, firewall management, network defense > information-security
Application security | AppSec, secure coding, software security > information-security
Penetration testing | pen testing, pentesting, ethical hacking, red teaming > information-security
Vulnerability management | vulnerability assessment, vulnerability scanning > information-security
Security operations | SOC, security operations center, blue team > information-security
SIEM | security information and event management, QRadar, ArcSight > security-operations
Threat intelligence | threat hunting, cyber threat intelligence > information-security
Incident response | security incident response, DFIR > information-security
Digital forensics | computer forensics, forensic analysis, EnCase > incident-response
Malware analysis | reverse engineering malware > information-security
Reverse engineering | IDA Pro, Ghidra > information-security
Identity and access management #identity-and-access-management | IAM, identity management > information-security
Single sign-on | SSO, SAML > identity-and-access-management
Active Directory | AD, =AD, LDAP, Group Policy > identity-and-access-management
Okta | Ping Identity > identity-and-access-management
Privileged access management | PAM, CyberArk > identity-and-access-management
Cryptography | encryption, PKI, public key infrastructure, TLS, SSL > information-security
Zero trust | zero trust architecture > network-security
Endpoint security | EDR, CrowdStrike, endpoint protection, antivirus > information-security
Cloud security posture management | CSPM, CNAPP > cloud-security
Security compliance | security audits, compliance audits > information-security
Risk assessment | security risk assessment, IT risk assessment, risk analysis > risk-management
NIST Cybersecurity Framework | NIST CSF, NIST 800-53, NIST > security-compliance
ISO 27001 | ISO/IEC 27001, ISMS > security-compliance
SOC 2 | SOC2, SOC 2 Type II > security-compliance
PCI DSS | PCI, PCI compliance > security-compliance
HIPAA compliance | HIPAA > regulatory-compliance
GDPR | General Data Protection Regulation, data protection, CCPA > regulatory-compliance
Burp Suite > penetration-testing
Metasploit | Kali Linux > penetration-testing
Wireshark | packet analysis, tcpdump > network-security
Nmap > penetration-testing
OWASP | OWASP Top 10 > application-security
Threat modeling | threat modelling, STRIDE > application-security
Security awareness training | phishing awareness > information-security
Data loss prevention | DLP > information-security
Intrusion detection | IDS, IPS, intrusion prevention, =Snort, Suricata > network-security
Governance, risk and compliance #grc | GRC > information-security

@ networking
Networking | computer networking, network engineering
TCP/IP | TCP, UDP, IP networking, OSI model > networking
Routing and switching | routers and switches, network switches > networking
BGP | OSPF, EIGRP, routing protocols > routing-and-switching
DNS | =dns, DHCP, domain name system > networking
VPN | VPNs, IPsec, virtual private network > network-security
Network administration | network admin, network management > networking
Network design | network architecture > networking
LAN/WAN | LAN, WAN, local area network, wide area network > networking
Wireless networking | Wi-Fi, WiFi, WLAN, wireless networks > networking
SD-WAN | software-defined WAN > networking
Software-defined networking | SDN > networking
VLANs | VLAN > routing-and-switching
Cisco IOS | Cisco routers, Cisco switches, =Cisco > networking
Juniper Networks | Junos > networking
Palo Alto Networks | Palo Alto firewalls, =Palo Alto > network-security
Fortinet | FortiGate > network-security
Network monitoring | SNMP, SolarWinds, Nagios, Zabbix > networking
Structured cabling | network cabling, Cat6, fiber optic cabling, fibre optics > networking
VoIP | voice over IP, SIP, unified communications > networking
Telecommunications | telecom, telecoms > networking
5G | LTE, 4G, mobile networks, radio access networks > telecommunications
IPv6 > tcp-ip

@ it-operations
IT operations | IT ops, ITOps
IT infrastructure | infrastructure management, IT infrastructure management > it-operations
IT support | technical support, tech support, help desk, helpdesk, service desk > it-operations
Desktop support | end-user support, end user computing, EUC > it-support
System administration | systems administration, sysadmin, system administrator > it-operations
IT service management | ITSM, ITIL processes > it-operations
ServiceNow | =ServiceNow > it-service-management
Jira Service Management | Jira Service Desk > it-service-management
Zendesk > customer-support
Freshdesk | Freshservice > customer-support
Microsoft 365 administration | Office 365 administration, M365 admin, O365 admin > it-operations
Microsoft Exchange | Exchange Server, Exchange Online > it-operations
Microsoft Intune | Intune, SCCM, MECM, endpoint management, MDM solutions > it-operations
Jamf > it-operations
Hardware troubleshooting | PC repair, computer repair, hardware repair > it-support
Troubleshooting | problem diagnosis, fault finding, root cause troubleshooting
Storage administration | NAS, storage area networks, NetApp > it-infrastructure
Data center operations | data centre operations, datacenter > it-infrastructure
Mainframe | z/OS, IBM mainframe, JCL > it-infrastructure
IT asset management | ITAM, asset tracking software > it-operations
Change management (IT) #it-change-management | change control, change advisory board, CAB > it-service-management
Problem management > it-service-management
Patch management | patch deployment > it-operations
Scripting automation | IT automation, task automation > it-operations
Technical writing | technical writer, user manuals, documentation writing > communication

@ enterprise-software
Microsoft Office | MS Office, Office 365, Microsoft 365, M365, O365 > computer-literacy
Microsoft Excel | =Excel, MS Excel, Excel spreadsheets, spreadsheets > microsoft-office
Microsoft Word | MS Word > microsoft-office
Microsoft PowerPoint | PowerPoint, MS PowerPoint, =PPT > microsoft-office
Microsoft Outlook | =Outlook, MS Outlook > microsoft-office
Microsoft Teams | MS Teams > collaboration-tools
Microsoft Visio | Visio, MS Visio > microsoft-office
Microsoft Project | MS Project > project-management-software
Microsoft Dynamics 365 | Dynamics 365, Dynamics CRM, Microsoft Dynamics, Dynamics AX, D365 > erp
SharePoint | Microsoft SharePoint > collaboration-tools
Power Automate | Microsoft Flow > low-code
Power Apps | PowerApps, Microsoft Power Platform, Power Platform > low-code
Low-code development #low-code | low-code, no-code, low code > software-development
Google Workspace | G Suite, Google Docs, Google Sheets, Google Drive > computer-literacy
Computer literacy | computer skills, PC skills, basic computer skills
Collaboration tools | =Slack, =Zoom, Webex > computer-literacy
Project management software | project management tools > project-management
Jira | JIRA, Atlassian Jira > project-management-software
=Confluence | Atlassian Confluence > collaboration-tools
Asana | =Asana > project-management-software
Trello > project-management-software
Monday.com | monday.com > project-management-software
Smartsheet > project-management-software
Notion | =Notion > collaboration-tools
Airtable > collaboration-tools
ClickUp > project-management-software
=Miro > collaboration-tools
Enterprise resource planning #erp | ERP, ERP systems > enterprise-software
Enterprise software | enterprise applications, enterprise systems
SAP | SAP ERP, SAP S/4HANA, S/4HANA, SAP ECC, SAP R/3 > erp
SAP FICO | SAP FI/CO, SAP FI, SAP CO > sap
SAP MM | SAP Materials Management > sap
SAP SD | SAP Sales and Distribution > sap
SAP HANA | HANA > sap
SAP SuccessFactors | SuccessFactors > hris
SAP Ariba | Ariba > procurement
Oracle E-Business Suite | Oracle EBS, Oracle Fusion, Oracle ERP, Oracle Financials > erp
NetSuite | Oracle NetSuite > erp
Infor | Infor M3, Infor CloudSuite > erp
Epicor > erp
Sage | =Sage, Sage 50, Sage Intacct, Sage 300 > accounting-software
Customer relationship management #crm | CRM, CRM software, CRM systems > enterprise-software
Salesforce | =Salesforce, SFDC, Salesforce.com, Salesforce CRM > crm
Salesforce development | Lightning Web Components, LWC, Visualforce > salesforce
Salesforce administration | Salesforce admin > salesforce
HubSpot | HubSpot CRM > crm
Zoho CRM | Zoho > crm
Pipedrive > crm
Marketo | Adobe Marketo > marketing-automation
Pardot | Marketing Cloud Account Engagement > marketing-automation
Salesforce Marketing Cloud | SFMC, ExactTarget > marketing-automation
Workday | =Workday, Workday HCM > hris
ServiceTitan > field-service-management
UiPath | Automation Anywhere, Blue Prism > robotic-process-automation
Robotic process automation #robotic-process-automation | RPA > business-process-automation
Business process automation | workflow automation, process automation > enterprise-software
=Tally | Tally ERP, TallyPrime > accounting-software

@ game-development
Game development | game dev, game programming, video game development > software-development
Unity | =Unity, Unity3D, Unity 3D > game-development
Unreal Engine | =Unreal, UE4, UE5, Unreal Engine 5 > game-development
Godot | Godot Engine > game-development
Game design | level design, gameplay design > game-development
Shaders | HLSL, GLSL, shader programming > computer-graphics
Computer graphics | 3D graphics, OpenGL, Vulkan, DirectX > software-development
Augmented reality | ARKit, ARCore, mixed reality > extended-reality
Virtual reality | VR, Oculus, Meta Quest > extended-reality
Extended reality | XR, AR/VR > software-development

@ embedded-systems
Embedded systems | embedded software, embedded programming, firmware development, firmware
Microcontrollers | MCU, microcontroller programming, STM32, AVR > embedded-systems
Arduino > microcontrollers
Raspberry Pi > embedded-systems
Real-time operating systems | RTOS, FreeRTOS, =Zephyr, VxWorks > embedded-systems
Embedded Linux | Yocto, Buildroot > embedded-systems
Device drivers | Linux kernel, kernel development > embedded-systems
FPGA | FPGAs, Xilinx, Vivado, Quartus > embedded-systems
PCB design | printed circuit board design, Altium, Altium Designer, KiCad, Eagle PCB > electronics
Electronics | electronic circuits, circuit design, analog circuits, digital electronics
Internet of Things #iot | IoT, IIoT, connected devices > embedded-systems
Communication protocols | I2C, SPI, UART, CAN bus, Modbus > embedded-systems
Signal processing | DSP, digital signal processing > electronics
Blockchain | distributed ledger, Web3, smart contracts, Ethereum, cryptocurrency > distributed-systems
Quantum computing | Qiskit > computer-science
""")

SKILLS.append("""
@ business
Project management | project planning, project delivery, managing projects
Program management | programme management, program manager skills > project-management
Portfolio management (projects) #project-portfolio-management | PPM > project-management
Agile #agile | agile methodology, agile methodologies, agile practices
Scrum | Scrum framework, sprint planning, sprint ceremonies > agile
Kanban > agile
Scaled agile | =SAFe, Scaled Agile Framework, LeSS framework > agile
Waterfall | waterfall methodology > project-management
PRINCE2 methodology #prince2-method | PRINCE2 method > project-management
=Lean | lean methodology, lean principles, lean management > process-improvement
Six Sigma | Lean Six Sigma, DMAIC > process-improvement
Process improvement | continuous improvement, business process improvement, kaizen
Business process management | BPM, business process modeling, BPMN > process-improvement
Process mapping | value stream mapping, process flows > process-improvement
Root cause analysis | RCA, 5 whys, fishbone diagram > problem-solving
Change management | organizational change management, change leadership, OCM
Stakeholder management | stakeholder engagement, managing stakeholders, stakeholder relations
Requirements gathering | requirements elicitation, business requirements > business-analysis
Business analysis | business analyst skills, BA skills > business-strategy
Business strategy | strategic planning, corporate strategy
Strategic thinking > business-strategy
Business development | biz dev, new business development > sales
Market research | market analysis, competitive analysis, competitor analysis > marketing
Management consulting | strategy consulting > business-strategy
Operations management | business operations, operational management
Product management | product manager skills, product ownership, product owner
Product strategy | product vision > product-management
Product roadmaps #product-roadmaps | roadmap planning, roadmapping > product-strategy
Product discovery | customer discovery > product-management
User stories | backlog management, backlog grooming, backlog refinement > agile
Go-to-market strategy | go-to-market, GTM, GTM strategy, product launch > product-management
Pricing strategy | pricing, price optimization > business-strategy
Budgeting | budget management, budget planning, managing budgets, budgets
Cost reduction | cost savings, cost control, cost management > operations-management
Risk management | risk mitigation, enterprise risk management, ERM
Vendor management | supplier management, vendor relations, third-party management
Contract management | contract administration > vendor-management
Negotiation | negotiations, negotiating, negotiation skills, settlement negotiations
Team leadership | team lead, leading teams, team management > leadership
Leadership | leadership skills, people leadership
People management | staff management, line management, direct reports, managing people > leadership
Mentoring | mentorship, mentor, coaching and mentoring
Coaching | executive coaching, performance coaching > leadership
Cross-functional collaboration | cross-functional teams, cross-team collaboration > teamwork
Teamwork | collaboration, team player, team collaboration
Communication | communication skills, verbal communication, written communication
Public speaking | presentation skills, speaking engagements > communication
Business writing | report writing, proposal writing > communication
Problem solving | problem-solving, analytical problem solving
Critical thinking | analytical thinking, analytical skills > problem-solving
Decision making | decision-making > leadership
Time management | prioritization, prioritisation, multitasking, multi-tasking
Organizational skills | organization skills, organisational skills
Customer service | customer care, client service, customer experience, CX
Customer support | support tickets, ticketing, technical customer support > customer-service
Client relationship management | client relations, client management, relationship management
Account management | key account management, KAM, strategic accounts > client-relationship-management
Customer success | customer success management, CSM skills, client success > account-management
Facilitation | workshop facilitation, meeting facilitation > communication
Conflict resolution | conflict management, mediation skills > communication
Emotional intelligence | EQ, empathy > communication
Adaptability | resilience
Creativity | creative thinking, innovation
Entrepreneurship | startup experience, founding a company, start-ups
Business planning | business plans, business plan writing > business-strategy
Mergers and acquisitions #mergers-and-acquisitions | M&A, mergers & acquisitions > corporate-finance
Corporate governance | board governance, board reporting
Executive communication | board presentations, C-level communication > communication
Public relations | media relations, press relations > communications
Corporate communications #communications | internal communications, comms
Crisis management | crisis communications > public-relations
Event planning | event management, conference planning
Office management | office administration, front office > administration
Administration | administrative support, admin support, clerical work, clerical
Data entry | keyboarding, typing speed > administration
Scheduling | calendar management, diary management, appointment scheduling > administration
Executive assistance | executive support, EA support > administration
Records management | filing systems, document management, records keeping, recordkeeping > administration
Bookkeeping | book-keeping, bookkeeper skills > accounting
Quality management | quality management systems, QMS, total quality management, TQM
ISO 9001 | ISO 9001:2015 > quality-management
KPIs | KPI, key performance indicators, OKRs, OKR > performance-management
Performance management | performance reviews, performance appraisals, appraisals
Business continuity | business continuity planning, BCP > risk-management
Regulatory compliance | compliance, regulatory affairs, regulatory requirements
Sustainability | ESG, environmental sustainability, corporate social responsibility, CSR
Nonprofit management | non-profit management, NGO management
Fundraising | donor relations, fundraising campaigns > nonprofit-management
Volunteer management | volunteer coordination > nonprofit-management
Policy analysis | public policy, policy development, policy writing
Economics | economic analysis, microeconomics, macroeconomics
Real estate | real estate transactions, leasing
Property management #property-mgmt | tenant relations, rent collection > real-estate
Real estate appraisal | property valuation, property appraisal > real-estate
Commercial real estate | CRE > real-estate
Insurance | insurance underwriting, insurance products
Underwriting | risk underwriting > insurance
Claims handling | claims management, claims processing, claims adjusting > insurance
Translation | translation services, translator skills, document translation
Language interpreting #interpretation | interpretation services, interpreter skills, simultaneous interpretation, consecutive interpretation
Multilingual communication | bilingual, multilingual > communication

@ design
Graphic design | visual design, graphic designer skills, print design
UX design #ux-design | UX, user experience design, user experience, UXD
UI design #ui-design | UI, user interface design, UI/UX, UX/UI > ux-design
Interaction design | IxD > ux-design
User research | UX research, usability research, user interviews > ux-design
Usability testing | usability studies, user testing > user-research
Information architecture | IA design, card sorting > ux-design
Wireframing | wireframes, low-fidelity wireframes > ux-design
Prototyping | prototypes, rapid prototyping, high-fidelity prototypes > ux-design
Design systems | design system, component libraries, pattern libraries > ui-design
Design thinking | human-centered design, human-centred design > ux-design
Service design | customer journey mapping, journey maps, journey mapping > ux-design
Product design | digital product design > ux-design
Figma | =Figma, FigJam > ui-design
Sketch (software) #sketch | !Sketch, Sketch app > ui-design
Adobe XD | XD > ui-design
InVision > prototyping
Axure | Axure RP > prototyping
Adobe Creative Suite | Adobe Creative Cloud, Creative Cloud, Adobe CC, Adobe CS > graphic-design
Adobe Photoshop | Photoshop > adobe-creative-suite
Adobe Illustrator | =Illustrator, AI files > adobe-creative-suite
Adobe InDesign | InDesign > adobe-creative-suite
Adobe Lightroom | Lightroom > photography
Adobe Premiere Pro | Premiere Pro > video-editing
Adobe After Effects | After Effects > motion-graphics
Adobe Acrobat | =Acrobat, PDF editing > adobe-creative-suite
Canva > graphic-design
CorelDRAW | Corel Draw > graphic-design
Typography | type design, lettering > graphic-design
Branding | brand identity, visual identity, brand design > graphic-design
Logo design > branding
Illustration | digital illustration > graphic-design
Layout design | page layout, desktop publishing, DTP > graphic-design
Motion graphics | motion design, animation > graphic-design
2D animation | Toon Boom, frame-by-frame animation > motion-graphics
3D modeling | 3D modelling, 3D design, 3D art > computer-graphics
Blender | =Blender > 3d-modeling
Autodesk Maya | =Maya > 3d-modeling
Cinema 4D | C4D > 3d-modeling
3ds Max | 3D Studio Max, Autodesk 3ds Max > 3d-modeling
ZBrush > 3d-modeling
Houdini | =Houdini, SideFX Houdini > 3d-modeling
Substance Painter | Adobe Substance, Substance 3D > 3d-modeling
Video editing | video production editing, editing video, post-production > video-production
Video production | videography, filming, video shooting
Final Cut Pro | Final Cut, FCPX > video-editing
DaVinci Resolve | color grading, colour grading > video-editing
Avid Media Composer | Media Composer > video-editing
Photography | photo shoots, product photography, portrait photography
Photo editing | photo retouching, retouching, image editing > photography
Audio production | audio editing, sound design, audio engineering, audio mixing, mastering audio
Pro Tools | ProTools > audio-production
Logic Pro | Logic Pro X > audio-production
Ableton Live | Ableton > audio-production
Podcast production | podcasting > audio-production
Interior design | interior decoration, space planning, FF&E
Fashion design | apparel design, garment construction, pattern making, patternmaking
Industrial design | product industrial design > product-design
Packaging design > graphic-design
Web design | website design, web designer skills > graphic-design
Presentation design | pitch decks, slide design > graphic-design
Print production | prepress, pre-press, print management > graphic-design
Art direction | creative direction, art director skills > graphic-design
Copywriting | copy writing, ad copy, copywriter skills > content-marketing
Content writing | web content writing, article writing, blog writing
Editing | copy editing, copyediting, proofreading, line editing > content-writing
Journalism | reporting news, news writing, investigative journalism > content-writing
Storytelling | brand storytelling, narrative design > content-writing
Creative writing | fiction writing, screenwriting > content-writing
UX writing | microcopy, content design > ux-design
Accessibility design | inclusive design, accessible design > ux-design
""")

SKILLS.append("""
@ marketing
Marketing | marketing strategy, marketing plans, marketing campaigns
Digital marketing | online marketing, internet marketing > marketing
Search engine optimization #seo | SEO, search optimisation, on-page SEO, off-page SEO > digital-marketing
Search engine marketing #sem | SEM, paid search, PPC, pay-per-click > digital-marketing
Google Ads | Google AdWords, AdWords > sem
Microsoft Advertising | Bing Ads > sem
Social media marketing | social media, SMM, social media management > digital-marketing
Paid social | social media advertising, Facebook Ads, Meta Ads, Instagram Ads > social-media-marketing
LinkedIn Ads | LinkedIn advertising > paid-social
TikTok marketing | TikTok Ads > social-media-marketing
Influencer marketing | influencer partnerships, creator partnerships > social-media-marketing
Community management | online community management, community building > social-media-marketing
Content marketing | content strategy, content creation > marketing
Email marketing | email campaigns, email newsletters, newsletters, drip campaigns > digital-marketing
Mailchimp | Klaviyo, Constant Contact > email-marketing
Marketing automation | marketing ops, marketing operations, lead nurturing, nurture programs, nurture campaigns > digital-marketing
Lead generation | lead gen, demand generation, demand gen > marketing
Account-based marketing | ABM > marketing
Growth marketing | growth hacking > digital-marketing
Performance marketing | paid media, paid acquisition, user acquisition > digital-marketing
Conversion rate optimization | CRO, landing page optimization > digital-marketing
Marketing analytics | marketing attribution, attribution modeling, marketing mix modeling, MMM > marketing
Google Tag Manager | GTM container, tag management > web-analytics
Affiliate marketing | affiliate programs > digital-marketing
Brand management | brand strategy, brand marketing, brand building > marketing
Product marketing | product positioning, product messaging > marketing
Campaign management | campaign planning, integrated campaigns, marketing campaign management > marketing
Media planning | media buying > marketing
Advertising | ad campaigns, advertising campaigns > marketing
Trade marketing | shopper marketing, retail marketing, merchandising strategy > marketing
Channel marketing | partner channel marketing > marketing
Event marketing | experiential marketing, field marketing > marketing
Direct marketing | direct mail > marketing
Mobile marketing | SMS marketing, push marketing > digital-marketing
Video marketing | YouTube marketing > content-marketing
Marketing communications | marcom, MarCom, integrated marketing communications > marketing
Customer insights | consumer insights, consumer research, market insights > market-research
Customer journey analytics | customer lifecycle marketing, lifecycle marketing, CRM marketing > marketing
Loyalty programs | loyalty marketing, retention marketing > marketing
Semrush | SEMrush, Ahrefs, Moz > seo
Hootsuite | Sprout Social > social-media-marketing
Keyword research > seo
Link building | backlinks > seo
Sponsorship | sponsorships, sponsorship management > marketing
Public affairs | government relations, lobbying > public-relations
E-commerce | ecommerce, e-commerce management, online retail, online store management
Marketplace management | Amazon Seller Central, Amazon marketplace > e-commerce
WooCommerce > e-commerce
BigCommerce > e-commerce

@ sales
Sales | selling, sales skills
B2B sales | business-to-business sales, enterprise sales, B2B > sales
B2C sales | business-to-consumer sales, consumer sales, B2C > sales
Inside sales | telesales, phone sales > sales
Outside sales | field sales, territory sales > sales
Solution selling | consultative selling, value selling, SPIN selling, Challenger Sale > sales
SaaS sales | software sales, technology sales > b2b-sales
Cold calling | cold calls, outbound calling, outbound prospecting > prospecting
Prospecting | lead prospecting, sales prospecting, outbound sales > sales
Lead qualification | BANT, MEDDIC, MEDDPICC > prospecting
Sales pipeline management | pipeline management, pipeline generation, sales pipeline > sales
Sales forecasting > sales
Closing deals | deal closing, closing sales > sales
Upselling | cross-selling, upsell, cross-sell > sales
Territory management | territory planning > outside-sales
Sales presentations | product demonstrations, product demos, sales demos > sales
Proposal management | RFP responses, RFPs, RFP, bid management, tenders > sales
Sales operations | sales ops, revenue operations, RevOps > sales
Sales enablement > sales
Sales management | sales leadership, managing sales teams > sales
Channel sales | partner sales, reseller management, indirect sales > sales
Retail sales | store sales, point of sale, POS > sales
Sales Navigator | LinkedIn Sales Navigator > prospecting
Outreach.io | Salesloft, Apollo.io > prospecting
Gong | Gong.io, =Gong > sales-enablement
Pre-sales | presales, sales engineering, solutions engineering > sales
Quota attainment | quota carrying, exceeding quota > sales
Social selling > sales
Wholesale | wholesale distribution > sales
Merchandising | visual merchandising, planograms > retail-sales
Customer acquisition > sales
Pharmaceutical sales | pharma sales, medical sales, medical device sales > sales
Real estate sales | real estate brokerage, property sales > real-estate
Insurance sales > insurance
Automotive sales | car sales > sales
Cash handling | cash register, cash management (retail), till management > retail-sales
Inventory control | stock control, inventory counts, cycle counts > inventory-management

@ finance
Finance | financial management, corporate finance management
Financial analysis | financial analyst skills, financial statement analysis, ratio analysis > finance
Financial modeling | financial modelling, financial models, three-statement model > financial-analysis
Financial planning and analysis #fpa | FP&A, financial planning & analysis > finance
Financial reporting | financial statements, financial reports, statutory reporting > accounting
Forecasting (finance) #financial-forecasting | financial forecasting, rolling forecasts > fpa
Variance analysis | budget variance analysis > fpa
Corporate finance | capital structure, capital budgeting > finance
Valuation | company valuation, business valuation, DCF, discounted cash flow > corporate-finance
Investment banking | IBD, capital markets advisory > corporate-finance
Private equity | PE investing, leveraged buyouts, LBO, LBO modeling > corporate-finance
Venture capital | VC, startup investing > private-equity
Due diligence | financial due diligence, commercial due diligence > mergers-and-acquisitions
Equity research | sell-side research, buy-side research > investment-analysis
Investment analysis | investment research, securities analysis > finance
Portfolio management | asset management, investment management, fund management > finance
Wealth management | private banking, financial advisory, financial planning > portfolio-management
Retirement planning | pension planning, retirement plans advice, estate planning > wealth-management
Trading | securities trading, equity trading, day trading > finance
Derivatives | options trading, futures trading, derivatives trading > trading
Fixed income | bond markets, fixed income securities > finance
Foreign exchange | FX, forex, currency trading > trading
Quantitative finance | quant, quantitative trading, algorithmic trading > finance
Risk management (financial) #financial-risk-management | market risk, credit risk, liquidity risk, VaR > risk-management
Credit analysis #credit-analysis | credit underwriting, credit assessment, credit scoring > financial-risk-management
Anti-money laundering | AML, KYC, know your customer, BSA/AML > regulatory-compliance
Treasury management | treasury, cash management, cash flow management, liquidity management > finance
Cash flow forecasting > treasury-management
Banking | retail banking, commercial banking, corporate banking > finance
Lending | loans, loan origination, mortgage lending, mortgages > banking
Loan processing | loan servicing, mortgage processing > lending
Payments | payment processing, payment systems, card payments > banking
Fintech | financial technology > finance
Bloomberg Terminal | Bloomberg, =Bloomberg > trading
FactSet | Capital IQ, S&P Capital IQ, Refinitiv, Eikon > investment-analysis
Actuarial science | actuarial analysis, actuarial modeling > insurance
Financial regulation | Basel III, Dodd-Frank, MiFID II, Solvency II > regulatory-compliance
Procurement | purchasing, strategic sourcing, procurement management
Spend analysis | spend management > procurement
Investor relations | IR > corporate-finance
Fundraising (capital) #capital-raising | capital raising, raising capital, fundraising rounds > corporate-finance
Personal finance | financial literacy > finance
Economic modeling | economic forecasting > economics

@ accounting
Accounting | accountancy, accounting principles, financial accounting
GAAP | US GAAP, generally accepted accounting principles > accounting
IFRS | international financial reporting standards > accounting
General ledger | GL, general ledger accounting, GL reconciliation > accounting
Accounts payable #accounts-payable | A/P, payables, invoice processing > accounting
Accounts receivable #accounts-receivable | A/R, receivables, debt collection, credit control > accounting
Account reconciliation | reconciliations, bank reconciliations, reconciliation > accounting
Month-end close | month end close, monthly close, financial close, year-end close, closing the books > accounting
Journal entries | accruals, prepayments > general-ledger
Payroll | payroll processing, payroll administration, payroll management > accounting
Tax | =tax, taxation, tax compliance, tax accounting > accounting
Tax preparation | tax returns, income tax preparation, tax filing > tax
Corporate tax | corporate income tax, tax provision, ASC 740 > tax
Indirect tax | VAT, sales tax, GST, sales and use tax > tax
International tax | transfer pricing > tax
Auditing | audit, audits, external audit, audit procedures > accounting
Internal audit | internal auditing, internal controls, SOX, Sarbanes-Oxley, SOX compliance > auditing
Forensic accounting | fraud examination, fraud investigation > auditing
Cost accounting | costing, standard costing, activity-based costing, ABC costing > accounting
Management accounting | managerial accounting > accounting
Revenue recognition | ASC 606, IFRS 15 > accounting
Lease accounting | ASC 842, IFRS 16 > accounting
Fixed assets | fixed asset accounting, depreciation > accounting
Consolidation | financial consolidation, intercompany accounting > financial-reporting
Expense management | expense reports, T&E, travel and expense > accounts-payable
Billing | invoicing, billing operations > accounts-receivable
Fund accounting | nonprofit accounting, governmental accounting > accounting
Accounting software | accounting systems
QuickBooks | QuickBooks Online, QBO, Intuit QuickBooks > accounting-software
Xero | =Xero > accounting-software
FreshBooks | Wave Accounting > accounting-software
MYOB > accounting-software
=Hyperion | Oracle Hyperion, Essbase, Anaplan, Adaptive Insights > fpa
BlackLine > month-end-close
=Concur | SAP Concur > expense-management
Bill.com | Expensify > accounts-payable
Audit software | CaseWare, IDEA analytics, ACL Analytics > auditing
""")

SKILLS.append("""
@ human-resources
Human resources #hr | HR, human resource management, people operations, people ops
Recruiting | recruitment, talent acquisition, hiring > hr
Full-cycle recruiting | full-cycle recruitment, end-to-end recruitment, 360 recruitment > recruiting
Technical recruiting | tech recruiting, IT recruitment, technical recruitment > recruiting
Executive search | headhunting, executive recruitment > recruiting
Candidate sourcing | sourcing, talent sourcing, Boolean search, X-ray search > recruiting
Interviewing | candidate interviewing, structured interviews, behavioral interviewing > recruiting
Candidate screening | phone screening, resume screening, CV screening > recruiting
Applicant tracking systems #ats | ATS, applicant tracking system > recruiting
Greenhouse | =Greenhouse, Greenhouse ATS > ats
Lever | =Lever, Lever ATS > ats
iCIMS > ats
Taleo | Oracle Taleo > ats
SmartRecruiters | Jobvite, =Workable, BambooHR ATS > ats
LinkedIn Recruiter | LinkedIn Talent Solutions > candidate-sourcing
Employer branding | recruitment marketing > recruiting
Campus recruiting | university recruiting, graduate recruitment, early careers > recruiting
High-volume recruiting | volume hiring, mass hiring, high volume recruitment > recruiting
Diversity recruiting | diverse hiring > diversity-equity-and-inclusion
Offer negotiation | offer management > recruiting
Candidate experience > recruiting
Onboarding | employee onboarding, new hire onboarding > hr
Offboarding | exit interviews > hr
Employee relations | labor relations, labour relations > hr
HR business partnering | HRBP, HR business partner > hr
Compensation and benefits #compensation-and-benefits | C&B, total rewards, comp and ben > hr
Compensation | salary benchmarking, pay equity, job evaluation, compensation analysis > compensation-and-benefits
Benefits administration | benefits management, employee benefits, open enrollment > compensation-and-benefits
HR information systems #hris | HRIS, HRMS, HCM systems > hr
BambooHR > hris
ADP | ADP Workforce Now, ADP Payroll > hris
UKG | =Kronos, UltiPro > hris
Talent management | succession planning, talent reviews > hr
Learning and development | L&D, training and development, corporate training > talent-management
Training delivery | delivering training, training facilitation, instructor-led training > learning-and-development
Instructional design | e-learning design, eLearning, ADDIE, curriculum design for training > learning-and-development
Articulate Storyline | Articulate 360, Articulate Rise, Adobe Captivate > instructional-design
Learning management systems #lms | LMS, Moodle, Canvas LMS, Blackboard Learn, Cornerstone OnDemand > learning-and-development
Organizational development | organisational development, organizational design > hr
Employee engagement | engagement surveys, employee experience, culture building > hr
Diversity, equity and inclusion #diversity-equity-and-inclusion | DEI, D&I, DE&I, diversity and inclusion > hr
Workforce planning | headcount planning, strategic workforce planning > hr
HR policies | policy development (HR), employee handbook > hr
HR compliance | employment law compliance, labor law compliance > hr
Employment law | labor law, labour law, employment legislation > law
Job descriptions | job description writing, job analysis > hr
People analytics | HR analytics, workforce analytics > hr
Workers' compensation | workers comp, workers' comp > hr
Immigration | work visas, visa sponsorship, H-1B > hr
Background checks | background screening, reference checks > recruiting
Time and attendance | timekeeping, attendance management > hr
Career coaching | career counseling, career counselling, career development > coaching

@ legal
Law | legal practice, legal services
Legal research | Westlaw, LexisNexis, Lexis, case law research > law
Legal writing | legal drafting, brief writing, legal memoranda > law
Litigation | civil litigation, commercial litigation, trial preparation > law
Trial advocacy | trial experience, jury trials, oral advocacy, courtroom advocacy > litigation
E-discovery #discovery | eDiscovery, legal discovery, document review, =Relativity > litigation
Depositions | taking depositions, deposition preparation > litigation
Motion practice | pleadings > litigation
Appellate practice #appeals | appellate litigation > litigation
Contract law | contract drafting, contract negotiation, drafting contracts > law
Commercial contracts | commercial agreements, NDAs, MSAs, master services agreements > contract-law
Corporate law | corporate legal, company law, corporate transactions > law
Securities law | securities regulation, SEC reporting, SEC filings > corporate-law
Mergers and acquisitions law #m-and-a-law | M&A transactions, M&A law > corporate-law
Intellectual property | IP law, intellectual property law > law
Patent law | patents, patent prosecution, patent drafting, patent litigation > intellectual-property
Trademark law | trademarks, trademark prosecution > intellectual-property
Copyright law | licensing agreements > intellectual-property
Privacy law | data privacy, privacy compliance > law
Regulatory law | regulatory affairs law, administrative law > law
Criminal law | criminal defense, criminal defence, prosecution > law
Family law | divorce, child custody > law
Real estate law | property law, conveyancing, title work > law
Tax law > law
Immigration law | immigration petitions, asylum > law
Bankruptcy law | insolvency, Chapter 11 > law
Environmental law > law
Health law | healthcare law, healthcare compliance > law
Antitrust | competition law, antitrust law > law
International law | international arbitration, arbitration > law
Alternative dispute resolution | ADR, mediation > law
Legal compliance | compliance programs, ethics and compliance > regulatory-compliance
Corporate governance law | board minutes, corporate secretarial, company secretarial > corporate-law
Paralegal work | paralegal, legal assistance, legal support > law
Legal case management | legal case management software, =Clio, matter management > law
Court filing | e-filing, court filings, filing pleadings > paralegal-work
Legal billing | time entry, billable hours > law
Notary | notarization, notary public > law
Client counseling | client counselling, client advising, legal advice > law
Estate planning law | wills and trusts, probate > law
Labor and employment law | employment litigation > employment-law
Government contracts | FAR, federal acquisition regulation, government contracting > contract-law
Legal operations | legal ops > law
Case law analysis | statutory interpretation > legal-research
""")

SKILLS.append("""
@ healthcare
Patient care | direct patient care, bedside care, patient-centered care, patient-centred care
Nursing | registered nursing, nursing care, clinical nursing > patient-care
Acute care | acute care nursing, acute settings > nursing
Critical care | intensive care, ICU, critical care nursing, CCU > nursing
Emergency nursing | emergency department, ED nursing, emergency room, =ER > nursing
Medical-surgical nursing | med-surg, med/surg, medical surgical > nursing
Pediatric nursing | paediatric nursing, pediatrics, paediatrics, PICU > nursing
Neonatal nursing | NICU, neonatal care > nursing
Labor and delivery nursing | labor and delivery, L&D nursing, obstetrics, maternity care > nursing
Oncology nursing | oncology, chemotherapy administration > nursing
Geriatric care | gerontology, elderly care, aged care, geriatrics > patient-care
Home health care | home health, home care, home healthcare > patient-care
Hospice care | palliative care, end-of-life care > patient-care
Perioperative nursing | operating room, operating theatre, operating theater, theatre nursing, OR nursing, surgical nursing, circulating nurse > nursing
Post-anesthesia care | PACU, recovery room > perioperative-nursing
Telemetry nursing #telemetry | cardiac monitoring, telemetry unit, telemetry patients, tele unit > nursing
Psychiatric nursing | mental health nursing, behavioral health nursing > nursing
Nursing assessment | patient assessment, health assessment, head-to-toe assessment > nursing
Care planning | nursing care plans, care plans, care coordination > nursing
Vital signs | vital signs monitoring, monitoring vital signs, taking vitals > patient-care
Medication administration | administering medications, med administration, MAR > nursing
IV therapy | intravenous therapy, IV insertion, IV starts, peripheral IV > nursing
Phlebotomy | venipuncture, blood draws, blood collection > patient-care
Wound care | wound management, wound dressing, wound assessment > nursing
Infection control | infection prevention, sterile technique, aseptic technique > patient-care
Patient education | health education, patient teaching, discharge teaching, educating patients, educate patients > patient-care
Discharge planning | discharge plans > care-planning
Triage | patient triage, ESI triage > emergency-nursing
Catheterization | Foley catheter insertion, urinary catheterization > nursing
Tracheostomy care | ventilator management, mechanical ventilation, airway management > critical-care
Electrocardiography | ECG, EKG, 12-lead ECG, 12-lead EKG > patient-care
Cardiac life support | code blue response, resuscitation > critical-care
Electronic health records #ehr | EHR, EMR, electronic medical records > health-informatics
Epic Systems #epic | =Epic, Epic EHR, Epic EMR, Epic Systems EHR > ehr
HL7 #hl7 | =HL7, HL7 v2, HL7v2, Health Level Seven > ehr
FHIR #fhir | =FHIR, HL7 FHIR, Fast Healthcare Interoperability Resources > ehr
Cerner | Oracle Health, Cerner PowerChart > ehr
Meditech > ehr
athenahealth | eClinicalWorks, NextGen > ehr
Clinical documentation | charting, nursing documentation, SOAP notes > patient-care
Health informatics | clinical informatics, nursing informatics, healthcare IT > healthcare
Healthcare | health care, healthcare industry, medical field
Medical terminology > healthcare
Medical coding | ICD-10, ICD-10-CM, CPT coding, CPT, HCPCS, clinical coding > health-information-management
Medical billing | revenue cycle management, RCM, insurance billing, claims submission > healthcare-administration
Health information management | HIM, medical records management > healthcare-administration
Healthcare administration | healthcare management, hospital administration, health services management > healthcare
Patient scheduling | patient registration, front desk (medical), patient intake > healthcare-administration
Prior authorization | insurance verification, benefits verification > medical-billing
Utilization review | utilization management, case review > healthcare-administration
Case management (healthcare) #case-management | case management, care management > care-planning
Quality improvement (healthcare) #healthcare-quality | patient safety, clinical quality, Joint Commission, quality improvement projects, healthcare quality improvement > healthcare
Clinical research | clinical trials, clinical studies, GCP compliance, good clinical practice > healthcare
Clinical data management | EDC, electronic data capture, Medidata Rave, CDISC > clinical-research
Pharmacovigilance | drug safety, adverse event reporting > clinical-research
Regulatory affairs (life sciences) #regulatory-affairs | FDA submissions, FDA regulations, 510(k), IND submissions > regulatory-compliance
Medical devices | medical device industry, ISO 13485 > healthcare
Pharmacy | pharmaceutical care, dispensing, medication dispensing, compounding > healthcare
Medication therapy management | MTM, medication reconciliation > pharmacy
Physical therapy | physiotherapy, rehabilitation, rehab, therapeutic exercise > healthcare
Occupational therapy | occupational therapist skills > healthcare
Speech-language pathology | speech therapy, SLP > healthcare
Respiratory therapy | respiratory care, oxygen therapy > healthcare
Radiology | diagnostic imaging, medical imaging, X-ray, radiography > healthcare
MRI | magnetic resonance imaging > radiology
CT scanning | CT scans, computed tomography, CAT scan > radiology
Ultrasound | sonography, diagnostic medical sonography > radiology
Laboratory testing | clinical laboratory, lab testing, specimen collection, specimen processing > healthcare
Microbiology | microbial testing, cell culture > life-sciences
Dental care | dentistry, dental hygiene, dental assisting, oral hygiene > healthcare
Optometry | eye exams, vision care > healthcare
Mental health | mental health counseling, behavioral health, psychotherapy > healthcare
Counseling | counselling, therapy sessions, individual therapy, group therapy > mental-health
Cognitive behavioral therapy | CBT, dialectical behavior therapy > counseling
Crisis intervention | de-escalation, crisis counseling > mental-health
Substance abuse counseling | addiction counseling, substance use disorder treatment > counseling
Social work | case work, casework, clinical social work > social-services
Social services | community services, human services, social care
Public health | population health, community health > healthcare
Epidemiology #epidemiology-research | disease surveillance, outbreak investigation > public-health
Health promotion | wellness programs, health coaching > public-health
Nutrition | dietetics, diet planning, meal planning, clinical nutrition > healthcare
Emergency medical services | EMS, prehospital care, paramedic care, EMT skills > healthcare
First aid | first-aid > emergency-medical-services
Surgery | surgical procedures, surgical assisting, surgical skills > healthcare
Anesthesia | anaesthesia, sedation > surgery
Sterile processing | instrument sterilization, autoclave > infection-control
Clinical diagnosis #diagnosis | differential diagnosis > healthcare
Primary care | family medicine, general practice, internal medicine > healthcare
Cardiology | cardiac care, cardiovascular care > healthcare
Dermatology > healthcare
Neurology > healthcare
Orthopedics | orthopaedics, orthopedic care > healthcare
Obstetrics and gynecology | OB/GYN, OBGYN, women's health > healthcare
Psychiatry > mental-health
Pediatrics (medicine) #pediatric-medicine | pediatric medicine, child health > primary-care
Veterinary medicine | veterinary care, animal care, vet tech skills > healthcare
Medical assisting | clinical assisting, rooming patients > patient-care
Personal care | activities of daily living, ADLs, ADL assistance, personal hygiene care > patient-care
Patient transfers | patient lifting, Hoyer lift, safe patient handling > personal-care
Dementia care | Alzheimer's care, memory care > geriatric-care
Diabetes management | diabetes care, diabetes education, insulin administration > patient-care
Blood glucose monitoring | glucose monitoring, fingerstick glucose > diabetes-management
Pain management > patient-care
HIPAA-compliant practice #hipaa-practice | patient confidentiality, PHI handling > hipaa-compliance
Telehealth | telemedicine, virtual care > healthcare
Healthcare policy | health policy, health economics > healthcare
Life sciences | biology, biological sciences
Molecular biology | PCR, qPCR, DNA extraction, gel electrophoresis, molecular cloning > life-sciences
Cell biology | cell culture techniques, tissue culture, flow cytometry > life-sciences
Genomics | next-generation sequencing, NGS, genetics, DNA sequencing > life-sciences
Bioinformatics | computational biology > life-sciences
Biochemistry | protein purification, enzyme assays, ELISA, Western blot > life-sciences
Immunology > life-sciences
Biotechnology | biotech, bioprocessing > life-sciences
Chemistry | analytical chemistry, organic chemistry, wet chemistry
Laboratory techniques | lab techniques, laboratory skills, bench work, wet lab > life-sciences
HPLC | high-performance liquid chromatography, chromatography, GC-MS, LC-MS, mass spectrometry > chemistry
Spectroscopy | NMR, FTIR, UV-Vis > chemistry
Good laboratory practice | GLP, GMP, good manufacturing practice, cGMP > quality-management
Laboratory information management #lims | LIMS > laboratory-techniques
Toxicology > life-sciences
Pharmacology > life-sciences
Physics | applied physics, experimental physics
Environmental science | environmental monitoring, environmental sampling, ecology
Environmental health and safety #ehs | EHS, HSE, environmental health & safety > occupational-safety
Occupational safety | workplace safety, health and safety, safety management, OSHA compliance
""")

SKILLS.append("""
@ education
Teaching | classroom teaching, teaching experience
Lesson planning | lesson plans, unit planning, plan lessons, planning lessons, lesson delivery > teaching
Curriculum development | curriculum design, curriculum planning, curriculum writing > teaching
Classroom management | behavior management, behaviour management > teaching
Differentiated instruction | differentiated learning > teaching
Student assessment | student assessments, formative assessment, summative assessment > teaching
Special education | SPED, special needs education, SEN, inclusive education > teaching
Individualized education programs #iep | IEP, IEPs, IEP development, 504 plans > special-education
Early childhood education | ECE, preschool education, early years education, kindergarten > teaching
Elementary education | primary education, primary teaching > teaching
Secondary education teaching #secondary-teaching | high school teaching, middle school teaching > teaching
Higher education | university teaching, college teaching, lecturing, adjunct teaching > teaching
Adult education | adult learning, andragogy > teaching
English as a second language #esl | ESL, EFL, ESOL, TESOL, TEFL, ELL instruction > teaching
STEM education | =STEM, science education, math education, mathematics education > teaching
Literacy instruction | reading instruction, phonics, guided reading, literacy > teaching
Tutoring | private tutoring, one-on-one tutoring, academic tutoring > teaching
Online teaching | distance learning, remote teaching, virtual teaching, online instruction > teaching
Educational technology | EdTech, ed tech, instructional technology, Google Classroom, =Seesaw > teaching
Student engagement > teaching
Parent communication | parent-teacher conferences, family engagement > teaching
Academic advising | student advising, academic counseling > education-administration
Education administration | school administration, educational leadership, school leadership > teaching
Student affairs | student services, residence life > education-administration
University admissions #admissions | college admissions, enrollment management > education-administration
Standardized testing | test preparation, test prep, SAT prep, state testing > student-assessment
Common Core | Common Core standards, state standards > curriculum-development
Project-based learning | PBL, inquiry-based learning > teaching
Social-emotional learning | SEL > teaching
Montessori | Montessori method > early-childhood-education
Child development | child care, childcare, child psychology > early-childhood-education
Behavior analysis | applied behavior analysis, ABA, ABA therapy > special-education
Coaching (sports) #sports-coaching | athletic coaching, sports coaching > teaching
Academic research | scholarly research, peer review, academic writing, grant proposals > research
Library science | librarianship, cataloging, cataloguing, library services
Museum curation | curation, collections management, exhibitions > library-science
Educational assessment design | test development, psychometrics, rubric design > student-assessment
Mentoring students | student mentoring > mentoring
Safeguarding | child protection, child safeguarding > teaching

@ operations-logistics
Supply chain management #supply-chain | supply chain, SCM, end-to-end supply chain
Logistics | logistics management, logistics operations, 3PL, third-party logistics > supply-chain
Inventory management | inventory planning, inventory optimization, stock management > supply-chain
Warehouse management | warehousing, warehouse operations, distribution center operations > logistics
Warehouse management systems #wms | WMS, Manhattan WMS, SAP EWM, Blue Yonder > warehouse-management
Transportation management | transport management, fleet management, TMS > logistics
Freight | freight forwarding, freight management, shipping, freight logistics > logistics
Import/export | import and export, international trade, international shipping > logistics
Customs compliance | customs clearance, customs brokerage, HTS classification, tariff classification > import-export
Incoterms > import-export
Route planning | route optimization, routing and scheduling, plan routes, planning routes > transportation-management
Dispatching | dispatch operations, fleet dispatch, load planning > transportation-management
Last-mile delivery | last mile, final-mile delivery > logistics
Demand planning | demand forecasting for supply chain, S&OP, sales and operations planning > supply-chain
Supply planning | production planning, master production scheduling, MPS > supply-chain
Materials requirements planning #mrp | MRP, MRP II, material planning > supply-planning
Purchasing operations | purchase orders, PO processing, requisitions > procurement
Supplier relationship management | SRM, supplier development, supplier evaluation > vendor-management
Order fulfillment | order processing, order management, pick and pack, picking and packing > warehouse-management
Shipping and receiving | shipping & receiving > warehouse-management
Forklift operation | forklift, forklift driving, reach truck, pallet jack, order picker > warehouse-management
Material handling | materials handling, loading and unloading > warehouse-management
RF scanning | RF scanners, barcode scanning, handheld scanners > warehouse-management
Cold chain logistics | cold chain, temperature-controlled logistics > logistics
Reverse logistics | returns management, returns processing > logistics
Hazardous materials handling #hazmat | hazmat, dangerous goods, HAZMAT, DOT hazmat > logistics
Fleet maintenance | vehicle maintenance scheduling > transportation-management
Commercial driving | truck driving, CDL driving, long-haul driving, delivery driving > transportation-management
DOT regulations | FMCSA regulations, hours of service, HOS, ELD > commercial-driving
Lean manufacturing | lean production, 5S, Toyota Production System > lean
Manufacturing | manufacturing operations, production operations
Production scheduling > supply-planning
Quality control | QC, quality inspection, quality checks > quality-management
Quality assurance (manufacturing) #manufacturing-qa | supplier quality, incoming inspection > quality-management
Statistical process control | SPC, control charts > quality-control
Failure mode and effects analysis #fmea | FMEA, PFMEA, DFMEA > quality-management
Corrective and preventive action #capa | CAPA, 8D, corrective actions > quality-management
Production line operation | assembly line, line operation, machine operation > manufacturing
Mechanical assembly | assembly, product assembly, component assembly > manufacturing
Packaging operations | packing and shipping, packaging line > manufacturing
Plant management | plant operations, facility operations > manufacturing
Facilities management | facility management, building management > operations-management
Maintenance management | preventive maintenance, planned maintenance, PM schedules, CMMS > facilities-management
Total productive maintenance #tpm | TPM, OEE, overall equipment effectiveness > lean-manufacturing
Industrial engineering | time and motion studies, work measurement, methods engineering > manufacturing
Operations planning | operational planning, capacity management > operations-management
Procurement logistics | expediting, materials coordination > procurement
Customs documentation | bills of lading, commercial invoices, shipping documentation > import-export
Port operations | container terminal operations, stevedoring > logistics
Aviation operations | airline operations, ground handling, ramp operations > logistics
Air cargo | air freight > freight
Ocean freight | sea freight, containerized shipping, container shipping > freight
Rail logistics | rail freight, intermodal > freight
Trucking | truckload, LTL, FTL, less-than-truckload > freight
Supply chain analytics | supply chain analysis, logistics analytics > supply-chain
ERP for supply chain #scm-software | Oracle SCM, SAP SCM, Kinaxis, o9 > supply-chain
Security operations (physical) #physical-security | physical security, loss prevention, security guard > operations-management

@ hospitality
Hospitality | hospitality management, guest services, guest relations
Hotel management | hotel operations, front office management, hotel front desk > hospitality
Food and beverage | F&B, food & beverage service, F&B operations > hospitality
Food service | food preparation, food prep, table service > food-and-beverage
Cooking | culinary arts, culinary skills, chef skills, cuisine > food-service
Baking | pastry, pastry arts, bread making > cooking
Menu planning | menu development, recipe development > cooking
Food safety | food hygiene, HACCP, ServSafe practices, food handling > food-service
Bartending | mixology, cocktails, bar service > food-and-beverage
Barista | coffee preparation, espresso > food-and-beverage
Restaurant management | restaurant operations, kitchen management > food-and-beverage
Catering | banquets, banquet operations > food-and-beverage
Housekeeping | room attendant, janitorial, custodial > hospitality
Travel planning | travel arrangements, travel booking, itinerary planning, travel coordination
Tourism | tour guiding, tour operations, travel industry > hospitality
Reservation systems #reservations | booking systems, Opera PMS, property management systems > hotel-management
Revenue management | yield management > hotel-management
Front desk | reception, receptionist, greeting visitors, front desk operations > administration
Call center | call centre, contact center, contact centre, inbound calls > customer-service
Complaint handling | complaint resolution, handling complaints, service recovery > customer-service
Retail management | store management, retail operations, store operations > retail-sales
Fitness training | personal training, group fitness, exercise instruction, strength training
Beauty services | cosmetology, hairdressing, hair styling, makeup artistry, nail technology
Massage therapy | therapeutic massage, Swedish massage, deep tissue massage
Childcare services | babysitting, nannying > child-development
Cleaning services | commercial cleaning, deep cleaning, sanitation > housekeeping
Pest control | pest management, extermination, fumigation
Landscaping | gardening, lawn care, grounds maintenance, horticulture
Agriculture | farming, crop production, agronomy, farm management
Animal husbandry | livestock management, livestock care, animal handling > agriculture
Forestry | arboriculture, tree care, tree felling > agriculture
Security services | security patrol, access control monitoring, CCTV monitoring > physical-security
Law enforcement | policing, police work, criminal investigation, patrol > physical-security
Firefighting | fire suppression, fire rescue, firefighter skills > emergency-medical-services
Military experience | military service, armed forces, military leadership
Safe driving #driving | driver's licence, driver's license, defensive driving
""")

SKILLS.append("""
@ trades
Electrical work | electrical, electrical installation, electrical installations, electrician work
Residential wiring | house wiring, residential electrical, wiring > electrical-work
Commercial electrical | commercial wiring, commercial electrical installation > electrical-work
Industrial electrical | industrial wiring, industrial electrical maintenance > electrical-work
National Electrical Code #nec | NEC, NFPA 70, electrical code, BS 7671, wiring regulations > electrical-work
Conduit bending | conduit installation, EMT conduit, rigid conduit, conduit runs > electrical-work
Electrical troubleshooting | electrical fault finding, electrical diagnostics > electrical-work
Circuit breakers | breaker panels, electrical panels, panel upgrades, panelboards > electrical-work
Service upgrades | service entrance, electrical service upgrades, meter bases > electrical-work
Motor controls | motor control circuits, VFD, variable frequency drives, motor starters > industrial-electrical
Programmable logic controllers #plc | PLC, PLCs, PLC programming, ladder logic, Allen-Bradley > industrial-automation
Industrial automation | automation systems, SCADA, HMI, DCS, control systems > manufacturing
Low-voltage wiring | low voltage, data cabling, security system wiring > electrical-work
Lighting installation | lighting systems, lighting controls, LED retrofits > electrical-work
Transformer installation | transformers (electrical), switchgear, power distribution > electrical-work
Generator installation | generator maintenance, backup generators, standby generators > electrical-work
Solar installation | solar PV, photovoltaic installation, solar panels, solar energy > renewable-energy
Renewable energy | clean energy, wind energy, wind turbines > energy
Energy sector #energy | energy industry, power generation, utilities industry
Electrical testing | megger testing, insulation resistance testing, multimeter, PAT testing > electrical-work
Blueprint reading | reading blueprints, blueprints, schematics reading, reading schematics > trades
Skilled trades #trades | construction trades
Lockout/tagout #loto | LOTO, lockout tagout, lock-out tag-out > occupational-safety
Fire alarm systems | fire alarms, fire protection systems, fire suppression systems > low-voltage-wiring
EV charger installation | EV chargers, electric vehicle charging > electrical-work
Plumbing | plumbing installation, plumbing repair, plumber skills > trades
Pipefitting | pipe fitting, pipefitter, process piping > plumbing
Pipe threading | threading pipe, pipe cutting > pipefitting
Soldering (pipes) #pipe-soldering | sweating pipes, brazing copper > plumbing
PEX installation | PEX, PVC piping, CPVC, copper piping > plumbing
Drain cleaning | drain clearing, sewer cleaning, hydro jetting, rodding > plumbing
Water heater installation | water heaters, tankless water heaters, boilers > plumbing
Backflow prevention | backflow testing, cross-connection control > plumbing
Gas fitting | gas lines, gas piping, gas appliance installation > plumbing
Fixture installation | plumbing fixtures, fixtures installation > plumbing
Sprinkler fitting | fire sprinklers, sprinkler systems > plumbing
Welding | welder skills, fabrication welding > metal-fabrication
MIG welding | GMAW, gas metal arc welding, MIG > welding
TIG welding | GTAW, gas tungsten arc welding, TIG > welding
Stick welding | SMAW, shielded metal arc welding, arc welding > welding
Flux-cored welding | FCAW, flux core welding > welding
Pipe welding | 6G welding, pipe welds > welding
Structural welding | structural steel welding, AWS D1.1 > welding
Oxy-fuel cutting | torch cutting, oxy-acetylene cutting, plasma cutting > metal-fabrication
Brazing | soldering, silver brazing > welding
Metal fabrication | fabrication, sheet metal fabrication, steel fabrication, metalwork > trades
Sheet metal work | sheet metal, ductwork fabrication > metal-fabrication
Weld inspection | visual weld inspection, NDT, non-destructive testing, ultrasonic testing > welding
Grinding | metal grinding, surface grinding > metal-fabrication
HVAC | heating ventilation and air conditioning, HVAC/R, HVACR, HVAC systems > trades
Refrigeration | commercial refrigeration, refrigeration systems, refrigerant handling > hvac
Air conditioning | AC installation, AC repair, A/C, air conditioning systems > hvac
Heat pumps | heat pump installation > hvac
Furnace installation | furnaces, gas furnaces, heating systems, boiler maintenance > hvac
Ductwork installation | duct installation, ductwork, duct design > hvac
HVAC controls | building automation systems, BAS, BMS, building management systems > hvac
Load calculations | Manual J, heat load calculations > hvac
Brazing (HVAC) #hvac-brazing | brazing refrigerant lines > hvac
Carpentry | carpenter skills, woodworking, joinery > trades
Wood framing #framing | rough framing, metal stud framing, house framing > carpentry
Finish carpentry | trim carpentry, trim work, millwork, molding installation > carpentry
Cabinetry | cabinet making, cabinet installation, cabinetmaking > carpentry
Formwork | concrete forms, form work, shuttering > carpentry
Drywall | drywall installation, drywall finishing, taping and mudding, plastering > construction
Roofing | roof installation, roof repair, shingle roofing > construction
Flooring | floor installation, tile setting, tiling, hardwood flooring, laminate flooring > construction
Painting (trade) #painting | painting and decorating, house painting, spray painting > construction
Masonry | bricklaying, brick laying, stonework, blockwork > construction
Concrete work | concrete finishing, concrete pouring, rebar > construction
Demolition | demolition work, selective demolition > construction
Excavation | earthmoving, grading and excavation, trenching > construction
Heavy equipment operation | heavy machinery, excavator, backhoe, bulldozer, skid steer > construction
Crane operation | crane operator skills, rigging and signaling, overhead cranes > heavy-equipment-operation
Rigging | rigging and lifting, lifting operations, slinging > construction
Scaffold erection #scaffolding | scaffolding erection, scaffolder skills > construction
Insulation installation | insulation, spray foam insulation > construction
Glazing | glass installation, window installation > construction
Siding installation | exterior cladding > construction
Power tools | hand and power tools, hand tools > trades
Measuring and layout | site layout, taking measurements > trades
Millwright work | millwright, machinery installation, industrial mechanics > industrial-maintenance
Industrial maintenance | maintenance technician skills, plant maintenance, equipment maintenance > trades
Mechanical troubleshooting | mechanical repair, mechanical maintenance > industrial-maintenance
Hydraulics | hydraulic systems, hydraulic repair > industrial-maintenance
Pneumatics | pneumatic systems > industrial-maintenance
Machining | CNC machining, CNC, lathe, milling machine, manual machining > manufacturing
CNC programming | G-code, CAM programming, Mastercam > machining
Tool and die making | tool and die, toolmaking > machining
Precision measurement | calipers, micrometers, GD&T, geometric dimensioning and tolerancing > machining
Automotive repair | auto repair, automotive mechanics, vehicle repair, car repair > trades
Automotive diagnostics | vehicle diagnostics, OBD-II, engine diagnostics, scan tools > automotive-repair
Diesel mechanics | diesel engine repair, heavy truck repair, diesel technician skills > automotive-repair
Brake repair | brakes, brake systems > automotive-repair
Auto body repair | collision repair, bodywork, auto body, panel beating > automotive-repair
Small engine repair | outdoor power equipment repair > automotive-repair
Aircraft maintenance | aviation maintenance, airframe and powerplant, A&P mechanics > trades
Appliance repair | appliance installation, appliance service > trades
Locksmithing | lock installation, lock repair > trades
Elevator mechanics | elevator installation, escalator maintenance > trades
Handyman services | general maintenance, property maintenance, building maintenance > trades
Upholstery > trades
Jewelry making | goldsmithing, jewellery making > trades
Printing press operation | offset printing, press operation, digital printing > print-production
Tailoring | garment alterations, sewing > fashion-design
Confined space entry | confined spaces, confined space rescue > occupational-safety
Working at heights | fall protection, fall arrest > occupational-safety
Personal protective equipment #ppe | PPE, PPE compliance > occupational-safety
Job hazard analysis | JHA, job safety analysis, JSA, risk assessments (safety) > occupational-safety
""")

SKILLS.append("""
@ engineering
Engineering | engineering design, engineering principles
Mechanical engineering | mechanical design, machine design > engineering
Electrical engineering | electrical design, power engineering, electrical systems design > engineering
Civil engineering | civil design, infrastructure engineering > engineering
Structural engineering | structural analysis, structural design > civil-engineering
Geotechnical engineering | soil mechanics, foundation design > civil-engineering
Transportation engineering | traffic engineering, highway design > civil-engineering
Water resources engineering | hydrology, hydraulics engineering, stormwater management > civil-engineering
Environmental engineering | wastewater treatment, water treatment > engineering
Chemical engineering | process engineering, chemical process design > engineering
Process safety | HAZOP, process safety management, PSM > chemical-engineering
Aerospace engineering | aeronautical engineering, aircraft design, avionics > engineering
Automotive engineering | vehicle engineering, powertrain > mechanical-engineering
Biomedical engineering | medical device design, bioengineering > engineering
Systems engineering #systems-engineering | MBSE, SysML, systems engineering lifecycle > engineering
Manufacturing engineering | production engineering, process development > engineering
Materials science | materials engineering, metallurgy, composite materials > engineering
Petroleum engineering | reservoir engineering, drilling engineering > engineering
Mining engineering | mine planning > engineering
Nuclear engineering > engineering
Marine engineering | naval architecture, shipbuilding > engineering
Power systems | power systems analysis, protection and control, substations, power grid > electrical-engineering
Control engineering | control systems engineering, control theory, PID control > engineering
Mechatronics > engineering
Thermodynamics | heat transfer, fluid mechanics, fluid dynamics > mechanical-engineering
Finite element analysis | FEA, ANSYS, Abaqus, structural simulation > mechanical-engineering
Computational fluid dynamics #cfd | CFD, ANSYS Fluent, OpenFOAM > mechanical-engineering
Computer-aided design #cad | CAD, CAD design, CAD drafting > engineering
AutoCAD | AutoCAD Civil 3D, Civil 3D, AutoCAD Electrical > cad
SolidWorks | SOLIDWORKS > cad
CATIA > cad
Autodesk Inventor | =Inventor > cad
=Creo | PTC Creo, Pro/ENGINEER > cad
Siemens NX | NX CAD, Unigraphics > cad
Fusion 360 | Autodesk Fusion 360 > cad
MicroStation | Bentley MicroStation > cad
Revit | Autodesk Revit, Revit MEP > bim
Building information modeling #bim | BIM, building information modelling, Navisworks > architecture
SketchUp > 3d-modeling
Rhino 3D | =Rhino, =Rhinoceros, =Grasshopper > 3d-modeling
Technical drawing | engineering drawings, technical drawings, drafting standards > cad
MATLAB Simulink | Simulink > matlab
LabVIEW > test-engineering
Test engineering | test and measurement, hardware testing, validation testing > engineering
Reliability engineering | reliability analysis, RAMS, Weibull analysis > engineering
Product development | new product development, NPD, product lifecycle > engineering
Product lifecycle management #plm | PLM, Teamcenter, =Windchill > product-development
Design for manufacturing #dfm | DFM, DFMA, design for assembly > manufacturing-engineering
Tolerance analysis | tolerance stack-up, tolerance stackups > precision-measurement
Prototyping (hardware) #hardware-prototyping | hardware prototyping, 3D printing, additive manufacturing > product-development
Injection molding | injection moulding, plastics processing, mold design > manufacturing-engineering
Surveying | land surveying, topographic surveys, GPS surveying, total station > civil-engineering
Cost estimating #estimating | construction estimating, quantity takeoff, quantity surveying > construction-management
Architecture | architectural design, building design, architect skills
Urban planning | town planning, city planning, land use planning, zoning > architecture
Landscape architecture | landscape design, site planning > architecture
Construction | construction industry, building construction, general construction
Construction management | construction project management, site management, construction supervision > construction
Project scheduling | Primavera P6, P6, critical path method, CPM scheduling > project-management
Site supervision | site supervisor skills, foreman, crew supervision > construction-management
Building codes | building regulations, code compliance, IBC, international building code > construction
Construction safety | site safety, construction site safety > occupational-safety
Submittals | RFIs, submittal review, shop drawings > construction-management
Procore | Buildertrend, PlanGrid > construction-management
Building inspection | home inspection, construction inspection, code inspection > building-codes
MEP | mechanical electrical plumbing, MEP coordination, MEP design > construction
Commissioning | building commissioning, systems commissioning > construction
Field service management | field service, field service operations, field technician skills > operations-management
Energy efficiency | energy audits, energy management, energy auditing > energy
Oil and gas operations #oil-and-gas | oil and gas, drilling operations, well operations > energy
Water treatment operations | water operator skills, wastewater operations > environmental-engineering
Geology | geological mapping, geoscience, geophysics > physics
Meteorology | weather forecasting, climatology, climate science > physics
Astronomy | astrophysics > physics
Semiconductors | semiconductor manufacturing, wafer fabrication, cleanroom, photolithography > electronics
RF engineering | radio frequency engineering, antenna design, microwave engineering > electrical-engineering
Optical engineering #optics | photonics, lasers > physics
Acoustics | acoustic engineering, noise control, vibration analysis > physics
Calibration | instrument calibration, metrology, gauge calibration > quality-control
Instrumentation | instrumentation and control, I&C, process instrumentation > control-engineering
Robotics engineering | industrial robots, robot programming (industrial), FANUC, KUKA, ABB robots > industrial-automation
Drone operation | UAV, drones, UAS, drone piloting, unmanned aircraft > aerospace-engineering
Aviation | flight operations, commercial aviation, airline pilot skills
Air traffic control | ATC > aviation
Maritime operations | seamanship, ship handling, deck operations, navigation at sea > logistics

@ media
Media production | broadcast production, TV production, television production
Broadcasting | radio broadcasting, broadcast journalism, on-air presenting > media-production
Film production | filmmaking, cinematography > media-production
Film directing #directing | film direction, stage direction > film-production
Stage acting #acting | screen acting, acting roles > performing-arts
Performing arts | =Theatre, =Theater, theatre arts
Music | musicianship, music performance, instrumental music
Music production | beat making, music composition, composing, songwriting > music
Music education | music teaching, choir directing, band directing > music
Dance | choreography, dance instruction > performing-arts
Fine arts | painting (art), sculpture, printmaking, studio art
Art history > fine-arts
Creative direction (media) #creative-production | content production, creative production > media-production
Editorial management | editorial planning, editorial calendar, managing editor skills > editing
Publishing | book publishing, academic publishing, digital publishing
Social media content creation | content creator skills, TikTok content, Instagram content > content-marketing
Live streaming | streaming production, OBS, livestreaming > media-production
Voice-over | voice acting, voiceover, narration > acting
Stage management | theatre production, production management (theatre) > performing-arts
Lighting design | stage lighting, lighting technician skills > stage-management
Sound engineering (live) #live-sound | live sound, front of house, FOH, sound reinforcement > audio-production
Camera operation | camera operator skills, steadicam, ENG camera > video-production
Photojournalism > photography
Speechwriting | speech writing > communication
Ghostwriting > content-writing
Grant writing #grant-writing | grant applications, grant proposals writing > fundraising
Technical illustration > illustration
Cartography | map making > geospatial-analysis
""")

# ---------------------------------------------------------------------------- certifications

CERTIFICATIONS.append("""
@ project-management
Project Management Professional #pmp | PMP, PMP certification, PMP certified | PMI > project-management
Certified Associate in Project Management #capm | CAPM | PMI > project-management
PMI Agile Certified Practitioner #pmi-acp | PMI-ACP | PMI > agile
Program Management Professional #pgmp | PgMP | PMI > program-management
PMI Risk Management Professional #pmi-rmp | PMI-RMP | PMI > risk-management
PMI Scheduling Professional #pmi-sp | PMI-SP | PMI > project-scheduling
PRINCE2 Foundation #prince2-foundation | PRINCE2, PRINCE 2, PRINCE2 certified | PeopleCert > prince2-method
PRINCE2 Practitioner #prince2-practitioner | | PeopleCert > prince2-method
Certified ScrumMaster #csm | CSM, Certified Scrum Master, ScrumMaster | Scrum Alliance > scrum
Certified Scrum Product Owner #cspo | CSPO | Scrum Alliance > scrum
Advanced Certified ScrumMaster #a-csm | A-CSM | Scrum Alliance > scrum
Professional Scrum Master I #psm-i | PSM I, PSM 1, PSM, Professional Scrum Master | Scrum.org > scrum
Professional Scrum Master II #psm-ii | PSM II, PSM 2 | Scrum.org > scrum
Professional Scrum Product Owner #pspo | PSPO, PSPO I | Scrum.org > scrum
SAFe Agilist #safe-agilist | Leading SAFe, SAFe 6 Agilist | Scaled Agile > scaled-agile
SAFe Scrum Master #safe-sm | SSM | Scaled Agile > scaled-agile
ICAgile Certified Professional #icp | ICP, ICAgile | ICAgile > agile
Certified Kanban Practitioner #kmp | Kanban Management Professional, KMP | Kanban University > kanban
Six Sigma Green Belt #six-sigma-green-belt | Lean Six Sigma Green Belt, LSSGB, Green Belt, CSSGB | ASQ > six-sigma
Six Sigma Black Belt #six-sigma-black-belt | Lean Six Sigma Black Belt, LSSBB, Black Belt, CSSBB | ASQ > six-sigma
Six Sigma Yellow Belt #six-sigma-yellow-belt | Lean Six Sigma Yellow Belt, Yellow Belt | ASQ > six-sigma
Master Black Belt #six-sigma-master-black-belt | MBB, Lean Six Sigma Master Black Belt | ASQ > six-sigma
Certified Quality Engineer #cqe | CQE | ASQ > quality-management
Certified Quality Auditor #cqa | CQA | ASQ > quality-management
Certified Manager of Quality/Organizational Excellence #cmq-oe | CMQ/OE | ASQ > quality-management
ITIL 4 Foundation #itil-4-foundation | ITIL Foundation, ITIL v4, ITIL 4, ITIL, ITIL v3, ITIL certified | PeopleCert > it-service-management
ITIL 4 Managing Professional #itil-4-mp | ITIL MP, ITIL Expert | PeopleCert > it-service-management
TOGAF 9 Certified #togaf | TOGAF, TOGAF 10, TOGAF certification | The Open Group > software-architecture
Certified Business Analysis Professional #cbap | CBAP | IIBA > business-analysis
Certification of Capability in Business Analysis #ccba | CCBA | IIBA > business-analysis
Entry Certificate in Business Analysis #ecba | ECBA | IIBA > business-analysis
PMI Professional in Business Analysis #pmi-pba | PMI-PBA | PMI > business-analysis
COBIT 2019 Foundation #cobit | COBIT, COBIT 5 | ISACA > grc
Certified Change Management Professional #ccmp | CCMP | ACMP > change-management
Prosci Change Management Certification #prosci | Prosci, Prosci certified | Prosci > change-management

@ finance-accounting
Certified Public Accountant #cpa | CPA, C.P.A., licensed CPA | AICPA / state boards of accountancy > accounting
Chartered Accountant #ca | ACA, FCA, ICAEW Chartered Accountant | ICAEW / ICAI / CPA Canada > accounting
Chartered Professional Accountant #cpa-canada | CPA Canada | CPA Canada > accounting
Certified Management Accountant #cma | CMA | IMA > management-accounting
Chartered Financial Analyst #cfa | CFA, CFA charterholder, CFA Level I, CFA Level II, CFA Level III | CFA Institute > investment-analysis
ACCA #acca | ACCA qualified, Association of Chartered Certified Accountants, FCCA | ACCA > accounting
CIMA #cima | Chartered Institute of Management Accountants, CGMA | CIMA > management-accounting
Certified Internal Auditor #cia | CIA | IIA > internal-audit
Certified Fraud Examiner #cfe | CFE | ACFE > forensic-accounting
Enrolled Agent #ea | | IRS > tax
Certified Financial Planner #cfp | CFP, CFP professional | CFP Board > wealth-management
Chartered Financial Consultant #chfc | ChFC | The American College > wealth-management
Financial Risk Manager #frm | FRM | GARP > financial-risk-management
Professional Risk Manager #prm | PRM | PRMIA > financial-risk-management
Chartered Alternative Investment Analyst #caia | CAIA | CAIA Association > investment-analysis
Certified Treasury Professional #ctp | CTP | AFP > treasury-management
Certified Government Financial Manager #cgfm | CGFM | AGA > accounting
Certified Bookkeeper #cb | AIPB Certified Bookkeeper | AIPB > bookkeeping
Certified Payroll Professional #cpp | | PayrollOrg > payroll
Fundamental Payroll Certification #fpc | FPC | PayrollOrg > payroll
Series 7 #series-7 | Series 7 license, General Securities Representative | FINRA > trading
Series 63 #series-63 | Series 63 license | NASAA > trading
Series 65 #series-65 | Series 65 license | NASAA > wealth-management
Series 66 #series-66 | Series 66 license | NASAA > wealth-management
Series 79 #series-79 | Series 79 license | FINRA > investment-banking
Series 24 #series-24 | Series 24 license | FINRA > trading
Securities Industry Essentials #sie | SIE exam | FINRA > trading
Certified Anti-Money Laundering Specialist #cams | CAMS | ACAMS > anti-money-laundering
Chartered Life Underwriter #clu | CLU | The American College > insurance
Chartered Property Casualty Underwriter #cpcu | CPCU | The Institutes > insurance
Life and Health Insurance License #life-health-license | life and health license, life insurance license | state insurance departments > insurance-sales
Property and Casualty License #pc-license | P&C license, property and casualty insurance license | state insurance departments > insurance-sales
Fellow of the Society of Actuaries #fsa | |  Society of Actuaries > actuarial-science
QuickBooks Certified ProAdvisor #quickbooks-proadvisor | QuickBooks ProAdvisor, ProAdvisor | Intuit > quickbooks
Xero Advisor Certification #xero-certified | Xero certified | Xero > xero
Certified Information Technology Professional #citp | CITP | AICPA > accounting
Real Estate License #real-estate-license | real estate salesperson license, licensed realtor, real estate agent license | state real estate commissions > real-estate
Certified Commercial Investment Member #ccim | CCIM | CCIM Institute > commercial-real-estate
Certified Purchasing Manager #cpsm | CPSM, CPM (purchasing) | ISM > procurement
CIPS #cips | MCIPS, Chartered Institute of Procurement & Supply | CIPS > procurement
Certified Supply Chain Professional #cscp | CSCP | ASCM (APICS) > supply-chain
Certified in Planning and Inventory Management #cpim | CPIM | ASCM (APICS) > inventory-management
Certified in Logistics, Transportation and Distribution #cltd | CLTD | ASCM (APICS) > logistics

@ security
Certified Information Systems Security Professional #cissp | CISSP | ISC2 > information-security
Certified Information Security Manager #cism | CISM | ISACA > information-security
Certified Information Systems Auditor #cisa | CISA | ISACA > internal-audit
Certified in Risk and Information Systems Control #crisc | CRISC | ISACA > grc
Certified Cloud Security Professional #ccsp | CCSP | ISC2 > cloud-security
Systems Security Certified Practitioner #sscp | SSCP | ISC2 > information-security
Certified in Cybersecurity #isc2-cc | ISC2 CC | ISC2 > information-security
CompTIA Security+ #security-plus | Security+, Security Plus, Sec+ | CompTIA > information-security
CompTIA CySA+ #cysa-plus | CySA+, Cybersecurity Analyst+ | CompTIA > security-operations
CompTIA PenTest+ #pentest-plus | PenTest+ | CompTIA > penetration-testing
CompTIA CASP+ #casp-plus | CASP+, SecurityX | CompTIA > information-security
Offensive Security Certified Professional #oscp | OSCP | OffSec > penetration-testing
Offensive Security Certified Expert #osce | OSCE, OSCE3 | OffSec > penetration-testing
Offensive Security Web Expert #oswe | OSWE | OffSec > application-security
Certified Ethical Hacker #ceh | CEH, C|EH | EC-Council > penetration-testing
Computer Hacking Forensic Investigator #chfi | CHFI | EC-Council > digital-forensics
GIAC Security Essentials #gsec | GSEC | GIAC > information-security
GIAC Certified Incident Handler #gcih | GCIH | GIAC > incident-response
GIAC Penetration Tester #gpen | GPEN | GIAC > penetration-testing
GIAC Certified Forensic Analyst #gcfa | GCFA | GIAC > digital-forensics
Certified Information Privacy Professional #cipp | CIPP, CIPP/E, CIPP/US | IAPP > privacy-law
Certified Information Privacy Manager #cipm | CIPM | IAPP > privacy-law
Certified Information Privacy Technologist #cipt | CIPT | IAPP > privacy-law
ISO 27001 Lead Auditor #iso-27001-lead-auditor | ISO 27001 LA | PECB / BSI > iso-27001
ISO 27001 Lead Implementer #iso-27001-lead-implementer | | PECB / BSI > iso-27001
Certified Protection Professional #cpp-security | CPP (ASIS) | ASIS International > physical-security
Security Clearance #security-clearance | Secret clearance, Top Secret clearance, TS/SCI, security clearance (active) | governments > information-security

@ it-networking
CompTIA A+ #comptia-a-plus | A+, A+ certified, A+ certification | CompTIA > it-support
CompTIA Network+ #network-plus | Network+, Net+ | CompTIA > networking
CompTIA Linux+ #linux-plus | Linux+ | CompTIA > linux
CompTIA Server+ #server-plus | Server+ | CompTIA > system-administration
CompTIA Cloud+ #cloud-plus | Cloud+ | CompTIA > cloud-computing
CompTIA Data+ #data-plus | Data+ | CompTIA > data-analysis
CompTIA Project+ #project-plus | Project+ | CompTIA > project-management
CompTIA ITF+ #itf-plus | ITF+, IT Fundamentals | CompTIA > it-support
Cisco Certified Network Associate #ccna | CCNA, CCNA Routing and Switching | Cisco > networking
Cisco Certified Network Professional #ccnp | CCNP, CCNP Enterprise, CCNP Security | Cisco > networking
Cisco Certified Internetwork Expert #ccie | CCIE | Cisco > networking
Cisco Certified Technician #ccent | CCENT, CCT | Cisco > networking
CyberOps Associate #cisco-cyberops | Cisco CyberOps, CCNA CyberOps | Cisco > security-operations
Juniper JNCIA #jncia | JNCIA, JNCIA-Junos, JNCIP, JNCIE | Juniper Networks > juniper-networks
Palo Alto PCNSE #pcnse | PCNSE, PCNSA | Palo Alto Networks > palo-alto-networks
Fortinet NSE #fortinet-nse | NSE 4, NSE 7, Fortinet NSE | Fortinet > fortinet
Red Hat Certified System Administrator #rhcsa | RHCSA | Red Hat > red-hat-enterprise-linux
Red Hat Certified Engineer #rhce | RHCE | Red Hat > red-hat-enterprise-linux
Red Hat Certified Architect #rhca | RHCA | Red Hat > red-hat-enterprise-linux
Linux Foundation Certified SysAdmin #lfcs | LFCS | Linux Foundation > linux
LPIC-1 #lpic-1 | LPIC, LPIC-2, LPI Linux Essentials | LPI > linux
Microsoft 365 Certified: Modern Desktop Administrator #md-102 | MD-102, MD-100 | Microsoft > microsoft-intune
Microsoft 365 Certified: Enterprise Administrator Expert #ms-102 | MS-102 | Microsoft > microsoft-365-administration
Microsoft Certified Solutions Expert #mcse | MCSE, MCSA, MCP, MCITP | Microsoft > windows-server
VMware Certified Professional #vcp | VCP, VCP-DCV, VCAP, VCDX | VMware > vmware
Citrix Certified Associate #cca-v | CCA-V, CCP-V | Citrix > citrix
ServiceNow Certified System Administrator #servicenow-csa | ServiceNow CSA | ServiceNow > servicenow
ServiceNow Certified Implementation Specialist #servicenow-cis | ServiceNow CIS | ServiceNow > servicenow
Certified Wireless Network Administrator #cwna | CWNA, CWNP | CWNP > wireless-networking
BICSI Registered Communications Distribution Designer #rcdd | RCDD, BICSI | BICSI > structured-cabling
HDI Support Center Analyst #hdi-sca | HDI, HDI-SCA | HDI > it-support
Google IT Support Professional Certificate #google-it-support | Google IT Support Certificate | Google > it-support
Certified Data Centre Professional #cdcp | CDCP | EPI > data-center-operations
Apple Certified Support Professional #acsp | ACSP, Apple Certified Mac Technician, ACMT | Apple > macos
Jamf Certified Tech #jamf-certified | Jamf 200, Jamf 300, CCT (Jamf) | Jamf > jamf

@ cloud-devops
AWS Certified Cloud Practitioner #aws-cloud-practitioner | AWS Cloud Practitioner, CLF-C02, AWS CCP | Amazon Web Services > aws
AWS Certified Solutions Architect – Associate #aws-saa | AWS Solutions Architect Associate, AWS SAA, SAA-C03, AWS Certified Solutions Architect, AWS Solutions Architect | Amazon Web Services > aws
AWS Certified Solutions Architect – Professional #aws-sap | AWS Solutions Architect Professional, AWS SAP, SAP-C02 | Amazon Web Services > aws
AWS Certified Developer – Associate #aws-developer | AWS Certified Developer, AWS Developer Associate, DVA-C02 | Amazon Web Services > aws
AWS Certified SysOps Administrator – Associate #aws-sysops | AWS SysOps Administrator, AWS SysOps, SOA-C02 | Amazon Web Services > aws
AWS Certified DevOps Engineer – Professional #aws-devops | AWS DevOps Engineer Professional, AWS DevOps Professional, DOP-C02 | Amazon Web Services > devops
AWS Certified Security – Specialty #aws-security | AWS Security Specialty | Amazon Web Services > cloud-security
AWS Certified Data Engineer – Associate #aws-data-engineer | AWS Data Engineer Associate, AWS Data Analytics Specialty | Amazon Web Services > data-engineering
AWS Certified Machine Learning – Specialty #aws-ml | AWS Machine Learning Specialty, AWS ML Specialty | Amazon Web Services > machine-learning
AWS Certified Advanced Networking – Specialty #aws-networking | AWS Advanced Networking | Amazon Web Services > networking
Microsoft Certified: Azure Fundamentals #az-900 | AZ-900, Azure Fundamentals | Microsoft > azure
Microsoft Certified: Azure Administrator Associate #az-104 | AZ-104, Azure Administrator, Azure Administrator Associate | Microsoft > azure
Microsoft Certified: Azure Developer Associate #az-204 | AZ-204, Azure Developer Associate | Microsoft > azure
Microsoft Certified: Azure Solutions Architect Expert #az-305 | AZ-305, AZ-303, Azure Solutions Architect | Microsoft > cloud-architecture
Microsoft Certified: DevOps Engineer Expert #az-400 | AZ-400, Azure DevOps Engineer | Microsoft > azure-devops
Microsoft Certified: Azure Security Engineer Associate #az-500 | AZ-500, Azure Security Engineer | Microsoft > cloud-security
Microsoft Certified: Azure Data Engineer Associate #dp-203 | DP-203, Azure Data Engineer | Microsoft > data-engineering
Microsoft Certified: Azure Data Scientist Associate #dp-100 | DP-100, Azure Data Scientist | Microsoft > machine-learning
Microsoft Certified: Azure AI Engineer Associate #ai-102 | AI-102, Azure AI Engineer, AI-900 | Microsoft > ai
Microsoft Certified: Power BI Data Analyst Associate #pl-300 | PL-300, DA-100, Power BI Data Analyst | Microsoft > power-bi
Microsoft Certified: Azure Database Administrator #dp-300 | DP-300 | Microsoft > sql-server
Microsoft Certified: Power Platform Fundamentals #pl-900 | PL-900 | Microsoft > low-code
Microsoft Office Specialist #mos | MOS Excel, Microsoft Office Specialist Expert | Microsoft > microsoft-office
Google Cloud Professional Cloud Architect #gcp-pca | Professional Cloud Architect, GCP Professional Cloud Architect, Google Cloud Architect | Google Cloud > gcp
Google Cloud Associate Cloud Engineer #gcp-ace | Associate Cloud Engineer, GCP ACE | Google Cloud > gcp
Google Cloud Professional Data Engineer #gcp-pde | Professional Data Engineer, GCP Data Engineer | Google Cloud > data-engineering
Google Cloud Professional Cloud DevOps Engineer #gcp-devops | Professional Cloud DevOps Engineer | Google Cloud > devops
Google Cloud Professional Machine Learning Engineer #gcp-mle | Professional Machine Learning Engineer | Google Cloud > machine-learning
Google Cloud Professional Cloud Security Engineer #gcp-security | Professional Cloud Security Engineer | Google Cloud > cloud-security
Google Cloud Digital Leader #gcp-cdl | Cloud Digital Leader | Google Cloud > gcp
Certified Kubernetes Administrator #cka | CKA | CNCF / Linux Foundation > kubernetes
Certified Kubernetes Application Developer #ckad | CKAD | CNCF / Linux Foundation > kubernetes
Certified Kubernetes Security Specialist #cks | CKS | CNCF / Linux Foundation > kubernetes
Kubernetes and Cloud Native Associate #kcna | KCNA | CNCF / Linux Foundation > kubernetes
HashiCorp Certified: Terraform Associate #terraform-associate | Terraform Associate, Terraform certified | HashiCorp > terraform
HashiCorp Certified: Vault Associate #vault-associate | Vault Associate | HashiCorp > hashicorp-vault
Docker Certified Associate #dca | DCA, Docker certified | Docker (Mirantis) > docker
Red Hat Certified Specialist in OpenShift #openshift-specialist | EX280 | Red Hat > openshift
Oracle Cloud Infrastructure Architect #oci-architect | OCI Architect Associate, OCI Foundations | Oracle > oracle-cloud
Databricks Certified Data Engineer #databricks-de | Databricks Data Engineer Associate, Databricks certified | Databricks > databricks
Snowflake SnowPro Core #snowpro | SnowPro, SnowPro Core, SnowPro Advanced | Snowflake > snowflake
Confluent Certified Developer for Apache Kafka #ccdak | CCDAK | Confluent > kafka
MongoDB Certified Developer #mongodb-certified | MongoDB Associate Developer, MongoDB Certified DBA | MongoDB > mongodb
GitHub Actions Certification #github-actions-cert | GitHub Foundations, GitHub Certified | GitHub > github-actions
TensorFlow Developer Certificate #tensorflow-certificate | TensorFlow Developer | Google > tensorflow
Google Data Analytics Professional Certificate #google-data-analytics | Google Data Analytics Certificate | Google > data-analysis
Tableau Desktop Specialist #tableau-certified | Tableau Certified Data Analyst, Tableau Desktop Certified Associate | Tableau (Salesforce) > tableau
SAS Certified Specialist #sas-certified | SAS Certified, SAS Base Programmer | SAS Institute > sas
Cloudera Certified #cloudera | CCA Spark and Hadoop Developer, CCDH | Cloudera > hadoop

@ software-vendor
Oracle Certified Professional Java SE #ocp-java | OCP Java, OCPJP, Oracle Certified Java Programmer, OCA Java, Java SE 17 Developer, SCJP | Oracle > java
Oracle Certified Professional Database Administrator #oracle-dba | Oracle OCP DBA, Oracle DBA certified, OCA DBA | Oracle > oracle-database
Microsoft Certified Solutions Developer #mcsd | MCSD | Microsoft > dotnet
Salesforce Certified Administrator #salesforce-admin | Salesforce Administrator, Salesforce Admin, Salesforce Certified Admin | Salesforce > salesforce-administration
Salesforce Certified Advanced Administrator #salesforce-advanced-admin | Salesforce Advanced Administrator | Salesforce > salesforce-administration
Salesforce Certified Platform Developer I #salesforce-pd1 | Platform Developer I, PD1, Salesforce Platform Developer | Salesforce > salesforce-development
Salesforce Certified Platform Developer II #salesforce-pd2 | Platform Developer II, PD2 | Salesforce > salesforce-development
Salesforce Certified Sales Cloud Consultant #salesforce-sales-cloud | Sales Cloud Consultant | Salesforce > salesforce
Salesforce Certified Service Cloud Consultant #salesforce-service-cloud | Service Cloud Consultant | Salesforce > salesforce
Salesforce Certified Marketing Cloud Email Specialist #sfmc-email | Marketing Cloud Email Specialist | Salesforce > salesforce-marketing-cloud
Salesforce Certified Technical Architect #salesforce-cta | Salesforce CTA | Salesforce > salesforce
SAP Certified Application Associate #sap-certified | SAP certified, SAP Certified Associate, SAP FICO certification | SAP > sap
Workday Certified #workday-certified | Workday HCM certified, Workday Pro | Workday > workday
Microsoft Dynamics 365 Certified #dynamics-certified | MB-300, MB-800, MB-910 | Microsoft > microsoft-dynamics-365
Google Analytics Certification #google-analytics-cert | Google Analytics Individual Qualification, GAIQ, Google Analytics certified, GA4 certification | Google > web-analytics
Google Ads Certification #google-ads-cert | Google Ads certified, Google Ads Search Certification, AdWords certified | Google > google-ads
Google Digital Marketing & E-commerce Certificate #google-digital-marketing | Google Digital Marketing Certificate | Google > digital-marketing
HubSpot Inbound Marketing Certification #hubspot-inbound | HubSpot Inbound, HubSpot Inbound Certification | HubSpot Academy > content-marketing
HubSpot Content Marketing Certification #hubspot-content | HubSpot Content Marketing | HubSpot Academy > content-marketing
HubSpot Email Marketing Certification #hubspot-email | HubSpot Email Marketing | HubSpot Academy > email-marketing
HubSpot Marketing Software Certification #hubspot-marketing-software | HubSpot certified, HubSpot Marketing Hub certification | HubSpot Academy > hubspot
HubSpot Sales Software Certification #hubspot-sales | HubSpot Sales certification, HubSpot Inbound Sales | HubSpot Academy > sales
Meta Certified Digital Marketing Associate #meta-certified | Meta Blueprint, Facebook Blueprint, Meta Certified Media Buying Professional | Meta > paid-social
Hootsuite Social Marketing Certification #hootsuite-certified | Hootsuite certified | Hootsuite > social-media-marketing
Semrush SEO Certification #semrush-cert | Semrush certified | Semrush > seo
Marketo Certified Expert #marketo-certified | Marketo certified | Adobe > marketo
Adobe Certified Professional #adobe-certified | Adobe Certified Expert, ACE (Adobe), Adobe Certified Associate | Adobe > adobe-creative-suite
Certified Usability Analyst #cua | CUA | Human Factors International > usability-testing
Nielsen Norman Group UX Certification #nngroup-ux | NN/g UX Certification, UXC | Nielsen Norman Group > ux-design
Google UX Design Professional Certificate #google-ux | Google UX Design Certificate | Google > ux-design
Unity Certified Developer #unity-certified | Unity Certified Programmer, Unity Certified Associate | Unity > unity
Autodesk Certified Professional #autodesk-certified | AutoCAD Certified Professional, Revit Certified Professional, Autodesk Certified User | Autodesk > autocad
Certified SolidWorks Professional #cswp | CSWP, CSWA, CSWE | Dassault Systèmes > solidworks
ISTQB Certified Tester Foundation Level #istqb-ctfl | ISTQB, ISTQB Foundation, CTFL, ISTQB certified | ISTQB > software-testing
ISTQB Advanced Level Test Manager #istqb-advanced | CTAL, ISTQB Advanced, CTAL-TM, CTAL-TA | ISTQB > software-testing
Certified Software Quality Engineer #csqe | CSQE | ASQ > qa
UiPath Certified Developer #uipath-certified | UiPath Certified RPA Associate, UiARD, UiRPA | UiPath > uipath
Atlassian Certified Jira Administrator #acp-jira | ACP-100, ACP-120, Jira Administrator certification | Atlassian > jira
Certified Blockchain Developer #blockchain-certified | Certified Ethereum Developer | Blockchain Council > blockchain
Apple Certified iOS Developer #apple-app-dev | App Development with Swift Certified User | Apple > ios-development
Associate Android Developer #aad | Google Associate Android Developer | Google > android-development
Zend Certified PHP Engineer #zend-php | ZCE, Zend certified | Zend > php
Python Institute PCEP/PCAP #pcap | PCAP, PCEP, PCPP, Certified Associate in Python Programming | Python Institute > python
""")

CERTIFICATIONS.append("""
@ healthcare
Registered Nurse #rn | RN, R.N., registered nurse licence, registered nurse license, RN license | state boards of nursing (NCLEX-RN) > nursing
Licensed Practical Nurse #lpn | LPN, LVN, licensed vocational nurse, L.P.N. | state boards of nursing (NCLEX-PN) > nursing
Nurse Practitioner #np | NP, APRN, FNP, FNP-BC, family nurse practitioner, AGNP, PMHNP | AANP / ANCC > nursing
Clinical Nurse Specialist #cns | CNS (nursing) | ANCC > nursing
Certified Registered Nurse Anesthetist #crna | CRNA | NBCRNA > anesthesia
Certified Nursing Assistant #cna | CNA, nursing assistant certification, STNA | state nurse aide registries > personal-care
Basic Life Support #bls | BLS, BLS certified, BLS for Healthcare Providers | American Heart Association > first-aid
Advanced Cardiovascular Life Support #acls | ACLS, ACLS certified | American Heart Association > cardiac-life-support
Pediatric Advanced Life Support #pals | PALS, PALS certified | American Heart Association > pediatric-nursing
Neonatal Resuscitation Program #nrp | NRP | American Academy of Pediatrics > neonatal-nursing
CPR certification #cpr | CPR, CPR certified, CPR/AED, CPR and First Aid | American Heart Association / Red Cross > first-aid
First Aid certification #first-aid-cert | First Aid certified, first aid certificate | Red Cross / St John Ambulance > first-aid
Trauma Nursing Core Course #tncc | TNCC | ENA > emergency-nursing
Critical Care Registered Nurse #ccrn | CCRN | AACN > critical-care
Certified Emergency Nurse #cen | CEN | BCEN > emergency-nursing
Oncology Certified Nurse #ocn | OCN | ONCC > oncology-nursing
Certified Medical-Surgical Registered Nurse #cmsrn | CMSRN, Med-Surg certification | MSNCB > medical-surgical-nursing
Certified Pediatric Nurse #cpn | CPN | PNCB > pediatric-nursing
Wound Care Certified #wcc | WCC, CWCN, WOCN | NAWCO / WOCNCB > wound-care
Nursing Informatics Certification #rn-bc-informatics | RN-BC, Informatics Nursing Certification | ANCC > health-informatics
Emergency Medical Technician #emt | EMT, EMT-B, EMT-Basic, NREMT | NREMT > emergency-medical-services
Paramedic #paramedic | NRP (paramedic), EMT-P, Nationally Registered Paramedic, licensed paramedic | NREMT > emergency-medical-services
Certified Medical Assistant #cma-aama | CMA (AAMA), RMA, registered medical assistant, CCMA | AAMA / AMT / NHA > medical-assisting
Certified Phlebotomy Technician #cpt-phlebotomy | phlebotomy certification, PBT, CPT (phlebotomy) | NHA / ASCP > phlebotomy
Certified Pharmacy Technician #cpht | CPhT, PTCB, pharmacy technician certification | PTCB > pharmacy
Registered Pharmacist #pharmacist-license | licensed pharmacist, RPh | state boards of pharmacy > pharmacy
Certified Professional Coder #cpc | CPC, CPC-A, AAPC certified | AAPC > medical-coding
Certified Coding Specialist #ccs | CCS, CCA (coding) | AHIMA > medical-coding
Registered Health Information Administrator #rhia | RHIA, RHIT | AHIMA > health-information-management
Certified Professional in Healthcare Quality #cphq | CPHQ | NAHQ > healthcare-quality
Certified Clinical Research Coordinator #ccrc | CCRC, CCRP, ACRP certified | ACRP / SOCRA > clinical-research
Registered Dietitian #rd | RD, RDN, registered dietitian nutritionist | CDR > nutrition
Certified Diabetes Care and Education Specialist #cdces | CDCES, CDE | CBDCE > diabetes-management
Licensed Clinical Social Worker #lcsw | LCSW, LMSW, LICSW | state licensing boards (ASWB) > social-work
Licensed Professional Counselor #lpc | LPC, LMHC, LPCC | state licensing boards (NBCC) > counseling
Licensed Marriage and Family Therapist #lmft | LMFT | state licensing boards > counseling
Board Certified Behavior Analyst #bcba | BCBA, BCaBA, RBT, registered behavior technician | BACB > behavior-analysis
Licensed Physical Therapist #pt-license | DPT license, licensed physical therapist, PT license | state licensing boards > physical-therapy
Registered Respiratory Therapist #rrt | RRT | NBRC > respiratory-therapy
Registered Radiologic Technologist #arrt | ARRT, RT(R), radiologic technologist | ARRT > radiology
Registered Diagnostic Medical Sonographer #rdms | RDMS, RVT | ARDMS > ultrasound
Medical Laboratory Scientist #mls | MLS (ASCP), MLT (ASCP), ASCP certified, medical technologist | ASCP > laboratory-testing
Board Certification (physician) #board-certified | board certified, board-certified physician, ABIM certified | ABMS member boards > primary-care
Medical License #medical-license | licensed physician, state medical license, USMLE | state medical boards > healthcare
Certified Dental Assistant #cda | CDA, RDA, registered dental assistant | DANB > dental-care
Registered Dental Hygienist #rdh | RDH | state dental boards > dental-care
Certified Health Education Specialist #ches | CHES, MCHES | NCHEC > health-promotion
Certified Personal Trainer #cpt-fitness | NASM, NASM-CPT, ACE certified, ACSM certified, personal trainer certification | NASM / ACE / ACSM > fitness-training
Licensed Massage Therapist #lmt | LMT, massage therapy license | state licensing boards > massage-therapy
Certified Veterinary Technician #cvt | CVT, RVT (veterinary), LVT | state boards (VTNE) > veterinary-medicine
Crisis Prevention Intervention #cpi | Nonviolent Crisis Intervention, CPI certified, Management of Assaultive Behavior | CPI > crisis-intervention
Certified Case Manager #ccm | CCM | CCMC > case-management
Certified Hospice and Palliative Nurse #chpn | CHPN | HPCC > hospice-care
Mental Health First Aid #mhfa | MHFA | National Council for Mental Wellbeing > mental-health
Good Clinical Practice Certificate #gcp-certificate | GCP certificate, ICH GCP certified, CITI training | CITI / NIDA > clinical-research

@ trades-safety
Journeyman Electrician License #journeyman-electrician | journeyman electrician, journeyman electrician licence, journeyman license, licensed journeyman electrician | state licensing boards > electrical-work
Master Electrician License #master-electrician | master electrician, master electrician licence, licensed master electrician | state licensing boards > electrical-work
Electrical Contractor License #electrical-contractor | licensed electrical contractor, EC license | state licensing boards > electrical-work
Red Seal Electrician #red-seal | Red Seal, Red Seal certification, 309A | Red Seal Program (Canada) > electrical-work
18th Edition Wiring Regulations #bs7671-18th | 18th Edition, BS 7671 18th Edition, City & Guilds 2382 | City & Guilds > nec
NVQ Level 3 Electrotechnical #nvq-electrical | NVQ Level 3, ECS card, JIB card | City & Guilds / EAL > electrical-work
Journeyman Plumber License #journeyman-plumber | journeyman plumber, licensed journeyman plumber | state licensing boards > plumbing
Master Plumber License #master-plumber | master plumber, licensed master plumber | state licensing boards > plumbing
Backflow Prevention Tester #backflow-tester | certified backflow tester, backflow certification | ASSE / ABPA > backflow-prevention
Medical Gas Installer #medical-gas | ASSE 6010, medical gas certification | ASSE > plumbing
Gas Safe Registered #gas-safe | Gas Safe, Gas Safe registration | Gas Safe Register > gas-fitting
AWS Certified Welder #aws-certified-welder | AWS certified welder, AWS D1.1 certification, certified welder | American Welding Society > welding
AWS Certified Welding Inspector #cwi | CWI, certified welding inspector | American Welding Society > weld-inspection
ASME Section IX Welder Qualification #asme-ix | ASME IX, ASME Section IX | ASME > pipe-welding
EPA Section 608 Certification #epa-608 | EPA 608, EPA 608 Universal, Section 608, EPA Universal certification | US EPA > refrigeration
NATE Certification #nate | NATE, NATE certified | North American Technician Excellence > hvac
HVAC Excellence Certification #hvac-excellence | HVAC Excellence | HVAC Excellence > hvac
F-Gas Certification #f-gas | F-Gas, F Gas certificate, City & Guilds 2079 | City & Guilds > refrigeration
OSHA 10 #osha-10 | OSHA 10-Hour, OSHA 10 hour, OSHA 10 card | OSHA > occupational-safety
OSHA 30 #osha-30 | OSHA 30-Hour, OSHA 30 hour, OSHA 30 card | OSHA > occupational-safety
HAZWOPER #hazwoper | HAZWOPER 40, 40-hour HAZWOPER | OSHA > hazmat
NEBOSH #nebosh | NEBOSH General Certificate, NEBOSH IGC | NEBOSH > occupational-safety
IOSH Managing Safely #iosh | IOSH | IOSH > occupational-safety
CSCS Card #cscs | CSCS, CSCS card | CITB > construction-safety
Certified Safety Professional #csp | CSP | BCSP > occupational-safety
Associate Safety Professional #asp | ASP (safety) | BCSP > occupational-safety
Construction Health and Safety Technician #chst | CHST | BCSP > construction-safety
Forklift Certification #forklift-certification | forklift certified, forklift license, forklift licence, forklift operator certification | OSHA / employers > forklift-operation
Commercial Driver's License #cdl | CDL, CDL-A, CDL Class A, Class A CDL, CDL-B, Class B CDL, HGV licence, LGV licence | state DMVs / DVSA > commercial-driving
Hazmat Endorsement #hazmat-endorsement | HazMat endorsement, H endorsement, tanker endorsement, TWIC card, TWIC | TSA / FMCSA > hazmat
NCCCO Crane Operator Certification #nccco | NCCCO, CCO, certified crane operator | NCCCO > crane-operation
Certified Rigger and Signalperson #rigger-signalperson | qualified rigger, signalperson certification | NCCCO > rigging
Aerial Lift Certification #aerial-lift | MEWP, scissor lift certification, boom lift certification, IPAF, PASMA | IPAF / employers > working-at-heights
Confined Space Certification #confined-space-cert | confined space certified | employers > confined-space-entry
Lead-Safe Certified Renovator #epa-rrp | EPA RRP, lead-safe certification | US EPA > construction
Certified Pest Control Operator #pest-control-license | pesticide applicator license, QAL | state agriculture departments > pest-control
FAA Airframe and Powerplant #faa-ap | A&P license, A&P certificate, airframe and powerplant certificate | FAA > aircraft-maintenance
ASE Certification #ase | ASE, ASE certified, ASE Master Technician | ASE > automotive-repair
FAA Part 107 Remote Pilot #faa-part-107 | Part 107, Part 107 certified, remote pilot certificate | FAA > drone-operation
Commercial Pilot License #commercial-pilot | CPL, ATP certificate, ATPL, airline transport pilot | FAA / EASA > aviation
Certified Energy Manager #cem | CEM | AEE > energy-efficiency
NABCEP PV Installation Professional #nabcep | NABCEP, NABCEP certified | NABCEP > solar-installation
LEED Accredited Professional #leed-ap | LEED AP, LEED Green Associate, LEED GA, LEED | USGBC > sustainability
Professional Engineer #pe | PE, P.E., PE license, licensed Professional Engineer, registered professional engineer, P.Eng. | NCEES / state boards > engineering
Engineer in Training #eit | EIT, E.I.T., Engineer-in-Training, FE exam, Fundamentals of Engineering | NCEES > engineering
Chartered Engineer #ceng | CEng, Chartered Engineer (UK) | Engineering Council > engineering
Structural Engineer License #se | SE license, licensed structural engineer | NCEES / state boards > structural-engineering
Certified Construction Manager #ccm-construction | CCM (construction) | CMAA > construction-management
Registered Architect #registered-architect | licensed architect, RIBA, NCARB certificate, AIA member | NCARB / RIBA > architecture
Professional Land Surveyor #pls | PLS, licensed land surveyor, registered land surveyor | state boards > surveying
Certified Building Inspector #icc-inspector | ICC certified, ICC certification, building inspector certification | ICC > building-inspection
General Contractor License #gc-license | licensed general contractor, contractor license | state licensing boards > construction
Certified Plant Maintenance Manager #cpmm | CPMM, CMRP | AFE / SMRP > maintenance-management
Certified Production and Inventory Management #cpim-legacy | APICS CPIM | ASCM (APICS) > production-scheduling
Certified Manufacturing Technologist #cmfgt | CMfgT, CMfgE | SME > manufacturing-engineering
Certified Automation Professional #cap-isa | CAP (ISA), ISA CCST | ISA > industrial-automation
""")

CERTIFICATIONS.append("""
@ hr-legal-education
SHRM Certified Professional #shrm-cp | SHRM-CP, SHRM CP | SHRM > hr
SHRM Senior Certified Professional #shrm-scp | SHRM-SCP, SHRM SCP | SHRM > hr
Professional in Human Resources #phr | PHR, PHR certified | HRCI > hr
Senior Professional in Human Resources #sphr | SPHR | HRCI > hr
Associate Professional in Human Resources #aphr | aPHR | HRCI > hr
Global Professional in Human Resources #gphr | GPHR | HRCI > hr
CIPD Level 5 #cipd | CIPD, Chartered MCIPD, Assoc CIPD, CIPD Level 7 | CIPD > hr
Certified Compensation Professional #ccp | CCP | WorldatWork > compensation
Certified Benefits Professional #cbp | CBP | WorldatWork > benefits-administration
Certified Employee Benefit Specialist #cebs | CEBS | IFEBP > benefits-administration
Certified Diversity Recruiter #cdr | CDR | AIRS > diversity-recruiting
AIRS Certified Internet Recruiter #cir | CIR, AIRS certified | AIRS > candidate-sourcing
Certified Professional Recruiter #cpr-recruiter | Certified Personnel Consultant, CPC (recruiting) | NAPS > recruiting
LinkedIn Certified Professional Recruiter #linkedin-recruiter-cert | LinkedIn Certified Professional, LinkedIn Recruiter certification | LinkedIn > linkedin-recruiter
Certified Professional in Learning and Performance #cptd | CPTD, CPLP, APTD | ATD > learning-and-development
Prosci Certified Change Practitioner #prosci-practitioner | Prosci Change Practitioner | Prosci > change-management
ICF Associate Certified Coach #icf-coach | ACC, PCC, MCC, ICF certified coach | International Coaching Federation > coaching
Bar Admission #bar-admission | admitted to the bar, bar admission, member of the bar, licensed attorney, licensed to practice law, state bar, bar member, passed the bar | state bars / bar councils > law
Solicitor #solicitor | Solicitor of the Senior Courts, qualified solicitor, SQE | Solicitors Regulation Authority > law
Barrister #barrister | called to the Bar, barrister-at-law | Bar Standards Board > litigation
Certified Paralegal #certified-paralegal | NALA Certified Paralegal, CLA, Registered Paralegal, PACE | NALA / NFPA > paralegal-work
Patent Agent Registration #patent-agent | registered patent agent, USPTO registered, patent bar | USPTO > patent-law
Certified Legal Manager #clm | CLM | ALA > legal-operations
Notary Public Commission #notary-commission | commissioned notary | state governments > notary
Certified E-Discovery Specialist #aceds | ACEDS, CEDS | ACEDS > discovery
Teaching License #teaching-license | teaching licence, teaching certificate, teaching certification, state teaching license, certified teacher, licensed teacher, QTS, qualified teacher status | state education departments / DfE > teaching
PGCE #pgce | Postgraduate Certificate in Education, PGDE | UK universities > teaching
National Board Certification #nbct | NBCT, National Board Certified Teacher | NBPTS > teaching
TEFL Certificate #tefl-cert | TEFL certified, TESOL certificate, CELTA, DELTA (Cambridge), TEFL certification | Cambridge / various > esl
Special Education Endorsement #sped-endorsement | special education certification, SPED certification | state education departments > special-education
Child Development Associate #cda-childcare | CDA credential, Child Development Associate credential | Council for Professional Recognition > early-childhood-education
Substitute Teaching License #substitute-license | substitute teaching certificate | state education departments > teaching
School Administrator License #administrator-license | principal certification, administrative credential | state education departments > education-administration
Google Certified Educator #google-educator | Google Certified Educator Level 1, Google Certified Trainer | Google for Education > educational-technology
Certified Fund Raising Executive #cfre | CFRE | CFRE International > fundraising
Certified Meeting Professional #cmp | CMP | Events Industry Council > event-planning
Certified Administrative Professional #cap-iaap | CAP (IAAP) | IAAP > administration
Certified Customer Experience Professional #ccxp | CCXP | CXPA > customer-service
ServSafe Certification #servsafe | ServSafe, ServSafe Manager, ServSafe Food Handler, food handler's card, food handlers card | National Restaurant Association > food-safety
Food Hygiene Certificate #food-hygiene | Level 2 Food Hygiene, Food Safety Level 2 | CIEH / Highfield > food-safety
TIPS Certification #tips | TIPS certified, responsible alcohol service | Health Communications Inc. > bartending
Certified Hospitality Supervisor #chs | CHS | AHLEI > hospitality
Cosmetology License #cosmetology-license | licensed cosmetologist, cosmetology licence, barber license | state boards of cosmetology > beauty-services
Security Guard License #guard-card | guard card, SIA licence, security officer license | state agencies / SIA > security-services
Certified Fire Protection Specialist #cfps | CFPS | NFPA > fire-alarm-systems
Firefighter I/II Certification #firefighter-cert | Firefighter I, Firefighter II, FF1, FF2 | state fire academies / NFPA > firefighting
Peace Officer Certification #post-certified | POST certified, peace officer license | state POST boards > law-enforcement
Certified Internal Controls Auditor #cica | CICA | The Institute for Internal Controls > internal-audit
Certified Information Professional #cip | CIP | AIIM > records-management
Certified Records Manager #crm-records | Certified Records Manager | ICRM > records-management
Google Project Management Certificate #google-pm | Google Project Management Professional Certificate | Google > project-management
Scrum Alliance Certified Agile Leadership #cal | CAL | Scrum Alliance > agile
Certified Translator #certified-translator | ATA certified, ATA certified translator, certified translation | ATA > translation
Certified Court Interpreter #court-interpreter | certified medical interpreter, CMI, CCHI, court certified interpreter | state courts / CCHI / NBCMI > interpretation
Certified Logistics Associate #cla-msc | CLA (MSSC), CLT, Certified Logistics Technician | MSSC > logistics
Certified International Trade Professional #citp-fitt | CITP (FITT), FITT | FITT > import-export
Licensed Customs Broker #customs-broker | LCB, customs broker license | CBP > customs-compliance
Dangerous Goods Certification #dangerous-goods-cert | IATA DGR, IATA Dangerous Goods, DGSA | IATA > hazmat
Certified Professional in Supply Management #cpsm-ism | ISM CPSM | ISM > procurement
""")

# ---------------------------------------------------------------------------- languages

LANGUAGES.append("""
English | =Anglais, Englisch, Inglés, Inglese, Inglês
Spanish | Castilian, Español, Espanol, Castellano
Mandarin Chinese #mandarin | Mandarin, Chinese, Chinese (Mandarin), Putonghua, Standard Chinese, 普通话, 中文, 汉语
Cantonese | Cantonese Chinese, 粤语, 廣東話
French | Français, Francais, Französisch
German | Deutsch, Allemand
Portuguese | Português, Brazilian Portuguese, European Portuguese
Japanese | 日本語, Nihongo
Korean | 한국어
Hindi | हिन्दी
Arabic | العربية, Modern Standard Arabic, MSA Arabic, Levantine Arabic, Egyptian Arabic, Gulf Arabic
Russian | Русский
Italian | Italiano
Dutch | Nederlands, Flemish
=Polish | Polski
Turkish | Türkçe
Vietnamese | Tiếng Việt
Thai | ภาษาไทย
Indonesian | Bahasa Indonesia
Malay | Bahasa Melayu, Bahasa Malaysia
Tagalog | Filipino, Pilipino
Hebrew | עברית
Persian | Farsi, Dari
Urdu
Bengali | Bangla
Punjabi | Panjabi
Tamil
Telugu
Marathi
Gujarati
Kannada
Malayalam
Swahili | Kiswahili
Amharic
Yoruba
Igbo
Hausa
Zulu | isiZulu
Xhosa | isiXhosa
Afrikaans
Somali
Greek | Ελληνικά, Modern Greek
Czech | Čeština
Slovak
Hungarian | Magyar
Romanian | Română
Bulgarian
Serbian | Srpski
Croatian | Hrvatski
Bosnian
Slovenian | Slovene
Ukrainian | Українська
Belarusian
Swedish | Svenska
Norwegian | Norsk, Bokmål, Nynorsk
Danish | Dansk
Finnish | Suomi
Icelandic
Estonian
Latvian
Lithuanian
Irish | Irish Gaelic, Gaeilge
Scottish Gaelic
Welsh | Cymraeg
Catalan | Català
Basque | Euskara
Galician
Albanian
Armenian
Georgian
Azerbaijani | Azeri
Kazakh
Uzbek
Mongolian
Nepali | Nepalese
Sinhala | Sinhalese
Khmer | Cambodian
Lao | Laotian
Burmese | Myanmar language
Pashto
Kurdish
Haitian Creole | Kreyòl
Latin
American Sign Language #asl | ASL
British Sign Language #bsl | BSL
Hmong
Maltese
Luxembourgish
Yiddish
Esperanto
""")

SKILLS.append("""
@ software-engineering
Electron | Electron.js, ElectronJS > desktop-applications
Tauri > desktop-applications
Qt | Qt framework, QML, PyQt > desktop-applications
WPF | Windows Presentation Foundation, WinForms, Windows Forms > dotnet
.NET MAUI #dotnet-maui | MAUI, Xamarin.Forms > dotnet
Reactive programming | RxJS, RxJava, ReactiveX > programming
Akka > scala
Netty | Vert.x > java
Dropwizard | Play Framework > java
Ktor > kotlin
Tokio | Axum > rust
Celery | Sidekiq, background jobs, task queues > message-queues
Pydantic > python
SQLAlchemy | Alembic > python
Poetry (Python) #poetry | Python Poetry, pipenv, virtualenv, venv > package-management
Conda | Anaconda, Miniconda > python
Streamlit | Gradio > python
Prisma | TypeORM, Sequelize, Drizzle ORM > orm
Dapper | MyBatis > orm
Database schema migrations #schema-migrations | Liquibase, Flyway > database-migration
Templating engines | Jinja, Jinja2, Handlebars, Thymeleaf, Mustache templates > web-development
HTMX | htmx, Alpine.js > frontend-development
Remix | Remix Run > react
Astro | Astro framework > frontend-development
Gatsby | !Gatsby, GatsbyJS > react
Design tokens > design-systems
State management | Zustand, MobX, Vuex, Pinia, NgRx > frontend-development
Micro-frontends | microfrontends, module federation > frontend-development
Code generation | codegen, scaffolding tools > software-development
Monorepos | monorepo, Nx, Turborepo, Lerna > build-systems
Feature flags | feature toggles, LaunchDarkly > devops
Software estimation | story points, effort estimation, planning poker > agile
Technical specifications | tech specs, design documents, design docs, RFCs, architecture decision records > technical-documentation
API gateways | Kong, Apigee, API management, Tyk > api-design
Enterprise integration | enterprise integration patterns, Apache Camel, ESB, enterprise service bus > software-architecture
MuleSoft | Mule ESB, Anypoint Platform > enterprise-integration
Dell Boomi | Boomi > enterprise-integration
TIBCO | TIBCO BusinessWorks > enterprise-integration
IBM MQ | WebSphere MQ, MQSeries > message-queues
Electronic data interchange #edi | EDI, X12, EDIFACT > enterprise-integration
Systems integration | system integration, third-party integrations, API integrations > software-development
Middleware > enterprise-integration
Solution architecture | solutions architecture, solution design > software-architecture
Enterprise architecture | EA frameworks, business architecture, ArchiMate > software-architecture
Technical program management | TPM (technical program), technical program manager skills > program-management
Developer experience | DevEx, developer tooling, internal developer platforms, platform engineering > devops
Sentry > monitoring
Dynatrace | AppDynamics, APM, application performance monitoring > monitoring
Honeycomb.io | Honeycomb observability > observability
Fluentd | Fluent Bit, Loki, Grafana Loki > logging
Envoy proxy | Envoy, Traefik > load-balancing
Rancher | k3s, RKE, Docker Swarm > kubernetes
Tekton | Spinnaker, Octopus Deploy, Harness CI > ci-cd
Kustomize | Skaffold > kubernetes
Cloud Foundry > cloud-computing
Kafka Connect | Schema Registry, ksqlDB > kafka
Windows administration | Windows 10, Windows 11, Windows desktop support > operating-systems
Remote support | remote desktop support, TeamViewer, remote assistance > it-support
SLA management | service level agreements, SLAs > it-service-management
Software asset management | SAM, license management, software licensing management > it-asset-management
IT governance | IT strategy, technology strategy > it-operations
IT procurement | technology procurement > procurement
Technical account management | technical account manager skills > account-management
Solutions consulting | solution consulting, technical consulting > pre-sales

@ cloud
Amazon Route 53 | Route 53, Route53 > aws
Amazon VPC | AWS VPC, VPC, VPC peering, Transit Gateway > aws
Amazon CloudFront | CloudFront > cdn
AWS Elastic Beanstalk | Elastic Beanstalk > aws
AWS Amplify | Amplify > aws
Amazon EMR | EMR (Elastic MapReduce), Elastic MapReduce > big-data
Amazon MSK | Managed Streaming for Kafka > kafka
Amazon Bedrock | Bedrock > llm
Amazon Cognito | Cognito > identity-and-access-management
AWS KMS | Key Management Service, AWS Secrets Manager, Secrets Manager > secrets-management
AWS Systems Manager | SSM Parameter Store, Parameter Store > aws
AWS Batch > aws
Amazon DocumentDB | DocumentDB > nosql
Amazon Neptune > graph-databases
AWS Well-Architected Framework | Well-Architected > cloud-architecture
Azure Blob Storage | Blob Storage, Azure Storage, ADLS, Azure Data Lake Storage > azure
Azure SQL Database | Azure SQL, Azure SQL Managed Instance > sql-server
Azure Service Bus | Event Hubs, Azure Event Hubs, Event Grid > message-queues
Azure Monitor | Application Insights, Log Analytics > monitoring
Azure Logic Apps | Logic Apps > azure
Azure App Service | App Service, Azure Web Apps > azure
Azure Resource Manager | ARM templates, Bicep > infrastructure-as-code
Microsoft Fabric | Fabric (Microsoft) > data-engineering
Google App Engine | App Engine > gcp
Google Compute Engine | Compute Engine, GCE > gcp
Cloud Spanner | Spanner > gcp
Google Bigtable | Bigtable, Cloud Bigtable > nosql
Cloud SQL | Google Cloud SQL > gcp
Dataproc | Google Dataproc > spark

@ data-science
SSRS | SQL Server Reporting Services, SSAS, SQL Server Analysis Services > business-intelligence
Crystal Reports > reporting
IBM Cognos | Cognos > business-intelligence
SAP BusinessObjects | BusinessObjects, BOBJ > business-intelligence
Domo | Sisense, Metabase, Apache Superset, Superset, Redash > business-intelligence
OLAP | OLAP cubes, data cubes > business-intelligence
Data catalogs | Collibra, Alation, data cataloging > data-governance
Data observability | Great Expectations, data testing > data-quality
Data mesh | data products, data contracts > data-architecture
Reverse ETL | Hightouch > data-integration
Matillion > etl
Statistical software | statistical packages > statistics
Mathematica | Wolfram Mathematica, Wolfram Language > mathematics
JMP | JMP Pro > statistics
Minitab > statistics
EViews > econometrics
NVivo | ATLAS.ti, MAXQDA > qualitative-research
Survey design | surveys, questionnaire design, Qualtrics, SurveyMonkey, Typeform > market-research
Focus groups | focus group moderation > qualitative-research
Conjoint analysis | MaxDiff > market-research
Sentiment analysis | opinion mining > nlp
Named entity recognition | NER, entity extraction > nlp
Text classification | document classification > nlp
Topic modeling | topic modelling, LDA > nlp
Machine translation | neural machine translation, NMT > nlp
Conversational AI | chatbots, chatbot development, Dialogflow, Rasa, virtual assistants > nlp
Speech synthesis | text-to-speech, TTS > ai
Image segmentation | semantic segmentation, instance segmentation > computer-vision
Optical character recognition #ocr | OCR, Tesseract, document AI > computer-vision
YOLO | Detectron2, object tracking > computer-vision
Graph neural networks | GNN, GNNs > deep-learning
Distributed training | Horovod, DeepSpeed, FSDP > deep-learning
Ray | Ray Tune, Anyscale, =Ray > mlops
Dask > python
ONNX | TensorRT, Triton Inference Server, model optimization > model-deployment
LLM inference | vLLM, llama.cpp, model serving at scale > llm
Model quantization | quantization, model compression, pruning, distillation > deep-learning
Experiment tracking | Weights & Biases, W&B, wandb, Neptune.ai > mlops
Data version control | DVC, data versioning, lakeFS > mlops
Feature stores | feature store, Feast, Tecton > mlops
AutoML | H2O.ai, DataRobot, automated machine learning > machine-learning
AI agents | agentic AI, LLM agents, autonomous agents, multi-agent systems > llm
Embeddings | text embeddings, vector embeddings, sentence embeddings > nlp
Semantic search | vector search, hybrid search, dense retrieval > search-engines
Knowledge graphs | knowledge graph, ontologies, ontology engineering > data-architecture
Semantic web | RDF, SPARQL, OWL, linked data > knowledge-graphs
LLM evaluation | evals, model evaluation for LLMs, LLM benchmarking, red-teaming LLMs > llm
AI safety | alignment, AI alignment > ai-ethics

@ security
SOAR | security orchestration, automation and response > security-operations
Microsoft Sentinel | Azure Sentinel > siem
Microsoft Defender | Defender for Endpoint, Microsoft Defender for Cloud > endpoint-security
Vulnerability scanners | Nessus, Tenable, Qualys, Rapid7, InsightVM, OpenVAS > vulnerability-management
Static application security testing #sast | SAST, Checkmarx, Veracode, Fortify, CodeQL > application-security
Dynamic application security testing #dast | DAST, OWASP ZAP, ZAP > application-security
Software composition analysis | SCA, Snyk, Dependabot, dependency scanning, SBOM > application-security
Container security | Kubernetes security, image scanning, Trivy, Aqua Security, Prisma Cloud > cloud-security
Security architecture | security engineering, secure architecture > information-security
Bug bounty | vulnerability disclosure, HackerOne, Bugcrowd > penetration-testing
Social engineering | phishing simulations, pretexting > penetration-testing
OSINT | open-source intelligence > threat-intelligence
Secure SDLC | secure software development lifecycle, SSDLC, security champions > application-security
Risk Management Framework #rmf | RMF, ATO, authority to operate > security-compliance
FedRAMP > security-compliance
CMMC | NIST 800-171, DFARS > security-compliance
HITRUST > security-compliance
ISO 22301 > business-continuity
Business impact analysis | BIA > business-continuity
Third-party risk management | TPRM, vendor risk management, vendor risk assessments > risk-management
Fraud prevention | fraud detection, fraud analytics, fraud analysis, chargebacks > risk-management
Export controls | ITAR, EAR, sanctions compliance, OFAC, trade sanctions > regulatory-compliance

@ networking
F5 BIG-IP | F5, BIG-IP, F5 load balancers > load-balancing
Cisco Meraki | Meraki > networking
Aruba Networks | Aruba, HPE Aruba, Ubiquiti, UniFi > wireless-networking
MPLS > networking
Quality of service | QoS > networking
Network automation | NetDevOps, network programmability, NAPALM, Netmiko > networking
NetFlow | sFlow, flow analysis > network-monitoring
Spanning Tree Protocol | STP, RSTP > routing-and-switching
Network troubleshooting > networking

@ business
Business case development | business cases, ROI analysis, return on investment analysis > business-strategy
Cost-benefit analysis | CBA > business-analysis
SWOT analysis | SWOT, PESTLE analysis, PEST analysis > business-strategy
Competitive intelligence | competitor intelligence, competitive landscape analysis > market-research
Benchmarking | industry benchmarking, best practice benchmarking > business-analysis
Market sizing | TAM analysis, TAM/SAM/SOM > market-research
Business acumen | commercial acumen, commercial awareness, financial acumen > business-strategy
P&L management #pl-management | P&L, P&L responsibility, profit and loss management, P&L ownership > finance
Operational excellence | operations excellence > operations-management
Process optimization | process optimisation, workflow optimization, process efficiency > process-improvement
Standard operating procedures #sops | SOPs, SOP writing, SOP development > process-improvement
Policy and procedure development | policies and procedures, procedure writing > operations-management
Strategic partnerships | partnerships, partnership management, alliances, alliance management > business-development
Corporate development | corp dev, inorganic growth > corporate-finance
Client onboarding | customer onboarding, account onboarding > customer-success
Customer retention | churn reduction, retention strategies, renewals > customer-success
Net Promoter Score | NPS, customer satisfaction measurement, CSAT > customer-service
Voice of the customer | VoC, customer feedback analysis, customer feedback > customer-insights
Relationship building | building relationships, rapport building, relationship development > communication
Interpersonal skills | people skills, soft skills > communication
Active listening | listening skills > communication
Influencing | influencing skills, persuasion, influence without authority > communication
Cross-cultural communication | intercultural communication, cultural awareness, cultural competence > communication
Remote collaboration | remote work, distributed teams, virtual teams > teamwork
Self-management | self-motivated, self-starter, independent worker, work independently > time-management
Attention to detail | detail-oriented, detail oriented > organizational-skills
Customer focus | customer-centric, customer centricity, customer obsession > customer-service
Program evaluation | monitoring and evaluation, M&E, impact evaluation, impact assessment, logic models > policy-analysis
Community outreach | community engagement, community relations, outreach > communications
Advocacy | policy advocacy, campaigning, grassroots organizing > public-affairs
Volunteer recruitment > volunteer-management
Grant management | grants management, grant administration, grant reporting > fundraising
Board relations | board management, board of directors support > corporate-governance
Meeting management | minute taking, taking minutes, meeting minutes, agenda preparation > administration
Travel management | corporate travel, travel and expense management > administration
Mail handling | mailroom, mail processing, courier coordination > administration
Inventory of supplies #office-supplies | office supplies ordering, supply ordering > office-management
Transcription | audio transcription, dictation, transcribing > administration
Virtual assistance | virtual assistant skills, remote administrative support > administration

@ finance
Capital expenditure planning #capex | CapEx, capital planning, capital expenditure > fpa
Working capital management | working capital, cash conversion cycle > treasury-management
Cash application | payment posting, cash posting > accounts-receivable
Financial controls | financial control, control environment > internal-audit
Statutory accounts | statutory financial statements, annual accounts, statutory audit > financial-reporting
Audit preparation | audit readiness, audit support, PBC lists > auditing
Tax planning | tax strategy, tax optimization > tax
Payroll tax | payroll taxes, 1099 reporting, W-2 reporting > payroll
SEC reporting (finance) #sec-reporting | 10-K, 10-Q, 8-K, XBRL, external reporting > financial-reporting
Cost analysis | cost modeling, cost modelling, should-cost analysis > cost-accounting
Profitability analysis | margin analysis, product profitability, unit economics > financial-analysis
Capital markets | debt capital markets, equity capital markets, DCM, ECM > investment-banking
Debt financing | debt raising, credit facilities, syndicated loans, leveraged finance > corporate-finance
Structured finance | securitization, asset-backed securities, CLOs, MBS > capital-markets
Project finance | infrastructure finance > corporate-finance
Trade finance | letters of credit, documentary credits > banking
Portfolio monitoring | portfolio reporting, portfolio analytics > portfolio-management
Deal sourcing | deal origination, deal flow > private-equity
Asset-liability management #alm | ALM, interest rate risk, IRRBB > financial-risk-management
IFRS 9 | CECL, expected credit loss, ECL > credit-analysis
Reinsurance > insurance
Loss adjusting | loss adjuster, claims investigation > claims-handling
Mortgage underwriting | loan underwriting > underwriting
Teller operations | bank teller, branch operations, branch banking > banking
Wire transfers | ACH, ACH payments, SWIFT payments, =SWIFT > payments
Credit card operations | card operations, disputes processing > payments
Collections (finance) #debt-collection | collections calls, collection calls, delinquency management > accounts-receivable
ESG investing | sustainable investing, responsible investing, impact investing > portfolio-management
Cryptocurrency trading | crypto trading, digital assets, DeFi > trading
Financial modeling in Excel #excel-modeling | Excel modeling, Excel financial models, spreadsheet modeling > financial-modeling
Procure-to-pay #p2p | P2P, procure to pay, purchase-to-pay > procurement
Order-to-cash #o2c | O2C, order to cash, quote-to-cash > accounts-receivable
Record-to-report #r2r | R2R, record to report > accounting
Shared services | finance shared services, shared service centre, GBS > operations-management
""")

SKILLS.append("""
@ marketing
Marketing strategy development #marketing-strategy | go-to-market planning, marketing planning > marketing
Persona development | buyer personas, customer personas, personas > customer-insights
Content calendar | content planning > content-marketing
Blogging | blog management, blog posts > content-marketing
Social listening | social media monitoring, brand monitoring > social-media-marketing
Reputation management | online reputation management, review management > public-relations
Local SEO | Google Business Profile, Google My Business, local search > seo
Retargeting | remarketing > performance-marketing
Display advertising | banner ads, display ads, Google Display Network > advertising
Video advertising | YouTube Ads, pre-roll, CTV advertising, connected TV > advertising
Amazon Advertising | Amazon Ads, Amazon PPC, sponsored products > marketplace-management
Demand-side platforms | The Trade Desk, DV360, Display & Video 360 > programmatic-advertising
Programmatic advertising #programmatic-advertising | programmatic buying, real-time bidding, RTB > media-planning
Pinterest marketing | Pinterest Ads > social-media-marketing
Snapchat Ads | Snapchat marketing > social-media-marketing
Traditional advertising | print advertising, radio advertising, TV advertising, out-of-home, OOH > advertising
Press releases | press release writing, media kits > public-relations
Brand guidelines | brand standards, brand governance > brand-management
Referral marketing | referral programs, word-of-mouth marketing > marketing
Guerrilla marketing | street marketing, ambient marketing > marketing
Marketing budget management | marketing budgets > budgeting
Customer lifetime value | CLV, LTV, CLTV > marketing-analytics
Google Search Console | Search Console, Webmaster Tools > seo
Adobe Experience Manager | AEM, Sitecore, Adobe Experience Cloud > content-management-systems
Website optimization tools #experimentation-platforms | Optimizely, VWO, Google Optimize, Hotjar > conversion-rate-optimization
Customer engagement platforms | Braze, Iterable, Customer.io, OneSignal > marketing-automation
Customer data platforms #cdp | CDP, Segment, mParticle, Tealium > marketing-analytics
ActiveCampaign | Brevo, Sendinblue, Campaign Monitor > email-marketing
Marketing copy | ad copywriting, email copywriting, landing page copy > copywriting
SEO writing | SEO copywriting, SEO content writing > seo
Public speaking for brands #brand-ambassadorship | brand ambassador, brand ambassadorship > event-marketing
Trade shows | trade show management, exhibitions management, booth management > event-marketing
Partner marketing | co-marketing, joint marketing > channel-marketing
Product launches | launch planning, launch management, product launch planning > product-marketing
Competitive positioning | competitive messaging, battlecards, battle cards > product-marketing
Sales collateral | collateral development, one-pagers, case studies, white papers > product-marketing
Media buying (traditional) #media-buying | media negotiation, media purchasing > media-planning
Marketing research agencies management #agency-management | agency management, managing agencies, agency relationships > marketing

@ sales
Sales strategy | sales planning, sales plans, go-to-market sales strategy > sales
Sales training | sales coaching, sales onboarding > sales-enablement
Sales reporting | sales analytics, sales dashboards, sales metrics > sales-operations
Objection handling | handling objections, overcoming objections > sales
Needs analysis | discovery calls, needs assessment, customer needs analysis > solution-selling
Value proposition | value propositions, value messaging > solution-selling
Account planning | account plans, strategic account planning > account-management
Renewals management | contract renewals, renewal management > account-management
Distributor management | dealer management, distributor relations, distribution partners > channel-sales
Route sales | route sales representative, van sales, direct store delivery, DSD > outside-sales
Door-to-door sales | canvassing, D2D sales > sales
Cold emailing | email outreach, outbound email, sales sequences, cadences > prospecting
ZoomInfo | Lusha, Seamless.AI, Cognism > prospecting
Configure price quote #cpq | CPQ, Salesforce CPQ, quoting > sales-operations
DocuSign | e-signature, Adobe Sign > sales-operations
Sales compensation | commission plans, sales incentive compensation, SPIFFs > sales-operations
Sales territory planning #territory-design | territory design, territory alignment > territory-management
Customer relationship building #client-relationships | client relationships, customer relationships, building client relationships > client-relationship-management
Contract negotiation (sales) #deal-negotiation | deal negotiation, pricing negotiation, commercial negotiation > negotiation
Enterprise account executive skills #enterprise-selling | enterprise selling, complex sales, selling to C-level, C-suite selling > b2b-sales
Retail customer service #retail-service | customer assistance, helping customers, clienteling > retail-sales
Stock replenishment | restocking, shelf stocking, stocking shelves, facing > merchandising
Loss prevention (retail) #retail-loss-prevention | shrink reduction, shrinkage control > physical-security
Store opening and closing #store-operations | opening and closing procedures, store closing > retail-management

@ human-resources
HR operations | HR administration, HR ops, personnel administration > hr
Leave management | FMLA, leave of absence, leave administration, absence management > hr
EEO compliance | EEO, affirmative action, AAP, OFCCP > hr-compliance
I-9 compliance | I-9, E-Verify, right to work checks > hr-compliance
Job architecture | job leveling, job levelling, career frameworks, career ladders > compensation
Competency frameworks | competency models, competency mapping, skills frameworks > talent-management
Psychometric assessments | psychometric testing, personality assessments, DISC, Myers-Briggs, MBTI > talent-management
Assessment centres | assessment centers, assessment center design > recruiting
Employee retention | retention, attrition reduction, turnover reduction > employee-engagement
Employee wellbeing | wellness, wellbeing programs, employee assistance programs, EAP > employee-engagement
Collective bargaining | union negotiations, union relations, labor negotiations > employee-relations
Grievance handling | grievances, disciplinary procedures, disciplinary hearings > employee-relations
Workplace investigations #investigations-hr | HR investigations, misconduct investigations > employee-relations
HR reporting | HR metrics, headcount reporting, turnover reporting > people-analytics
Global mobility | relocation, expatriate management, international assignments > hr
Contingent workforce management | contractor management, temp staffing, contingent labor, vendor management systems > workforce-planning
Recruitment process outsourcing #rpo | RPO > recruiting
Staffing | staffing agency, staffing services > recruiting
Job boards | Indeed, job postings, job advertising, recruitment advertising > recruiting
Talent pipelining | talent pipeline, pipeline building, talent pools, talent mapping, market mapping > candidate-sourcing
Interview scheduling | interview coordination, recruiting coordination > recruiting
Candidate assessment | candidate evaluation, skills assessments, take-home assignments > recruiting
Handshake | campus recruiting platforms > campus-recruiting
HR generalist skills #hr-generalist | HR generalist, generalist HR > hr
Employee surveys | pulse surveys, Culture Amp, Glint, Qualtrics EmployeeXM > employee-engagement
Payroll systems | Paychex, Gusto, Paylocity, Paycom, Rippling > payroll
Performance improvement plans | PIP, PIPs, performance improvement > performance-management
Organizational culture | company culture, culture change, company values > organizational-development
Team building | team-building activities, team development > leadership

@ legal
Contract review | reviewing contracts, contract analysis, redlining > contract-law
Legal due diligence | due diligence reviews (legal) > corporate-law
Regulatory filings | regulatory submissions, regulatory reporting > regulatory-compliance
Banking and finance law | finance law, lending transactions, loan documentation > corporate-law
Securities litigation > litigation
White collar defense | white-collar crime, white collar defence > criminal-law
Internal investigations | compliance investigations, corporate investigations > legal-compliance
Technology transactions | software licensing, SaaS agreements, IT contracts, tech transactions > contract-law
Open source licensing | open source compliance, OSS licensing > intellectual-property
Employment contracts | non-compete agreements, restrictive covenants, severance agreements > employment-law
Privacy policies | terms of service, terms and conditions drafting > privacy-law
Legal project management > law
Legal technology | legal tech, LegalTech, contract lifecycle management, CLM software, Ironclad > legal-operations
Court appearances | hearings, oral arguments, court hearings > litigation
Landlord-tenant law | eviction proceedings, landlord and tenant > real-estate-law
Personal injury law | personal injury, PI litigation, tort law, torts > litigation
Medical malpractice | med mal > litigation
Insurance defense | insurance defence, insurance coverage litigation, coverage disputes > litigation
Civil rights law | constitutional law, human rights law > law
Legislative drafting | bill drafting, legislative analysis, statutory drafting > law
Title examination | title search, title insurance, title examination services > real-estate-law
Legal translation | legal interpreting > translation
Compliance monitoring | compliance testing, compliance reviews > legal-compliance
Ethics investigations | code of conduct, whistleblower programs, hotline management > legal-compliance
Trusts and estates | trust administration, estate administration > estate-planning-law
Entertainment law | media law, sports law > law
Maritime law | admiralty law, shipping law > law
Aviation law > law
Energy law | oil and gas law, energy regulation > regulatory-law
Construction law | construction disputes, construction contracts > contract-law
Public procurement law | procurement law, public tenders law > government-contracts
Competition compliance | merger control, merger filings, HSR filings > antitrust

@ healthcare
Ambulatory care | outpatient care, outpatient clinic, clinic nursing > nursing
Urgent care > primary-care
Dialysis | hemodialysis, haemodialysis, peritoneal dialysis > nursing
Cardiac catheterization | cath lab, cardiac cath lab, interventional cardiology > cardiology
Endoscopy | GI endoscopy, colonoscopy > surgery
Interventional radiology > radiology
Nuclear medicine | PET scans, PET/CT, SPECT > radiology
Radiation therapy | radiotherapy, radiation oncology > oncology-nursing
Mammography > radiology
Echocardiography | echocardiograms, cardiac ultrasound > cardiology
Holter monitoring | Holter, event monitors, cardiac event monitoring > electrocardiography
Pulmonary function testing | PFT, PFTs, spirometry > respiratory-therapy
Polysomnography | sleep studies, sleep medicine > healthcare
Audiology | hearing tests, hearing aids, audiometry > healthcare
Ophthalmology | ophthalmic care, ophthalmic assisting > healthcare
Otolaryngology | ENT > healthcare
Urology > healthcare
Gastroenterology > healthcare
Endocrinology > healthcare
Nephrology > healthcare
Pulmonology | pulmonary medicine > healthcare
Rheumatology > healthcare
Hematology | haematology > healthcare
Infectious disease | infectious diseases > healthcare
Emergency medicine | emergency care > healthcare
General surgery > surgery
Orthopedic surgery | orthopaedic surgery, joint replacement > surgery
Neurosurgery > surgery
Cardiothoracic surgery | cardiac surgery, thoracic surgery > surgery
Plastic surgery | reconstructive surgery, cosmetic surgery > surgery
Trauma care | trauma nursing, level I trauma > emergency-nursing
Stroke care | stroke unit, neuro nursing > nursing
Cardiac rehabilitation | cardiac rehab > physical-therapy
Lactation consulting | breastfeeding support, lactation support > nursing
Midwifery | midwife skills, birth attendance > obstetrics-and-gynecology
Prenatal care | antenatal care, postpartum care, postnatal care > obstetrics-and-gynecology
Newborn care | newborn assessment, infant care > neonatal-nursing
Immunizations | vaccinations, vaccine administration, immunization administration > patient-care
Injections | intramuscular injections, IM injections, subcutaneous injections > medication-administration
Suturing | wound closure, suture removal, stitches > wound-care
Casting and splinting | splinting, cast application, orthopedic casting > orthopedics
Enteral feeding | tube feeding, NG tube, nasogastric tube, PEG tube, TPN, parenteral nutrition > nursing
Ostomy care | colostomy care, stoma care > wound-care
Blood transfusion | transfusions, blood product administration > nursing
Central line care | central lines, PICC lines, PICC, CVC care > iv-therapy
Arterial blood gases | ABG, ABGs, ABG interpretation > critical-care
Fall prevention | falls prevention, fall risk assessment > patient-care
Pressure injury prevention | pressure ulcer prevention, skin integrity, Braden scale > wound-care
Sepsis management | sepsis protocols, sepsis bundles > critical-care
Rapid response | rapid response team, RRT (rapid response) > critical-care
Patient advocacy | patient advocate skills > patient-care
Medical scribing | scribe, medical scribe skills > clinical-documentation
Medical transcription | medical transcriptionist skills > clinical-documentation
Informed consent | consent processes > clinical-research
Institutional review boards #irb | IRB, IRB submissions, ethics committee submissions > clinical-research
Protocol development | study protocols, clinical protocols > clinical-research
Health equity | health disparities, social determinants of health, SDOH > public-health
Community health work | community health worker skills, CHW, health navigation, patient navigation > public-health
Sterile compounding | USP 797, USP 800, IV admixture > pharmacy
Prescription processing | prescription filling, prescription verification, e-prescribing > pharmacy
Clinical pharmacy | drug information, pharmacokinetics, medication review > pharmacy
Occupational health | occupational medicine, employee health > public-health
Ergonomics | ergonomic assessments, human factors > occupational-safety
Industrial hygiene | exposure monitoring, air sampling, noise monitoring > occupational-safety
Trauma-informed care | trauma informed practice > mental-health
Motivational interviewing | MI techniques > counseling
Suicide prevention | suicide risk assessment, safety planning > crisis-intervention
Harm reduction | naloxone administration, needle exchange > substance-abuse-counseling
Developmental disabilities support | intellectual disabilities support, autism support, DD support > social-services
Caregiving | caregiver, companion care, companionship, respite care > personal-care
Meal preparation | cooking for clients, meal prep > personal-care
Orthodontics | braces, Invisalign > dental-care
Periodontics | periodontal care, scaling and root planing > dental-care
Endodontics | root canals, root canal therapy > dental-care
Oral surgery | tooth extraction, extractions, dental implants > dental-care
Dental radiography | dental X-rays, dental x-ray, panoramic x-rays > dental-care
Opticianry | optical dispensing, eyeglass fitting, contact lens fitting > optometry
Biomedical equipment | biomedical equipment maintenance, clinical engineering, biomed > medical-devices
Histology | histotechnology, tissue processing, microtomy > laboratory-testing
Pathology | anatomic pathology, clinical pathology, cytology > laboratory-testing
Clinical chemistry | clinical chemistry analysis, urinalysis > laboratory-testing
Blood banking | immunohematology, blood bank, transfusion medicine > laboratory-testing
Gene editing | CRISPR, CRISPR-Cas9, genome editing > molecular-biology
Protein engineering | protein expression, antibody engineering > biochemistry
Assay development | bioassays, assay validation, in vitro assays > laboratory-techniques
Microscopy | confocal microscopy, electron microscopy, fluorescence microscopy > laboratory-techniques
In vivo studies | animal studies, animal models, rodent handling > life-sciences
Neuroscience | neurophysiology, electrophysiology > life-sciences
Psychology | clinical psychology, psychological assessment, psychological testing > mental-health
Water quality testing | water sampling, water quality monitoring > environmental-science
Environmental impact assessment | EIA, environmental assessments, NEPA > environmental-science
Environmental remediation | remediation, site remediation, contaminated land > environmental-science
Wildlife biology | wildlife surveys, ecology surveys, habitat assessment > environmental-science
Waste management | waste reduction, recycling programs, hazardous waste management > ehs
Environmental compliance | environmental permits, environmental permitting, ISO 14001 > ehs
Occupational safety management systems #iso-45001 | ISO 45001, OHSAS 18001 > occupational-safety
Safety training | safety inductions, toolbox talks, safety meetings > occupational-safety
Incident investigation | accident investigation, safety incident investigation > occupational-safety
""")

SKILLS.append("""
@ education
Universal Design for Learning #udl | UDL > differentiated-instruction
Response to intervention #rti | RTI, MTSS, multi-tiered systems of support > special-education
Positive behavior supports #pbis | PBIS, positive behaviour support, behavior intervention plans, BIP > classroom-management
Restorative practices | restorative justice, restorative circles > classroom-management
Culturally responsive teaching | culturally responsive pedagogy, culturally relevant teaching > teaching
Gifted education | gifted and talented, GATE, advanced learners > teaching
Bilingual education | dual language instruction, dual language, immersion teaching > teaching
Reading intervention | reading specialist skills, Orton-Gillingham, dyslexia intervention, Wilson Reading > literacy-instruction
Math intervention | numeracy intervention, numeracy > stem-education
School counseling | school counselling, guidance counseling, college counseling > academic-advising
Data-driven instruction | assessment data analysis, student data analysis, data-informed instruction > student-assessment
Interactive whiteboards | SMART Board, Smartboard, Promethean > educational-technology
Online course development | course development, course design, syllabus design, MOOC development > instructional-design
Accreditation | accreditation reviews, program accreditation, self-study reports > education-administration
Faculty development | professional development for teachers, teacher training, teacher coaching > education-administration
Thesis supervision | research supervision, dissertation supervision, supervising graduate students > higher-education
Youth development | youth work, youth programs, after-school programs, youth mentoring > mentoring
Early intervention | early intervention services, developmental screening > special-education
Braille | braille instruction, visual impairment education > special-education
Sign language instruction #sign-language-teaching | teaching sign language > teaching
Physical education | PE instruction, physical education teaching, health and PE > teaching
Music teaching methods #music-pedagogy | music pedagogy, Orff, Kodály, Suzuki method > music-education
Art education | art teaching, visual arts education > teaching
Science labs (teaching) #lab-instruction | laboratory instruction, lab safety instruction, science fair coaching > stem-education
Computer science education | coding instruction, teaching programming, CS education > stem-education
Student recruitment | international student recruitment, recruitment fairs (education) > admissions
Exam invigilation | proctoring, test proctoring, invigilation > student-assessment
Educational leadership (department) #department-leadership | department chair, head of department, grade-level lead > education-administration
IB curriculum | International Baccalaureate curriculum, IB MYP, IB PYP, IB DP > curriculum-development
Advanced Placement teaching #ap-teaching | AP courses, AP classes > secondary-teaching
Homeschooling | home education > teaching
Library instruction | information literacy, research instruction > library-science
Archiving | archival management, archives, digital archiving, records preservation > library-science

@ operations-logistics
Logistics planning | logistics strategy, distribution planning > logistics
Supply chain network design | network optimization (supply chain), facility location > supply-chain
Slotting | slotting optimization, warehouse slotting > warehouse-management
Cross-docking | cross docking, crossdock operations > warehouse-management
Kitting | kitting and assembly, light assembly > warehouse-management
Palletizing | pallet building, load building, shrink wrapping, stretch wrapping > material-handling
Load securing | cargo securement, load securement, strapping > commercial-driving
Carrier management | carrier relations, carrier selection, carrier negotiations > transportation-management
Freight audit | freight bill audit, freight payment > freight
Freight brokerage | freight broker skills, load booking, load boards, DAT > freight
Yard management | yard operations, yard jockey, trailer management > warehouse-management
Dock scheduling | appointment scheduling (dock), dock management > warehouse-management
Inventory reconciliation | stock reconciliation, inventory accuracy, physical inventory > inventory-control
ABC analysis | ABC classification, Pareto analysis > inventory-management
Safety stock | reorder points, replenishment planning, replenishment > inventory-management
Vendor-managed inventory #vmi | VMI, consignment inventory > inventory-management
Drayage | port drayage, container drayage > trucking
Trade compliance | export compliance, import compliance, trade regulations > import-export
Just-in-time #jit | JIT, just in time manufacturing, pull systems > lean-manufacturing
Poka-yoke | mistake proofing, error proofing > lean-manufacturing
SMED | quick changeover, setup reduction > lean-manufacturing
Gemba walks | gemba, genba > lean-manufacturing
Standard work | standardized work, work instructions > lean-manufacturing
Production supervision | shift supervision, shift management, line supervision, line leading > manufacturing
Quality audits | process audits, supplier audits, internal quality audits > quality-management
First article inspection #fai | FAI, first-article inspection > quality-control
PPAP | APQP, production part approval process > quality-management
IATF 16949 | TS 16949, automotive quality > quality-management
AS9100 | aerospace quality management > quality-management
Measurement system analysis #msa | gage R&R, gauge R&R > statistical-process-control
Telematics | fleet tracking, GPS tracking, vehicle tracking, Samsara, Geotab > fleet-maintenance
Delivery operations | delivery route management, package delivery, courier services > last-mile-delivery
Moving services | relocation services, furniture moving, household moves > logistics
Procurement planning | sourcing strategy, category management, category strategy > procurement
Supplier negotiations | supplier negotiation, vendor negotiation, vendor negotiations > negotiation
Request for proposals #rfp-management | RFP process, RFQ, RFQs, RFI process, tendering > procurement
Contract manufacturing | outsourced manufacturing, OEM management > manufacturing
Production planning and control #ppc | shop floor control > supply-planning
Batch processing (manufacturing) #batch-manufacturing | batch records, batch record review, electronic batch records > manufacturing
Cleanroom operations | clean room protocols, gowning, aseptic processing > manufacturing
Food manufacturing | food production, food processing, food packaging > manufacturing
Chemical handling | chemical safety, SDS, safety data sheets, MSDS > occupational-safety
Machine guarding > occupational-safety
Emergency response planning | emergency preparedness, emergency management, evacuation planning > business-continuity

@ trades
Three-phase power | 3-phase power, three phase systems, 480V > electrical-work
High-voltage work | high voltage, medium voltage, HV/MV, substation work > electrical-work
Cable pulling | wire pulling, cable installation, cable runs > electrical-work
Cable termination | terminations, cable terminating, punch-down > low-voltage-wiring
Fiber splicing | fusion splicing, fiber optic splicing, OTDR testing > structured-cabling
Grounding and bonding | grounding systems, earthing, bonding > electrical-work
Arc flash safety | NFPA 70E, arc flash, electrical safety > occupational-safety
Electrical inspections | electrical inspection, electrical safety inspections > electrical-work
Security system installation | alarm installation, intruder alarms, burglar alarms > low-voltage-wiring
CCTV installation | CCTV, video surveillance systems, IP cameras > security-system-installation
Access control systems | access control, card access systems, door access control > security-system-installation
Audio-visual installation #av-installation | AV installation, AV systems, audio visual, home theater installation > low-voltage-wiring
Smart home installation | home automation, smart home systems > low-voltage-wiring
Boiler operation | boiler operator skills, steam systems, steam boilers > hvac
Chillers | chiller maintenance, cooling towers, chilled water systems > hvac
Mini-split systems | ductless mini-splits, mini splits, ductless systems > hvac
Ventilation systems | ventilation, exhaust systems, make-up air > hvac
Indoor air quality | IAQ, air filtration > hvac
Testing, adjusting and balancing #tab | air balancing, hydronic balancing > hvac
Refrigerant recovery | refrigerant charging, leak detection, refrigerant leak detection > refrigeration
Hydronic heating | hydronics, radiant heating, radiant floor heating > hvac
Sewer line repair | sewer repair, sewer line replacement, trenchless pipe repair, pipe bursting > plumbing
Septic systems | septic installation, septic tanks, septic pumping > plumbing
Well pumps | well pump installation, sump pumps, pumps installation > plumbing
Sewer camera inspection | camera inspection, video pipe inspection > plumbing
Remodeling | home remodeling, renovation, home renovation, bathroom remodeling, kitchen remodeling > construction
General contracting | general contractor skills, GC work > construction-management
Punch lists | punch list completion, snagging > construction-management
Deck building | decking, deck construction, pergolas > carpentry
Fence installation | fencing installation, fence building > construction
Stair building | staircase construction, stair installation > carpentry
Door installation | door hanging, hanging doors, door hardware installation > carpentry
Countertop installation | countertops, stone fabrication, quartz fabrication > construction
Asphalt paving | paving, asphalt, road paving, pavement maintenance > construction
Road construction | roadworks, highway construction > civil-engineering
Bridge construction | bridge building > civil-engineering
Steel erection | ironworking, ironworker skills, structural steel erection > construction
Blacksmithing | forging, metal forging > metal-fabrication
Boilermaking | boilermaker skills, pressure vessel fabrication > metal-fabrication
Conveyor maintenance | conveyor systems, conveyor repair > industrial-maintenance
Pump maintenance | pump repair, centrifugal pumps > industrial-maintenance
Compressor maintenance | air compressors, compressor repair > industrial-maintenance
Lubrication | lubrication programs, machinery lubrication > industrial-maintenance
Predictive maintenance | condition monitoring, thermography, infrared thermography, oil analysis > maintenance-management
Electrical maintenance | electrical preventive maintenance > industrial-maintenance
Marine mechanics | boat repair, outboard motors, marine engines > automotive-repair
Motorcycle repair | motorcycle maintenance, powersports repair > automotive-repair
Wheel alignment | tire service, tire changing, tyre fitting, wheel balancing > automotive-repair
Transmission repair | drivetrain repair, clutch replacement > automotive-repair
Engine rebuilding | engine overhaul, engine repair > automotive-repair
Auto electrical | automotive electrical systems, vehicle wiring > automotive-repair
Hybrid and electric vehicle service #ev-service | EV repair, electric vehicle service, hybrid vehicle repair > automotive-repair
Heavy equipment repair | heavy equipment maintenance, heavy equipment mechanic skills > diesel-mechanics
Preventive vehicle maintenance #vehicle-pm | oil changes, vehicle inspections, DOT inspections > automotive-repair
Welding symbols | weld symbols, reading weld symbols > blueprint-reading
Sandblasting | abrasive blasting, surface preparation, powder coating > metal-fabrication
Paint booth operation | spray booth, automotive painting, auto paint > auto-body-repair
Glass repair | windshield replacement, auto glass > glazing
Chimney sweeping | chimney repair, fireplace installation > trades
Irrigation systems | sprinkler installation, irrigation installation, drip irrigation > landscaping
Tree trimming | tree pruning, stump grinding, chainsaw operation > forestry
Snow removal | snow plowing, snow plough operation > landscaping
Pool maintenance | pool service, pool cleaning, spa maintenance > handyman-services
Carpet installation | carpet fitting, carpet cleaning > flooring
Wallpapering | wallpaper hanging, paperhanging > painting
Caulking and sealing #sealants | sealants, waterproofing, damp proofing > construction
Surveying instruments #surveying-equipment | theodolite, laser levels, transit level > surveying

@ hospitality
Line cooking | line cook skills, grill cooking, saute, fry station, prep cooking > cooking
Knife skills | butchery, meat cutting, fish filleting > cooking
Food plating | food presentation, plating > cooking
Wine service | sommelier skills, wine knowledge, wine pairing > food-and-beverage
Beverage management | bar management, beverage programs, beverage costing > food-and-beverage
Order taking | taking orders, order entry > food-service
Fine dining | fine-dining service, silver service > food-service
Quick service restaurant operations #qsr | QSR, fast food, drive-thru operations > food-service
Concierge services | concierge, guest concierge > hotel-management
Laundry operations | laundry, linen management, ironing > housekeeping
Event setup | event set-up, room setup, banquet setup > catering
Guest check-in | check-in and check-out, check-in procedures > hotel-management
Casino operations | table games dealing, blackjack dealing, gaming operations > hospitality
Cruise ship operations | cruise line experience > tourism
Flight attendant duties #cabin-crew | cabin crew, inflight service, in-flight safety > aviation
Tour planning | group tours, tour coordination > tourism
Food cost control | food costing, menu costing, recipe costing > restaurant-management
Inventory management (kitchen) #kitchen-inventory | kitchen ordering, stock rotation, FIFO > restaurant-management
Allergen management | food allergens, allergen awareness > food-safety
Dishwashing | dish machine, kitchen porter, steward duties > food-service
Cafeteria operations | school food service, institutional food service > food-service
Hostess duties #host | host, hostess, seating guests, waitlist management > food-service
Spa services | spa treatments, facials, esthetics, aesthetician skills > beauty-services
Barbering | barber skills, men's grooming, fades > beauty-services
Nail services | manicures, pedicures, nail art, acrylic nails > beauty-services
Pet grooming | dog grooming, pet care, dog walking, pet sitting > animal-husbandry
Event coordination | wedding planning, party planning, event coordination services > event-planning

@ design
Storyboarding | storyboards > video-production
Mood boards | moodboards > graphic-design
Character design > illustration
Concept art | visual development > illustration
Game art | 2D game art, game assets, pixel art > game-design
Texturing | texture painting, UV mapping, UV unwrapping > 3d-modeling
Character rigging | 3D rigging, rigging for animation > 3d-animation
3D animation | character animation, keyframe animation > motion-graphics
Compositing | Nuke, VFX compositing > vfx
Visual effects #vfx | VFX, visual effects production > video-production
Rotoscoping | roto, paint and roto > compositing
Product photography (e-commerce) #ecommerce-photography | e-commerce photography, catalog photography > photography
Visual storytelling | photo essays > storytelling
Infographics | infographic design, information design > graphic-design
Iconography | icon design, icons > ui-design
Data visualization design #dataviz-design | chart design, visualization design > data-visualization
Environmental graphics | signage design, wayfinding, exhibit design > graphic-design
Textile design | surface pattern design, print design for textiles > fashion-design
Fashion styling | wardrobe styling, personal styling, styling > fashion-design
Color theory | colour theory > graphic-design
Drawing | sketching, life drawing, figure drawing > fine-arts
Calligraphy | hand lettering, brush lettering > typography
Procreate > illustration
Affinity Designer | Affinity Photo, Affinity Publisher > graphic-design
GIMP | Inkscape > graphic-design
Framer | =Framer > prototyping
Principle (design) #principle | ProtoPie, Origami Studio > prototyping
Zeplin | design handoff > ui-design
UX metrics | usability metrics, System Usability Scale, task success rate > user-research
Heuristic evaluation | expert review, UX audits, UX audit > usability-testing
Diary studies | contextual inquiry, ethnographic research, field studies > user-research
Conversational design | conversation design, voice UI, VUI design > ux-design
Game UI design #game-ui | HUD design, game interface design > ui-design

@ customer-service
Technical support troubleshooting #tech-troubleshooting | troubleshooting customer issues, tier 1 support, tier 2 support, L1 support, L2 support > customer-support
Live chat support | chat support, live chat, Intercom > customer-support
Email support | email customer service, written customer support > customer-support
Phone support | telephone support, phone etiquette, telephone etiquette > customer-service
Escalation management | escalations, handling escalations > customer-service
Knowledge base management | knowledge bases, help center articles, support documentation > customer-support
Customer service metrics | first call resolution, FCR, average handle time, AHT > customer-service
Multichannel support | omnichannel support, omnichannel customer service > customer-service
De-escalation (customer) #customer-de-escalation | calming upset customers, difficult customers, angry customers > complaint-handling
Order management support #order-support | order tracking, returns and exchanges, refunds processing > customer-support
Bilingual customer service | bilingual support > customer-service
Salesforce Service Cloud | Service Cloud > crm
Five9 | Genesys, Avaya, NICE inContact, Talkdesk > call-center
""")

if __name__ == "__main__":
    raise SystemExit(main())
