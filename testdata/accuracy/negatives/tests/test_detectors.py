"""Look-alikes that must not be reported: broken checksums, wrong lengths, wrong alphabets."""
import pytest

BAD_CHECKSUM = [
    "ghp_wagTUbCTNQqsC6hrrrKVXyiGOKBDxX35WRBA",
    "gho_rsQwbAymI2MgrLLGHPwtq1LE1Y6P0m0ZUNaA",
    "ghs_yvLZmnGF6tFMy6rrQRIxkKeUbAJ3mg276aHA",
    "npm_iggxdgFuINUrRqINpszOa100llj47p0LQwkA",
    "glpat-HZdY42b5ZAt6CRTFiOOKL2M6MQpvOjJzCnU6NGYzDg.01.161r91uy0",
]
WRONG_LENGTH = [
    "ghp_4Ap5iftUTCGE7fxvxg6G",
    "glpat-bORRblBbRC3u",
    "xoxb-89097163910-d0cU4lOqEq",
    "sk_live_lYFjEPtKU3",
    "AKIASUIU5KCH4I",
    "AIzaWi2QhO5Rs5pE8YKqNYOu",
    "dop_v1_70d8dcc13327f30292dbe2a499961b4ac8385d70",
    "hf_V2Uur0rnsEqNsSPF0bKL",
    "SG.IC86IE0Pr8.0QbBBrV4V3",
    "pypi-AgEIcHlwaS5vcmc",
    "sk-ant-api03-MmiLGhkMlNxhbAYIMZqgSEVGrT4rdjVgWRgGtFzB",
]
WRONG_ALPHABET = [
    "AKIAoiqedpetliko3ipb",
    "shpat_pplvjholljlklyznpjhixrpmtzunxmts",
    "dapimhtgyjtqmlykxvtnrponllsviilwntmq",
    "rubygems_qlujsyknwhnyzwogqmrghqqqzyrtgvvwwkvmmmzyvxmspzwg",
]


@pytest.mark.parametrize("value", BAD_CHECKSUM + WRONG_LENGTH + WRONG_ALPHABET)
def test_not_reported(scanner, value):
    assert scanner.scan(value) == []
