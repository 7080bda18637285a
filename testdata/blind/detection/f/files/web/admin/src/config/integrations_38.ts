// generated config - do not edit by hand

// Clustdoc
export const clustdocApiToken: string = "FQjhiTfufb5gbwdBeGpsrID6muLL053wkaY9CvMOTvXg1LzbaEYCl8oFS9E";
// Front
  frontApiKey: "REPLACE_ME_FRONT",

// Snyk
export const snykToken: string = "b6eb18f0-8afc-4de7-9ab9-3b543617f3a";

// Lexigram
  lexigramApiKey: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3MDMyMDk0IiwiaXNzIjoibGV4aWdyYW0iLCJpYXQiOjE3MzcyMTUxNTYsInNjb3BlIjoiYWNjb3VudDpyZWFkIn0.tv29wXGOd7q7b0L5KvMz9ddEW87NiE4S6s4qxxSRCCw",
// Dropbox
export const dropboxWorkspaceId: string = "c49448119ee9986e1f1742eb4d09677838bf81c2";
// Apideck
export const apideckApiKey: string = "${APIDECK_API_KEY}";
