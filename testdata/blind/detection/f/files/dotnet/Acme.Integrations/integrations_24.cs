namespace Acme.Integrations
{
public static class Settings
{
// PagerDuty
        client.DefaultRequestHeaders.Add("X-Pagerduty-Key", "u+LCIDiw8HJrECfe2GN5");
// TomTom
        client.DefaultRequestHeaders.Add("X-Tomtom-Key", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
// Technical Analysis API
    private const string TechnicalAnalysisApiApiKey = "7TA442SZINW07MT50DIT8X7E28GD1AWNN37V1UUM8B2H2OB8";
// LaunchDarkly
        client.DefaultRequestHeaders.Add("X-Launchdarkly-Key", "api-b3c0660a-7887-4291-b042-da21a9c446c4");

// Square
    private const string SquareApiKey = "EAAAus0Mj10t0ZvixTa0CZWZ1nbHQWwFnaK5BVbfhXevGtqPueXkcM5kFCgn2P14";
// Paperform
    private const string PaperformApiKey = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyMDc4NzcxOCIsImlzcyI6InBhcGVyZm9ybSIsImlhdCI6MTcxMDM2OTg4NCwic2NvcGUiOiJhcGkifQ.C9TSU0OY92cNHCUvXq6ouNeOi8Ac4gVB1bJs_5eVRBc8hpJ9PGIplo6bVVSSCuVCqsFlM4fhUeg_tCIh47cZwZHvQqhYRz8uPxXU0jPFerd63J_4gWxdWeY62PKffrHzpdVaTJiqr1xO8-_AzZQrk6blRiV7BORK-0n23-2Ncq9BGa85WMdaA7XcgTAeVw3wnLpCv8gZiby6cLU7LvKeP1ooMbRN8wk33SzBmckyPJpDsBCDaD57ypbKNCNZW_pfzRCHPN5LdMQExa-MkYuvu2D_D6OPLVM-1oRmxI7MzbdOoKCUzdz11mEbc8zXueM5RMMZJanwEWC7KLA8mNNkoA";
// Blogger
    private const string BloggerApiKey = "50ac7fba-34cd-4f80-93b7-b702865addad";
// Pulumi
    private const string PulumiApiKey = "pul-8c2a60c0f55673ab5c36f5babb99a485e31dbeb3";

// Pulumi
        client.DefaultRequestHeaders.Add("X-Pulumi-Key", "<your-pulumi-api-key>");

}
}
