#!/usr/bin/env python3
"""The time of a test run by test class, from its trx file: the wall time of the run, then the classes taking most.

    dotnet test --no-build --logger "trx;LogFileName=$PWD/run.trx"
    benchmarks/suite/test-classes.py run.trx 15

A class's time is the sum of its tests' durations; fixtures (servers, the corpus wiki) are not in any test's duration,
so the sum of all classes is not the run's time, and two classes running in parallel both count.
"""
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def seconds(duration):
    hours, minutes, rest = duration.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(rest)


def instant(text):
    # trx times carry seven decimals, which fromisoformat before Python 3.11 refuses.
    return datetime.fromisoformat(re.sub(r"(\.\d{6})\d+", r"\1", text))


def main():
    root = ET.parse(sys.argv[1]).getroot()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    classes = {t.get("id"): t.find("t:TestMethod", NS).get("className").split(".")[-1] for t in root.iterfind(".//t:UnitTest", NS)}
    total, count = defaultdict(float), defaultdict(int)
    outcomes = defaultdict(int)
    for result in root.iterfind(".//t:UnitTestResult", NS):
        name = classes[result.get("testId")]
        total[name] += seconds(result.get("duration"))
        count[name] += 1
        outcomes[result.get("outcome")] += 1
    times = root.find("t:Times", NS)
    wall = (instant(times.get("finish")) - instant(times.get("start"))).total_seconds()
    print(f"run: {wall:.0f} s wall, {sum(count.values())} tests ({', '.join(f'{n} {o.lower()}' for o, n in sorted(outcomes.items()))})")
    print("| class | tests | s |")
    print("|---|---:|---:|")
    for name, value in sorted(total.items(), key=lambda item: -item[1])[:top]:
        print(f"| {name} | {count[name]} | {value:.1f} |")


if __name__ == "__main__":
    main()
