"""Unit tests for ops-tools/scan_logs.py: strings that look like tokens but must NOT be reported."""
import pytest

from scan_logs import classify

NOT_TOKENS = [
    "ghp_WhvsjMmM9FvYYeIahnxJQL5t3JnpQGsUuBp7",  # ghp_ with a broken checksum
    "gho_crj3jIiMiWPcSa5MAQCf0F6sMBjH43g38iNe",  # gho_ with a broken checksum
    "npm_zTlm1EnC3czOSSdrdrkWDWfJshtvmHWo9a9I",  # npm_ with a broken checksum
    "github_pat_yzeZPngXKsEN6pSoLnWX0I_ySZ2G6l1GKWdFkY6EigRy27PAAD2ARn",  # fine-grained PAT cut short
    "AKIAmdnfto44t77sn4nh",  # lower-case access key id
    "glpat-K1I3xT8ncfzm",  # GitLab PAT too short
    "sk-ant-api03-HJ8uyk69oCWvlJnembFJpK4W",  # Anthropic key truncated
    "AIzaFeucVEb65CoqsF4PmM01ow5iDBZiW5Wk1hF9JxxZM9",  # AIza too long
    "ghp_2HmATvsbaNqLGID2U-qxCAi1n0s9pwdZ7DTO",  # ghp_ with a hyphen
]


@pytest.mark.parametrize("value", NOT_TOKENS)
def test_lookalikes_are_ignored(value):
    assert classify(value) is None
