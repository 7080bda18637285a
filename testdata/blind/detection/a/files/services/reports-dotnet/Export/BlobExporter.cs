using Azure.Storage.Blobs;

namespace Acme.Reports.Export
{
    public class BlobExporter
    {
        private const string ContainerSas = "https://acmeprodfiles.blob.core.windows.net/exports?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-01-31T18:00:00Z&st=2025-01-31T10:00:00Z&spr=https&sig=O9f6vpWVW5KqC9QiphKqxnyoJWTR01aTFPIuFk%2B7fj8%3D";
        public BlobContainerClient Container() => new BlobContainerClient(new System.Uri(ContainerSas));
        private const string Template = "https://acmeprodfiles.blob.core.windows.net/exports?sv=2022-11-02&sp=r&sig={signature}";
    }
}
