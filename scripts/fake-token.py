#!/usr/bin/env python3
"""Makes fake but well-formed tokens for rule examples and testdata.

Usage: scripts/fake-token.py github ghp_ [SEED]   -> ghp_ + 30 random base62 + CRC32 checksum
       scripts/fake-token.py random N ALPHABET [SEED]

Tokens are derived from SEED (default: the prefix), so fixtures are reproducible. They are
fake: nobody issued them, they only share the format (and checksum) of real ones.
"""
import random
import sys
import zlib

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62(n: int, width: int) -> str:
    out = []
    for _ in range(width):
        out.append(BASE62[n % 62])
        n //= 62
    return "".join(reversed(out))


def github(prefix: str, seed: str) -> str:
    rng = random.Random(seed)
    body = "".join(rng.choice(BASE62) for _ in range(30))
    return prefix + body + base62(zlib.crc32(body.encode()), 6)


def main() -> None:
    kind = sys.argv[1]
    if kind == "github":
        prefix = sys.argv[2]
        seed = sys.argv[3] if len(sys.argv) > 3 else prefix
        print(github(prefix, seed))
    elif kind == "random":
        n, alphabet = int(sys.argv[2]), sys.argv[3]
        seed = sys.argv[4] if len(sys.argv) > 4 else alphabet
        rng = random.Random(seed)
        print("".join(rng.choice(alphabet) for _ in range(n)))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
