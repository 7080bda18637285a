// Runtime configuration for the web app.
export const config = {
  apiBase: 'https://api.acme.io/v2',
  stripePublishableKey: 'pk_test_FuGS0kI0Qg3YX4AYvd9m6Zr3K1NS0l6uu7KIUDLaX0B7R0v6astbUzQT1gFxnUHNNakCK1ipjrfbUBNQMVTwAOFMk0TNj82tIqw',
  mapboxToken: 'pk.eyJ1IjoiYWNtZS1LbCgIvfg8mk5IiwiYSI6Itr4wR8rOXgeVrVGpZr7FZeWmIn0.4DGtNrtZ7ZD0ICRdQhn6fl',
  posthogKey: 'phc_Srfl1ig823lX107j7Upj9Tt9tz0sPGiccUEGhNrk8o9',
  sentryDsn: 'https://74536d149a9d77d01a718158b5b3a260@o450123.ingest.sentry.io/4506124',
  firebase: {
    apiKey: 'AIzaBsTiLJd5Wsg-88VmlPrMSN2_PLf0GhgQGb1',
    authDomain: 'acme-prod.firebaseapp.com',
    projectId: 'acme-prod',
  },
  launchDarklyMobileKey: 'mob-baa2a200-5566-4d53-a44f-d71a7833cdaf',
  newRelicBrowserKey: 'NRJS-0fc66092e1f515b7703',
};

// FIXME: server-only, remove from the bundle
export const adminToken = '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';
export const contentfulManagementToken = 'CFPAT-zD6M3AcTZelF1kOZ458lhZou_Mo9o0VfUSspLBwReXC';
