#!/usr/bin/env python3
"""Summarises a Google Benchmark JSON file: words per second per benchmark, and the ratios the
issues ask for (helder against its peers, measured in the same run)."""
import json
import sys

data = json.load(open(sys.argv[1]))
rates = {}
times = {}
for b in data["benchmarks"]:
    name = b["name"].split("/")[0].removeprefix("BM_")
    if "words_per_second" in b:
        rates[name] = b["words_per_second"]
    times[name] = (b["real_time"], b["time_unit"])

ctx = data["context"]
print(f"# Text-check benchmark\n\nhost: {ctx.get('host_name', '?')}, {ctx.get('num_cpus', '?')} CPUs, "
      f"date: {ctx.get('date', '?')}, build: {ctx.get('library_build_type', '?')} Google Benchmark\n")
print("| benchmark | words/s |\n|---|---:|")
for name, rate in rates.items():
    print(f"| {name} | {rate:,.0f} |")
print("\n| timing | time |\n|---|---:|")
for name, (t, unit) in times.items():
    if name.startswith("Context"):
        print(f"| {name} | {t:.1f} {unit} |")


def ratio(a, b):
    if a in rates and b in rates and rates[b] > 0:
        print(f"- {a} / {b}: {rates[a] / rates[b]:.2f}x")


print("\nRatios (same run, same text):")
ratio("HelderCheckWithoutSpelling", "PeerUcto")
ratio("HelderCheckWithSpelling", "PeerHunspellList")
ratio("HelderCheckWithSpellingNoSuggestions", "PeerHunspellList")
goal = rates.get("HelderCheckWithoutSpelling", 0)
print(f"\nGoal 1: whole check without spelling >= 2,000,000 words/s per core: "
      f"{'met' if goal >= 2e6 else 'NOT met'} ({goal:,.0f})")
a, b = rates.get("HelderCheckWithSpelling", 0), rates.get("PeerHunspellList", 0)
print(f"Goal 2: with spelling above hunspell -l: {'met' if a > b else 'NOT met'} ({a:,.0f} vs {b:,.0f})")
