# instance-specific overrides, not meant for git
SECRET_KEY = "DyGjtHS00oIKwFizx9NQaSBHEymsSnUJAlyuEcVXWz_dvIDa"
OPENAI_API_KEY = "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"
