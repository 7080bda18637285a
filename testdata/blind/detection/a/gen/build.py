#!/usr/bin/env python3
"""Build the det-a corpus: python3 gen/build.py (from the det-a folder or anywhere)."""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import framework, table, bigs1, bigs2, bigs3, bigs4, negs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    out = os.path.join(ROOT, "files")
    if os.path.isdir(out):
        shutil.rmtree(out)
    table.run()
    bigs1.github(); bigs1.gitlab(); bigs1.slack(); bigs1.stripe(); bigs1.aws()
    bigs2.gcp(); bigs2.azure(); bigs2.ai(); bigs2.registries(); bigs2.misc_big()
    bigs3.jwts(); bigs3.private_keys(); bigs3.pseudo2()
    bigs4.extras()
    negs.run()
    secs, negl = framework.write_all(ROOT)
    print("files=%d secrets=%d negatives=%d" % (len(framework.FILES), len(secs), len(negl)))


if __name__ == "__main__":
    main()
