#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Start-up of the helder tool: `helder check` on a one-line file, as an editor runs it on save.

Usage: bench/cli-startup.py HELDER_TOOL OUT_PREFIX [RUNS]
Writes OUT_PREFIX.json and OUT_PREFIX.md. The commands are taken in turn, RUNS times each, so that
all see the same machine load. For each: the median wall time, the median CPU time (user +
system) and the minor page faults of the process (fresh memory touched: on this virtual machine
a large part of the cost). `helder --version` is the floor: starting the process and loading
libhelder, ICU and the C++ library, with no check.
"""
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

GOAL_MS = 30.0
LINE = "De moeder gaat morgen met de kinderen naar school.\n"


def run_once(argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000, after.ru_minflt - before.ru_minflt


def main(argv):
    if len(argv) < 3:
        raise SystemExit(__doc__)
    tool, out = argv[1], argv[2]
    runs = int(argv[3]) if len(argv) > 3 else 40
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(LINE)
        one_line = f.name
    commands = {
        "helder --version (process start, the floor)": [tool, "--version"],
        "helder check --no-spelling (one line)": [tool, "check", "--no-spelling", one_line],
        "helder check --format json --no-spelling (one line)": [tool, "check", "--format", "json", "--no-spelling", one_line],
        "helder check (one line, with spelling)": [tool, "check", one_line],
    }
    samples = {name: [] for name in commands}
    try:
        for name, cmd in commands.items():  # warm the file cache once
            run_once(cmd)
        for _ in range(runs):
            for name, cmd in commands.items():
                samples[name].append(run_once(cmd))
    finally:
        os.unlink(one_line)
    rows = []
    for name, values in samples.items():
        walls, cpus, faults = zip(*values)
        rows.append({"command": name, "runs": runs, "wall_ms_median": statistics.median(walls),
                     "wall_ms_min": min(walls), "cpu_ms_median": statistics.median(cpus),
                     "page_faults_median": statistics.median(faults)})
    floor = rows[0]["wall_ms_median"]
    check = rows[1]
    result = {"tool": tool, "cpus": os.cpu_count(), "load_average": os.getloadavg(),
              "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "goal_ms": GOAL_MS, "rows": rows,
              "check_over_floor": check["wall_ms_median"] / floor,
              "goal_met": check["wall_ms_median"] < GOAL_MS}
    with open(out + ".json", "w") as f:
        json.dump(result, f, indent=2)
    load = ", ".join(f"{x:.2f}" for x in result["load_average"])
    lines = [
        "# Start-up of the helder tool",
        "",
        f"`{tool}`, {runs} runs of each command taken in turn, {result['date']}, "
        f"{result['cpus']} CPUs (load average {load}). Written by bench/cli-startup.py.",
        "",
        "| command | wall, median | wall, fastest | CPU (user + system), median | minor page faults |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['command']} | {r['wall_ms_median']:.1f} ms | {r['wall_ms_min']:.1f} ms | "
                     f"{r['cpu_ms_median']:.1f} ms | {r['page_faults_median']:.0f} |")
    lines += ["", f"`helder check --no-spelling` on one line: {check['wall_ms_median']:.1f} ms, "
              f"{result['check_over_floor']:.1f}× the process start; goal < {GOAL_MS:.0f} ms: "
              f"{'met' if result['goal_met'] else 'NOT met'}."]
    with open(out + ".md", "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv)
