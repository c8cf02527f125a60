"""Places, work arrangements and contract types as resumes write them beside an employer.

"Birchmoor Foods — Columbus, OH (on-site) — Full-time", "Acme, Porto, Portugal",
"Acme - Bristol, UK (hybrid)": the employer is only the first part. This module knows the
general vocabulary (countries, US states and other regions' codes, large cities, remote /
hybrid / on-site, full-time / part-time / contract) and the shapes ("City, ST",
"City, Country"), never a template. Pure data and small predicates.
"""

from __future__ import annotations

import re

from research.employers import DISTINCT_LEGAL_SUFFIXES

_US_STATES = {
    "AL": "alabama", "AK": "alaska", "AZ": "arizona", "AR": "arkansas", "CA": "california",
    "CO": "colorado", "CT": "connecticut", "DE": "delaware", "FL": "florida", "GA": "georgia",
    "HI": "hawaii", "ID": "idaho", "IL": "illinois", "IN": "indiana", "IA": "iowa",
    "KS": "kansas", "KY": "kentucky", "LA": "louisiana", "ME": "maine", "MD": "maryland",
    "MA": "massachusetts", "MI": "michigan", "MN": "minnesota", "MS": "mississippi",
    "MO": "missouri", "MT": "montana", "NE": "nebraska", "NV": "nevada",
    "NH": "new hampshire", "NJ": "new jersey", "NM": "new mexico", "NY": "new york",
    "NC": "north carolina", "ND": "north dakota", "OH": "ohio", "OK": "oklahoma",
    "OR": "oregon", "PA": "pennsylvania", "RI": "rhode island", "SC": "south carolina",
    "SD": "south dakota", "TN": "tennessee", "TX": "texas", "UT": "utah", "VT": "vermont",
    "VA": "virginia", "WA": "washington", "WV": "west virginia", "WI": "wisconsin",
    "WY": "wyoming", "DC": "district of columbia", "PR": "puerto rico",
}  # fmt: skip
# Canadian provinces, Australian states, Indian and other common region abbreviations
_OTHER_REGIONS = {
    "ON": "ontario", "QC": "quebec", "BC": "british columbia", "AB": "alberta",
    "MB": "manitoba", "SK": "saskatchewan", "NS": "nova scotia", "NB": "new brunswick",
    "NL": "newfoundland and labrador", "PE": "prince edward island",
    "NSW": "new south wales", "VIC": "victoria", "QLD": "queensland",
    "TAS": "tasmania", "ACT": "australian capital territory", "NT": "northern territory",
}  # fmt: skip
REGION_CODES = frozenset([*_US_STATES, *_OTHER_REGIONS])
REGION_NAMES = frozenset(
    [
        *_US_STATES.values(),
        *_OTHER_REGIONS.values(),
        "bavaria", "bayern", "hesse", "hessen", "saxony", "sachsen", "catalonia", "catalunya",
        "andalusia", "lombardy", "tuscany", "ile-de-france", "île-de-france", "brittany",
        "normandy", "flanders", "wallonia", "karnataka", "maharashtra", "telangana",
        "tamil nadu", "kerala", "gujarat", "punjab", "haryana", "greater london",
        "north rhine-westphalia", "nrw", "baden-württemberg",
    ]
)  # fmt: skip

_COUNTRY_TEXT = """
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|
bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|
bosnia and herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|
cameroon|canada|chad|chile|china|colombia|congo|costa rica|croatia|cuba|cyprus|czechia|
czech republic|denmark|djibouti|dominican republic|ecuador|egypt|el salvador|estonia|
eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|guatemala|
guinea|guyana|haiti|honduras|hong kong|hungary|iceland|india|indonesia|iran|iraq|ireland|
israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|
laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|macau|
madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|moldova|monaco|
mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands|the netherlands|
new zealand|nicaragua|niger|nigeria|north macedonia|norway|oman|pakistan|panama|
papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|
saudi arabia|senegal|serbia|singapore|slovakia|slovenia|somalia|south africa|south korea|
korea|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|
thailand|togo|trinidad and tobago|tunisia|turkey|türkiye|turkmenistan|uganda|ukraine|
united arab emirates|uae|united kingdom|uk|u.k.|great britain|gb|united states|usa|u.s.a.|
us|u.s.|united states of america|uruguay|uzbekistan|venezuela|vietnam|viet nam|yemen|
zambia|zimbabwe|england|scotland|wales|northern ireland|deutschland|österreich|schweiz|
suisse|españa|espana|méxico|brasil|italia|nederland|belgique|polska|sverige|norge|danmark|
suomi|éire
"""
COUNTRIES = frozenset(c.strip() for c in _COUNTRY_TEXT.replace("\n", "").split("|"))

