aws_access_key = "AKIARJUITYAIFHIZPQSY"
aws_secret_key = "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"
github_token   = "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"
