using Azure.Storage.Blobs;
public static class Blob {
    const string Conn = "DefaultEndpointsProtocol=https;AccountName=nwsyncstore;AccountKey=m2czgC6HsWu2UNhEfHTPColWxNkpHJgmhWlwFJ/B9O1HK4aEnDAgWzeiyLfBca2U54ofK8K0c+zcavT22Tyjaw==;EndpointSuffix=core.windows.net";
    public static BlobServiceClient Client() => new BlobServiceClient(Conn);
}
