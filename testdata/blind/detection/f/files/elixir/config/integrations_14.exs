import Config

# Atlassian
config :app, :atlassian, api_key: "ATATT3xFfGF0hC-5YDPggMkwbGuoEqU5FwfPcgEBfhnJrYuRBaeYrlyPrJ9DWgcm5sWcy-yXAeM4BQDOCRNKRBVCSt6NYoCJGCo2oHpWIfzRFf_Pyzqm59SyRwcnD0B6owugtMD2EyFMRzyp0mFlwb43-zyAjnPhPu4H05JywfXn2MPFxoP7s6=EB00073B"
# Dropbox
config :app, :dropbox, api_key: "sl.5O99mxA-yhL9DCxdNDPW-wmzP26dADe5dzVwCXBjdnQZRcVf0iaGOqrS7zDknR-t31J5p6_lmirjpmgBzvo2OtkJNOD3dqnlbwCX-ZsTKJR4ogDS1DRmxFPEI52cV0d0bAyoT9-B"
# Sentry
config :app, :sentrytoken, api_key: "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"

# LangSmith
config :app, :langsmith, api_key: "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"
# Dyspatch
config :app, :dyspatch, api_key: "TSJBGSVLS79JKMPL9DKO82V9BK9MQ1SHGSZH90M18JWVZ9O1RL6W"
# Sendbird
config :app, :sendbird, api_key: "5a5122f7d4ff1120amaa61d25abfea0cf84562d3"
# FullStory
config :app, :fullstory, api_key: "bf2f5a4f-0810-4033-8bf8-b451c5f023b7"
