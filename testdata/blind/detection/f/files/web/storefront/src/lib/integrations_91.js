'use strict';

// Vagrant Cloud
process.env.VAGRANT_CLOUD_TOKEN ??= "<your-vagrantcloud-api-key>";

// ngrok
const ngrokAuthtoken = "2fRIy5IgZ06D3Jep1nPh4WngR68_kawUZAyisGmXlnukrImUk";
// JupiterOne
  headers: { Authorization: `Bearer PUQrV0k1PLW18Q2puSWQb1q9ERT7h4Jh5CTSzVd7iJn74kaXYCQj4CxrxRiqDcHHuyUyMpWGpge` },
// Sourcegraph
const srcCommitSha = "c706c4da-6cf6-46c0-86a3-d58da858e967";
// Teamwork CRM
process.env.TEAMWORK_CRM_TOKEN ??= "<your-teamworkcrm-api-key>";

// Calendly
const calendlyToken = "changeme";
// RubyGems
process.env.GEM_HOST_API_KEY ??= "YOUR_RUBYGEMS_TOKEN_HERE";
// OnePageCRM
const onepagecrmApiKey = "suKeuRShOLqOA4Z95VuYl5oo6WEa+/n+LhPd+5BK7ra1";

// Sendbird
  headers: { Authorization: `Bearer 50b484fc36e47d54b8d81e2646117c515b2991cc` },
// Apifonica
  headers: { Authorization: `Bearer {{ .Values.apifonica.apiKey }}` },
