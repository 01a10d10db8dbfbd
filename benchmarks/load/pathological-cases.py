"""Writes the hostile Markdown of issue 16 into a folder, one file per case (the same shapes as
tests/Alliance.Wiki.Tests/Hardening/PathologicalMarkdown.cs), for benchmarks/load/pathological.sh."""
import json
import os
import sys

folder = sys.argv[1]
cases = {
    "200-open-brackets": "[" * 200,
    "200-nested-quotes": ">" * 200 + " deep",
    "20000-star-emphasis": "*a" * 20000,
    "20000-underscore-emphasis": "_a " * 20000,
    "20000-unclosed-wiki-links": "[[a " * 20000,
    "200-nested-list-items": "".join(" " * (i * 2) + "- item\n" for i in range(200)),
    "100KB-link-openers-one-line": "[a](" * 25000,
    "1.9MB-link-openers-one-line": "[a](" * 475000,
    "100000-autolinks-one-line": " ".join(["http://a.example"] * 100000),
    "20000-footnotes": "".join(f"[^{i}] " for i in range(20000)) + "\n\n" + "".join(f"[^{i}]: note {i}\n" for i in range(20000)),
    "10000-wiki-links-one-line": " ".join(["[[Alliance]]"] * 10000),
    "1.2MB-plain-one-line": " ".join(["word"] * 210000),
}
# Revisions of these two are written straight into the database (past the budget, as before it existed).
hostile_revisions = {"1.9MB-one-line": " ".join(["word"] * 380000)}
os.makedirs(folder, exist_ok=True)
for name, text in list(cases.items()) + list(hostile_revisions.items()):
    with open(os.path.join(folder, name + ".md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(folder, name + ".json"), "w", encoding="utf-8") as f:
        json.dump({"markdown": text, "summary": "hostile", "baseRevision": int(sys.argv[2])}, f)
# Long lines that are within the render budget, for diffs: an 80 KB line and a 99,000-character line, each edited in its middle.
for name, words in (("80KB-line", 16000), ("99000-char-line", 19800)):
    line = " ".join(["word"] * words)
    for version, text in (("a", line), ("b", line[: len(line) // 2] + " changed " + line[len(line) // 2 :])):
        with open(os.path.join(folder, f"diff-{name}-{version}.md"), "w", encoding="utf-8") as f:
            f.write(text)
