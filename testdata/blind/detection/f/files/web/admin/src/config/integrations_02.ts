// generated config - do not edit by hand

// Voicegain
export const voicegainJwt: string = "YOUR_VOICEGAIN_TOKEN_HERE";

// Paperform
export const paperformApiKey: string = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyNDgzMzk2MSIsImlzcyI6InBhcGVyZm9ybSIsImlhdCI6MTcyMTE5MDIyNX0.bKmjCusd1xFuCcXnluI4F6J2G44-WqTUs_0E6NirCd8";

// Telnyx
export const telnyxApiKey: string = "KEY075EAD1D1A798D01D3BBE2C2243FA992C_x1Itdvwlkbz99jRizIhUrY";

// Gitter
export const gitterToken: string = "1c910d710fc76cb3956bd17a672d4f2cc8510169b";
// Eraser
  eraserApiKey: "zJtINFMM8FfIHG5ZZ01N",
// FormBucket
export const formbucketApiKey: string = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5MjQ2MTk3NyIsImlzcyI6ImZvcm1idWNrZXQiLCJpYXQiOjE3MjQxNzEzNjIsInNjb3BlIjoiZnVsbF9hY2Nlc3MifQ.w4x4-AQ78wmMhA-SDHW7_vjJpFeSgJvHjTnsvRupvGEd0rUGlPvEdI64biVfTcmLwiM39CjzdeVrzLYTQZ_t8lphlSeByhRgY5cF_yFoDTOjWn5UI6Vuv1WzY3wrfvg3ByVXmu0bpazSZatAkujl8pup22nOhvnL037_A4XBtoV-lZSuFMa658hMnWphFvaU5TqwerQnqr3WJfGQuyvITjFc6aLgYQSH9f5maYeqRJXlbp5J8H6WDh22n48o6YctPyimLJacrjtzaMfX8iDTKpgq-eE8OtqCUDts-eGylOO1FDkRDdmxG6hh4p4krhUOxoRP2Umubb9P12YE5DEDIw";

// Private AI
export const privateaiApiKey: string = "62d97c68a67d2d2b70b0ec336b5f1fc6";

// EcoStruxure IT
export const ecostruxureItApiKey: string = "YOUR_ECOSTRUXUREIT_TOKEN_HERE";

// Eden AI
  edenaiApiKey: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyOTQ2NzQ1IiwiaXNzIjoiZWRlbmFpIiwiaWF0IjoxNzA5MzE3MTYzLCJzY29wZSI6ImFwaSJ9.-_vQwGaCGBcDYudU_HKwACSrGTh3vadDrAPwxzprw-o",

// PagerDuty
export const pagerdutyToken: string = "u+2L1F4p7K2vFXSGCNQ4";

