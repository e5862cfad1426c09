#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Writes tests/data/dossiers/invalid/: variants of the valid example dossier, each with one
mistake, and expected.tsv naming the finding each must produce. Run it again after changing the
example; the tests read the files it writes."""
import copy
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
base = json.load(open(os.path.join(here, "..", "examples", "dossiers", "familie-de-boer.json"), encoding="utf-8"))
out = os.path.join(here, "..", "tests", "data", "dossiers", "invalid")
os.makedirs(out, exist_ok=True)
expected = []


def variant(name, code, change=None, raw=None):
    path = os.path.join(out, name + ".json")
    if raw is not None:
        text = raw
    else:
        d = copy.deepcopy(base)
        change(d)
        text = json.dumps(d, ensure_ascii=False, indent=1) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    expected.append((name + ".json", code))


def member(d, id_):
    return next(m for m in d["household"]["members"] if m["id"] == id_)


def decision(d, id_):
    return next(x for x in d["decisions"] if x["id"] == id_)


def measure(d, id_):
    return next(x for x in d["measures"] if x["id"] == id_)


variant("birth-in-future", "time.birth_in_future", lambda d: member(d, "noor").update(birth_date="2030-01-01"))
variant("older-than-100", "time.age_out_of_range", lambda d: member(d, "ria").update(birth_date="1900-01-01"))
variant("ots-too-long", "time.measure_too_long", lambda d: measure(d, "m-ots-daan").update(end="2027-09-01"))
variant("voorlopige-ots-too-long", "time.measure_too_long",
        lambda d: measure(d, "m-ots-noor").update(kind="voorlopige_ots", end="2026-09-01"))
variant("extension-too-long", "time.extension_too_long",
        lambda d: measure(d, "m-ots-daan").update(extensions=[{"court_decision_date": "2027-05-01", "start": "2027-05-12", "end": "2028-08-01"}]))
variant("placement-lapsed", "time.placement_lapsed",
        lambda d: d["measures"].append({"id": "m-uhp", "kind": "muhp", "child": "noor", "court_decision_date": "2026-05-12",
                                        "start": "2026-05-12", "end": "2027-05-11", "carried_out_on": "2026-09-20", "about": ["noor"]}))
variant("measure-after-18", "time.measure_after_majority",
        lambda d: (member(d, "daan").update(birth_date="2008-08-01"), measure(d, "m-ots-daan").update(end="2027-05-11")))
variant("end-before-start", "time.end_before_start", lambda d: d["professionals"][0].update(end="2025-01-01"))
variant("unknown-member", "ref.unknown_member", lambda d: d["concerns"][0]["facts"][0].update(about=["piet"]))
variant("unknown-fact", "ref.unknown_fact", lambda d: d["concerns"][0]["judgements"][0].update(based_on=["f-nothing"]))
variant("duplicate-id", "ref.duplicate_id", lambda d: d["plan"]["goals"][1].update(id="g-debts"))
variant("measure-for-a-parent", "ref.not_a_child", lambda d: measure(d, "m-ots-noor").update(child="sanne"))
variant("missing-field", "schema.required", lambda d: member(d, "noor").pop("birth_date"))
variant("wrong-type", "schema.type", lambda d: decision(d, "d-ots").update(counsel_offered="ja"))
variant("unknown-field", "schema.additionalProperties", lambda d: member(d, "mark").update(bsn="123456789"))
variant("bad-date", "schema.format", lambda d: decision(d, "d-help").update(date="1-10-2025"))
variant("unknown-value", "schema.enum", lambda d: d["professionals"][2].update(role="helper"))
variant("view-without-view", "schema.anyOf", lambda d: decision(d, "d-ots")["child_views"][0].pop("view"))
variant("child-not-invited", "law.child_view_not_invited",
        lambda d: decision(d, "d-ots").update(child_views=[v for v in decision(d, "d-ots")["child_views"] if v["member"] != "daan"]))
variant("consent-missing", "law.consent_missing", lambda d: decision(d, "d-help").update(consent_by=["sanne", "mark"]))
variant("no-counter-review", "principle.no_counter_review", lambda d: decision(d, "d-request").pop("counter_review"))
variant("no-counsel", "principle.no_counsel", lambda d: decision(d, "d-ots").update(counsel_offered=False))
variant("no-client-support", "principle.no_client_support", lambda d: decision(d, "d-ots").pop("client_support_offered"))
variant("views-missing", "principle.views_missing", lambda d: decision(d, "d-help").update(child_views=[], parent_views=[]))
variant("judgement-without-facts", "principle.judgement_without_facts",
        lambda d: d["concerns"][0]["judgements"][0].update(based_on=[]))
variant("two-fixed-professionals", "principle.two_fixed_professionals", lambda d: d["professionals"][0].pop("end"))
variant("no-fixed-professional", "principle.no_fixed_professional", lambda d: d["professionals"][1].update(end="2026-06-30"))
variant("too-many-professionals", "principle.too_many_professionals",
        lambda d: d["professionals"].extend([
            {"id": "x1", "name": "A. de Wit", "organisation": "GGZ Noord", "role": "expert", "start": "2026-07-01"},
            {"id": "x2", "name": "B. Kok", "organisation": "Verslavingszorg", "role": "expert", "start": "2026-07-01"}]))
variant("family-text-not-b1", "principle.family_text_not_b1",
        lambda d: d["family_texts"][0].update(text="Naar aanleiding van de beschikking van de kinderrechter d.d. 12 mei 2026 "
            "wordt u middels dit schrijven geïnformeerd dat de ondertoezichtstelling conform artikel 1:255 BW ten uitvoer "
            "wordt gelegd, teneinde de ontwikkelingsbedreiging af te wenden, waarbij de gecertificeerde instelling de "
            "casusregie voert en u dient te participeren in het plan van aanpak."))
variant("not-json", "input.not_json", raw='{"format_version": 1, "id": "x", "household": {')
variant("duplicate-key", "input.duplicate_key", raw='{"format_version": 1, "id": "x", "id": "y", "household": {"members": []}, "professionals": []}\n')
variant("too-deep", "input.too_deep", raw="[" * 40 + "]" * 40 + "\n")

# Raw bytes that are not UTF-8 need a binary write.
with open(os.path.join(out, "not-utf8.json"), "wb") as f:
    f.write(b'{"format_version": 1, "id": "\xff"}\n')
expected.append(("not-utf8.json", "input.invalid_utf8"))

with open(os.path.join(out, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# file <TAB> the finding (rule id) the file must produce; written by scripts/make-invalid-dossiers.py\n")
    for name, code in sorted(expected):
        f.write(f"{name}\t{code}\n")
print(f"wrote {len(expected)} invalid dossiers")
