"""Measured quantities: which source settles a claim about a price, a rate or a statistic, and the
level it is judged against.

A claim that "the federal funds rate will increase around 170 basis points" is not settled by
an oil price, nor "the crisis will push up petrol prices" by a daily close. The kind of
quantity picks the source (a policy rate: the target the central bank announces; pump prices:
the official weekly average; oil: the Brent front-month settlement; GDP, inflation, borrowing:
the national statistics office's first release, for a region's aggregate the forecaster's first
estimate after the period ends; a company's output: its own reported output; a plant's capacity
and the jobs a project creates: the operator's announcements or its filings with a regulator;
living standards: real household disposable income per head; aid:
the official development assistance statistics; a workforce figure: the assessment it comes from;
a country's first nuclear power: the first grid connection; taxes and allowances: the amount in
force, not one legislated; other market prices: the market's daily close),
and the claim's words pick the level: "to 3.6%" or "above $100" is a level; "by about 75 basis
points" is a change counted from the value when the window opens; "further" or "up" without a
number is a move away from that value. A level says which side of it counts ("rise to 3.6%" is
met at 3.6% or more, "fall to 3.8%" at 3.8% or less); a statistic said to be at a figure ("hold
steady at 2.4%") is met by a published figure that rounds to it. A figure said to be "around" or
"about" something says its band: with decimals what rounds to it, a whole number within 5% either
way. A level crossed counts whatever the verb says it ("go above $100", "dip under 90", "break
$120"): with a price for its subject, it is a price level, never a matter of what outlets report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from forecasts.extract.gazetteer import actors_in
from forecasts.extract.inflation_measures import inflation_measure


@dataclass(frozen=True)
class Quantity:
    """A kind of measured quantity: the source that settles it, what counts as its value, what does not."""

    kind: str
    source: str
    value: str
    not_counted: str


POLICY_RATE = Quantity(
    "policy_rate",
    "the policy rate the central bank announces after its rate-setting meetings",
    "rate",
    "Market expectations, futures prices and forecasts of the rate do not count.",
)
PUMP_PRICE = Quantity(
    "pump_price",
    "the official weekly average pump price (in the UK the government's weekly road fuel prices, in the US the "
    "EIA's weekly retail prices)",
    "price",
    "Prices at single stations and forecasts of the price do not count.",
)
# Heating oil, propane and kerosene for homes: a retail price, surveyed weekly through the heating season.
HEATING_FUEL_PRICE = Quantity(
    "heating_fuel_price",
    "the official weekly average residential price (in the US the EIA's weekly heating oil and propane prices, "
    "in the UK the government's domestic fuel price statistics)",
    "price",
    "Prices at single suppliers and forecasts of the price do not count.",
)
OIL_PRICE = Quantity(
    "oil_price",
    "the daily settlement of the ICE Brent front-month futures contract",
    "level",
    "Intraday spikes and forecasts of the level do not count.",
)
WTI_PRICE = Quantity(
    "oil_price",
    "the daily settlement of the NYMEX WTI front-month futures contract",
    "level",
    "Intraday spikes and forecasts of the level do not count.",
)
# Where a statistic's change is counted from: it has no level on a day, only per period.
STATISTIC_BASELINE = "last published before {opens} (the figure for the latest period then)"
STATISTIC = Quantity(
    "statistic",
    "first published for that period by the national statistics office (or the institution that compiles the figure)",
    "level",
    "Forecasts, projections and estimates by others do not count; a later revision counts only if published "
    "before the deadline.",
)
SET_RATE = Quantity(
    "set_rate",
    "the rate or amount in force as the government or the tax authority publishes it",
    "rate",
    "A rate legislated or announced but not yet in force does not count; nor do proposals.",
)
COMPANY_OUTPUT = Quantity(
    "company_output",
    "the company's own reported output (its annual report or results statement)",
    "output",
    "Targets, capacity and plans do not count.",
)
# What a plant or project is built to produce, and the jobs it brings, are no national statistic:
# the operator says when the capacity is in place and how many it employs, and a regulator or the
# body that granted the project records them.
CAPACITY = Quantity(
    "capacity",
    "the operator's or the project's own announcement that the capacity is in place (on commissioning or in its "
    "results), or its filings with the regulator (a licence, a permit or a commissioning notice)",
    "capacity",
    "Output actually produced, plans, design figures for capacity not yet built, and estimates by others do not count.",
)
JOBS_CREATED = Quantity(
    "jobs_created",
    "the company's or the project's own announcements of the jobs it has created, or the figures it reports to the "
    "regulator or the government body that granted the project",
    "number",
    "Pledges, estimates of jobs to come and jobs said to be created elsewhere in the economy (indirect jobs) do not "
    "count.",
)
# Living standards are read from one measure: real household disposable income per head.
LIVING_STANDARDS = Quantity(
    "living_standards",
    "real household disposable income per head as the national statistics office publishes it (in the UK the "
    "ONS's quarterly national accounts)",
    "level",
    "Forecasts, surveys of how people feel and estimates by others do not count; a later revision counts only if "
    "published before the deadline.",
)
# A region's aggregate has no statistics office: the forecaster's own first estimate after the
# period ends settles it. The report's next edition comes out during the period (a January report's
# June edition), so it is another forecast, not the outcome.
REGIONAL_STATISTIC = Quantity(
    "regional_statistic",
    "the first estimate for that period that the institution that made the forecast publishes after the period "
    "ends (for a calendar year, the first edition of its report after the year ends, such as the World Bank's "
    "Global Economic Prospects of the following January or the IMF's World Economic Outlook of the following April)",
    "level",
    "Forecasts published before the period ends, the next edition of the same report among them, and estimates "
    "by other institutions do not count; a later revision counts only if published before the deadline.",
)
AID_SPENDING = Quantity(
    "aid_spending",
    "the official development assistance statistics for that year (the OECD DAC's, or the government's own "
    "statistics on international development)",
    "level",
    "Pledges and budget allocations do not count.",
)
WORKFORCE = Quantity(
    "workforce",
    "the workforce assessment or survey the article's figure comes from (or its next edition)",
    "level",
    "Forecasts by others and vacancy adverts do not count.",
)
FIRST_NUCLEAR_POWER = Quantity(
    "first_nuclear_power",
    "the first connection of a nuclear power reactor in the country to the grid, as the operator or the IAEA's "
    "Power Reactor Information System records it",
    "date",
    "Construction milestones, fuel loading, official claims of readiness and research reactors do not count.",
)
# A share of national income spent on defence is a yearly figure, compiled after the year.
DEFENCE_SPENDING = Quantity(
    "defence_spending",
    "NATO's yearly figures of defence expenditure as a share of GDP for that year (its Defence Expenditure of "
    "NATO Countries report; for a country outside NATO, SIPRI's Military Expenditure Database)",
    "share",
    "Pledges, budget plans and targets do not count; nor do estimates published before the year ends.",
)
# The deficit as a share of GDP: the statistics office's public sector finances for each fiscal year.
PUBLIC_BORROWING = Quantity(
    "public_borrowing",
    "the public sector finances the national statistics office publishes for each fiscal year (the deficit or net "
    "borrowing the claim names, as a share of GDP, or the finance ministry's outturn for the year where the office "
    "publishes none)",
    "share",
    "Forecasts, such as the fiscal watchdog's, and budget plans do not count; a later revision counts only if "
    "published before the deadline.",
)
MARKET_PRICE = Quantity(
    "market_price",
    "the daily closing value on the exchange or market that quotes it",
    "level",
    "Intraday spikes and forecasts of the level do not count.",
)

_POLICY_RATE = re.compile(
    r"(?i)\b(?:federal\s+funds|bank|policy|base|cash|refinancing|repo|key|deposit|discount|benchmark)\s+"
    r"(?:interest\s+)?rates?\b|\binterest\s+rates?\b"
)
_PRICE = r"\b(?:prices?|costs?)\b"
_PUMP_PRICE = re.compile(
    rf"(?i)\b(?:petrol|gasoline|diesel|fuel|pump)\b(?=.*{_PRICE})|{_PRICE}.*\b(?:petrol|gasoline|diesel)\b"
)
_HEATING_FUEL_PRICE = re.compile(rf"(?i)\b(?:heating\s+oil|propane|kerosene)\b(?=.*{_PRICE})")
_WTI = re.compile(r"(?i)\b(?:wti|west\s+texas)\b")
# Crude oil, not vegetable, palm or heating oil: "global vegetable oil consumption" is no oil price.
_OIL = re.compile(
    r"(?i)\b(?:(?<!vegetable\s)(?<!heating\s)(?<!palm\s)(?<!olive\s)(?<!soybean\s)(?<!cooking\s)(?<!edible\s)"
    r"(?<!fuel\s)(?<!motor\s)oil|crude|brent)\b"
)
_STATISTIC = re.compile(
    r"(?i)\b(?:inflation|gdp|growth|unemployment|cpi|pce|ppi|consumer\s+prices?|producer\s+prices?|personal\s+consumption|"
    r"borrowing|debt|deficit|surplus|exports|imports|output|"
    r"production|spending|revenues?|demand|employment|wages|earnings|workers|jobs|public\s+finances|"
    # What an agency's supply and use tables count: "global vegetable oil consumption", "ending stocks".
    r"consumption|supplies|inventories|ending\s+stocks|harvests?|crops?|plantings|acreage|shipments)\b"
)
# Rates and amounts a government sets: taxes, duties, allowances, contributions, the minimum wage.
_SET_RATE = re.compile(
    r"(?i)\b(?:tax(?:es)?|duty|duties|vat|allowance|contributions?|tariffs?|levy|threshold|"
    r"(?:minimum|living)\s+wage)\b"
)
_MARKET = re.compile(
    r"(?i)\b(?:prices?|stocks?|shares|index|yields?|dollar|euro|pound|sterling|rouble|ruble|rial|yen|yuan|"
    r"currency|bitcoin|gold|wheat|bonds?)\b"
)
# "rise by about 75 basis points": a change, counted from the value when the window opens.
_CHANGE_VERB = re.compile(
    r"(?i)^(?:rise|increase|climb|grow|jump|surge|soar|fall|decrease|decline|drop|shrink|slip|plunge|slump|"
    r"ease|cut|raise|lower|lift|push|drive|go|move|edge|slow|moderate|cool|soften|decelerate|accelerate|weaken|"
    r"strengthen|rebound|pick\s+up)\b"
)
# A figure, perhaps hedged: "about 75", "nearly $4", "-0.5".
_ABOUT = r"(?:about|around|roughly|some|nearly|almost)\s+"
_FIGURE = r"[-+]?[$\u20ac\u00a3]?\d[\d,.]*"
# A listed figure's unit: a rate ("4.4%"), or a price or amount with its scale and measure
# ("$54/b", "$59 a barrel", "$4.6 billion", "1.4 million barrels per day"); prices and amounts are
# listed by period just as rates are.
_LISTED_UNIT = (
    r"(?:\s*(?:%|percent\b|per\s+cent\b)"
    r"|(?:\s*(?:billion|million|trillion|thousand|bn)\b)?"
    r"(?:\s+(?:barrels|tonnes|tons|ounces|gallons|dollars|euros|pounds|yen)\b)?"
    r"(?:/[a-z]+\b|\s+(?:an?|per)\s+(?:barrel|gallon|litre|liter|tonne|ton|ounce|day|week|month|year|mmbtu|therm|"
    r"kwh|mwh)\b)?)"
)
# A level crossed: "go above $100", "dip under 90", "break $120", "climb past $2,500".
_THRESHOLD_PREPOSITION = r"(?:above|below|over|under|beyond|past|through)"
_CROSSING_VERB = r"(?:exceed|top|break|breach|surpass|pass|cross|clear)"
_CROSSED_LEVEL = re.compile(
    rf"(?i)^[a-z]+(?:\s+\w+ly)?\s+{_THRESHOLD_PREPOSITION}\s+(?:the\s+)?{_FIGURE}"
    rf"|^{_CROSSING_VERB}(?:e?s|ed|ing)?\s+(?:through\s+)?(?:the\s+)?{_FIGURE}"
)
# Units a level is written with: "$100 a barrel", "$2,500 an ounce", "90 to the dollar".
_LEVEL_UNIT = (
    r"(?:/[a-z]+|\s*(?:%|percent|per\s+cent|basis\s+points|points|dollars|"
    r"(?:an?|per)\s+(?:barrel|gallon|litre|liter|tonne|ton|ounce|mmbtu|therm|kwh|mwh)\b|p\s+a\s+litre|"
    r"(?:\w+\s+)?to\s+the\s+(?:dollar|euro|pound|yen)\b|(?:billion|million|trillion)\b))?"
)


def crosses_level(phrase: str) -> bool:
    """Whether the phrase puts a value across a figure, whatever its verb: "go above $100 a barrel",
    "dip under 90 to the dollar", "break $120", "climb past $2,500". With a price as its subject,
    this is a price level, judged on the price's own series, never on what outlets report."""
    return _CROSSED_LEVEL.search(phrase.strip()) is not None


