"""Passes of one side of `dates_bench.py`, for counting instructions, which do not drift the way
this machine's clock speed does.

usage: .venv/bin/python bench/dates_passes.py ours|dateparser PASSES

Under valgrind, the instructions of one pass are the count of N+1 passes less the count of 1
(what the start-up, the grammar build and dateparser's first languages cost cancels out):

    c() { PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
          .venv/bin/python bench/dates_passes.py $1 $2 2>&1 | grep -o 'Collected : [0-9]*'; }
    c ours 1; c ours 3          # (second - first) / 2 = one pass of ours
    c dateparser 1; c dateparser 2
"""

from __future__ import annotations

import sys

from dates_bench import CORPORA, cold, load, ours_given_anchors, segment, theirs


def main() -> None:
    side, passes = sys.argv[1], int(sys.argv[2])
    articles = [a for folder, _ in CORPORA if folder.exists() for a in load(folder)]
    anchors = {a.doc_id: segment(a)[0].anchor for a in articles}
    run = theirs if side == "dateparser" else ours_given_anchors
    run(articles[:3], anchors)  # dateparser loads its languages on first use
    for _ in range(passes):
        cold(run, articles, anchors)


if __name__ == "__main__":
    main()
