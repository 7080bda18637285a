# ~/.bashrc
[ -z "$PS1" ] && return
HISTCONTROL=ignoreboth
shopt -s histappend
export EDITOR=nvim
export PATH="$HOME/.local/bin:$HOME/go/bin:$PATH"
export OPENAI_API_KEY="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"
export ANTHROPIC_API_KEY=sk-ant-api03-0fjq9ToBLnVPx4DFpIiyWzmNQDEBWOXces-OKOMPJlgUXP3PQ8S6yXMBfuR3ynNMrrh6so0QxjQS-vC2Al6V_yW3q8lX2AA
export HF_TOKEN=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
export GITHUB_TOKEN=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
export VAULT_TOKEN="$(cat ~/.vault-token 2>/dev/null)"
export PGPASSWORD="$(pass show work/pg-replica)"
alias k=kubectl