# "less than 2%", "more than 3%": a bound the figure itself is outside of, kept with it so that
# "reduce the deficit to less than 2%" is not met at exactly 2%.
_BOUND = r"(?:less|fewer|more)\s+than\s+"
_LEVEL = re.compile(
    r"\b(?:to|at|above|below|over|under|beyond|past|of|near|around|reach(?:es)?|exceed(?:s)?|top(?:s)?|"
    r"average(?:s)?|break(?:s)?|breach(?:es)?|surpass(?:es)?|pass(?:es)?|cross(?:es)?|clear(?:s)?)\s+"
    rf"(?P<level>(?:{_ABOUT}|{_BOUND})?{_FIGURE}{_LEVEL_UNIT})",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    rf"(?P<amount>(?:{_ABOUT}|{_BOUND})?{_FIGURE}"
    r"\s*(?:%|percent|per\s+cent|basis\s+points|bps|percentage\s+points|points|(?:billion|million|trillion)\b)?)",
    re.IGNORECASE,
)


# Aid: "international development spending", "aid spending", "0.7% of GNI".
_AID = re.compile(
    r"(?i)\b(?:(?:international\s+)?development\s+(?:spending|aid|assistance|budget)|(?:foreign|overseas)\s+aid|"
    r"aid\s+(?:spending|budget)|official\s+development\s+assistance|oda)\b|\bof\s+(?:gross\s+national\s+income|gni)\b"
)
# Who is short of workers: "the demand for skilled welders", "the nuclear workforce".
_WORKFORCE = re.compile(
    r"(?i)\b(?:demand\s+for\s+(?:[\w-]+\s+){0,3}(?:workers|staff|engineers|welders|nurses|"
    r"teachers|people)|workforce|skills\s+gap|shortage\s+of\s+(?:[\w-]+\s+){0,3}\w+)\b"
)
# "the annual production capacity", "a capacity of 2 million tonnes".
_CAPACITY = re.compile(r"(?i)\bcapacity\b")
# "create 5,860 jobs", "add about 300 new jobs": jobs a company or project brings, not employment.
_JOBS_CREATED = re.compile(
    r"(?i)^(?:create|add|generate|provide|bring|support)\s+(?:about\s+|around\s+|up\s+to\s+|"
    r"more\s+than\s+|over\s+|some\s+|nearly\s+)?(?P<jobs>\d[\d,.]*(?:\s+(?:million|thousand))?)\s+(?:[\w-]+\s+){0,2}?jobs\b"
)
# "living standards", "the standard of living", "household incomes": welfare, read from its measure.
_LIVING_STANDARDS = re.compile(
    r"(?i)\bliving\s+standards?\b|\bstandards?\s+of\s+living\b|\bhousehold\s+(?:disposable\s+)?incomes?\b"
)
_WELFARE_MOVES = re.compile(
    r"(?i)\b(?:rise|grow|fall|improve|increase|decline|recover|stagnate|squeeze|higher|lower|better|worse)\w*\b"
)
_COMPANY_MEASURE = re.compile(
    r"(?i)\b(?:output|production|produc(?:e|ing)|sales|sell|deliveries|deliver|revenues?|extract(?:ion|ing)?|pump(?:ing)?|"
    r"exports?|exporting|generat(?:e|ing|ion))\b"
)
# A country "joining the countries that use nuclear power", "becoming a nuclear power producer".
_FIRST_NUCLEAR = re.compile(
    r"(?i)\bjoin\s+(?:the\s+)?(?:club\s+of\s+)?(?:countries|nations|states)\s+(?:that\s+)?(?:use|using|with|"
    r"generat\w*|produc\w*)\s+(?:atomic|nuclear)\s+(?:energy|power)\b"
)
# "2% of national income", "1.1% of GDP": a share of the economy, a yearly national-accounts figure.
_SHARE_OF_GDP = r"\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b)\s+of\s+(?:its\s+|the\s+country's\s+)?(?:gdp|gross\s+domestic\s+product|national\s+income)\b"
# "a year", "each year", "annually": a share spent in every year, not once.
_EACH_YEAR = r"(?:\s+(?:a|each|per|every)\s+year|\s+annually)"
# "spend 2% of GDP on defence", "spend 2% of GDP a year on defence", "defence spending of 2% of GDP".
_DEFENCE_SHARE = re.compile(
    rf"(?i)\bspend\w*\s+(?:at\s+least\s+|{_ABOUT})?{_SHARE_OF_GDP}{_EACH_YEAR}?\s+on\s+(?:its\s+)?(?:defen[cs]e|the\s+military|"
    r"(?:its\s+|the\s+)?armed\s+forces)\b"
    rf"|\b(?:defen[cs]e|military)\s+(?:spending|expenditure|budget)\b.*\b{_SHARE_OF_GDP}"
)
_BORROWING_SHARE = re.compile(rf"(?i)\b(?:deficit|borrowing)\b.*\b{_SHARE_OF_GDP}")
# "by around 1.1% of GDP a year (on average)": a pace, each fiscal year against the one before.
_PACE = re.compile(
    rf"(?i)\bby\s+(?P<amount>(?:{_ABOUT})?{_SHARE_OF_GDP})\s+(?:a|each|per|every)\s+year(?P<average>\s+on\s+average)?"
)
# Regions and groups of economies no national office reports on.
_REGION = re.compile(
    r"(?i)\b(?:latin\s+america|the\s+caribbean|sub-saharan\s+africa|(?:south|east|southeast|central)\s+asia|"
    r"(?:the\s+)?pacific|middle\s+east|north\s+africa|mena|emerging\s+(?:market\s+)?(?:and\s+developing\s+)?"
    r"economies|emdes?|advanced\s+economies|developing\s+(?:economies|countries)|low-income\s+countries|"
    r"the\s+world|global|world|the\s+region)\b"
)
# A statistic put at a percentage: "growth will edge up to 2.3%", whatever the verb.
_PERCENTAGE = re.compile(r"(?i)\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)")
# Verbs that put a measured quantity at a level or keep it there: "hold steady at 2.4%".
_LEVEL_VERBS = frozenset("be hold stay remain keep stand average reach hit top exceed grow".split())
# "gross domestic product (GDP) growth": an abbreviation in brackets is part of the statistic's name.
_STATISTIC_HEAD = re.compile(
    r"(?i)^(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:\([A-Z]{2,6}\)\s+)?(?:growth|inflation|gdp|unemployment|employment|borrowing|debt|deficit|"
    r"output|production|exports|imports|spending|wages|earnings)\b"
)


