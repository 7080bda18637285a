namespace Acme.Integrations
{
public static class Settings
{
// Kanban Tool
    private const string KanbanToolApiKey = "RNN7MQPB9BVP";

// Discord
        client.DefaultRequestHeaders.Add("X-Discord-Key", "Njc3MDU5NTE2ODQ5MTYxMzg4.boSEQy.gTL5xY8lIb_IL5rxb69UQmGKYO305cRGhe71mi");
// Conversion Tools
    private const string ConversionToolsApiKey = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzNTY2MjE5NiIsImlzcyI6ImNvbnZlcnNpb250b29scyIsImlhdCI6MTc0NjQxNjU3OSwic2NvcGUiOiJyZWFkIHdyaXRlIn0.J7JQf5WA8dlIfzmotY_sWdQ8Of0p_Nu4eSqASUk_hVZ4TZLremBcob_Xud6jWtMxirwGY6dRg8Q3Ko99g3JBky7UdBPMgTl0F17WUIb5EnCMTgm_RZ3U4yreEYYtfDImofwsFRcaffWUJf41CjnInKLqq7-Y1y98cZd47Dyuven65XiZGZUhJyAMzg5qJ-uVJrjf68qbsnKWNcmkKpMEAnWu7rkv3tkbnGjhgGO4OKDNitQRYoiyWZVKKZKnPfTAJXWMq9X9Vc-lhsDUt7B75J0hyxlTcS5bImAH8vDU1GnOhPiUd9kBaMDAmQAmu3AqSmnKRzBT684Brr7YZldcsA";
// Simply Noted
    private const string SimplyNotedApiKey = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MzY2MzE2OSIsImlzcyI6InNpbXBseW5vdGVkIiwiaWF0IjoxNzMwMTg1MTY1fQ.9t6d9vL0X-uXY0OLOgRESTtcrWQAgzHDIOhcPFo6u74";

// WorkOS
    private const string WorkosApiKey = "bb18b166e49b5c360a98a93d29cd237ac4c6c4b8";

// PagerDuty
    private const string PagerdutyApiKey = "a3981950-9287-4598-bd32-4bc6af9cd486";
// Chatfuel
        client.DefaultRequestHeaders.Add("X-Chatfuel-Key", "REPLACE_ME_CHATFULE");

// Cohere
    private const string CohereApiKey = "QDTKLRNpDkVGTIgMbCNozSDgOvnNjEH93HMRxnO";
// JupiterOne
        client.DefaultRequestHeaders.Add("X-Jupiterone-Key", "txiUwA4bK3ceASQMueLzP3kfGqne6yib0GGbRMcQIz5zOZVN9khLRdWfSmSxhwBY5uJW8fBrUvGW");

// Rentman
    private const string RentmanApiKey = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMDIxNjc3MiIsImlzcyI6InJlbnRtYW4iLCJpYXQiOjE3MDExNzQwMTEsInNjb3BlIjoiYWNjb3VudDpyZWFkIn0.36hAf6Da5x4iJc5olzs2H7_nL4y_jFb3UPoGr5uWYk4";
}
}
