#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Writes tests/data/dossiers/law/: small variants of the example dossier at the limits of the legal
facts (just inside and just outside each age and period), and expected.tsv with the finding each
must give or not give. tests/internal/dossier_law_test.cc reads the table; it fails when a fact
that a dossier check uses has no pair here. Run it again after changing the example."""
import copy
import datetime
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
base = json.load(open(os.path.join(here, "..", "examples", "dossiers", "familie-de-boer.json"), encoding="utf-8"))
out = os.path.join(here, "..", "tests", "data", "dossiers", "law")
os.makedirs(out, exist_ok=True)
rows = []


def variant(name, fact, rule, expect, label, change, cites=None):
    """fact: the legal fact whose limit this dossier sits at; expect: error, warning or absent;
    label: the label the finding's source shows; cites: the fact the finding cites (default: fact)."""
    d = copy.deepcopy(base)
    change(d)
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(d, ensure_ascii=False, indent=1) + "\n")
    rows.append((name + ".json", fact, rule, expect, "-" if expect == "absent" else (cites or fact), label))


def member(d, id_):
    return next(m for m in d["household"]["members"] if m["id"] == id_)


def decision(d, id_):
    return next(x for x in d["decisions"] if x["id"] == id_)


def day(s, n=0):
    return (datetime.date.fromisoformat(s) + datetime.timedelta(days=n)).isoformat()


def measure(d, **m):
    m.setdefault("child", "daan")
    m.setdefault("about", [m["child"]])
    d["measures"].append(m)


def request(d, id_, date, requested, child="daan"):
    d["format_version"] = 2
    r = copy.deepcopy(decision(d, "d-request"))
    r.update(id=id_, date=date, about=[child], requested_measure=requested)
    r["child_views"] = [v for v in r["child_views"] if v["member"] == child]
    d["decisions"].append(r)


# A voorlopige OTS of 3 months, and of 3 months and a day (art. 1:257 lid 2 BW).
variant("voorlopige-ots-3-months", "voorlopige_ots_max", "time.measure_too_long", "absent", "-",
        lambda d: measure(d, id="m-v", kind="voorlopige_ots", court_decision_date="2026-01-10", start="2026-01-10", end="2026-04-10"))
variant("voorlopige-ots-3-months-and-a-day", "voorlopige_ots_max", "time.measure_too_long", "error", "VERIFIED",
        lambda d: measure(d, id="m-v", kind="voorlopige_ots", court_decision_date="2026-01-10", start="2026-01-10", end="2026-04-11"))
# An OTS of 1 year and of 1 year and a day (art. 1:258 BW).
variant("ots-1-year", "ots_term_max", "time.measure_too_long", "absent", "-",
        lambda d: d["measures"][0].update(end="2027-05-12"))
variant("ots-1-year-and-a-day", "ots_term_max", "time.measure_too_long", "error", "VERIFIED",
        lambda d: d["measures"][0].update(end="2027-05-13"))
# An OTS extension of 1 year and of 1 year and a day (art. 1:260 BW).
variant("ots-extension-1-year", "ots_extension_max", "time.extension_too_long", "absent", "-",
        lambda d: d["measures"][0].update(extensions=[{"court_decision_date": "2027-05-01", "start": "2027-05-11", "end": "2028-05-11"}]))
variant("ots-extension-1-year-and-a-day", "ots_extension_max", "time.extension_too_long", "error", "VERIFIED",
        lambda d: d["measures"][0].update(extensions=[{"court_decision_date": "2027-05-01", "start": "2027-05-11", "end": "2028-05-12"}]))
# A MUHP of 1 year and of 1 year and a day (art. 1:265c BW, SECONDARY).
variant("muhp-1-year", "muhp_term_max", "time.measure_too_long", "absent", "-",
        lambda d: measure(d, id="m-p", kind="muhp", court_decision_date="2026-05-12", start="2026-05-12", end="2027-05-12", carried_out_on="2026-05-20"))
variant("muhp-1-year-and-a-day", "muhp_term_max", "time.measure_too_long", "error", "SECONDARY",
        lambda d: measure(d, id="m-p", kind="muhp", court_decision_date="2026-05-12", start="2026-05-12", end="2027-05-13", carried_out_on="2026-05-20"))
# A MUHP carried out on the last day of 3 months, and the day after (art. 1:265c lid 3 BW, SECONDARY).
variant("muhp-carried-out-last-day", "muhp_lapses_unused", "time.placement_lapsed", "absent", "-",
        lambda d: measure(d, id="m-p", kind="muhp", court_decision_date="2026-05-12", start="2026-05-12", end="2027-05-11", carried_out_on="2026-08-12"))
variant("muhp-carried-out-a-day-late", "muhp_lapses_unused", "time.placement_lapsed", "error", "SECONDARY",
        lambda d: measure(d, id="m-p", kind="muhp", court_decision_date="2026-05-12", start="2026-05-12", end="2027-05-11", carried_out_on="2026-08-13"))
# A spoedmachtiging: its duration is UNVERIFIED, so the MUHP's lapse rule is not applied to it.
variant("spoed-muhp-never-carried-out", "muhp_lapses_unused", "time.placement_lapsed", "absent", "-",
        lambda d: measure(d, id="m-s", kind="spoed_muhp", court_decision_date="2026-05-12", start="2026-05-12"))
# Extensions the brief has no rule for: a warning, UNVERIFIED.
for kind in ("voorlopige_ots", "spoed_muhp", "schorsing_gezag"):
    variant("extended-" + kind.replace("_", "-"), "extension_without_rule", "time.extension_without_rule", "warning", "UNVERIFIED",
            lambda d, kind=kind: measure(d, id="m-x", kind=kind, court_decision_date="2026-01-10", start="2026-01-10", end="2026-02-10",
                                         extensions=[{"court_decision_date": "2026-02-05", "start": "2026-02-10", "end": "2026-03-10"}]))
