"""Build the det-b corpus: python3 gen/build.py  (deterministic; wipes and rewrites files/ and labels.toml)."""
import collections
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import writer  # noqa: E402
from render import ENTRIES  # noqa: E402

ROOT = writer.ROOT


def main():
    if os.path.isdir(writer.FILES):
        shutil.rmtree(writer.FILES)
    os.makedirs(writer.FILES)
    import providers
    import pseudo
    providers.write_all()
    pseudo.write_pseudo()
    nsec, nneg = writer.write_labels()
    unrendered = [e for e in ENTRIES if "line" not in e]
    pos = [e for e in writer.LABELS if e["role"] in ("secret", "id")]
    negs = [e for e in writer.LABELS if e["role"] == "neg"]
    per = collections.Counter(e["service"] for e in pos)
    exts = collections.Counter(os.path.splitext(f)[1] or os.path.basename(f) for f in writer.WRITTEN_FILES)
    stats = {"files": len(writer.WRITTEN_FILES), "secret_labels": nsec, "of_which_pair_ids": sum(1 for e in pos if e["role"] == "id"),
             "negative_labels": nneg, "services_with_positives": len(per), "unrendered_entries": len(unrendered),
             "per_service": dict(sorted(per.items())), "extensions": dict(exts.most_common())}
    with open(os.path.join(ROOT, "gen", "stats.json"), "w") as f:
        json.dump(stats, f, indent=1)
    print(json.dumps({k: v for k, v in stats.items() if k not in ("per_service", "extensions")}, indent=1))
    if unrendered:
        print("UNRENDERED:", [(e.get("service"), e.get("klabel"), e["role"]) for e in unrendered[:20]])


if __name__ == "__main__":
    main()
