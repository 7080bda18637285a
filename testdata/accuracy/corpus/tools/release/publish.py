#!/usr/bin/env python3
"""Uploads wheels to PyPI and the internal index."""
import subprocess

PYPI_TOKEN = "pypi-AgEIcHlwaS5vcmckUYWMhdpZ_bu4li5d9vCSN7_779G11No2Is4fvQQM1SwxKR9EmjygdLJpR9Ps3EtvqMroitA_JTQ_U-YeBfC7gifg54OnXg3oHJJcNXJVwmFXwgFaE_II-IfWjIS3WizUnTUCgEBZrkhLeBivxCJJosQzH-js2QI"
TEST_PYPI_TOKEN = "pypi-AgENdGVzdC5weXBpLm9yZwny4sVY9rST-57Wlr5ICJIQ-McaKmZzGpxR1-4CD3Rtg8HpUROPtmtLxFJys7djYNH_RoCFabfKL_fsvhhywwC8WTbFpPUMT2pKNbdjB_DpJqQAIepktOah5S3LeBsRjf1_y1pFk1DFareiLGIHnxKwy3ba6lJXF0"


def upload(dist: str, test: bool = False) -> None:
    token = TEST_PYPI_TOKEN if test else PYPI_TOKEN
    subprocess.run(
        ["twine", "upload", "--username", "__token__", "--password", token, dist],
        check=True,
    )
