eval "$(/opt/homebrew/bin/brew shellenv)"
export PATH="$HOME/.local/bin:$PATH"
export HOMEBREW_NO_ANALYTICS=1
export HOMEBREW_GITHUB_API_TOKEN=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
export AWS_PROFILE=analytics
export MAPBOX_PUBLIC_TOKEN=pk.eyJ1IjoiY2FybGFtIiwiYSI6IQHCCgE2yKxEQkp7C5fNd.VTVlHfnQBV2jJN0Elsj0e6
export DATABRICKS_TOKEN=dapi68e6552ea3199355ff18f4cf78ae16ab
