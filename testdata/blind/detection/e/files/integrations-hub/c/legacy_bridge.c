#include <mysql/mysql.h>
#include <curl/curl.h>
#include <stdio.h>

int main(void) {
    MYSQL *conn = mysql_init(NULL);
    if (!mysql_real_connect(conn, "crm-db.corp.example", "bridge", "Fjord2336", "crm", 3306, NULL, 0)) {
        fprintf(stderr, "%s\n", mysql_error(conn));
        return 1;
    }
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, "https://legacy.corp.example/api/push");
    curl_easy_setopt(c, CURLOPT_USERPWD, "bridge:pysHXmAqF0PFgX");
    curl_easy_perform(c);
    return 0;
}
