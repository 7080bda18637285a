import configparser
from pathlib import Path

cfg = configparser.ConfigParser()
cfg["pypi"] = {"username": "__token__", "password": "pypi-AgEIcHlwaS5vcmcCIKFVYbvyGX3-VTwG8q2CFR70qc-9C1gSo9Wtx6JO1VkFAAInAAB7InZlcnNpb24iOiAxLCAicGVybWlzc2lvbnMiOiAidXNlciJ9AAAGIK-sU32kWxs-V1z4lZNZ3FbFGuKtvw5ELhKoL8vJ3eDe"}
with open(Path.home() / ".pypirc", "w") as fh:
    cfg.write(fh)
