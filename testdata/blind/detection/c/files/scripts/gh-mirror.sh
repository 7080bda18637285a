#!/usr/bin/env bash
GH_PAT=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
git push --mirror https://x-access-token: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@github.com/northwind/mirror.git
gh auth login --with-token <<< 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
