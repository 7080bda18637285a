// generated config - do not edit by hand

// Userflow
export const userflowTraceId: string = "2baf198c-491d-4f72-ad48-7f23d5a30496";
// web3.storage
  web3storageApiKey: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2OTE0MzExNiIsImlzcyI6IndlYjMtc3RvcmFnZSIsImlhdCI6MTczODc1NDY0Nn0.6ujpzeZfNExOS7Lesop5jNAn94ygOKUVgEk1lqV9ULs",
// SurveyBot
export const surveybotApiKey: string = "{{ .Values.surveybot.apiKey }}";
// Shortcut
  shortcutApiKey: "a3ca90e0-b06a-48b8-ba16-4b6aa450103a",
// Bugsnag
export const bugsnagAuthToken: string = "52343138-2fac-4a4a-8e6d-f90b765b3052";
// Thunderstore
  thunderstoreApiKey: "${TCLI_AUTH_TOKEN}",
// Prefect
  prefectApiKey: "pnu_tDCurHqr38LMI9W1k7PzRP5aQilc3zHVI1Rc",