# Large cities people name without a region (others are recognised by their shape)
CITIES = frozenset(
    c.strip()
    for c in """
london|paris|berlin|munich|münchen|hamburg|frankfurt|cologne|köln|stuttgart|düsseldorf|
vienna|wien|zurich|zürich|geneva|genève|basel|bern|amsterdam|rotterdam|the hague|utrecht|
eindhoven|brussels|antwerp|ghent|luxembourg|dublin|cork|belfast|edinburgh|glasgow|
manchester|birmingham|leeds|liverpool|bristol|cambridge|oxford|sheffield|newcastle|
nottingham|cardiff|madrid|barcelona|valencia|seville|sevilla|bilbao|málaga|malaga|lisbon|
lisboa|porto|milan|milano|rome|roma|turin|torino|naples|bologna|florence|athens|
stockholm|gothenburg|oslo|copenhagen|helsinki|reykjavik|warsaw|kraków|krakow|wrocław|
wroclaw|gdańsk|prague|praha|brno|budapest|bucharest|sofia|belgrade|zagreb|ljubljana|
bratislava|vilnius|riga|tallinn|kyiv|kiev|lviv|istanbul|ankara|tel aviv|jerusalem|dubai|
abu dhabi|doha|riyadh|cairo|lagos|nairobi|accra|johannesburg|cape town|casablanca|
mumbai|bombay|delhi|new delhi|bangalore|bengaluru|hyderabad|chennai|pune|kolkata|
gurgaon|gurugram|noida|ahmedabad|karachi|lahore|dhaka|colombo|singapore|kuala lumpur|
jakarta|bangkok|manila|ho chi minh city|hanoi|hong kong|shanghai|beijing|shenzhen|
guangzhou|taipei|seoul|tokyo|osaka|kyoto|sydney|melbourne|brisbane|perth|adelaide|
canberra|auckland|wellington|toronto|vancouver|montreal|montréal|ottawa|calgary|edmonton|
waterloo|quebec city|new york|new york city|nyc|brooklyn|boston|cambridge|chicago|
san francisco|sf|bay area|san francisco bay area|silicon valley|seattle|los angeles|la|
san diego|san jose|palo alto|mountain view|menlo park|sunnyvale|redmond|austin|dallas|
houston|denver|boulder|atlanta|miami|washington|washington, d.c.|washington dc|
philadelphia|pittsburgh|detroit|minneapolis|portland|phoenix|salt lake city|nashville|
raleigh|durham|charlotte|columbus|cleveland|cincinnati|st. louis|kansas city|baltimore|
orlando|tampa|las vegas|sacramento|oakland|berkeley|mexico city|ciudad de méxico|
guadalajara|monterrey|bogotá|bogota|medellín|lima|santiago|buenos aires|são paulo|
sao paulo|rio de janeiro|montevideo|caracas|quito
""".replace("\n", "").split("|")
)

_ARRANGEMENT = re.compile(
    r"^(?:fully\s+)?(?:remote(?:[- ]first)?|hybrid|on[- ]?site|onsite|in[- ]office|"
    r"in[- ]person|work from home|wfh|telecommute|distributed|anywhere)$",
    re.IGNORECASE,
)
_CONTRACT = re.compile(
    r"^(?:full[- ]?time|part[- ]?time|contract(?:or)?|contract role|freelance|freelancer|"
    r"temporary|temp|permanent|fixed[- ]term|seasonal|casual|locum|per diem|internship|"
    r"self[- ]employed contractor|volunteer(?:ing)?|apprenticeship|ft|pt|"
    r"vollzeit|teilzeit|cdi|cdd|temps plein|temps partiel|befristet|unbefristet)$",
    re.IGNORECASE,
)
_WORD = r"[A-ZÀ-Þ][\w.'’-]*"
_CITY_SHAPE = re.compile(rf"^(?:{_WORD}|St\.)(?:[ -](?:{_WORD}|de|del|la|le|am|an|upon|on|sur))*$")
_PAREN_TAIL = re.compile(r"\s*\(([^()]*)\)\s*$")


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().strip(".,;:()").lower())


def is_arrangement(text: str) -> bool:
    """ "Remote", "hybrid", "On-site", "in office"."""
    return _ARRANGEMENT.match(text.strip().strip("()[].")) is not None


def is_contract(text: str) -> bool:
    """ "Full-time", "Part time", "Contract", "Freelance", "Internship"."""
    return _CONTRACT.match(text.strip().strip("()[].")) is not None


def is_country(text: str) -> bool:
    value = text.strip()
    key = _key(value)
    if key in {"us", "uk", "gb", "uae"} and not value.isupper():
        return False  # "us" the pronoun
    return key in COUNTRIES


def is_region(text: str) -> bool:
    """A state, province or region: "OH", "NSW", "Ohio", "Bavaria"."""
    value = text.strip().strip(".,")
    if value.isupper() and value.replace(".", "") in REGION_CODES:
        return True
    return _key(value) in REGION_NAMES and value[:1].isupper()


def is_city(text: str) -> bool:
    """A large city named alone ("London", "San Francisco")."""
    value = text.strip()
    return value[:1].isupper() and _key(value) in CITIES


def city_shape(text: str) -> bool:
    """Capitalised words that could name a town ("Davis", "Milton Keynes", "Saint-Malo")."""
    value = text.strip()
    return 0 < len(value.split()) <= 4 and _CITY_SHAPE.match(value) is not None


