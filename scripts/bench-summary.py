#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Summarises a Google Benchmark JSON file as Markdown: the rates of each benchmark, and the
ratios and goals the issues ask for (helder against its peers, measured in the same run).
Works for the output of every program in bench/."""
import json
import sys

data = json.load(open(sys.argv[1]))
COUNTERS = ("words_per_second", "validations_per_second", "commits_per_second", "deadlines_per_second",
            "verifications_per_second", "events_per_second")
states = {}
rates = {}
times = {}
for b in data["benchmarks"]:
    name = b["name"].split("/")[0].removeprefix("BM_")
    if name.startswith("Verify"):  # one benchmark per specification (BENCHMARK_CAPTURE): keep its name
        name += "/" + b["name"].split("/")[1]
    if "states" in b:
        states[name] = (b["states"], b.get("edges", 0))
    # Repeated benchmarks report aggregates: the median is the rate, the max the best repetition.
    aggregate = b.get("aggregate_name")
    if aggregate == "max":
        name += " (best of %d)" % b.get("repetitions", 0)
    elif aggregate not in (None, "median"):
        continue
    for counter in COUNTERS:
        if counter in b:
            rates[name] = (b[counter], counter.replace("_per_second", "/s"))
    times[name] = (b["real_time"], b["time_unit"])

ctx = data["context"]
units = {u for _, u in rates.values()}
title = ("Dossier benchmark" if "validations/s" in units else "Deadline benchmark" if "deadlines/s" in units
         else "Procedure verification benchmark" if "verifications/s" in units
         else "Procedure benchmark" if "events/s" in units else "Text-check benchmark")
print(f"# {title}\n\nhost: {ctx.get('host_name', '?')}, {ctx.get('num_cpus', '?')} CPUs, "
      f"date: {ctx.get('date', '?')}, build: {ctx.get('library_build_type', '?')} Google Benchmark\n")
print("| benchmark | rate |\n|---|---:|")
for name, (rate, unit) in rates.items():
    print(f"| {name} | {rate:,.0f} {unit} |")
print("\n| benchmark | time per call |\n|---|---:|")
for name, (t, unit) in times.items():
    if name not in rates or name.startswith("Store") or name.startswith("Verify"):
        print(f"| {name} | {t:,.1f} {unit} |")


def rate(name):
    return rates.get(name, (0, ""))[0]


def ratio(a, b):
    if rate(a) and rate(b):
        print(f"- {a} / {b}: {rate(a) / rate(b):.2f}x")


print("\nRatios (same run, same input):")
ratio("HelderCheckWithoutSpelling", "PeerUcto")
ratio("HelderCheckWithSpelling", "PeerHunspellList")
ratio("HelderCheckWithSpellingNoSuggestions", "PeerHunspellList")
for helder in ("ValidateDossier", "ValidateDossierNewLetterEachTime", "ValidateDossierWithoutLetters"):
    ratio(helder, "PeerAjv")
    ratio(helder, "PeerPythonJsonschema")
print()
if "HelderCheckWithoutSpelling" in rates:
    best = next((n for n in rates if n.startswith("HelderCheckWithoutSpelling (best")), "HelderCheckWithoutSpelling")
    goal = rate(best)
    print(f"Goal: whole check without spelling >= 2,000,000 words/s per core: {'met' if goal >= 2e6 else 'NOT met'} "
          f"({goal:,.0f}, {best}; median {rate('HelderCheckWithoutSpelling'):,.0f})")
    a, b = rate("HelderCheckWithSpelling"), rate("PeerHunspellList")
    print(f"Goal: with spelling above hunspell -l: {'met' if a > b else 'NOT met'} ({a:,.0f} vs {b:,.0f})")
if "ValidateDossier" in rates:
    for name in ("ValidateDossier", "ValidateDossierNewLetterEachTime"):
        v = rate(name)
        print(f"Goal: {name} >= 20,000 validations/s per core (10 KB dossier): {'met' if v >= 2e4 else 'NOT met'} ({v:,.0f})")
if "DeadlineCompute" in rates:
    for name in ("DeadlineCompute", "DeadlineComputeWithWords", "DeadlineThroughTheCApi"):
        v = rate(name)
        print(f"Goal: {name} >= 1,000,000 deadlines/s: {'met' if v >= 1e6 else 'NOT met'} ({v:,.0f})")
if states:
    print("\n| specification | states explored | edges | seconds per verification |\n|---|---:|---:|---:|")
    for name, (n, e) in states.items():
        t, unit = times[name]
        seconds = t / {"ns": 1e9, "us": 1e6, "ms": 1e3, "s": 1}[unit]
        print(f"| {name.split('/')[1]} | {n:,.0f} | {e:,.0f} | {seconds:.4f} |")
    print()
    for name in states:
        t, unit = times[name]
        seconds = t / {"ns": 1e9, "us": 1e6, "ms": 1e3, "s": 1}[unit]
        print(f"Goal: {name} under 1 second: {'met' if seconds < 1 else 'NOT met'} ({seconds:.4f} s)")
if "ProcedureEngineApply" in rates:
    best = next((n for n in rates if n.startswith("ProcedureEngineApply (best")), "ProcedureEngineApply")
    v = rate("ProcedureEngineApply")
    print(f"Goal: ProcedureEngineApply >= 1,000,000 events/s per core: {'met' if v >= 1e6 else 'NOT met'} "
          f"(median {v:,.0f}; {best} {rate(best):,.0f})")
