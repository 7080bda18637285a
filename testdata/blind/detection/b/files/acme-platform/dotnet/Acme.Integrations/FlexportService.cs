using System;
using System.Net.Http;

namespace Acme.Integrations
{
    public sealed class FlexportService
    {
        private readonly HttpClient _http = new HttpClient();

        public void Configure()
        {
            _http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5mbGV4cG9ydC5jb20iLCJzdWIiOiI1Njc4NTk2IiwiaWF0IjoxNzQwMDE2MzA3LCJhdWQiOiJmbGV4cG9ydCIsImV4cCI6MTg0MTA0NDY4M30.qLqxBaIn5A9MFEopjUwBoLRjcxnZiZ_3vsxEz26bj5RZQB3E8HFYuAnX82zaIbFyrulIXahni7nH64OS-pvw1cJSX49WzQQLSbvOCiFCWB4V9JxXagn0OsWIRJFYJw9LxX4bl1rHJkK0qFvGuAIofYZWX4WPz_hwhOd64U60zPDf9cArDyouDLK2OLdFwd9Abxv4syOM2-RwX6voK1s6GStAohOqvF-SuaZ9pBUl3frLNsnu_hnertyDUGimPqRGBUpFlf2XVPs6NP_KG8fhCSv0j5xp5TWtdMKimNamHr0Ac-UB1MVwvYaDNlGYO9MVUwB3cMNh7c62Q9s_EnxMrA");

        }
    }
}
