#!/usr/bin/env python3
"""Rebuild blind corpus d: files/, labels.toml, gen/groups.json. Deterministic (seeded RNG, no OS randomness)."""
import os
import sys
import warnings

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import g_home  # noqa: E402
import g_hosts  # noqa: E402
import g_infra  # noqa: E402
import g_apps  # noqa: E402
import g_code  # noqa: E402
import g_more  # noqa: E402

MODULES = [g_home, g_hosts, g_infra, g_apps, g_code, g_more]


def main():
    for m in MODULES:
        m.build()
    lib.write_all(os.path.dirname(HERE))
    print(f"wrote {len(lib.FILES)} files")


if __name__ == "__main__":
    main()
