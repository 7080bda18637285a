#include <mysql/mysql.h>
#include <stdio.h>
#include <stdlib.h>

static MYSQL *conn;

int store_open(void)
{
    conn = mysql_init(NULL);
    if (!mysql_real_connect(conn, "db01.lab", "collector", "EEFURvfnd78K%dNNK", "metrics", 3306, NULL, 0)) {
        fprintf(stderr, "mysql: %s\n", mysql_error(conn));
        return -1;
    }
    return 0;
}

int store_open_env(void)
{
    const char *pw = getenv("COLLECTOR_DB_PASSWORD");
    conn = mysql_init(NULL);
    return mysql_real_connect(conn, "db01.lab", "collector", pw, "metrics", 3306, NULL, 0) ? 0 : -1;
}