def take_extras(text: str) -> tuple[str, list[str]]:
    """Text without trailing "(hybrid)", "(Full-time)" parentheses, and what they held."""
    found: list[str] = []
    while match := _PAREN_TAIL.search(text):
        inner = [p.strip() for p in re.split(r"[,/;·]", match.group(1)) if p.strip()]
        if not inner or not all(is_arrangement(p) or is_contract(p) for p in inner):
            break
        found = inner + found
        text = text[: match.start()].rstrip()
    return text, found


def is_place(text: str) -> bool:
    """A place as resumes write it: "Columbus, OH", "Porto, Portugal", "Seattle, WA, USA",
    "Bristol, UK (hybrid)", "Germany", "London", "Remote"."""
    value, extras = take_extras(text.strip())
    if not value:
        return bool(extras)
    if is_arrangement(value):
        return True
    parts = [p.strip() for p in value.split(",")]
    if any(not p for p in parts) or len(parts) > 3:
        return False
    last = parts[-1]
    if len(parts) == 1:
        return is_country(last) or is_region(last) or is_city(last) or _city_state(last)
    if not (is_country(last) or is_region(last) or is_city(parts[0])):
        return False
    return all(city_shape(p) or is_region(p) or is_country(p) for p in parts[:-1])


_CITY_STATE = re.compile(rf"^({_WORD}(?: {_WORD}){{0,2}}) ([A-Z]{{2}})$")


def _city_state(text: str) -> bool:
    """ "Seattle WA" without its comma."""
    match = _CITY_STATE.match(text)
    return match is not None and match.group(2) in REGION_CODES


_ORGANISATION_END = DISTINCT_LEGAL_SUFFIXES | frozenset(
    [
        "co",
        "group",
        "bank",
        "labs",
        "lab",
        "studio",
        "studios",
        "foundation",
        "trust",
        "hospital",
        "clinic",
        "school",
        "university",
        "college",
        "institute",
        "academy",
        "agency",
        "partners",
        "consulting",
        "solutions",
        "systems",
        "technologies",
        "software",
        "services",
        "health",
        "media",
        "capital",
        "holdings",
    ]
)


def _trailing_town(text: str) -> str | None:
    """The town at the end of "Acme Payments Stockholm" (three words or more, the town
    known or capitalised, and not an organisation word)."""
    words = text.split()
    if len(words) < 3 or not all(w[:1].isupper() or w in {"&", "of", "and"} for w in words):
        return None
    for size in (3, 2, 1):
        tail = " ".join(words[-size:])
        if len(words) - size >= 2 and is_city(tail):
            if words[-size - 1].lower() in {"of", "&", "and"}:
                return None  # "Central Bank of Lagos" names the bank
            return tail
    last = words[-1]
    if last.lower().strip(".") in _ORGANISATION_END or not city_shape(last) or len(last) < 3:
        return None
    if words[-2].lower() in {"of", "&", "and"}:
        return None  # "Bank of Lagos" names the bank
    return last


def split_place(pieces: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Pieces of one header line (split at commas and dashes) -> the pieces that remain,
    the place pieces taken off the end (in order), and arrangement/contract words found
    anywhere. "Software Engineer", "Acme", "Porto", "Portugal" -> ["Software Engineer",
    "Acme"], ["Porto", "Portugal"], []. A piece before a region or country is a town
    when it has a town's shape and something still precedes it."""
    extras: list[str] = []
    kept: list[str] = []
    for piece in pieces:
        value, found = take_extras(piece)
        extras.extend(found)
        if not value:
            continue
        if is_arrangement(value) or is_contract(value):
            extras.append(value)
            continue
        kept.append(value)
    place: list[str] = []
    while kept:
        last = kept[-1]
        strong = is_country(last) or is_region(last) or _city_state(last)
        if strong or (len(kept) > 1 and is_place(last) and "," in last):
            place.insert(0, kept.pop())
            continue
        town = _trailing_town(last) if place else None
        if town is not None:
            # "Tidewater Fintech Lagos, Nigeria": the town ends the employer's piece
            kept[-1] = last[: -len(town)].rstrip(" ,")
            place.insert(0, town)
            break
        if place and len(kept) == 1 and is_city(last):
            place.insert(0, kept.pop())  # "Berlin, Germany" alone on its line
            break
        if place and len(kept) > 1 and (city_shape(last) or is_city(last)):
            # "Porto" before "Portugal"
            place.insert(0, kept.pop())
            break
        if not place and len(kept) > 1 and is_city(last):
            place.insert(0, kept.pop())
        break
    if not kept and place:
        # the whole line was a place
        return [], place, extras
    return kept, place, extras


__all__ = [
    "CITIES",
    "COUNTRIES",
    "REGION_CODES",
    "city_shape",
    "is_arrangement",
    "is_city",
    "is_contract",
    "is_country",
    "is_place",
    "is_region",
    "split_place",
    "take_extras",
]