def _company_named(subject: str) -> bool:
    """ "Acme Gas", "Novatek's output": the subject opens with a name that is not a place or state."""
    name = re.match(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)(?:['\u2019]s\b)?", subject.strip())
    if name is None or actors_in(name.group(1)) or _STATISTIC_HEAD.match(subject.strip()):
        return False  # a place, or "Growth" opening a sentence
    return not re.match(r"(?i)(?:the|a|an|this|that|these|those|its|their)\b", name.group(1))


def measured_event(verb: str, subject: str, phrase: str) -> bool:
    """Whether the claim is about a measured quantity whose source settles it (``quantity_of``), even
    when its verb is not one of change: "growth will hold steady at 2.4%", "the commitment on aid
    spending will be honoured", "Acme Gas will produce 30 million tonnes", "Ruritania will join the
    countries that use nuclear power"."""
    text = f"{subject} {phrase}"
    if _FIRST_NUCLEAR.search(phrase) or _AID.search(text):
        return True
    if _JOBS_CREATED.match(phrase) or (_CAPACITY.search(subject) and re.search(r"\d", phrase)):
        return True  # "the project will create 5,860 jobs", "the capacity will be 120 tonnes"
    if _LIVING_STANDARDS.search(subject) and _WELFARE_MOVES.search(phrase):
        return True  # "living standards will continue to grow": a statistic, not a story to report
    if _DEFENCE_SHARE.search(text) or _BORROWING_SHARE.search(phrase):
        return True  # "spend 2% of GDP on defence", "reduce the deficit by 1.1% of GDP a year"
    if _company_named(subject) and _COMPANY_MEASURE.search(text) and re.search(r"\d", phrase):
        return True
    if _STATISTIC_HEAD.match(subject.strip()) and _PERCENTAGE.search(phrase):
        return True  # "growth will edge up to 2.3%", "inflation will slow to 2.5 percent"
    measured = _STATISTIC_HEAD.match(subject.strip()) or _SET_RATE.search(subject)
    return verb in _LEVEL_VERBS and bool(measured) and bool(re.search(r"\d", phrase))


# "hold steady at 2.4%": the subject stays where it is; nothing else is moved.
_STEADY = re.compile(r"(?i)(?:hold|keep|stay|remain)\s+(?:steady|stable|firm|flat|unchanged|broadly\s+\w+)\b")
_MOVING_VERB = re.compile(r"(?i)(?:push|drive|send|force|lift|raise|lower|cut|bring|keep|hold)\b")


def quantity_of(subject: str, phrase: str) -> Quantity:
    """The kind of quantity a price-level claim measures, from the words of its subject and phrase.

    The subject names it ("oil prices will reach ..."), or, when the subject is a cause ("the
    crisis will push up petrol prices"), what the verb moves.
    """
    if _MOVING_VERB.match(phrase) and not _STEADY.match(phrase):
        subject = phrase  # "the weaker pound will push inflation to 3.1%": inflation is measured
    text = f"{subject} {phrase}"
    if _FIRST_NUCLEAR.search(phrase):
        return FIRST_NUCLEAR_POWER
    if _AID.search(text):
        return AID_SPENDING
    if _DEFENCE_SHARE.search(text):
        return DEFENCE_SPENDING
    if _BORROWING_SHARE.search(text):
        return PUBLIC_BORROWING
    if _WORKFORCE.search(subject):
        return WORKFORCE
    if _JOBS_CREATED.match(phrase):
        return JOBS_CREATED
    if _CAPACITY.search(subject) or re.search(r"(?i)\bcapacity\s+of\s+\d", phrase):
        return CAPACITY
    if _LIVING_STANDARDS.search(subject):
        return LIVING_STANDARDS
    if _company_named(subject) and _COMPANY_MEASURE.search(text):
        return COMPANY_OUTPUT
    if _POLICY_RATE.search(text):
        return POLICY_RATE
    if _HEATING_FUEL_PRICE.search(text):
        return HEATING_FUEL_PRICE
    if _PUMP_PRICE.search(text):
        return PUMP_PRICE
    if _SET_RATE.search(subject):
        return SET_RATE
    if _STATISTIC.search(subject):
        if _REGION.search(subject):
            return REGIONAL_STATISTIC  # "growth in Latin America and the Caribbean"
        return STATISTIC  # "crude oil production" is a statistic, not the oil price
    if _WTI.search(text):
        return WTI_PRICE
    if _OIL.search(text):
        return OIL_PRICE
    if _MARKET.search(subject):
        return MARKET_PRICE
    if _SET_RATE.search(phrase):
        return SET_RATE
    if _STATISTIC.search(phrase):
        return STATISTIC  # "the fall in sterling will push inflation to 2.4%"
    return MARKET_PRICE


# A level the value must reach, after a verb of change ("rise to 3.6%", "climb above $100").
_TO_LEVEL = re.compile(
    r"\b(?:to|at|above|below|over|under|beyond|past)\s+(?:an?\s+(?:average|record|high|low|peak)\s+of\s+)?"
    rf"(?P<level>(?:{_ABOUT}|{_BOUND})?[-+]?[$\u20ac\u00a3]?\d[\d,.]*{_LEVEL_UNIT})",  # "rise to about 4.2%" is a level too
    re.IGNORECASE,
)


# The words of a change's baseline before a bound: "from slightly [over 3 percent]".
_IN_BASELINE = re.compile(r"(?i)\bfrom\s+(?:[a-z]+\s+){0,2}$")


# A second figure of jobs after the first, with where each is: " in the region and over 80,000 jobs
# across the country".
_MORE_JOBS = re.compile(
    r"(?i)(?P<where>[^,;.]*?)\s+and\s+(?P<hedge>(?:over|more\s+than|about|around|some|nearly|up\s+to)\s+)?"
    r"(?P<jobs>\d[\d,.]*(?:\s+(?:million|thousand))?)\s+(?:[\w-]+\s+){0,2}?jobs\b(?P<where2>[^,;.]*)"
)


def _jobs_bound(more: re.Match[str]) -> str:
    """ "over 80,000" -> "more than 80,000 jobs", "80,000" -> "80,000 jobs or more": a second figure's side."""
    hedge = " ".join((more.group("hedge") or "").split()).lower()
    jobs = more.group("jobs")
    if hedge in ("over", "more than"):
        return f"more than {jobs} jobs"
    if hedge:
        return f"{hedge} {jobs} jobs"
    return f"{jobs} jobs or more"


def level_text(quantity: Quantity, phrase: str, opens: str) -> str:
    """What the claim is judged against: "; the level: 3.6% or more", "; the change is counted from
    the rate in force on <opens>: about 75 basis points", "; compared with the price in the week of
    <opens>", or ""."""
    created = _JOBS_CREATED.match(phrase) if quantity is JOBS_CREATED else None
    if created is not None:
        first = f"{created.group('jobs')} jobs or more"
        more = _MORE_JOBS.match(phrase, created.end())
        if more is None:
            return f"; the level: {first}"
        # "create 12,000 jobs in the region and over 80,000 jobs across the country": the claim is both
        # figures, each with its own place; neither alone meets it.
        return f"; the level: {first}{more.group('where')} and {_jobs_bound(more)}{more.group('where2').rstrip()}"
    pace = _PACE.search(phrase) if quantity is PUBLIC_BORROWING else None
    if pace is not None:
        average = " on average" if pace.group("average") else ""
        return (
            f"; the pace: the deficit as a share of GDP falls by {_banded(pace.group('amount'))} a year{average}, each "
            "fiscal year's figure against the year before's"
        )
    if _CHANGE_VERB.match(phrase):
        # "decline from slightly over 3 percent to 1 percent": a bound inside the baseline is where
        # the change starts, not the level it must reach.
        level = next(
            (m for m in _TO_LEVEL.finditer(phrase) if not _IN_BASELINE.search(phrase, 0, m.start())),
            None,
        )
        if level is not None:
            return f"; the level: {_bounded(quantity, level.group('level').strip(), level.group(0), phrase)}"
        amount = _AMOUNT.search(phrase)
        standard = _STANDARD.search(phrase)
        if standard is not None and amount is None:
            # "grow faster than the economy": the standard is named, and it is not a level on a day.
            return f"; compared with {standard.group('standard')} over the same period"
        if quantity in (PUMP_PRICE, HEATING_FUEL_PRICE):
            when = f"in the week of {opens}"
        elif quantity is POLICY_RATE:
            when = f"in force on {opens}"
        elif quantity in (STATISTIC, REGIONAL_STATISTIC):
            # A statistic has no level on a day: it is published for periods, the last one before
            # the window opens is the baseline ("inflation will rise": above the latest reading).
            when = STATISTIC_BASELINE.format(opens=opens)
        else:
            when = f"on {opens}"
        if amount is None:
            return f"; compared with the {quantity.value} {when}"
        return f"; the change is counted from the {quantity.value} {when}: {_banded(amount.group('amount').strip())}"
    found = _LEVEL.search(phrase)
    if found is not None:
        return f"; the level: {_bounded(quantity, found.group('level').strip(), found.group(0), phrase)}"
    amount = _AMOUNT.search(phrase)
    if amount is None:
        return ""
    bounded = _bounded(quantity, amount.group("amount").strip(), amount.group(0), phrase)
    if quantity is DEFENCE_SPENDING and is_share_each_year(phrase):
        # "spend 2% of GDP a year on defence": every year's own figure, not their average.
        return f"; the level: {bounded} in each year's figure, not on average over the years"
    return f"; the level: {bounded}"


# "faster than the economy", "more slowly than wages": a change measured against a named standard.
_STANDARD = re.compile(
    r"(?i)\b(?:faster|slower|more\s+slowly|more\s+quickly|more|less)\s+than\s+(?P<standard>(?:the\s+)?[a-z][\w\s'-]{2,40}?)\s*$"
)


# Verbs that say which side of the level counts: "rise to 3%" is met at 3% or more.
# "edge", "move", "go" say no direction alone: "edge down to 2.6%" falls, "edge up to 2.6%" rises.
_DOWNWARD = r"(?:edge|move|go|tick|inch|drift|come)s?\s+(?:down|lower)\b"
_RISING = re.compile(
    rf"(?i)^(?!{_DOWNWARD})(?:rise|increase|climb|grow|jump|surge|soar|raise|lift|push|drive|go|move|edge|reach|"
    r"exceed|top|hit|hike|double|triple|recover|rebound|tick|inch)\b"
)
_FALLING = re.compile(
    rf"(?i)^(?:{_DOWNWARD}|(?:fall|decrease|decline|drop|shrink|slip|plunge|slump|ease|cut|lower|slow|contract|"
    r"halve|reduce)\b)"
)
_HEDGED = re.compile(rf"(?i)^(?:{_ABOUT}|{_BOUND})")


def _bounded(quantity: Quantity, level: str, said: str, phrase: str) -> str:
    """The level with the side of it that counts, so a stranger knows whether 3.7% meets "fall to
    3.8%": "above $100", "3.8% or less", or, for a statistic said to be at a figure, the range
    that rounds to it (a set rate or a price is exact)."""
    preposition = said.split()[0].lower() if said.split() else ""
    # "top $100", "break $120": a crossing verb says the value goes beyond the figure.
    if preposition in ("above", "over", "beyond", "past", "through") or re.fullmatch(
        rf"{_CROSSING_VERB}(?:e?s)?", preposition
    ):
        return f"above {level}"
    if preposition in ("below", "under"):
        return f"below {level}"
    band = _approximate_band(level)
    if band is not None:
        low, high = band
        if _RISING.match(phrase):
            return f"{level}, that is {low} or more"
        if _FALLING.match(phrase):
            return f"{level}, that is {high} or less"
        return _banded(level)
    under = _just_under(level)
    if under is not None:
        return under
    if _HEDGED.match(level):
        return level  # "more than 3%": the source's own bound, for a person to judge
    if quantity is DEFENCE_SPENDING:
        return f"{level} or more"  # "spend 2% on defence" is met by spending more, as the pledge means
    if _RISING.match(phrase):
        return f"{level} or more"
    if _FALLING.match(phrase):
        return f"{level} or less"
    if quantity in (STATISTIC, REGIONAL_STATISTIC):
        return _rounded_range(level)
    return level


_NUMBER = re.compile(r"(?P<number>\d[\d,]*(?:\.(?P<decimals>\d+))?)")
# "about", "around", "roughly": a figure given loosely, as against "nearly" (just under it).
_APPROXIMATELY = re.compile(r"(?i)^(?:about|around|roughly|approximately|some)\s+")


def _approximate_band(level: str) -> tuple[str, str] | None:
    """The values "around 1.1%" or "about 170 basis points" accepts, as (low, high) with the
    figure's own units; None for a figure not said to be approximate.

    A figure with decimals is given to the precision it is published at, so what rounds to it
    counts ("around 1.1%": 1.05% up to 1.15%); a whole number is often a round one ("about 170",
    "around $100"), whose last digit says nothing of its precision, so within 5% either way counts."""
    hedge = _APPROXIMATELY.match(level)
    found = _NUMBER.search(level, hedge.end()) if hedge is not None else None
    if hedge is None or found is None:
        return None
    value = float(found.group("number").replace(",", ""))
    decimals = len(found.group("decimals") or "")
    if decimals:
        half, shown = 0.5 / 10**decimals, decimals + 1
    else:
        half, shown = value * 0.05, 0 if (value * 0.05).is_integer() else 2
    before, after = level[hedge.end() : found.start()], level[found.end() :]
    low, high = (f"{before}{_figure(v, shown)}{after}" for v in (value - half, value + half))
    return low, high


_NEARLY = re.compile(r"(?i)^(?:nearly|almost|just\s+(?:under|below|short\s+of))\s+")


def _just_under(level: str) -> str | None:
    """ "almost 3 per cent" -> "almost 3 per cent (a figure from 2.85 per cent up to, not including, 3 per
    cent counts)": just under the figure, within the band "about" it would accept (``_approximate_band``)."""
    hedge = _NEARLY.match(level)
    if hedge is None:
        return None
    band = _approximate_band(f"about {level[hedge.end() :]}")
    if band is None:
        return None
    return f"{level} (a figure from {band[0]} up to, not including, {level[hedge.end() :]} counts)"


def _figure(value: float, decimals: int) -> str:
    """ "161.50" -> "161.5", "95.00" -> "95": a bound written with no more digits than it needs."""
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _banded(amount: str) -> str:
    """ "around 1.1% of GDP" -> "around 1.1% of GDP (a figure from 1.05% up to 1.15% of GDP counts)"."""
    band = _approximate_band(amount)
    return amount if band is None else f"{amount} (a figure from {band[0]} up to {band[1]} counts)"


def _rounded_range(level: str) -> str:
    """ "2.4%" -> "2.4% (a published 2.35% up to 2.45% rounds to it)": the figure's own rounding."""
    found = _NUMBER.search(level)
    if found is None:
        return level
    decimals = len(found.group("decimals") or "")
    value = float(found.group("number").replace(",", ""))
    half = 0.5 / 10**decimals
    low, high = (f"{v:,.{decimals + 1}f}" for v in (value - half, value + half))
    unit = level[: found.start()], level[found.end() :]
    return f"{level} (a published {unit[0]}{low}{unit[1]} up to {unit[0]}{high}{unit[1]} rounds to it)"


# A price forecast for a period as a whole: "average $71/b in 2027", "range from $41/b to $83/b".
# Forecasters (the EIA's Short-Term Energy Outlook among them) mean the period's average price, not
# a single day's, so the period's published average settles it.
_AVERAGE = re.compile(rf"(?i)^averages?\s+(?:at\s+|of\s+)?(?P<level>(?:{_ABOUT})?{_FIGURE}{_LISTED_UNIT})")
# "decline from the August level to an average of $2.11/gal": a move to a period's average, the
# side of it the verb gives.
_TO_AN_AVERAGE = re.compile(rf"(?i)\bto\s+an?\s+average\s+of\s+(?P<level>(?:{_ABOUT})?{_FIGURE}{_LISTED_UNIT})")
_RANGE = re.compile(
    rf"(?i)^ranges?\s+(?:from\s+|between\s+)(?P<low>{_FIGURE}{_LISTED_UNIT})\s+(?:to|and)\s+(?P<high>{_FIGURE}{_LISTED_UNIT})"
)
# Where each price's average over a period is published.
_AVERAGED_SOURCE = {
    "oil_price": "the EIA's published average of daily Brent spot prices for the period (its monthly and annual "
    "averages); for a period it has not averaged, the mean of the daily settlements of the ICE Brent front-month "
    "futures contract over it",
    "pump_price": "the mean of the official weekly average pump prices over the period (in the UK the government's "
    "weekly road fuel prices, in the US the EIA's weekly retail prices)",
    "heating_fuel_price": "the mean of the official weekly average residential prices over the period (in the US "
    "the EIA's weekly heating oil and propane prices, in the UK the government's domestic fuel price statistics)",
    "market_price": "the mean of the daily closing values over the period on the exchange or market that quotes it",
}
_WTI_AVERAGED = (
    "the EIA's published average of daily WTI (Cushing, Oklahoma) spot prices for the period (its monthly and "
    "annual averages); for a period it has not averaged, the mean of the daily settlements of the NYMEX WTI "
    "front-month futures contract over it"
)


def is_averaged_price(subject: str, phrase: str) -> bool:
    """Whether the claim gives a price's average over a period ("Brent will average $54/b in 2015",
    "range from $41/b to $83/b"): that average is a figure of the whole period, published after
    it ends, like an official statistic's."""
    quantity = quantity_of(subject, phrase)
    if quantity is not WTI_PRICE and quantity.kind not in _AVERAGED_SOURCE:
        return False
    return bool(_AVERAGE.match(phrase) or _RANGE.match(phrase) or _TO_AN_AVERAGE.search(phrase))


def _averaged_criteria(quantity: Quantity, subject: str, phrase: str, opens: str, deadline: str) -> str | None:
    """The criteria of a price said to average a figure, to range between two, or to move to an
    average ("decline to an average of $2.11/gal") over a period: the period's average counts, not
    a day's price; ``None`` for any other claim."""
    if quantity is WTI_PRICE:
        source = _WTI_AVERAGED
    elif quantity.kind in _AVERAGED_SOURCE:
        source = _AVERAGED_SOURCE[quantity.kind]
    else:
        return None
    average = _AVERAGE.match(phrase)
    spread = _RANGE.match(phrase)
    moved_to = _TO_AN_AVERAGE.search(phrase)
    if spread is not None:
        level = f"is between {spread.group('low').strip()} and {spread.group('high').strip()} (both included)"
    elif average is not None:
        level = f"is {_bounded(STATISTIC, average.group('level').strip(), '', '')}"
    elif moved_to is not None:
        level = f"is {_bounded(quantity, moved_to.group('level').strip(), 'to', phrase)}"
    else:
        return None
    return (
        f"Yes if the average of {subject} from {opens} to {deadline} {level}, as measured by {source}. A single "
        "day's or "
        "week's price outside it does not count, nor do forecasts of the average."
    )


_BRITAIN = re.compile(r"\b(?:UK|U\.K\.|United\s+Kingdom|Britain|British|England|English)\b")


def price_criteria(subject: str, said: str, phrase: str, opens: str, deadline: str) -> str:
    """The criteria of a price-level claim: ``said`` is the subject's verb phrase as the sentence writes it."""
    quantity = quantity_of(subject, phrase)
    averaged = _averaged_criteria(quantity, subject, phrase, opens, deadline)
    if averaged is not None:
        return averaged
    shown = "as" if quantity is STATISTIC else "as shown by"
    not_counted = quantity.not_counted
    created = _JOBS_CREATED.match(phrase) if quantity is JOBS_CREATED else None
    if created is not None and _MORE_JOBS.match(phrase, created.end()):
        # A second, wider figure ("and over 80,000 jobs across the country") counts the jobs at the
        # firms the project brings work to, so they cannot be excluded from the claim they make up.
        not_counted = (
            "Pledges and estimates of jobs to come do not count; jobs at suppliers and contractors count where "
            "the company's or the project's own figures include them."
        )
    measure = inflation_measure(subject) if quantity is STATISTIC else None
    source = quantity.source
    if quantity is PUBLIC_BORROWING and _BRITAIN.search(subject):
        # Britain's series has a name a stranger can look up; another country's deficit is its own.
        source = source[: source.index("(")] + (
            "(public sector net borrowing as a share of GDP; in the UK the ONS's Public sector finances bulletin)"
        )
    return (
        f"Yes if, between {opens} and {deadline}, {subject} {said}, {shown} {source}"
        f"{level_text(quantity, phrase, opens)}. {measure + ' ' if measure else ''}{not_counted}"
    )


# One figure of a list a forecast gives for several periods: "to 4.4% in 2026 and to 4.3% in 2027".
_LISTED_PERIOD = (
    r"(?:in|for|during|over|by)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+year\s+)?(?:19|20)\d{2}(?:[-\u2013/]\d{2,4})?"
    r"|(?:next|this)\s+year"
)
_LISTED_FIGURE = re.compile(
    rf"(?P<item>(?:(?:to|at|of)\s+)?(?:{_ABOUT})?{_FIGURE}{_LISTED_UNIT}\s+(?P<period>{_LISTED_PERIOD}))"
    r"(?P<joint>\s*,\s*(?:and\s+)?|\s+and\s+|\s*[.;:]|$)",
    re.IGNORECASE,
)


def is_share_each_year(phrase: str) -> bool:
    """Whether the phrase puts a share of GDP at a figure every year ("spend 2% of GDP a year on
    defence"): each year's own figure must meet it, not the years' average."""
    return re.search(rf"(?i){_SHARE_OF_GDP}{_EACH_YEAR}\b", phrase) is not None


def is_yearly_pace(phrase: str) -> bool:
    """Whether the phrase moves a share of GDP by a figure each year ("reduce the deficit by around
    1.1% of GDP a year"): a pace judged one year's figure against the year before's."""
    return _PACE.search(phrase) is not None


def figure_for_period(text: str, window_phrase: str | None) -> str:
    """The text with only the figure of the period its window names, where it gives a list of
    figures each with its own period: "slow to 4.4% in 2026 and to 4.3% in 2027" for "in 2027" is
    "slow to 4.3% in 2027". Each period is a question of its own, so a draft asks about one; a list
    whose window is none of its periods, or that names a period twice, is left as it is."""
    if not window_phrase:
        return text
    items = list(_LISTED_FIGURE.finditer(text))
    runs: list[list[re.Match[str]]] = []
    for item in items:
        if runs and runs[-1][-1].end() == item.start():
            runs[-1].append(item)  # figure, period, "and"/comma, figure, period ...
        else:
            runs.append([item])
    wanted = window_phrase.strip().lower()
    for run in reversed(runs):
        periods = [m.group("period").lower() for m in run]
        if len(run) < 2 or periods.count(wanted) != 1 or len(set(periods)) != len(periods):
            continue
        own = run[periods.index(wanted)]
        kept = own.group("item")
        first = run[0].group("item").split()[0].lower()
        if first in ("to", "at", "of") and kept.split()[0].lower() not in ("to", "at", "of"):
            kept = f"{first} {kept}"  # "rise to 5.1% in 2027, 5.3% in 2028": the preposition is shared
        text = text[: run[0].start()] + kept + text[run[-1].start("joint") :]
    return text


# "invest in the armed forces, ... meeting the NATO commitment to spend 2% of national income on
# defence": an act with no measure, whose participle names the commitment it keeps and its figure.
_COMMITTED = re.compile(
    r"(?P<lead>\b(?:will|would|shall|to)\s+)(?P<act>[^.;:]*?),\s+(?:[^,.;:]*?\s+and\s+)?"
    r"(?:meeting|honouring|honoring|keeping|fulfilling|delivering\s+on)\s+(?:the\s+|its\s+|their\s+|our\s+|his\s+|her\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:commitment|pledge|promise|target)\s+to\s+"
    r"(?P<measure>[a-z]+\s+(?:[^.;:]|\.(?=\d))*?\d(?:[^.;:]|\.(?=\d))*?)(?P<end>[.;:]?\s*)$",  # "2.5%" has a point
    re.IGNORECASE,
)


def committed_measure(text: str) -> str:
    """The claim's text with a measureless act replaced by the figure of the commitment it says it
    meets: "will invest in the armed forces, meeting the commitment to spend 2% of GDP on defence"
    is "will spend 2% of GDP on defence", the part a stranger can check. An act with a figure of
    its own ("build 300 homes") is the claim, and the text is left as it is."""
    found = _COMMITTED.search(text)
    if found is None or re.search(r"\d", found.group("act")):
        return text
    return f"{text[: found.start('act')]}{found.group('measure')}{found.group('end')}"


# Verbs that set a measured target of their own: "reduce the deficit to 2% and get debt falling",
# "cut borrowing to 3% and balance the budget".
_TARGET_VERBS = (
    r"(?:get|bring|put|keep|reduce|cut|raise|increase|lower|balance|eliminate|achieve|reach|return|run|deliver|"
    r"halve|double|meet|hit|spend|borrow|grow|lift)"
)
# A figure, then "and" opening a second target: a verb with its own object ("and get debt falling"), or
# a second measure put at its own figure ("and debt to 60%").
_JOINED_TARGET = re.compile(
    rf"(?i)(?P<first>\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b)?(?:[^,;:.]|\.(?=\d))*?)\s+and\s+"
    rf"(?P<second>{_TARGET_VERBS}\s+(?!(?:it|them|this|that)\b)\w+"
    rf"|(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){{1,3}}?(?:to|at|below|under|above)\s+{_FIGURE})"
)


def find_joined_targets(phrase: str) -> str | None:
    """Why a claim that sets two targets joined by "and" is no one question ("reduce the deficit to
    less than 2% of GDP and get debt falling", "cut the deficit to 3% and debt to 60%"): each target
    has its own measure, and one criteria text can judge only one, so the claim is held back for a
    person to split. A list of figures of one measure ("12,000 jobs in the region and over 80,000
    across the country", "4.4% in 2026 and 4.3% in 2027") is one claim, and None is returned."""
    found = _JOINED_TARGET.search(phrase)
    if found is None:
        return None
    second = " ".join(phrase[found.start("second") :].split()[:6])
    return (
        f"two targets joined by 'and' ({second!r} after the first figure): each has its own measure; "
        "ask about each on its own"
    )
