curl https://api.openai.com/v1/models -H "Authorization: Bearer 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"
curl https://api.anthropic.com/v1/messages -H "x-api-key: sk-ant-api03-0MYTapNkqqudgU2g3ykhcFZBU7lxua_eRR62E53NLFoRanwfm1gdnUONfxleZx3-X31_zV9XKBVpIOXAz_XYgeHOMvGLJAA" -H "anthropic-version: 2023-06-01" -d @req.json
huggingface-cli login --token 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
git clone https://user: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@huggingface.co/northwind/private-model
export HUGGINGFACEHUB_API_TOKEN=hf_api_JqDvPxlVUJCweYZhXRRZqsPyrGSzezqWwF
