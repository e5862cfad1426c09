#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Prints the visible text of HTML files as plain paragraphs (for the benchmark corpus)."""
import html.parser
import sys


class TextOnly(html.parser.HTMLParser):
    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "dt", "dd", "pre", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(" ".join(data.split()) + " " if data.strip() else "")


for path in sys.argv[1:]:
    parser = TextOnly()
    with open(path, encoding="utf-8", errors="replace") as f:
        parser.feed(f.read())
    paragraphs = [" ".join(p.split()) for p in "".join(parser.parts).split("\n\n")]
    sys.stdout.write("\n\n".join(p for p in paragraphs if p) + "\n\n")
