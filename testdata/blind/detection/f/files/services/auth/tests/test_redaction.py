import pytest
from auth.redact import redact

# fakes: these are documented test values or broken on purpose

BAD_CRC = "ghp_D0wLxbOsRMYX7tcMll1c1guWYpgaf633LLKO"
BAD_CRC_NPM = "npm_wINHDjCrNrxfmhMFrMhxaxLF0ZvNKx3q5w7S"
SHORT_PAT = "ghp_pFnLh9iScCQRRQ7ijj8WmyQukZPxiJ1qk8"
OPENAI_FAKE = "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
SG_FAKE = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
HF_FAKE = "hf_vvWI5eqNFU6Fdo7nbL9Y"
AWS_FAKE = "AKIA0HIECC0EADH0HC09"
DOCKER_FAKE = "dckr_pat_<token>"

def test_redacts():
    assert redact(BAD_CRC) == '[REDACTED]'
