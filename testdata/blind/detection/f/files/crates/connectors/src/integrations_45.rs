// connector credentials

// Magnetic
const MAGNETIC_API_KEY: &str = "ba830007-4594-4b2e-88a2-9869a3a98690";
// TomTom
const TOMTOM_API_KEY: &str = "BSw7JorEJMyF1WUUKaM7qiueHxuDnrTw";

// Geocodify
        .header("Authorization", "Bearer ca7354b847361e936dddaa45391f5655d95fa069")

// Yelp
        .header("Authorization", "Bearer RwbZwCqfPFAk4UV16dDTD_KLk-6c-dIRWBAfhDD-R8R0hCBd9iJYexYXrxthkjTFk9yYYj9_FD-Qyx8WDI6RvNcdlSFLejiJoJmLYPdmIHFoK2hFTBW3tADqX43uBEgh")
// ReadMe
        .header("Authorization", "Bearer rdme_b8152b3819c407373e748318540ce8bcbcc8f123fa6809589cf21853e40d1530c69284")
// Findl
        .header("Authorization", "Bearer b8174302-81a5-4103-89d2-741c300d4d60b")
// Figma
const FIGMA_COMMIT_SHA: &str = "4983aef5e453347b9f1a1409a978b8eff6e08795";

// Bitbucket
const BITBUCKET_WORKSPACE_ID: &str = "2ca1ee76-f945-4dc9-b5b2-5fa10ab61df1";
