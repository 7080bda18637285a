"""Extra occurrences: CircleCI config, Azure Pipelines, Makefile, more AI/registry keys."""
import tokens as t
from tokens import R, hexs, b62, uid
from framework import FileB, Sec, Neg


def extras():
    dk, an, pp, oa = t.dckr_pat(), t.anthropic(), t.pypi(), t.openai_proj()
    f = FileB("services/ml-api/.circleci/config.yml")
    f.add("version: 2.1\n\norbs:\n  python: circleci/python@2.1.1\n\njobs:\n  test:\n    docker:\n      - image: cimg/python:3.12\n        auth:\n          username: acmebuild")
    f.add("          password: %s" % dk, Sec(dk, "dockerhub", "personal access token (CircleCI image auth)"))
    f.add("    environment:")
    f.add("      ANTHROPIC_API_KEY: %s" % an, Sec(an, "anthropic", "API key"))
    f.add("      OPENAI_API_KEY: %s" % oa, Sec(oa, "openai", "project API key"))
    f.add("      HF_HUB_OFFLINE: \"1\"\n    steps:\n      - checkout\n      - python/install-packages:\n          pkg-manager: pip\n      - run: pytest -q\n\n  publish:\n    docker:\n      - image: cimg/python:3.12\n    steps:\n      - checkout")
    f.add("      - run: pip install build twine && python -m build && twine upload -u __token__ -p %s dist/*" % pp, Sec(pp, "pypi", "PyPI user-wide API token"))
    f.add("      - run: echo $DOCKERHUB_PASSWORD | docker login -u acmebuild --password-stdin", Neg("echo $DOCKERHUB_PASSWORD", "dockerhub", "variable reference"))
    f.add("\nworkflows:\n  main:\n    jobs: [test, publish]")

    key, pat = t.azure_storage_key(), t.azure_devops_pat_new()
    f = FileB("services/reports-dotnet/azure-pipelines.yml")
    f.add("trigger:\n  branches:\n    include: [main]\n\npool:\n  vmImage: ubuntu-latest\n\nvariables:\n  buildConfiguration: Release")
    f.add("  storageKey: '%s'" % key, Sec(key, "azurestorage", "storage account key in pipeline variables"))
    f.add("  adoPat: %s" % pat, Sec(pat, "azure", "Azure DevOps personal access token"))
    f.add("  sqlPassword: $(SqlPassword)", Neg("$(SqlPassword)", "password", "pipeline variable reference"))
    f.add("\nsteps:\n  - task: DotNetCoreCLI@2\n    inputs:\n      command: build\n      arguments: '--configuration $(buildConfiguration)'\n  - script: az storage blob upload-batch -d reports -s out --account-name acmeprodfiles --account-key $(storageKey)")

    pu = t.pypi()
    f = FileB("tools/py/Makefile")
    f.add(".PHONY: build publish\n")
    f.add("POETRY_PYPI_TOKEN_PYPI ?= %s" % pu, Sec(pu, "pypi", "PyPI user-wide API token (Makefile default)"))
    f.add("\nbuild:\n\tpoetry build\n\npublish: build\n\tPOETRY_PYPI_TOKEN_PYPI=$(POETRY_PYPI_TOKEN_PYPI) poetry publish")

    an2, oa2, oa3 = t.anthropic(), t.openai_svc(), t.openai_proj()
    f = FileB("tools/rust-cli/src/llm.rs")
    f.add("use reqwest::blocking::Client;\n\npub fn complete(prompt: &str) -> reqwest::Result<String> {\n    Client::new()\n        .post(\"https://api.anthropic.com/v1/messages\")")
    f.add("        .header(\"x-api-key\", \"%s\")" % an2, Sec(an2, "anthropic", "API key in request header"))
    f.add("        .header(\"anthropic-version\", \"2023-06-01\")\n        .json(&serde_json::json!({\"model\": \"claude-3-5-haiku-latest\", \"max_tokens\": 256, \"messages\": [{\"role\": \"user\", \"content\": prompt}]}))\n        .send()?\n        .text()\n}")
    f = FileB("services/reports-dotnet/Ai/Summaries.cs")
    f.add("using OpenAI.Chat;\n\nnamespace Acme.Reports.Ai\n{\n    public static class Summaries\n    {")
    f.add('        private static readonly ChatClient Client = new ChatClient("gpt-4o-mini", "%s");' % oa2, Sec(oa2, "openai", "service account API key"))
    f.add("    }\n}")
    f = FileB("services/ingest-go/internal/ai/client.go")
    f.add('package ai\n\nimport "github.com/sashabaranov/go-openai"\n')
    f.add('var client = openai.NewClient("%s")' % oa3, Sec(oa3, "openai", "project API key"))
    dk2 = t.dckr_pat()
    f = FileB("mobile/android/fastlane/.env.default")
    f.add("SUPPLY_JSON_KEY=fastlane/play-store.json")
    f.add("DOCKER_HUB_TOKEN=%s" % dk2, Sec(dk2, "dockerhub", "personal access token"))