variant("ots-extended", "extension_without_rule", "time.extension_without_rule", "absent", "-",
        lambda d: d["measures"][0].update(extensions=[{"court_decision_date": "2027-05-01", "start": "2027-05-11", "end": "2028-05-11"}]))


# A schorsing of 10 January: the 3 months end on 10 April (art. 1:268 lid 5 BW).
def schorsing(d):
    measure(d, id="m-sch", kind="schorsing_gezag", court_decision_date="2026-01-10", start="2026-01-10")


variant("schorsing-no-request", "schorsing_lapses", "time.suspension_lapsed", "error", "VERIFIED", schorsing)
variant("schorsing-request-last-day", "schorsing_lapses", "time.suspension_lapsed", "absent", "-",
        lambda d: (schorsing(d), request(d, "d-gb", "2026-04-10", "gezagsbeeindiging")))
variant("schorsing-request-day-after", "schorsing_lapses", "time.suspension_lapsed", "error", "VERIFIED",
        lambda d: (schorsing(d), request(d, "d-gb", "2026-04-11", "gezagsbeeindiging")))
variant("schorsing-other-request", "schorsing_lapses", "time.suspension_lapsed", "error", "VERIFIED",
        lambda d: (schorsing(d), request(d, "d-gb", "2026-02-01", "ots")))
variant("schorsing-ended-in-time", "schorsing_lapses", "time.suspension_lapsed", "absent", "-",
        lambda d: (schorsing(d), d["measures"][-1].update(end="2026-04-10")))


# A decision about a measure for a child who turns 12 on its day, and one who is 12 the day after
# (art. 809 lid 1 Rv): Daan's view not asked for.
def not_invited(d, birth, kind="ots"):
    member(d, "daan").update(birth_date=birth)
    dec = decision(d, "d-ots")
    dec["child_views"] = [{"member": "daan", "invited": False, "not_heard_reason": "Niet gevraagd."}] + dec["child_views"][1:]
    if kind != "ots":
        measure(d, id="m-spoed", kind=kind, court_decision_date="2026-05-12", start="2026-05-12", end="2026-08-12")
        dec["measure"] = "m-spoed"


variant("child-12-on-the-day", "child_view_age", "law.child_view_not_invited", "error", "VERIFIED",
        lambda d: not_invited(d, "2014-05-12"))
variant("child-12-the-day-after", "child_view_age", "law.child_view_not_invited", "absent", "-",
        lambda d: not_invited(d, "2014-05-13"))
# A spoed decision (art. 809 lid 3 Rv): the judge may decide first; the child is heard afterwards.
for kind in ("voorlopige_ots", "spoed_muhp"):
    variant("spoed-" + kind.replace("_", "-") + "-child-12", "child_view_after_spoed", "law.child_view_not_invited", "absent", "-",
            lambda d, kind=kind: not_invited(d, "2014-05-12", kind))
    variant("spoed-" + kind.replace("_", "-") + "-child-12-heard-later", "child_view_after_spoed", "law.child_view_after_spoed", "warning",
            "VERIFIED", lambda d, kind=kind: not_invited(d, "2014-05-12", kind))
variant("spoed-child-11", "child_view_after_spoed", "law.child_view_after_spoed", "absent", "-",
        lambda d: not_invited(d, "2014-05-13", "voorlopige_ots"))


# Consent to voluntary help of 1 October 2025 by age (art. 7.3.4 and 7.3.5 lid 1 Jw).
def consent(d, birth, by):
    member(d, "daan").update(birth_date=birth)
    decision(d, "d-help").update(about=["daan"], consent_by=by)


variant("consent-16-on-the-day-alone", "consent_alone_age", "law.consent_missing", "absent", "-",
        lambda d: consent(d, "2009-10-01", ["daan"]))
variant("consent-15-alone", "consent_alone_age", "law.consent_missing", "error", "SECONDARY",
        lambda d: consent(d, "2009-10-02", ["daan"]), cites="consent_with_parents_age")
variant("consent-12-on-the-day-parents-only", "consent_with_parents_age", "law.consent_missing", "error", "SECONDARY",
        lambda d: consent(d, "2013-10-01", ["sanne"]))
variant("consent-12-child-and-parent", "consent_with_parents_age", "law.consent_missing", "absent", "-",
        lambda d: consent(d, "2013-10-01", ["daan", "sanne"]))
variant("consent-11-parents-only", "consent_parents_below_age", "law.consent_missing", "absent", "-",
        lambda d: consent(d, "2013-10-02", ["sanne"]))
variant("consent-11-child-only", "consent_parents_below_age", "law.consent_missing", "error", "UNVERIFIED",
        lambda d: consent(d, "2013-10-02", ["daan"]))
# A measure that runs to the day before the 18th birthday, and to the birthday (art. 1:233 BW).
variant("measure-to-the-18th-birthday", "majority", "time.measure_after_majority", "absent", "-",
        lambda d: (member(d, "daan").update(birth_date="2009-05-11"), d["measures"][0].update(end="2027-05-11")))
variant("measure-a-day-past-18", "majority", "time.measure_after_majority", "error", "SECONDARY",
        lambda d: (member(d, "daan").update(birth_date="2009-05-10"), d["measures"][0].update(end="2027-05-11")))

with open(os.path.join(out, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# file <TAB> legal fact <TAB> rule <TAB> error|warning|absent <TAB> fact the finding cites <TAB> label shown; written by scripts/make-law-dossiers.py\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows), "dossiers")
