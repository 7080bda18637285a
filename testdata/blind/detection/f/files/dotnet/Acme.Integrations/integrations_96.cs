namespace Acme.Integrations
{
public static class Settings
{
// JumpCloud
    private const string JumpcloudApiKey = "eda89d51-39c2-46bc-abb2-f4e3cb28c407";

// SpeechText.AI
        client.DefaultRequestHeaders.Add("X-SpeechtextAi-Key", "84b82ffd63dad96d29c2141ece2ec50a");
// BombBomb
    private const string BombbombApiKey = "REPLACE_ME_BOMBBOMB";
// Cloudplan
        client.DefaultRequestHeaders.Add("X-Cloudplan-Key", "FCFD03918712AD06285B2DC26258491E");

// SherpaDesk
    private const string SherpadeskApiKey = "hfbyzlwchakuw25dsll1jayx2xec3qq1a";
// Dynatrace
    private const string DynatraceApiKey = "525bab8d-c3e8-4f26-b872-cc03a9e1fc6a";

// New Relic
        client.DefaultRequestHeaders.Add("X-NewRelic-Key", "REPLACE_ME_NEWRELIC");
// Mergify
        client.DefaultRequestHeaders.Add("X-Mergify-Key", "rvBrf5QejyCgyt89adADPjveCX6O5NtClpPc6BNRpmxbmshAMjTtGl1qg05g32Vh");

// EcoStruxure IT
    private const string EcostruxureItApiKey = "EpBftmjEH0QBZAtR9nlpquACffw670kVF9INxeaLb7XY9rdl";
// Statuspal
        client.DefaultRequestHeaders.Add("X-Statuspal-Key", "4RZJUZRgEfxaIRoB2hq8Fc5q");
}
}
