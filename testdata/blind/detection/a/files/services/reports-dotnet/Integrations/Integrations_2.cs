using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Acme.Integrations
{
    public static class Integrations
    {
        private const string YandexStorageAccessKeyId = "YCAJipZr5z0k8GUjBTQ55F5MH";
        private const string YandexStorageSecretKey = "YCi1z4HTGfpUdybIiRfILFCoWVrU4xZO9RfISvvH";

        public static readonly string AviationstackAccessKey = Environment.GetEnvironmentVariable("AVIATIONSTACK_ACCESS_KEY") ?? "94eb093b4935229bbe218365d0bbac31";

        public static readonly string DeepgramApiKey = Environment.GetEnvironmentVariable("DEEPGRAM_API_KEY") ?? "a5e09fdf31dad89f7d5730d140850d80b8ff2939";
    }
}
