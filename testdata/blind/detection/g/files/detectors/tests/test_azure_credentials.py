import pytest

from scanner import detect


AZURE_CASES = [
    ("DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=DSGZk7WTrv5Zl/pNWULgXq/lLRI/xsAyqsQ8JYdc9hSchDeeWq4qVeZIh60pSyrql3qCZyKwbgvcQNq1YHVINQ==;EndpointSuffix=core.windows.net", "azurestorage"),
    ("AZURE_STORAGE_KEY=BW2sQR/H+XHYv55SPT60i0GZSWchih1MBYU8cZUVWwcPtAlnH6J5bB+2W8kDNLqGZMowqg4VrF4V8LXwY7o7zQ==", "azurestorage"),
    ("https://acmelogs.blob.core.windows.net/raw/2025/app.log?sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2027-03-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=dPrV4vJtE6c5j65LhcsKpXtims%2F5MboPEpJz81A6QJA%3D", "azuresastoken"),
    ("AZURE_DEVOPS_PAT=MZtJUt0PPpidfdds7V46vwwkrKIkrMq6m0wiYfXce8Rq7jee4OYMFgFiBUksxELpkdO6YNqnD249AZDOms2b", "azuredevops"),
    ("git clone https://pat:2iploqzqonzjkcoxlkbzbeyiqy3bl4ovrhhy2zrxbecdvoundb4x@dev.azure.com/acme/web/_git/web", "azuredevops"),
    ("AZURE_CLIENT_SECRET=2Qe2Q~boiPgMb6j4rMiJCuKty3zSfJ9NRYbia1s5", "azureentra"),
    ("ClientSecretCredential(tenant_id, client_id, 'KDj1Q~OaKLBLJLgDgsihrIG4vnwnmDBFoWJHchtE')", "azureentra"),
]

AZURE_NEGATIVES = [
    "AccountKey=<storage-account-key>",
    "AccountKey=irLksI8Sk55+7S4vtQDMhIXJkJVrmwjqFa/U2+v2",
    "AZURE_CLIENT_SECRET=${{ secrets.AZURE_CLIENT_SECRET }}",
]


@pytest.mark.parametrize("text,service", AZURE_CASES)
def test_azure(text, service):
    assert service in {f.service for f in detect(text)}


@pytest.mark.parametrize("text", AZURE_NEGATIVES)
def test_azure_negatives(text):
    assert not detect(text)
